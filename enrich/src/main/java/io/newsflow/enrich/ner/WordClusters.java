package io.newsflow.enrich.ner;

import io.newsflow.enrich.tag.ShippedResource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Word classes learnt from unlabelled text: lower-cased words grouped by their GloVe vectors
 * (Wikipedia and Gigaword newswire) into a tree of clusters, so the model knows that an unseen
 * "Bergkamp" sits with footballers' surnames and "Ajax" with clubs, where no training sentence and
 * no list says so (word clusters as NER features: Ratinov and Roth 2009, Turian et al. 2010). The
 * tree is built by spherical k-means, each level splitting the groups of the one above; {@code
 * newsflow train clusters} rebuilds the shipped file from the vectors.
 */
public final class WordClusters {
  public static final String RESOURCE = "/io/newsflow/enrich/ner/clusters-en.tsv.gz";

  /**
   * Children per group at each level: 16, then 16 each (256), 8 each (2,048), 4 each (8,192 of
   * about 24 words). Three levels, or 16,384 or 32,768 clusters at the fourth, scored no better on
   * the NER dev splits.
   */
  static final int[] BRANCHING = {16, 16, 8, 4};

  /** A level's cluster is its finest descendant's id divided by this. */
  private static final int[] SPAN = new int[BRANCHING.length];

  static {
    int span = 1;
    for (int l = BRANCHING.length - 1; l >= 0; l--) {
      SPAN[l] = span;
      span *= BRANCHING[l];
    }
  }

  /** Lower-cased word hash -> its finest cluster's id + 1 (ids number each level's clusters). */
  private final LongIntMap ids;

  private WordClusters(LongIntMap ids) {
    this.ids = ids;
  }

  private static final class Holder {
    static final WordClusters SHIPPED = load();

    private static WordClusters load() {
      return ShippedResource.read(
          WordClusters.class, RESOURCE, "the word clusters", "part of the jar", WordClusters::read);
    }
  }

  public static WordClusters shipped() {
    return Holder.SHIPPED;
  }

  /**
   * A word's finest cluster id + 1 given its lower-cased hash ({@link #level} reads any level from
   * it), or 0 for a word without a cluster.
   */
  int of(int lowerHash) {
    return ids.get(lowerHash, 0);
  }

  /** The cluster at a level (0 is the top) of a word's {@link #of} value, which is not 0. */
  static int level(int packed, int level) {
    return (packed - 1) / SPAN[level];
  }

  int size() {
    return ids.size();
  }

