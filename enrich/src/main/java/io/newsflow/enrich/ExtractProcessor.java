package io.newsflow.enrich;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.newsflow.avro.ArticleRevision;
import io.newsflow.avro.DedupInfo;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.RawArticle;
import io.newsflow.avro.WatchlistEntry;
import io.newsflow.enrich.tag.WatchlistTagger;
import io.newsflow.serde.StateCodec;
import io.newsflow.streams.DeadLetterAt;
import io.newsflow.streams.Horizon;
import io.newsflow.streams.MirroredStore;
import io.newsflow.topics.DeadLetters;
import io.newsflow.topics.TopicSpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes a raw record, extracts its articles and tracks revisions per article id: the same text
 * fetched again is dropped silently, changed text becomes the next revision. Anything that fails
 * becomes a dead letter.
 */
final class ExtractProcessor implements Processor<byte[], byte[], String, Outcome> {
  private static final Logger LOG = LoggerFactory.getLogger(ExtractProcessor.class);

  private final TopicSpec<String, RawArticle> rawTopic;
  private final TopicSpec<String, WatchlistEntry> watchlistTopic;
  private KeyValueStore<String, byte[]> watchlistStore;
  private WatchlistTagger watchlist = WatchlistTagger.EMPTY;
  private long watchlistVersion = -1;
  private final long horizonMs;
  private final ArticleEnricher enricher;
  private ProcessorContext<String, Outcome> ctx;
  private KeyValueStore<String, byte[]> revisions;
  private static final Timer RECORD_TIME =
      Timer.builder("newsflow.enrich.record")
          .description("Extraction, tagging and fingerprinting of one raw record")
          .register(Metrics.globalRegistry);

  ExtractProcessor(
      TopicSpec<String, RawArticle> rawTopic,
      TopicSpec<String, WatchlistEntry> watchlistTopic,
      Duration horizon,
      TaggingMemo memo) {
    this.enricher = new ArticleEnricher(memo);
    this.rawTopic = rawTopic;
    this.watchlistTopic = watchlistTopic;
    this.horizonMs = horizon.toMillis();
  }

  @Override
  public void init(ProcessorContext<String, Outcome> context) {
    this.ctx = context;
    this.revisions = context.getStateStore(EnrichTopology.REVISIONS_STORE);
    this.watchlistStore = context.getStateStore(EnrichTopology.WATCHLIST_STORE);
    // held by processing time: an undated page (stamped now) must not make the store forget last
    // year's pages
    Horizon.schedule(
        context,
        Duration.ofMillis(horizonMs),
        now -> Horizon.purge(revisions, now - horizonMs, v -> revision(v).getHeldSince()));
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    RawArticle raw;
    try {
      raw = rawTopic.valueSerde().deserializer().deserialize(rawTopic.name(), record.value());
    } catch (RuntimeException e) {
      fail(record, "undecodable-record", "Cannot decode a RawArticle: " + DeadLetters.describe(e));
      return;
    }
    if (raw == null) {
      return; // a tombstone carries no article
    }
    List<EnrichedArticle> articles;
    long started = System.nanoTime();
    int[] unchanged = {0};
    try {
      articles =
          enricher.enrich(
              raw,
              currentWatchlist(),
              (id, fingerprint) -> {
                boolean same = unchangedRefetch(id, fingerprint);
                unchanged[0] += same ? 1 : 0;
                return same;
              });
      // per-record cost, so a pathological input shows as a long maximum before it shows as a stuck
      // thread
      RECORD_TIME.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    } catch (RuntimeException | StackOverflowError e) {
      fail(
          record,
          "extraction-failed",
          "Extraction failed for " + raw.getUrl() + ": " + DeadLetters.describe(e));
      return;
    }
    if (articles.isEmpty() && unchanged[0] == 0) {
      fail(
          record,
          "no-article-text",
          "No article text found in "
              + raw.getUrl()
              + " ("
              + raw.getContentType()
              + ", "
              + raw.getBody().length()
              + " chars): no run of paragraphs outside navigation, listings and page furniture (a "
              + "listing or front page, a page that renders its text by script, or an extraction miss: 'newsflow extract' "
              + "shows what was read)");
      return;
    }
    for (EnrichedArticle a : articles) {
      DedupInfo d = a.getDedup();
      byte[] stored = revisions.get(a.getId());
      ArticleRevision previous = stored == null ? null : revision(stored);
      long now = ctx.currentSystemTimeMs();
      int revision = 1;
      if (previous != null) { // changed text (an unchanged re-fetch was left out untagged)
        revision = previous.getRevision() + 1;
        d.setPreviousLength(previous.getLength());
      }
      d.setRevision(revision);
      revisions.put(
          a.getId(),
          REVISIONS.encode(
              new ArticleRevision(d.getFingerprint(), revision, a.getText().length(), now)));
      Metrics.counter("newsflow.enrich.articles").increment();
      Metrics.summary("newsflow.enrich.entities.per.article").record(a.getEntities().size());
      ctx.forward(record.withKey(a.getId()).withValue(new Outcome.Article(a)));
    }
  }

