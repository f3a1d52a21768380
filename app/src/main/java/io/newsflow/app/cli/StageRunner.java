package io.newsflow.app.cli;

import io.newsflow.app.StreamsStage;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Runs a Streams stage until the process is asked to stop; a fatal stage error ends it with exit code 1. */
final class StageRunner {
  private StageRunner() {}

  static int runUntilStopped(StreamsStage stage, io.newsflow.config.NewsflowConfig config) throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    int port = config.getInt("ops." + stage.name() + ".port");
    io.newsflow.app.OpsServer ops = port < 0 ? null
        : io.newsflow.app.OpsServer.start(config.get("ops.host"), port, io.newsflow.app.OpsServer.of(stage.streams()));
    if (ops != null) {
      ops.bind(stage.streams());
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stage.close();
      if (ops != null) {
        ops.close();
      }
      stop.countDown();
    }, stage.name() + "-stop"));
    stage.start();
    stage.awaitRunning(Duration.ofMinutes(2));
    System.out.println(stage.name() + " running as " + stage.applicationId()
        + (ops == null ? "" : "; metrics " + ops.url() + "/metrics, health " + ops.url() + "/health/ready")
        + "; Ctrl-C stops it.");
    while (!stop.await(1, TimeUnit.SECONDS)) {
      stage.checkHealthy();
    }
    return 0;
  }
}
