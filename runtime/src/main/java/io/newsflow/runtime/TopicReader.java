package io.newsflow.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.serde.AvroJson;
import io.newsflow.serde.GenericAvroDeserializer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a topic from the beginning to its current end as committed data ({@code read_committed}),
 * decoding values with their writers' schemas into plain JSON lines {@code {"key": ..., "value":
 * {...}}}.
 */
public final class TopicReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Object> clientProps;
  private final GenericAvroDeserializer values;

  public TopicReader(Map<String, Object> clientProps, GenericAvroDeserializer values) {
    this.clientProps = clientProps;
    this.values = values;
  }

  /** One decoded record. */
  public record Line(
      String topic, int partition, long offset, String key, GenericRecord value, String json) {}

  public List<Line> readAll(String topic, Duration timeout) {
    List<Line> out = new ArrayList<>();
    read(topic, timeout, out::add);
    return out;
  }

  public void read(String topic, Duration timeout, Consumer<Line> sink) {
    Map<String, Object> p = new HashMap<>(clientProps);
    p.put("isolation.level", "read_committed");
    p.put("enable.auto.commit", false);
    p.put("max.partition.fetch.bytes", 16 * 1024 * 1024);
    p.remove("group.id");
    try (KafkaConsumer<byte[], byte[]> c =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<PartitionInfo> infos = c.partitionsFor(topic, timeout);
      if (infos == null || infos.isEmpty()) {
        throw new IllegalArgumentException("No such topic: " + topic);
      }
      List<TopicPartition> tps =
          infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
      c.assign(tps);
      c.seekToBeginning(tps);
      Map<TopicPartition, Long> end = c.endOffsets(tps, timeout);
      Instant deadline = Instant.now().plus(timeout);
      while (tps.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("Timed out reading " + topic);
        }
        for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
          String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
          GenericRecord v = values.deserialize(topic, r.value());
          ObjectNode line = JSON.createObjectNode();
          line.put("key", key);
          line.set("value", v == null ? JSON.nullNode() : AvroJson.toJson(v));
          sink.accept(new Line(topic, r.partition(), r.offset(), key, v, line.toString()));
        }
      }
    }
  }
}
