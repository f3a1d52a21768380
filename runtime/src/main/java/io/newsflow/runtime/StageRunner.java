package io.newsflow.runtime;

import io.newsflow.config.NewsflowConfig;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Streams stage until the process is asked to stop; a fatal stage error ends it with exit
 * code 1.
 */
public final class StageRunner {
  private StageRunner() {}

  public static int runUntilStopped(StreamsStage stage, NewsflowConfig config)
      throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    int port = config.getInt("ops." + stage.name() + ".port");
    OpsServer ops =
        port < 0 ? null : OpsServer.start(config.get("ops.host"), port, OpsServer.of(stage));
    if (ops != null) {
      ops.bind(stage.streams());
    }
    // SIGTERM and Ctrl-C stop the stage in order (commit, close) and the process exits 0, as
    // supervisors expect;
    // a JVM shutdown hook alone would exit 143
    onSignals(stop::countDown, "TERM", "INT");
    try {
      stage.start();
      stage.awaitRunning(Duration.ofMinutes(2));
      System.out.println(
          stage.name()
              + " running as "
              + stage.applicationId()
              + (ops == null
                  ? ""
                  : "; metrics " + ops.url() + "/metrics, health " + ops.url() + "/health/ready")
              + "; Ctrl-C stops it.");
      while (!stop.await(1, TimeUnit.SECONDS)) {
        stage
            .checkHealthy(); // a dead or stuck stream thread ends the process with exit code 1, not
        // an idle one
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

  /**
   * Runs {@code action} on each named signal instead of the JVM's default exit. {@code
   * sun.misc.Signal} is reached reflectively: it is the supported way (module jdk.unsupported) to
   * exit 0 on SIGTERM, and javac flags every direct use as internal API. Without it a stop still
   * works, by the shutdown hook, with exit code 143.
   */
  static void onSignals(Runnable action, String... names) {
    try {
      Class<?> signal = Class.forName("sun.misc.Signal");
      Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
      Object handler =
          Proxy.newProxyInstance(
              handlerType.getClassLoader(),
              new Class<?>[] {handlerType},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "handle" -> {
                      action.run();
                      yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> "newsflow stop handler";
                  });
      Method handle = signal.getMethod("handle", signal, handlerType);
      for (String name : names) {
        handle.invoke(null, signal.getConstructor(String.class).newInstance(name), handler);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      System.err.println(
          "newsflow: warning: cannot handle signals (" + e + "); a stop will exit with code 143");
    }
  }
}
