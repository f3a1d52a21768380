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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;

class SinkTopologyTest {
  @TempDir Path stateDir;

  static final Instant NOW = Instant.parse("2025-03-11T09:00:00Z");
  final TopicCatalog topics =
      new TopicCatalog("t.", new NewsflowSerdes(new InMemorySchemaRegistryClient(), true));
  final RuleSet rules =
      RuleSet.parse(
          String.join(
              "\n",
              "rules:",
              "  - name: ir-pk",
              "    topic: alerts.iran-pakistan",
              "    severity: high",
              "    when: {all: [{countries: [IR]}, {countries: [PK]}]}",
              "  - name: any-iran",
              "    topic: iran",
              "    severity: low",
              "    when: {countries: [IR]}"),
          "test");
  TopologyTestDriver driver;
  TestInputTopic<byte[], byte[]> in;
  TestOutputTopic<String, Alert> irPk;
  TestOutputTopic<String, Alert> iran;
  TestOutputTopic<String, DeadLetter> dlq;
  TestInputTopic<String, io.newsflow.avro.DuplicateNotice> dups;
  TestInputTopic<String, io.newsflow.avro.RuleDefinition> rulesTopic;

  @BeforeEach
  void start() {
    Properties p = new Properties();
    p.put("application.id", "sink-test");
    p.put("state.dir", stateDir.toString()); // its own: builds running side by side share no lock
    p.put("bootstrap.servers", "unused:9092");
    driver =
        new TopologyTestDriver(
            SinkTopology.build(
                NewsflowConfig.defaults(), rules, topics, Clock.fixed(NOW, ZoneOffset.UTC)),
            p);
    createTopics();
  }

  static final java.time.Instant T0 = java.time.Instant.parse("2025-03-01T00:00:00Z");

  void sendAt(EnrichedArticle a, java.time.Instant t) {
    in.pipeInput(
        a.getId().getBytes(),
        topics.enriched().valueSerde().serializer().serialize("t.news.enriched", a),
        t);
  }

  void duplicateAt(String id, String canonical, String source, java.time.Instant t) {
    dups.pipeInput(
        id,
        io.newsflow.avro.DuplicateNotice.newBuilder()
            .setId(id)
            .setUrl("https://" + source + "/" + id)
            .setSource(source)
            .setCanonicalId(canonical)
            .setCanonicalUrl("u")
            .setSimilarity(0.9)
            .setMethod("minhash-lsh")
            .setDetectedAt(t)
            .setStoryId(canonical.startsWith("r") ? "r1" : null)
            .build(),
        t);
  }

  static EnrichedArticle from(String id, String source, List<String> countries) {
    EnrichedArticle a = enriched(id, "t", "Text.", countries, List.of());
    a.setSource(source);
    return a;
  }

  void useRules(String yaml) {
    driver.close();
    Properties p = new Properties();
    p.put("application.id", "sink-test");
    p.put("state.dir", stateDir.toString()); // its own: builds running side by side share no lock
    p.put("bootstrap.servers", "unused:9092");
    driver =
        new TopologyTestDriver(
            SinkTopology.build(
                NewsflowConfig.defaults(),
                RuleSet.parse(yaml, "t"),
                topics,
                Clock.fixed(NOW, ZoneOffset.UTC)),
            p);
    createTopics();
  }

  void createTopics() {
    in =
        driver.createInputTopic(
            "t.news.enriched", new ByteArraySerializer(), new ByteArraySerializer());
    irPk =
        driver.createOutputTopic(
            "t.alerts.iran-pakistan",
            new StringDeserializer(),
            topics.alerts("x").valueSerde().deserializer());
    iran =
        driver.createOutputTopic(
            "t.alerts.iran",
            new StringDeserializer(),
            topics.alerts("x").valueSerde().deserializer());
    dlq =
        driver.createOutputTopic(
            "t.news.dlq",
            new StringDeserializer(),
            topics.deadLetters().valueSerde().deserializer());
    dups =
        driver.createInputTopic(
            "t.news.duplicates",
            new org.apache.kafka.common.serialization.StringSerializer(),
            topics.duplicates().valueSerde().serializer());
    rulesTopic =
        driver.createInputTopic(
            "t.newsflow.rules",
            new org.apache.kafka.common.serialization.StringSerializer(),
            topics.rules().valueSerde().serializer());
  }

