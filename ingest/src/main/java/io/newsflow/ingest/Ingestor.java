package io.newsflow.ingest;

import io.micrometer.core.instrument.Metrics;
import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.RawArticle;
import io.newsflow.topics.DeadLetters;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads sources, checks each input, and publishes it as a raw article or a dead letter. Bad input
 * never stops a run. Ports come through the constructor, so this runs without Kafka in tests.
 */
public final class Ingestor {
  /**
   * Dead letters keep at most this much of a rejected input: enough to diagnose, bounded for the
   * broker.
   */

  /** How many (id, content) pairs are remembered to skip repeats, e.g. across feed polls. */
  static final int SEEN_CAPACITY = 200_000;

  private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

  private final RawSink sink;
  private final RawArticleFactory factory;
  private final Clock clock;
  private final Map<String, Boolean> seen =
      new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > SEEN_CAPACITY;
        }
      };

  public Ingestor(RawSink sink, RawArticleFactory factory, Clock clock) {
    this.sink = sink;
    this.factory = factory;
    this.clock = clock;
  }

  public IngestSummary run(List<? extends Source> sources, LongConsumer progress) {
    IngestSummary summary = new IngestSummary();
    long refusedBefore = sink.rejectedOnSend();
    for (Source s : sources) {
      s.read(
          item -> {
            handle(item, summary);
            progress.accept(summary.inputs());
          });
    }
    sink.flush();
    long refused = sink.rejectedOnSend() - refusedBefore;
    summary.movePublishedToRejected(Rejection.SEND_REJECTED, refused);
    return summary;
  }

  private void handle(SourceItem item, IngestSummary summary) {
    summary.countRead();
    RawArticleFactory.Outcome outcome;
    if (item instanceof InputDocument in) {
      outcome = factory.check(in);
    } else if (item instanceof SourceItem.Archived a) {
      outcome = factory.check(a);
    } else {
      SourceItem.Failure f = (SourceItem.Failure) item;
      reject(
          f.origin(), null, f.bytes(), f.size(), new Rejection(f.reason(), f.message()), summary);
      return;
    }
    if (outcome instanceof RawArticleFactory.Accepted ok) {
      RawArticle a = ok.article();
      // the same input again (same URL and bytes) is published once
      if (seen.put(a.getId() + '/' + a.getIngest().getContentHash(), Boolean.TRUE) != null) {
        summary.countSkipped();
      } else {
        sink.publish(a);
        summary.countPublished();
        Metrics.counter("newsflow.ingest.published", "ingestor", a.getIngest().getIngestor())
            .increment();
      }
    } else if (outcome instanceof RawArticleFactory.Rejected bad) {
      byte[] body = item instanceof InputDocument in && in.body() != null ? in.body() : new byte[0];
      long size = item instanceof InputDocument in ? in.size() : 0;
      String key =
          item instanceof InputDocument in
              ? in.url()
              : ((SourceItem.Archived) item).article().getId();
      reject(item.origin(), key, body, size, bad.rejection(), summary);
    }
  }

  /** Ingest's dead letter: the input's coordinates and reason, and (capped) the input itself. */
  static DeadLetter deadLetter(
      String origin, String key, byte[] body, long size, Rejection r, Instant at) {
    return DeadLetters.of("ingest", r.reason(), r.message())
        .origin(origin)
        .key(key)
        .original(body, size)
        .build(at);
  }

  private void reject(
      String origin, String key, byte[] body, long size, Rejection r, IngestSummary summary) {
    LOG.warn("Rejected {}: {} ({})", origin, r.message(), r.reason());
    sink.reject(deadLetter(origin, key, body, size, r, clock.instant()));
    summary.countRejected(r.reason());
    Metrics.counter("newsflow.dead.letters", "stage", "ingest", "reason", r.reason()).increment();
  }
}
