package io.newsflow.app.cli;

import io.newsflow.avro.RuleDefinition;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.TopicReader;
import io.newsflow.runtime.Wiring;
import io.newsflow.sink.Rule;
import io.newsflow.sink.RuleSet;
import io.newsflow.topics.TopicCatalog;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The rules topic is the one source of truth for the rules in force: {@code rules apply} writes a
 * file there, and a sink started with a rules file writes it there only when the topic has never
 * held a rule (the first start). Every sink reads the topic, so two sinks never disagree, and a
 * rule removed at run time stays removed when a sink restarts.
 */
final class RulesTopic {
  /** What the topic holds: the live rules by name (their YAML), and whether it was ever written. */
  record Contents(Map<String, String> rules, boolean everWritten) {}

  private RulesTopic() {}

  static Contents read(Wiring wiring) {
    Map<String, String> live = new LinkedHashMap<>();
    boolean[] written = {false};
    TopicCatalog topics = wiring.topics();
    new TopicReader(wiring.clientProps(), wiring.values())
        .read(
            topics.rules().name(),
            Duration.ofSeconds(30),
            l -> {
              written[0] = true;
              if (l.value() == null) {
                live.remove(l.key());
              } else {
                live.put(l.key(), l.value().get("yaml").toString());
              }
            });
    return new Contents(live, written[0]);
  }

  /**
   * Makes {@code rules} the rules in force: publishes each and deletes the topic's others. The
   * caller has created the catalogue and the rules' alert topics first ({@link TopicAdmin#ensure}),
   * as a sink may fire at once. Returns {published, deleted}.
   */
  static int[] apply(Wiring wiring, RuleSet rules, Contents before) throws Exception {
    TopicCatalog topics = wiring.topics();
    Map<String, Object> p = new HashMap<>(wiring.clientProps());
    p.put("acks", "all");
    p.put("enable.idempotence", true);
    int published = 0;
    int deleted = 0;
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      String t = topics.rules().name();
      for (Rule r : rules.rules()) {
        RuleDefinition d =
            RuleDefinition.newBuilder()
                .setName(r.name())
                .setYaml(r.yaml())
                .setUpdatedAt(Instant.now())
                .build();
        producer
            .send(
                new ProducerRecord<>(
                    t,
                    r.name().getBytes(StandardCharsets.UTF_8),
                    topics.rules().valueSerde().serializer().serialize(t, d)))
            .get();
        published++;
      }
      for (String gone : before.rules().keySet()) {
        if (rules.rules().stream().noneMatch(r -> r.name().equals(gone))) {
          producer.send(new ProducerRecord<>(t, gone.getBytes(StandardCharsets.UTF_8), null)).get();
          deleted++;
        }
      }
    }
    return new int[] {published, deleted};
  }

  /** Whether the topic's rules are exactly {@code rules} (same names, same definitions). */
  static boolean holds(Contents contents, RuleSet rules) {
    Map<String, String> wanted = new LinkedHashMap<>();
    rules.rules().forEach(r -> wanted.put(r.name(), r.yaml()));
    return wanted.equals(contents.rules());
  }
}
