package io.newsflow.enrich.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void theAsciiFastPathsAgreeWithCharacterEverywhere() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      assertEquals(
          Character.isLetterOrDigit(cp), TextNormalizer.isLetterOrDigit(cp), () -> "letterOrDigit");
      assertEquals(Character.isLetter(cp), TextNormalizer.isLetter(cp), () -> "letter");
      assertEquals(Character.toLowerCase(cp), TextNormalizer.toLowerCase(cp), () -> "lower");
    }
  }

  @Test
  void theSpelledOutSpacesAreWhitespaceAndTheNoBreakSpacesForEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      boolean spaceBefore =
          Character.isWhitespace(ch)
              || ch == '\u00A0'
              || (ch >= '\u2000' && ch <= '\u200A')
              || ch == '\u202F'
              || ch == '\u205F'
              || ch == '\u3000';
      assertEquals(
          spaceBefore, TextNormalizer.isSpace(ch), () -> "space " + Integer.toHexString(ch));
    }
  }

  @Test
  void normalizeCollapsesSpaceAndFoldsCompatibilityForms() {
    assertEquals(
        "Kenya police said", TextNormalizer.normalize("  Kenya\u00a0 police\t said \u200b"));
    assertEquals("ABC 12", TextNormalizer.normalize("\uff21\uff22\uff23 \uff11\uff12"));
  }
}
