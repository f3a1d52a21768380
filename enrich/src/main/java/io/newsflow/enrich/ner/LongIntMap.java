package io.newsflow.enrich.ner;

/**
 * An open-addressing map from long keys to int values, without boxing: the tagger probes it for
 * every token.
 */
public final class LongIntMap {
  private long[] keys;
  private int[] values;
  private boolean[] used;
  private int size;

  public LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    values = new int[cap];
    used = new boolean[cap];
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & (keys.length - 1);
  }

  /** The value, or {@code missing}. */
  public int get(long key, int missing) {
    int mask = keys.length - 1;
    for (int i = slot(key); ; i = (i + 1) & mask) {
      if (!used[i]) {
        return missing;
      }
      if (keys[i] == key) {
        return values[i];
      }
    }
  }

  /** Sets the key's value. */
  public void put(long key, int value) {
    int i = slotOf(key); // first: it may grow the arrays
    values[i] = value;
  }

  /** ORs {@code bits} into the key's value. */
  public void or(long key, int bits) {
    int i = slotOf(key); // first: it may grow the arrays
    values[i] |= bits;
  }

  /** The key's slot, taken (with the value 0) if the key is new. */
  private int slotOf(long key) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = slot(key); ; i = (i + 1) & mask) {
      if (!used[i]) {
        used[i] = true;
        keys[i] = key;
        values[i] = 0;
        size++;
        return i;
      }
      if (keys[i] == key) {
        return i;
      }
    }
  }

  public int size() {
    return size;
  }

  private void grow() {
    long[] k = keys;
    int[] v = values;
    boolean[] u = used;
    keys = new long[k.length * 2];
    values = new int[k.length * 2];
    used = new boolean[k.length * 2];
    size = 0;
    for (int i = 0; i < k.length; i++) {
      if (u[i]) {
        or(k[i], v[i]);
      }
    }
  }
}
