package io.newsflow.app.cli;

import io.newsflow.app.broker.EmbeddedKafka;
import io.newsflow.app.registry.DevSchemaRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "broker", mixinStandardHelpOptions = true,
    description = {"Start a local Kafka broker (KRaft, child JVM, 127.0.0.1) and the development schema registry,",
        "print their addresses, and keep them up until interrupted. Data persists in --data-dir."})
public final class BrokerCommand implements Callable<Integer> {
  @Option(names = "--data-dir", paramLabel = "DIR", description = "Default: ${DEFAULT-VALUE}.")
  Path dataDir = Path.of(".newsflow");

  @Option(names = "--port", description = "Broker port. Default: ${DEFAULT-VALUE} (0: any free port).")
  int port = 9092;

  @Option(names = "--registry-port", description = "Registry port. Default: ${DEFAULT-VALUE} (0: any free port).")
  int registryPort = 8081;

  @Override
  public Integer call() throws Exception {
    assertFree(port, "--port");
    assertFree(registryPort, "--registry-port");
    System.out.println("Starting Kafka in " + dataDir.toAbsolutePath() + " ...");
    EmbeddedKafka kafka = EmbeddedKafka.start(dataDir.resolve("kafka"), port, Duration.ofSeconds(90));
    DevSchemaRegistry registry = DevSchemaRegistry.start(Map.of("bootstrap.servers", kafka.bootstrapServers()),
        DevSchemaRegistry.DEFAULT_TOPIC, registryPort);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      registry.close();
      kafka.close();
      stopped.countDown();
    }));
    System.out.println("bootstrap.servers=" + kafka.bootstrapServers());
    System.out.println("registry.url=" + registry.url());
    System.out.println("Ready. Ctrl-C stops both. Broker log: " + kafka.logFile());
    // the broker is a child JVM: if it dies (killed, out of memory, disk full), say so and exit, rather than leave
    // a parent that looks up but serves nothing
    while (!stopped.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
      if (!kafka.isAlive()) {
        System.err.println("newsflow: error: the Kafka broker (child JVM) exited; see its log: " + kafka.logFile());
        registry.close();
        return 1;
      }
    }
    return 0;
  }

  private static void assertFree(int port, String flag) {
    if (port == 0) {
      return;
    }
    try (java.net.ServerSocket s = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
      // free
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("Port " + port + " is in use; choose another with " + flag + " (0: any)");
    }
  }
}
