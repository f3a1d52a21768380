package io.newsflow.devkit;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka (KRaft, broker and controller in one) in a child JVM on 127.0.0.1,
 * started from this process's own classpath. A child process keeps the broker's heap, GC and fatal
 * exits away from ours. Ports and the cluster id are kept in the data directory, so a persistent
 * directory restarts as the same cluster.
 */
public final class EmbeddedKafka implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
  private static final String STATE_FILE = "newsflow-broker.properties";

  private final Path dataDir;
  private final int brokerPort;
  private final int controllerPort;
  private final String clusterId;
  private Process process;

  private EmbeddedKafka(Path dataDir, int brokerPort, int controllerPort, String clusterId) {
    this.dataDir = dataDir;
    this.brokerPort = brokerPort;
    this.controllerPort = controllerPort;
    this.clusterId = clusterId;
  }

  /**
   * Starts a broker with its data in {@code dataDir}; {@code port} 0 picks a free port (or the one
   * used last time).
   */
  public static EmbeddedKafka start(Path dataDir, int port, Duration timeout) {
    try {
      Files.createDirectories(dataDir);
      Path stateFile = dataDir.resolve(STATE_FILE);
      Properties state = new Properties();
      if (Files.exists(stateFile)) {
        try (InputStream in = Files.newInputStream(stateFile)) {
          state.load(in);
        }
      }
      int brokerPort = port != 0 ? port : reuseOrFree(state.getProperty("broker.port"));
      int controllerPort = reuseOrFree(state.getProperty("controller.port"));
      String clusterId = state.getProperty("cluster.id", Uuid.randomUuid().toString());
      state.setProperty("broker.port", String.valueOf(brokerPort));
      state.setProperty("controller.port", String.valueOf(controllerPort));
      state.setProperty("cluster.id", clusterId);
      try (var out = Files.newOutputStream(stateFile)) {
        state.store(out, "newsflow embedded broker: ports and cluster id, reused on restart");
      }
      EmbeddedKafka k = new EmbeddedKafka(dataDir, brokerPort, controllerPort, clusterId);
      k.launch(timeout);
      return k;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the broker's data directory " + dataDir, e);
    }
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + brokerPort;
  }

  public Path dataDir() {
    return dataDir;
  }

  public Path logFile() {
    return dataDir.resolve("broker.log");
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  public long pid() {
    return process.pid();
  }

  private void launch(Duration timeout) throws IOException {
    Path props = writeServerProperties();
    Path log4j = dataDir.resolve("broker-log4j2.xml");
    Files.writeString(log4j, BROKER_LOG4J.replace("@LOG@", logFile().toString()));
    Path metaProps = dataDir.resolve("kafka-logs").resolve("meta.properties");
    if (!Files.exists(metaProps)) {
      LOG.info("Formatting broker storage in {}", dataDir);
      int rc =
          runJava(
              // a one-shot tool: with the client compiler and a serial collector it takes about
              // half the CPU of the defaults (1.8 against 3.3 CPU seconds, measured in the ITs)
              List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
              "kafka.tools.StorageTool",
              List.of(
                  "format",
                  "--standalone",
                  "-t",
                  clusterId,
                  "-c",
                  props.toString(),
                  "--ignore-formatted"),
              log4j);
      if (rc != 0) {
        throw new IllegalStateException(
            "Formatting the broker storage failed (exit " + rc + "); see " + logFile());
      }
    }
    List<String> cmd =
        javaCommand(
            List.of("-Xmx512m", "-XX:+UseG1GC", "-Djava.awt.headless=true"),
            ChildBroker.class.getName(),
            List.of(props.toString()),
            log4j);
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(dataDir.resolve("broker.out").toFile()))
            .redirectErrorStream(true);
    process = pb.start(); // stdin stays a pipe: closing it (or our death) stops the broker
    Runtime.getRuntime().addShutdownHook(new Thread(this::close, "embedded-kafka-stop"));
    awaitReady(timeout);
  }

  private void awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    Exception last = null;
    try (Admin admin =
        Admin.create(
            Map.of(
                "bootstrap.servers",
                bootstrapServers(),
                "request.timeout.ms",
                2000,
                "default.api.timeout.ms",
                3000))) {
      while (Instant.now().isBefore(deadline)) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "The Kafka broker exited at start-up (code "
                  + process.exitValue()
                  + "). Last lines of "
                  + logFile()
                  + ":\n"
                  + tail());
        }
        try {
          admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
          LOG.info(
              "Kafka broker ready on {} (pid {}, data {})",
              bootstrapServers(),
              process.pid(),
              dataDir);
          return;
        } catch (Exception e) {
          last = e;
        }
      }
    }
    close();
    throw new IllegalStateException(
        "The Kafka broker did not become ready within "
            + timeout.toSeconds()
            + " s ("
            + (last == null ? "" : last.getMessage())
            + "). Last lines of "
            + logFile()
            + ":\n"
            + tail());
  }

  private String tail() {
    for (Path p : List.of(logFile(), dataDir.resolve("broker.out"))) {
      try {
        if (Files.exists(p) && Files.size(p) > 0) {
          List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
          return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        }
      } catch (IOException ignored) {
        // nothing more to show
      }
    }
    return "(no broker output)";
  }

  /**
   * What one node needs that the defaults assume three for, and room for articles up to the ingest
   * cap.
   */
  public static final String SINGLE_NODE =
      String.join(
          "\n",
          "auto.create.topics.enable=false",
          "offsets.topic.replication.factor=1",
          "offsets.topic.num.partitions=1",
          "transaction.state.log.replication.factor=1",
          "transaction.state.log.min.isr=1",
          "transaction.state.log.num.partitions=1",
          "share.coordinator.state.topic.replication.factor=1",
          "share.coordinator.state.topic.min.isr=1",
          "group.initial.rebalance.delay.ms=0",
          "message.max.bytes=16777216",
          "replica.fetch.max.bytes=16777216");

  private Path writeServerProperties() throws IOException {
    Path p = dataDir.resolve("server.properties");
    String props =
        String.join(
            "\n",
            "# Written by newsflow for its embedded single-node broker. Loopback only.",
            "process.roles=broker,controller",
            "node.id=1",
            "listeners=PLAINTEXT://127.0.0.1:"
                + brokerPort
                + ",CONTROLLER://127.0.0.1:"
                + controllerPort,
            "advertised.listeners=PLAINTEXT://127.0.0.1:" + brokerPort,
            "controller.listener.names=CONTROLLER",
            "inter.broker.listener.name=PLAINTEXT",
            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
            "log.dirs=" + dataDir.resolve("kafka-logs"),
            "num.partitions=1",
            SINGLE_NODE,
            "log.retention.hours=-1",
            "");
    Files.writeString(p, props);
    return p;
  }

  /**
   * JVM options for every child JVM a test starts (brokers, stages), from the system property
   * {@value #CHILD_JVM_OPTIONS}, split at white space; none when it is not set. The integration
   * tests set it so that their many short-lived JVMs compile less (see app's pom); a broker an
   * operator starts keeps the JVM's defaults.
   */
  public static List<String> childJvmOptions() {
    String options = System.getProperty(CHILD_JVM_OPTIONS, "").strip();
    return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
  }

  /**
   * The system property that holds {@link #childJvmOptions()}; outside {@code newsflow.}, where
   * system properties are configuration keys and an unknown one is an error.
   */
  public static final String CHILD_JVM_OPTIONS = "io.newsflow.child.jvm.options";

  /**
   * The command that runs {@code main} in a child JVM of this one: its java, the given JVM options
   * and then {@link #childJvmOptions()}, this process's classpath. Every child JVM a test starts is
   * built here, so the options reach them all.
   */
  public static List<String> childJava(List<String> jvmArgs, String main, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmArgs);
    cmd.addAll(childJvmOptions());
    cmd.add("-cp");
    cmd.add(classpath());
    cmd.add(main);
    cmd.addAll(args);
    return cmd;
  }

  private List<String> javaCommand(
      List<String> jvmArgs, String main, List<String> args, Path log4j) {
    List<String> options = new ArrayList<>(jvmArgs);
    options.add("-Dlog4j2.configurationFile=" + log4j);
    return childJava(options, main, args);
  }

  private int runJava(List<String> jvmArgs, String main, List<String> args, Path log4j)
      throws IOException {
    Process p =
        new ProcessBuilder(javaCommand(jvmArgs, main, args, log4j))
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(dataDir.resolve("broker.out").toFile()))
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().close();
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return -1;
      }
      return p.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      return -1;
    }
  }

  /** This process's classpath, absolute, so the child finds the same jars wherever it runs. */
  public static String classpath() {
    List<String> out = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!e.isBlank()) {
        out.add(Path.of(e).toAbsolutePath().toString());
      }
    }
    return String.join(File.pathSeparator, out);
  }

  @SuppressWarnings("try") // the sockets only probe that a port is free
  private static int reuseOrFree(String previous) throws IOException {
    if (previous != null) {
      int p = Integer.parseInt(previous);
      try (ServerSocket s = new ServerSocket(p, 1, InetAddress.getLoopbackAddress())) {
        return p;
      } catch (IOException taken) {
        // fall through to a new port
      }
    }
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Stops the broker: a clean shutdown first, then by force. */
  @Override
  public synchronized void close() {
    if (process == null || !process.isAlive()) {
      return;
    }
    try {
      process.getOutputStream().close(); // the watchdog exits cleanly
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static final String BROKER_LOG4J =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <Configuration status="WARN">
        <Appenders>
          <File name="file" fileName="@LOG@" append="true">
            <PatternLayout pattern="%d{ISO8601} %-5p [%c{1}] %m%n"/>
          </File>
        </Appenders>
        <Loggers>
          <Logger name="org.apache.kafka.common.config.AbstractConfig" level="WARN"/>
          <Logger name="kafka" level="INFO"/>
          <Logger name="org.apache.kafka" level="INFO"/>
          <Logger name="state.change.logger" level="WARN"/>
          <Root level="INFO"><AppenderRef ref="file"/></Root>
        </Loggers>
      </Configuration>
      """;
}