  /**
   * Whether a part is the same text as its latest revision (fetched again, unchanged); if so it is
   * kept as held now, and it is not tagged again.
   */
  private boolean unchangedRefetch(String id, String fingerprint) {
    byte[] stored = revisions.get(id);
    if (stored == null) {
      return false;
    }
    ArticleRevision previous = revision(stored);
    if (!previous.getFingerprint().equals(fingerprint)) {
      return false;
    }
    previous.setHeldSince(ctx.currentSystemTimeMs());
    revisions.put(id, REVISIONS.encode(previous));
    Metrics.counter("newsflow.enrich.refetched.unchanged").increment();
    return true;
  }

  /** The watchlist as the global store holds it now; rebuilt only when it changed. */
  private WatchlistTagger currentWatchlist() {
    long version = MirroredStore.version(watchlistStore);
    if (version != watchlistVersion) {
      List<WatchlistEntry> entries = new ArrayList<>();
      MirroredStore.forEachEntry(
          watchlistStore,
          (key, value) -> {
            try {
              entries.add(
                  watchlistTopic
                      .valueSerde()
                      .deserializer()
                      .deserialize(watchlistTopic.name(), value));
            } catch (RuntimeException e) {
              LOG.warn("Ignoring watchlist entry {}: {}", key, e.getMessage());
            }
          });
      watchlist = new WatchlistTagger(entries);
      watchlistVersion = version;
    }
    return watchlist;
  }

  private void fail(Record<byte[], byte[]> record, String reason, String message) {
    Metrics.counter("newsflow.dead.letters", "stage", "enrich", "reason", reason).increment();
    LOG.warn(
        "Dead letter ({}): {} at {}",
        reason,
        message,
        ctx.recordMetadata().map(Object::toString).orElse("?"));
    ctx.forward(
        record
            .withKey(record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8))
            .withValue(
                new Outcome.Failed(
                    DeadLetterAt.record(ctx, "enrich", reason, message)
                        .key(record.key())
                        .original(record.value())
                        .build(Instant.ofEpochMilli(record.timestamp())))));
  }

  private static final StateCodec<ArticleRevision> REVISIONS =
      new StateCodec<>(ArticleRevision.class);

  /** A stored revision, of this format or the text one before it. */
  static ArticleRevision revision(byte[] value) {
    return REVISIONS.decodeOr(value, ExtractProcessor::revisionText);
  }

  /** Values written before the store had a format: fingerprint, revision, length, held since. */
  static ArticleRevision revisionText(byte[] value) {
    String[] f = new String(value, StandardCharsets.UTF_8).split("\t");
    return new ArticleRevision(
        f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Long.parseLong(f[3]));
  }
}
