package io.newsflow.app;

import io.newsflow.devkit.EmbeddedKafka;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A newsflow stage command in its own JVM against the shared broker, as an operator would run it.
 */
final class StageProcess {
  private StageProcess() {}

  /**
   * Starts {@code newsflow <stage> --namespace ns <args>}; its output is appended to {@code log}.
   */
  static Process start(String stage, String ns, Path log, String... args) throws IOException {
    return startOn(
        SharedBroker.kafka().bootstrapServers(),
        SharedBroker.registry().url(),
        stage,
        ns,
        log,
        args);
  }

  /** The same against any broker and registry, which need not be up yet. */
  static Process startOn(
      String bootstrap, String registryUrl, String stage, String ns, Path log, String... args)
      throws IOException {
    List<String> stageArgs =
        new ArrayList<>(
            List.of(stage, "-b", bootstrap, "--registry-url", registryUrl, "--namespace", ns));
    stageArgs.addAll(List.of(args));
    List<String> cmd =
        EmbeddedKafka.childJava(List.of("-Xmx256m"), Main.class.getName(), stageArgs);
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }
}
