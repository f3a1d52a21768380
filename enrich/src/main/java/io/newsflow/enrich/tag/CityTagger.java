package io.newsflow.enrich.tag;

import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.Span;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cities from GeoNames (population ≥ 100,000; see kb/SOURCES.md), linked to their GeoNames ids, and
 * first-level regions (provinces, states) linked to their ISO 3166-2 codes. A name shared by
 * several cities (Hyderabad, India and Pakistan) resolves to the one in a country the article
 * names, else to the most populous. A city name only counts standing alone: inside a longer
 * capitalised name (President Lincoln, Karachi Stock Exchange) it is part of that name.
 */
public final class CityTagger {
  /** Common words and first names that are also city names. */
  private static final Set<String> AMBIGUOUS =
      WordSet.of(
          // the virus, in news since 2020 ("die Corona-Krise", "before Corona"), not the town in
          // California: tagged on 54 of the 689 German pages of ../shared/data/extraction
          "Corona",
          // wards of Monaco (kb/regions.tsv) named by common words: "Source: CDC" under a chart
          "Source",
          "Gare",
          "Colle",
          "Moulins",
          "Mobile",
          "Surprise",
          "Independence",
          "Orange",
          "Concord",
          "Reading",
          "Split",
          "Nice",
          "Paradise",
          "Enterprise",
          "Florence",
          "Victoria",
          "Jackson",
          "Lincoln",
          "Hamilton",
          "Washington",
          "Columbia",
          "Aurora",
          "Gary",
          "Eugene",
          "Pasadena",
          "Mission",
          "Norman",
          "Sterling",
          "Temple",
          "Lafayette",
          "Albany",
          "Regina",
          "Santa",
          "Marina",
          "Bologna",
          "Troy",
          "Medina",
          "Marion",
          "Kent",
          "Manchester",
          "Murray",
          "Irving",
          "Peoria",
          "Salem",
          "Cambridge",
          "Oxford",
          "Pearl",
          "Bay",
          "Carmel",
          "Allen",
          "Frisco",
          "Boulder",
          "Ontario",
          "Pueblo",
          "Tyler",
          "Madison",
          "Austin",
          "Charlotte",
          "Denton",
          "Everett",
          "Garland",
          "Lowell",
          "Miramar",
          "Odessa",
          "Sandy",
          "Sunrise",
          "Springfield",
          "Vista",
          "Warren",
          "Tempe",
          "Elgin",
          "Hayward",
          "Davie",
          "Clinton",
          "Palm",
          "Spring",
          "Laval",
          "Sale",
          "Bar",
          "Ede",
          "Angers",
          "Bath",
          "Bury",
          "Delft",
          "Hove",
          "Wells",
          "Buffalo",
          "Fargo",
          "Phoenix",
          "Lima",
          "Cork",
          "Amman",
          "Mustafa",
          "Ali",
          "Hassan",
          // a city in Lampung, and a city's underground, a newspaper and a retailer everywhere
          "Metro",
          // GeoNames' Engel’s and Mar’ino without the soft sign: Friedrich Engels, Dan Marino
          "Engels",
          "Engel’s",
          "Marino",
          "Mar’ino");

  /**
   * A city (population known) or a region (first-level subdivision, population 0), with its full
   * entity id.
   */
  private record City(String id, String name, String country, long population) {}

  private static final String ENGLISH_NAMES = "/io/newsflow/enrich/kb/city-names-en.tsv";

  private static final String REGION_ENGLISH_NAMES = "/io/newsflow/enrich/kb/region-names-en.tsv";

  private static final String TOWNS_IN_NEWS = "/io/newsflow/enrich/kb/towns-in-news.tsv";

  private final Map<String, List<City>> byName = new HashMap<>();

  /** A city's English name by its id, where GeoNames gives a local one (Geneva for Genève). */
  private final Map<String, String> englishNames = new HashMap<>();

