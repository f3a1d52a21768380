package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.ingest.FileSource;
import io.newsflow.ingest.Ingestor;
import io.newsflow.ingest.KafkaRawSink;
import io.newsflow.ingest.RawArticleFactory;
import io.newsflow.runtime.OpsServer;
import io.newsflow.runtime.StreamsStage;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.topics.TopicCatalog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metrics and health of a running stage, and 'newsflow status' reading the cluster. */
class OpsIT {
  static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthFollowsTheStageMetricsCountAndStatusShowsZeroLag(@TempDir Path dir) throws Exception {
    TestNamespace space = TestNamespace.shared("ops", Map.of("state.dir", dir.toString()));
    String ns = space.name();
    NewsflowConfig config = space.config();
    TopicCatalog topics = space.topics();
    TopicAdmin.ensure(config, topics, List.of());
    try (StreamsStage enrich =
            new StreamsStage("enrich", EnrichTopology.build(config, topics), config);
        OpsServer ops = OpsServer.start("127.0.0.1", 0, OpsServer.of(enrich.streams()))) {
      ops.bind(enrich.streams());
      assertThat(get(ops.url() + "/health/ready").statusCode()).isEqualTo(503); // not started yet
      enrich.start();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> get(ops.url() + "/health/ready").statusCode() == 200);
      assertThat(get(ops.url() + "/health/live").body()).contains("\"status\":\"UP\"", "RUNNING");

      Path page =
          Files.writeString(
              dir.resolve("story.txt"),
              "Bridge reopens\n\nThe main bridge into the city "
                  + "reopened on Monday after three months of repairs, the transport ministry said in a statement.\n\n"
                  + "Commuters said journeys into the centre had taken twice as long while the bridge was closed.\n");
      Files.write(dir.resolve("empty.txt"), new byte[0]);
      try (KafkaRawSink raw =
          new KafkaRawSink(
              config.kafkaClientProps(), topics.raw(), topics.deadLetters(), 1_000_000)) {
        new Ingestor(
                raw, new RawArticleFactory(Clock.systemUTC(), 1_000_000, false), Clock.systemUTC())
            .run(List.of(new FileSource(List.of(page.getParent()), 1_000_000)), n -> {});
      }
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> get(ops.url() + "/metrics").body().contains("newsflow_enrich_articles_total"));
      String metrics = get(ops.url() + "/metrics").body();
      Files.writeString(Path.of("target", "ops-metrics.txt"), metrics); // kept to look at the names
      assertThat(metrics)
          .contains(
              "newsflow_dead_letters_total{reason=\"empty-input\",stage=\"ingest\"}",
              "newsflow_enrich_entities_per_article",
              "kafka_stream",
              "kafka_consumer_fetch_manager_records_lag_max",
              "newsflow_state_store_keys{store=\"dedup-canonicals\"}",
              "newsflow_state_store_bytes{store=\"dedup-canonicals\"}");

      MainTest.Run[] status = new MainTest.Run[1];
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () -> {
                status[0] =
                    MainTest.run(
                        "status",
                        "-b",
                        SharedBroker.kafka().bootstrapServers(),
                        "--registry-url",
                        SharedBroker.registry().url(),
                        "--namespace",
                        ns);
                return status[0]
                    .out()
                    .matches("(?s).*enrich\\s+" + ns + "-newsflow-enrich\\s+Stable\\s+1\\s+0\\n.*");
              });
      assertThat(status[0].out()).contains(ns + ".news.raw", "ingest / empty-input");
    }
  }
}
