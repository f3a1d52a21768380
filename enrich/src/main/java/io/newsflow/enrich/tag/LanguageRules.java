package io.newsflow.enrich.tag;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one language writes and inflects names, from {@code i18n/languages.tsv}: whether it is
 * matched by words or by characters, how a word is folded (case, Latin diacritics, Arabic-script
 * letter variants and vowel marks, clitic prefixes) and which endings are cut to reach a stem. The
 * same reduction is applied to names and to text, so "России", "Россией" and "Россия" meet at
 * "росс", and "بالعراق" and "العراق" at "عراق".
 */
public final class LanguageRules {
  private static final String RESOURCE = "/io/newsflow/enrich/i18n/languages.tsv";
  private static final Map<String, LanguageRules> BY_LANGUAGE = load();

  /** Rules for a language the table does not list: words, folded, no stemming. */
  private static final LanguageRules PLAIN =
      new LanguageRules("und", false, 4, '-', List.of(), List.of());

  final String language;
  final boolean chars;
  final int minStem;

  /** 'a': keep after an apostrophe; 'b': keep before it; '-': keep the whole token. */
  final char apostrophe;

  private final List<String> endings;
  private final Set<String> endingSet;
  private final int longestEnding;
  private final List<String> clitics;
  private final Locale locale;

  private LanguageRules(
      String language,
      boolean chars,
      int minStem,
      char apostrophe,
      List<String> endings,
      List<String> clitics) {
    this.language = language;
    this.chars = chars;
    this.minStem = minStem;
    this.apostrophe = apostrophe;
    this.endings = endings;
    this.endingSet = new HashSet<>(endings);
    this.longestEnding = endings.isEmpty() ? 0 : endings.get(0).length();
    this.clitics = clitics;
    this.locale = Locale.forLanguageTag(language);
  }

  private static Map<String, LanguageRules> load() {
    Map<String, LanguageRules> out = new HashMap<>();
    for (String[] f : TsvResource.rows(RESOURCE)) {
      if (f.length < 6) {
        throw new IllegalStateException(
            RESOURCE + ": expected 6 columns in " + String.join("\t", f));
      }
      char apostrophe =
          switch (f[3].trim()) {
            case "after" -> 'a';
            case "before" -> 'b';
            default -> '-';
          };
      out.put(
          f[0],
          new LanguageRules(
              f[0],
              f[1].equals("chars"),
              Integer.parseInt(f[2].trim()),
              apostrophe,
              longestFirst(f[4]),
              longestFirst(f[5])));
    }
    return Map.copyOf(out);
  }

  private static List<String> longestFirst(String field) {
    List<String> out = new ArrayList<>();
    for (String s : field.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    out.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(out);
  }

  /** The rules for an ISO 639-1 language; plain word matching for one the table does not list. */
  public static LanguageRules of(String language) {
    return language == null ? PLAIN : BY_LANGUAGE.getOrDefault(language, PLAIN);
  }

  /** Languages the table lists. */
  public static Set<String> languages() {
    return BY_LANGUAGE.keySet();
  }

  /**
   * A word as compared: lower case, Latin diacritics and Arabic vowel marks dropped, letter
   * variants unified.
   */
  String fold(String word) {
    String w = word.toLowerCase(language.equals("tr") ? locale : Locale.ROOT);
    boolean latin = false;
    boolean other = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      latin |= c >= 0x80 && c < 0x250;
      other |= c == 'ё' || c >= 0x600 && c < 0x700 || c > 0x2000;
    }
    if (latin) {
      w = foldLatin(w);
    }
    if (other) {
      w = foldChars(w);
    }
    if (!clitics.isEmpty()) {
      for (int round = 0; round < 2; round++) {
        String stripped = stripClitic(w);
        if (stripped == w) {
          break;
        }
        w = stripped;
      }
    }
    return w;
  }

  /** Latin letters without their diacritics (é -> e); other scripts' letters stay as they are. */
  private static String foldLatin(String w) {
    String d = Normalizer.normalize(w, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    char base = 0;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK && base < 0x250) {
        continue;
      }
      sb.append(c);
      base = c;
    }
    return Normalizer.normalize(sb, Normalizer.Form.NFC);
  }

  /**
   * ё as е (as most Russian text writes it); Arabic-script vowel marks and tatweel dropped, letter
   * variants unified.
   */
  private static String foldChars(String w) {
    StringBuilder sb = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640) {
        continue; // harakat, superscript alef, tatweel
      }
      c =
          switch (c) {
            case 'ё' -> 'е';
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى', 'ي' -> 'ي';
            case 'ی' -> 'ي';
            case 'ك', 'ک' -> 'ك';
            case 'ة' -> 'ه';
            case 'ۀ' -> 'ه';
            default -> c;
          };
      sb.append(c);
    }
    return sb.toString();
  }

  private String stripClitic(String w) {
    for (String p : clitics) {
      if (w.length() - p.length() >= minStem && w.startsWith(p)) {
        return w.substring(p.length());
      }
    }
    return w;
  }

  /**
   * A folded word without its inflectional endings: the longest ending that leaves {@code minStem}
   * letters, again until none applies, so a form and its inflection reduce alike (German "Putin"
   * and "Putins" both to "puti").
   */
  String stem(String folded) {
    String w = folded;
    for (int round = 0; round < 3; round++) {
      String cut = stripOneEnding(w);
      if (cut.length() == w.length()) {
        break;
      }
      w = cut;
    }
    return w;
  }

  /**
   * A folded word without its longest inflectional ending, once (a name's own final -ev or -ov
   * stays).
   */
  String stripOneEnding(String folded) {
    for (int len = Math.min(longestEnding, folded.length() - minStem); len >= 1; len--) {
      if (endingSet.contains(folded.substring(folded.length() - len))) {
        return folded.substring(0, folded.length() - len);
      }
    }
    return folded;
  }

  /**
   * Whether a folded word may be matched by its stem at all (short words are matched as written
   * only).
   */
  boolean stems() {
    return !endings.isEmpty();
  }
}