  /**
   * Each city by its GeoNames name (the most populous of a name), for names given in other
   * languages.
   */
  private final Map<String, City> byCanonicalName = new HashMap<>();

  private final Gazetteer<List<City>> gazetteer = Gazetteer.caseSensitive();

  /** The two maps' names as {@link WordSet}s, asked about many words of every text. */
  private final WordSet canonicalNames;

  private final WordSet listedNames;

  public CityTagger(Predicate<String> isCountryName) {
    for (String[] f : TsvResource.rows("/io/newsflow/enrich/kb/cities.tsv")) {
      City c = new City("geonames:" + f[0], f[1], f[2], Long.parseLong(f[3]));
      byCanonicalName.merge(f[1], c, (a, b) -> a.population() >= b.population() ? a : b);
      String asNewsWrites = withoutSoftSign(f[1], f[2]);
      if (!asNewsWrites.equals(f[1])) {
        englishNames.put(c.id(), asNewsWrites);
      }
      for (String n : names(f[1], f.length > 4 ? f[4] : "")) {
        add(n, c, isCountryName);
      }
    }
    // English names of cities listed under a local one (Geneva for Genève)
    for (String[] f : TsvResource.rows(ENGLISH_NAMES)) {
      City c = byCanonicalName.get(f[0]);
      if (c == null) {
        throw new IllegalStateException(
            ENGLISH_NAMES + ": kb/cities.tsv has no city named " + f[0]);
      }
      addEnglishNames(c, f[1].split("\\|"), isCountryName);
    }
    // regions after cities: a city and its region of one name (Lagos, Kano) resolve to the city
    Map<String, String[]> regionsInEnglish = new HashMap<>();
    for (String[] f : TsvResource.rows(REGION_ENGLISH_NAMES)) {
      regionsInEnglish.put(f[0], f[1].split("\\|"));
    }
    for (String[] f : TsvResource.rows("/io/newsflow/enrich/kb/regions.tsv")) {
      City c = new City("iso3166-2:" + f[0], f[1], f[2], 0);
      for (String n : names(f[1], f.length > 3 ? f[3] : "")) {
        add(n, c, isCountryName);
      }
      // English names of regions listed under a local one (Bavaria for Bayern)
      String[] english = regionsInEnglish.remove(f[0]);
      if (english != null) {
        addEnglishNames(c, english, isCountryName);
      }
    }
    if (!regionsInEnglish.isEmpty()) {
      throw new IllegalStateException(
          REGION_ENGLISH_NAMES + ": kb/regions.tsv has no region " + regionsInEnglish.keySet());
    }
    // towns the news names often, after cities and regions: a name they list is theirs
    for (String[] f : TsvResource.rows(TOWNS_IN_NEWS)) {
      addTownInNews(
          f[0], f.length > 1 ? f[1].strip() : "", f.length > 2 ? f[2] : "", isCountryName);
    }
    byName.forEach(gazetteer::put);
    byName.forEach(
        (n, cities) -> byLowerName.merge(n.toLowerCase(Locale.ROOT), cities, (a, b) -> a));
    canonicalNames = WordSet.copyOf(byCanonicalName.keySet());
    listedNames = WordSet.copyOf(byName.keySet());
  }

  /** A place's English names: found by each, named by the first, as English news names it. */
  private void addEnglishNames(City c, String[] names, Predicate<String> isCountryName) {
    englishNames.put(c.id(), names[0]);
    for (String n : names) {
      add(n, c, isCountryName);
    }
  }

