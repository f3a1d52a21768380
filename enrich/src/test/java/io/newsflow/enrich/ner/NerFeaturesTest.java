package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerFeaturesTest {
  @Test
  void oneCharacterPassGivesEachTokensHashesWhetherItStartsNoNameAndTheLinesCapitals() {
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
      assertThat(caps).as(line).isEqualTo(capitalsAsWritten(toks));
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

  /** The line-in-capitals rule as first written, with the Unicode tables for every character. */
  private static boolean capitalsAsWritten(String[] toks) {
    int letters = 0;
    int upper = 0;
    for (String t : toks) {
      for (char c : t.toCharArray()) {
        if (Character.isLetter(c)) {
          letters++;
          upper += Character.isUpperCase(c) ? 1 : 0;
        }
      }
    }
    return letters >= 6 && upper >= 0.8 * letters;
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
