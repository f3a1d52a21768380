package io.newsflow.enrich.dedup;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** The storage the index needs: a Kafka Streams store in the topology, a map in benchmarks. */
public interface Kv<V> {
  V get(String key);

  void put(String key, V value);

  void delete(String key);

  /** Visits every entry; the visitor may not modify the store. */
  void forEach(BiConsumer<String, V> visitor);

  static <V> Kv<V> of(KeyValueStore<String, V> store) {
    return new Kv<>() {
      @Override
      public V get(String key) {
        return store.get(key);
      }

      @Override
      public void put(String key, V value) {
        store.put(key, value);
      }

      @Override
      public void delete(String key) {
        store.delete(key);
      }

      @Override
      public void forEach(BiConsumer<String, V> visitor) {
        try (KeyValueIterator<String, V> it = store.all()) {
          while (it.hasNext()) {
            KeyValue<String, V> kv = it.next();
            visitor.accept(kv.key, kv.value);
          }
        }
      }
    };
  }

  static <V> Kv<V> inMemory() {
    Map<String, V> m = new TreeMap<>();
    return new Kv<>() {
      @Override
      public V get(String key) {
        return m.get(key);
      }

      @Override
      public void put(String key, V value) {
        m.put(key, value);
      }

      @Override
      public void delete(String key) {
        m.remove(key);
      }

      @Override
      public void forEach(BiConsumer<String, V> visitor) {
        List.copyOf(m.entrySet()).forEach(e -> visitor.accept(e.getKey(), e.getValue()));
      }
    };
  }
}
