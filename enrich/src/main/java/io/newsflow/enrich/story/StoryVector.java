package io.newsflow.enrich.story;

import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.enrich.tag.LanguageDetector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a report says about its event, as a weighted term vector: content words of the headline and
 * the opening text, numbers (casualties, amounts, scores), and the entities the tagger linked —
 * names and places weigh most, since two reports of one event share them while two events of one
 * kind share only the kind's words. Grammar words and the vocabulary of reporting itself ("said",
 * "officials", weekdays) are left out.
 *
 * @param terms the strongest terms, L2-normalised
 * @param places ids of the cities and regions named
 * @param entities ids and names of the entities named (countries excluded)
 */
public record StoryVector(
    Map<String, Float> terms, Set<String> places, Map<String, String> entities) {
  /**
   * The opening words carry the event; later paragraphs drift into background that other events
   * share.
   */
  static final int MAX_TOKENS = 400;

  /** Terms kept per report: enough for similarity, small enough to keep per story. */
  static final int MAX_TERMS = 60;

  static final float WORD = 1.0f;
  static final float NUMBER = 1.5f;
  static final float YEAR = 0.5f;
  static final float NAME = 1.5f;
  static final float COUNTRY = 0.5f;
  private static final Set<String> STOPWORDS = readStopwords();

  public static StoryVector of(EnrichedArticle a) {
    Map<String, float[]> counts = new HashMap<>(); // term -> {weight of its kind, count}
    String title = a.getTitle() == null ? "" : a.getTitle();
    int budget = tokens(title, Integer.MAX_VALUE, counts);
    tokens(a.getText(), MAX_TOKENS + budget, counts);
    Set<String> places = new TreeSet<>();
    Map<String, String> entities = new LinkedHashMap<>();
    for (Entity e : a.getEntities()) {
      boolean country = e.getType() == EntityType.COUNTRY;
      add(
          counts,
          (country ? "c:" : "e:") + e.getId(),
          country ? COUNTRY : NAME,
          Math.min(3, e.getMentions()));
      if (!country) {
        entities.put(e.getId(), e.getName());
      }
      if (e.getType() == EntityType.LOCATION) {
        places.add(e.getId());
      }
    }
    Map<String, Float> weights = new HashMap<>();
    counts.forEach((t, wc) -> weights.put(t, (float) (wc[0] * (1 + Math.log(wc[1])))));
    return new StoryVector(normalised(strongest(weights, MAX_TERMS)), places, entities);
  }

  /**
   * Index keys: the entities (countries excluded) and the strongest words, by which candidate
   * stories are found.
   */
  public List<String> keys(int words) {
    List<String> out = new ArrayList<>();
    List<Map.Entry<String, Float>> byWeight = new ArrayList<>(terms.entrySet());
    byWeight.sort(
        Map.Entry.<String, Float>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    int w = 0;
    for (Map.Entry<String, Float> e : byWeight) {
      if (e.getKey().startsWith("e:")) {
        out.add(e.getKey());
      } else if (!e.getKey().startsWith("c:") && w < words) {
        out.add(e.getKey());
        w++;
      }
    }
    return out;
  }

  /** Cosine similarity of a report to a story's centroid (not normalised). */
  public double cosine(Map<String, Float> centroid) {
    double dot = 0;
    double norm = 0;
    for (Map.Entry<String, Float> e : centroid.entrySet()) {
      float c = e.getValue();
      norm += c * c;
      Float t = terms.get(e.getKey());
      if (t != null) {
        dot += c * t;
      }
    }
    return norm == 0 ? 0 : dot / Math.sqrt(norm);
  }

  /** A centroid plus this report's vector, the strongest terms kept. */
  public Map<String, Float> addTo(Map<String, Float> centroid, int keep) {
    Map<String, Float> sum = new HashMap<>(centroid);
    terms.forEach((t, w) -> sum.merge(t, w, Float::sum));
    return strongest(sum, keep);
  }

  /**
   * Counts the content tokens of {@code text} into {@code counts}, at most {@code max}; returns how
   * many.
   */
  private static int tokens(String text, int max, Map<String, float[]> counts) {
    int n = 0;
    int i = 0;
    int len = text.length();
    StringBuilder word = new StringBuilder(24);
    while (i < len && n < max) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      word.setLength(0);
      boolean digits = true;
      boolean ideographic = isIdeographic(cp);
      while (i < len) {
        int c = text.codePointAt(i);
        if (!Character.isLetterOrDigit(c) || isIdeographic(c) != ideographic) {
          break;
        }
        digits &= Character.isDigit(c);
        word.appendCodePoint(Character.toLowerCase(c));
        i += Character.charCount(c);
      }
      n++;
      if (ideographic) { // no spaces between words: character pairs stand in for words
        String run = word.toString();
        for (int k = 0; k + 1 < run.length(); k++) {
          add(counts, run.substring(k, k + 2), WORD, 1);
        }
      } else if (digits) {
        if (word.length() >= 2) {
          boolean year = word.length() == 4 && (word.charAt(0) == '1' || word.charAt(0) == '2');
          add(counts, "#" + word, year ? YEAR : NUMBER, 1);
        }
      } else if (word.length() >= 3) {
        String w = word.toString();
        if (!STOPWORDS.contains(w) && !LanguageDetector.isFunctionWord(w)) {
          add(counts, w, WORD, 1);
        }
      }
    }
    return n;
  }

  private static boolean isIdeographic(int cp) {
    if (cp < 0x2E80) { // below the first CJK block: no script lookup for most text
      return false;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA;
  }

  private static void add(Map<String, float[]> counts, String term, float weight, int n) {
    float[] wc = counts.computeIfAbsent(term, t -> new float[] {weight, 0});
    wc[1] += n;
  }

  static Map<String, Float> strongest(Map<String, Float> weights, int keep) {
    if (weights.size() <= keep) {
      return weights;
    }
    List<Map.Entry<String, Float>> all = new ArrayList<>(weights.entrySet());
    // ties to the smaller term, so what is kept never depends on hash order
    all.sort(
        Map.Entry.<String, Float>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    Map<String, Float> out = new HashMap<>();
    for (Map.Entry<String, Float> e : all.subList(0, keep)) {
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  private static Map<String, Float> normalised(Map<String, Float> weights) {
    double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
    Map<String, Float> out = new HashMap<>();
    weights.forEach((t, w) -> out.put(t, (float) (w / norm)));
    return out;
  }

  private static Set<String> readStopwords() {
    Set<String> out = new HashSet<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                StoryVector.class.getResourceAsStream("stopwords.txt"), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.startsWith("#")) {
          for (String w : line.trim().split("\\s+")) {
            if (!w.isEmpty()) {
              out.add(w.toLowerCase(Locale.ROOT));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }

  static Comparator<Map.Entry<String, Integer>> byCountThenKey() {
    return Map.Entry.<String, Integer>comparingByValue()
        .reversed()
        .thenComparing(Map.Entry.comparingByKey());
  }
}
