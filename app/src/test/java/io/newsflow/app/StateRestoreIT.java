package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.avro.RawArticle;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.ingest.KafkaRawSink;
import io.newsflow.runtime.StreamsStage;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.TopicReader;
import io.newsflow.topics.TopicCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dedup state directory wiped while enrich is down: on start it is rebuilt from the changelog
 * topics (the near-duplicate bands, which have none, from the canonicals), and the decisions after
 * the wipe are those an untouched store would take (every copy a duplicate of its own original).
 */
class StateRestoreIT {
  @Test
  void wipedDedupStateIsRestoredFromItsChangelogWithIdenticalDecisions(@TempDir Path dir)
      throws Exception {
    Path state = dir.resolve("enrich-state");
    TestNamespace space =
        TestNamespace.shared("rs", Map.of("topic.partitions", "2", "state.dir", state.toString()));
    NewsflowConfig config = space.config();
    TopicCatalog topics = space.topics();
    TopicAdmin.ensure(config, topics, List.of());
    TopicReader reader = space.reader();

    int originals = 120;
    Random r = new Random(3);
    List<RawArticle> sent = new ArrayList<>();
    Instant t0 = Instant.parse("2025-07-01T00:00:00Z");
    Map<String, String> copyOf = new HashMap<>();
    try (KafkaRawSink raw =
        new KafkaRawSink(
            config.kafkaClientProps(), topics.raw(), topics.deadLetters(), 1_000_000)) {
      try (StreamsStage enrich =
          new StreamsStage("enrich", EnrichTopology.build(config, topics), config)) {
        enrich.start();
        for (int i = 0; i < originals; i++) {
          RawArticle a =
              EnrichKillIT.article(
                  "story-" + i,
                  "s" + (i % 5) + ".example",
                  "Story " + i + "\n\n" + SinkRestartIT.text(r, i % 2 == 0 ? "Chile" : "Ghana"),
                  t0.plusSeconds(i));
          sent.add(a);
          raw.publish(a);
        }
        raw.flush();
        await()
            .atMost(Duration.ofSeconds(120))
            .pollInterval(Duration.ofSeconds(1))
            .until(
                () ->
                    reader.readAll(topics.enriched().name(), Duration.ofSeconds(10)).size()
                        >= originals);
      }

      // enrich is down: wipe its local state, as a lost disk or a new machine would
      assertThat(state).isNotEmptyDirectory();
      deleteTree(state);
      assertThat(state).doesNotExist();

      // copies of every original from another source, sent while enrich starts again from an empty
      // disk
      try (StreamsStage enrich =
          new StreamsStage("enrich", EnrichTopology.build(config, topics), config)) {
        enrich.start();
        for (int i = 0; i < originals; i++) {
          RawArticle o = sent.get(i);
          String id = "copy-" + i;
          copyOf.put(id, o.getId());
          raw.publish(
              EnrichKillIT.article(
                  id, "syndicate.example", o.getBody(), t0.plusSeconds(originals + i)));
        }
        raw.flush();
        await()
            .atMost(Duration.ofSeconds(120))
            .pollInterval(Duration.ofSeconds(1))
            .until(
                () ->
                    reader.readAll(topics.duplicates().name(), Duration.ofSeconds(10)).size()
                            + reader
                                .readAll(topics.enriched().name(), Duration.ofSeconds(10))
                                .size()
                        >= 2 * originals);
        assertThat(state).as("the store was rebuilt on disk").isNotEmptyDirectory();
      }
    }

    assertThat(reader.readAll(topics.enriched().name(), Duration.ofSeconds(10)))
        .extracting(TopicReader.Line::key)
        .as("no copy became a second canonical")
        .doesNotHaveDuplicates()
        .hasSize(originals)
        .allMatch(k -> k.startsWith("story-"));
    List<TopicReader.Line> dups =
        reader.readAll(topics.duplicates().name(), Duration.ofSeconds(10));
    assertThat(dups)
        .hasSize(originals)
        .allSatisfy(
            d ->
                assertThat(d.value().get("canonicalId").toString()).isEqualTo(copyOf.get(d.key())));
    assertThat(reader.readAll(topics.deadLetters().name(), Duration.ofSeconds(10))).isEmpty();
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
