package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.IngestMetadata;
import io.newsflow.avro.RawArticle;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.ingest.KafkaRawSink;
import io.newsflow.runtime.StreamsStage;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.TopicReader;
import io.newsflow.sink.RuleSet;
import io.newsflow.sink.SinkTopology;
import io.newsflow.topics.TopicCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The oracle check for enrich under kill -9: the generator knows every input, which inputs are
 * copies of which, and which alerts must fire. Enrich runs as a child JVM and is killed without
 * warning three times mid-stream. Afterwards every acked input is accounted for exactly once
 * (enriched or duplicate), every copy points at its original, and each expected alert is on its
 * topic once.
 */
class EnrichKillIT {
  Process startEnrich(String ns, Path state, Path log) throws Exception {
    return StageProcess.start(
        "enrich",
        ns,
        log,
        "-D",
        "state.dir=" + state,
        "-D",
        "topic.partitions=2",
        "-D",
        "kafka.session.timeout.ms=6000",
        "-D",
        "ops.enrich.port=-1");
  }

  static RawArticle article(String id, String source, String body, Instant t) {
    return RawArticle.newBuilder()
        .setId(id)
        .setSource(source)
        .setUrl("https://" + source + "/" + id)
        .setContentType("text/plain")
        .setBody(body)
        .setFetchedAt(t)
        .setPublishedAt(t)
        .setIngest(
            IngestMetadata.newBuilder()
                .setIngestedAt(t)
                .setIngestor("test")
                .setOrigin("it")
                .setSizeBytes(body.length())
                .setContentHash(id)
                .build())
        .build();
  }

  @Test
  void killedThreeTimesMidStreamEnrichLosesNothingAndRepeatsNothing(@TempDir Path dir)
      throws Exception {
    TestNamespace space =
        TestNamespace.shared(
            "ek",
            Map.of("topic.partitions", "2", "state.dir", dir.resolve("sink-state").toString()));
    String ns = space.name();
    NewsflowConfig config = space.config();
    TopicCatalog topics = space.topics();
    RuleSet rules = RuleSet.parse(StoryOracle.RULES, "it");
    TopicAdmin.ensure(config, topics, rules.topics());

    int inputs = 240;
    StoryOracle oracle = new StoryOracle(11, Instant.parse("2025-05-01T00:00:00Z"));
    Path log = dir.resolve("enrich.log");
    Process enrich = startEnrich(ns, dir.resolve("enrich-state"), log);
    TopicReader reader = space.reader();
    try (KafkaRawSink raw =
            new KafkaRawSink(
                config.kafkaClientProps(), topics.raw(), topics.deadLetters(), 1_000_000);
        StreamsStage sink =
            new StreamsStage(
                "sink", SinkTopology.build(config, rules, topics, Clock.systemUTC()), config)) {
      sink.start();
      for (int i = 0; i < inputs; i++) {
        raw.publish(oracle.next());
        if (i == 60 || i == 120 || i == 180) {
          raw.flush();
          // mid-stream: enrich has committed some of this batch; kill it without warning and start
          // it again
          StoryOracle.awaitMoreEnriched(reader, topics);
          enrich.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
          enrich = startEnrich(ns, dir.resolve("enrich-state"), log);
        }
      }
      raw.flush();
      oracle.verify(reader, topics);
      assertThat(Files.readString(log)).contains("enrich running");
    } finally {
      enrich.destroyForcibly();
    }
  }
}
