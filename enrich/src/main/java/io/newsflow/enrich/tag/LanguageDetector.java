package io.newsflow.enrich.tag;

import io.newsflow.enrich.extract.TextNormalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ISO 639-1 language of a text: by script where a script points to one language, else by the share of each
 * language's most frequent function words. Returns "und" when the evidence is too thin.
 */
public final class LanguageDetector {
  private static final Map<String, Set<String>> STOPWORDS = Map.ofEntries(
      Map.entry("en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "said", "by", "as", "it", "from", "has", "have", "were", "are", "at", "his", "which", "after")),
      Map.entry("fr", Set.of("le", "la", "les", "des", "et", "est", "une", "un", "du", "dans", "que", "qui", "pour", "sur", "pas", "par", "au", "avec", "ce", "sont", "été", "aux", "ont")),
      Map.entry("de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "von", "sich", "des", "auf", "für", "im", "dem", "auch", "wurde", "wird", "sie", "bei")),
      Map.entry("es", Set.of("el", "la", "los", "las", "de", "que", "y", "en", "un", "una", "por", "con", "para", "del", "se", "es", "al", "su", "como", "más", "fue", "ha", "sus")),
      Map.entry("pt", Set.of("o", "a", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "dos", "das", "no", "na", "por", "foi", "ao", "mais")),
      Map.entry("it", Set.of("il", "lo", "la", "gli", "le", "di", "che", "e", "è", "un", "una", "per", "non", "con", "del", "della", "sono", "nel", "alla", "dei", "ha", "anche", "stato")),
      Map.entry("nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "op", "te", "zijn", "niet", "met", "voor", "die", "in", "er", "aan", "ook", "werd", "naar", "bij", "om", "heeft")),
      Map.entry("tr", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "olan", "en", "ama", "ancak", "sonra", "kadar", "değil", "ise", "mi", "şekilde")),
      Map.entry("id", Set.of("yang", "dan", "di", "itu", "dengan", "untuk", "tidak", "ini", "dari", "dalam", "akan", "pada", "juga", "ke", "karena", "tersebut", "bisa", "ada", "oleh", "mereka")),
      Map.entry("pl", Set.of("i", "w", "nie", "na", "się", "z", "do", "to", "że", "jest", "jak", "o", "po", "ale", "od", "za", "przez", "tym", "już", "został", "jego")),
      Map.entry("sv", Set.of("och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "inte", "om", "ett", "var", "han", "från", "vid")),
      Map.entry("ro", Set.of("și", "în", "de", "la", "cu", "pe", "că", "din", "nu", "este", "un", "o", "care", "mai", "pentru", "au", "fost", "sunt", "ca", "lui")),
      Map.entry("sw", Set.of("na", "ya", "wa", "kwa", "za", "katika", "ni", "la", "kuwa", "hiyo", "huo", "pia", "hii", "alisema", "cha", "wake", "hata")));

  /** Each function word and the languages it belongs to: one lookup per word instead of one per language. */
  private static final Map<String, String[]> LANGUAGES_OF_WORD = invert();

  /** Enough running text to tell; profiling showed whole-article scans were a third of enrich's CPU. */
  static final int SAMPLE_CHARS = 4_000;

  private LanguageDetector() {}

  private static Map<String, String[]> invert() {
    Map<String, java.util.List<String>> m = new HashMap<>();
    STOPWORDS.forEach((lang, words) -> words.forEach(w -> m.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(lang)));
    Map<String, String[]> out = new HashMap<>();
    m.forEach((w, langs) -> out.put(w, langs.toArray(String[]::new)));
    return Map.copyOf(out);
  }

  public static String detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    String byScript = byScript(sample);
    if (byScript != null) {
      return byScript;
    }
    String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    if (words.length < 3) {
      return "und";
    }
    Map<String, Integer> hits = new HashMap<>();
    for (String w : words) {
      String[] langs = LANGUAGES_OF_WORD.get(w);
      if (langs != null) {
        for (String l : langs) {
          hits.merge(l, 1, Integer::sum);
        }
      }
    }
    String best = "und";
    int bestHits = 0;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (e.getValue() > bestHits || (e.getValue() == bestHits && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        bestHits = e.getValue();
      }
    }
    // function words make up a large share of any running text; too few means we do not know the language
    return bestHits >= Math.max(2, words.length * 0.08) ? best : "und";
  }

  private static String byScript(String s) {
    int[] byOrdinal = new int[Character.UnicodeScript.values().length];
    int letters = 0;
    boolean arabicPersian = false;
    boolean arabicUrdu = false;
    boolean ukrainian = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!TextNormalizer.isLetter(cp)) {
        continue;
      }
      letters++;
      if (cp < 0x250) { // Basic Latin to Latin Extended-B: most news text, no lookup needed
        byOrdinal[Character.UnicodeScript.LATIN.ordinal()]++;
        continue;
      }
      byOrdinal[Character.UnicodeScript.of(cp).ordinal()]++;
      arabicPersian |= cp == 'پ' || cp == 'چ' || cp == 'ژ' || cp == 'گ' || cp == 'ی';
      arabicUrdu |= cp == 'ٹ' || cp == 'ڈ' || cp == 'ڑ' || cp == 'ے' || cp == 'ں';
      ukrainian |= cp == 'і' || cp == 'ї' || cp == 'є' || cp == 'ґ';
    }
    if (letters == 0) {
      return null;
    }
    Character.UnicodeScript top = Character.UnicodeScript.LATIN;
    for (Character.UnicodeScript sc : Character.UnicodeScript.values()) {
      if (byOrdinal[sc.ordinal()] > byOrdinal[top.ordinal()]) {
        top = sc;
      }
    }
    if (top == Character.UnicodeScript.LATIN) {
      return null;
    }
    if (byOrdinal[Character.UnicodeScript.HIRAGANA.ordinal()] + byOrdinal[Character.UnicodeScript.KATAKANA.ordinal()]
        > letters * 0.05) {
      return "ja";
    }
    return switch (top) {
      case HAN -> "zh";
      case HANGUL -> "ko";
      case CYRILLIC -> ukrainian ? "uk" : "ru";
      case ARABIC -> arabicUrdu ? "ur" : arabicPersian ? "fa" : "ar";
      case GREEK -> "el";
      case HEBREW -> "he";
      case DEVANAGARI -> "hi";
      case BENGALI -> "bn";
      case THAI -> "th";
      case TAMIL -> "ta";
      case ARMENIAN -> "hy";
      case GEORGIAN -> "ka";
      case ETHIOPIC -> "am";
      default -> "und";
    };
  }
}
