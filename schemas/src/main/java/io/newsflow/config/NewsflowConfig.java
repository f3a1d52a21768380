package io.newsflow.config;

import io.newsflow.registry.RegistrySettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * newsflow's configuration. Every key and its default is listed in {@link #DEFAULTS}, the one place
 * defaults live. Layers, later wins: defaults, a properties file, environment variables ({@code
 * NEWSFLOW_BOOTSTRAP_SERVERS} sets {@code bootstrap.servers}), system properties ({@code
 * -Dnewsflow.bootstrap.servers=...}), then command-line flags. Unknown keys are errors, except
 * under {@code kafka.}: those pass through, prefix removed, to every Kafka client (producers,
 * consumers, Streams, admin), which is how security (SASL/SSL) is configured.
 */
public final class NewsflowConfig {
  /** Key, default, and what it does. */
  public record Key(String name, String defaultValue, String doc) {}

  public static final String KAFKA_PREFIX = "kafka.";
  public static final String REGISTRY_PREFIX = "registry.";
  public static final String ENV_PREFIX = "NEWSFLOW_";
  public static final String SYSPROP_PREFIX = "newsflow.";

  /** Environment variable naming a config file (the --config flag wins). */
  public static final String ENV_CONFIG_FILE = "NEWSFLOW_CONFIG";

  /** Environment variables of the launcher script, not configuration keys. */
  public static final Set<String> ENV_RESERVED =
      Set.of(ENV_CONFIG_FILE, "NEWSFLOW_HOME", "NEWSFLOW_JAVA_OPTS");

  public static final Map<String, Key> DEFAULTS =
      defaults(
          new Key("bootstrap.servers", "localhost:9092", "Kafka bootstrap servers."),
          new Key(
              "registry.url", "http://localhost:8081", "Confluent-compatible Schema Registry URL."),
          new Key("registry.basic.auth.user.info", "", "user:password for registry basic auth."),
          new Key("registry.ssl.truststore.location", "", "Trust store for an https registry."),
          new Key("registry.ssl.truststore.password", "", "Trust store password."),
          new Key("registry.ssl.truststore.type", "PKCS12", "Trust store type."),
          new Key("registry.ssl.keystore.location", "", "Key store for registry mutual TLS."),
          new Key("registry.ssl.keystore.password", "", "Key store password."),
          new Key("registry.ssl.keystore.type", "PKCS12", "Key store type."),
          new Key("registry.timeout.ms", "10000", "Registry connect and request timeout."),
          new Key(
              "startup.timeout.ms",
              "120000",
              "How long a command waits at start for Kafka to answer (the broker may start after newsflow)."),
          new Key(
              "stuck.timeout.ms",
              "600000",
              "A stream thread that has not polled Kafka for this long is stuck: enrich or sink reports not live, logs where the thread is, and exits 1."),
          new Key(
              "registry.auto.register",
              "true",
              "Register our schemas on first write (off: they must exist)."),
          new Key(
              "topic.prefix",
              "",
              "Prefix applied to every topic name (isolates a namespace, e.g. for replays)."),
          new Key("topic.partitions", "3", "Partitions for topics newsflow creates."),
          new Key(
              "topic.replication.factor", "1", "Replication factor for topics newsflow creates."),
          new Key(
              "topic.retention.ms",
              "-1",
              "Time retention of the topics newsflow creates. Records carry event times (publication dates), so a time limit would delete replayed or late articles as they arrive; -1 keeps them (bound size with retention.bytes instead)."),
          new Key(
              "application.id.prefix",
              "newsflow",
              "Prefix of the Kafka Streams application ids (enrich, sink)."),
          new Key(
              "state.dir",
              System.getProperty("java.io.tmpdir")
                  + "/newsflow-state-"
                  + System.getProperty("user.name"),
              "Kafka Streams state directory (per user; a second instance of a stage on the host takes instance-N under it)."),
          new Key("streams.threads", "1", "Stream threads per Streams stage."),
          new Key(
              "ingest.max.bytes",
              "10485760",
              "Inputs larger than this are rejected to the dead-letter topic."),
          new Key(
              "ingest.max.decompressed.bytes",
              "1073741824",
              "A compressed archive may expand to at most this (gzip bombs)."),
          new Key(
              "ingest.http.connect.timeout.ms", "10000", "Connect timeout for feeds and pages."),
          new Key(
              "ingest.http.read.timeout.ms",
              "30000",
              "Deadline for a whole response of a feed or page (headers and body)."),
          new Key("ingest.http.max.redirects", "5", "Redirects followed at most."),
          new Key(
              "ingest.http.retries",
              "3",
              "Retries (exponential backoff) on network errors, 429 and 5xx."),
          new Key("ingest.http.backoff.ms", "1000", "First retry delay; doubles each retry."),
          new Key(
              "ingest.http.host.interval.ms",
              "1000",
              "Minimum time between two requests to one host."),
          new Key(
              "ingest.http.user.agent",
              "newsflow/0.1 (news monitoring; respects robots and rate limits)",
              "User-Agent sent with every request."),
          new Key("ingest.feed.poll.ms", "300000", "How often feeds are polled."),
          new Key(
              "enrich.dedup.horizon.ms",
              "604800000",
              "How far apart two reports' publication times may be for one to be a copy of the other, and how long (processing time) a canonical article and a story are held for matching (7 days)."),
          new Key(
              "enrich.dedup.grace.ms",
              "0",
              "Ordering grace (processing time): reports reaching the de-duplicator within this of each other are decided in publication-time order, whatever partition or instance they came through. Adds this much latency to every article; 0 (the default, for alerts within half a second) decides on arrival. Raise it (2000-5000) to replay a backlog through several partitions or instances with the same decisions each time; the demo uses 5000."),
          new Key(
              "enrich.tagging.memo",
              "2048",
              "Texts whose tagging each enrich instance keeps (least recently used go first), so an exact copy of a text (a syndicated copy, a re-wrap) skips tagging with the same result; 0 tags every page."),
          new Key(
              "enrich.story.window.ms",
              "172800000",
              "A report joins a story when its event time is within this of the story's latest report (48 h); follow-ups extend the story."),
          new Key(
              "enrich.story.similarity",
              "0.3",
              "Weighted cosine similarity (content words, names, numbers, entities) at or above which a report joins a story, when names and places do not conflict."),
          new Key(
              "enrich.dedup.jaccard",
              "0.5",
              "Estimated Jaccard similarity (word 3-shingles) at or above which an article is a near-duplicate."),
          new Key(
              "enrich.dedup.containment",
              "0.8",
              "Share of the shorter text found in the longer one that makes a truncated copy a duplicate (when their leads match)."),
          new Key("sink.rules.file", "config/rules.yaml", "Alert rules file."),
          new Key(
              "ops.host",
              "127.0.0.1",
              "Address of the metrics and health endpoints of long-running commands."),
          new Key(
              "ops.enrich.port",
              "9401",
              "Metrics/health port of 'newsflow enrich' (0: any free port, -1: none)."),
          new Key(
              "ops.sink.port",
              "9402",
              "Metrics/health port of 'newsflow sink' (0: any free port, -1: none)."),
          new Key(
              "ops.ingest.port",
              "9403",
              "Metrics/health port of 'newsflow ingest --watch/--feeds' (0: any free port, -1: none)."),
          new Key("sink.snippet.chars", "280", "Maximum length of an alert's snippet."),
          new Key(
              "sink.horizon.ms",
              "604800000",
              "How long (processing time since last written) the sink remembers fired alerts, story sources and pending momentum (7 days)."),
          new Key(
              "log.format",
              "text",
              "Log lines as 'text' or 'json' (one JSON object per line, Elastic Common Schema, for log shippers)."));

