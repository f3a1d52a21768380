package io.newsflow.enrich.tag;

import io.newsflow.enrich.extract.TextNormalizer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keys that make spellings of one name meet: diacritics and case dropped, Arabic-style particles
 * (al-, ul-, el-) and connectors (-o-, -e-) removed, and, for the loose key, vowels after the first
 * letter of each word dropped — transliterations mostly differ in vowels (Baluchestan /
 * Baluchistan, Jaish al-Adl / Jaish ul-Adl).
 */
public final class NameKeys {
  private static final Set<String> PARTICLES =
      WordSet.of(
          "al", "ul", "el", "ol", "ad", "ar", "as", "at", "ash", "az", "an", "o", "e", "i", "the",
          "of", "and", "y", "wa", "da", "do", "dos", "das", "de", "di", "du", "del");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private NameKeys() {}

  /** Words of a name, lower-cased, without diacritics and particles. */
  public static List<String> words(String name) {
    String t =
        (TextNormalizer.isAscii(name)
                ? name
                : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll(""))
            .toLowerCase(Locale.ROOT)
            .replace('\u2019', '\'');
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = t.length();
    while (i < n) { // runs of letters and numbers (\p{L}\p{N}), without a regex
      while (i < n && !wordChar(t.codePointAt(i))) {
        i += Character.charCount(t.codePointAt(i));
      }
      int start = i;
      while (i < n && wordChar(t.codePointAt(i))) {
        i += Character.charCount(t.codePointAt(i));
      }
      if (i > start) {
        String w = t.substring(start, i);
        if (!PARTICLES.contains(w)) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /** A readable id part: the name's words joined by '-'. */
  public static String slug(String name) {
    return slug(words(name));
  }

  /** {@link #slug(String)} of a name already cut into its {@link #words}. */
  public static String slug(List<String> words) {
    return String.join("-", words);
  }

  /** The loose key: each word's consonant skeleton (first letter kept), so vowel spellings meet. */
  public static String loose(String name) {
    return loose(words(name));
  }

  /**
   * {@link #loose(String)} of a name already cut into its {@link #words}. A one-word name whose
   * skeleton has three letters or fewer keeps its vowels: they are most of what tells it apart
   * (Bunge and Bing are both "bng").
   */
  public static String loose(List<String> words) {
    String key = skeleton(words);
    return words.size() == 1 && key.length() <= 3 ? words.get(0) : key;
  }

  private static String skeleton(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w.charAt(0));
      for (int i = 1; i < w.length(); i++) {
        char c = w.charAt(i);
        if ("aeiouy".indexOf(c) < 0 && c != w.charAt(i - 1)) {
          sb.append(c);
        }
      }
    }
    return sb.toString();
  }

  /**
   * Initials of the name's capitalised words (Baloch Liberation Army -> BLA), particles skipped.
   */
  public static String initials(String name) {
    // the words between runs of white space and hyphens ([\s-]+), without a regex split per name
    StringBuilder sb = new StringBuilder();
    int n = name.length();
    int i = 0;
    while (i < n) {
      while (i < n && nameSeparator(name.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !nameSeparator(name.charAt(i))) {
        i++;
      }
      if (i > start
          && Character.isUpperCase(name.charAt(start))
          && !PARTICLES.contains(name.substring(start, i).toLowerCase(Locale.ROOT))) {
        sb.append(name.charAt(start));
      }
    }
    return sb.toString();
  }

  /** What the regex class [\s-] holds: ASCII white space or a hyphen. */
  private static boolean nameSeparator(char c) {
    return c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
  }

  /** A letter or a number of any kind: what the regex class [\p{L}\p{N}] holds. */
  private static boolean wordChar(int cp) {
    if (cp < 128) { // ASCII without the Unicode tables: most names are
      return TextNormalizer.isLetterOrDigit(cp);
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER ->
          true;
      default -> false;
    };
  }

  /**
   * A surname without its Arabic article ("al-Kabir" -> "Kabir", "el-Sisi" -> "Sisi"), or null when
   * it has none or what follows is not capitalised.
   */
  public static String withoutArabicArticle(String surname) {
    int dash = surname.indexOf('-');
    if (dash < 1 || dash > 3 || dash + 2 >= surname.length()) {
      return null;
    }
    String article = surname.substring(0, dash).toLowerCase(Locale.ROOT);
    boolean arabic =
        article.equals("al")
            || article.equals("el")
            || article.equals("ad")
            || article.equals("ash")
            || article.equals("as")
            || article.equals("an")
            || article.equals("at")
            || article.equals("az");
    return arabic && Character.isUpperCase(surname.charAt(dash + 1))
        ? surname.substring(dash + 1)
        : null;
  }
}
