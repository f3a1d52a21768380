package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a report's vector counts, and what it keeps when it must cut. */
class StoryVectorTest {
  static EnrichedArticle article(String title, String text) {
    return EnrichedArticle.newBuilder(StoryIndexTest.followUp(1))
        .setTitle(title)
        .setText(text)
        .setEntities(List.of())
        .build();
  }

  @Test
  void countsContentWordsNumbersAndYearsButNotGrammarOrReporting() {
    StoryVector v =
        StoryVector.of(
            article(
                "FLOODS hit Guaíba",
                "The floods killed 12 villagers in 2024, people and officials said on Monday. Floods again."));
    Map<String, Float> t = v.terms();
    assertThat(t).containsKeys("floods", "guaíba", "killed", "villagers", "#12", "#2024");
    assertThat(t)
        .doesNotContainKeys("the", "in", "on", "said", "officials", "monday", "12", "people");
    // a word seen three times (any case) outweighs one seen once; a year weighs less than a count
    assertThat(t.get("floods")).isGreaterThan(t.get("killed"));
    assertThat(t.get("#2024")).isLessThan(t.get("#12"));
    double norm = t.values().stream().mapToDouble(w -> w * w).sum();
    assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
  }

  @Test
  void textWithoutSpacesIsReadInCharacterPairs() {
    StoryVector v = StoryVector.of(article("", "東京で地震"));
    assertThat(v.terms()).containsKeys("東京", "京で", "で地", "地震");
  }

  @Test
  void entitiesWeighMoreThanWordsAndCountriesLess() {
    EnrichedArticle a =
        EnrichedArticle.newBuilder(article("Talks", "Talks resumed in the capital."))
            .setEntities(
                List.of(
                    StoryIndexTest.entity("person:x", "X", EntityType.PERSON),
                    StoryIndexTest.entity("BR", "Brazil", EntityType.COUNTRY)))
            .build();
    StoryVector v = StoryVector.of(a);
    assertThat(v.terms().get("e:person:x")).isGreaterThan(v.terms().get("resumed"));
    assertThat(v.terms().get("c:BR")).isLessThan(v.terms().get("resumed"));
    assertThat(v.entities()).containsOnlyKeys("person:x");
    assertThat(v.keys(8)).contains("e:person:x").doesNotContain("c:BR");
  }

  @Test
  void theStrongestAreKeptAndTiesAtTheCutGoToTheSmallerTerm() {
    Map<String, Float> w = new HashMap<>();
    w.put("heavy", 3f);
    w.put("middle", 2f);
    w.put("zeta", 1f);
    w.put("alpha", 1f);
    w.put("beta", 1f);
    assertThat(StoryVector.strongest(w, 4)).containsOnlyKeys("heavy", "middle", "alpha", "beta");
    assertThat(StoryVector.strongest(w, 2)).containsOnlyKeys("heavy", "middle");
    assertThat(StoryVector.strongest(w, 5)).isEqualTo(w);
  }

  @Test
  void aLongReportIsCutToTheStrongestTerms() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      text.append("word").append((char) ('a' + i % 26)).append((char) ('a' + i / 26)).append(' ');
    }
    text.append("repeated repeated repeated");
    StoryVector v = StoryVector.of(article("", text.toString()));
    assertThat(v.terms()).hasSize(StoryVector.MAX_TERMS).containsKey("repeated");
    // all others weigh the same: the smallest terms are the ones kept
    assertThat(v.terms()).containsKey("wordaa").doesNotContainKey("wordzk");
  }
}
