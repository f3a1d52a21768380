package io.newsflow.app;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.topics.TopicCatalog;
import io.newsflow.topics.TopicSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates newsflow's topics where missing (existing topics are left as they are). */
public final class TopicAdmin {
  private TopicAdmin() {}

  /** The catalogue's fixed topics plus one alert topic per name. Returns the names it created. */
  public static List<String> ensure(NewsflowConfig config, TopicCatalog topics, List<String> alertTopics) {
    int partitions = config.getInt("topic.partitions");
    short rf = (short) config.getInt("topic.replication.factor");
    String maxMessage = String.valueOf(config.getLong("ingest.max.bytes") + 1_048_576);
    List<NewTopic> wanted = new ArrayList<>();
    for (TopicSpec<String, ?> t : topics.fixed()) {
      Map<String, String> cfg = new HashMap<>();
      cfg.put("max.message.bytes", maxMessage);
      if (t.compacted()) {
        cfg.put("cleanup.policy", "compact");
      }
      wanted.add(new NewTopic(t.name(), t.compacted() ? 1 : partitions, rf).configs(cfg));
    }
    for (String a : alertTopics) {
      wanted.add(new NewTopic(topics.alerts(a).name(), partitions, rf));
    }
    List<String> created = new ArrayList<>();
    try (Admin admin = Admin.create(config.kafkaClientProps())) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).distinct().toList();
      for (var e : admin.createTopics(missing).values().entrySet()) {
        try {
          e.getValue().get(30, TimeUnit.SECONDS);
          created.add(e.getKey());
        } catch (ExecutionException ex) {
          if (!(ex.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("Cannot create topic " + e.getKey() + ": " + ex.getCause().getMessage(), ex);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating topics", e);
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("Cannot reach Kafka at " + config.get("bootstrap.servers") + " to create topics: "
          + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
    }
    return created;
  }

  /** Every partition of the given topics. */
  public static List<TopicPartition> partitions(Admin admin, List<String> names) {
    try {
      List<TopicPartition> out = new ArrayList<>();
      admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS).values()
          .forEach(d -> d.partitions().forEach(p -> out.add(new TopicPartition(d.name(), p.partition()))));
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while describing " + names, e);
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("Cannot describe topics " + names + ": "
          + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
    }
  }
}
