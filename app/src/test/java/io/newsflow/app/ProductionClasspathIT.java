package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the image ships (the launcher jar and {@code target/lib}, see the Dockerfile) holds no
 * broker and no Scala, and runs: a stage command starts, and {@code demo} says it needs the dev kit
 * instead of a class error. Runs after {@code package}, on the built artifacts.
 */
class ProductionClasspathIT {
  static final Path JAR = Path.of("target/newsflow.jar");
  static final Path LIB = Path.of("target/lib");

  @Test
  void theProductionClasspathHoldsNoBrokerAndNoScala() throws Exception {
    assertThat(LIB).isDirectory();
    try (Stream<Path> jars = Files.list(LIB)) {
      List<String> names = jars.map(p -> p.getFileName().toString()).toList();
      assertThat(names)
          .isNotEmpty()
          .noneMatch(
              n ->
                  n.startsWith("kafka_2.13")
                      || n.startsWith("scala-")
                      || n.startsWith("kafka-server-")
                      || n.startsWith("kafka-raft")
                      || n.startsWith("newsflow-devkit"));
      assertThat(names)
          .anyMatch(n -> n.startsWith("kafka-streams"))
          .anyMatch(n -> n.startsWith("newsflow-runtime"));
    }
    assertThat(Path.of("target/devkit"))
        .as("the dev kit is copied beside it, for the launcher")
        .isDirectoryContaining(p -> p.getFileName().toString().startsWith("kafka_2.13"));
  }

  @Test
  void withoutTheDevKitDemoSaysWhatItNeedsAndStageCommandsStillRun() throws Exception {
    Result demo = run("demo");
    assertThat(demo.exit).isEqualTo(2);
    assertThat(demo.output).contains("needs the dev kit").doesNotContain("NoClassDefFoundError");
    Result broker = run("broker", "--port", "0", "--registry-port", "0");
    assertThat(broker.exit).isEqualTo(2);
    assertThat(broker.output).contains("needs the dev kit");
    Result rules = run("rules", "validate", "../config/rules.yaml");
    assertThat(rules.exit).as(rules.output).isZero();
  }

  record Result(int exit, String output) {}

  private static Result run(String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new java.util.ArrayList<>(List.of(java, "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    File out = Files.createTempFile("newsflow-prod-", ".out").toFile();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out).start();
    p.getOutputStream().close();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("newsflow " + String.join(" ", args) + " did not finish");
    }
    String text = Files.readString(out.toPath(), StandardCharsets.UTF_8);
    out.delete();
    return new Result(p.exitValue(), text);
  }
}
