package io.newsflow.app;

import io.newsflow.devkit.DevSchemaRegistry;
import io.newsflow.devkit.EmbeddedKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The {@code broker} command's work: a local broker and the development registry, up until
 * interrupted.
 */
public final class DevBroker {
  private DevBroker() {}

  public static int runUntilStopped(Path dataDir, int port, int registryPort)
      throws InterruptedException {
    System.out.println("Starting Kafka in " + dataDir.toAbsolutePath() + " ...");
    EmbeddedKafka kafka =
        EmbeddedKafka.start(dataDir.resolve("kafka"), port, Duration.ofSeconds(90));
    DevSchemaRegistry registry =
        DevSchemaRegistry.start(
            Map.of("bootstrap.servers", kafka.bootstrapServers()),
            DevSchemaRegistry.DEFAULT_TOPIC,
            registryPort);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  registry.close();
                  kafka.close();
                  stopped.countDown();
                }));
    System.out.println("bootstrap.servers=" + kafka.bootstrapServers());
    System.out.println("registry.url=" + registry.url());
    System.out.println("Ready. Ctrl-C stops both. Broker log: " + kafka.logFile());
    // the broker is a child JVM: if it dies (killed, out of memory, disk full), say so and exit,
    // rather than leave
    // a parent that looks up but serves nothing
    while (!stopped.await(1, TimeUnit.SECONDS)) {
      if (!kafka.isAlive()) {
        System.err.println(
            "newsflow: error: the Kafka broker (child JVM) exited; see its log: "
                + kafka.logFile());
        registry.close();
        return 1;
      }
    }
    return 0;
  }
}
