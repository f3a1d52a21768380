package io.newsflow.enrich.tag;

import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Countries and known entities in one language other than English, with the same ids as in English:
 * <ul>
 *   <li>countries by their names in that language from the JDK's CLDR tables (every ISO 3166 country), plus the
 *       short forms and demonyms of {@code i18n/countries.tsv};</li>
 *   <li>knowledge-base entries by their aliases in that language ({@code kb/aliases.tsv}); in Latin-script
 *       languages also by their English names, so German "Putins" is Putin;</li>
 * </ul>
 * all matched through {@link LocalNames} with the language's folding and endings ({@code i18n/languages.tsv}).
 */
public final class LocalLexicon {
  private static final String COUNTRIES = "/io/newsflow/enrich/i18n/countries.tsv";
  private static final String ALIASES = "/io/newsflow/enrich/kb/aliases.tsv";
  private static final String PLACES = "/io/newsflow/enrich/i18n/places.tsv";
  private static final Set<String> LATIN_SCRIPT = Set.of("de", "fr", "es", "pt", "it", "nl", "pl", "tr", "sv", "da",
      "no", "nb", "fi", "ro", "cs", "sk", "hu", "hr", "sl", "id", "ms", "vi", "sw", "ca", "et", "lv", "lt", "sq", "af",
      "tl", "eu", "gl", "bs", "az", "uz", "mt", "ga", "cy", "is");

  /**
   * What a text says in this language: country mentions (no demonyms), the countries it is about, known entities,
   * and cities named in this language.
   */
  public record Found(List<Entity> countries, List<String> codes, List<Entity> known, List<Entity> places) {}

  private record CountryName(String code, boolean demonym) {}

  private final String language;
  private final CountryTagger countryTagger;
  private final LocalNames<CountryName> countries;
  private final LocalNames<KnowledgeBase.Entry> known;
  private final LocalNames<String> places;
  private final CityTagger cities;

  public LocalLexicon(String language, CountryTagger countryTagger, KnowledgeBase kb, CityTagger cities) {
    this.language = language;
    this.countryTagger = countryTagger;
    this.cities = cities;
    this.places = new LocalNames<>(language);
    for (String[] f : TsvResource.rows(PLACES)) {
      if (!cities.hasCity(f[0])) {
        throw new IllegalStateException(PLACES + ": kb/cities.tsv has no city named " + f[0]);
      }
      if (f[1].equals(language)) {
        split(f[2]).forEach(n -> places.put(n, f[0]));
      }
    }
    this.countries = new LocalNames<>(language, (a, b) -> a.code().equals(b.code()));
    this.known = new LocalNames<>(language);
    for (String[] f : TsvResource.rows(COUNTRIES)) {
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
    for (String[] f : TsvResource.rows(ALIASES)) {
      KnowledgeBase.Entry e = byName.get(f[0]);
      if (e == null) {
        throw new IllegalStateException(ALIASES + ": no knowledge-base entry is named " + f[0]);
      }
      if (f[1].equals(language)) {
        split(f[2]).forEach(a -> known.put(a, e));
      }
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
      if (name.isBlank() || name.equals(cc) || (!locale.getLanguage().equals("en")
          && name.equals(new Locale("", cc).getDisplayCountry(Locale.ENGLISH)) && !LATIN_SCRIPT.contains(language))) {
        continue; // no name in this language (the JDK falls back to English)
      }
      countries.put(name, new CountryName(cc, false));
      // "Мьянма (Бирма)", "刚果（金）", "Конго - Киншаса": the short form too, when it names one country only
      String base = name.split("\\s*[(（,،]|\\s+[-–]\\s+")[0].strip();
      if (!base.equals(name) && !base.isEmpty()) {
        bases.computeIfAbsent(base, k -> new ArrayList<>()).add(cc);
      }
    }
    bases.forEach((base, codes) -> {
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

  /** Whether a language is written in the Latin script (so English names and cues can occur in its text). */
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
        spans.computeIfAbsent(h.value().code(), k -> new ArrayList<>()).add(new Span(h.start(), h.end()));
      }
    }
    List<Entity> countryEntities = new ArrayList<>();
    spans.forEach((cc, s) -> countryEntities.add(Entity.newBuilder().setId(countryTagger.id(cc))
        .setName(countryTagger.name(cc)).setType(EntityType.COUNTRY).setMentions(s.size()).setSpans(s)
        .setCountry(cc).build()));
    countryEntities.sort(Comparator.comparingInt(Entity::getMentions).reversed());
    List<String> codes = new ArrayList<>(counts.keySet());
    codes.sort(Comparator.comparingInt(c -> -counts.get(c)));
    Map<KnowledgeBase.Entry, List<Span>> entries = new LinkedHashMap<>();
    for (LocalNames.Hit<KnowledgeBase.Entry> h : known.find(text)) {
      entries.computeIfAbsent(h.value(), k -> new ArrayList<>()).add(new Span(h.start(), h.end()));
    }
    List<Entity> knownEntities = new ArrayList<>();
    entries.forEach((e, s) -> knownEntities.add(Entity.newBuilder().setId(e.id()).setName(e.name()).setType(e.type())
        .setMentions(s.size()).setSpans(s).setCountry(e.country()).build()));
    Map<String, List<Span>> placeSpans = new LinkedHashMap<>();
    for (LocalNames.Hit<String> h : places.find(text)) {
      placeSpans.computeIfAbsent(h.value(), k -> new ArrayList<>()).add(new Span(h.start(), h.end()));
    }
    List<Entity> placeEntities = new ArrayList<>();
    placeSpans.forEach((name, s) -> placeEntities.add(cities.entity(name, s)));
    return new Found(countryEntities, codes, knownEntities, placeEntities);
  }
}
