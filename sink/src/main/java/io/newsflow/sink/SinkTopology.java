package io.newsflow.sink;

import io.newsflow.avro.Alert;
import io.newsflow.avro.DeadLetter;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.streams.MirroredStore;
import io.newsflow.topics.StoryHeader;
import io.newsflow.topics.TopicCatalog;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;

/**
 * The sink stage as a pure function: enriched articles and duplicate notices, both re-keyed by
 * their story, in; one alert per (rule, story) out to each rule's topic. Rules come from the rules
 * file, overridden and extended at run time by the compacted rules topic (a global store). The
 * fired-alert store makes "never twice" hold across restarts and replays; exactly-once v2 makes
 * store updates and alerts one transaction.
 */
public final class SinkTopology {
  public static final String FIRED_STORE = "alerts-fired";
  public static final String SOURCES_STORE = "story-sources";
  public static final String PENDING_STORE = "momentum-pending";
  public static final String THROTTLE_STORE = "rule-throttle";
  public static final String RULES_STORE = "rules-global";
  public static final String DUPLICATES_BY_STORY = "duplicates-by-story";
  public static final String ARTICLES_BY_STORY = "articles-by-story";

  /** Header carrying an alert's output topic from the processor to the sink node. */
  public static final String TOPIC_HEADER = "newsflow.alert.topic";

  private SinkTopology() {}

  public static Topology build(
      NewsflowConfig config, RuleSet rules, TopicCatalog topics, Clock clock) {
    Duration horizon = Duration.ofMillis(config.getLong("sink.horizon.ms"));
    int snippetChars = config.getInt("sink.snippet.chars");

    StreamsBuilder b = new StreamsBuilder();
    for (String store : List.of(FIRED_STORE, SOURCES_STORE, THROTTLE_STORE, PENDING_STORE)) {
      b.addStateStore(
          Stores.keyValueStoreBuilder(
              Stores.persistentKeyValueStore(store), Serdes.String(), Serdes.ByteArray()));
    }
    // the rules topic is compacted and small: every instance keeps all of it
    b.addGlobalStore(
        Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(RULES_STORE), Serdes.String(), Serdes.ByteArray())
            .withLoggingDisabled(),
        topics.rules().name(),
        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("rules-source"),
        MirroredStore.updater(RULES_STORE));

    // every report of a story meets in one task: its sources are counted and its alerts decided in
    // one place;
    // what cannot be decoded is dead-lettered here, with its coordinates on the source topic
    Map<String, KStream<String, Object>> articlesIn =
        keyByStory(
            b,
            topics.enriched().name(),
            "enriched-source",
            "article-by-story",
            "article-",
            v ->
                RuleProcessor.storyOf(
                    topics
                        .enriched()
                        .valueSerde()
                        .deserializer()
                        .deserialize(topics.enriched().name(), v)),
            clock);
    Map<String, KStream<String, Object>> duplicatesIn =
        keyByStory(
            b,
            topics.duplicates().name(),
            "duplicates-source",
            "key-by-story",
            "duplicate-",
            v ->
                RuleProcessor.storyOf(
                    topics
                        .duplicates()
                        .valueSerde()
                        .deserializer()
                        .deserialize(topics.duplicates().name(), v)),
            clock);
    KStream<String, SinkInput> articles =
        byStory(
            articlesIn.get("article-keyed"), "article", ARTICLES_BY_STORY, SinkInput.Article::new);
    KStream<String, SinkInput> duplicates =
        byStory(
            duplicatesIn.get("duplicate-keyed"),
            "duplicate",
            DUPLICATES_BY_STORY,
            SinkInput.Duplicate::new);
    articlesIn
        .get("article-failed")
        .merge(duplicatesIn.get("duplicate-failed"), Named.as("undecodable"))
        .mapValues(v -> (DeadLetter) v, Named.as("undecodable-dead-letter"))
        .to(
            topics.deadLetters().name(),
            Produced.with(Serdes.String(), topics.deadLetters().valueSerde())
                .withName("undecodable-dlq-sink"));

