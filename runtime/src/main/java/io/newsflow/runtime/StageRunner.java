package io.newsflow.runtime;

import io.newsflow.config.NewsflowConfig;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Runs a Streams stage until the process is asked to stop; a fatal stage error ends it with exit code 1. */
public final class StageRunner {
  private StageRunner() {}

  public static int runUntilStopped(StreamsStage stage, NewsflowConfig config) throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    int port = config.getInt("ops." + stage.name() + ".port");
    OpsServer ops = port < 0 ? null : OpsServer.start(config.get("ops.host"), port, OpsServer.of(stage));
    if (ops != null) {
      ops.bind(stage.streams());
    }
    // SIGTERM and Ctrl-C stop the stage in order (commit, close) and the process exits 0, as supervisors expect;
    // a JVM shutdown hook alone would exit 143
    for (String signal : new String[] {"TERM", "INT"}) {
      sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> stop.countDown());
    }
    try {
      stage.start();
      stage.awaitRunning(Duration.ofMinutes(2));
      System.out.println(stage.name() + " running as " + stage.applicationId()
          + (ops == null ? "" : "; metrics " + ops.url() + "/metrics, health " + ops.url() + "/health/ready")
          + "; Ctrl-C stops it.");
      while (!stop.await(1, TimeUnit.SECONDS)) {
        stage.checkHealthy(); // a dead or stuck stream thread ends the process with exit code 1, not an idle one
      }
      System.out.println(stage.name() + " stopping ...");
    } finally {
      stage.close();
      if (ops != null) {
        ops.close();
      }
    }
    System.out.println(stage.name() + " stopped cleanly.");
    return 0;
  }
}
