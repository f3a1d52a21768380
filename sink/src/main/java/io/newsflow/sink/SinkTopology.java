package io.newsflow.sink;

import io.newsflow.avro.Alert;
import io.newsflow.avro.DeadLetter;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.topics.TopicCatalog;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * The sink stage as a pure function: enriched articles in, one alert per (rule, story) out to each rule's topic.
 * The fired-alert store makes "never twice" hold across restarts and replays; exactly-once v2 makes the store
 * update and the alert one transaction.
 */
public final class SinkTopology {
  public static final String FIRED_STORE = "alerts-fired";

  private SinkTopology() {}

  public static Topology build(NewsflowConfig config, RuleSet rules, TopicCatalog topics, Clock clock) {
    Duration horizon = Duration.ofMillis(config.getLong("enrich.dedup.horizon.ms"));
    int snippetChars = config.getInt("sink.snippet.chars");
    Map<String, String> topicByRule = rules.rules().stream()
        .collect(Collectors.toMap(Rule::name, r -> topics.alerts(r.topic()).name()));

    StreamsBuilder b = new StreamsBuilder();
    b.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(FIRED_STORE), Serdes.String(), Serdes.String()));
    Map<String, KStream<String, Object>> out = b
        .stream(topics.enriched().name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("enriched-source"))
        .process(() -> new RuleProcessor(rules, topics.enriched(), horizon, snippetChars, clock),
            Named.as("evaluate-rules"), FIRED_STORE)
        .split(Named.as("rules-"))
        .branch((k, v) -> v instanceof Alert, Branched.as("alert"))
        .defaultBranch(Branched.as("failed"));
    out.get("rules-alert")
        .mapValues(v -> (Alert) v, Named.as("alert-value"))
        .to((k, v, ctx) -> topicByRule.get(v.getRule()),
            Produced.with(Serdes.String(), topics.alerts("any").valueSerde()).withName("alerts-sink"));
    out.get("rules-failed")
        .mapValues(v -> (DeadLetter) v, Named.as("sink-dead-letter"))
        .to(topics.deadLetters().name(),
            Produced.with(Serdes.String(), topics.deadLetters().valueSerde()).withName("sink-dlq-sink"));
    return b.build();
  }

  public static List<String> pinnedNames() {
    return List.of("enriched-source", "evaluate-rules", "alerts-sink", "sink-dlq-sink", FIRED_STORE);
  }
}
