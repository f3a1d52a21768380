package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.ingest.FileSource;
import io.newsflow.ingest.Ingestor;
import io.newsflow.ingest.KafkaRawSink;
import io.newsflow.ingest.RawArticleFactory;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.topics.TopicCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stage under a supervisor: SIGTERM commits, closes and exits 0; its work is committed, not lost
 * or redone.
 */
class StageShutdownIT {
  @Test
  void sigtermStopsTheEnrichStageCleanlyWithExitCodeZero(@TempDir Path dir) throws Exception {
    TestNamespace space = TestNamespace.shared("shutdown", Map.of());
    String ns = space.name();
    NewsflowConfig config = space.config();
    TopicCatalog topics = space.topics();
    TopicAdmin.ensure(config, topics, List.of());
    Path pages = Files.createDirectories(dir.resolve("pages"));
    for (int i = 0; i < 3; i++) {
      Files.writeString(
          pages.resolve("p" + i + ".txt"),
          "Report "
              + i
              + "\n\nA ferry carrying "
              + (40 + i)
              + " passengers ran aground off the coast of Chile on Sunday, the navy said, and all were brought ashore.\n");
    }
    Path log = dir.resolve("enrich.log");
    Process enrich =
        StageProcess.start(
            "enrich",
            ns,
            log,
            "-D",
            "state.dir=" + dir.resolve("state"),
            "-D",
            "ops.enrich.port=0");
    try {
      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> Files.readString(log).contains("running as"));
      try (KafkaRawSink raw =
          new KafkaRawSink(
              config.kafkaClientProps(), topics.raw(), topics.deadLetters(), 1_000_000)) {
        new Ingestor(
                raw, new RawArticleFactory(Clock.systemUTC(), 1_000_000, false), Clock.systemUTC())
            .run(List.of(new FileSource(List.of(pages), 1_000_000)), n -> {});
      }
      try (Admin admin = Admin.create(config.kafkaClientProps())) {
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    Completion.lag(admin, config.kafkaClientProps(), ns + "-newsflow-enrich") == 0
                        && !Completion.committed(admin, ns + "-newsflow-enrich").isEmpty());
      }

      enrich.destroy(); // SIGTERM, as systemd, Kubernetes and docker stop send it
      assertThat(enrich.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
      assertThat(enrich.exitValue()).as("exit code; log:\n" + Files.readString(log)).isZero();
      assertThat(Files.readString(log)).contains("enrich stopping", "enrich stopped cleanly");
    } finally {
      enrich.destroyForcibly();
    }
  }
}