  static EnrichedArticle report(String id, String source, String story) {
    EnrichedArticle a = from(id, source, List.of("IR"));
    a.setStoryId(story);
    a.setUrl("https://" + source + "/" + id);
    return a;
  }

  void sendWithStoryHeader(byte[] value, String id, String story) {
    org.apache.kafka.common.header.internals.RecordHeaders h =
        new org.apache.kafka.common.header.internals.RecordHeaders();
    h.add(io.newsflow.topics.StoryHeader.NAME, story.getBytes(StandardCharsets.UTF_8));
    in.pipeInput(new org.apache.kafka.streams.test.TestRecord<>(id.getBytes(), value, h, T0));
  }

  @Test
  void aReportWhoseHeaderNamesItsStoryIsKeyedWithoutBeingDecodedTwice() {
    useRules(
        "rules:\n  - name: surge\n    topic: iran\n    severity: high\n    when: {countries: [IR]}\n"
            + "    momentum: {sources: 2, within: 6h}\n");
    for (EnrichedArticle a :
        List.of(report("h1", "a.example", "s7"), report("h2", "b.example", "s7"))) {
      sendWithStoryHeader(
          topics.enriched().valueSerde().serializer().serialize("t.news.enriched", a),
          a.getId(),
          "s7");
    }
    Alert alert = iran.readValue();
    assertThat(alert.getStoryId()).isEqualTo("s7");
    assertThat(alert.getReportingSources()).containsExactly("a.example", "b.example");
    // the keying step trusts the header and does not decode: a broken record is still a dead
    // letter, from the rule step, which decodes every report once
    sendWithStoryHeader(new byte[] {1, 2, 3}, "broken", "s7");
    DeadLetter d = dlq.readValue();
    assertThat(d.getReason()).isEqualTo("undecodable-record");
    assertThat(d.getSourceTopic()).endsWith("-repartition");
  }

  @Test
  void independentReportsOfOneStoryAlertOnceAndCountTowardsMomentum() {
    useRules(
        "rules:\n  - name: surge\n    topic: iran\n    severity: high\n    when: {countries: [IR]}\n"
            + "    momentum: {sources: 3, within: 6h}\n  - name: any\n    topic: iran\n    severity: low\n    when: {countries: [IR]}\n");
    sendAt(report("r1", "a.example", "r1"), T0);
    sendAt(
        report("r2", "b.example", "r1"),
        T0.plusSeconds(600)); // another outlet's own report of the event
    duplicateAt("c1", "r2", "b.example", T0.plusSeconds(700)); // a copy: same source, still two
    assertThat(iran.readValuesToList())
        .extracting(Alert::getId)
        .containsExactly("any|r1"); // once for the story
    sendAt(report("r3", "c.example", "r1"), T0.plusSeconds(900));
    List<Alert> alerts = iran.readValuesToList();
    assertThat(alerts).extracting(Alert::getId).containsExactly("surge|r1");
    Alert surge = alerts.get(0);
    assertThat(surge.getStoryId()).isEqualTo("r1");
    assertThat(surge.getReportingSources()).containsExactly("a.example", "b.example", "c.example");
    assertThat(surge.getStoryReports())
        .extracting(io.newsflow.avro.StoryReport::getArticleId)
        .containsExactly("r1", "r2", "c1", "r3");
    sendAt(report("r4", "d.example", "r1"), T0.plusSeconds(1200)); // a follow-up: no new alert
    assertThat(iran.isEmpty()).isTrue();
    sendAt(
        report("x1", "a.example", "x1"), T0.plusSeconds(1300)); // another story alerts on its own
    assertThat(iran.readValuesToList()).extracting(Alert::getId).containsExactly("any|x1");
  }

