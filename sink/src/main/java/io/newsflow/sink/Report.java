package io.newsflow.sink;

import io.newsflow.avro.EnrichedArticle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An article as the rules read it: one lower-cased view of title and text, built once per article
 * however many rules and keyword leaves read it, and, once enough words are looked up, one index of
 * its words (profiling showed per-leaf lower-casing and one regular-expression scan per keyword to
 * be a third of the sink's thread).
 */
public final class Report {
  private final EnrichedArticle article;
  private String lower;
  private Set<String> words;
  private final Map<String, Boolean> phrases = new HashMap<>();

  public Report(EnrichedArticle article) {
    this.article = article;
  }

  public EnrichedArticle article() {
    return article;
  }

  /**
   * Whether a lower-cased keyword stands in the title or text as a whole word or phrase. A single
   * word of letters and digits is found by scanning the view, or in the word index; a phrase or a
   * keyword with other characters is matched once by its pattern. Every answer is kept for the
   * other rules.
   */
  boolean contains(String keyword, Pattern pattern) {
    if (isWord(keyword)) {
      // a few words are found fastest by scanning the view; many, by indexing its words once
      // (measured in
      // StageBench: indexing a 6 KB article costs about as much as scanning it for 20 words)
      return words != null || ++wordLookups > INDEX_AFTER
          ? words().contains(keyword)
          : phrases.computeIfAbsent(keyword, this::standsAlone);
    }
    return phrases.computeIfAbsent(keyword, k -> pattern.matcher(lower()).find());
  }

  static final int INDEX_AFTER = 16;
  private int wordLookups;

  /**
   * Whether a word of letters and numbers occurs in the view with no letter or number on either
   * side.
   */
  private boolean standsAlone(String word) {
    String s = lower();
    for (int at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at == 0 || !isWordChar(s.codePointBefore(at)))
          && (end == s.length() || !isWordChar(s.codePointAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private String lower() {
    if (lower == null) {
      lower = (article.getTitle() + "\n" + article.getText()).toLowerCase(Locale.ROOT);
    }
    return lower;
  }

  /**
   * The maximal runs of letters and numbers: exactly what the whole-word pattern's boundaries
   * delimit.
   */
  private Set<String> words() {
    if (words == null) {
      String s = lower();
      words = new HashSet<>();
      int start = -1;
      for (int i = 0; i <= s.length(); ) {
        int cp = i < s.length() ? s.codePointAt(i) : ' ';
        boolean inWord = i < s.length() && isWordChar(cp);
        if (inWord && start < 0) {
          start = i;
        } else if (!inWord && start >= 0) {
          words.add(s.substring(start, i));
          start = -1;
        }
        i += i < s.length() ? Character.charCount(cp) : 1;
      }
    }
    return words;
  }

  static boolean isWord(String keyword) {
    if (keyword.isEmpty()) {
      return false;
    }
    for (int i = 0; i < keyword.length(); ) {
      int cp = keyword.codePointAt(i);
      if (!isWordChar(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * A letter or a number ({@code \p{L}} or {@code \p{N}}), as in the keyword patterns' boundaries.
   */
  static boolean isWordChar(int cp) {
    int t = Character.getType(cp);
    return Character.isLetter(cp)
        || t == Character.DECIMAL_DIGIT_NUMBER
        || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }
}
