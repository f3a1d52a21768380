package io.newsflow.ingest;

import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.RawArticle;
import io.newsflow.topics.TopicSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishes to Kafka with an idempotent producer, {@code acks=all} and lz4 compression. Records the last acked
 * offset per partition so a caller can wait until downstream stages have consumed everything it sent.
 */
public final class KafkaRawSink implements RawSink {
  private final KafkaProducer<byte[], byte[]> producer;
  private final TopicSpec<String, RawArticle> raw;
  private final TopicSpec<String, DeadLetter> dlq;
  private final Map<TopicPartition, Long> lastOffsets = new HashMap<>();
  private final AtomicReference<Exception> failure = new AtomicReference<>();

  public KafkaRawSink(Map<String, Object> clientProps, TopicSpec<String, RawArticle> raw,
      TopicSpec<String, DeadLetter> dlq, long maxRecordBytes) {
    this.raw = raw;
    this.dlq = dlq;
    Map<String, Object> p = new HashMap<>(clientProps);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    p.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
    p.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 262144);
    p.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, (int) Math.min(Integer.MAX_VALUE, maxRecordBytes + 1_048_576));
    p.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest");
    this.producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
  }

  @Override
  public void publish(RawArticle a) {
    send(raw, a.getId(), a, RawArticleFactory.eventTime(a).toEpochMilli());
  }

  @Override
  public void reject(DeadLetter d) {
    send(dlq, d.getKey(), d, d.getFailedAt().toEpochMilli());
  }

  private <V> void send(TopicSpec<String, V> topic, String key, V value, long timestamp) {
    Exception f = failure.get();
    if (f != null) {
      throw new KafkaException("An earlier send failed: " + f.getMessage(), f);
    }
    byte[] k = key == null ? null : topic.keySerde().serializer().serialize(topic.name(), key);
    byte[] v = topic.valueSerde().serializer().serialize(topic.name(), value);
    producer.send(new ProducerRecord<>(topic.name(), null, timestamp, k, v), (md, e) -> {
      if (e != null) {
        failure.compareAndSet(null, e);
      } else {
        synchronized (lastOffsets) {
          lastOffsets.merge(new TopicPartition(md.topic(), md.partition()), md.offset(), Math::max);
        }
      }
    });
  }

  @Override
  public void flush() {
    producer.flush();
    Exception f = failure.get();
    if (f != null) {
      throw new KafkaException("Publishing failed: " + f.getMessage(), f);
    }
  }

  /** Last acknowledged offset per partition written so far. */
  public Map<TopicPartition, Long> lastOffsets() {
    synchronized (lastOffsets) {
      return Map.copyOf(lastOffsets);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
