package io.newsflow.topics;

import org.apache.kafka.common.serialization.Serde;

/**
 * A topic's name with the serdes for its keys and values, and whether it is compacted. Immutable.
 */
public record TopicSpec<K, V>(
    String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted) {
  @Override
  public String toString() {
    return name;
  }
}
