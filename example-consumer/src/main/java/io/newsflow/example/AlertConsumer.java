package io.newsflow.example;

import io.newsflow.avro.Alert;
import io.newsflow.registry.HttpSchemaRegistryClient;
import io.newsflow.registry.RegistrySettings;
import io.newsflow.serde.AvroSerde;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Subscribes to every alert topic and prints one line per alert. All a consumer needs: a string key
 * deserializer, an Avro value deserializer that speaks the Confluent wire format (ours here;
 * Confluent's KafkaAvroDeserializer works the same), and {@code isolation.level=read_committed} so
 * only committed alerts are seen.
 *
 * <pre>
 * java -cp ... io.newsflow.example.AlertConsumer 127.0.0.1:9092 http://127.0.0.1:8081 [group]
 * </pre>
 */
public final class AlertConsumer {
  private AlertConsumer() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: AlertConsumer BOOTSTRAP REGISTRY_URL [GROUP]");
      System.exit(2);
    }
    HttpSchemaRegistryClient registry = new HttpSchemaRegistryClient(RegistrySettings.of(args[1]));
    AvroSerde<Alert> alerts = new AvroSerde<>(Alert.class, registry, false, false);
    Map<String, Object> props =
        Map.of(
            "bootstrap.servers",
            args[0],
            "group.id",
            args.length > 2 ? args[2] : "example-alert-consumer",
            "isolation.level",
            "read_committed",
            "auto.offset.reset",
            "earliest");
    try (KafkaConsumer<String, Alert> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), alerts.deserializer())) {
      consumer.subscribe(Pattern.compile("alerts\\..*"));
      Runtime.getRuntime().addShutdownHook(new Thread(consumer::wakeup));
      try {
        while (true) {
          for (ConsumerRecord<String, Alert> r : consumer.poll(Duration.ofSeconds(1))) {
            System.out.println(format(r.topic(), r.value()));
          }
        }
      } catch (WakeupException stop) {
        // Ctrl-C
      }
    }
  }

  /** One alert as a person reads it. */
  static String format(String topic, Alert a) {
    StringBuilder why = new StringBuilder();
    append(why, "countries", a.getMatchedCountries());
    append(why, "entities", a.getMatchedEntities());
    append(why, "categories", a.getMatchedCategories());
    append(why, "keywords", a.getMatchedKeywords());
    return String.format(
        "[%s] %-8s %s: %s (%s)%s%s",
        topic,
        a.getSeverity(),
        a.getRule(),
        a.getTitle(),
        a.getUrl(),
        why,
        a.getReplay() ? " [replay]" : "");
  }

  private static void append(StringBuilder sb, String what, List<String> values) {
    if (!values.isEmpty()) {
      sb.append(' ').append(what).append('=').append(String.join(",", values));
    }
  }
}
