package io.newsflow.sink;

import static io.newsflow.sink.RuleSetTest.enriched;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Alert;
import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.Severity;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.registry.InMemorySchemaRegistryClient;
import io.newsflow.serde.NewsflowSerdes;
import io.newsflow.topics.TopicCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SinkTopologyTest {
  static final Instant NOW = Instant.parse("2025-03-11T09:00:00Z");
  final TopicCatalog topics = new TopicCatalog("t.", new NewsflowSerdes(new InMemorySchemaRegistryClient(), true));
  final RuleSet rules = RuleSet.parse(String.join("\n",
      "rules:",
      "  - name: ir-pk",
      "    topic: alerts.iran-pakistan",
      "    severity: high",
      "    when: {all: [{countries: [IR]}, {countries: [PK]}]}",
      "  - name: any-iran",
      "    topic: iran",
      "    severity: low",
      "    when: {countries: [IR]}"), "test");
  TopologyTestDriver driver;
  TestInputTopic<byte[], byte[]> in;
  TestOutputTopic<String, Alert> irPk;
  TestOutputTopic<String, Alert> iran;
  TestOutputTopic<String, DeadLetter> dlq;

  @BeforeEach
  void start() {
    Properties p = new Properties();
    p.put("application.id", "sink-test");
    p.put("bootstrap.servers", "unused:9092");
    driver = new TopologyTestDriver(SinkTopology.build(NewsflowConfig.defaults(), rules, topics,
        Clock.fixed(NOW, ZoneOffset.UTC)), p);
    in = driver.createInputTopic("t.news.enriched", new ByteArraySerializer(), new ByteArraySerializer());
    irPk = driver.createOutputTopic("t.alerts.iran-pakistan", new StringDeserializer(),
        topics.alerts("x").valueSerde().deserializer());
    iran = driver.createOutputTopic("t.alerts.iran", new StringDeserializer(), topics.alerts("x").valueSerde().deserializer());
    dlq = driver.createOutputTopic("t.news.dlq", new StringDeserializer(), topics.deadLetters().valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  void send(EnrichedArticle a) {
    in.pipeInput(a.getId().getBytes(), topics.enriched().valueSerde().serializer().serialize("t.news.enriched", a));
  }

  @Test
  void eachMatchingRuleAlertsOnItsOwnTopicAndSaysWhy() {
    send(enriched("a1", "Strikes across the border", "Iran and Pakistan traded strikes. More text follows here.",
        List.of("IR", "PK"), List.of("armed-attack")));
    Alert a = irPk.readValue();
    assertThat(a.getId()).isEqualTo("ir-pk|a1");
    assertThat(a.getSeverity()).isEqualTo(Severity.HIGH);
    assertThat(a.getMatchedCountries()).containsExactly("IR", "PK");
    assertThat(a.getTitle()).isEqualTo("Strikes across the border");
    assertThat(a.getFiredAt()).isEqualTo(NOW);
    assertThat(iran.readValue().getRule()).isEqualTo("any-iran");
  }

  @Test
  void neverTwiceForTheSameRuleAndStory() {
    EnrichedArticle a = enriched("a1", "t", "Iran and Pakistan.", List.of("IR", "PK"), List.of());
    send(a);
    send(a); // re-delivered, replayed, or a revision
    assertThat(irPk.readValuesToList()).hasSize(1);
    assertThat(iran.readValuesToList()).hasSize(1);
    send(enriched("a2", "t", "Iran alone.", List.of("IR"), List.of()));
    assertThat(irPk.isEmpty()).isTrue();
    assertThat(iran.readValuesToList()).hasSize(1);
  }

  @Test
  void undecodableInputIsADeadLetterAndTheSinkGoesOn() {
    in.pipeInput("k".getBytes(), new byte[] {1, 2, 3});
    send(enriched("a3", "t", "Iran.", List.of("IR"), List.of()));
    DeadLetter d = dlq.readValue();
    assertThat(d.getStage()).isEqualTo("sink");
    assertThat(d.getSourceTopic()).isEqualTo("t.news.enriched");
    assertThat(d.getSourceOffset()).isEqualTo(0L);
    assertThat(iran.readValuesToList()).hasSize(1);
  }

  @Test
  void theFiredAlertStoreForgetsStoriesOlderThanTheHorizon() {
    java.time.Instant t0 = java.time.Instant.parse("2025-01-01T00:00:00Z");
    for (int i = 0; i < 10; i++) {
      EnrichedArticle a = enriched("old" + i, "t", "Iran.", List.of("IR"), List.of());
      in.pipeInput(a.getId().getBytes(), topics.enriched().valueSerde().serializer().serialize("t.news.enriched", a),
          t0.plusSeconds(i));
    }
    org.apache.kafka.streams.state.KeyValueStore<String, String> store = driver.getKeyValueStore(SinkTopology.FIRED_STORE);
    assertThat(store.approximateNumEntries()).isEqualTo(10);
    // the default horizon is 30 days: 31 days later only the new story is remembered
    EnrichedArticle late = enriched("new", "t", "Iran.", List.of("IR"), List.of());
    in.pipeInput(late.getId().getBytes(), topics.enriched().valueSerde().serializer().serialize("t.news.enriched", late),
        t0.plus(java.time.Duration.ofDays(31)));
    int n = 0;
    try (var it = store.all()) {
      while (it.hasNext()) {
        it.next();
        n++;
      }
    }
    assertThat(n).isEqualTo(1);
  }

  @Test
  void snippetsEndAtASentenceOrWord() {
    assertThat(RuleProcessor.snippet("One sentence here. Another one follows and goes on and on.", 30))
        .isEqualTo("One sentence here.");
    assertThat(RuleProcessor.snippet("Words words words words words", 12)).isEqualTo("Words words...");
  }

  @Test
  void namesArePinned() {
    String d = SinkTopology.build(NewsflowConfig.defaults(), rules, topics, Clock.systemUTC()).describe().toString();
    SinkTopology.pinnedNames().forEach(n -> assertThat(d).contains(n));
    assertThat(d).doesNotContainPattern("KSTREAM-[A-Z]+-\\d+");
  }
}
