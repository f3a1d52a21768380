package io.newsflow.app.broker;

import io.newsflow.devkit.ChildBroker;
import io.newsflow.devkit.EmbeddedKafka;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;

/**
 * A real three-broker Kafka cluster for failure tests: one KRaft controller and three brokers, each
 * its own JVM on loopback, with replication 3 and {@code min.insync.replicas=2} everywhere
 * (internal topics included), so any one broker can be killed with SIGKILL without losing an
 * acknowledged record.
 */
public final class ThreeBrokerCluster implements AutoCloseable {
  private final Path dir;
  private final String clusterId = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
  private final int controllerPort;
  private final int[] brokerPorts = new int[3];
  private final Process[] brokers = new Process[3];
  private Process controller;

  private ThreeBrokerCluster(Path dir) throws IOException {
    this.dir = dir;
    this.controllerPort = freePort();
    for (int i = 0; i < 3; i++) {
      brokerPorts[i] = freePort();
    }
  }

  /**
   * Formats and starts the controller and the three brokers; returns once all three brokers are
   * registered.
   */
  public static ThreeBrokerCluster start(Path dir, Duration timeout) throws Exception {
    ThreeBrokerCluster c = new ThreeBrokerCluster(dir);
    try {
      c.controller = c.launch(0, c.controllerProperties());
      for (int i = 0; i < 3; i++) {
        c.brokers[i] = c.launch(i + 1, c.brokerProperties(i + 1, c.brokerPorts[i]));
      }
      c.awaitBrokers(3, timeout);
      return c;
    } catch (Exception e) {
      c.close();
      throw e;
    }
  }

  public String bootstrapServers() {
    List<String> out = new ArrayList<>();
    for (int p : brokerPorts) {
      out.add("127.0.0.1:" + p);
    }
    return String.join(",", out);
  }

  /**
   * Kills broker {@code nodeId} (1-3) with SIGKILL: no shutdown, no flush, no leadership hand-over.
   */
  public void kill(int nodeId) throws InterruptedException {
    Process p = brokers[nodeId - 1];
    p.destroyForcibly();
    p.waitFor(10, TimeUnit.SECONDS);
  }

  public boolean isAlive(int nodeId) {
    return brokers[nodeId - 1].isAlive();
  }

  private String controllerProperties() {
    return String.join(
        "\n",
        "process.roles=controller",
        "node.id=0",
        "listeners=CONTROLLER://127.0.0.1:" + controllerPort,
        "controller.listener.names=CONTROLLER",
        "listener.security.protocol.map=CONTROLLER:PLAINTEXT",
        "controller.quorum.voters=0@127.0.0.1:" + controllerPort,
        "log.dirs=" + dir.resolve("node-0").resolve("logs"),
        "");
  }

  private String brokerProperties(int nodeId, int port) {
    return String.join(
        "\n",
        "process.roles=broker",
        "node.id=" + nodeId,
        "listeners=PLAINTEXT://127.0.0.1:" + port,
        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
        "inter.broker.listener.name=PLAINTEXT",
        "controller.listener.names=CONTROLLER",
        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "controller.quorum.voters=0@127.0.0.1:" + controllerPort,
        "log.dirs=" + dir.resolve("node-" + nodeId).resolve("logs"),
        "auto.create.topics.enable=false",
        "default.replication.factor=3",
        "min.insync.replicas=2",
        "offsets.topic.replication.factor=3",
        "offsets.topic.num.partitions=1",
        "transaction.state.log.replication.factor=3",
        "transaction.state.log.min.isr=2",
        "transaction.state.log.num.partitions=1",
        "share.coordinator.state.topic.replication.factor=3",
        "share.coordinator.state.topic.min.isr=2",
        "group.initial.rebalance.delay.ms=0",
        // a dead broker drops out of the ISR after this, not the 30 s default
        "replica.lag.time.max.ms=10000",
        "message.max.bytes=16777216",
        "replica.fetch.max.bytes=16777216",
        "");
  }

  private Process launch(int nodeId, String properties) throws IOException, InterruptedException {
    Path node = dir.resolve("node-" + nodeId);
    Files.createDirectories(node);
    Path props = node.resolve("server.properties");
    Files.writeString(props, properties);
    Path out = node.resolve("out.log");
    Process format =
        new ProcessBuilder(
                java(
                    "kafka.tools.StorageTool",
                    "format",
                    "-t",
                    clusterId,
                    "-c",
                    props.toString(),
                    "--ignore-formatted"))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()))
            .start();
    format.getOutputStream().close();
    if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
      throw new IllegalStateException(
          "Formatting node " + nodeId + " failed; see " + out + ":\n" + Files.readString(out));
    }
    // stdin stays a pipe: if this JVM dies, the node's watchdog sees it close and stops the node
    return new ProcessBuilder(java(ChildBroker.class.getName(), props.toString()))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()))
        .start();
  }

  private static List<String> java(String main, String... args) {
    return EmbeddedKafka.childJava(List.of("-Xmx384m", "-XX:+UseSerialGC"), main, List.of(args));
  }

  private void awaitBrokers(int n, Duration timeout) {
    try (Admin admin =
        Admin.create(
            Map.of(
                "bootstrap.servers",
                bootstrapServers(),
                "request.timeout.ms",
                2000,
                "default.api.timeout.ms",
                3000))) {
      org.awaitility.Awaitility.await("all " + n + " brokers registered (logs under " + dir + ")")
          .atMost(timeout)
          .pollInterval(Duration.ofMillis(200))
          .ignoreExceptions()
          .until(
              () -> {
                for (int i = 0; i < 3; i++) {
                  if (!brokers[i].isAlive()) {
                    throw new IllegalStateException(
                        "Broker "
                            + (i + 1)
                            + " exited at start-up; see "
                            + dir.resolve("node-" + (i + 1)).resolve("out.log"));
                  }
                }
                return admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).size() >= n;
              });
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    List<Process> all = new ArrayList<>();
    for (Process b : brokers) {
      if (b != null) {
        all.add(b);
      }
    }
    if (controller != null) {
      all.add(controller);
    }
    all.forEach(Process::destroy);
    for (Process p : all) {
      try {
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
      }
    }
  }

  @Override
  public String toString() {
    return "ThreeBrokerCluster"
        + java.util.Arrays.stream(brokerPorts)
            .mapToObj(String::valueOf)
            .collect(Collectors.joining(",", "[", "]"));
  }
}
