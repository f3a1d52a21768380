package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.avro.IngestMetadata;
import io.newsflow.avro.RawArticle;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.ingest.KafkaRawSink;
import io.newsflow.runtime.StreamsStage;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.TopicReader;
import io.newsflow.topics.TopicCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink killed with SIGKILL mid-run three times and started again each time: every expected
 * alert is on its topic exactly once. Rules applied at run time through the rules topic take effect
 * without a restart.
 */
class SinkRestartIT {
  static final String[] WORDS =
      ("harbour bridge council budget farmers rain court ruling teachers strike power grid "
              + "hospital vaccine market prices border talks election results river flood airport runway factory workers "
              + "mayor protest police minister report officials said monday tuesday wednesday after before city region")
          .split(" ");

  /**
   * A report of its own event: common news words, and as many words of its own (made-up names and
   * terms) that no other report shares, as reports of different events have; drawn from the common
   * 45 words alone, every report would be one story (they share most of their words).
   */
  static String text(Random r, String country) {
    StringBuilder sb = new StringBuilder();
    String[] own = new String[12];
    for (int i = 0; i < own.length; i++) {
      own[i] = i < 3 ? name(r) : name(r).toLowerCase(java.util.Locale.ROOT);
    }
    for (int p = 0; p < 3; p++) {
      for (int w = 0; w < 25; w++) {
        sb.append(w % 2 == 1 ? own[r.nextInt(own.length)] : WORDS[r.nextInt(WORDS.length)])
            .append(' ');
      }
      sb.append("in ").append(country).append(", officials said.\n\n");
    }
    return sb.toString();
  }

  private static final String[] SYLLABLES =
      "ka ro mi tu le sa vo ne di pa gu fe lo ri ta be".split(" ");

  static String name(Random r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 5; i++) { // a million names: two reports rarely share one by chance
      sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
  }

  Process startSink(String ns, Path rules, Path state, Path log) throws Exception {
    return StageProcess.start(
        "sink",
        ns,
        log,
        "--rules",
        rules.toString(),
        "-D",
        "state.dir=" + state,
        "-D",
        "topic.partitions=2",
        // a killed member is noticed after this, not the 45 s default
        "-D",
        "kafka.session.timeout.ms=10000",
        "-D",
        "ops.sink.port=0");
  }

  private int alertsBefore;

  @Test
  void killedThreeTimesAndRestartedTheSinkAlertsEachStoryExactlyOnce(@TempDir Path dir)
      throws Exception {
    TestNamespace space =
        TestNamespace.shared(
            "sr",
            Map.of("topic.partitions", "2", "state.dir", dir.resolve("enrich-state").toString()));
    String ns = space.name();
    NewsflowConfig config = space.config();
    TopicCatalog topics = space.topics();
    Path rules = dir.resolve("rules.yaml");
    Files.writeString(
        rules,
        "rules:\n  - name: peru\n    topic: alerts.peru\n    severity: high\n"
            + "    when: {countries: [PE]}\n");
    TopicAdmin.ensure(config, topics, List.of("alerts.peru", "alerts.kenya"));

    int stories = 300;
    int expectedPeru = 0;
    int kills = 0;
    Random r = new Random(7);
    try (KafkaRawSink raw =
            new KafkaRawSink(
                config.kafkaClientProps(), topics.raw(), topics.deadLetters(), 1_000_000);
        StreamsStage enrich =
            new StreamsStage("enrich", EnrichTopology.build(config, topics), config)) {
      enrich.start();
      Path log = dir.resolve("sink.log");
      Process sink = startSink(ns, rules, dir.resolve("sink-state"), log);
      Instant t0 = Instant.parse("2025-04-01T00:00:00Z");
      for (int i = 0; i < stories; i++) {
        String country = i % 3 == 0 ? "Peru" : i % 3 == 1 ? "Kenya" : "Norway";
        expectedPeru += i % 3 == 0 ? 1 : 0;
        String body = "Story " + i + "\n\n" + text(r, country);
        raw.publish(
            RawArticle.newBuilder()
                .setId("story-" + i)
                .setSource("s" + (i % 5) + ".example")
                .setUrl("https://s.example/" + i)
                .setContentType("text/plain")
                .setBody(body)
                .setFetchedAt(t0.plusSeconds(i))
                .setPublishedAt(t0.plusSeconds(i))
                .setIngest(
                    IngestMetadata.newBuilder()
                        .setIngestedAt(t0)
                        .setIngestor("test")
                        .setOrigin("it")
                        .setSizeBytes(body.length())
                        .setContentHash("h" + i)
                        .build())
                .build());
        if (i == 75 || i == 150 || i == 225) {
          raw.flush();
          TopicReader reader = space.reader();
          // wait until the sink is mid-run (alerts committed since the last kill), then kill it
          // without warning
          int before = alertsBefore;
          await()
              .atMost(Duration.ofSeconds(90))
              .until(
                  () ->
                      reader.readAll(topics.alerts("peru").name(), Duration.ofSeconds(10)).size()
                          > before);
          alertsBefore =
              reader.readAll(topics.alerts("peru").name(), Duration.ofSeconds(10)).size();
          sink.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
          kills++;
          sink = startSink(ns, rules, dir.resolve("sink-state"), log);
        }
      }
      raw.flush();

      // at run time, a new rule through the rules topic (no restart)
      Path more = dir.resolve("more.yaml");
      Files.writeString(
          more,
          Files.readString(rules)
              + "  - name: kenya\n    topic: alerts.kenya\n    severity: low\n"
              + "    when: {countries: [KE]}\n");
      assertThat(
              Main.run(
                  "rules",
                  "apply",
                  more.toString(),
                  "-b",
                  SharedBroker.kafka().bootstrapServers(),
                  "--registry-url",
                  SharedBroker.registry().url(),
                  "--namespace",
                  ns))
          .isZero();
      String late = "Late story\n\n" + text(r, "Kenya");
      raw.publish(
          RawArticle.newBuilder()
              .setId("story-late")
              .setSource("late.example")
              .setUrl("https://s.example/late")
              .setContentType("text/plain")
              .setBody(late)
              .setFetchedAt(t0.plusSeconds(10_000))
              .setPublishedAt(t0.plusSeconds(10_000))
              .setIngest(
                  IngestMetadata.newBuilder()
                      .setIngestedAt(t0)
                      .setIngestor("test")
                      .setOrigin("it")
                      .setSizeBytes(late.length())
                      .setContentHash("late")
                      .build())
              .build());
      raw.flush();

      TopicReader reader = space.reader();
      int want = expectedPeru;
      await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () ->
                  reader.readAll(topics.alerts("peru").name(), Duration.ofSeconds(10)).size()
                          >= want
                      && reader
                          .readAll(topics.alerts("kenya").name(), Duration.ofSeconds(10))
                          .stream()
                          .anyMatch(l -> l.key().equals("kenya|story-late")));
      sink.destroy();
      sink.waitFor(30, TimeUnit.SECONDS);

      List<String> peru =
          reader.readAll(topics.alerts("peru").name(), Duration.ofSeconds(10)).stream()
              .map(TopicReader.Line::key)
              .toList();
      assertThat(peru).doesNotHaveDuplicates().hasSize(expectedPeru);
      Map<String, Integer> counts = new HashMap<>();
      peru.forEach(k -> counts.merge(k, 1, Integer::sum));
      assertThat(counts.values()).containsOnly(1);
      assertThat(kills).isEqualTo(3);
      assertThat(Files.readString(log)).contains("sink running");
    }
  }
}
