package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerFeaturesTest {
  @Test
  void oneCharacterPassGivesTheHashesAndTheCapitalsOfTheTwoItFuses() {
    List<String> lines =
        List.of(
            "RUGBY UNION - ENGLAND BEAT WALES 21-13",
            "Zelenskyy met Ursula von der Leyen in Brussels ' s @UN #Kyiv",
            "ÉMEUTES À SAINT-DENIS : 12 ARRESTATIONS",
            "Łódź, Kraków and Gdańsk 3.5 % “quoted” Σ σ İstanbul",
            "",
            "a b c d e f",
            "eBay iPhone said , ( @UN #Kyiv 1996 ´ ª º éA ÉTÉ ⓐ Ⓐb aⒶ");
    for (String line : lines) {
      String[] toks = line.isEmpty() ? new String[0] : line.split(" ");
      int[] lw = new int[toks.length];
      int[] exact = new int[toks.length];
      boolean[] outside = new boolean[toks.length];
      boolean caps = NerFeatures.hashesAndCaps(toks, lw, exact, outside);
      int[] exact2 = new int[toks.length];
      assertThat(lw).as(line).containsExactly(NerFeatures.lowerHashes(toks, exact2));
      assertThat(exact).as(line).containsExactly(exact2);
      assertThat(caps).as(line).isEqualTo(NerFeatures.capsLine(toks));
      for (int i = 0; i < toks.length; i++) {
        assertThat(exact[i]).isEqualTo(toks[i].hashCode());
        assertThat(lw[i]).isEqualTo(NerFeatures.lowerHash(toks[i]));
        assertThat(outside[i]).as(toks[i]).isEqualTo(outsideNamesAsWritten(toks[i]));
      }
    }
    String[] caps = {"RUGBY", "UNION"};
    assertThat(NerFeatures.hashesAndCaps(caps, new int[2], new int[2], new boolean[2])).isTrue();
    String[] title = {"Rugby", "Union"};
    assertThat(NerFeatures.hashesAndCaps(title, new int[2], new int[2], new boolean[2])).isFalse();
  }

  /** The rule as first written: lower case throughout, or punctuation other than @ and #. */
  private static boolean outsideNamesAsWritten(String t) {
    char c = t.charAt(0);
    if (Character.isLowerCase(c)) {
      return t.substring(1).chars().noneMatch(Character::isUpperCase);
    }
    return !(Character.isLetterOrDigit(c) || c == '@' || c == '#');
  }
}