  @Test
  void momentumWaitsForEnoughDistinctSourcesWithinTheWindow() {
    useRules(
        "rules:\n  - name: surge\n    topic: iran\n    severity: high\n    when: {countries: [IR]}\n"
            + "    momentum: {sources: 3, within: 6h}\n");
    sendAt(from("s1", "a.example", List.of("IR")), T0);
    duplicateAt("d1", "s1", "b.example", T0.plusSeconds(600));
    duplicateAt("d2", "s1", "b.example", T0.plusSeconds(700)); // same source again: still two
    assertThat(iran.isEmpty()).isTrue();
    duplicateAt("d3", "s1", "c.example", T0.plusSeconds(3600));
    var published = iran.readRecord();
    // the routing header is internal: a subscriber sees no newsflow header on an alert
    assertThat(published.headers().lastHeader(SinkTopology.TOPIC_HEADER)).isNull();
    Alert a = published.value();
    assertThat(a.getId()).isEqualTo("surge|s1");
    assertThat(a.getReportingSources()).containsExactly("a.example", "b.example", "c.example");
    duplicateAt("d4", "s1", "d.example", T0.plusSeconds(4000));
    assertThat(iran.isEmpty()).isTrue(); // once per story

    // a story whose third source comes too late never fires
    sendAt(from("s2", "a.example", List.of("IR")), T0);
    duplicateAt("e1", "s2", "b.example", T0.plusSeconds(60));
    duplicateAt("e2", "s2", "c.example", T0.plusSeconds(7 * 3600));
    assertThat(iran.isEmpty()).isTrue();
  }

  @Test
  void duplicatesThatArriveBeforeTheirCanonicalStillCount() {
    useRules(
        "rules:\n  - name: surge\n    topic: iran\n    severity: high\n    when: {countries: [IR]}\n"
            + "    momentum: {sources: 2, within: 1h}\n");
    duplicateAt("d1", "s9", "b.example", T0);
    sendAt(from("s9", "a.example", List.of("IR")), T0.plusSeconds(5));
    assertThat(iran.readValue().getReportingSources()).containsExactly("b.example", "a.example");
  }

  @Test
  void alertsCarryTheIngestTimeSoConsumersCanMeasureThePipelinesDelay() {
    EnrichedArticle a = from("i1", "a.example", List.of("IR"));
    a.setIngestedAt(NOW.minusMillis(250));
    sendAt(a, T0);
    Alert alert = iran.readValue();
    assertThat(alert.getIngestedAt()).isEqualTo(NOW.minusMillis(250));
    assertThat(alert.getFiredAt()).isEqualTo(NOW);
  }

  @Test
  void throttleCapsAlertsPerWindow() {
    useRules(
        "rules:\n  - name: calm\n    topic: iran\n    severity: low\n    when: {countries: [IR]}\n"
            + "    throttle: {max: 2, per: 1h}\n");
    for (int i = 0; i < 3; i++) {
      sendAt(from("s" + i, "a.example", List.of("IR")), T0.plusSeconds(i * 60L));
    }
    assertThat(iran.readValuesToList()).extracting(Alert::getArticleId).containsExactly("s0", "s1");
    sendAt(from("late", "a.example", List.of("IR")), T0.plusSeconds(3700));
    assertThat(iran.readValuesToList()).extracting(Alert::getArticleId).containsExactly("late");
  }