    Map<String, KStream<String, Object>> out =
        articles
            .merge(duplicates, Named.as("articles-and-duplicates"))
            .process(
                () -> new RuleProcessor(rules, topics, horizon, snippetChars, clock),
                Named.as("evaluate-rules"),
                FIRED_STORE,
                SOURCES_STORE,
                PENDING_STORE,
                THROTTLE_STORE)
            .split(Named.as("rules-"))
            .branch((k, v) -> v instanceof Alert, Branched.as("alert"))
            .defaultBranch(Branched.as("failed"));
    out.get("rules-alert")
        .mapValues(v -> (Alert) v, Named.as("alert-value"))
        .to(
            (k, v, ctx) -> {
              Header h = ctx.headers().lastHeader(TOPIC_HEADER);
              // the routing header is internal: taken off before the alert is published (the sink
              // sends these headers)
              ctx.headers().remove(TOPIC_HEADER);
              return new String(h.value(), StandardCharsets.UTF_8);
            },
            Produced.with(Serdes.String(), topics.alerts("any").valueSerde())
                .withName("alerts-sink"));
    out.get("rules-failed")
        .mapValues(v -> (DeadLetter) v, Named.as("sink-dead-letter"))
        .to(
            topics.deadLetters().name(),
            Produced.with(Serdes.String(), topics.deadLetters().valueSerde())
                .withName("sink-dlq-sink"));
    return b.build();
  }

  /**
   * Re-keys a report by its story; a record that cannot be decoded becomes a dead letter where it
   * stands.
   */
  static final class StoryKey implements Processor<String, byte[], String, Object> {
    private final Function<byte[], String> story;
    private final Clock clock;
    private ProcessorContext<String, Object> ctx;

    StoryKey(Function<byte[], String> story, Clock clock) {
      this.story = story;
      this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
      this.ctx = context;
    }

    @Override
    public void process(Record<String, byte[]> record) {
      if (record.value() == null) {
        return; // a tombstone carries no report
      }
      try {
        // enrich names the story in a header: the article is decoded once, by the rule step
        String key = StoryHeader.of(record.headers()).orElseGet(() -> story.apply(record.value()));
        ctx.forward(record.withKey(key).withValue((Object) record.value()));
      } catch (RuntimeException e) {
        ctx.forward(
            record.withValue(
                (Object)
                    RuleProcessor.deadLetter(
                        ctx,
                        clock,
                        record.key(),
                        record.value(),
                        "undecodable-record",
                        "Cannot decode a sink input: " + e.getMessage())));
      }
    }
  }

  /**
   * One input topic keyed by story ({@link StoryKey}): branch {@code prefix + "keyed"} holds the
   * records' bytes, {@code prefix + "failed"} the dead letters of those that cannot be decoded.
   */
  private static Map<String, KStream<String, Object>> keyByStory(
      StreamsBuilder b,
      String topic,
      String source,
      String step,
      String prefix,
      Function<byte[], String> story,
      Clock clock) {
    return b.stream(topic, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(source))
        .process(() -> new StoryKey(story, clock), Named.as(step))
        .split(Named.as(prefix))
        .branch((k, v) -> v instanceof byte[], Branched.as("keyed"))
        .defaultBranch(Branched.as("failed"));
  }

  /** Records keyed by story, through their repartition, as the rule step's input. */
  private static KStream<String, SinkInput> byStory(
      KStream<String, Object> keyed,
      String kind,
      String repartition,
      Function<byte[], SinkInput> input) {
    return keyed
        .mapValues(v -> (byte[]) v, Named.as(kind + "-bytes"))
        .repartition(Repartitioned.with(Serdes.String(), Serdes.ByteArray()).withName(repartition))
        .mapValues(v -> input.apply(v), Named.as("as-" + kind));
  }

  public static List<String> pinnedNames() {
    return List.of(
        "enriched-source",
        "duplicates-source",
        "article-by-story",
        ARTICLES_BY_STORY,
        "key-by-story",
        DUPLICATES_BY_STORY,
        "undecodable-dlq-sink",
        "evaluate-rules",
        "alerts-sink",
        "sink-dlq-sink",
        "rules-source",
        FIRED_STORE,
        SOURCES_STORE,
        PENDING_STORE,
        THROTTLE_STORE,
        RULES_STORE);
  }
}
