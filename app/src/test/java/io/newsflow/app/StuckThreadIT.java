package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.runtime.OpsServer;
import io.newsflow.runtime.StreamsStage;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.topics.TopicCatalog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stream thread blocked inside one record is alive, so Kafka Streams reports RUNNING: the stage
 * must notice that it stopped polling, report not live, and say where the thread is, so the process
 * exits instead of idling.
 */
class StuckThreadIT {
  static final CountDownLatch RELEASE = new CountDownLatch(1);

  /** Blocks on the record "block" until released, as a runaway input or a deadlock would. */
  static final class BlockingProcessor implements Processor<byte[], byte[], Void, Void> {
    @Override
    public void process(Record<byte[], byte[]> record) {
      if ("block".equals(new String(record.value()))) {
        try {
          RELEASE.await(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  @Test
  void aStreamThreadThatStopsPollingMakesTheStageNotLiveAndSaysWhere(@TempDir Path dir)
      throws Exception {
    TestNamespace space =
        TestNamespace.shared(
            "st",
            Map.of(
                "topic.partitions", "1", "state.dir", dir.toString(), "stuck.timeout.ms", "3000"));
    NewsflowConfig config = space.config();
    TopicCatalog topics = space.topics();
    TopicAdmin.ensure(config, topics, List.of());
    StreamsBuilder b = new StreamsBuilder();
    b.stream(
            topics.raw().name(),
            Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("stuck-source"))
        .process(BlockingProcessor::new, Named.as("blocking"));
    Topology topology = b.build();

    try (StreamsStage stage = new StreamsStage("enrich", topology, config)) {
      try {
        check(stage, config, topics);
      } finally {
        RELEASE.countDown(); // before the stage closes, which waits for its threads
      }
    }
  }

  private static void check(StreamsStage stage, NewsflowConfig config, TopicCatalog topics)
      throws Exception {
    stage.start();
    stage.awaitRunning(Duration.ofSeconds(60));
    Map<String, Object> props = new HashMap<>(config.kafkaClientProps());
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(props)) {
      p.send(new ProducerRecord<>(topics.raw().name(), "a".getBytes(), "fine".getBytes())).get();
      // healthy while idle: the thread keeps polling
      await()
          .during(Duration.ofSeconds(5))
          .atMost(Duration.ofSeconds(10))
          .until(() -> stage.stuck() == null);
      p.send(new ProducerRecord<>(topics.raw().name(), "b".getBytes(), "block".getBytes())).get();
    }

    await().atMost(Duration.ofSeconds(60)).until(() -> stage.stuck() != null);
    assertThat(stage.stuck())
        .contains(
            "enrich is stuck",
            "StreamThread",
            "has not polled Kafka",
            "stuck.timeout.ms",
            BlockingProcessor.class.getName());
    assertThatThrownBy(stage::checkHealthy).hasMessageContaining("is stuck");
    OpsServer.Health health = OpsServer.of(stage).get();
    assertThat(health.live()).isFalse();
    assertThat(health.detail()).contains("is stuck");
  }
}
