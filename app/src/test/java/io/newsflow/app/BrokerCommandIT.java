package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.devkit.EmbeddedKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow broker} as an operator runs it: when its broker (a child JVM) dies, the command
 * says so and exits 1, instead of staying up, silent, with nothing behind it.
 */
class BrokerCommandIT {
  @Test
  @Timeout(180)
  void theParentExitsWhenItsBrokerChildDies(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("broker-command.log");
    Process parent =
        new ProcessBuilder(
                EmbeddedKafka.childJava(
                    List.of("-Xmx256m"),
                    Main.class.getName(),
                    List.of(
                        "broker",
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "--port",
                        "0",
                        "--registry-port",
                        "0")))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      await().atMost(Duration.ofSeconds(120)).until(() -> Files.readString(log).contains("Ready."));
      List<ProcessHandle> children = parent.children().filter(ProcessHandle::isAlive).toList();
      assertThat(children).as("the broker child JVM").isNotEmpty();
      children.forEach(ProcessHandle::destroyForcibly);
      await().atMost(Duration.ofSeconds(30)).until(() -> !parent.isAlive());
      assertThat(parent.exitValue()).isEqualTo(1);
      assertThat(Files.readString(log)).contains("the Kafka broker (child JVM) exited");
    } finally {
      parent.descendants().forEach(ProcessHandle::destroyForcibly);
      parent.destroyForcibly();
    }
  }
}
