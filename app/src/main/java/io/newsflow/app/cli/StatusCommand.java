package io.newsflow.app.cli;

import io.newsflow.app.Completion;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.config.StreamsProps;
import io.newsflow.runtime.TopicReader;
import io.newsflow.runtime.Wiring;
import io.newsflow.sink.Rule;
import io.newsflow.sink.RuleSet;
import io.newsflow.topics.TopicCatalog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Show a running pipeline on any cluster: each stage's state and lag, topic sizes, dead letters",
      "of the last hour by reason, and the rules in force from the rules topic."
    })
public final class StatusCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  private final boolean colour = System.console() != null && System.getenv("NO_COLOR") == null;

  private String paint(String s, boolean good) {
    return colour ? (good ? "\u001b[32m" : "\u001b[33m") + s + "\u001b[0m" : s;
  }

  @Override
  public Integer call() throws Exception {
    NewsflowConfig config = options.config();
    Map<String, Object> props = config.kafkaClientProps();
    try (Admin admin = Admin.create(props);
        Wiring wiring = Wiring.reading(config)) {
      TopicCatalog topics = wiring.topics();
      System.out.println(
          "newsflow status: "
              + config.get("bootstrap.servers")
              + (topics.prefix().isEmpty() ? "" : ", namespace " + topics.prefix()));
      System.out.println();
      System.out.printf(
          "%-8s %-36s %-20s %8s %10s%n", "STAGE", "APPLICATION ID", "STATE", "MEMBERS", "LAG");
      for (String stage : List.of("enrich", "sink")) {
        String group = StreamsProps.applicationId(config, stage);
        ConsumerGroupDescription d;
        try {
          d =
              admin
                  .describeConsumerGroups(List.of(group))
                  .all()
                  .get(10, TimeUnit.SECONDS)
                  .get(group);
        } catch (ExecutionException e) {
          System.out.printf(
              "%-8s %-36s %-20s %8s %10s%n", stage, group, paint("NOT RUNNING", false), "-", "-");
          continue; // this stage has never run against this cluster
        }
        long lag = Completion.lag(admin, props, group);
        String state = d == null ? "UNKNOWN" : d.groupState().toString();
        int members = d == null ? 0 : d.members().size();
        boolean healthy = members > 0 && lag == 0;
        System.out.printf(
            "%-8s %-36s %-20s %8d %10s%n",
            stage,
            group,
            paint(state, members > 0),
            members,
            paint(String.valueOf(lag), healthy || lag == 0));
      }

      System.out.println();
      System.out.printf("%-40s %12s%n", "TOPIC", "OFFSETS");
      List<String> names = new ArrayList<>();
      topics.fixed().forEach(t -> names.add(t.name()));
      admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
          .filter(topics::isAlertTopic)
          .sorted()
          .forEach(names::add);
      for (String t : names) {
        System.out.printf("%-40s %12s%n", t, size(admin, t));
      }

      System.out.println();
      System.out.println("DEAD LETTERS, LAST HOUR");
      Map<String, Integer> reasons =
          deadLettersSince(admin, props, topics, Instant.now().minus(Duration.ofHours(1)));
      if (reasons.isEmpty()) {
        System.out.println("  " + paint("none", true));
      }
      reasons.forEach((r, n) -> System.out.printf("  %-40s %6d%n", r, n));

      System.out.println();
      System.out.println("RULES IN FORCE (" + topics.rules().name() + ", the one source of truth)");
      Map<String, Rule> rules = new TreeMap<>();
      new TopicReader(props, wiring.values())
          .read(
              topics.rules().name(),
              Duration.ofSeconds(20),
              l -> {
                if (l.value() == null) {
                  rules.remove(l.key());
                } else {
                  rules.put(
                      l.key(), RuleSet.parseOne(l.value().get("yaml").toString(), "rules topic"));
                }
              });
      if (rules.isEmpty()) {
        System.out.println("  none");
      }
      rules
          .values()
          .forEach(
              r -> System.out.printf("  %-30s %-9s -> %s%n", r.name(), r.severity(), r.topic()));
      return 0;
    }
  }

  private static String size(Admin admin, String topic) {
    try {
      var desc =
          admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic);
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
      desc.partitions()
          .forEach(
              p -> {
                latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
                earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest());
              });
      long end =
          admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).values().stream()
              .mapToLong(i -> i.offset())
              .sum();
      long start =
          admin.listOffsets(earliest).all().get(10, TimeUnit.SECONDS).values().stream()
              .mapToLong(i -> i.offset())
              .sum();
      return String.valueOf(end - start);
    } catch (Exception e) {
      return "missing";
    }
  }

  private static Map<String, Integer> deadLettersSince(
      Admin admin, Map<String, Object> props, TopicCatalog topics, Instant since) throws Exception {
    String t = topics.deadLetters().name();
    Map<String, Integer> out = new TreeMap<>();
    var desc = admin.describeTopics(List.of(t)).allTopicNames().get(10, TimeUnit.SECONDS).get(t);
    Map<TopicPartition, OffsetSpec> from = new HashMap<>();
    desc.partitions()
        .forEach(
            p ->
                from.put(
                    new TopicPartition(t, p.partition()),
                    OffsetSpec.forTimestamp(since.toEpochMilli())));
    var starts = admin.listOffsets(from).all().get(10, TimeUnit.SECONDS);
    Map<String, Object> p = new HashMap<>(props);
    p.put("isolation.level", "read_committed");
    p.put("enable.auto.commit", false);
    try (KafkaConsumer<byte[], byte[]> c =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> tps = new ArrayList<>(starts.keySet());
      c.assign(tps);
      Map<TopicPartition, Long> ends = c.endOffsets(tps);
      for (TopicPartition tp : tps) {
        long o = starts.get(tp).offset();
        c.seek(tp, o < 0 ? ends.get(tp) : o);
      }
      Instant deadline = Instant.now().plusSeconds(20);
      while (tps.stream().anyMatch(tp -> c.position(tp) < ends.get(tp))
          && Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(300))) {
          var d = topics.deadLetters().valueSerde().deserializer().deserialize(t, r.value());
          if (d != null) {
            out.merge(d.getStage() + " / " + d.getReason(), 1, Integer::sum);
          }
        }
      }
    }
    return out;
  }
}
