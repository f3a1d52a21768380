package io.newsflow.app.cli;

import io.newsflow.app.StreamsStage;
import io.newsflow.app.TopicAdmin;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.registry.HttpSchemaRegistryClient;
import io.newsflow.serde.NewsflowSerdes;
import io.newsflow.sink.RuleSet;
import io.newsflow.sink.SinkTopology;
import io.newsflow.topics.TopicCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sink", mixinStandardHelpOptions = true,
    description = "Run the sink stage (alert rules to alert topics, exactly once) until stopped.")
public final class SinkCommand implements Callable<Integer> {
  @Option(names = "--rules", paramLabel = "FILE", description = "Alert rules. Default: the sink.rules.file key.")
  Path rules;

  @Mixin ConfigOptions options;

  @Override
  public Integer call() throws Exception {
    NewsflowConfig config = options.config();
    RuleSet ruleSet = RuleSet.load(ConfigOptions.resolveHome(rules != null ? rules : Path.of(config.get("sink.rules.file"))));
    HttpSchemaRegistryClient registry = new HttpSchemaRegistryClient(config.registrySettings());
    TopicCatalog topics = new TopicCatalog(config.get("topic.prefix"),
        new NewsflowSerdes(registry, config.getBoolean("registry.auto.register")));
    TopicAdmin.ensure(config, topics, ruleSet.topics());
    return StageRunner.runUntilStopped(
        new StreamsStage("sink", SinkTopology.build(config, ruleSet, topics, Clock.systemUTC()), config), config);
  }
}
