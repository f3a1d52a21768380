package io.newsflow.sink;

/**
 * What reaches the rule processor: an enriched article or a duplicate notice, still encoded. In
 * memory only.
 */
public sealed interface SinkInput {
  byte[] value();

  record Article(byte[] value) implements SinkInput {}

  record Duplicate(byte[] value) implements SinkInput {}
}
