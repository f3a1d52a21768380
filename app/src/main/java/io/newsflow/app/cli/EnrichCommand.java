package io.newsflow.app.cli;

import io.newsflow.app.StreamsStage;
import io.newsflow.app.TopicAdmin;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.registry.HttpSchemaRegistryClient;
import io.newsflow.serde.NewsflowSerdes;
import io.newsflow.topics.TopicCatalog;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = "Run the enrich stage (extraction, splitting, de-duplication, tagging) until stopped.")
public final class EnrichCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Override
  public Integer call() throws Exception {
    NewsflowConfig config = options.config();
    HttpSchemaRegistryClient registry = new HttpSchemaRegistryClient(config.registrySettings());
    TopicCatalog topics = new TopicCatalog(config.get("topic.prefix"),
        new NewsflowSerdes(registry, config.getBoolean("registry.auto.register")));
    TopicAdmin.ensure(config, topics, List.of());
    return StageRunner.runUntilStopped(new StreamsStage("enrich", EnrichTopology.build(config, topics), config), config);
  }
}
