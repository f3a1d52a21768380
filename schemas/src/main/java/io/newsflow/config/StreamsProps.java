package io.newsflow.config;

import java.util.Properties;

/**
 * Kafka Streams settings shared by the Streams stages: exactly-once v2, state dir, threads, client
 * pass-through.
 */
public final class StreamsProps {
  private StreamsProps() {}

  /**
   * Properties for the stage called {@code stage} (its application id is {@code
   * <application.id.prefix>-<stage>}).
   */
  public static Properties of(NewsflowConfig config, String stage) {
    Properties p = new Properties();
    p.putAll(config.kafkaClientProps());
    p.put("application.id", applicationId(config, stage));
    p.put("processing.guarantee", "exactly_once_v2");
    p.put("state.dir", config.get("state.dir"));
    p.put("num.stream.threads", config.get("streams.threads"));
    // an article crosses two transactional hops (enrich's repartition, then its outputs), and each
    // waits for its task's commit: 50 ms put ingest -> news.enriched at a median of 127-134 ms
    // against 224-241 with 100 (bench latency runs at 40 % of capacity), for no CPU per article
    // the bench could tell from noise (transactions cost per commit, not per article)
    p.putIfAbsent("commit.interval.ms", "50");
    // large articles must fit through the stage: match the ingest cap
    p.putIfAbsent(
        "producer.max.request.size",
        String.valueOf(config.getLong("ingest.max.bytes") + 1_048_576));
    p.putIfAbsent("producer.compression.type", "lz4");
    p.putIfAbsent("replication.factor", config.get("topic.replication.factor"));
    return p;
  }

  public static String applicationId(NewsflowConfig config, String stage) {
    return config.get("application.id.prefix") + "-" + stage;
  }
}
