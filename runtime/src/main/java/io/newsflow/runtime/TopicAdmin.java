package io.newsflow.runtime;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.serde.AvroSerde;
import io.newsflow.topics.TopicCatalog;
import io.newsflow.topics.TopicSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates newsflow's topics where missing (existing topics are left as they are). */
public final class TopicAdmin {
  private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

  private TopicAdmin() {}

  /**
   * Registers every output topic's schema at start, so no record mid-stream waits on the registry
   * (it stalls while a Kafka-backed registry's broker fails over). A registry that cannot be
   * reached now is not fatal here: the first record registers lazily, with the client's retries.
   */
  static void prepareSchemas(TopicCatalog topics, List<String> alertTopics) {
    List<TopicSpec<String, ?>> all = new ArrayList<>(topics.fixed());
    alertTopics.forEach(a -> all.add(topics.alerts(a)));
    for (TopicSpec<String, ?> t : all) {
      if (t.valueSerde() instanceof AvroSerde<?> avro) {
        try {
          avro.prepare(t.name());
        } catch (RuntimeException e) {
          LOG.warn(
              "Could not register the schema of {} at start ({}); it will be registered with its first record",
              t.name(),
              e.getMessage());
        }
      }
    }
  }

  /**
   * Timestamps, stated rather than left to the broker's defaults: record times are event times
   * (CreateTime); any past time is taken (a replayed archive from 2003); a time more than an hour
   * ahead is refused by the broker, so every producer here clamps record times to now and keeps the
   * stated time in the record (KafkaRawSink).
   */
  static final Map<String, String> TIMESTAMPS =
      Map.of(
          "message.timestamp.type", "CreateTime",
          "message.timestamp.before.max.ms", String.valueOf(Long.MAX_VALUE),
          "message.timestamp.after.max.ms", "3600000");

  /** The catalogue's fixed topics plus one alert topic per name. Returns the names it created. */
  public static List<String> ensure(
      NewsflowConfig config, TopicCatalog topics, List<String> alertTopics) {
    int partitions = config.getInt("topic.partitions");
    short rf = (short) config.getInt("topic.replication.factor");
    String maxMessage = String.valueOf(config.getLong("ingest.max.bytes") + 1_048_576);
    // record timestamps are event times: a broker's default 7-day time retention would delete a
    // replayed archive
    // (or a late article) on arrival, before enrich reads it
    String retention = String.valueOf(config.getLong("topic.retention.ms"));
    List<NewTopic> wanted = new ArrayList<>();
    for (TopicSpec<String, ?> t : topics.fixed()) {
      Map<String, String> cfg = new HashMap<>(TIMESTAMPS);
      cfg.put("max.message.bytes", maxMessage);
      if (t.compacted()) {
        cfg.put("cleanup.policy", "compact");
      } else {
        cfg.put("retention.ms", retention);
      }
      wanted.add(new NewTopic(t.name(), t.compacted() ? 1 : partitions, rf).configs(cfg));
    }
    for (String a : alertTopics) {
      Map<String, String> cfg = new HashMap<>(TIMESTAMPS);
      cfg.put("retention.ms", retention);
      wanted.add(new NewTopic(topics.alerts(a).name(), partitions, rf).configs(cfg));
    }
    // the broker may start after us (any start order under a supervisor): retry until
    // startup.timeout.ms, but
    // stop at once on what waiting cannot mend (authentication, authorisation, bad settings)
    long timeoutMs = config.getLong("startup.timeout.ms");
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    boolean told = false;
    while (true) {
      try {
        List<String> created = create(config, wanted);
        prepareSchemas(topics, alertTopics);
        return created;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while creating topics", e);
      } catch (ExecutionException | TimeoutException e) {
        Throwable cause =
            e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        String why =
            cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        boolean transient_ =
            cause instanceof TimeoutException || cause instanceof RetriableException;
        if (!transient_ || System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "Cannot reach Kafka at "
                  + config.get("bootstrap.servers")
                  + " to create topics"
                  + (transient_ ? " within " + timeoutMs / 1000 + " s (startup.timeout.ms)" : "")
                  + ": "
                  + why
                  + ". Check bootstrap.servers and the kafka.* security settings.",
              e);
        }
        if (!told) {
          LOG.warn(
              "Waiting for Kafka at {} (up to {} s, startup.timeout.ms): {}",
              config.get("bootstrap.servers"),
              timeoutMs / 1000,
              why);
          told = true;
        }
      }
    }
  }

  private static List<String> create(NewsflowConfig config, List<NewTopic> wanted)
      throws InterruptedException, ExecutionException, TimeoutException {
    List<String> created = new ArrayList<>();
    Admin admin = Admin.create(config.kafkaClientProps());
    try {
      Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
      List<NewTopic> missing =
          wanted.stream().filter(t -> !existing.contains(t.name())).distinct().toList();
      for (var e : admin.createTopics(missing).values().entrySet()) {
        try {
          e.getValue().get(30, TimeUnit.SECONDS);
          created.add(e.getKey());
        } catch (ExecutionException ex) {
          if (!(ex.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException(
                "Cannot create topic " + e.getKey() + ": " + ex.getCause().getMessage(), ex);
          }
        }
      }
    } finally {
      admin.close(
          Duration.ofSeconds(1)); // a plain close waits out requests to a broker that is not there
    }
    return created;
  }

  /** Every partition of the given topics. */
  public static List<TopicPartition> partitions(Admin admin, List<String> names) {
    try {
      List<TopicPartition> out = new ArrayList<>();
      admin
          .describeTopics(names)
          .allTopicNames()
          .get(30, TimeUnit.SECONDS)
          .values()
          .forEach(
              d ->
                  d.partitions()
                      .forEach(p -> out.add(new TopicPartition(d.name(), p.partition()))));
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while describing " + names, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "Cannot describe topics "
              + names
              + ": "
              + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()),
          e);
    }
  }
}
