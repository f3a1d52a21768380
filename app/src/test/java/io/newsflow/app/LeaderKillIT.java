package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.app.broker.ThreeBrokerCluster;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.devkit.DevSchemaRegistry;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.ingest.KafkaRawSink;
import io.newsflow.runtime.StreamsStage;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.TopicReader;
import io.newsflow.sink.RuleSet;
import io.newsflow.sink.SinkTopology;
import io.newsflow.topics.TopicCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A three-broker cluster (replication 3, min.insync.replicas 2): the leader of the raw topic's
 * first partition is killed with SIGKILL while ingest sends with acks=all and enrich and sink run
 * exactly-once. Every acknowledged input comes out exactly once and every expected alert fires
 * once.
 */
class LeaderKillIT {
  @Test
  void killingThePartitionLeaderUnderAcksAllLosesNothingAndRepeatsNothing(@TempDir Path dir)
      throws Exception {
    try (ThreeBrokerCluster cluster =
            ThreeBrokerCluster.start(dir.resolve("cluster"), Duration.ofSeconds(90));
        DevSchemaRegistry registry =
            DevSchemaRegistry.start(
                Map.of("bootstrap.servers", cluster.bootstrapServers()),
                DevSchemaRegistry.DEFAULT_TOPIC,
                0)) {
      TestNamespace space =
          TestNamespace.on(
              cluster.bootstrapServers(),
              registry.url(),
              "lk",
              Map.of(
                  "topic.partitions",
                  "2",
                  "topic.replication.factor",
                  "3",
                  "state.dir",
                  dir.resolve("state").toString()));
      NewsflowConfig config = space.config();
      TopicCatalog topics = space.topics();
      RuleSet rules = RuleSet.parse(StoryOracle.RULES, "it");
      TopicAdmin.ensure(config, topics, rules.topics());

      StoryOracle oracle = new StoryOracle(31, Instant.parse("2025-09-01T00:00:00Z"));
      TopicReader reader = space.reader();
      int killed;
      try (Admin admin = Admin.create(config.kafkaClientProps());
          KafkaRawSink raw =
              new KafkaRawSink(
                  config.kafkaClientProps(), topics.raw(), topics.deadLetters(), 1_000_000);
          StreamsStage enrich =
              new StreamsStage("enrich", EnrichTopology.build(config, topics), config);
          StreamsStage sink =
              new StreamsStage(
                  "sink", SinkTopology.build(config, rules, topics, Clock.systemUTC()), config)) {
        enrich.start();
        sink.start();
        TopicDescription rawTopic =
            admin
                .describeTopics(List.of(topics.raw().name()))
                .allTopicNames()
                .get()
                .get(topics.raw().name());
        assertThat(rawTopic.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
        // the articles carry event times from 2025: only the topic's own retention keeps the
        // broker's 7-day default
        // from deleting them (this cluster runs the broker defaults)
        var rawConfig =
            new org.apache.kafka.common.config.ConfigResource(
                org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topics.raw().name());
        assertThat(
                admin
                    .describeConfigs(List.of(rawConfig))
                    .all()
                    .get()
                    .get(rawConfig)
                    .get("retention.ms")
                    .value())
            .isEqualTo("-1");
        for (int i = 0; i < 120; i++) {
          raw.publish(oracle.next());
        }
        raw.flush();
        StoryOracle.awaitMoreEnriched(reader, topics);

        // mid-stream, with sends in flight: kill the leader of the raw topic's first partition
        TopicPartitionInfo p0 =
            admin
                .describeTopics(List.of(topics.raw().name()))
                .allTopicNames()
                .get()
                .get(topics.raw().name())
                .partitions()
                .get(0);
        killed = p0.leader().id();
        for (int i = 0; i < 60; i++) {
          raw.publish(oracle.next());
        }
        cluster.kill(killed);
        for (int i = 0; i < 60; i++) {
          raw.publish(oracle.next());
        }
        raw.flush();
        assertThat(cluster.isAlive(killed)).isFalse();
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    admin
                            .describeTopics(List.of(topics.raw().name()))
                            .allTopicNames()
                            .get()
                            .get(topics.raw().name())
                            .partitions()
                            .get(0)
                            .leader()
                            .id()
                        != killed);

        oracle.verify(reader, topics);
        enrich.checkHealthy();
        sink.checkHealthy();
      }
    }
  }
}
