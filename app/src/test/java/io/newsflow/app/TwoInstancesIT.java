package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.runtime.TopicAdmin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the enrich stage on one host with the same settings (the same state.dir): both
 * run. Each claims its own slot under state.dir; before, the second died on Kafka Streams' "Unable
 * to obtain lock".
 */
class TwoInstancesIT {
  @Test
  void twoEnrichInstancesWithTheSameStateDirBothRun(@TempDir Path dir) throws Exception {
    TestNamespace space = TestNamespace.shared("twoinst", Map.of("topic.partitions", "2"));
    TopicAdmin.ensure(space.config(), space.topics(), List.of());
    Path state = dir.resolve("state");
    Path log1 = dir.resolve("enrich-1.log");
    Path log2 = dir.resolve("enrich-2.log");
    Process one =
        StageProcess.start(
            "enrich",
            space.name(),
            log1,
            "-D",
            "state.dir=" + state,
            "-D",
            "ops.enrich.port=0",
            "-D",
            "topic.partitions=2");
    Process two = null;
    try {
      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> Files.readString(log1).contains("running as"));
      two =
          StageProcess.start(
              "enrich",
              space.name(),
              log2,
              "-D",
              "state.dir=" + state,
              "-D",
              "ops.enrich.port=0",
              "-D",
              "topic.partitions=2");
      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> Files.readString(log2).contains("running as"));
      // both stay up through the rebalance that hands the second one its tasks
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  Files.readString(log1).contains("REBALANCING -> RUNNING")
                      && Files.readString(log2).contains("REBALANCING -> RUNNING"));
      assertThat(one.isAlive()).as(Files.readString(log1)).isTrue();
      assertThat(two.isAlive()).as(Files.readString(log2)).isTrue();
      assertThat(Files.readString(log1) + Files.readString(log2))
          .doesNotContain("Unable to obtain lock");
      assertThat(state.resolve("instance-2")).isDirectory();
    } finally {
      one.destroyForcibly();
      if (two != null) {
        two.destroyForcibly();
      }
    }
  }
}
