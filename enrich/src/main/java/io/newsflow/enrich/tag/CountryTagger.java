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

/**
 * Finds countries in text by their English names (every ISO 3166-1 country, from the JDK), common aliases and
 * demonyms (a demonym names the country's actors: "Iranian police" is about Iran). Case-sensitive, so common words
 * that are also country names in lower case ("turkey", "chad") do not match. Ids are Wikidata QIDs (Q794 for Iran).
 */
public final class CountryTagger {
  private final Map<String, String> codeByName = new HashMap<>();
  private final Map<String, String> displayName = new HashMap<>();
  private final Map<String, String> qidByCode = new HashMap<>();
  private final Gazetteer<String> gazetteer = Gazetteer.caseSensitive();

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
          }
        }
      }
    }
    codeByName.forEach(gazetteer::put);
    for (String[] f : TsvResource.rows("/io/newsflow/enrich/kb/country-qids.tsv")) {
      qidByCode.put(f[0], f[1]);
    }
  }

  /** The country's canonical id: its Wikidata QID (kb/country-qids.tsv), or country:CC for a code it lacks. */
  public String id(String code) {
    return qidByCode.getOrDefault(code, "country:" + code);
  }

  private void add(String name, String cc) {
    codeByName.putIfAbsent(name, cc);
  }

  /** Whether a text is exactly a country's name, alias or demonym. */
  public boolean isCountryName(String s) {
    return codeByName.containsKey(s);
  }

  public String name(String code) {
    return displayName.getOrDefault(code, code);
  }

  /** Country entities, most mentioned first. */
  public List<Entity> tag(String text) {
    Map<String, List<Span>> spans = new LinkedHashMap<>();
    for (Gazetteer.Hit<String> h : gazetteer.find(text)) {
      spans.computeIfAbsent(h.value(), k -> new ArrayList<>()).add(new Span(h.start(), h.end()));
    }
    List<Entity> out = new ArrayList<>();
    spans.forEach((cc, s) -> out.add(Entity.newBuilder()
        .setId(id(cc))
        .setName(name(cc))
        .setType(EntityType.COUNTRY)
        .setMentions(s.size())
        .setSpans(s)
        .setCountry(cc)
        .build()));
    out.sort(Comparator.comparingInt(Entity::getMentions).reversed());
    return out;
  }
}
