package io.newsflow.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.runtime.TopicReader;
import io.newsflow.runtime.Wiring;
import io.newsflow.serde.AvroJson;
import io.newsflow.serde.GenericAvroDeserializer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "tail",
    mixinStandardHelpOptions = true,
    description = {
      "Decode any newsflow topic to JSON lines {\"key\":..., \"value\":{...}} (committed records only).",
      "By default: from the beginning to the current end. --follow keeps printing new records."
    })
public final class TailCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "TOPIC",
      description =
          "Topic name, e.g. news.enriched or alerts.watchlist; under --namespace NAME (or topic.prefix) it is NAME.TOPIC.")
  String topic;

  @Option(
      names = "--from",
      paramLabel = "beginning|end",
      description = "Where to start. Default: ${DEFAULT-VALUE}.")
  String from = "beginning";

  @Option(
      names = {"-f", "--follow"},
      description = "Keep printing new records until interrupted.")
  boolean follow;

  @Option(
      names = "--group",
      paramLabel = "ID",
      description =
          "Read as this consumer group (committing offsets), so a later tail continues where this one left.")
  String group;

  @Option(names = "--max", description = "Stop after this many records.")
  long max = Long.MAX_VALUE;

  @Mixin ConfigOptions options;

  @Override
  public Integer call() {
    if (!from.equals("beginning") && !from.equals("end")) {
      throw new IllegalArgumentException("--from takes 'beginning' or 'end', not '" + from + "'");
    }
    NewsflowConfig config = options.config();
    // --namespace (or topic.prefix) applies here as everywhere: news.raw under --namespace bf is
    // bf.news.raw
    String prefix = config.get("topic.prefix");
    topic = prefix.isEmpty() || topic.startsWith(prefix) ? topic : prefix + topic;
    awaitKafka(config);
    try (Wiring wiring = Wiring.reading(config)) {
      GenericAvroDeserializer values = wiring.values();
      if (!follow && group == null && from.equals("beginning")) {
        long[] n = {0};
        new TopicReader(config.kafkaClientProps(), values)
            .read(
                topic,
                Duration.ofSeconds(60),
                line -> {
                  if (n[0]++ < max) {
                    System.out.println(line.json());
                  }
                });
        return 0;
      }
      return consume(config, values);
    }
  }

  /**
   * A consumer waits for an unreachable broker forever, quietly: ask the cluster first, for at most
   * {@code startup.timeout.ms}, and say so if it does not answer.
   */
  static void awaitKafka(NewsflowConfig config) {
    long timeoutMs = config.getLong("startup.timeout.ms");
    Map<String, Object> p = new HashMap<>(config.kafkaClientProps());
    p.put("request.timeout.ms", (int) Math.min(Integer.MAX_VALUE, Math.max(1000, timeoutMs)));
    p.put("default.api.timeout.ms", (int) Math.min(Integer.MAX_VALUE, Math.max(1000, timeoutMs)));
    try (Admin admin = Admin.create(p)) {
      admin.describeCluster().clusterId().get(timeoutMs, TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      throw new IllegalStateException(
          "Cannot reach Kafka at "
              + config.get("bootstrap.servers")
              + " within "
              + timeoutMs / 1000
              + " s (startup.timeout.ms)"
              + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for Kafka");
    }
  }

  private int consume(NewsflowConfig config, GenericAvroDeserializer values) {
    Map<String, Object> p = new HashMap<>(config.kafkaClientProps());
    p.put("isolation.level", "read_committed");
    p.put("group.id", group != null ? group : "newsflow-tail-" + ProcessHandle.current().pid());
    p.put("enable.auto.commit", group != null);
    p.put("auto.offset.reset", from.equals("end") ? "latest" : "earliest");
    AtomicBoolean running = new AtomicBoolean(true);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> running.set(false)));
    long n = 0;
    try (KafkaConsumer<byte[], byte[]> c =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      c.subscribe(List.of(topic));
      long idlePolls = 0;
      while (running.get() && n < max) {
        var records = c.poll(Duration.ofMillis(500));
        idlePolls = records.isEmpty() ? idlePolls + 1 : 0;
        for (ConsumerRecord<byte[], byte[]> r : records) {
          if (n++ >= max) {
            break;
          }
          GenericRecord v = values.deserialize(topic, r.value());
          var line = new ObjectMapper().createObjectNode();
          line.put("key", r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8));
          line.set("value", v == null ? line.nullNode() : AvroJson.toJson(v));
          System.out.println(line);
        }
        if (!follow && idlePolls >= 10) {
          break; // caught up: nothing new for five seconds
        }
      }
    }
    return 0;
  }
}
