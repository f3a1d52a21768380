package io.newsflow.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word lists' set answers as a set does, whatever its filter lets through. */
class WordSetTest {
  @Test
  void answersAsAHashSetOverManyWordsAndNearMisses() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      words.add("w" + Integer.toString(i * 7919, 36));
    }
    words.add("");
    words.add("a");
    words.add("Genève");
    words.add("Αθήνα");
    WordSet set = WordSet.copyOf(words);
    Set<String> truth = new HashSet<>(words);
    assertThat(set).hasSize(truth.size());
    // same length, first, second and last characters as listed words, other middles; and the
    // listed words themselves, as fresh strings
    for (int i = 0; i < 20000; i++) {
      String probe = "w" + Integer.toString(i * 31, 36);
      assertThat(set.contains(probe)).as(probe).isEqualTo(truth.contains(probe));
    }
    for (String w : words) {
      assertThat(set.contains(new String(w))).as(w).isTrue();
    }
    assertThat(set.contains("Geneve")).isFalse();
    assertThat(set.contains("Αθηνα")).isFalse();
    assertThat(set.contains("b")).isFalse();
    assertThat(set.contains(42)).isFalse();
    assertThat(set.contains(null)).isFalse();
  }

  @Test
  void iteratesInTheOrderGivenAndCannotChange() {
    WordSet set = WordSet.of("the", "of", "and", "of");
    assertThat(set).containsExactly("the", "of", "and");
    assertThat(WordSet.copyOf(set)).isSameAs(set);
    assertThatThrownBy(() -> set.add("for")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(
            () -> {
              var it = set.iterator();
              it.next();
              it.remove();
            })
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(WordSet.of()).isEmpty();
    assertThat(WordSet.of().contains("")).isFalse();
  }
}
