package io.newsflow.enrich.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Inverted-index buckets in a key-value store: under each key, the ids filed there, one per line,
 * the most recent last. Used for the LSH bands of canonicals and the index keys of stories.
 */
public final class Buckets {
  private final Kv<String> store;
  private final int max;

  /**
   * @param max ids a bucket keeps at most; beyond that the oldest give way
   */
  public Buckets(Kv<String> store, int max) {
    this.store = store;
    this.max = max;
  }

  /** The ids filed under {@code key}, oldest first; empty when none. */
  public List<String> ids(String key) {
    String bucket = store.get(key);
    return bucket == null ? List.of() : Arrays.asList(bucket.split("\n"));
  }

  /** Files {@code id} under {@code key} as its most recent entry. */
  public void add(String key, String id) {
    List<String> ids = new ArrayList<>(ids(key));
    ids.remove(id);
    ids.add(id);
    if (ids.size() > max) {
      ids = ids.subList(ids.size() - max, ids.size());
    }
    store.put(key, String.join("\n", ids));
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
      store.put(key, String.join("\n", ids));
    }
  }
}
