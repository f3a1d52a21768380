package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.ingest.KafkaRawSink;
import io.newsflow.runtime.StreamsStage;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.TopicReader;
import io.newsflow.sink.RuleSet;
import io.newsflow.sink.SinkTopology;
import io.newsflow.topics.TopicCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two enrich instances of one application, with rebalances mid-stream: a second instance joins, the
 * first stops (SIGTERM), the first comes back. Partitions and their dedup state move between them;
 * the oracle still finds every input exactly once, one canonical per story, and one alert per
 * story.
 */
class EnrichRebalanceIT {
  Process startEnrich(String ns, Path state, Path log) throws Exception {
    return StageProcess.start(
        "enrich",
        ns,
        log,
        "-D",
        "state.dir=" + state,
        "-D",
        "topic.partitions=4",
        "-D",
        "kafka.session.timeout.ms=6000",
        "-D",
        "ops.enrich.port=-1");
  }

  @Test
  void twoInstancesWithJoinsAndLeavesMidStreamLoseNothingAndRepeatNothing(@TempDir Path dir)
      throws Exception {
    TestNamespace space =
        TestNamespace.shared(
            "eb",
            Map.of("topic.partitions", "4", "state.dir", dir.resolve("sink-state").toString()));
    String ns = space.name();
    NewsflowConfig config = space.config();
    TopicCatalog topics = space.topics();
    RuleSet rules = RuleSet.parse(StoryOracle.RULES, "it");
    TopicAdmin.ensure(config, topics, rules.topics());

    StoryOracle oracle = new StoryOracle(23, Instant.parse("2025-08-01T00:00:00Z"));
    TopicReader reader = space.reader();
    Path logA = dir.resolve("enrich-a.log");
    Path logB = dir.resolve("enrich-b.log");
    Process a = startEnrich(ns, dir.resolve("state-a"), logA);
    Process b = null;
    try (KafkaRawSink raw =
            new KafkaRawSink(
                config.kafkaClientProps(), topics.raw(), topics.deadLetters(), 1_000_000);
        StreamsStage sink =
            new StreamsStage(
                "sink", SinkTopology.build(config, rules, topics, Clock.systemUTC()), config)) {
      sink.start();
      for (int batch = 0; batch < 4; batch++) {
        for (int i = 0; i < 60; i++) {
          raw.publish(oracle.next());
        }
        raw.flush();
        // mid-stream: some of this batch is committed, then the group changes
        StoryOracle.awaitMoreEnriched(reader, topics);
        switch (batch) {
          case 0 -> b = startEnrich(ns, dir.resolve("state-b"), logB); // a second instance joins
          case 1 -> { // the first leaves in order
            a.destroy();
            assertThat(a.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(a.exitValue()).isZero();
          }
          case 2 -> a = startEnrich(ns, dir.resolve("state-a"), logA); // and comes back
          default -> {}
        }
      }
      oracle.verify(reader, topics);
      assertThat(java.nio.file.Files.readString(logB)).contains("enrich running");
    } finally {
      a.destroyForcibly();
      if (b != null) {
        b.destroyForcibly();
      }
    }
  }
}
