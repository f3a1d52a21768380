package io.newsflow.ingest;

import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.RawArticle;
import io.newsflow.topics.TopicSpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.CorruptRecordException;
import org.apache.kafka.common.errors.InvalidTimestampException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes to Kafka with an idempotent producer, {@code acks=all} and lz4 compression. Records the
 * last acked offset per partition so a caller can wait until downstream stages have consumed
 * everything it sent.
 */
public final class KafkaRawSink implements RawSink {
  private final KafkaProducer<byte[], byte[]> producer;
  private final TopicSpec<String, RawArticle> raw;
  private final TopicSpec<String, DeadLetter> dlq;
  private final Map<TopicPartition, Long> lastOffsets = new HashMap<>();
  private static final Logger LOG = LoggerFactory.getLogger(KafkaRawSink.class);
  private final AtomicReference<Exception> failure = new AtomicReference<>();
  private final AtomicLong rejectedOnSend = new AtomicLong();

  public KafkaRawSink(
      Map<String, Object> clientProps,
      TopicSpec<String, RawArticle> raw,
      TopicSpec<String, DeadLetter> dlq,
      long maxRecordBytes) {
    this.raw = raw;
    this.dlq = dlq;
    Map<String, Object> p = new HashMap<>(clientProps);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    p.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
    p.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 262144);
    p.putIfAbsent(
        ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
        (int) Math.min(Integer.MAX_VALUE, maxRecordBytes + 1_048_576));
    p.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest");
    this.producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
  }

  @Override
  public void publish(RawArticle a) {
    // brokers refuse timestamps more than message.timestamp.after.max.ms (1 h) ahead, and negative
    // ones: the record
    // timestamp never runs ahead of now, while publishedAt keeps what the page stated
    long ts =
        Math.max(
            0, Math.min(RawArticleFactory.eventTime(a).toEpochMilli(), System.currentTimeMillis()));
    send(raw, a.getId(), a, ts, a);
  }

  @Override
  public void reject(DeadLetter d) {
    send(dlq, d.getKey(), d, Math.max(0, d.getFailedAt().toEpochMilli()), null);
  }

  /**
   * Records the client or broker refused one by one: they went to the dead-letter topic instead.
   */
  @Override
  public long rejectedOnSend() {
    return rejectedOnSend.get();
  }

  private <V> void send(
      TopicSpec<String, V> topic, String key, V value, long timestamp, RawArticle article) {
    Exception f = failure.get();
    if (f != null) {
      throw new KafkaException("An earlier send failed: " + f.getMessage(), f);
    }
    byte[] k = key == null ? null : topic.keySerde().serializer().serialize(topic.name(), key);
    byte[] v = topic.valueSerde().serializer().serialize(topic.name(), value);
    try {
      producer.send(
          new ProducerRecord<>(topic.name(), null, timestamp, k, v),
          (md, e) -> {
            if (e != null) {
              if (article != null && recordSpecific(e)) {
                deadLetter(article, e);
              } else {
                failure.compareAndSet(null, e);
              }
            } else {
              synchronized (lastOffsets) {
                lastOffsets.merge(
                    new TopicPartition(md.topic(), md.partition()), md.offset(), Math::max);
              }
            }
          });
    } catch (KafkaException e) {
      if (article == null || !recordSpecific(e)) {
        throw e;
      }
      deadLetter(
          article, e); // refused by the client before it left: this record's problem, not the run's
    }
  }

  /**
   * Errors about one record: the run goes on without it. Anything else (auth, timeouts) stops the
   * run.
   */
  static boolean recordSpecific(Exception e) {
    return e instanceof RecordTooLargeException
        || e instanceof InvalidTimestampException
        || e instanceof InvalidRecordException
        || e instanceof CorruptRecordException
        || e instanceof SerializationException
        || e instanceof RecordBatchTooLargeException;
  }

  private void deadLetter(RawArticle a, Exception e) {
    rejectedOnSend.incrementAndGet();
    LOG.warn(
        "Kafka refused {} ({}): {}; sent to the dead-letter topic",
        a.getIngest().getOrigin(),
        a.getId(),
        e.toString());
    byte[] body = a.getBody().getBytes(StandardCharsets.UTF_8);
    DeadLetter d =
        Ingestor.deadLetter(
            a.getIngest().getOrigin(),
            a.getId(),
            body,
            body.length,
            new Rejection(
                Rejection.SEND_REJECTED,
                a.getIngest().getOrigin()
                    + " was refused by Kafka: "
                    + e.getClass().getSimpleName()
                    + ": "
                    + e.getMessage()),
            Instant.now());
    send(dlq, d.getKey(), d, System.currentTimeMillis(), null);
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
