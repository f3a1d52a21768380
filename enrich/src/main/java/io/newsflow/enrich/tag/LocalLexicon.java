package io.newsflow.enrich.tag;

import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Countries and known entities in one language other than English, with the same ids as in English:
 *
 * <ul>
 *   <li>countries by their names in that language from the JDK's CLDR tables (every ISO 3166
 *       country), plus the short forms and demonyms of {@code i18n/countries.tsv};
 *   <li>knowledge-base entries by their aliases in that language ({@code kb/aliases.tsv}); in
 *       Latin-script languages also by their English names, so German "Putins" is Putin;
 * </ul>
 *
 * all matched through {@link LocalNames} with the language's folding and endings ({@code
 * i18n/languages.tsv}).
 */
public final class LocalLexicon {
  private static final String COUNTRIES = "/io/newsflow/enrich/i18n/countries.tsv";
  private static final String ALIASES = "/io/newsflow/enrich/kb/aliases.tsv";
  private static final String PLACES = "/io/newsflow/enrich/i18n/places.tsv";
  private static final Set<String> LATIN_SCRIPT =
      WordSet.of(
          "de", "fr", "es", "pt", "it", "nl", "pl", "tr", "sv", "da", "no", "nb", "fi", "ro", "cs",
          "sk", "hu", "hr", "sl", "id", "ms", "vi", "sw", "ca", "et", "lv", "lt", "sq", "af", "tl",
          "eu", "gl", "bs", "az", "uz", "mt", "ga", "cy", "is");

  /**
   * What a text says in this language: country mentions (no demonyms), the countries it is about,
   * known entities, and cities named in this language.
   */
  public record Found(
      List<Entity> countries, List<String> codes, List<Entity> known, List<Entity> places) {}

  private record CountryName(String code, boolean demonym) {}

  private final String language;
  private final CountryTagger countryTagger;
  private final LocalNames<CountryName> countries;
  private final LocalNames<KnowledgeBase.Entry> known;
  private final LocalNames<String> places;
  private final CityTagger cities;

  /**
   * For Cyrillic-script languages: knowledge-base full names (two words or more) by the loose key
   * of their Latin spelling, so a name no alias lists is still found through a transliteration
   * (Шавкат Мирзиёев, Шавката Мирзиёева -> shavkat mirzioev -> "shvkt mrzv", the key of Shavkat
   * Mirziyoyev). Keys two entries share are dropped.
   */
  private final Map<String, KnowledgeBase.Entry> transliterated = new HashMap<>();

  private static final Set<String> CYRILLIC =
      WordSet.of("ru", "uk", "bg", "sr", "be", "kk", "mk", "mn", "ky", "tg");

  public LocalLexicon(
      String language, CountryTagger countryTagger, KnowledgeBase kb, CityTagger cities) {
    this.language = language;
    this.countryTagger = countryTagger;
    this.cities = cities;
    this.places = new LocalNames<>(language);
    for (String[] f : Rows.PLACES) {
      if (!cities.hasCity(f[0])) {
        throw new IllegalStateException(PLACES + ": kb/cities.tsv has no city named " + f[0]);
      }
      if (f[1].equals(language)) {
        split(f[2]).forEach(n -> places.put(n, f[0]));
      }
    }
    this.countries = new LocalNames<>(language, (a, b) -> a.code().equals(b.code()));
    this.known = new LocalNames<>(language);
    for (String[] f : Rows.COUNTRIES) {
      if (f[0].equals(language)) {
        for (String name : split(f[2])) {
          countries.put(name, new CountryName(f[1], false));
        }
        for (String name : f.length > 3 ? split(f[3]) : List.<String>of()) {
          countries.put(name, new CountryName(f[1], true));
        }
      }
    }
    addCldrNames(Locale.forLanguageTag(language));
    if (language.equals("zh")) {
      addCldrNames(Locale.forLanguageTag("zh-TW"));
    }
    Map<String, KnowledgeBase.Entry> byName = new HashMap<>();
    kb.entries().forEach(e -> byName.put(e.name(), e));
    for (String[] f : Rows.ALIASES) {
      KnowledgeBase.Entry e = byName.get(f[0]);
      if (e == null) {
        throw new IllegalStateException(ALIASES + ": no knowledge-base entry is named " + f[0]);
      }
      if (f[1].equals(language)) {
        split(f[2]).forEach(a -> known.put(a, e));
      }
    }
    if (CYRILLIC.contains(language)) {
      Set<String> shared = new HashSet<>();
      for (KnowledgeBase.Entry e : kb.entries()) {
        List<String> names = new ArrayList<>(e.aliases());
        names.add(e.name());
        for (String n : names) {
          if (NameKeys.words(n).size() < 2) {
            continue; // one word (a surname, an acronym) is too weak a key once vowels are gone
          }
          String key = translitKey(n);
          KnowledgeBase.Entry had = transliterated.putIfAbsent(key, e);
          if (had != null && had != e) {
            shared.add(key);
          }
        }
      }
      shared.forEach(transliterated::remove);
    }
    if (LATIN_SCRIPT.contains(language)) {
      for (KnowledgeBase.Entry e : kb.entries()) {
        known.put(e.name(), e);
        e.aliases().forEach(a -> known.put(a, e));
      }
    }
  }

