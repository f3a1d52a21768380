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
import java.util.List;
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
      description = {
        "Alert rules, published to the rules topic when it has never held any (first start);",
        "afterwards the topic's rules are in force ('rules apply' changes them).",
        "Default: the sink.rules.file key."
      })
  Path rules;

  @Mixin ConfigOptions options;

  @Override
  public Integer call() throws Exception {
    NewsflowConfig config = options.config();
    Path file =
        ConfigOptions.resolveHome(rules != null ? rules : Path.of(config.get("sink.rules.file")));
    RuleSet ruleSet = RuleSet.load(file);
    Wiring wiring = Wiring.of(config); // lives as long as the process
    TopicCatalog topics = wiring.topics();
    TopicAdmin.ensure(config, topics, ruleSet.topics());
    // the rules topic is the one source of truth: the file goes there on the first start only
    RulesTopic.Contents inTopic = RulesTopic.read(wiring);
    RuleSet atStart = ruleSet;
    if (!inTopic.everWritten()) {
      RulesTopic.apply(wiring, ruleSet, inTopic);
      System.out.println(
          "sink: the rules topic was empty: "
              + ruleSet.rules().size()
              + " rule(s) of "
              + file
              + " published to "
              + topics.rules().name());
    } else {
      atStart = new RuleSet(List.of()); // the topic's rules only, from the global store
      if (!RulesTopic.holds(inTopic, ruleSet)) {
        System.out.println(
            "sink: note: the rules in force are the "
                + inTopic.rules().size()
                + " in "
                + topics.rules().name()
                + ", not those of "
                + file
                + " ('newsflow rules apply "
                + file
                + "' makes the file the rules in force)");
      }
    }
    return StageRunner.runUntilStopped(
        new StreamsStage(
            "sink", SinkTopology.build(config, atStart, topics, Clock.systemUTC()), config),
        config);
  }
}
