package io.newsflow.enrich.tag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Towns from GeoNames of 15,000 to 100,000 people (kb/towns.tsv; the cities above that are {@link
 * CityTagger}'s). Too many of their names are also words, people or streets to tag them by list, so
 * they only name what the NER model or a rule already found: a lone word the model calls a person
 * may be the town ("the ports of Chabahar and Gwadar"), and a place it found gets the town's
 * GeoNames id, and only where a country the article names has exactly one town of that name.
 */
public final class Towns {
  /** A town: its GeoNames id ({@code geonames:<id>}), name and ISO country code. */
  public record Town(String id, String name, String country, long population) {}

  private final Map<String, List<Town>> byName = new HashMap<>();

  private static final class Holder {
    static final Towns SHIPPED = load();
  }

  public static Towns shipped() {
    return Holder.SHIPPED;
  }

  private static Towns load() {
    Towns t = new Towns();
    for (String[] f : TsvResource.rows("/io/newsflow/enrich/kb/towns.tsv")) {
      Town town = new Town("geonames:" + f[0], f[1], f[2], Long.parseLong(f[3]));
      t.add(f[1], town);
      if (f.length > 4) {
        for (String alt : f[4].split("\\|")) {
          t.add(alt, town);
        }
      }
    }
    return t;
  }

  private void add(String name, Town town) {
    if (name.isBlank()) {
      return;
    }
    String plainSign = CityTagger.withoutSoftSign(name, town.country());
    if (!plainSign.equals(name)) {
      add(plainSign, town); // Vovchans’k, as news writes it: Vovchansk
    }
    List<Town> list = byName.computeIfAbsent(key(name), k -> new ArrayList<>(1));
    if (!list.contains(town)) {
      list.add(town);
    }
  }

  /** Lower case without diacritics: "Tibu" finds Tibú. */
  static String key(String name) {
    return CityTagger.withoutDiacritics(name.strip()).toLowerCase(Locale.ROOT);
  }

  /** Whether some town is called this. */
  public boolean isTown(String name) {
    return byName.containsKey(key(name));
  }

  /**
   * The town a name stands for in an article about these countries: the only town of that name in a
   * country the article names; none otherwise. A name no country of the article backs is not taken
   * even when one town alone bears it: too many are also other things (Asia, a town in the
   * Philippines; Lac, in Albania), and a wrong town would bring a wrong country.
   */
  public Optional<Town> resolve(String name, Collection<String> articleCountries) {
    List<Town> list = byName.get(key(name));
    if (list == null) {
      return Optional.empty();
    }
    List<Town> named = list.stream().filter(t -> articleCountries.contains(t.country())).toList();
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }
}
