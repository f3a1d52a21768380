package io.newsflow.ingest;

import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.RawArticle;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads inputs, checks them, and publishes each as a raw article or a dead letter. Bad input never stops a run.
 * Ports come through the constructor, so this runs without Kafka in tests.
 */
public final class Ingestor {
  /** Dead letters keep at most this much of a rejected input: enough to diagnose, bounded for the broker. */
  public static final int MAX_DEAD_LETTER_BYTES = 256 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

  private final RawSink sink;
  private final RawArticleFactory factory;
  private final Clock clock;

  public Ingestor(RawSink sink, RawArticleFactory factory, Clock clock) {
    this.sink = sink;
    this.factory = factory;
    this.clock = clock;
  }

  public IngestSummary run(Iterable<InputDocument> inputs, LongConsumer progress) {
    IngestSummary summary = new IngestSummary();
    Set<String> seen = new HashSet<>();
    for (InputDocument in : inputs) {
      summary.countRead();
      RawArticleFactory.Outcome outcome = factory.check(in);
      if (outcome instanceof RawArticleFactory.Accepted ok) {
        RawArticle a = ok.article();
        // the same input twice in one run (same URL and bytes) is published once
        if (!seen.add(a.getId() + '/' + a.getIngest().getContentHash())) {
          summary.countSkipped();
        } else {
          sink.publish(a);
          summary.countPublished();
        }
      } else if (outcome instanceof RawArticleFactory.Rejected bad) {
        LOG.warn("Rejected {}: {} ({})", in.origin(), bad.rejection().message(), bad.rejection().reason());
        sink.reject(deadLetter(in, bad.rejection()));
        summary.countRejected(bad.rejection().reason());
      }
      progress.accept(summary.inputs());
    }
    sink.flush();
    return summary;
  }

  private DeadLetter deadLetter(InputDocument in, Rejection r) {
    byte[] body = in.body() == null ? new byte[0] : in.body();
    byte[] kept = body.length > MAX_DEAD_LETTER_BYTES ? Arrays.copyOf(body, MAX_DEAD_LETTER_BYTES) : body;
    return DeadLetter.newBuilder()
        .setStage("ingest")
        .setReason(r.reason())
        .setMessage(r.message())
        .setOrigin(in.origin())
        .setKey(in.url())
        .setOriginal(ByteBuffer.wrap(kept))
        .setOriginalSize(Math.max(in.size(), body.length))
        .setFailedAt(clock.instant())
        .build();
  }
}
