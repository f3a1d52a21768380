package io.newsflow.enrich;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps a store within its horizon: values are tab-separated with the processing time they were last written at as
 * the last field, and entries older than the horizon are deleted (through the changelog, so restores agree).
 */
final class BoundedStore {
  private BoundedStore() {}

  static long lastSeen(String value) {
    return Long.parseLong(value.substring(value.lastIndexOf('\t') + 1));
  }

  static int purge(KeyValueStore<String, String> store, long now, long horizonMs) {
    long cutoff = now - horizonMs;
    List<String> expired = new ArrayList<>();
    try (KeyValueIterator<String, String> it = store.all()) {
      while (it.hasNext()) {
        KeyValue<String, String> kv = it.next();
        if (lastSeen(kv.value) < cutoff) {
          expired.add(kv.key);
        }
      }
    }
    expired.forEach(store::delete);
    return expired.size();
  }

  static long interval(long horizonMs) {
    return Math.max(60_000L, horizonMs / 100);
  }
}
