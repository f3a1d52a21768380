package io.newsflow.enrich;

import io.newsflow.avro.DuplicateNotice;
import io.newsflow.avro.EnrichedArticle;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by fingerprint, so every copy of a text meets its first copy in one task: the first article with a
 * fingerprint is canonical, later ones are duplicates of it, with a running count per canonical.
 */
final class DedupProcessor implements Processor<String, EnrichedArticle, String, Outcome> {
  private final long horizonMs;
  private ProcessorContext<String, Outcome> ctx;
  private KeyValueStore<String, String> canonicals;

  DedupProcessor(Duration horizon) {
    this.horizonMs = horizon.toMillis();
  }

  @Override
  public void init(ProcessorContext<String, Outcome> context) {
    this.ctx = context;
    this.canonicals = context.getStateStore(EnrichTopology.DEDUP_STORE);
    context.schedule(Duration.ofMillis(BoundedStore.interval(horizonMs)), PunctuationType.STREAM_TIME,
        t -> BoundedStore.purge(canonicals, t, horizonMs));
  }

  @Override
  public void process(Record<String, EnrichedArticle> record) {
    EnrichedArticle a = record.value();
    String fp = record.key();
    try {
      String entry = canonicals.get(fp);
      String[] f = entry == null ? null : entry.split("\t", -1);
      if (f == null || f[0].equals(a.getId())) {
        // new text, or an article's own text coming back in a later revision
        int count = f == null ? 0 : Integer.parseInt(f[2]);
        canonicals.put(fp, a.getId() + '\t' + a.getUrl() + '\t' + count + '\t' + record.timestamp());
        ctx.forward(record.withKey(a.getId()).withValue(new Outcome.Article(a)));
        return;
      }
      int count = Integer.parseInt(f[2]) + 1;
      canonicals.put(fp, f[0] + '\t' + f[1] + '\t' + count + '\t' + Math.max(record.timestamp(), BoundedStore.lastSeen(entry)));
      DuplicateNotice n = DuplicateNotice.newBuilder()
          .setId(a.getId())
          .setUrl(a.getUrl())
          .setSource(a.getSource())
          .setTitle(a.getTitle())
          .setCanonicalId(f[0])
          .setCanonicalUrl(f[1])
          .setSimilarity(1.0)
          .setMethod(a.getDedup().getMethod())
          .setDuplicateCount(count)
          .setPublishedAt(a.getPublishedAt())
          .setDetectedAt(Instant.ofEpochMilli(record.timestamp()))
          .setReplay(a.getReplay())
          .build();
      ctx.forward(record.withKey(a.getId()).withValue(new Outcome.Duplicate(n)));
    } catch (RuntimeException e) {
      ctx.forward(record.withKey(a.getId()).withValue(new Outcome.Failed(DeadLetters.of(ctx, "dedup-failed",
          "De-duplication failed for " + a.getId() + ": " + DeadLetters.describe(e), a.getId().getBytes(
              java.nio.charset.StandardCharsets.UTF_8), a.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
          Instant.ofEpochMilli(record.timestamp())))));
    }
  }
}