  private void addCldrNames(Locale locale) {
    Map<String, List<String>> bases = new HashMap<>();
    for (String cc : Locale.getISOCountries()) {
      String name = new Locale("", cc).getDisplayCountry(locale);
      if (name.isBlank()
          || name.equals(cc)
          || (!locale.getLanguage().equals("en")
              && name.equals(new Locale("", cc).getDisplayCountry(Locale.ENGLISH))
              && !LATIN_SCRIPT.contains(language))) {
        continue; // no name in this language (the JDK falls back to English)
      }
      countries.put(name, new CountryName(cc, false));
      // "Мьянма (Бирма)", "刚果（金）", "Конго - Киншаса": the short form too, when it names one country
      // only
      String base = name.split("\\s*[(（,،]|\\s+[-–]\\s+")[0].strip();
      if (!base.equals(name) && !base.isEmpty()) {
        bases.computeIfAbsent(base, k -> new ArrayList<>()).add(cc);
      }
    }
    bases.forEach(
        (base, codes) -> {
          if (codes.size() == 1) {
            countries.put(base, new CountryName(codes.get(0), false));
          }
        });
  }

  private static List<String> split(String field) {
    List<String> out = new ArrayList<>();
    for (String s : field.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /**
   * Runs of two or three capitalised Cyrillic words, each reduced by the language's endings and
   * written in Latin letters, looked up by loose key; a run already found by an alias is left
   * alone.
   */
  private void transliteratedNames(String text, Map<KnowledgeBase.Entry, List<Span>> entries) {
    LanguageRules rules = LanguageRules.of(language);
    List<int[]> words = LocalNames.words(text);
    for (int i = 0; i < words.size(); i++) {
      int[] w = words.get(i);
      if (!Character.isUpperCase(text.charAt(w[0])) || !isCyrillic(text.charAt(w[0]))) {
        continue;
      }
      for (int k = Math.min(3, words.size() - i); k >= 2; k--) {
        // each word as written and without one case ending (Мирзиёева, Токаевым): the loose key
        // drops vowels
        // anyway, so these two readings cover the cases without stemming a surname's own -ev or -ov
        // away
        List<List<String>> readings = new ArrayList<>();
        boolean ok = true;
        for (int j = i; j < i + k && ok; j++) {
          int[] x = words.get(j);
          ok =
              Character.isUpperCase(text.charAt(x[0]))
                  && isCyrillic(text.charAt(x[0]))
                  && (j == i || onlySpaces(text, words.get(j - 1)[1], x[0]));
          if (ok) {
            String folded = rules.fold(text.substring(x[0], x[1]));
            String cut = rules.stripOneEnding(folded);
            readings.add(
                cut.equals(folded)
                    ? List.of(latin(folded, language))
                    : List.of(latin(folded, language), latin(cut, language)));
          }
        }
        if (!ok) {
          continue;
        }
        KnowledgeBase.Entry e = lookup(readings, 0, new StringBuilder());
        int start = w[0];
        int end = words.get(i + k - 1)[1];
        boolean seen =
            entries.values().stream()
                .flatMap(List::stream)
                .anyMatch(sp -> sp.getStart() < end && start < sp.getEnd());
        if (e != null && !seen) {
          entries.computeIfAbsent(e, x -> new ArrayList<>()).add(new Span(start, end));
          i += k - 1;
          break;
        }
      }
    }
    entries.values().forEach(l -> l.sort(Comparator.comparingInt(Span::getStart)));
  }

  /** The first combination of the words' readings whose key names an entry. */
  private KnowledgeBase.Entry lookup(List<List<String>> readings, int at, StringBuilder prefix) {
    if (at == readings.size()) {
      return transliterated.get(translitKey(prefix.toString()));
    }
    for (String r : readings.get(at)) {
      int len = prefix.length();
      prefix.append(at == 0 ? "" : " ").append(r);
      KnowledgeBase.Entry e = lookup(readings, at + 1, prefix);
      prefix.setLength(len);
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  /**
   * The loose key with the letters English spellings use where Cyrillic has none: w and v, j and y,
   * x and ks.
   */
  static String translitKey(String latinName) {
    String n =
        latinName.toLowerCase(Locale.ROOT).replace('w', 'v').replace('j', 'y').replace("x", "ks");
    return NameKeys.loose(n);
  }

  private static boolean onlySpaces(String text, int from, int to) {
    for (int c = from; c < to; c++) {
      if (text.charAt(c) != ' ' && text.charAt(c) != '-' && text.charAt(c) != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  private static boolean isCyrillic(char c) {
    return c >= 0x400 && c < 0x530;
  }

  /** The resources, read once per JVM (a lexicon is built per language and per enricher). */
  private static final class Rows {
    static final List<String[]> COUNTRIES = TsvResource.rows(LocalLexicon.COUNTRIES);
    static final List<String[]> ALIASES = TsvResource.rows(LocalLexicon.ALIASES);
    static final List<String[]> PLACES = TsvResource.rows(LocalLexicon.PLACES);
  }

  /**
   * Cyrillic letters (lower case, as folded) in Latin: a plain scheme, the loose key evens out the
   * rest.
   */
  private static final Map<Character, String> LATIN = latinLetters();

  private static Map<Character, String> latinLetters() {
    String[][] pairs = {
      {"а", "a"},
      {"б", "b"},
      {"в", "v"},
      {"г", "g"},
      {"д", "d"},
      {"е", "e"},
      {"ж", "zh"},
      {"з", "z"},
      {"и", "i"},
      {"й", "y"},
      {"к", "k"},
      {"л", "l"},
      {"м", "m"},
      {"н", "n"},
      {"о", "o"},
      {"п", "p"},
      {"р", "r"},
      {"с", "s"},
      {"т", "t"},
      {"у", "u"},
      {"ф", "f"},
      {"х", "kh"},
      {"ц", "ts"},
      {"ч", "ch"},
      {"ш", "sh"},
      {"щ", "shch"},
      {"ъ", ""},
      {"ы", "y"},
      {"ь", ""},
      {"э", "e"},
      {"ю", "yu"},
      {"я", "ya"},
      {"ё", "e"},
      {"є", "ye"},
      {"і", "i"},
      {"ї", "yi"},
      {"ґ", "g"},
      {"ў", "u"},
      {"ј", "j"},
      {"љ", "lj"},
      {"њ", "nj"},
      {"ћ", "c"},
      {"ђ", "dj"},
      {"џ", "dz"},
      {"ә", "a"},
      {"ғ", "g"},
      {"қ", "k"},
      {"ң", "n"},
      {"ө", "o"},
      {"ұ", "u"},
      {"ү", "u"},
      {"һ", "h"}
    };
    Map<Character, String> m = new HashMap<>();
    for (String[] p : pairs) {
      m.put(p[0].charAt(0), p[1]);
    }
    return Map.copyOf(m);
  }

  /**
   * A folded Cyrillic word in Latin letters (a plain scheme: the loose key drops the vowels where
   * schemes differ).
   */
  static String latin(String word, String language) {
    boolean ukrainian = language.equals("uk");
    StringBuilder sb = new StringBuilder(word.length() + 4);
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      String l = ukrainian && c == 'г' ? "h" : ukrainian && c == 'и' ? "y" : LATIN.get(c);
      sb.append(l != null ? l : String.valueOf(c));
    }
    return sb.toString();
  }

  /**
   * Whether a language is written in the Latin script (so English names and cues can occur in its
   * text).
   */
  public static boolean latinScript(String language) {
    return LATIN_SCRIPT.contains(language);
  }

  public String language() {
    return language;
  }

  public Found find(String text) {
    Map<String, List<Span>> spans = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (LocalNames.Hit<CountryName> h : countries.find(text)) {
      counts.merge(h.value().code(), 1, Integer::sum);
      if (!h.value().demonym()) {
        spans
            .computeIfAbsent(h.value().code(), k -> new ArrayList<>())
            .add(new Span(h.start(), h.end()));
      }
    }
    List<Entity> countryEntities = new ArrayList<>();
    spans.forEach(
        (cc, s) ->
            countryEntities.add(
                Entity.newBuilder()
                    .setId(countryTagger.id(cc))
                    .setName(countryTagger.name(cc))
                    .setType(EntityType.COUNTRY)
                    .setMentions(s.size())
                    .setSpans(s)
                    .setCountry(cc)
                    .build()));
    countryEntities.sort(Comparator.comparingInt(Entity::getMentions).reversed());
    List<String> codes = new ArrayList<>(counts.keySet());
    codes.sort(Comparator.comparingInt(c -> -counts.get(c)));
    Map<KnowledgeBase.Entry, List<Span>> entries = new LinkedHashMap<>();
    for (LocalNames.Hit<KnowledgeBase.Entry> h : known.find(text)) {
      entries.computeIfAbsent(h.value(), k -> new ArrayList<>()).add(new Span(h.start(), h.end()));
    }
    if (!transliterated.isEmpty()) {
      transliteratedNames(text, entries);
    }
    List<Entity> knownEntities = new ArrayList<>();
    entries.forEach(
        (e, s) ->
            knownEntities.add(
                Entity.newBuilder()
                    .setId(e.id())
                    .setName(e.name())
                    .setType(e.type())
                    .setMentions(s.size())
                    .setSpans(s)
                    .setCountry(e.country())
                    .build()));
    Map<String, List<Span>> placeSpans = new LinkedHashMap<>();
    for (LocalNames.Hit<String> h : places.find(text)) {
      placeSpans
          .computeIfAbsent(h.value(), k -> new ArrayList<>())
          .add(new Span(h.start(), h.end()));
    }
    List<Entity> placeEntities = new ArrayList<>();
    placeSpans.forEach((name, s) -> placeEntities.add(cities.entity(name, s)));
    return new Found(countryEntities, codes, knownEntities, placeEntities);
  }
}
