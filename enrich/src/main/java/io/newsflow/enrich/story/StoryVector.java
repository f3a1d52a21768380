package io.newsflow.enrich.story;

import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.enrich.extract.TextNormalizer;
import io.newsflow.enrich.tag.LanguageDetector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

  /** Grammar words of every language told apart, and the vocabulary of reporting itself. */
  private static final TermTable STOPWORDS = stopwords();

  public static StoryVector of(EnrichedArticle a) {
    TermTable counts = new TermTable(256);
    String title = a.getTitle() == null ? "" : a.getTitle();
    char[] buf = new char[64];
    int budget = tokens(title, Integer.MAX_VALUE, counts, buf);
    tokens(a.getText(), MAX_TOKENS + budget, counts, buf);
    Set<String> places = new TreeSet<>();
    Map<String, String> entities = new LinkedHashMap<>();
    for (Entity e : a.getEntities()) {
      boolean country = e.getType() == EntityType.COUNTRY;
      counts.add(
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
    return new StoryVector(normalised(counts.strongest(MAX_TERMS)), places, entities);
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

  /** A centroid plus this report's vector, the strongest terms kept. */
  public Map<String, Float> addTo(Map<String, Float> centroid, int keep) {
    Map<String, Float> sum = new HashMap<>(centroid);
    terms.forEach((t, w) -> sum.merge(t, w, Float::sum));
    return strongest(sum, keep);
  }

  /**
   * Counts the content tokens of {@code text} into {@code counts}, at most {@code max}; returns how
   * many. A token is cut and lower-cased into {@code buf} (after a slot for the number sign), and
   * becomes a string only the first time the report uses it.
   */
  private static int tokens(String text, int max, TermTable counts, char[] buf) {
    int n = 0;
    int i = 0;
    int len = text.length();
    while (i < len && n < max) {
      int cp = text.codePointAt(i);
      if (!TextNormalizer.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int end = 1; // buf[0] is for '#'
      boolean digits = true;
      boolean ideographic = isIdeographic(cp);
      while (i < len) {
        char ch = text.charAt(i);
        if (ch < 128) { // ASCII: no Unicode tables
          if (!TextNormalizer.isLetterOrDigit(ch) || ideographic) {
            break;
          }
          boolean digit = ch <= '9';
          digits &= digit;
          if (end == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
          }
          buf[end++] = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
          i++;
          continue;
        }
        int c = text.codePointAt(i);
        if (!TextNormalizer.isLetterOrDigit(c) || isIdeographic(c) != ideographic) {
          break;
        }
        digits &= Character.isDigit(c);
        if (end + 2 > buf.length) {
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
        end += Character.toChars(Character.toLowerCase(c), buf, end);
        i += Character.charCount(c);
      }
      n++;
      int length = end - 1;
      if (ideographic) { // no spaces between words: character pairs stand in for words
        for (int k = 1; k + 1 < end; k++) {
          counts.add(buf, k, k + 2, WORD, 1);
        }
      } else if (digits) {
        if (length >= 2) {
          boolean year = length == 4 && (buf[1] == '1' || buf[1] == '2');
          buf[0] = '#';
          counts.add(buf, 0, end, year ? YEAR : NUMBER, 1);
        }
      } else if (length >= 3 && !STOPWORDS.contains(buf, 1, end)) {
        counts.add(buf, 1, end, WORD, 1);
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

  static Map<String, Float> strongest(Map<String, Float> weights, int keep) {
    if (weights.size() <= keep) {
      return weights;
    }
    String[] terms = new String[weights.size()];
    float[] w = new float[weights.size()];
    int n = 0;
    for (Map.Entry<String, Float> e : weights.entrySet()) {
      terms[n] = e.getKey();
      w[n++] = e.getValue();
    }
    return TermTable.strongest(terms, w, n, keep);
  }

  private static Map<String, Float> normalised(Map<String, Float> weights) {
    double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
    Map<String, Float> out = new HashMap<>();
    weights.forEach((t, w) -> out.put(t, (float) (w / norm)));
    return out;
  }

  private static TermTable stopwords() {
    Set<String> all = new HashSet<>(readStopwords());
    all.addAll(LanguageDetector.allFunctionWords());
    return TermTable.of(all);
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
