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
 * Finds countries in text by their English names (every ISO 3166-1 country, from the JDK), common
 * aliases and demonyms (a demonym names the country's actors: "Iranian police" is about Iran).
 * Case-sensitive, so common words that are also country names in lower case ("turkey", "chad") do
 * not match. Ids are Wikidata QIDs (Q794 for Iran).
 */
public final class CountryTagger {
  private final Map<String, String> codeByName = new HashMap<>();
  private final Map<String, String> displayName = new HashMap<>();
  private final Map<String, String> qidByCode = new HashMap<>();
  private final Gazetteer<String> gazetteer = Gazetteer.caseSensitive();
  private final Set<String> demonyms = new HashSet<>();

  /**
   * Places no country list names: continents, former countries, the UK's nations (places-extra).
   */
  private final Set<String> extraPlaces = new HashSet<>();

  /** The names above as {@link WordSet}s, asked about many words of every text. */
  private final WordSet countryNames;

  private final WordSet placeNames;

  private final WordSet demonymWords;

  /**
   * What a text says of countries: entities for the names (a demonym is not a mention of a place:
   * "Iranian" is not a location), and every country it names or implies, with names and demonyms
   * counted together, most first.
   */
  public record Found(List<Entity> entities, List<String> codes, List<Entity> places) {
    public Found(List<Entity> entities, List<String> codes) {
      this(entities, codes, List.of());
    }
  }

  /**
   * Places whose name holds a country's name and that are not that country: Northern Ireland, North
   * America, West Germany, Kuwait City. The longest name wins, so the country word inside is no
   * country mention; the place counts for the country it lies in (Northern Ireland: GB), if any
   * (North America: none). Key: the name; value: that country's code, or "".
   */
  private final Map<String, String> compounds = new HashMap<>();

  private static final String COMPOUND = "@";

  /**
   * Places of places-extra.tsv of two words or more that name no country (Middle East, Wall
   * Street): found only where no capitalised word runs on before or after them.
   */
  private final Set<String> placesStandingAlone = new HashSet<>();

  public CountryTagger() {
    for (String cc : Locale.getISOCountries()) {
      String name = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
      displayName.put(cc, name);
      add(name, cc);
      // "Bosnia & Herzegovina" -> also "Bosnia and Herzegovina"
      if (name.contains("&")) {
        add(name.replace("&", "and"), cc);
      }
    }
    displayName.put("XK", "Kosovo");
    for (String[] f : TsvResource.rows("/io/newsflow/enrich/country-aliases.tsv")) {
      for (int i = 1; i < f.length; i++) {
        for (String alias : f[i].split("\\|")) {
          if (!alias.isBlank()) {
            add(alias.trim(), f[0]);
            if (i == 2) {
              demonyms.add(alias.trim());
            }
          }
        }
      }
    }
    codeByName.forEach(gazetteer::put);
    for (String[] f : TsvResource.rows("/io/newsflow/enrich/kb/places-extra.tsv")) {
      String name = f[0].trim();
      extraPlaces.add(name);
      // a name of two words or more is found as it stands ("Middle East", which the model
      // misses); one word only where the model reads it ("Caribbean islands" are no place)
      if (!codeByName.containsKey(name) && holdsCountry(name)) {
        compounds.put(name, f.length > 1 ? f[1].trim() : "");
      } else if (!codeByName.containsKey(name) && name.indexOf(' ') > 0) {
        compounds.put(name, f.length > 1 ? f[1].trim() : "");
        placesStandingAlone.add(name);
      }
    }
    for (Map.Entry<String, String> e : codeByName.entrySet()) {
      String city = e.getKey() + " City"; // Kuwait City, Panama City; Vatican City is the country
      if (!demonyms.contains(e.getKey())
          && Character.isUpperCase(e.getKey().charAt(0))
          && !codeByName.containsKey(city)) {
        compounds.putIfAbsent(city, e.getValue());
      }
    }
    compounds.keySet().forEach(name -> gazetteer.put(name, COMPOUND + name));
    for (String[] f : TsvResource.rows("/io/newsflow/enrich/kb/country-qids.tsv")) {
      qidByCode.put(f[0], f[1]);
    }
    countryNames = WordSet.copyOf(codeByName.keySet());
    Set<String> places = new HashSet<>(codeByName.keySet());
    places.addAll(extraPlaces);
    placeNames = WordSet.copyOf(places);
    demonymWords = WordSet.copyOf(demonyms);
  }

  /**
   * The country's canonical id: its Wikidata QID (kb/country-qids.tsv), or country:CC for a code it
   * lacks.
   */
  public String id(String code) {
    return qidByCode.getOrDefault(code, "country:" + code);
  }

  /** Whether some run of the name's words is a country's name, alias or demonym (Indian Ocean). */
  private boolean holdsCountry(String name) {
    String[] words = name.split(" ");
    for (int i = 0; i < words.length; i++) {
      StringBuilder run = new StringBuilder();
      for (int j = i; j < words.length; j++) {
        run.append(j > i ? " " : "").append(words[j]);
        String r = run.toString();
        if ((i > 0 || j < words.length - 1) && codeByName.containsKey(r)) {
          return true;
        }
      }
    }
    return false;
  }

  private void add(String name, String cc) {
    codeByName.putIfAbsent(name, cc);
  }

  /** Whether a text is exactly a country's name, alias or demonym. */
  public boolean isCountryName(String s) {
    return countryNames.contains(s);
  }

  /**
   * Whether a text is exactly a country's name, alias or demonym, or a place of places-extra.tsv
   * (Soviet Union, Middle East): no rule makes an organisation or a person of it.
   */
  public boolean isPlaceName(String s) {
    return placeNames.contains(s);
  }

  public String name(String code) {
    return displayName.getOrDefault(code, code);
  }

  /** Country entities for the names in the text (not its demonyms), most mentioned first. */
  public List<Entity> tag(String text) {
    return find(text).entities();
  }

  public Found find(String text) {
    Map<String, List<Span>> spans = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, List<Span>> places = new LinkedHashMap<>();
    for (Gazetteer.Hit<String> h : gazetteer.find(text)) {
      if (h.value().startsWith(COMPOUND)) {
        String name = h.value().substring(COMPOUND.length());
        if (placesStandingAlone.contains(name)
            && CityTagger.insideLongerName(text, h.start(), h.end())) {
          continue; // "German East Africa", "the Wall Street Journal": a longer name's words
        }
        places.computeIfAbsent(name, k -> new ArrayList<>()).add(new Span(h.start(), h.end()));
        String cc = compounds.get(name);
        if (!cc.isEmpty()) {
          counts.merge(cc, 1, Integer::sum);
        }
        continue;
      }
      counts.merge(h.value(), 1, Integer::sum);
      if (!demonymWords.contains(h.surface())) {
        spans.computeIfAbsent(h.value(), k -> new ArrayList<>()).add(new Span(h.start(), h.end()));
      }
    }
    List<Entity> out = new ArrayList<>();
    spans.forEach(
        (cc, s) ->
            out.add(
                Entity.newBuilder()
                    .setId(id(cc))
                    .setName(name(cc))
                    .setType(EntityType.COUNTRY)
                    .setMentions(s.size())
                    .setSpans(s)
                    .setCountry(cc)
                    .build()));
    out.sort(Comparator.comparingInt(Entity::getMentions).reversed());
    List<String> codes = new ArrayList<>(counts.keySet());
    codes.sort(Comparator.comparingInt(c -> -counts.get(c)));
    List<Entity> placeEntities = new ArrayList<>();
    places.forEach(
        (name, s) -> {
          String cc = compounds.get(name);
          placeEntities.add(
              Entity.newBuilder()
                  .setId("place:" + NameKeys.slug(name))
                  .setName(name)
                  .setType(EntityType.LOCATION)
                  .setMentions(s.size())
                  .setSpans(s)
                  .setCountry(cc.isEmpty() ? null : cc)
                  .build());
        });
    return new Found(out, codes, placeEntities);
  }

  /** Whether a word is a demonym ("Iranian"): it feeds countries, it is not a place's name. */
  public boolean isDemonym(String s) {
    return demonymWords.contains(s);
  }
}
