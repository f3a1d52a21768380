package io.newsflow.app.cli;

import io.newsflow.avro.RuleDefinition;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.TopicReader;
import io.newsflow.runtime.Wiring;
import io.newsflow.sink.Rule;
import io.newsflow.sink.RuleSet;
import io.newsflow.topics.TopicCatalog;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Check a rules file, or apply it to a running pipeline through the rules topic.",
    subcommands = {RulesCommand.Validate.class, RulesCommand.Apply.class})
public final class RulesCommand implements Runnable {
  @Override
  public void run() {
    throw new IllegalArgumentException("Say 'rules validate FILE' or 'rules apply FILE'");
  }

  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description =
          "Check a rules file; a bad one is refused with its line and the reason (exit code 2).")
  public static final class Validate implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
      RuleSet rules = RuleSet.load(file);
      System.out.println(file + ": " + rules.rules().size() + " rule(s) valid");
      for (Rule r : rules.rules()) {
        System.out.printf(
            "  %-28s %-9s -> %s%s%s%n",
            r.name(),
            r.severity(),
            r.topic(),
            r.throttle() == null
                ? ""
                : "  throttle " + r.throttle().max() + "/" + r.throttle().per(),
            r.momentum() == null
                ? ""
                : "  momentum " + r.momentum().sources() + " sources/" + r.momentum().within());
      }
      return 0;
    }
  }

  @Command(
      name = "apply",
      mixinStandardHelpOptions = true,
      description = {
        "Publish a rules file to the compacted rules topic: running sinks switch to it without a",
        "restart. Rules in the topic that the file no longer has are deleted; alert topics are created."
      })
  public static final class Apply implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Mixin ConfigOptions options;

    @Override
    public Integer call() throws Exception {
      RuleSet rules = RuleSet.load(file);
      NewsflowConfig config = options.config();
      try (Wiring wiring = Wiring.of(config)) {
        TopicCatalog topics = wiring.topics();
        TopicAdmin.ensure(
            config, topics, rules.topics()); // alert topics first: a sink may fire at once
        Set<String> present = new LinkedHashSet<>();
        new TopicReader(wiring.clientProps(), wiring.values())
            .read(
                topics.rules().name(),
                Duration.ofSeconds(30),
                l -> {
                  if (l.value() == null) {
                    present.remove(l.key());
                  } else {
                    present.add(l.key());
                  }
                });
        Map<String, Object> p = new HashMap<>(config.kafkaClientProps());
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
                        r.name().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        topics.rules().valueSerde().serializer().serialize(t, d)))
                .get();
            present.remove(r.name());
            published++;
          }
          for (String gone : present) {
            producer
                .send(
                    new ProducerRecord<>(
                        t, gone.getBytes(java.nio.charset.StandardCharsets.UTF_8), null))
                .get();
            deleted++;
          }
        }
        System.out.println(
            "rules: "
                + published
                + " published, "
                + deleted
                + " deleted, in "
                + topics.rules().name());
        return 0;
      }
    }
  }
}
