package io.newsflow.ingest;

import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.RawArticle;

/** Where ingest publishes: Kafka in production, a list in tests. */
public interface RawSink extends AutoCloseable {
  /** Publishes an accepted article, keyed by its id, with its event time as record timestamp. */
  void publish(RawArticle article);

  /** Publishes a rejected input to the dead-letter topic. */
  void reject(DeadLetter deadLetter);

  /**
   * How many published articles Kafka then refused one by one (each became a dead letter); known
   * after flush.
   */
  default long rejectedOnSend() {
    return 0;
  }

  /** Blocks until everything sent so far is acknowledged; throws if any send failed. */
  void flush();

  @Override
  default void close() {}
}
