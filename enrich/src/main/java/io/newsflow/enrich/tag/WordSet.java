package io.newsflow.enrich.tag;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;

/**
 * An immutable set of words for the recogniser's and the rules' word lists, asked about nearly
 * every word of every text, mostly a fresh substring whose hash is not yet computed ({@code Set.of}
 * hashes the whole string first: with its probe, a tenth of the entity step). Here a few of its
 * characters are hashed ({@link #key}), a filter on that answers most misses, and the table keyed
 * by it leaves the rest to {@code equals}. Iterates in the order given.
 */
public final class WordSet extends AbstractSet<String> {
  private final String[] order;
  private final String[] table;
  private final int mask;

  /**
   * A filter on each word's length and its first, second and last characters ({@link #key}): a word
   * whose bit is clear is in no list; the bits are one in about thirty for a list of any size.
   */
  private final long[] filter;

  private final int filterMask;

  private WordSet(Collection<String> words) {
    LinkedHashSet<String> unique = new LinkedHashSet<>(words);
    order = unique.toArray(new String[0]);
    int cap = Integer.highestOneBit(Math.max(4, order.length * 3)) << 1;
    table = new String[cap];
    mask = cap - 1;
    int bits = Integer.highestOneBit(Math.max(64, order.length * 32));
    filter = new long[bits >>> 6];
    filterMask = bits - 1;
    for (String w : order) {
      int h = key(w);
      int k = h & filterMask;
      filter[k >>> 6] |= 1L << k;
      int i = Integer.rotateRight(h, 16) & mask;
      while (table[i] != null) {
        i = (i + 1) & mask;
      }
      table[i] = w;
    }
  }

  public static WordSet of(String... words) {
    return new WordSet(Arrays.asList(words));
  }

  public static WordSet copyOf(Collection<String> words) {
    return words instanceof WordSet w ? w : new WordSet(words);
  }

  /**
   * A hash of a word's length and first, second, middle and last characters, read without a loop:
   * both the filter's and the table's (the word's own hash would read every character).
   */
  private static int key(String s) {
    int n = s.length();
    if (n == 0) {
      return 0;
    }
    int h = (n * 31 + s.charAt(0)) * 31 + s.charAt(n > 1 ? 1 : 0);
    h = (h * 31 + s.charAt(n >>> 1)) * 31 + s.charAt(n - 1);
    h *= 0x85EBCA6B; // murmur3's finaliser: every input bit reaches the low bits the filter reads
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }

  @Override
  public boolean contains(Object o) {
    if (!(o instanceof String s)) {
      return false;
    }
    int h = key(s);
    int k = h & filterMask;
    if ((filter[k >>> 6] & (1L << k)) == 0) {
      return false;
    }
    int i = Integer.rotateRight(h, 16) & mask;
    for (String w = table[i]; w != null; w = table[i]) {
      if (w.equals(s)) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  @Override
  public Iterator<String> iterator() {
    return Arrays.asList(order).iterator(); // the list's iterator refuses remove: immutable
  }

  @Override
  public int size() {
    return order.length;
  }
}
