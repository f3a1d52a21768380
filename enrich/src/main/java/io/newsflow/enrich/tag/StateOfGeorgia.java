package io.newsflow.enrich.tag;

import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Georgia" names a country and a US state. The country list reads it as the country; this moves
 * its mentions to the state where the text says so, and to the state always in languages that call
 * the country otherwise (Georgien, Georgië, Gruzja, Géorgie: a German page's "Georgia" is the
 * state). In English a mention is the state after a US county or city ("Fulton County, Georgia",
 * "Atlanta, Georgia") or beside a US state in a list ("South Carolina, Georgia, Florida and
 * Alabama"); and every mention is, when one is or the text names Atlanta or Savannah, unless the
 * text names what only the country has (Tbilisi, Georgian, the Caucasus, Abkhazia, South Ossetia).
 *
 * @param found the countries and places, without the mentions moved
 * @param cities the cities and regions, with the state's entity added where it has mentions
 */
public record StateOfGeorgia(CountryTagger.Found found, List<Entity> cities) {
  public static final String STATE_ID = "iso3166-2:US-GA";
  private static final String COUNTRY = "GE";

  /** Languages whose name for the country is not "Georgia". */
  private static final Set<String> OTHER_NAME =
      Set.of("de", "nl", "pl", "fr", "sv", "da", "no", "nb", "fi", "cs", "sk", "hu", "ro", "tr");

  private static final String[] COUNTRY_ONLY = {
    "Tbilisi", "Georgian", "Caucasus", "Abkhazia", "Ossetia", "Batumi", "Kutaisi"
  };

  private static final String[] STATE_CITIES = {"Atlanta", "Savannah"};

  /** The country's and cities' entities with "Georgia" read as the text reads it. */
  public static StateOfGeorgia read(
      String text, String language, CountryTagger.Found found, List<Entity> cities) {
    Entity country = null;
    for (Entity e : found.entities()) {
      if (COUNTRY.equals(e.getCountry()) && e.getName().equals("Georgia")) {
        country = e;
      }
    }
    if (country == null || text.indexOf("Georgia") < 0) {
      return new StateOfGeorgia(found, cities);
    }
    List<Span> state = new ArrayList<>();
    List<Span> kept = new ArrayList<>();
    boolean everywhere = language != null && OTHER_NAME.contains(language);
    boolean countryNamed = false;
    for (String w : COUNTRY_ONLY) {
      countryNamed |= text.contains(w);
    }
    if (!everywhere && !countryNamed) {
      for (String w : STATE_CITIES) {
        everywhere |= containsWord(text, w);
      }
    }
    boolean anyLocal = false;
    for (Span sp : country.getSpans()) {
      boolean spelled = text.startsWith("Georgia", sp.getStart());
      boolean local = spelled && localCue(text, sp.getStart(), sp.getEnd(), cities);
      anyLocal |= local;
      (spelled && (everywhere || local) ? state : kept).add(sp);
    }
    if (anyLocal && !countryNamed && !everywhere) {
      for (Span sp : kept) {
        if (text.startsWith("Georgia", sp.getStart())) {
          state.add(sp);
        }
      }
      kept.removeIf(sp -> text.startsWith("Georgia", sp.getStart()));
    }
    if (state.isEmpty()) {
      return new StateOfGeorgia(found, cities);
    }
    state.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
    List<Entity> countries = new ArrayList<>(found.entities());
    countries.remove(country);
    List<String> codes = found.codes();
    if (!kept.isEmpty()) {
      countries.add(Entity.newBuilder(country).setSpans(kept).setMentions(kept.size()).build());
    } else {
      codes = codes.stream().filter(cc -> !cc.equals(COUNTRY)).toList();
    }
    List<Entity> withState = new ArrayList<>(cities);
    withState.add(
        Entity.newBuilder()
            .setId(STATE_ID)
            .setName("Georgia")
            .setType(EntityType.LOCATION)
            .setMentions(state.size())
            .setSpans(state)
            .setCountry("US")
            .build());
    return new StateOfGeorgia(new CountryTagger.Found(countries, codes, found.places()), withState);
  }

  /** After "County, " or a US city and a comma, or beside a US state over a comma or "and". */
  private static boolean localCue(String text, int start, int end, List<Entity> cities) {
    if (start >= 2
        && text.startsWith(", ", start - 2)
        && (text.startsWith("County", start - 8)
            || usPlaceEndingAt(cities, start - 2, false)
            || usPlaceEndingAt(cities, start - 2, true))) {
      return true;
    }
    for (String sep : new String[] {" and ", " und ", " or ", " en ", " et ", " i "}) {
      int at = start - sep.length();
      if (at >= 0 && text.startsWith(sep, at) && usPlaceEndingAt(cities, at, true)) {
        return true;
      }
      if (text.startsWith(sep, end) && usPlaceStartingAt(cities, end + sep.length())) {
        return true;
      }
    }
    return text.startsWith(", ", end) && usPlaceStartingAt(cities, end + 2);
  }

  /** Whether a US city (or, with {@code state}, a US state) of the list ends at {@code end}. */
  private static boolean usPlaceEndingAt(List<Entity> cities, int end, boolean state) {
    for (Entity c : cities) {
      if ("US".equals(c.getCountry()) && c.getId().startsWith("iso3166-2:") == state) {
        for (Span sp : c.getSpans()) {
          if (sp.getEnd() == end) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether a US state of the list starts at {@code start}. */
  private static boolean usPlaceStartingAt(List<Entity> cities, int start) {
    for (Entity c : cities) {
      if ("US".equals(c.getCountry()) && c.getId().startsWith("iso3166-2:")) {
        for (Span sp : c.getSpans()) {
          if (sp.getStart() == start) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean containsWord(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
          && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }
}
