package io.newsflow.ingest;

import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.RawArticle;

/** Where ingest publishes: Kafka in production, a list in tests. */
public interface RawSink extends AutoCloseable {
  /** Publishes an accepted article, keyed by its id, with its event time as record timestamp. */
  void publish(RawArticle article);

  /** Publishes a rejected input to the dead-letter topic. */
  void reject(DeadLetter deadLetter);

  /** Blocks until everything sent so far is acknowledged; throws if any send failed. */
  void flush();

  @Override
  default void close() {}
}
