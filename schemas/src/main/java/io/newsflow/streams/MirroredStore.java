package io.newsflow.streams;

import java.nio.ByteBuffer;
import java.util.function.BiConsumer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * A global store that mirrors a compacted topic of settings (the watchlist, the rules): a null
 * value deletes, and a version entry is bumped on every change, so a processor rebuilds what it
 * derives from the store only when the store changed.
 */
public final class MirroredStore {
  /** The version entry's key; no topic key can be it. */
  public static final String VERSION_KEY = "\u0000version";

  private MirroredStore() {}

  /** The global-store processor that keeps store {@code name} equal to its topic. */
  public static ProcessorSupplier<String, byte[], Void, Void> updater(String name) {
    return () ->
        new Processor<>() {
          private KeyValueStore<String, byte[]> store;

          @Override
          public void init(ProcessorContext<Void, Void> context) {
            store = context.getStateStore(name);
          }

          @Override
          public void process(Record<String, byte[]> record) {
            if (record.key() == null || record.key().equals(VERSION_KEY)) {
              return;
            }
            if (record.value() == null) {
              store.delete(record.key());
            } else {
              store.put(record.key(), record.value());
            }
            store.put(VERSION_KEY, ByteBuffer.allocate(8).putLong(version(store) + 1).array());
          }
        };
  }

  /** The store's change count: 0 while it is empty and has never changed. */
  public static long version(ReadOnlyKeyValueStore<String, byte[]> store) {
    byte[] v = store.get(VERSION_KEY);
    return v == null ? 0 : ByteBuffer.wrap(v).getLong();
  }

  /** Visits every mirrored entry, the version entry left out. */
  public static void forEachEntry(
      ReadOnlyKeyValueStore<String, byte[]> store, BiConsumer<String, byte[]> visitor) {
    try (KeyValueIterator<String, byte[]> it = store.all()) {
      while (it.hasNext()) {
        KeyValue<String, byte[]> kv = it.next();
        if (!kv.key.equals(VERSION_KEY)) {
          visitor.accept(kv.key, kv.value);
        }
      }
    }
  }
}
