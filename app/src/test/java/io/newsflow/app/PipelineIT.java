package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.avro.Alert;
import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.DuplicateNotice;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.ingest.FileSource;
import io.newsflow.ingest.IngestSummary;
import io.newsflow.ingest.Ingestor;
import io.newsflow.ingest.KafkaRawSink;
import io.newsflow.ingest.RawArticleFactory;
import io.newsflow.registry.HttpSchemaRegistryClient;
import io.newsflow.runtime.StreamsStage;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.serde.AvroSerde;
import io.newsflow.serde.NewsflowSerdes;
import io.newsflow.serde.WireFormat;
import io.newsflow.sink.RuleSet;
import io.newsflow.sink.SinkTopology;
import io.newsflow.topics.TopicCatalog;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * ingest -> enrich -> sink on a real broker, read back with plain consumers and third-party
 * clients.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineIT {
  static final String FLOOD =
      "River floods northern district\n\n"
          + "Heavy rain caused the river to burst its banks on Tuesday, flooding hundreds of homes in Kenya's north.\n\n"
          + "Emergency services said more than 2,000 people had been moved to shelters as the water kept rising overnight.\n\n"
          + "The regional governor asked the army for help and said schools would stay closed for the rest of the week.\n";

  Path pages;
  NewsflowConfig config;
  TopicCatalog topics;
  HttpSchemaRegistryClient registry;
  StreamsStage enrich;
  StreamsStage sink;
  IngestSummary summary;

  @BeforeAll
  void runPipeline(@TempDir Path state) throws Exception {
    pages = Files.createDirectories(state.resolve("pages"));
    String ns = SharedBroker.namespace("pipeline");
    config =
        NewsflowConfig.defaults()
            .with(
                Map.of(
                    "bootstrap.servers", SharedBroker.kafka().bootstrapServers(),
                    "registry.url", SharedBroker.registry().url(),
                    "topic.prefix", ns,
                    "application.id.prefix", ns + "newsflow",
                    "state.dir", state.resolve("streams").toString()));
    registry = new HttpSchemaRegistryClient(config.registrySettings());
    topics = new TopicCatalog(ns, new NewsflowSerdes(registry, true));
    RuleSet rules =
        RuleSet.parse(
            "rules:\n  - name: kenya\n    topic: alerts.kenya\n    severity: high\n"
                + "    when: {countries: [KE]}\n",
            "it");
    TopicAdmin.ensure(config, topics, rules.topics());

    Files.writeString(
        pages.resolve("flood.txt"),
        "Home | World | Sport\n\n" + FLOOD + "\nMost read\nOther things\n");
    Files.writeString(
        pages.resolve("flood-copy.html"),
        "<html><body><nav>Menu</nav><h1>River floods northern district</h1>"
            + FLOOD
                .lines()
                .skip(1)
                .filter(l -> !l.isBlank())
                .map(l -> "<p>" + l + "</p>")
                .reduce("", String::concat)
            + "<footer>Copyright Another Site</footer></body></html>");
    Files.writeString(pages.resolve("empty.txt"), "");
    Files.write(pages.resolve("bad.txt"), new byte[] {'o', 'k', (byte) 0xC3, (byte) 0x28});

    enrich = new StreamsStage("enrich", EnrichTopology.build(config, topics), config);
    sink =
        new StreamsStage(
            "sink", SinkTopology.build(config, rules, topics, Clock.systemUTC()), config);
    enrich.start();
    sink.start();
    try (KafkaRawSink out =
        new KafkaRawSink(
            config.kafkaClientProps(), topics.raw(), topics.deadLetters(), 1_000_000)) {
      Clock clock = Clock.systemUTC();
      summary =
          new Ingestor(out, new RawArticleFactory(clock, 1_000_000, false), clock)
              .run(List.of(new FileSource(List.of(pages), 1_000_000)), n -> {});
    }
  }

  @AfterAll
  void stop() {
    if (enrich != null) {
      enrich.close();
    }
    if (sink != null) {
      sink.close();
    }
  }

  <V> List<ConsumerRecord<String, V>> readUntil(
      String topic, Deserializer<V> values, int expected) {
    Map<String, Object> p = new HashMap<>(config.kafkaClientProps());
    p.put("group.id", "it-reader-" + topic + System.nanoTime());
    p.put("auto.offset.reset", "earliest");
    p.put("isolation.level", "read_committed");
    List<ConsumerRecord<String, V>> got = new ArrayList<>();
    try (KafkaConsumer<String, V> c = new KafkaConsumer<>(p, new StringDeserializer(), values)) {
      c.subscribe(List.of(topic));
      await()
          .atMost(Duration.ofSeconds(90))
          .until(
              () -> {
                c.poll(Duration.ofMillis(200)).forEach(got::add);
                return got.size() >= expected;
              });
      // nothing more arrives: exactly what was expected
      c.poll(Duration.ofSeconds(1)).forEach(got::add);
    }
    return got;
  }

  @Test
  void ingestPublishesGoodPagesAndRejectsBadOnes() {
    assertThat(summary.published()).isEqualTo(2);
    assertThat(summary.rejectedByReason()).containsOnlyKeys("empty-input", "invalid-utf8");
    List<ConsumerRecord<String, DeadLetter>> dlq =
        readUntil(topics.deadLetters().name(), topics.deadLetters().valueSerde().deserializer(), 2);
    assertThat(dlq)
        .extracting(r -> r.value().getReason())
        .containsExactlyInAnyOrder("empty-input", "invalid-utf8");
  }

  @Test
  void theCanonicalArticleIsEnrichedAndTheCopyIsADuplicate() {
    List<ConsumerRecord<String, EnrichedArticle>> enriched =
        readUntil(topics.enriched().name(), topics.enriched().valueSerde().deserializer(), 1);
    List<ConsumerRecord<String, DuplicateNotice>> dups =
        readUntil(topics.duplicates().name(), topics.duplicates().valueSerde().deserializer(), 1);
    assertThat(enriched).hasSize(1);
    assertThat(dups).hasSize(1);
    EnrichedArticle a = enriched.get(0).value();
    assertThat(a.getTitle()).isEqualTo("River floods northern district");
    assertThat(a.getText()).startsWith("Heavy rain caused").doesNotContain("Most read", "Home");
    assertThat(a.getCountries()).containsExactly("KE");
    assertThat(a.getLanguage()).isEqualTo("en");
    assertThat(dups.get(0).value().getCanonicalId()).isEqualTo(a.getId());
    assertThat(dups.get(0).value().getMethod()).isEqualTo("exact");
  }

  @Test
  void oneAlertForTheStoryOnTheRulesTopic() {
    List<ConsumerRecord<String, Alert>> alerts =
        readUntil(
            topics.alerts("kenya").name(), topics.alerts("kenya").valueSerde().deserializer(), 1);
    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).value().getRule()).isEqualTo("kenya");
    assertThat(alerts.get(0).value().getMatchedCountries()).containsExactly("KE");
  }

  @Test
  void recordsAreInTheConfluentWireFormatWithRegisteredSchemas() {
    List<ConsumerRecord<String, byte[]>> raw =
        readUntil(topics.enriched().name(), new ByteArrayDeserializer(), 1);
    byte[] v = raw.get(0).value();
    assertThat(v[0]).isEqualTo((byte) 0);
    int id = WireFormat.schemaId(v);
    AvroSerde<EnrichedArticle> serde =
        topics.enriched().valueSerde() instanceof AvroSerde<EnrichedArticle> s ? s : null;
    assertThat(
            registry
                .lookup(topics.enriched().name() + "-value", EnrichedArticle.getClassSchema())
                .orElseThrow()
                .id())
        .isEqualTo(id);
    assertThat(registry.getById(id)).isEqualTo(EnrichedArticle.getClassSchema());
    assertThat(serde).isNotNull();
  }

  @Test
  void kcatReadsOurTopic() throws Exception {
    Assumptions.assumeTrue(
        onPath("kcat"), "kcat is not installed (Debian package 'kcat'): third-party read skipped");
    readUntil(topics.enriched().name(), topics.enriched().valueSerde().deserializer(), 1);
    Process p =
        new ProcessBuilder(
                "kcat",
                "-b",
                SharedBroker.kafka().bootstrapServers(),
                "-C",
                "-e",
                "-q",
                "-t",
                topics.enriched().name(),
                "-o",
                "beginning",
                "-X",
                "isolation.level=read_committed",
                "-f",
                "%k %S\\n")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0))
        .startsWith(
            readUntil(topics.enriched().name(), new ByteArrayDeserializer(), 1).get(0).key());
  }

  @Test
  void confluentsOwnPythonDecoderReadsOurRecordsThroughTheRegistryApi() throws Exception {
    Assumptions.assumeTrue(
        pythonHasConfluentAvro(),
        "python3-confluent-kafka with python3-avro and python3-requests is not installed: Confluent decoder test skipped");
    List<ConsumerRecord<String, EnrichedArticle>> ours =
        readUntil(topics.enriched().name(), topics.enriched().valueSerde().deserializer(), 1);
    Path script = Path.of("src/test/python/read_topic.py").toAbsolutePath();
    Process p =
        new ProcessBuilder(
                "/usr/bin/python3",
                script.toString(),
                SharedBroker.kafka().bootstrapServers(),
                SharedBroker.registry().url(),
                topics.enriched().name(),
                "1")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    EnrichedArticle a = ours.get(0).value();
    assertThat(out)
        .contains("\"id\": \"" + a.getId() + "\"")
        .contains("\"title\": \"" + a.getTitle() + "\"")
        .contains("\"schema_id\": ");
  }

  static boolean onPath(String cmd) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, cmd))) {
        return true;
      }
    }
    return false;
  }

  static boolean pythonHasConfluentAvro() {
    try {
      Process p =
          new ProcessBuilder("/usr/bin/python3", "-c", "import confluent_kafka.avro, requests")
              .redirectErrorStream(true)
              .start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
