package io.newsflow.enrich;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Metrics;
import io.newsflow.avro.DedupCandidate;
import io.newsflow.avro.DuplicateNotice;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.Story;
import io.newsflow.enrich.dedup.DedupEntry;
import io.newsflow.enrich.dedup.Fingerprinter;
import io.newsflow.enrich.dedup.Kv;
import io.newsflow.enrich.dedup.NearDuplicateIndex;
import io.newsflow.enrich.story.StoryIndex;
import io.newsflow.serde.StateCodec;
import io.newsflow.streams.DeadLetterAt;
import io.newsflow.streams.Horizon;
import io.newsflow.streams.InfrastructureFault;
import io.newsflow.topics.DeadLetters;
import io.newsflow.topics.StoryHeader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single place where de-duplication and story membership are decided.
 *
 * <p>Order: candidates wait in the grace buffer (a state store) for {@code grace} of processing
 * time, and are decided in (event time, id) order; a candidate whose wait is over takes with it
 * every waiting candidate that sorts before it. So two reports that reach this task within the
 * grace of each other are decided in publication order whatever partitions, instances or
 * interleaving brought them, and a replay sorted by event time decides alike.
 *
 * <p>Decision: a candidate that near-duplicates a held canonical becomes a duplicate notice (with
 * the canonical, the similarity, the test that matched, and the canonical's story); otherwise it
 * becomes canonical and joins or starts a story. Copies match when their stated publication times
 * are within the horizon of each other; an undated one is compared with everything held. What is
 * held is bounded by processing time (how long an entry has been held), never by the dates of
 * unrelated reports.
 */
final class DedupProcessor implements Processor<String, DedupCandidate, String, Outcome> {
  private static final Logger LOG = LoggerFactory.getLogger(DedupProcessor.class);
  private static final DistributionSummary CANDIDATES_JUDGED =
      DistributionSummary.builder("newsflow.enrich.dedup.candidates.judged")
          .description("Canonicals judged per near-duplicate lookup")
          .register(Metrics.globalRegistry);
  private static final StateCodec<DedupCandidate> CANDIDATE =
      new StateCodec<>(DedupCandidate.class);
  private final long horizonMs;
  private final long graceMs;

  /** With no grace: whether what a run with one left waiting is still to be decided. */
  private boolean leftovers;

  private Cancellable drain;
  private final double jaccard;
  private final double containment;
  private final double storySimilarity;
  private final long storyWindowMs;
  private final Serializer<DedupCandidate> written;
  private ProcessorContext<String, Outcome> ctx;
  private NearDuplicateIndex index;
  private StoryIndex stories;
  private KeyValueStore<String, byte[]> buffer;
  private long arrivals;

  DedupProcessor(
      Duration horizon,
      Duration grace,
      double jaccard,
      double containment,
      double storySimilarity,
      Duration storyWindow,
      Serializer<DedupCandidate> written) {
    this.written = written;
    this.horizonMs = horizon.toMillis();
    this.graceMs = grace.toMillis();
    this.jaccard = jaccard;
    this.containment = containment;
    this.storySimilarity = storySimilarity;
    this.storyWindowMs = storyWindow.toMillis();
  }

  @Override
  public void init(ProcessorContext<String, Outcome> context) {
    this.ctx = context;
    this.index =
        new NearDuplicateIndex(
            Kv.of(context.getStateStore(EnrichTopology.CANONICALS_STORE)),
            Kv.of(context.getStateStore(EnrichTopology.BANDS_STORE)),
            jaccard,
            containment,
            horizonMs);
    if (!index.bandsInStep()) {
      long t0 = System.nanoTime();
      int n =
          index.rebuildBands(
              done -> LOG.info("Rebuilding the near-duplicate bands: {} canonicals filed", done));
      LOG.info(
          "Rebuilt the near-duplicate bands from {} held canonicals in {} ms (the bands have no"
              + " changelog; their store here was new, wiped or behind)",
          n,
          (System.nanoTime() - t0) / 1_000_000);
    }
    index.stamp(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    this.stories =
        new StoryIndex(
            Kv.of(context.getStateStore(EnrichTopology.STORIES_STORE)),
            Kv.of(context.getStateStore(EnrichTopology.STORY_KEYS_STORE)),
            storySimilarity,
            storyWindowMs);
    this.buffer = context.getStateStore(EnrichTopology.GRACE_STORE);
    Horizon.schedule(
        context,
        Duration.ofMillis(horizonMs),
        now -> {
          index.evictHeldBefore(now - horizonMs);
          stories.evictHeldBefore(now - horizonMs);
        });
    if (graceMs > 0) {
      context.schedule(
          Duration.ofMillis(Math.max(20, graceMs / 4)),
          PunctuationType.WALL_CLOCK_TIME,
          this::release);
    } else {
      // candidates a run with a grace left waiting (the grace was set to 0 since) are decided
      // once, at the first record or shortly after start if the input stays quiet, rather than
      // never
      leftovers = true;
      drain =
          context.schedule(Duration.ofMillis(100), PunctuationType.WALL_CLOCK_TIME, this::drain);
    }
  }

  private void drain(long now) {
    drainLeftovers();
    drain.cancel();
  }

  private void drainLeftovers() {
    if (leftovers) {
      leftovers = false;
      release(Long.MAX_VALUE);
    }
  }

  @Override
  public void process(Record<String, DedupCandidate> record) {
    if (graceMs == 0) {
      drainLeftovers();
      decide(record, "");
      return;
    }
    DedupCandidate c = record.value();
    long now = ctx.currentSystemTimeMs();
    byte[] body = CANDIDATE.encode(c);
    long offset = ctx.recordMetadata().map(m -> m.offset()).orElse(-1L);
    byte[] value =
        ByteBuffer.allocate(HEAD + body.length)
            .putLong(now)
            .putLong(record.timestamp())
            .putLong(offset)
            .put(body)
            .array();
    buffer.put(
        sortKey(
            eventTime(c.getArticle(), record.timestamp()), c.getArticle().getId(), now, arrivals++),
        value);
  }

  /**
   * Buffered value: arrival (processing time), record time, dedup-input offset, then the candidate.
   */
  private static final int HEAD = 24;

  /**
   * Decides, in order, every waiting candidate up to the last one whose grace is over. Only keys
   * are held while scanning: a burst of large pages must not all be on the heap at once.
   */
  private void release(long now) {
    List<String> due = new ArrayList<>();
    int upTo = -1;
    try (KeyValueIterator<String, byte[]> it = buffer.all()) {
      while (it.hasNext()) {
        KeyValue<String, byte[]> kv = it.next();
        due.add(kv.key);
        if (ByteBuffer.wrap(kv.value).getLong() <= now - graceMs) {
          upTo = due.size() - 1;
        }
      }
    }
    for (String key : due.subList(0, upTo + 1)) {
      byte[] value = buffer.get(key);
      ByteBuffer b = ByteBuffer.wrap(value);
      b.getLong();
      long timestamp = b.getLong();
      long offset = b.getLong();
      DedupCandidate c = CANDIDATE.decode(Arrays.copyOfRange(value, HEAD, value.length));
      buffer.delete(key);
      decide(
          new Record<>(c.getArticle().getId(), c, timestamp),
          " (decided after the ordering grace; "
              + EnrichTopology.REPARTITION
              + " offset "
              + offset
              + ")");
    }
  }

  /**
   * Waiting candidates, in decision order: event time, then id, then arrival (a revision after its
   * original).
   */
  static String sortKey(long eventTime, String id, long arrivedAt, long seq) {
    return String.format(
        "%016x\t%s\t%016x%08x", Math.max(0, eventTime), id, arrivedAt, seq & 0xffffffffL);
  }

  /** Publication time when stated, else the record's time (fetch or file time). */
  private static long eventTime(EnrichedArticle a, long recordTime) {
    return a.getPublishedAt() != null ? a.getPublishedAt().toEpochMilli() : recordTime;
  }

  /**
   * @param where how to find the record when the context no longer knows it (after the grace)
   */
  private void decide(Record<String, DedupCandidate> record, String where) {
    DedupCandidate c = record.value();
    EnrichedArticle a = c.getArticle();
    long now = ctx.currentSystemTimeMs();
    long eventTime = eventTime(a, record.timestamp());
    long published =
        a.getPublishedAt() != null ? a.getPublishedAt().toEpochMilli() : DedupEntry.UNDATED;
    try {
      Fingerprinter.Fingerprint fp =
          new Fingerprinter.Fingerprint(
              bytes(c.getSignature()),
              bytes(c.getLead()),
              c.getShingles(),
              a.getDedup().getFingerprint());
      long judged = index.candidatesJudged();
      Optional<NearDuplicateIndex.Match> match = index.find(a.getId(), fp, published);
      CANDIDATES_JUDGED.record(index.candidatesJudged() - judged);
      if (match.isPresent()) {
        DedupEntry canonical = match.get().canonical();
        Metrics.counter("newsflow.enrich.duplicates", "method", match.get().method()).increment();
        index.countDuplicate(canonical, now);
        DuplicateNotice notice =
            DuplicateNotice.newBuilder()
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
                .setStoryId(canonical.storyId())
                .build();
        ctx.forward(
            record
                .withKey(a.getId())
                .withHeaders(StoryHeader.with(record.headers(), notice.getStoryId()))
                .withValue(new Outcome.Duplicate(notice)));
        stories
            .addCopy(canonical.storyId(), notice, eventTime, now)
            .ifPresent(s -> story(record, s));
        return;
      }
      Optional<DedupEntry> earlier =
          index.get(a.getId()); // a revision keeps its count and its story
      Story story =
          earlier.isPresent()
              ? stories.get(earlier.get().storyId()).orElse(null)
              : stories.join(a, eventTime, now);
      String storyId = story != null ? story.getId() : earlier.get().storyId();
      index.add(
          new DedupEntry(
              a.getId(),
              a.getUrl(),
              fp.signature(),
              fp.lead(),
              fp.shingles(),
              earlier.map(DedupEntry::duplicates).orElse(0),
              now,
              published,
              storyId,
              fp.exact()));
      // dedup.method keeps what its schema says: the method of dedup.fingerprint (exact-sha256),
      // not the index's
      a.setStoryId(storyId);
      Metrics.counter("newsflow.enrich.canonical").increment();
      ctx.forward(
          record
              .withKey(a.getId())
              .withHeaders(StoryHeader.with(record.headers(), storyId))
              .withValue(new Outcome.Article(a)));
      if (story != null && earlier.isEmpty()) {
        story(record, story);
      }
    } catch (RuntimeException e) {
      if (InfrastructureFault.is(e)) {
        throw InfrastructureFault.stop("enrich", ctx.stateDir(), e);
      }
      ctx.forward(
          record
              .withKey(a.getId())
              .withValue(
                  new Outcome.Failed(
                      DeadLetterAt.record(
                              ctx,
                              "enrich",
                              "dedup-failed",
                              "De-duplication failed for "
                                  + a.getId()
                                  + where
                                  + ": "
                                  + DeadLetters.describe(e))
                          .key(a.getId())
                          .original(original(record.value()))
                          .build(Instant.ofEpochMilli(record.timestamp())))));
    }
  }

  private void story(Record<String, DedupCandidate> record, Story s) {
    ctx.forward(
        new Record<String, Outcome>(
            s.getId(), new Outcome.StoryUpdate(Story.newBuilder(s).build()), record.timestamp()));
  }

  private static byte[] bytes(ByteBuffer b) {
    ByteBuffer d = b.duplicate();
    byte[] out = new byte[d.remaining()];
    d.get(out);
    return out;
  }

  /**
   * A candidate's bytes as they were on the decision's input topic: the same serializer and
   * subject, so the same schema id. Should that fail too, its JSON form, so nothing is lost.
   */
  private byte[] original(DedupCandidate c) {
    try {
      return written.serialize(
          ctx.applicationId() + "-" + EnrichTopology.REPARTITION + "-repartition", c);
    } catch (RuntimeException e) {
      return c.toString().getBytes(StandardCharsets.UTF_8);
    }
  }
}
