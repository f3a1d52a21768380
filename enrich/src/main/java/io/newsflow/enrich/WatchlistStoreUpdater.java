package io.newsflow.enrich;

import java.nio.ByteBuffer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the global watchlist store equal to the watchlist topic (a null value deletes), and bumps a version entry on
 * every change so the extract step rebuilds its tagger only when the watchlist changed.
 */
final class WatchlistStoreUpdater implements Processor<String, byte[], Void, Void> {
  static final String VERSION_KEY = "\u0000version";
  private KeyValueStore<String, byte[]> store;

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    store = context.getStateStore(EnrichTopology.WATCHLIST_STORE);
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
    byte[] v = store.get(VERSION_KEY);
    store.put(VERSION_KEY, ByteBuffer.allocate(8).putLong((v == null ? 0 : ByteBuffer.wrap(v).getLong()) + 1).array());
  }
}
