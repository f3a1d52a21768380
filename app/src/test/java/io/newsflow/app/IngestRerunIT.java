package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.avro.RawArticle;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.runtime.StreamsStage;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.TopicReader;
import io.newsflow.serde.AvroJson;
import io.newsflow.sink.RuleSet;
import io.newsflow.sink.SinkTopology;
import io.newsflow.topics.TopicCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator's replay killed with SIGKILL mid-batch and run again from the start: the articles it
 * sends a second time are enriched once and alert once; every article of the archive is enriched
 * exactly once.
 */
class IngestRerunIT {
  @Test
  void aReplayKilledMidBatchAndRunAgainEnrichesAndAlertsEachArticleOnce(@TempDir Path dir)
      throws Exception {
    TestNamespace space =
        TestNamespace.shared(
            "ir", Map.of("topic.partitions", "2", "state.dir", dir.resolve("state").toString()));
    String ns = space.name();
    NewsflowConfig config = space.config();
    TopicCatalog topics = space.topics();
    RuleSet rules = RuleSet.parse(StoryOracle.RULES, "it");
    TopicAdmin.ensure(config, topics, rules.topics());

    // the archive: 300 distinct articles, a third about Peru
    int articles = 300;
    Random r = new Random(5);
    Set<String> expectedPeru = new HashSet<>();
    List<String> lines = new ArrayList<>();
    Instant t0 = Instant.parse("2025-06-01T00:00:00Z");
    for (int i = 0; i < articles; i++) {
      String country = i % 3 == 0 ? "Peru" : "Norway";
      RawArticle a =
          EnrichKillIT.article(
              "story-" + i,
              "s" + (i % 5) + ".example",
              "Story " + i + "\n\n" + SinkRestartIT.text(r, country),
              t0.plusSeconds(i));
      if (country.equals("Peru")) {
        expectedPeru.add(a.getId());
      }
      lines.add(AvroJson.toJson(a).toString());
    }
    Path archive = dir.resolve("archive.jsonl");
    Files.write(archive, lines);

    TopicReader reader = space.reader();
    Path log = dir.resolve("replay.log");
    try (StreamsStage enrich =
            new StreamsStage("enrich", EnrichTopology.build(config, topics), config);
        StreamsStage sink =
            new StreamsStage(
                "sink", SinkTopology.build(config, rules, topics, Clock.systemUTC()), config)) {
      enrich.start();
      sink.start();
      // first run, paced so that it is surely mid-batch when killed
      Process first = StageProcess.start("replay", ns, log, archive.toString(), "--rate", "100");
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> reader.readAll(topics.raw().name(), Duration.ofSeconds(5)).size() >= 60);
      assertThat(first.isAlive()).as("the replay is still sending when it is killed").isTrue();
      first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      int sentBeforeKill = reader.readAll(topics.raw().name(), Duration.ofSeconds(5)).size();
      assertThat(sentBeforeKill).isLessThan(articles);

      // the operator runs it again, from the start
      Process again = StageProcess.start("replay", ns, log, archive.toString());
      assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(again.exitValue()).as(Files.readString(log)).isZero();
      assertThat(reader.readAll(topics.raw().name(), Duration.ofSeconds(5)))
          .as("the articles of the first run were sent again")
          .hasSize(sentBeforeKill + articles);

      await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () ->
                  reader.readAll(topics.enriched().name(), Duration.ofSeconds(10)).size()
                          >= articles
                      && reader.readAll(topics.alerts("peru").name(), Duration.ofSeconds(10)).size()
                          >= expectedPeru.size());

      List<String> enriched =
          reader.readAll(topics.enriched().name(), Duration.ofSeconds(10)).stream()
              .map(TopicReader.Line::key)
              .toList();
      assertThat(enriched)
          .as("every article enriched exactly once")
          .doesNotHaveDuplicates()
          .hasSize(articles);
      assertThat(reader.readAll(topics.duplicates().name(), Duration.ofSeconds(10)))
          .as("a re-sent article is not a near-duplicate of another")
          .isEmpty();
      assertThat(reader.readAll(topics.deadLetters().name(), Duration.ofSeconds(10))).isEmpty();
      List<String> alerted =
          reader.readAll(topics.alerts("peru").name(), Duration.ofSeconds(10)).stream()
              .map(l -> l.value().get("articleId").toString())
              .toList();
      assertThat(alerted).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expectedPeru);
    }
  }
}