  private final Map<String, String> values;

  private NewsflowConfig(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  private static Map<String, Key> defaults(Key... keys) {
    Map<String, Key> m = new LinkedHashMap<>();
    for (Key k : keys) {
      m.put(k.name(), k);
    }
    return Collections.unmodifiableMap(m);
  }

  /** Defaults only. */
  public static NewsflowConfig defaults() {
    return load(null, Map.of(), new Properties(), Map.of());
  }

  /**
   * The process's configuration: defaults, file, {@code System.getenv()}, {@code
   * System.getProperties()}, flags.
   */
  public static NewsflowConfig fromEnvironment(Path file, Map<String, String> flags) {
    Path f = file;
    if (f == null && System.getenv(ENV_CONFIG_FILE) != null) {
      f = Path.of(System.getenv(ENV_CONFIG_FILE));
    }
    return load(f, System.getenv(), System.getProperties(), flags);
  }

  public static NewsflowConfig load(
      Path file, Map<String, String> env, Properties sysProps, Map<String, String> flags) {
    Map<String, String> v = new TreeMap<>();
    DEFAULTS.values().forEach(k -> v.put(k.name(), k.defaultValue()));
    if (file != null) {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(file)) {
        p.load(r);
      } catch (IOException e) {
        throw new ConfigException("Cannot read config file " + file + ": " + e.getMessage(), e);
      }
      p.stringPropertyNames()
          .forEach(k -> put(v, k.trim(), p.getProperty(k).trim(), "config file " + file));
    }
    env.forEach(
        (name, value) -> {
          if (name.startsWith(ENV_PREFIX) && !ENV_RESERVED.contains(name)) {
            String key =
                name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
            put(v, key, value, "environment variable " + name);
          }
        });
    sysProps.stringPropertyNames().stream()
        .filter(k -> k.startsWith(SYSPROP_PREFIX))
        .forEach(
            k ->
                put(
                    v,
                    k.substring(SYSPROP_PREFIX.length()),
                    sysProps.getProperty(k),
                    "system property -D" + k));
    flags.forEach((k, val) -> put(v, k, val, "command-line flag"));
    NewsflowConfig c = new NewsflowConfig(v);
    c.validate();
    return c;
  }

