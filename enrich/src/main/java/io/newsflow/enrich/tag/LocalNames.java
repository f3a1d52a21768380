package io.newsflow.enrich.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Names of one language found in text as that language writes them: by word tokens and stems for
 * languages that inflect (an inflected form of a name, "Жапарова" for "Жапаров", is found), by
 * substrings for scripts written without spaces. A name written with a capital (in scripts with
 * case) matches only a capitalised word, so a country that is also a common word in lower case does
 * not fire. When two names share a stem, the stem is dropped and each matches only as written
 * (Нигер, Нигерия). Longest name first; one hit per position.
 */
public final class LocalNames<T> {
  /** A name found at [start, end) of the text. */
  public record Hit<T>(int start, int end, String surface, T value) {}

  /**
   * A name's value, and whether a match must be capitalised (or, for an acronym, all in capitals)
   * like it.
   */
  private record Name<T>(T value, boolean capitalised, boolean acronym) {}

  private static final Object AMBIGUOUS = new Object();

  private final LanguageRules rules;
  private final Map<String, Name<T>> exact = new HashMap<>();
  private final Map<String, Object> stems = new HashMap<>();
  private final Set<String> firstWords = new HashSet<>();
  private int maxWords = 1;
  private int maxChars = 1;

  private final BiPredicate<T, T> sameMeaning;

  public LocalNames(String language) {
    this(language, Objects::equals);
  }

  /**
   * @param sameMeaning whether two values that share a stem mean the same (a country's name and its
   *     demonym; two cues of one category): then the first is kept, otherwise the stem is ambiguous
   *     and dropped
   */
  public LocalNames(String language, BiPredicate<T, T> sameMeaning) {
    this.rules = LanguageRules.of(language);
    this.sameMeaning = sameMeaning;
  }

  public boolean isEmpty() {
    return exact.isEmpty();
  }

  /** Adds a name; the first value given for a name (as written) keeps it. */
  @SuppressWarnings("unchecked")
  public void put(String name, T value) {
    if (name == null || name.isBlank()) {
      return;
    }
    boolean capitalised = Character.isUpperCase(name.codePointAt(0));
    if (rules.chars) {
      String key = name.strip();
      exact.putIfAbsent(key, new Name<>(value, false, false));
      firstWords.add(key.substring(0, 1));
      maxChars = Math.max(maxChars, key.length());
      return;
    }
    List<int[]> words = words(name);
    if (words.isEmpty()) {
      return;
    }
    String[] folded = new String[words.size()];
    for (int i = 0; i < folded.length; i++) {
      folded[i] = rules.fold(word(rules, name, words.get(i).clone()));
    }
    Name<T> n = new Name<>(value, capitalised, words.size() == 1 && isAcronym(name.strip()));
    exact.putIfAbsent(String.join(" ", folded), n);
    firstWords.add(folded[0]);
    if (rules.stems()) {
      String[] stemmed = new String[folded.length];
      for (int i = 0; i < folded.length; i++) {
        stemmed[i] = rules.stem(folded[i]);
      }
      String key = String.join(" ", stemmed);
      Object had = stems.get(key);
      if (had == null) {
        stems.put(key, n);
      } else if (had != AMBIGUOUS && !sameMeaning.test(((Name<T>) had).value(), value)) {
        stems.put(key, AMBIGUOUS);
      }
      firstWords.add(stemmed[0]);
    }
    maxWords = Math.max(maxWords, folded.length);
  }