  /**
   * A town of kb/towns-in-news.tsv. Where GeoNames lists it under another spelling (Khan Yunis for
   * Khan Younis), the news spelling names that listed place; otherwise it is a place of its own,
   * with kb/towns.tsv's GeoNames id where that holds it in the country.
   */
  private void addTownInNews(
      String name, String country, String others, Predicate<String> isCountryName) {
    if (country.isEmpty()) {
      throw new IllegalStateException(TOWNS_IN_NEWS + ": " + name + " has no country");
    }
    if (listedIn(name, country, false) != null) {
      throw new IllegalStateException(
          TOWNS_IN_NEWS + ": " + name + " is already a listed city or region");
    }
    List<String> spellings = names(name, others);
    City c =
        spellings.stream()
            .map(n -> listedIn(n, country, true))
            .filter(x -> x != null)
            .findFirst()
            .orElse(null);
    if (c != null) {
      englishNames.put(c.id(), name);
    } else {
      Towns.Town town =
          spellings.stream()
              .map(n -> Towns.shipped().resolve(n, Set.of(country)))
              .flatMap(Optional::stream)
              .findFirst()
              .orElse(null);
      c =
          town != null
              ? new City(town.id(), name, country, town.population())
              : new City("place:" + NameKeys.slug(name), name, country, 0);
    }
    for (String n : spellings) {
      add(n, c, isCountryName);
    }
  }

  /**
   * The listed city (or region, unless {@code citiesOnly}: Tombouctou the region is not Timbuktu
   * the town) of this name or its form without diacritics in a country.
   */
  private City listedIn(String name, String country, boolean citiesOnly) {
    for (String n : List.of(name, withoutDiacritics(name))) {
      for (City c : byName.getOrDefault(n, List.of())) {
        if (c.country().equals(country) && !(citiesOnly && c.population() == 0)) {
          return c;
        }
      }
    }
    return null;
  }

  private final Map<String, List<City>> byLowerName = new HashMap<>();

  /** The names too ambiguous to tag in prose (AMBIGUOUS), lower-cased, for datelines. */
  private final Map<String, List<City>> datelineOnly = new HashMap<>();

