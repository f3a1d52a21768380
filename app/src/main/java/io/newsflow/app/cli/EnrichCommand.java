package io.newsflow.app.cli;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.runtime.StageRunner;
import io.newsflow.runtime.StreamsStage;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.Wiring;
import io.newsflow.topics.TopicCatalog;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "enrich",
    mixinStandardHelpOptions = true,
    description =
        "Run the enrich stage (extraction, splitting, de-duplication, tagging) until stopped.")
public final class EnrichCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Override
  public Integer call() throws Exception {
    NewsflowConfig config = options.config();
    TopicCatalog topics = Wiring.of(config).topics(); // lives as long as the process
    TopicAdmin.ensure(config, topics, List.of());
    return StageRunner.runUntilStopped(
        new StreamsStage("enrich", EnrichTopology.build(config, topics), config), config);
  }
}
