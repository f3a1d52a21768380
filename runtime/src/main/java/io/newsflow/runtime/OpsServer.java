package io.newsflow.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * A long-running process's operations endpoint: Prometheus metrics at {@code /metrics} (JVM, Kafka
 * Streams, and newsflow's own counters: records, dead letters by reason, duplicates by method,
 * entities per article, alerts per rule, alert latency), and {@code /health/live} and {@code
 * /health/ready} that follow the Kafka Streams state.
 */
public final class OpsServer implements AutoCloseable {
  /** What the health endpoints report. */
  public record Health(boolean live, boolean ready, String detail) {}

  private final HttpServer server;
  private final PrometheusMeterRegistry registry;
  private KafkaStreamsMetrics streamsMetrics;

  /** Set last in bind(): once scrapes see it, the gauges exist. */
  private volatile KafkaStreams streams;

  private MultiGauge storeKeys;
  private MultiGauge storeBytes;

  private OpsServer(HttpServer server, PrometheusMeterRegistry registry) {
    this.server = server;
    this.registry = registry;
  }

  public static OpsServer start(String host, int port, Supplier<Health> health) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Metrics.addRegistry(registry); // the stages count into the global registry
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    try {
      OpsServer ops =
          new OpsServer(HttpServer.create(new InetSocketAddress(host, port), 0), registry);
      ops.server.createContext(
          "/metrics",
          ex -> {
            ops.refreshStoreGauges();
            reply(ex, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
          });
      ops.server.createContext(
          "/health/live",
          ex -> {
            Health h = health.get();
            reply(ex, h.live() ? 200 : 503, "application/json", json(h.live(), h.detail()));
          });
      ops.server.createContext(
          "/health/ready",
          ex -> {
            Health h = health.get();
            reply(ex, h.ready() ? 200 : 503, "application/json", json(h.ready(), h.detail()));
          });
      ops.server.start();
      return ops;
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "Cannot serve metrics on "
              + host
              + ":"
              + port
              + ": "
              + e.getMessage()
              + " (set this stage's ops port with -D ops.enrich.port=N, ops.sink.port or ops.ingest.port; 0 for any free "
              + "port, -1 for none)",
          e);
    }
  }

  /** Health from a Kafka Streams client: live unless it failed, ready when RUNNING. */
  public static Supplier<Health> of(KafkaStreams streams) {
    return () -> {
      KafkaStreams.State s = streams.state();
      boolean failed =
          s == KafkaStreams.State.ERROR
              || s == KafkaStreams.State.PENDING_ERROR
              || s == KafkaStreams.State.NOT_RUNNING;
      return new Health(!failed, s == KafkaStreams.State.RUNNING, s.name());
    };
  }

  /**
   * Health of a stage: as {@link #of(KafkaStreams)}, and not live while a stream thread is stuck.
   */
  public static Supplier<Health> of(StreamsStage stage) {
    Supplier<Health> base = of(stage.streams());
    return () -> {
      String stuck = stage.stuck();
      return stuck == null
          ? base.get()
          : new Health(false, false, stuck.lines().findFirst().orElse(stuck));
    };
  }

  public void bind(KafkaStreams streams) {
    streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(registry);
    storeKeys =
        MultiGauge.builder("newsflow.state.store.keys")
            .description(
                "Estimated keys per local state store (RocksDB estimate-num-keys, summed over tasks)")
            .register(registry);
    storeBytes =
        MultiGauge.builder("newsflow.state.store.bytes")
            .baseUnit("bytes")
            .description("Live SST bytes plus memtables per local state store, summed over tasks")
            .register(registry);
    this.streams = streams;
  }

  /**
   * State-store size straight from the Streams client at scrape time: the binder picks up store
   * metrics only on its own refresh, and stores appear after the first rebalance.
   */
  private void refreshStoreGauges() {
    KafkaStreams streams = this.streams;
    if (streams == null) {
      return;
    }
    Map<String, Double> keys = new TreeMap<>();
    Map<String, Double> bytes = new TreeMap<>();
    streams
        .metrics()
        .forEach(
            (name, metric) -> {
              String store = name.tags().get("rocksdb-state-id");
              if (store == null || !(metric.metricValue() instanceof Number n)) {
                return;
              }
              switch (name.name()) {
                case "estimate-num-keys" -> keys.merge(store, n.doubleValue(), Double::sum);
                case "live-sst-files-size", "size-all-mem-tables" ->
                    bytes.merge(store, n.doubleValue(), Double::sum);
                default -> {}
              }
            });
    storeKeys.register(
        keys.entrySet().stream()
            .map(e -> MultiGauge.Row.of(Tags.of("store", e.getKey()), e.getValue()))
            .toList(),
        true);
    storeBytes.register(
        bytes.entrySet().stream()
            .map(e -> MultiGauge.Row.of(Tags.of("store", e.getKey()), e.getValue()))
            .toList(),
        true);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String url() {
    return "http://" + server.getAddress().getHostString() + ":" + port();
  }

  private static String json(boolean ok, String detail) {
    return "{\"status\":\""
        + (ok ? "UP" : "DOWN")
        + "\",\"state\":\""
        + detail.replace("\"", "'")
        + "\"}";
  }

  private static void reply(HttpExchange ex, int status, String type, String body)
      throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    if (streamsMetrics != null) {
      streamsMetrics.close();
    }
    Metrics.removeRegistry(registry);
    registry.close();
  }
}
