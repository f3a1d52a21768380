package io.newsflow.enrich.ner;

/**
 * An open-addressing map from long keys to int values, without boxing: the tagger probes it for
 * every token. A slot is two adjacent longs, the key and the value with a "taken" bit above it, so
 * a probe reads one cache line (three arrays cost three misses per token in a map larger than the
 * cache: the lexicon's and the word clusters' are).
 */
public final class LongIntMap {
  private static final long TAKEN = 1L << 32;

  /** {@code slots[2i]} the key, {@code slots[2i + 1]} the value's 32 bits | {@link #TAKEN}. */
  private long[] slots;

  private int size;

  public LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new long[2 * cap];
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }

  /** The value, or {@code missing}. */
  public int get(long key, int missing) {
    long[] s = slots;
    int mask = (s.length >> 1) - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      long v = s[2 * i + 1];
      if (v == 0) {
        return missing;
      }
      if (s[2 * i] == key) {
        return (int) v;
      }
    }
  }

  /** Sets the key's value. */
  public void put(long key, int value) {
    int i = slotOf(key); // first: it may grow the array
    slots[2 * i + 1] = TAKEN | (value & 0xFFFFFFFFL);
  }

  /**
   * Adds {@code add} to the key's value (0 if absent) unless {@code (value >>> shift) & max} is
   * already {@code max}: one probe where a get and a put take two.
   */
  public void addUnlessFull(long key, int add, int shift, int max) {
    int i = slotOf(key); // first: it may grow the array
    long v = slots[2 * i + 1];
    if ((((int) v >>> shift) & max) < max) {
      slots[2 * i + 1] = TAKEN | (((int) v + add) & 0xFFFFFFFFL);
    }
  }

  /** ORs {@code bits} into the key's value. */
  public void or(long key, int bits) {
    int i = slotOf(key); // first: it may grow the array
    slots[2 * i + 1] |= bits & 0xFFFFFFFFL;
  }

  /** The key's slot, taken (with the value 0) if the key is new. */
  private int slotOf(long key) {
    if (2 * (size + 1) > slots.length >> 1) {
      grow();
    }
    long[] s = slots;
    int mask = (s.length >> 1) - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (s[2 * i + 1] == 0) {
        s[2 * i] = key;
        s[2 * i + 1] = TAKEN;
        size++;
        return i;
      }
      if (s[2 * i] == key) {
        return i;
      }
    }
  }

  public int size() {
    return size;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i + 1] != 0) {
        put(old[i], (int) old[i + 1]);
      }
    }
  }
}
