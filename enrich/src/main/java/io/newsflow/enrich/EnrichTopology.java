package io.newsflow.enrich;

import io.newsflow.avro.DedupCandidate;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.enrich.dedup.Fingerprinter;
import io.newsflow.streams.MirroredStore;
import io.newsflow.topics.TopicCatalog;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich stage as a pure function of configuration and topics.
 *
 * <pre>
 * news.raw -> extract (split pages, clean text, language, countries, categories; revisions by article id)
 *          -> fingerprint (MinHash signatures, computed in parallel on every partition)
 *          -> dedup-input repartition (one partition: every candidate meets every canonical)
 *          -> dedup (ordering grace; LSH lookup: the earliest report canonical, its copies duplicate notices;
 *             canonicals grouped into stories)
 *          -> news.enriched | news.duplicates | news.stories, and news.dlq for records that cannot be processed
 *
 * Scaling: extraction, tagging and fingerprinting (the expensive part) run in parallel across partitions and
 * instances; only the LSH lookup, a few dozen key-value reads per article, is serialised in one task, which makes
 * every decision global and, for a given order of the dedup-input topic, deterministic.
 * </pre>
 *
 * Every processor, store and internal topic is named, and the names are pinned by a test: renaming
 * one would orphan its state on upgrade.
 */
public final class EnrichTopology {
  public static final String REVISIONS_STORE = "article-revisions";
  public static final String CANONICALS_STORE = "dedup-canonicals";
  public static final String BANDS_STORE = "dedup-bands";
  public static final String WATCHLIST_STORE = "watchlist-global";

  /** Candidates waiting out the ordering grace, in decision order. */
  public static final String GRACE_STORE = "dedup-grace";

  public static final String STORIES_STORE = "stories";

  /** Story ids filed by entity id and strong word, to find candidate stories. */
  public static final String STORY_KEYS_STORE = "story-keys";

  /** All candidates meet in one partition, so every decision sees every canonical. */
  public static final String REPARTITION = "dedup-input";

  private EnrichTopology() {}