  /** A wire dateline in capitals: "PORT-AU-PRINCE (Reuters) -", "KHARTOUM, Jan 5 -". */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*(\\p{Lu}[\\p{Lu}'’.-]+(?: \\p{Lu}[\\p{Lu}'’.-]+){0,3})" + "(?=,| \\(| -| –| —|:)");

  private void add(String name, City c, Predicate<String> isCountryName) {
    String plainSign = withoutSoftSign(name, c.country());
    if (!plainSign.equals(name)) {
      add(plainSign, c, isCountryName);
    }
    put(name, c, isCountryName);
    // news written without diacritics: Cucuta for Cúcuta
    String plain = withoutDiacritics(name);
    if (!plain.equals(name)) {
      put(plain, c, isCountryName);
    }
  }

  /** Countries whose names GeoNames transliterates with a soft sign ('’'): Kramators’k. */
  private static final Set<String> SOFT_SIGN_COUNTRIES = WordSet.of("UA", "RU", "BY", "KZ", "KG");

  /**
   * A name of these countries as news writes it, without the transliterated soft sign: Kramators’k
   * -> Kramatorsk, Ryazan’ -> Ryazan.
   */
  static String withoutSoftSign(String name, String country) {
    return SOFT_SIGN_COUNTRIES.contains(country)
            && (name.indexOf('’') >= 0 || name.indexOf('ʹ') >= 0)
        ? name.replace("’", "").replace("ʹ", "")
        : name;
  }

  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

  /** A name as news written without diacritics spells it: Cúcuta -> Cucuta. */
  static String withoutDiacritics(String name) {
    return DIACRITICS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
  }

  private void put(String name, City c, Predicate<String> isCountryName) {
    if (name.length() >= 4 && AMBIGUOUS.contains(name) && !isCountryName.test(name)) {
      // a word in prose, a city in a dateline ("WASHINGTON, Aug 8 -")
      List<City> list =
          datelineOnly.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
      if (!list.contains(c)) {
        list.add(c);
      }
    }
    if (name.length() >= 4 && !AMBIGUOUS.contains(name) && !isCountryName.test(name)) {
      List<City> list = byName.computeIfAbsent(name, k -> new ArrayList<>());
      if (!list.contains(c)) {
        list.add(c);
      }
    }
  }

  private static List<String> names(String name, String alternates) {
    List<String> out = new ArrayList<>(List.of(name));
    if (!alternates.isBlank()) {
      out.addAll(List.of(alternates.split("\\|")));
    }
    return out;
  }

  /**
   * An entity for the city of this GeoNames name (kb/cities.tsv) at the given spans, or null if
   * none has it.
   */
  public Entity entity(String name, List<Span> spans) {
    City c = byCanonicalName.get(name);
    return c == null
        ? null
        : Entity.newBuilder()
            .setId(c.id())
            .setName(englishNames.getOrDefault(c.id(), c.name()))
            .setType(EntityType.LOCATION)
            .setMentions(spans.size())
            .setSpans(spans)
            .setCountry(c.country())
            .build();
  }

  /** Whether kb/cities.tsv has a city of this GeoNames name. */
  public boolean hasCity(String name) {
    return canonicalNames.contains(name);
  }

  /** Whether a name is a listed city's or region's, by any of its names (Utah, St. Louis). */
  public boolean isListed(String name) {
    return listedNames.contains(name);
  }

  /**
   * City entities in the text; {@code countries} are the codes the article names, for
   * disambiguation.
   */
  public List<Entity> tag(String text, Collection<String> countries) {
    return tag(text, countries, false);
  }

  /**
   * As {@link #tag(String, Collection)}; {@code nounsCapitalised}: the text is German, where every
   * noun is capitalised and many place names are nouns too (Essen, Grad, Kanal, Pool, Bergen,
   * Leiden). There a one-word place is no place after an article or a determiner ("das Essen", "am
   * Pool", "in den Bergen"), after a number that is no postcode ("180 Grad"), or after a hyphen
   * that joins it to a word that is no place ("Youtube-Kanal"): a town's name takes none of them.
   * The regions of the German-speaking countries do take an article ("im Saarland", "in der
   * Steiermark") and are left as found, as are cities of a million people.
   */
  public List<Entity> tag(String text, Collection<String> countries, boolean nounsCapitalised) {
    Map<City, List<Span>> found = new LinkedHashMap<>();
    Matcher dateline = DATELINE.matcher(text);
    if (dateline.find()) {
      String name = dateline.group(1).toLowerCase(Locale.ROOT);
      List<City> candidates = byLowerName.getOrDefault(name, datelineOnly.get(name));
      if (candidates != null) {
        found
            .computeIfAbsent(pick(candidates, countries), k -> new ArrayList<>())
            .add(new Span(dateline.start(1), dateline.end(1)));
      }
    }
    for (Gazetteer.Hit<List<City>> m : gazetteer.find(text)) {
      if (insideLongerName(text, m.start(), m.end())) {
        continue;
      }
      City c = pick(m.value(), countries);
      if (nounsCapitalised && germanNoun(text, m.start(), m.end(), c)) {
        continue;
      }
      found.computeIfAbsent(c, k -> new ArrayList<>()).add(new Span(m.start(), m.end()));
    }
    basedIn(text, countries, found);
    if (!nounsCapitalised) {
      afterIn(text, countries, found);
    }
    List<Entity> out = new ArrayList<>();
    found.forEach(
        (c, spans) ->
            out.add(
                Entity.newBuilder()
                    .setId(c.id())
                    .setName(englishNames.getOrDefault(c.id(), c.name()))
                    .setType(EntityType.LOCATION)
                    .setMentions(spans.size())
                    .setSpans(spans)
                    .setCountry(c.country())
                    .build()));
    return out;
  }

  /**
   * A city whose name is a common word or a surname too ({@link #AMBIGUOUS}) before "-based": what
   * is based there is based in the city ("Lima-based Macroconsult").
   */
  private void basedIn(String text, Collection<String> countries, Map<City, List<Span>> found) {
    for (int at = text.indexOf("-based"); at > 0; at = text.indexOf("-based", at + 6)) {
      int start = lettersBefore(text, at);
      if (start < at
          && Character.isUpperCase(text.charAt(start))
          && (start == 0 || text.charAt(start - 1) == ' ')
          && !insideLongerName(text, start, at)) { // "British Columbia-based"
        List<City> candidates =
            datelineOnly.get(text.substring(start, at).toLowerCase(Locale.ROOT));
        if (candidates != null) {
          found
              .computeIfAbsent(pick(candidates, countries), k -> new ArrayList<>())
              .add(new Span(start, at));
        }
      }
    }
  }

  /**
   * The {@link #AMBIGUOUS} cities that "in" makes places in prose ("said in Washington that",
   * "talks in Amman"): neither a person nor a work of art is commonly "in" them ("starred in
   * Lincoln", "in Hamilton" are left out, as are given names and common words).
   */
  private static final Set<String> PLACES_AFTER_IN =
      WordSet.of(
          "Washington",
          "Manchester",
          "Cambridge",
          "Oxford",
          "Florence",
          "Nice",
          "Split",
          "Bologna",
          "Albany",
          "Salem",
          "Pasadena",
          "Peoria",
          "Lafayette",
          "Regina",
          "Reading",
          "Medina",
          "Boulder",
          "Tempe",
          "Fargo",
          "Phoenix",
          "Lima",
          "Cork",
          "Amman",
          "Odessa",
          "Buffalo",
          "Springfield",
          "Laval",
          "Angers",
          "Delft");

  /**
   * A city of {@link #PLACES_AFTER_IN} right after " in ", as a word of its own: no capitalised
   * word, possessive or "state" after it ("in Washington Heights", "in Manchester United's", "in
   * Washington state").
   */
  private void afterIn(String text, Collection<String> countries, Map<City, List<Span>> found) {
    for (int at = text.indexOf(" in "); at >= 0; at = text.indexOf(" in ", at + 4)) {
      int start = at + 4;
      if (start >= text.length() || !Character.isUpperCase(text.charAt(start))) {
        continue;
      }
      int end = start + 1;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (end < text.length()
          && (text.charAt(end) == '\''
              || text.charAt(end) == '\u2019'
              || text.charAt(end) == '-'
              || text.startsWith(" state", end)
              || end + 1 < text.length()
                  && text.charAt(end) == ' '
                  && Character.isUpperCase(text.charAt(end + 1)))) {
        continue;
      }
      String name = text.substring(start, end);
      if (!PLACES_AFTER_IN.contains(name)) {
        continue;
      }
      List<City> candidates = datelineOnly.get(name.toLowerCase(Locale.ROOT));
      if (candidates == null) {
        continue;
      }
      List<Span> spans = found.computeIfAbsent(pick(candidates, countries), k -> new ArrayList<>());
      if (spans.stream().noneMatch(sp -> sp.getStart() == start)) {
        spans.add(new Span(start, end));
      }
    }
  }

  /** German words that stand before a noun and never before a town's name. */
  private static final Set<String> GERMAN_DETERMINERS =
      WordSet.of(
          "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer",
          "eines", "am", "im", "beim", "vom", "zum", "zur", "ins", "kein", "keine", "keinem",
          "keinen", "keiner", "mein", "meine", "meinem", "meinen", "meiner", "dein", "deine",
          "sein", "seine", "seinem", "seinen", "seiner", "ihre", "ihrem", "ihren", "ihrer", "unser",
          "unsere", "unserem", "unseren", "unserer", "euer", "eure", "diese", "diesem", "diesen",
          "dieser", "dieses", "jede", "jedem", "jeden", "jeder", "jedes", "alle", "allen", "aller",
          "welche", "welchem", "welchen", "welcher", "manche", "mehrere", "einige", "wenige",
          "viele", "weitere", "andere", "anderen");

  /** Where German is spoken: their regions' names take an article. */
  private static final Set<String> GERMAN_SPEAKING = WordSet.of("DE", "AT", "CH", "LI");

  /**
   * Whether a one-word place at [start, end) of a German text reads as a noun (see {@link #tag}).
   */
  private boolean germanNoun(String text, int start, int end, City c) {
    if (text.indexOf(' ', start) >= 0 && text.indexOf(' ', start) < end
        || c.population() == 0 && GERMAN_SPEAKING.contains(c.country())
        || c.population() >= 1_000_000) {
      // a name of several words is a name; so is a city of a million, which no noun is named
      // like, though a relative pronoun may stand before it ("die Berlin je gesehen hat")
      return false;
    }
    if (GERMAN_NOUN_PLACES.contains(text.substring(start, end))
        && !(end < text.length() && text.charAt(end) == '-')) {
      // "Gesundes Essen", "Essen und Trinken": a town named like a common noun is the town only
      // after a preposition of place ("in Essen", "aus Halle") or before a hyphen (Essen-Borbeck)
      int w = start >= 2 && text.charAt(start - 1) == ' ' ? lettersBefore(text, start - 1) : start;
      if (w < start - 1
          && GERMAN_PLACE_PREPOSITIONS.contains(
              text.substring(w, start - 1).toLowerCase(Locale.ROOT))) {
        return false;
      }
      // "in Städten wie Essen und Duisburg", "Bochum, Essen": beside another listed city
      return !byName.containsKey(wordAfterJoin(text, end))
          && !byName.containsKey(wordBeforeJoin(text, start));
    }
    if (start >= 2 && text.charAt(start - 1) == '-' && Character.isLetter(text.charAt(start - 2))) {
      return !byName.containsKey(text.substring(lettersBefore(text, start - 1), start - 1));
    }
    if (start < 2
        || text.charAt(start - 1) != ' '
        || end + 1 < text.length() && text.charAt(end) == '-') {
      return false; // an article before "Hollywood-Star" is the compound's
    }
    if (Character.isDigit(text.charAt(start - 2))) {
      int w = start - 1;
      while (w > 0 && isNumberChar(text.charAt(w - 1))) {
        w--;
      }
      int digits = start - 1 - w;
      boolean postcode =
          (digits == 4 || digits == 5)
              && text.substring(w, start - 1).chars().allMatch(Character::isDigit);
      // "180 Grad", "1,5 Grad"; not "10117 Berlin" (an address) nor "Bayer 04 Leverkusen" (a club)
      int before = w >= 2 && text.charAt(w - 1) == ' ' ? lettersBefore(text, w - 1) : w - 1;
      return !postcode && !(before < w - 1 && Character.isUpperCase(text.charAt(before)));
    }
    int w = lettersBefore(text, start - 1);
    return w < start - 1
        && GERMAN_DETERMINERS.contains(text.substring(w, start - 1).toLowerCase(Locale.ROOT));
  }

  /** The capitalised word after " und " or ", " at {@code end}; "" if none. */
  private static String wordAfterJoin(String text, int end) {
    int from = text.startsWith(" und ", end) ? end + 5 : text.startsWith(", ", end) ? end + 2 : -1;
    if (from < 0 || from >= text.length() || !Character.isUpperCase(text.charAt(from))) {
      return "";
    }
    int e = from;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return text.substring(from, e);
  }

  /** The word before " und " or ", " that ends at {@code start}; "" if none. */
  private static String wordBeforeJoin(String text, int start) {
    int to =
        start >= 5 && text.startsWith(" und ", start - 5)
            ? start - 5
            : start >= 2 && text.startsWith(", ", start - 2) ? start - 2 : -1;
    return to < 0 ? "" : text.substring(lettersBefore(text, to), to);
  }

  /**
   * Cities and towns named like a German common noun (food, a hall, a farmyard, suffering, degrees,
   * a channel, times) or an English one German pages use (a store, a pool).
   */
  private static final Set<String> GERMAN_NOUN_PLACES =
      WordSet.of(
          "Essen", "Halle", "Hof", "Leiden", "Bergen", "Lage", "Senden", "Grad", "Kanal", "Male",
          "Store", "Pool");

  /** Prepositions and place nouns before a place's name in German, in lower case. */
  private static final Set<String> GERMAN_PLACE_PREPOSITIONS =
      WordSet.of(
          "in",
          "aus",
          "nach",
          "bei",
          "von",
          "vor",
          "zwischen",
          "um",
          "ab",
          "bis",
          "zu",
          "durch",
          "wie",
          "stadt",
          "kreis",
          "campus",
          "raum",
          "region",
          "stadtteil");

  /** Where the run of letters that ends at {@code end} (exclusive) starts; {@code end} if none. */
  private static int lettersBefore(String text, int end) {
    int w = end;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return w;
  }

  private static boolean isNumberChar(char c) {
    return Character.isDigit(c) || c == ',' || c == '.';
  }

  /** The place in a country the article names, else the most populous. */
  private static City pick(List<City> candidates, Collection<String> countries) {
    City most = null;
    for (City x : candidates) {
      if (countries.contains(x.country())) {
        return x;
      }
      if (most == null || x.population() > most.population()) {
        most = x; // the first of the most populous, as Stream.max keeps
      }
    }
    if (most == null) {
      throw new NoSuchElementException("no candidate city");
    }
    return most;
  }

  /**
   * Words that open a sentence before a place and are no part of its name ("In Khan Younis,", "Near
   * Chasiv Yar"), articles too ("The Abidjan-based regulator": "The Boston Globe" still has a
   * capitalised word after the city).
   */
  private static final Set<String> LEADING_WORDS =
      WordSet.of(
          "In", "At", "Near", "Outside", "Inside", "Around", "From", "To", "Into", "Across",
          "After", "Before", "Since", "Until", "Toward", "Towards", "Through", "Beyond", "Via",
          "Between", "Like", "Unlike", "Amid", "Despite", "For", "On", "By", "With", "Without",
          "The", "A", "An");

  /**
   * Whether a capitalised word stands right before or after the match (one space between), or a
   * particle and another capitalised word ("Norte de Santander", "Rio Grande do Sul"): the match is
   * part of a longer name.
   */
  static boolean insideLongerName(String text, int start, int end) {
    if (start >= 2 && text.charAt(start - 1) == ' ' && Character.isLetter(text.charAt(start - 2))) {
      int w = lettersBefore(text, start - 1);
      if (Character.isUpperCase(text.charAt(w))
          && !LEADING_WORDS.contains(text.substring(w, start - 1))) {
        return true;
      }
    }
    if (end + 1 < text.length()
        && text.charAt(end) == ' '
        && Character.isUpperCase(text.charAt(end + 1))) {
      return true;
    }
    // Rio Grande do Sul, Santiago de Compostela: a particle and another capitalised word continue
    // the name
    return particleAt(text, end + 1)
            && CONTINUATION
                .matcher(text.substring(end, Math.min(text.length(), end + 12)))
                .lookingAt()
        || (particleAt(text, start - 3) || particleAt(text, start - 4))
            && CONTINUED.matcher(text.substring(Math.max(0, start - 24), start)).find();
  }

  /**
   * Whether a particle of {@link #CONTINUATION} may start at {@code i} (after a space): its first
   * letter is d or l. Most places have none beside them, and the patterns are tried only then.
   */
  private static boolean particleAt(String text, int i) {
    if (i < 1 || i >= text.length() || text.charAt(i - 1) != ' ') {
      return false;
    }
    char c = text.charAt(i);
    return c == 'd' || c == 'l';
  }

  private static final Pattern CONTINUED =
      Pattern.compile("\\p{Lu}\\p{L}+ (?:do|da|de|del|dos|das|di|du|la|le) $");

  private static final Pattern CONTINUATION =
      Pattern.compile(" (?:do|da|de|del|dos|das|di|du|la|le) \\p{Lu}");
}