  @SuppressWarnings("unchecked")
  public List<Hit<T>> find(String text) {
    if (exact.isEmpty()) {
      return List.of();
    }
    if (rules.chars) {
      return findChars(text);
    }
    Prepared p = prepared(text, rules);
    List<int[]> words = p.words();
    int[][] bounds = p.bounds();
    int n = words.size();
    String[] folded = p.folded();
    String[] stemmed = p.stemmed();
    List<Hit<T>> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (!firstWords.contains(folded[i]) && !firstWords.contains(stemmed[i])) {
        i++;
        continue;
      }
      int matched = 0;
      for (int k = Math.min(maxWords, n - i); k >= 1 && matched == 0; k--) {
        if (!joined(text, words, i, k)) {
          continue;
        }
        Name<T> name = exact.get(join(folded, i, k));
        if (name == null && rules.stems()) {
          Object s = stems.get(join(stemmed, i, k));
          name = s == null || s == AMBIGUOUS ? null : (Name<T>) s;
        }
        if (name != null && cased(name, text, bounds[i])) {
          int start = bounds[i][0];
          int end = bounds[i + k - 1][1];
          out.add(new Hit<>(start, end, text.substring(start, end), name.value()));
          matched = k;
        }
      }
      i += Math.max(1, matched);
    }
    return out;
  }

  /** A text cut into words, folded and stemmed by one language's rules. */
  private record Prepared(
      String text,
      LanguageRules rules,
      List<int[]> words,
      int[][] bounds,
      String[] folded,
      String[] stemmed) {}

  /**
   * Countries, known entities, watchlist and category cues all read the same text in the same
   * language: the last text's words are kept per thread (by identity) so it is cut, folded and
   * stemmed once, not four times.
   */
  private static final ThreadLocal<Prepared> LAST = new ThreadLocal<>();

  private static Prepared prepared(String text, LanguageRules rules) {
    Prepared p = LAST.get();
    if (p != null && p.text() == text && p.rules() == rules) {
      return p;
    }
    List<int[]> words = words(text);
    String[] folded = new String[words.size()];
    String[] stemmed = new String[words.size()];
    int[][] bounds = new int[words.size()][];
    for (int i = 0; i < folded.length; i++) {
      bounds[i] =
          words
              .get(i)
              .clone(); // the word without an elided article or a case suffix (l'Iran -> Iran)
      folded[i] = rules.fold(word(rules, text, bounds[i]));
      stemmed[i] = rules.stems() ? rules.stem(folded[i]) : folded[i];
    }
    p = new Prepared(text, rules, words, bounds, folded, stemmed);
    LAST.set(p);
    return p;
  }

  /** "UN" is not "Un", and a capitalised name is not a lower-case word. */
  private static boolean cased(Name<?> name, String text, int[] word) {
    int first = text.codePointAt(word[0]);
    if (name.acronym()) {
      return isAcronym(text.substring(word[0], word[1]));
    }
    return !name.capitalised() || Character.isUpperCase(first) || !Character.isLetter(first);
  }

  /** Two to six letters, all capitals (dots allowed): UN, ЕС, U.N. */
  private static boolean isAcronym(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != '.') {
        return false;
      }
    }
    return letters >= 2 && letters <= 6;
  }

  private List<Hit<T>> findChars(String text) {
    List<Hit<T>> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!firstWords.contains(text.substring(i, i + 1))) {
        i++;
        continue;
      }
      int matched = 0;
      for (int len = Math.min(maxChars, text.length() - i); len >= 1; len--) {
        Name<T> name = exact.get(text.substring(i, i + len));
        if (name != null) {
          out.add(new Hit<>(i, i + len, text.substring(i, i + len), name.value()));
          matched = len;
          break;
        }
      }
      i += Math.max(1, matched);
    }
    return out;
  }

  private static String join(String[] parts, int from, int k) {
    if (k == 1) {
      return parts[from];
    }
    StringBuilder sb = new StringBuilder(parts[from]);
    for (int j = from + 1; j < from + k; j++) {
      sb.append(' ').append(parts[j]);
    }
    return sb.toString();
  }

  /**
   * Words of a multi-word name must be separated by spaces, hyphens or zero-width non-joiners only.
   */
  private static boolean joined(String text, List<int[]> words, int from, int k) {
    for (int j = from + 1; j < from + k; j++) {
      for (int c = words.get(j - 1)[1]; c < words.get(j)[0]; c++) {
        char ch = text.charAt(c);
        if (ch != ' '
            && ch != '-'
            && ch != '\u200C'
            && ch != '\u00A0'
            && ch != '\u2013'
            && ch != '\n') {
          return false;
        }
      }
    }
    return true;
  }

  private static String word(LanguageRules rules, String text, int[] w) {
    String s = text.substring(w[0], w[1]);
    if (rules.apostrophe != '-') {
      int a = Math.max(s.indexOf('\''), s.indexOf('\u2019'));
      if (a > 0) {
        if (rules.apostrophe == 'a' && a <= 3) {
          w[0] += a + 1;
          return s.substring(a + 1);
        }
        if (rules.apostrophe == 'b') {
          w[1] = w[0] + a;
          return s.substring(0, a);
        }
      }
    }
    return s;
  }

  private static boolean wordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || cp == 0x02BC;
  }

  /**
   * Word tokens as [start, end) pairs: letters, digits and marks, with inner apostrophes and dots
   * kept.
   */
  static List<int[]> words(String s) {
    List<int[]> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      if (!wordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n) {
        cp = s.codePointAt(i);
        if (wordChar(cp)) {
          i += Character.charCount(cp);
        } else if ((cp == '\'' || cp == '\u2019' || cp == '.')
            && i + 1 < n
            && wordChar(s.codePointAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      out.add(new int[] {start, i});
    }
    return out;
  }
}
