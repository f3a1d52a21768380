package io.newsflow.enrich.tag;

import io.newsflow.avro.CategoryEvidence;
import io.newsflow.topics.Categories;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Event categories from a transparent lexicon of cue words and phrases. A category needs several
 * distinct cues (or one strong cue said more than once), so one passing word does not make an
 * article about it; every category comes with the cues that fired.
 */
public final class Categorizer {
  private record Lexicon(String category, int minDistinct, String... cues) {}

  /**
   * Distinct cues an article (not a brief) needs for each category, in the order of the category
   * contract.
   */
  private static final Map<String, Integer> MIN_DISTINCT = minDistinct();

  private static Map<String, Integer> minDistinct() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("armed-attack", 3);
    m.put("terrorism", 3);
    m.put("hostage-taking", 2);
    m.put("military", 3);
    m.put("military-cooperation", 2);
    m.put("diplomatic-meeting", 2);
    m.put("agreement", 2);
    m.put("sanctions", 2);
    m.put("nuclear", 2);
    m.put("protest", 2);
    m.put("election", 2);
    m.put("disaster", 2);
    m.put("economy", 3);
    m.put("health", 2);
    return m;
  }

  /** i18n/categories.tsv, every language's cue rows, read once. */
  private static final List<String[]> CUE_ROWS =
      TsvResource.rows("/io/newsflow/enrich/i18n/categories.tsv");

  /** Every category with its English cues (i18n/categories.tsv, rows "en"). */
  private static final List<Lexicon> LEXICON = english();

  private static List<Lexicon> english() {
    Map<String, List<String>> cues = new LinkedHashMap<>();
    for (String[] f : CUE_ROWS) {
      if (f[0].equals("en")) {
        cues.computeIfAbsent(f[1], k -> new ArrayList<>()).addAll(List.of(f[2].split("\\|")));
      }
    }
    List<Lexicon> out = new ArrayList<>();
    MIN_DISTINCT.forEach(
        (category, min) ->
            out.add(
                new Lexicon(
                    category, min, cues.getOrDefault(category, List.of()).toArray(String[]::new))));
    return List.copyOf(out);
  }

  /** Cue -> the categories it speaks for; matched on lower-cased text by token n-grams. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Gazetteer<List<Lexicon>> CUES = Gazetteer.caseSensitive();

  static {
    if (!LEXICON.stream().map(Lexicon::category).toList().equals(Categories.ALL)) {
      throw new IllegalStateException(
          "the category lexicon and io.newsflow.topics.Categories.ALL differ");
    }
    Map<String, List<Lexicon>> byCue = new LinkedHashMap<>();
    for (Lexicon l : LEXICON) {
      for (String cue : l.cues()) {
        byCue.computeIfAbsent(cue, k -> new ArrayList<>()).add(l);
      }
    }
    byCue.forEach(CUES::put);
  }

  private Categorizer() {}

  /** A cue in a language other than English and the categories it speaks for. */
  private record LocalCue(String cue, List<Lexicon> lexicons) {}

  private static final Map<String, LocalNames<LocalCue>> LOCAL = localCues();

  private static Map<String, LocalNames<LocalCue>> localCues() {
    Map<String, Lexicon> byCategory = new LinkedHashMap<>();
    LEXICON.forEach(l -> byCategory.put(l.category(), l));
    Map<String, Map<String, List<Lexicon>>> byLanguage = new LinkedHashMap<>();
    for (String[] f : CUE_ROWS) {
      if (f[0].equals("en")) {
        continue; // English is matched on lower-cased text by the word gazetteer, as before
      }
      Lexicon l = byCategory.get(f[1]);
      if (l == null) {
        throw new IllegalStateException("i18n/categories.tsv: unknown category " + f[1]);
      }
      for (String cue : f[2].split("\\|")) {
        if (!cue.isBlank()) {
          byLanguage
              .computeIfAbsent(f[0], k -> new LinkedHashMap<>())
              .computeIfAbsent(cue.strip(), k -> new ArrayList<>())
              .add(l);
        }
      }
    }
    Map<String, LocalNames<LocalCue>> out = new HashMap<>();
    byLanguage.forEach(
        (lang, cues) -> {
          LocalNames<LocalCue> names =
              new LocalNames<>(lang, (a, b) -> a.lexicons().equals(b.lexicons()));
          cues.forEach((cue, lexicons) -> names.put(cue, new LocalCue(cue, lexicons)));
          out.put(lang, names);
        });
    return Map.copyOf(out);
  }

  /** The categories defined (the same in every language). */
  public static List<String> categories() {
    return LEXICON.stream().map(Lexicon::category).toList();
  }

  /** Languages with a cue lexicon of their own besides English. */
  public static Set<String> languages() {
    return LOCAL.keySet();
  }

  /** Below this many words a text is a brief: see {@link #evidence(String, String, String)}. */
  static final int BRIEF_WORDS = 100;

  /**
   * Words (runs of letters or digits; characters for scripts without spaces, two to a word) in
   * title and text.
   */
  private static int words(String title, String text) {
    int n = 0;
    for (String s : new String[] {title, text}) {
      if (s == null) {
        continue;
      }
      boolean in = false;
      for (int i = 0; i < s.length() && n < BRIEF_WORDS; i++) {
        char c = s.charAt(i);
        if (c >= 0x3000 && Character.isLetter(c)) {
          n += (i & 1); // Han and kana: about two characters a word
          in = false;
        } else if (Character.isLetterOrDigit(c)) {
          n += in ? 0 : 1;
          in = true;
        } else {
          in = false;
        }
      }
    }
    return n;
  }

  public static List<String> categorize(String title, String text) {
    return evidence(title, text).stream().map(CategoryEvidence::getCategory).toList();
  }

  /** Each category the article is in, with the cues that put it there. */
  public static List<CategoryEvidence> evidence(String title, String text) {
    return evidence(title, text, "en");
  }

  /**
   * As above, for a text in the given language: its own cue lexicon where {@code
   * i18n/categories.tsv} has one, else the English cues.
   */
  public static List<CategoryEvidence> evidence(String title, String text, String language) {
    Map<Lexicon, Set<String>> distinctBy = new LinkedHashMap<>();
    Map<Lexicon, Integer> hitsBy = new LinkedHashMap<>();
    LocalNames<LocalCue> local = language == null ? null : LOCAL.get(language);
    if (local != null) {
      for (LocalNames.Hit<LocalCue> h : local.find(title == null ? text : title + "\n" + text)) {
        for (Lexicon l : h.value().lexicons()) {
          distinctBy.computeIfAbsent(l, k -> new LinkedHashSet<>()).add(h.value().cue());
          hitsBy.merge(l, 1, Integer::sum);
        }
      }
    } else {
      String t = (title + "\n" + text).toLowerCase(Locale.ROOT);
      for (Gazetteer.Hit<List<Lexicon>> h : CUES.find(t)) {
        for (Lexicon l : h.value()) {
          distinctBy
              .computeIfAbsent(l, k -> new LinkedHashSet<>())
              .add(SPACES.matcher(h.surface()).replaceAll(" "));
          hitsBy.merge(l, 1, Integer::sum);
        }
      }
    }
    List<CategoryEvidence> out = new ArrayList<>();
    boolean brief = words(title, text) < BRIEF_WORDS;
    for (Lexicon l : LEXICON) {
      Set<String> distinct = distinctBy.getOrDefault(l, Set.of());
      int hits = hitsBy.getOrDefault(l, 0);
      if (distinct.size() >= l.minDistinct()
          || (distinct.size() >= l.minDistinct() - 1
              && distinct.size() >= 1
              && hits >= 2 * l.minDistinct())
          // a brief (a paragraph, a wire flash) has room for fewer cues: two distinct, or one said
          // twice
          || (brief && (distinct.size() >= 2 || (l.minDistinct() == 2 && hits >= 2)))) {
        out.add(new CategoryEvidence(l.category(), List.copyOf(distinct)));
      }
    }
    return out;
  }
}