  public static Topology build(NewsflowConfig config, TopicCatalog topics) {
    Duration horizon = Duration.ofMillis(config.getLong("enrich.dedup.horizon.ms"));
    StreamsBuilder b = new StreamsBuilder();
    b.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(REVISIONS_STORE), Serdes.String(), Serdes.ByteArray()));
    // canonicals and story keys are cached: a copy reads the canonical filed moments before from
    // the heap, and writes within a commit interval reach the changelog once. The bands are not:
    // with no changelog to spare, the record cache only cost its upkeep (every band key of every
    // article through its sorted map and evictions: 11 % of enrich's stream thread in a profile,
    // 1 % without it)
    b.addStateStore(
        Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(CANONICALS_STORE),
                Serdes.String(),
                Serdes.ByteArray())
            .withCachingEnabled());
    b.addStateStore(
        Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(BANDS_STORE), Serdes.String(), Serdes.ByteArray())
            .withCachingDisabled()
            // derived from the canonicals and rebuilt from them (NearDuplicateIndex.bandsInStep): a
            // changelog would cost a record per band per article
            .withLoggingDisabled());
    for (String store : List.of(GRACE_STORE, STORIES_STORE)) {
      b.addStateStore(
          Stores.keyValueStoreBuilder(
              Stores.persistentKeyValueStore(store), Serdes.String(), Serdes.ByteArray()));
    }
    b.addStateStore(
        Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(STORY_KEYS_STORE),
                Serdes.String(),
                Serdes.ByteArray())
            .withCachingEnabled());
    Duration grace = Duration.ofMillis(config.getLong("enrich.dedup.grace.ms"));
    double storySimilarity = config.getDouble("enrich.story.similarity");
    Duration storyWindow = Duration.ofMillis(config.getLong("enrich.story.window.ms"));
    double jaccard = config.getDouble("enrich.dedup.jaccard");
    double containment = config.getDouble("enrich.dedup.containment");

    // the watchlist is compacted and small: every instance keeps all of it, and tags with it at
    // once
    b.addGlobalStore(
        Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(WATCHLIST_STORE),
                Serdes.String(),
                Serdes.ByteArray())
            .withLoggingDisabled(),
        topics.watchlist().name(),
        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("watchlist-source"),
        MirroredStore.updater(WATCHLIST_STORE));

    // one memo for every task of this instance: copies of a report land on any partition
    TaggingMemo memo = new TaggingMemo(Math.toIntExact(config.getLong("enrich.tagging.memo")));
    KStream<byte[], byte[]> raw =
        b.stream(
            topics.raw().name(),
            Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("raw-source"));
    Map<String, KStream<String, Outcome>> extracted =
        raw.process(
                () -> new ExtractProcessor(topics.raw(), topics.watchlist(), horizon, memo),
                Named.as("extract"),
                REVISIONS_STORE)
            .split(Named.as("extract-"))
            .branch((k, v) -> v instanceof Outcome.Failed, Branched.as("failed"))
            .defaultBranch(Branched.as("ok"));
    deadLetters(extracted.get("extract-failed"), topics, "extract");

    Map<String, KStream<String, Outcome>> decided =
        extracted
            .get("extract-ok")
            .mapValues(v -> candidate(((Outcome.Article) v).article()), Named.as("fingerprint"))
            .repartition(
                Repartitioned.with(Serdes.String(), topics.serdes().value(DedupCandidate.class))
                    .withName(REPARTITION)
                    .withNumberOfPartitions(1))
            .process(
                () ->
                    new DedupProcessor(
                        horizon,
                        grace,
                        jaccard,
                        containment,
                        storySimilarity,
                        storyWindow,
                        topics.serdes().value(DedupCandidate.class).serializer()),
                Named.as("dedup"),
                CANONICALS_STORE,
                BANDS_STORE,
                GRACE_STORE,
                STORIES_STORE,
                STORY_KEYS_STORE)
            .split(Named.as("dedup-"))
            .branch((k, v) -> v instanceof Outcome.Article, Branched.as("canonical"))
            .branch((k, v) -> v instanceof Outcome.Duplicate, Branched.as("duplicate"))
            .branch((k, v) -> v instanceof Outcome.StoryUpdate, Branched.as("story"))
            .defaultBranch(Branched.as("failed"));
    decided
        .get("dedup-story")
        .mapValues(v -> ((Outcome.StoryUpdate) v).story(), Named.as("story-update"))
        .to(
            topics.stories().name(),
            Produced.with(Serdes.String(), topics.stories().valueSerde()).withName("stories-sink"));
    decided
        .get("dedup-canonical")
        .mapValues(v -> ((Outcome.Article) v).article(), Named.as("canonical-article"))
        .to(
            topics.enriched().name(),
            Produced.with(Serdes.String(), topics.enriched().valueSerde())
                .withName("enriched-sink"));
    decided
        .get("dedup-duplicate")
        .mapValues(v -> ((Outcome.Duplicate) v).notice(), Named.as("duplicate-notice"))
        .to(
            topics.duplicates().name(),
            Produced.with(Serdes.String(), topics.duplicates().valueSerde())
                .withName("duplicates-sink"));
    deadLetters(decided.get("dedup-failed"), topics, "dedup");
    return b.build();
  }

  /**
   * Fingerprints are computed here, in parallel on every partition, before the single decision
   * point.
   */
  static DedupCandidate candidate(EnrichedArticle a) {
    Fingerprinter.Fingerprint fp = Fingerprinter.of(a.getText(), a.getDedup().getFingerprint());
    return new DedupCandidate(
        a, ByteBuffer.wrap(fp.signature()), ByteBuffer.wrap(fp.lead()), fp.shingles());
  }

  private static void deadLetters(
      KStream<String, Outcome> failed, TopicCatalog topics, String step) {
    failed
        .mapValues(v -> ((Outcome.Failed) v).deadLetter(), Named.as(step + "-dead-letter"))
        .to(
            topics.deadLetters().name(),
            Produced.with(Serdes.String(), topics.deadLetters().valueSerde())
                .withName(step + "-dlq-sink"));
  }

  /** Names that must not change between releases (state and internal topics hang off them). */
  public static List<String> pinnedNames() {
    return List.of(
        "raw-source",
        "extract",
        "fingerprint",
        REPARTITION,
        "dedup",
        "enriched-sink",
        "duplicates-sink",
        "stories-sink",
        "extract-dlq-sink",
        "dedup-dlq-sink",
        "watchlist-source",
        REVISIONS_STORE,
        CANONICALS_STORE,
        BANDS_STORE,
        GRACE_STORE,
        STORIES_STORE,
        STORY_KEYS_STORE,
        WATCHLIST_STORE);
  }
}
