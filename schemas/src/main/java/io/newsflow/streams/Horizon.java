package io.newsflow.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * How every processor keeps its stores within their horizon: by processing time, the time an entry
 * was last written, read back from its value. Never by stream time: an undated record stamped "now"
 * would make a store forget everything dated before the horizon, and what a store holds would
 * depend on unrelated records' dates.
 */
public final class Horizon {
  private Horizon() {}

  /**
   * Runs {@code purge} with the current processing time, about a hundred times per horizon (at most
   * once a minute).
   */
  public static void schedule(ProcessorContext<?, ?> ctx, Duration horizon, LongConsumer purge) {
    ctx.schedule(
        Duration.ofMillis(Math.max(60_000L, horizon.toMillis() / 100)),
        PunctuationType.WALL_CLOCK_TIME,
        purge::accept);
  }

  /**
   * Deletes (through the changelog, so restores agree) every entry last written before {@code
   * cutoff}.
   */
  public static <V> int purge(
      KeyValueStore<String, V> store, long cutoff, ToLongFunction<V> writtenAt) {
    List<String> expired = new ArrayList<>();
    try (KeyValueIterator<String, V> it = store.all()) {
      while (it.hasNext()) {
        KeyValue<String, V> kv = it.next();
        if (writtenAt.applyAsLong(kv.value) < cutoff) {
          expired.add(kv.key);
        }
      }
    }
    expired.forEach(store::delete);
    return expired.size();
  }

  /**
   * The number after a text value's last tab or line break: where the stores written as text keep
   * the time.
   */
  public static long lastNumber(String value) {
    return Long.parseLong(
        value.substring(Math.max(value.lastIndexOf('\t'), value.lastIndexOf('\n')) + 1));
  }
}
