package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.devkit.DevSchemaRegistry;
import io.newsflow.devkit.EmbeddedKafka;
import io.newsflow.ingest.FileSource;
import io.newsflow.ingest.Ingestor;
import io.newsflow.ingest.KafkaRawSink;
import io.newsflow.ingest.RawArticleFactory;
import io.newsflow.runtime.TopicReader;
import io.newsflow.topics.TopicCatalog;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker is not there when enrich starts, then dies mid-stream and comes back: enrich waits for
 * it, survives the outage, and every acknowledged input is accounted for exactly once (enriched or
 * duplicate), with no dead letters.
 */
class BrokerOutageIT {
  static final String[] COUNTRIES = {
    "Chile", "Kenya", "Peru", "Ghana", "Nepal", "Japan", "Egypt", "Poland"
  };

  @Test
  void enrichStartsBeforeTheBrokerAndSurvivesAKillAndRestart(@TempDir Path dir) throws Exception {
    int port = freePort();
    int registryPort = freePort();
    String bootstrap = "127.0.0.1:" + port;
    String registryUrl = "http://127.0.0.1:" + registryPort;
    TestNamespace space = TestNamespace.on(bootstrap, registryUrl, "outage", Map.of());
    String ns = space.name();
    Path log = dir.resolve("enrich.log");
    Process enrich =
        StageProcess.startOn(
            bootstrap,
            registryUrl,
            "enrich",
            ns,
            log,
            "-D",
            "state.dir=" + dir.resolve("state"),
            "-D",
            "ops.enrich.port=0");
    EmbeddedKafka kafka = null;
    DevSchemaRegistry registry = null;
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> Files.readString(log).contains("Waiting for Kafka"));
      assertThat(enrich.isAlive()).isTrue();

      kafka = EmbeddedKafka.start(dir.resolve("kafka"), port, Duration.ofSeconds(90));
      registry =
          DevSchemaRegistry.start(
              Map.of("bootstrap.servers", bootstrap),
              DevSchemaRegistry.DEFAULT_TOPIC,
              registryPort);
      await()
          .atMost(Duration.ofSeconds(120))
          .until(() -> Files.readString(log).contains("running as"));

      NewsflowConfig config = space.config();
      TopicCatalog topics = space.topics();
      ingest(config, topics, pages(dir.resolve("batch1"), 0, 60));
      TopicReader reader = space.reader();
      // kill -9 once some of the batch is committed downstream, while the rest is in flight
      await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> reader.readAll(topics.enriched().name(), Duration.ofSeconds(5)).size() >= 5);
      System.out.printf(
          "BrokerOutageIT: killing the broker with %d of 60 enriched%n",
          reader.readAll(topics.enriched().name(), Duration.ofSeconds(5)).size());
      ProcessHandle broker = ProcessHandle.of(kafka.pid()).orElseThrow();
      broker.destroyForcibly();
      broker.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      kafka = EmbeddedKafka.start(dir.resolve("kafka"), port, Duration.ofSeconds(90));
      ingest(config, topics, pages(dir.resolve("batch2"), 60, 30));

      List<String> acked = new ArrayList<>();
      reader.readAll(topics.raw().name(), Duration.ofSeconds(30)).forEach(l -> acked.add(l.key()));
      assertThat(acked).hasSize(90).doesNotHaveDuplicates();
      try (Admin admin = Admin.create(config.kafkaClientProps())) {
        await()
            .atMost(Duration.ofSeconds(180))
            .pollInterval(Duration.ofSeconds(1))
            .until(
                () ->
                    Completion.lag(admin, config.kafkaClientProps(), ns + "-newsflow-enrich") == 0
                        && accounted(reader, topics).size() >= acked.size());
      }
      Map<String, Integer> seen = accounted(reader, topics);
      assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(acked);
      assertThat(seen.values()).as("each input once, never twice").containsOnly(1);
      assertThat(reader.readAll(topics.deadLetters().name(), Duration.ofSeconds(10))).isEmpty();
      assertThat(enrich.isAlive())
          .as("enrich rode out the outage; log:\n" + Files.readString(log))
          .isTrue();
    } finally {
      enrich.destroyForcibly();
      if (registry != null) {
        registry.close();
      }
      if (kafka != null) {
        kafka.close();
      }
    }
  }

  /** How many times each input came out, enriched or as a duplicate. */
  private static Map<String, Integer> accounted(TopicReader reader, TopicCatalog topics) {
    Map<String, Integer> seen = new HashMap<>();
    reader
        .readAll(topics.enriched().name(), Duration.ofSeconds(10))
        .forEach(l -> seen.merge(l.value().get("parentId").toString(), 1, Integer::sum));
    reader
        .readAll(topics.duplicates().name(), Duration.ofSeconds(10))
        .forEach(l -> seen.merge(l.value().get("id").toString(), 1, Integer::sum));
    return seen;
  }

  private static Path pages(Path dir, int from, int n) throws IOException {
    Files.createDirectories(dir);
    for (int i = from; i < from + n; i++) {
      String country = COUNTRIES[i % COUNTRIES.length];
      Files.writeString(
          dir.resolve("p" + i + ".txt"),
          "Report "
              + i
              + " from "
              + country
              + "\n\n"
              + "Officials in "
              + country
              + " said "
              + (100 + i * 7)
              + " families were moved from the district of "
              + "Sector-"
              + i
              + " after report number "
              + i
              + " on the dam at kilometre "
              + (i * 13)
              + ".\n\n"
              + "The agency said item "
              + i
              + " of its inventory, "
              + (i * 31 % 97)
              + " tents and "
              + (i * 17)
              + " boats,"
              + " would reach zone "
              + i
              + " within "
              + (i % 5 + 1)
              + " days, and code "
              + Integer.toHexString(i * 7919)
              + " was issued.\n");
    }
    return dir;
  }

  private static void ingest(NewsflowConfig config, TopicCatalog topics, Path pages) {
    try (KafkaRawSink raw =
        new KafkaRawSink(
            config.kafkaClientProps(), topics.raw(), topics.deadLetters(), 1_000_000)) {
      new Ingestor(
              raw, new RawArticleFactory(Clock.systemUTC(), 1_000_000, false), Clock.systemUTC())
          .run(List.of(new FileSource(List.of(pages), 1_000_000)), n -> {});
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