  /**
   * Reads the gzipped file: one word per line, then its cluster at each level from the top, tab
   * separated; the last, finest one names the others.
   */
  static WordClusters read(InputStream is) throws IOException {
    LongIntMap m = new LongIntMap(1 << 18);
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(is, 1 << 16), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        int t1 = line.indexOf('\t');
        int finest = Integer.parseInt(line, line.lastIndexOf('\t') + 1, line.length(), 10);
        int word = NerFeatures.lowerHash(line.substring(0, t1));
        // words come most frequent first; of two that share a hash (577 of 200,000, "do" and
        // "f1") the more frequent keeps its cluster
        if (m.get(word, 0) == 0) {
          m.put(word, finest + 1);
        }
      }
    }
    return new WordClusters(m);
  }

  /**
   * Clusters the words by their vectors and writes the file {@link #read} reads. Deterministic for
   * the same words, vectors and seed.
   */
  public static void build(
      List<String> words, float[][] vectors, long seed, OutputStream os, Consumer<String> progress)
      throws IOException {
    int n = words.size();
    float[][] unit = new float[n][];
    for (int i = 0; i < n; i++) {
      unit[i] = normalised(vectors[i]);
    }
    int[][] path = new int[BRANCHING.length][n];
    List<int[]> groups = new ArrayList<>();
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    groups.add(all);
    Random rnd = new Random(seed);
    for (int level = 0; level < BRANCHING.length; level++) {
      int k = BRANCHING[level];
      List<int[]> next = new ArrayList<>();
      for (int g = 0; g < groups.size(); g++) {
        int[] members = groups.get(g);
        int[] assign = kmeans(unit, members, k, rnd);
        for (int c = 0; c < k; c++) {
          int size = 0;
          for (int a : assign) {
            size += a == c ? 1 : 0;
          }
          int[] child = new int[size];
          int j = 0;
          for (int i = 0; i < members.length; i++) {
            if (assign[i] == c) {
              child[j++] = members[i];
              path[level][members[i]] = g * k + c;
            }
          }
          next.add(child);
        }
      }
      groups = next;
      progress.accept(
          String.format(
              Locale.ROOT, "level %d: %d clusters of %d words", level + 1, groups.size(), n));
    }
    try (Writer w =
        new OutputStreamWriter(new GZIPOutputStream(os, 1 << 16), StandardCharsets.UTF_8)) {
      w.write("# word, then its cluster at each level from the top (newsflow train clusters)\n");
      for (int i = 0; i < n; i++) {
        w.write(words.get(i));
        for (int[] p : path) {
          w.write('\t');
          w.write(Integer.toString(p[i]));
        }
        w.write('\n');
      }
    }
  }

  private static float[] normalised(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    float[] u = v.clone();
    float inv = s == 0 ? 0 : (float) (1 / Math.sqrt(s));
    for (int i = 0; i < u.length; i++) {
      u[i] *= inv;
    }
    return u;
  }

  /**
   * Spherical k-means (cosine similarity) of the members, seeded by k-means++; returns each
   * member's cluster. Fewer members than clusters: each its own, the rest empty.
   */
  static int[] kmeans(float[][] unit, int[] members, int k, Random rnd) {
    int n = members.length;
    int[] assign = new int[n];
    if (n <= k) {
      for (int i = 0; i < n; i++) {
        assign[i] = i;
      }
      return assign;
    }
    int dim = unit[members[0]].length;
    float[][] centre = new float[k][];
    // k-means++: each next centre drawn in proportion to its distance from the nearest one chosen
    double[] dist = new double[n];
    centre[0] = unit[members[rnd.nextInt(n)]].clone();
    java.util.Arrays.fill(dist, Double.MAX_VALUE);
    for (int c = 1; c < k; c++) {
      double total = 0;
      for (int i = 0; i < n; i++) {
        double d = 1 - dot(unit[members[i]], centre[c - 1]);
        dist[i] = Math.min(dist[i], Math.max(0, d));
        total += dist[i];
      }
      double pick = rnd.nextDouble() * total;
      int chosen = n - 1;
      for (int i = 0; i < n; i++) {
        pick -= dist[i];
        if (pick <= 0) {
          chosen = i;
          break;
        }
      }
      centre[c] = unit[members[chosen]].clone();
    }
    java.util.Arrays.fill(assign, -1);
    for (int iter = 0; iter < 25; iter++) {
      int changed = 0;
      for (int i = 0; i < n; i++) {
        float[] v = unit[members[i]];
        int best = 0;
        double top = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          double s = dot(v, centre[c]);
          if (s > top) {
            top = s;
            best = c;
          }
        }
        if (assign[i] != best) {
          assign[i] = best;
          changed++;
        }
      }
      if (changed == 0) {
        break;
      }
      float[][] sum = new float[k][dim];
      for (int i = 0; i < n; i++) {
        float[] v = unit[members[i]];
        float[] s = sum[assign[i]];
        for (int d = 0; d < dim; d++) {
          s[d] += v[d];
        }
      }
      for (int c = 0; c < k; c++) {
        // an emptied cluster keeps its centre
        if (dot(sum[c], sum[c]) > 0) {
          centre[c] = normalised(sum[c]);
        }
      }
    }
    return assign;
  }

  private static double dot(float[] a, float[] b) {
    float s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
