package io.newsflow.enrich.extract;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Unicode clean-up applied before anything is compared or fingerprinted: NFKC (full-width forms, ligatures), no
 * zero-width or bidi control characters, one kind of quote and dash, single spaces.
 */
public final class TextNormalizer {
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180E\\u200B-\\u200F\\u202A-\\u202E"
          + "\\u2060-\\u206F\\uFEFF\\uFFF9-\\uFFFB]");
  private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u2035\\u02BC\\u0060\\u00B4]");
  private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u2036\\u00AB\\u00BB\\u300C\\u300D]");
  private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

  private TextNormalizer() {}

  /** Normalises one line or paragraph (white space collapsed to single spaces, trimmed). */
  public static String normalize(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
    t = INVISIBLE.matcher(t).replaceAll("");
    t = SINGLE_QUOTES.matcher(t).replaceAll("'");
    t = DOUBLE_QUOTES.matcher(t).replaceAll("\"");
    t = DASHES.matcher(t).replaceAll("-");
    return SPACES.matcher(t).replaceAll(" ").trim();
  }
}
