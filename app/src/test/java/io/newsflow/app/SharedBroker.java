package io.newsflow.app;

import io.newsflow.devkit.DevSchemaRegistry;
import io.newsflow.devkit.EmbeddedKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real broker (child JVM, production defaults) and one dev registry for all integration tests
 * in this JVM, started through the launcher's own code. Tests isolate themselves with topic
 * prefixes and application ids. The broker stops when this JVM ends (its stdin pipe closes).
 */
final class SharedBroker {
  private static EmbeddedKafka kafka;
  private static DevSchemaRegistry registry;
  private static final AtomicInteger NAMESPACES = new AtomicInteger();

  private SharedBroker() {}

  static synchronized EmbeddedKafka kafka() {
    if (kafka == null) {
      try {
        Path dir = Files.createTempDirectory("newsflow-it-broker-");
        kafka = EmbeddedKafka.start(dir, 0, Duration.ofSeconds(90));
        registry =
            DevSchemaRegistry.start(
                Map.of("bootstrap.servers", kafka.bootstrapServers()),
                DevSchemaRegistry.DEFAULT_TOPIC,
                0);
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      registry.close();
                      kafka.close();
                      Demo.deleteRecursively(dir);
                    }));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return kafka;
  }

  static synchronized DevSchemaRegistry registry() {
    kafka();
    return registry;
  }

  /** A fresh namespace (topic prefix and application id prefix) for one test class. */
  static String namespace(String name) {
    return "it" + NAMESPACES.incrementAndGet() + "-" + name + ".";
  }
}
