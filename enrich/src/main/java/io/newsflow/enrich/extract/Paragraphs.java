package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops paragraphs said twice within one article (a lede repeated as a summary, a pull quote, a
 * re-rendered block).
 */
final class Paragraphs {
  /** Paragraphs at least this alike (shared words / all words) are one paragraph said twice. */
  static final double REPEAT_SIMILARITY = 0.8;

  /** How many earlier paragraphs a paragraph is compared with. */
  static final int WINDOW = 200;

  private Paragraphs() {}

  /**
   * The paragraphs in order, without the title and without repeats; of two alike, the fuller stands
   * first.
   */
  static List<String> withoutRepeats(List<String> in, String title) {
    List<String> paragraphs = new ArrayList<>();
    List<int[]> seen = new ArrayList<>();
    Map<String, Integer> byKey = new HashMap<>();
    List<Integer> longOnes = new ArrayList<>();
    List<long[]> sigs = new ArrayList<>();
    String titleKey = title == null ? "" : Blocks.key(title);
    for (String p : in) {
      String key = Blocks.key(p);
      if (key.isEmpty() || key.equals(titleKey)) {
        continue;
      }
      Integer exact = byKey.get(key);
      if (exact != null) {
        continue; // the same paragraph again
      }
      int[] words = words(key);
      long[] sig = signature(words);
      int same = -1;
      // near repeats need six words each, and are looked for among the last WINDOW such paragraphs:
      // a page of
      // thousands of lines (tables, lists) stays linear
      if (words.length >= 6) {
        for (int k = Math.max(0, longOnes.size() - WINDOW); k < longOnes.size() && same < 0; k++) {
          if (similar(seen.get(longOnes.get(k)), sigs.get(longOnes.get(k)), words, sig)) {
            same = longOnes.get(k);
          }
        }
      }
      if (same < 0) {
        if (words.length >= 6) {
          longOnes.add(seen.size());
        }
        byKey.put(key, seen.size());
        seen.add(words);
        sigs.add(sig);
        paragraphs.add(p);
      } else if (words.length > seen.get(same).length) {
        // said twice, once cut short (a lede repeated in full): keep the fuller one where the first
        // stood
        seen.set(same, words);
        sigs.set(same, sig);
        paragraphs.set(same, p);
      }
    }
    return paragraphs;
  }

  /**
   * The distinct words of a key as sorted hashes: comparing two is a merge, with no strings or
   * sets.
   */
  static int[] words(String key) {
    int[] h = new int[8];
    int n = 0;
    int hash = 0;
    boolean in = false;
    for (int i = 0; i <= key.length(); i++) {
      char c = i < key.length() ? key.charAt(i) : ' ';
      if (c == ' ') {
        if (in) {
          if (n == h.length) {
            h = Arrays.copyOf(h, n * 2);
          }
          h[n++] = hash;
        }
        hash = 0;
        in = false;
      } else {
        hash = 31 * hash + c;
        in = true;
      }
    }
    int[] w = Arrays.copyOf(h, n);
    Arrays.sort(w);
    int d = 0;
    for (int i = 0; i < w.length; i++) {
      if (d == 0 || w[d - 1] != w[i]) {
        w[d++] = w[i];
      }
    }
    return Arrays.copyOf(w, d);
  }

  /**
   * 256 bits, one per word hash: a word of one paragraph whose bit the other lacks is certainly
   * missing there.
   */
  static long[] signature(int[] words) {
    long[] sig = new long[4];
    for (int w : words) {
      int bit = (w * 0x9E3779B9) >>> 24;
      sig[bit >>> 6] |= 1L << (bit & 63);
    }
    return sig;
  }

  /** A lower bound of the words of {@code a} that {@code b} lacks. */
  private static int surelyMissing(long[] a, long[] b) {
    int n = 0;
    for (int i = 0; i < 4; i++) {
      n += Long.bitCount(a[i] & ~b[i]);
    }
    return n;
  }

  private static boolean similar(int[] a, long[] sigA, int[] b, long[] sigB) {
    int small = Math.min(a.length, b.length);
    if (small < 6) {
      return Arrays.equals(a, b);
    }
    // both rules need the smaller paragraph to lose at most a fifth of its words in the larger:
    // most pairs stop here
    boolean aSmall = a.length <= b.length;
    if (surelyMissing(aSmall ? sigA : sigB, aSmall ? sigB : sigA) > small / 5) {
      return false;
    }
    int shared = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    double jaccard = (double) shared / (a.length + b.length - shared);
    double containment = (double) shared / small;
    return jaccard >= REPEAT_SIMILARITY || (small >= 8 && containment >= 0.9);
  }
}
