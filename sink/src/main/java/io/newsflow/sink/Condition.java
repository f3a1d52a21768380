package io.newsflow.sink;

import io.newsflow.avro.Entity;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule's condition: all / any / not over leaves. Evaluating it records what matched, to explain
 * the alert.
 */
public sealed interface Condition {

  boolean test(Report r, Match m);

  record All(List<Condition> of) implements Condition {
    @Override
    public boolean test(Report r, Match m) {
      for (Condition c : of) {
        if (!c.test(r, m)) {
          return false;
        }
      }
      return true;
    }
  }

  record Any(List<Condition> of) implements Condition {
    @Override
    public boolean test(Report r, Match m) {
      boolean any = false;
      for (Condition c : of) {
        any |= c.test(r, m); // no short cut: every matching branch helps explain the alert
      }
      return any;
    }
  }

  record Not(Condition of) implements Condition {
    @Override
    public boolean test(Report r, Match m) {
      return !of.test(r, new Match()); // what a negated branch matched explains nothing
    }
  }

  /** Entity ids or names (case-insensitive); any one present matches. */
  record Entities(List<String> values) implements Condition {
    @Override
    public boolean test(Report r, Match m) {
      boolean hit = false;
      for (Entity e : r.article().getEntities()) {
        for (String v : values) {
          if (e.getId().equalsIgnoreCase(v) || e.getName().equalsIgnoreCase(v)) {
            m.entities.add(e.getId());
            hit = true;
          }
        }
      }
      return hit;
    }
  }

  /** Entity types (PERSON, ORGANIZATION, COUNTRY, LOCATION). */
  record Types(List<String> values) implements Condition {
    @Override
    public boolean test(Report r, Match m) {
      boolean hit = false;
      for (Entity e : r.article().getEntities()) {
        if (values.stream().anyMatch(v -> v.equalsIgnoreCase(e.getType().name()))) {
          m.entities.add(e.getId());
          hit = true;
        }
      }
      return hit;
    }
  }

  /** ISO 3166-1 alpha-2 codes. */
  record Countries(List<String> values) implements Condition {
    @Override
    public boolean test(Report r, Match m) {
      return anyOf(r.article().getCountries(), values, m.countries);
    }
  }

  record Categories(List<String> values) implements Condition {
    @Override
    public boolean test(Report r, Match m) {
      return anyOf(r.article().getCategories(), values, m.categories);
    }
  }

  /**
   * Whether any of the article's labels is one of the wanted values (case-insensitive); records
   * those that are.
   */
  private static boolean anyOf(List<String> labels, List<String> wanted, Set<String> matched) {
    boolean hit = false;
    for (String label : labels) {
      if (wanted.stream().anyMatch(label::equalsIgnoreCase)) {
        matched.add(label);
        hit = true;
      }
    }
    return hit;
  }

  record Sources(List<String> values) implements Condition {
    @Override
    public boolean test(Report r, Match m) {
      return values.stream().anyMatch(r.article().getSource()::equalsIgnoreCase);
    }
  }

  /** Case-insensitive whole words or phrases in the title or text. */
  record Keywords(List<String> values, List<String> lowered, List<Pattern> patterns)
      implements Condition {
    public static Keywords of(List<String> values) {
      List<String> lowered = values.stream().map(v -> v.toLowerCase(Locale.ROOT).strip()).toList();
      return new Keywords(
          values,
          lowered,
          lowered.stream()
              .map(
                  v ->
                      Pattern.compile(
                          "(?<![\\p{L}\\p{N}])"
                              + Pattern.quote(v).replace(" ", "\\E\\s+\\Q")
                              + "(?![\\p{L}\\p{N}])"))
              .toList());
    }

    @Override
    public boolean test(Report r, Match m) {
      boolean hit = false;
      for (int i = 0; i < patterns.size(); i++) {
        if (r.contains(lowered.get(i), patterns.get(i))) {
          m.keywords.add(values.get(i));
          hit = true;
        }
      }
      return hit;
    }
  }
}
