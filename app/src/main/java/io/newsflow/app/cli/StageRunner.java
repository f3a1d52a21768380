package io.newsflow.app.cli;

import io.newsflow.app.StreamsStage;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Runs a Streams stage until the process is asked to stop; a fatal stage error ends it with exit code 1. */
final class StageRunner {
  private StageRunner() {}

  static int runUntilStopped(StreamsStage stage) throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stage.close();
      stop.countDown();
    }, stage.name() + "-stop"));
    stage.start();
    stage.awaitRunning(Duration.ofMinutes(2));
    System.out.println(stage.name() + " running as " + stage.applicationId() + "; Ctrl-C stops it.");
    while (!stop.await(1, TimeUnit.SECONDS)) {
      stage.checkHealthy();
    }
    return 0;
  }
}
