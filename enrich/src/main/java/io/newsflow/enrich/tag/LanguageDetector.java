package io.newsflow.enrich.tag;

import io.newsflow.enrich.extract.TextNormalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ISO 639-1 language of a text ("und" when there is too little to tell). Three steps, cheapest
 * first:
 *
 * <ol>
 *   <li>a script that points to one language (Han, kana, Hangul, Greek, Hebrew, Thai, ...) decides
 *       alone;
 *   <li>Latin-script text whose function words clearly belong to one of 13 common news languages
 *       takes that language (most long articles stop here, at a fraction of the model's cost);
 *   <li>everything else (short texts, Cyrillic, Arabic script, Devanagari, less common Latin-script
 *       languages) goes to Apache OpenNLP's 103-language maxent model ({@link LanguageIdModel}).
 * </ol>
 *
 * Measured on the one-sentence set in the tests: see {@code LanguageIdTest} and the README.
 */
public final class LanguageDetector {
  /** Function words per language, from {@code i18n/function-words.tsv}. */
  private static final Map<String, Set<String>> STOPWORDS = functionWords();

  /**
   * Each function word and the languages it belongs to: one lookup per word instead of one per
   * language.
   */
  private static final Map<String, String[]> LANGUAGES_OF_WORD = invert();

  /**
   * Enough running text to tell; profiling showed whole-article scans were a third of enrich's CPU.
   */
  static final int SAMPLE_CHARS = 4_000;

  /**
   * The model reads this much: its cost grows with the text, its accuracy stops growing long
   * before.
   */
  static final int MODEL_CHARS = 400;

  /** Function words are counted in this much: a few hundred words decide a clear case. */
  static final int WORD_CHARS = 1_500;

  /**
   * Function-word evidence this strong (hits, and times the runner-up) is taken without asking the
   * model.
   */
  private static final int CLEAR_HITS = 8;

  private static final int CLEAR_MARGIN = 3;

  private LanguageDetector() {}

  private static Map<String, String[]> invert() {
    Map<String, List<String>> m = new HashMap<>();
    STOPWORDS.forEach(
        (lang, words) ->
            words.forEach(w -> m.computeIfAbsent(w, k -> new ArrayList<>()).add(lang)));
    Map<String, String[]> out = new HashMap<>();
    m.forEach((w, langs) -> out.put(w, langs.toArray(String[]::new)));
    return Map.copyOf(out);
  }

  /**
   * Scripts are told from this much: a thousand characters leave no doubt, and the lookup costs per
   * character.
   */
  static final int SCRIPT_CHARS = 1_000;

  public static String detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Script script =
        script(sample.length() > SCRIPT_CHARS ? sample.substring(0, SCRIPT_CHARS) : sample);
    if (script.letters < 3) {
      return "und";
    }
    if (script.language != null) {
      return script.language;
    }
    if (script.latin) {
      String clear =
          byFunctionWords(sample.length() > WORD_CHARS ? sample.substring(0, WORD_CHARS) : sample);
      if (clear != null) {
        return clear;
      }
    }
    return LanguageIdModel.shipped()
        .detect(sample.length() > MODEL_CHARS ? sample.substring(0, MODEL_CHARS) : sample);
  }

  /**
   * Whether a text may be English although the detector said otherwise: it is in Latin script and
   * no other language's function words outnumber English ones. Short, name-heavy English (results
   * tables, headlines, posts) has too few function words for a clear call, and the English name
   * model must still read it; a French or German text, however short, has its own function words
   * and is left to its language's lexicons.
   */
  public static boolean mayBeEnglish(String text) {
    String sample = text.length() > WORD_CHARS ? text.substring(0, WORD_CHARS) : text;
    Script script = script(sample);
    if (!script.latin) {
      return false;
    }
    Map<String, Integer> hits =
        functionWordHits(sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
    int english = hits.getOrDefault("en", 0);
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (!e.getKey().equals("en") && e.getValue() > english) {
        return false;
      }
    }
    // no function words at all (a list of names, a short post): maybe English; a few English ones,
    // or the model's
    // own estimate for English, decide the rest
    return hits.isEmpty()
        || english > 0
        || LanguageIdModel.shipped()
                .probability(
                    sample.length() > MODEL_CHARS ? sample.substring(0, MODEL_CHARS) : sample, "en")
            >= ENGLISH_ENOUGH;
  }

  /**
   * Whether a lower-case word is a function word of one of the languages told by their function
   * words.
   */
  public static boolean isFunctionWord(String lowerCaseWord) {
    return LANGUAGES_OF_WORD.containsKey(lowerCaseWord);
  }

  /** Whether a lower-case word is one of the function words of {@code language} (ISO 639-1). */
  public static boolean isFunctionWord(String language, String lowerCaseWord) {
    Set<String> words = STOPWORDS.get(language);
    return words != null && words.contains(lowerCaseWord);
  }

  /** The lower-case function words of all languages told by their function words. */
  public static Set<String> allFunctionWords() {
    return Collections.unmodifiableSet(LANGUAGES_OF_WORD.keySet());
  }

  /**
   * The model's probability of English above which a text with few function words still counts as
   * maybe English.
   */
  static final double ENGLISH_ENOUGH = 0.2;

  /** How many of the words are function words of each language (a word may count for several). */
  private static Map<String, Integer> functionWordHits(String[] words) {
    Map<String, Integer> hits = new HashMap<>();
    for (String w : words) {
      String[] langs = LANGUAGES_OF_WORD.get(w);
      if (langs != null) {
        for (String l : langs) {
          hits.merge(l, 1, Integer::sum);
        }
      }
    }
    return hits;
  }

  /**
   * The language whose function words clearly dominate, or null when the evidence is thin or split.
   */
  private static String byFunctionWords(String sample) {
    String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    Map<String, Integer> hits = functionWordHits(words);
    String best = null;
    int bestHits = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      int h = e.getValue();
      if (h > bestHits || (h == bestHits && best != null && e.getKey().compareTo(best) < 0)) {
        second = Math.max(second, bestHits);
        best = e.getKey();
        bestHits = h;
      } else {
        second = Math.max(second, h);
      }
    }
    boolean clear =
        bestHits >= CLEAR_HITS
            && bestHits >= CLEAR_MARGIN * second
            && bestHits >= words.length * 0.08;
    return clear ? best : null;
  }

  /**
   * What the letters' scripts say: a language when the script points to one, else whether it is
   * Latin.
   */
  private record Script(int letters, String language, boolean latin) {}

  private static Script script(String s) {
    int[] byOrdinal = new int[Character.UnicodeScript.values().length];
    int letters = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!TextNormalizer.isLetter(cp)) {
        continue;
      }
      letters++;
      // the common blocks without a lookup (UnicodeScript.of is a binary search per character)
      Character.UnicodeScript sc =
          cp < 0x250
              ? Character.UnicodeScript.LATIN
              : cp >= 0x400 && cp < 0x530
                  ? Character.UnicodeScript.CYRILLIC
                  : cp >= 0x620 && cp < 0x64B || cp >= 0x671 && cp < 0x6D4
                      ? Character.UnicodeScript.ARABIC
                      : cp >= 0x4E00 && cp < 0xA000
                          ? Character.UnicodeScript.HAN
                          : Character.UnicodeScript.of(cp);
      byOrdinal[sc.ordinal()]++;
    }
    Character.UnicodeScript top = Character.UnicodeScript.LATIN;
    for (Character.UnicodeScript sc : Character.UnicodeScript.values()) {
      if (byOrdinal[sc.ordinal()] > byOrdinal[top.ordinal()]) {
        top = sc;
      }
    }
    if (letters > 0
        && byOrdinal[Character.UnicodeScript.HIRAGANA.ordinal()]
                + byOrdinal[Character.UnicodeScript.KATAKANA.ordinal()]
            > letters * 0.05) {
      return new Script(letters, "ja", false);
    }
    String language =
        switch (top) {
          case HAN -> "zh";
          case HANGUL -> "ko";
          case GREEK -> "el";
          case HEBREW -> "he";
          case THAI -> "th";
          case ARMENIAN -> "hy";
          case GEORGIAN -> "ka";
          case ETHIOPIC -> "am";
          case BENGALI -> "bn";
          case TAMIL -> "ta";
          case TELUGU -> "te";
          case KANNADA -> "kn";
          case MALAYALAM -> "ml";
          case GUJARATI -> "gu";
          case GURMUKHI -> "pa";
          case SINHALA -> "si";
          case KHMER -> "km";
          case LAO -> "lo";
          case MYANMAR -> "my";
          default -> null; // Latin, Cyrillic, Arabic, Devanagari: several languages each, the model
            // decides
        };
    return new Script(letters, language, top == Character.UnicodeScript.LATIN);
  }

  private static Map<String, Set<String>> functionWords() {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (String[] row : TsvResource.rows("/io/newsflow/enrich/i18n/function-words.tsv")) {
      out.put(row[0], Set.of(row[1].split(" ")));
    }
    return out;
  }
}
