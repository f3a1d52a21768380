package io.newsflow.app.cli;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.runtime.StageRunner;
import io.newsflow.runtime.StreamsStage;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.Wiring;
import io.newsflow.sink.RuleSet;
import io.newsflow.sink.SinkTopology;
import io.newsflow.topics.TopicCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "sink",
    mixinStandardHelpOptions = true,
    description = "Run the sink stage (alert rules to alert topics, exactly once) until stopped.")
public final class SinkCommand implements Callable<Integer> {
  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description = "Alert rules. Default: the sink.rules.file key.")
  Path rules;

  @Mixin ConfigOptions options;

  @Override
  public Integer call() throws Exception {
    NewsflowConfig config = options.config();
    RuleSet ruleSet =
        RuleSet.load(
            ConfigOptions.resolveHome(
                rules != null ? rules : Path.of(config.get("sink.rules.file"))));
    TopicCatalog topics = Wiring.of(config).topics(); // lives as long as the process
    TopicAdmin.ensure(config, topics, ruleSet.topics());
    return StageRunner.runUntilStopped(
        new StreamsStage(
            "sink", SinkTopology.build(config, ruleSet, topics, Clock.systemUTC()), config),
        config);
  }
}
