package io.newsflow.enrich.dedup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Inverted-index buckets in a key-value store: under each key, the ids filed there, one per line,
 * the most recent last. Used for the LSH bands of canonicals and the index keys of stories. A value
 * is a format byte ({@value #FORMAT}) and the ids as UTF-8 lines; values written before the format
 * byte (the lines alone) still read.
 */
public final class Buckets {
  static final byte FORMAT = 1;
  private final Kv<byte[]> store;
  private final int max;

  /**
   * @param max ids a bucket keeps at most; beyond that the oldest give way
   */
  public Buckets(Kv<byte[]> store, int max) {
    this.store = store;
    this.max = max;
  }

  /** The ids filed under {@code key}, oldest first; empty when none. */
  public List<String> ids(String key) {
    byte[] bucket = store.get(key);
    return bucket == null ? List.of() : decode(bucket);
  }

  /** Files {@code id} under {@code key} as its most recent entry. */
  public void add(String key, String id) {
    add(key, id, ids(key));
  }

  /** Files {@code id} under {@code key}, whose ids were just read as {@code current}. */
  public void add(String key, String id, List<String> current) {
    List<String> ids = new ArrayList<>(current);
    ids.remove(id);
    ids.add(id);
    if (ids.size() > max) {
      ids = ids.subList(ids.size() - max, ids.size());
    }
    store.put(key, encode(ids));
  }

  /** Unfiles {@code id} from {@code key}, deleting the bucket when it empties. */
  public void remove(String key, String id) {
    List<String> ids = new ArrayList<>(ids(key));
    if (!ids.remove(id)) {
      return;
    }
    if (ids.isEmpty()) {
      store.delete(key);
    } else {
      store.put(key, encode(ids));
    }
  }

  public static byte[] encode(List<String> ids) {
    byte[] text = String.join("\n", ids).getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[text.length + 1];
    out[0] = FORMAT;
    System.arraycopy(text, 0, out, 1, text.length);
    return out;
  }

  public static List<String> decode(byte[] value) {
    if (value.length > 0 && value[0] > FORMAT && value[0] < ' ') {
      throw new IllegalStateException(
          "Unknown bucket state format "
              + value[0]
              + ": written by a newer newsflow? Reset the application's state to downgrade.");
    }
    int from = value.length > 0 && value[0] == FORMAT ? 1 : 0; // no format byte: the lines alone
    // as String.split("\n") reads the lines (trailing empty lines dropped), without the whole text
    // as one string first: buckets are read a few dozen times per decision
    List<String> out = new ArrayList<>();
    int start = from;
    for (int i = from; i < value.length; i++) {
      if (value[i] == '\n') {
        out.add(new String(value, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    if (out.isEmpty()) {
      return List.of(new String(value, from, value.length - from, StandardCharsets.UTF_8));
    }
    out.add(new String(value, start, value.length - start, StandardCharsets.UTF_8));
    int n = out.size();
    while (n > 0 && out.get(n - 1).isEmpty()) {
      n--;
    }
    return n == out.size() ? out : out.subList(0, n);
  }
}