  @Test
  void rulesChangeAtRunTimeThroughTheRulesTopic() {
    EnrichedArticle pk = from("p1", "a.example", List.of("PK"));
    sendAt(pk, T0);
    assertThat(iran.isEmpty()).isTrue();
    String yaml =
        RuleSet.parse(
                "rules:\n  - name: any-pakistan\n    topic: iran\n    severity: critical\n"
                    + "    when: {countries: [PK]}\n",
                "t")
            .rules()
            .get(0)
            .yaml();
    rulesTopic.pipeInput(
        "any-pakistan",
        io.newsflow.avro.RuleDefinition.newBuilder()
            .setName("any-pakistan")
            .setYaml(yaml)
            .setUpdatedAt(T0)
            .build(),
        T0);
    sendAt(from("p2", "a.example", List.of("PK")), T0.plusSeconds(1));
    Alert a = iran.readValue();
    assertThat(a.getRule()).isEqualTo("any-pakistan");
    assertThat(a.getSeverity()).isEqualTo(Severity.CRITICAL);
    // once the topic holds rules they are the rules in force, the start rules no longer; a
    // tombstone removes a rule
    String lowered =
        RuleSet.parse(
                "rules:\n  - name: any-iran\n    topic: iran\n    severity: low\n"
                    + "    when: {countries: [AQ]}\n",
                "t")
            .rules()
            .get(0)
            .yaml();
    rulesTopic.pipeInput(
        "any-iran",
        io.newsflow.avro.RuleDefinition.newBuilder()
            .setName("any-iran")
            .setYaml(lowered)
            .setUpdatedAt(T0)
            .build(),
        T0);
    rulesTopic.pipeInput("any-pakistan", null, T0);
    sendAt(from("p3", "a.example", List.of("IR", "PK")), T0.plusSeconds(2));
    assertThat(iran.isEmpty()).isTrue();
    assertThat(irPk.isEmpty()).as("ir-pk was a start rule, not in the topic").isTrue();
    sendAt(from("p4", "a.example", List.of("AQ")), T0.plusSeconds(3));
    assertThat(iran.readValue().getRule()).isEqualTo("any-iran");
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  void send(EnrichedArticle a) {
    in.pipeInput(
        a.getId().getBytes(),
        topics.enriched().valueSerde().serializer().serialize("t.news.enriched", a));
  }

  @Test
  void eachMatchingRuleAlertsOnItsOwnTopicAndSaysWhy() {
    send(
        enriched(
            "a1",
            "Strikes across the border",
            "Iran and Pakistan traded strikes. More text follows here.",
            List.of("IR", "PK"),
            List.of("armed-attack")));
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
      in.pipeInput(
          a.getId().getBytes(),
          topics.enriched().valueSerde().serializer().serialize("t.news.enriched", a),
          t0.plusSeconds(i));
    }
    org.apache.kafka.streams.state.KeyValueStore<String, byte[]> store =
        driver.getKeyValueStore(SinkTopology.FIRED_STORE);
    assertThat(store.approximateNumEntries()).isEqualTo(10);
    // a report dated years later (an undated page is stamped now) forgets nothing: state is held by
    // processing time
    EnrichedArticle undated = enriched("now", "t", "Iran.", List.of("IR"), List.of());
    in.pipeInput(
        undated.getId().getBytes(),
        topics.enriched().valueSerde().serializer().serialize("t.news.enriched", undated),
        t0.plus(java.time.Duration.ofDays(700)));
    assertThat(store.approximateNumEntries()).isEqualTo(11);
    // the horizon (7 days) of processing time later, only a new story is remembered
    driver.advanceWallClockTime(java.time.Duration.ofDays(8));
    EnrichedArticle late = enriched("new", "t", "Iran.", List.of("IR"), List.of());
    in.pipeInput(
        late.getId().getBytes(),
        topics.enriched().valueSerde().serializer().serialize("t.news.enriched", late),
        t0.plus(java.time.Duration.ofDays(701)));
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
    assertThat(
            RuleProcessor.snippet("One sentence here. Another one follows and goes on and on.", 30))
        .isEqualTo("One sentence here.");
    assertThat(RuleProcessor.snippet("Words words words words words", 12))
        .isEqualTo("Words words...");
  }

  @Test
  void namesArePinned() {
    String d =
        SinkTopology.build(NewsflowConfig.defaults(), rules, topics, Clock.systemUTC())
            .describe()
            .toString();
    SinkTopology.pinnedNames().forEach(n -> assertThat(d).as(n).contains(n));
    // the whole layout is pinned: a renamed store or internal topic fails here, not in production
    assertThat(
            io.newsflow.streams.TopologySnapshot.check(
                SinkTopology.build(NewsflowConfig.defaults(), rules, topics, Clock.systemUTC()),
                java.nio.file.Path.of("src/test/resources/io/newsflow/sink/topology.txt")))
        .isNull();
    assertThat(d).doesNotContainPattern("KSTREAM-[A-Z]+-\\d+");
  }
}
