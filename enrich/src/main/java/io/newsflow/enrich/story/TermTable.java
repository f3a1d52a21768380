package io.newsflow.enrich.story;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Terms with a weight and a count, looked up by their characters without building a string: a
 * report's tokens are counted here, and a term's string is made once, the first time it is seen.
 * Open addressing on a 64-bit hash; a hit compares the characters, so two terms never merge.
 */
final class TermTable {
  private long[] hashes;
  private String[] terms;
  private float[] weights;
  private float[] counts;
  private int size;

  TermTable(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
    hashes = new long[cap];
    terms = new String[cap];
    weights = new float[cap];
    counts = new float[cap];
  }

  /** A table of {@code words}, for {@link #contains}. */
  static TermTable of(Collection<String> words) {
    TermTable t = new TermTable(words.size());
    for (String w : words) {
      t.add(w, 0, 0);
    }
    return t;
  }

  int size() {
    return size;
  }

  /** Counts {@code n} more of the term {@code chars[from, to)}, of the given kind's weight. */
  void add(char[] chars, int from, int to, float weight, int n) {
    long h = hash(chars, from, to);
    int mask = hashes.length - 1;
    for (int i = (int) h & mask; ; i = (i + 1) & mask) {
      if (terms[i] == null) {
        put(i, h, new String(chars, from, to - from), weight, n);
        return;
      }
      if (hashes[i] == h && same(terms[i], chars, from, to)) {
        counts[i] += n;
        return;
      }
    }
  }

  /** Counts {@code n} more of {@code term}, of the given kind's weight. */
  void add(String term, float weight, int n) {
    char[] chars = term.toCharArray(); // a few entity ids a report: no second lookup path
    add(chars, 0, chars.length, weight, n);
  }

  boolean contains(char[] chars, int from, int to) {
    long h = hash(chars, from, to);
    int mask = hashes.length - 1;
    for (int i = (int) h & mask; terms[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == h && same(terms[i], chars, from, to)) {
        return true;
      }
    }
    return false;
  }

  private void put(int slot, long h, String term, float weight, int n) {
    hashes[slot] = h;
    terms[slot] = term;
    weights[slot] = weight;
    counts[slot] = n;
    if (++size * 2 > hashes.length) {
      grow();
    }
  }

  private void grow() {
    long[] oh = hashes;
    String[] ot = terms;
    float[] ow = weights;
    float[] oc = counts;
    int cap = oh.length * 2;
    hashes = new long[cap];
    terms = new String[cap];
    weights = new float[cap];
    counts = new float[cap];
    int mask = cap - 1;
    for (int j = 0; j < oh.length; j++) {
      if (ot[j] != null) {
        int i = (int) oh[j] & mask;
        while (terms[i] != null) {
          i = (i + 1) & mask;
        }
        hashes[i] = oh[j];
        terms[i] = ot[j];
        weights[i] = ow[j];
        counts[i] = oc[j];
      }
    }
  }

  /**
   * Each term's weight, its kind's weight times one plus the log of its count; the strongest {@code
   * keep} (ties to the smaller term).
   */
  Map<String, Float> strongest(int keep) {
    String[] t = new String[size];
    float[] w = new float[size];
    int n = 0;
    for (int i = 0; i < terms.length; i++) {
      if (terms[i] != null) {
        t[n] = terms[i];
        w[n] = (float) (weights[i] * (1 + Math.log(counts[i])));
        n++;
      }
    }
    return strongest(t, w, n, keep);
  }

  /**
   * The {@code keep} heaviest of {@code terms[0, n)}, ties to the smaller term, so what is kept
   * never depends on hash order. Sorts primitive keys (weight, index), then orders by term only the
   * run of equal weights that the cut falls in.
   */
  static Map<String, Float> strongest(String[] terms, float[] weights, int n, int keep) {
    Map<String, Float> out = new HashMap<>(Math.max(16, Math.min(n, keep) * 2));
    if (n <= keep) {
      for (int i = 0; i < n; i++) {
        out.put(terms[i], weights[i]);
      }
      return out;
    }
    long[] order = new long[n];
    for (int i = 0; i < n; i++) {
      // weights are not negative: their bits order as they do; heaviest first
      order[i] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(weights[i])) << 32) | i;
    }
    Arrays.sort(order);
    float cutWeight = weights[(int) order[keep - 1]];
    int k = 0;
    while (k < keep && weights[(int) order[k]] != cutWeight) {
      out.put(terms[(int) order[k]], weights[(int) order[k]]);
      k++;
    }
    int runEnd = k;
    while (runEnd < n && weights[(int) order[runEnd]] == cutWeight) {
      runEnd++;
    }
    String[] run = new String[runEnd - k];
    for (int j = k; j < runEnd; j++) {
      run[j - k] = terms[(int) order[j]];
    }
    Arrays.sort(run);
    for (int j = 0; j < keep - k; j++) {
      out.put(run[j], cutWeight);
    }
    return out;
  }

  private static boolean same(String term, char[] chars, int from, int to) {
    if (term.length() != to - from) {
      return false;
    }
    for (int k = 0; k < term.length(); k++) {
      if (term.charAt(k) != chars[from + k]) {
        return false;
      }
    }
    return true;
  }

  private static long hash(char[] chars, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int k = from; k < to; k++) {
      h = (h ^ chars[k]) * 0x100000001b3L;
    }
    return mix(h);
  }

  /** FNV-1a's low bits are weak for short keys; a finaliser spreads them over the slots. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
