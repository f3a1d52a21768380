package io.newsflow.enrich.extract;

import java.text.Normalizer;

/**
 * Unicode clean-up applied before anything is compared or fingerprinted: NFKC (full-width forms,
 * ligatures), no zero-width or bidi control characters, one kind of quote and dash, single spaces.
 * One pass over the characters: this runs on every line of every page.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** Normalises one line or paragraph (white space collapsed to single spaces, trimmed). */
  public static String normalize(String s) {
    String t =
        isAscii(s) || Normalizer.isNormalized(s, Normalizer.Form.NFKC)
            ? s
            : Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(t.length());
    boolean pendingSpace = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (isSpace(c)) {
        pendingSpace = sb.length() > 0;
        continue;
      }
      if (isInvisible(c)) {
        continue;
      }
      if (pendingSpace) {
        sb.append(' ');
        pendingSpace = false;
      }
      sb.append(unify(c));
    }
    return sb.toString();
  }

  private static final boolean[] ASCII_ALNUM = new boolean[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII_ALNUM[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
  }

  /**
   * {@link Character#isLetterOrDigit(int)} with an ASCII table first: the tokenisers call it for
   * every character, and the Unicode property lookup was the largest single cost in a profile of
   * the enrich stage.
   */
  public static boolean isLetterOrDigit(int cp) {
    return cp < 128 ? ASCII_ALNUM[cp] : Character.isLetterOrDigit(cp);
  }

  /** {@link Character#isLetter(int)} with the same ASCII table first. */
  public static boolean isLetter(int cp) {
    return cp < 128 ? ASCII_ALNUM[cp] && cp > '9' : Character.isLetter(cp);
  }

  /** {@link Character#isUpperCase(int)}, ASCII without the lookup. */
  public static boolean isUpperCase(int cp) {
    return cp < 128 ? cp >= 'A' && cp <= 'Z' : Character.isUpperCase(cp);
  }

  /** {@link Character#toLowerCase(int)}, ASCII without the lookup. */
  public static int toLowerCase(int cp) {
    return cp < 128 ? (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp) : Character.toLowerCase(cp);
  }

  /** ASCII is its own NFKC (and NFKD) form: most text skips the normalisers. */
  public static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  static boolean isSpace(char c) {
    // the set Character.isWhitespace gives plus the no-break spaces, spelt out: its Unicode lookup
    // for every character above Latin-1 was 3 % of enrich's stream thread (TextNormalizerTest
    // checks every char against that definition)
    if (c < '\u2000') {
      return c == ' '
          || (c >= '\t' && c <= '\r')
          || (c >= '\u001C' && c <= '\u001F')
          || c == '\u00A0'
          || c == '\u1680';
    }
    return c <= '\u200A'
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000';
  }

  /**
   * Zero-width characters, bidi controls and other format characters that change nothing a reader
   * sees.
   */
  private static boolean isInvisible(char c) {
    return c == '\u00AD'
        || c == '\u034F'
        || c == '\u061C'
        || c == '\u115F'
        || c == '\u1160'
        || c == '\u17B4'
        || c == '\u17B5'
        || c == '\u180E'
        || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u206F')
        || c == '\uFEFF'
        || (c >= '\uFFF9' && c <= '\uFFFB');
  }

  private static char unify(char c) {
    if (c < 0x60) {
      return c;
    }
    switch (c) {
      case '\u2018':
      case '\u2019':
      case '\u201A':
      case '\u201B':
      case '\u2032':
      case '\u2035':
      case '\u02BC':
      case '`':
      case '\u00B4':
        return '\'';
      case '\u201C':
      case '\u201D':
      case '\u201E':
      case '\u201F':
      case '\u2033':
      case '\u2036':
      case '\u00AB':
      case '\u00BB':
      case '\u300C':
      case '\u300D':
        return '"';
      case '\u2010':
      case '\u2011':
      case '\u2012':
      case '\u2013':
      case '\u2014':
      case '\u2015':
      case '\u2212':
      case '\uFE58':
      case '\uFE63':
      case '\uFF0D':
        return '-';
      default:
        return c;
    }
  }
}