  private static void put(Map<String, String> v, String key, String value, String where) {
    if (!DEFAULTS.containsKey(key)
        && !(key.startsWith(KAFKA_PREFIX) && key.length() > KAFKA_PREFIX.length())) {
      throw new ConfigException(
          "Unknown configuration key '"
              + key
              + "' (from "
              + where
              + "). Known keys: "
              + String.join(", ", DEFAULTS.keySet())
              + "; Kafka client settings go under 'kafka.' (e.g. kafka.security.protocol).");
    }
    v.put(key, value);
  }

  private void validate() {
    for (String k :
        new String[] {
          "topic.partitions",
          "topic.replication.factor",
          "ingest.max.bytes",
          "ingest.max.decompressed.bytes",
          "ingest.http.connect.timeout.ms",
          "ingest.http.read.timeout.ms",
          "ingest.http.backoff.ms",
          "ingest.feed.poll.ms",
          "enrich.dedup.horizon.ms",
          "enrich.story.window.ms",
          "streams.threads",
          "sink.snippet.chars",
          "sink.horizon.ms",
          "registry.timeout.ms",
          "startup.timeout.ms",
          "stuck.timeout.ms"
        }) {
      long n = getLong(k);
      if (n <= 0) {
        throw new ConfigException(k + " must be positive, got " + n);
      }
    }
    if (getLong("enrich.tagging.memo") < 0) {
      throw new ConfigException(
          "enrich.tagging.memo must be 0 (tag every page) or positive, got "
              + getLong("enrich.tagging.memo"));
    }
    if (getLong("enrich.dedup.grace.ms") < 0) {
      throw new ConfigException(
          "enrich.dedup.grace.ms must be 0 (decide on arrival) or positive, got "
              + getLong("enrich.dedup.grace.ms"));
    }
    for (String k :
        new String[] {
          "enrich.dedup.jaccard", "enrich.dedup.containment", "enrich.story.similarity"
        }) {
      double d = getDouble(k);
      if (d <= 0 || d > 1) {
        throw new ConfigException(k + " must be in (0, 1], got " + d);
      }
    }
    String b = get("registry.auto.register");
    if (!b.equals("true") && !b.equals("false")) {
      throw new ConfigException("registry.auto.register must be true or false, got '" + b + "'");
    }
  }

  /** A copy with some keys replaced (validated like flags). */
  public NewsflowConfig with(Map<String, String> overrides) {
    Map<String, String> v = new TreeMap<>(values);
    overrides.forEach((k, val) -> put(v, k, val, "override"));
    NewsflowConfig c = new NewsflowConfig(v);
    c.validate();
    return c;
  }

  public String get(String key) {
    String v = values.get(key);
    if (v == null) {
      throw new ConfigException("No configuration key '" + key + "'");
    }
    return v;
  }

  public int getInt(String key) {
    return (int) getLong(key);
  }

  public long getLong(String key) {
    String v = get(key);
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      throw new ConfigException(key + " must be a whole number, got '" + v + "'");
    }
  }

  public double getDouble(String key) {
    String v = get(key);
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw new ConfigException(key + " must be a number, got '" + v + "'");
    }
  }

  public boolean getBoolean(String key) {
    return Boolean.parseBoolean(get(key));
  }

  /**
   * Settings for every Kafka client: bootstrap servers plus every {@code kafka.*} key, prefix
   * removed.
   */
  public Map<String, Object> kafkaClientProps() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("bootstrap.servers", get("bootstrap.servers"));
    values.forEach(
        (k, v) -> {
          if (k.startsWith(KAFKA_PREFIX)) {
            p.put(k.substring(KAFKA_PREFIX.length()), v);
          }
        });
    return p;
  }

  public RegistrySettings registrySettings() {
    Map<String, String> r = new LinkedHashMap<>();
    values.forEach(
        (k, v) -> {
          if (k.startsWith(REGISTRY_PREFIX)) {
            r.put(k.substring(REGISTRY_PREFIX.length()), v);
          }
        });
    return RegistrySettings.from(r);
  }

  /** Configuration as a person reads it, secrets masked. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    values.forEach(
        (k, v) ->
            sb.append(k)
                .append('=')
                .append(
                    k.contains("password") || k.contains("user.info") || k.contains("jaas")
                        ? (v.isEmpty() ? "" : "****")
                        : v)
                .append('\n'));
    return sb.toString();
  }
}
