package io.newsflow.app.cli;

import io.newsflow.app.TopicReader;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.registry.HttpSchemaRegistryClient;
import io.newsflow.serde.NewsflowSerdes;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tail", mixinStandardHelpOptions = true,
    description = "Print a topic's committed records, from the beginning to its current end, as JSON lines.")
public final class TailCommand implements Callable<Integer> {
  @Parameters(paramLabel = "TOPIC", description = "Full topic name, e.g. news.enriched or alerts.watchlist.")
  String topic;

  @Option(names = "--max", description = "Stop after this many records.")
  long max = Long.MAX_VALUE;

  @Mixin ConfigOptions options;

  @Override
  public Integer call() {
    NewsflowConfig config = options.config();
    try (HttpSchemaRegistryClient registry = new HttpSchemaRegistryClient(config.registrySettings())) {
      long[] n = {0};
      new TopicReader(config.kafkaClientProps(), new NewsflowSerdes(registry, false).generic())
          .read(topic, Duration.ofSeconds(60), line -> {
            if (n[0]++ < max) {
              System.out.println(line.json());
            }
          });
      return 0;
    }
  }
}
