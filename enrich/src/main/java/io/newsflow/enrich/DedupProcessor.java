package io.newsflow.enrich;

import io.newsflow.avro.DedupCandidate;
import io.newsflow.avro.DuplicateNotice;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.enrich.dedup.DedupEntry;
import io.newsflow.enrich.dedup.Fingerprinter;
import io.newsflow.enrich.dedup.Kv;
import io.newsflow.enrich.dedup.NearDuplicateIndex;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The single place where de-duplication is decided: an article that near-duplicates a remembered canonical becomes
 * a duplicate notice (with the canonical, the similarity and the test that matched); otherwise it becomes
 * canonical itself. Canonicals are forgotten after the horizon of event time, so a copy arriving later passes as new.
 */
final class DedupProcessor implements Processor<String, DedupCandidate, String, Outcome> {
  private final long horizonMs;
  private final double jaccard;
  private final double containment;
  private ProcessorContext<String, Outcome> ctx;
  private NearDuplicateIndex index;

  DedupProcessor(Duration horizon, double jaccard, double containment) {
    this.horizonMs = horizon.toMillis();
    this.jaccard = jaccard;
    this.containment = containment;
  }

  @Override
  public void init(ProcessorContext<String, Outcome> context) {
    this.ctx = context;
    this.index = new NearDuplicateIndex(Kv.of(context.getStateStore(EnrichTopology.CANONICALS_STORE)),
        Kv.of(context.getStateStore(EnrichTopology.BANDS_STORE)), jaccard, containment);
    context.schedule(Duration.ofMillis(BoundedStore.interval(horizonMs)), PunctuationType.STREAM_TIME,
        t -> index.evictBefore(t - horizonMs));
  }

  @Override
  public void process(Record<String, DedupCandidate> record) {
    DedupCandidate c = record.value();
    EnrichedArticle a = c.getArticle();
    try {
      Fingerprinter.Fingerprint fp = new Fingerprinter.Fingerprint(bytes(c.getSignature()), bytes(c.getLead()),
          c.getShingles());
      Optional<NearDuplicateIndex.Match> match = index.find(a.getId(), fp);
      if (match.isPresent()) {
        DedupEntry canonical = match.get().canonical();
        io.micrometer.core.instrument.Metrics.counter("newsflow.enrich.duplicates", "method", match.get().method())
            .increment();
        index.countDuplicate(canonical, record.timestamp());
        ctx.forward(record.withKey(a.getId()).withValue(new Outcome.Duplicate(DuplicateNotice.newBuilder()
            .setId(a.getId())
            .setUrl(a.getUrl())
            .setSource(a.getSource())
            .setTitle(a.getTitle())
            .setCanonicalId(canonical.id())
            .setCanonicalUrl(canonical.url())
            .setSimilarity(Math.round(match.get().similarity() * 1000) / 1000.0)
            .setMethod(match.get().method())
            .setDuplicateCount(canonical.duplicates() + 1)
            .setPublishedAt(a.getPublishedAt())
            .setDetectedAt(Instant.ofEpochMilli(record.timestamp()))
            .setReplay(a.getReplay())
            .build())));
        return;
      }
      int duplicatesSoFar = index.get(a.getId()).map(DedupEntry::duplicates).orElse(0); // a revision keeps its count
      index.add(new DedupEntry(a.getId(), a.getUrl(), fp.signature(), fp.lead(), fp.shingles(), duplicatesSoFar,
          record.timestamp()));
      a.getDedup().setMethod(NearDuplicateIndex.METHOD_JACCARD);
      io.micrometer.core.instrument.Metrics.counter("newsflow.enrich.canonical").increment();
      ctx.forward(record.withKey(a.getId()).withValue(new Outcome.Article(a)));
    } catch (RuntimeException e) {
      if (io.newsflow.streams.InfrastructureFault.is(e)) {
        throw io.newsflow.streams.InfrastructureFault.stop("enrich", ctx.stateDir(), e);
      }
      ctx.forward(record.withKey(a.getId()).withValue(new Outcome.Failed(DeadLetters.of(ctx, "dedup-failed",
          "De-duplication failed for " + a.getId() + ": " + DeadLetters.describe(e),
          a.getId().getBytes(StandardCharsets.UTF_8), a.toString().getBytes(StandardCharsets.UTF_8),
          Instant.ofEpochMilli(record.timestamp())))));
    }
  }

  private static byte[] bytes(ByteBuffer b) {
    ByteBuffer d = b.duplicate();
    byte[] out = new byte[d.remaining()];
    d.get(out);
    return out;
  }
}
