package io.newsflow.app.cli;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.ingest.Inputs;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Option;

/** Options every command shares: where the cluster is and any configuration key. */
public final class ConfigOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Properties file with configuration keys (also: NEWSFLOW_CONFIG).")
  Path configFile;

  @Option(
      names = {"--bootstrap-server", "-b"},
      paramLabel = "HOST:PORT",
      description = "Kafka bootstrap servers.")
  String bootstrap;

  @Option(
      names = "--registry-url",
      paramLabel = "URL",
      description = "Confluent-compatible Schema Registry URL.")
  String registryUrl;

  @Option(
      names = "--topic-prefix",
      paramLabel = "PREFIX",
      description = "Prefix for every topic name.")
  String topicPrefix;

  @Option(
      names = "--namespace",
      paramLabel = "NAME",
      description =
          "Isolated namespace: topics NAME.*, application ids NAME-newsflow-* (for replays).")
  String namespace;

  @Option(
      names = {"-D", "--set"},
      paramLabel = "KEY=VALUE",
      description =
          "Any configuration key, e.g. -D kafka.security.protocol=SASL_SSL (see 'newsflow config').")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(
      names = {"-v", "--verbose"},
      description = "Log what each stage does, and show stack traces.")
  boolean verbose;

  /** The demo prints its own progress: lifecycle lines only with -v. */
  public NewsflowConfig quietConfig() {
    NewsflowConfig config = config();
    if (!verbose) {
      Configurator.setLevel("io.newsflow.runtime.StreamsStage", Level.WARN);
      Configurator.setLevel("io.newsflow.sink.RuleChanges", Level.WARN);
    }
    return config;
  }

  public NewsflowConfig config() {
    Map<String, String> flags = new LinkedHashMap<>(settings);
    if (bootstrap != null) {
      flags.put("bootstrap.servers", bootstrap);
    }
    if (registryUrl != null) {
      flags.put("registry.url", registryUrl);
    }
    if (topicPrefix != null) {
      flags.put("topic.prefix", topicPrefix);
    }
    if (namespace != null) {
      Inputs.namespace(namespace).forEach(flags::putIfAbsent);
    }
    NewsflowConfig config = NewsflowConfig.fromEnvironment(configFile, flags);
    applyLogFormat(config.get("log.format"));
    if (verbose) {
      Configurator.setLevel("io.newsflow", Level.INFO);
    }
    return config;
  }

  /**
   * log4j2.xml picks its appender from this property; the config can only be read after logging
   * started.
   */
  static void applyLogFormat(String format) {
    if (!format.equals("text") && !format.equals("json")) {
      throw new IllegalArgumentException(
          "log.format must be 'text' or 'json', not '" + format + "'");
    }
    if (!format.equals(System.getProperty("newsflow.log.format", "text"))) {
      System.setProperty("newsflow.log.format", format);
      Configurator.reconfigure();
    }
  }

  /**
   * A file relative to the working directory, else to the newsflow installation (NEWSFLOW_HOME).
   */
  static Path resolveHome(Path p) {
    if (p.isAbsolute() || p.toFile().exists() || System.getenv("NEWSFLOW_HOME") == null) {
      return p;
    }
    Path home = Path.of(System.getenv("NEWSFLOW_HOME")).resolve(p);
    return home.toFile().exists() ? home : p;
  }
}
