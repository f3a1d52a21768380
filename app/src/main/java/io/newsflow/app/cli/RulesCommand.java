package io.newsflow.app.cli;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.Wiring;
import io.newsflow.sink.Rule;
import io.newsflow.sink.RuleSet;
import io.newsflow.topics.TopicCatalog;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Check a rules file, or apply it to a running pipeline through the rules topic.",
    subcommands = {RulesCommand.Validate.class, RulesCommand.Apply.class})
public final class RulesCommand implements Runnable {
  @Override
  public void run() {
    throw new IllegalArgumentException("Say 'rules validate FILE' or 'rules apply FILE'");
  }

  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description =
          "Check a rules file; a bad one is refused with its line and the reason (exit code 2).")
  public static final class Validate implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
      RuleSet rules = RuleSet.load(file);
      System.out.println(file + ": " + rules.rules().size() + " rule(s) valid");
      for (Rule r : rules.rules()) {
        System.out.printf(
            "  %-28s %-9s -> %s%s%s%n",
            r.name(),
            r.severity(),
            r.topic(),
            r.throttle() == null
                ? ""
                : "  throttle " + r.throttle().max() + "/" + r.throttle().per(),
            r.momentum() == null
                ? ""
                : "  momentum " + r.momentum().sources() + " sources/" + r.momentum().within());
      }
      return 0;
    }
  }

  @Command(
      name = "apply",
      mixinStandardHelpOptions = true,
      description = {
        "Publish a rules file to the compacted rules topic: running sinks switch to it without a",
        "restart. Rules in the topic that the file no longer has are deleted; alert topics are created."
      })
  public static final class Apply implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Mixin ConfigOptions options;

    @Override
    public Integer call() throws Exception {
      RuleSet rules = RuleSet.load(file);
      NewsflowConfig config = options.config();
      try (Wiring wiring = Wiring.of(config)) {
        TopicCatalog topics = wiring.topics();
        TopicAdmin.ensure(config, topics, rules.topics()); // alert topics first: a sink may fire
        int[] n = RulesTopic.apply(wiring, rules, RulesTopic.read(wiring));
        int published = n[0];
        int deleted = n[1];
        System.out.println(
            "rules: "
                + published
                + " published, "
                + deleted
                + " deleted, in "
                + topics.rules().name());
        return 0;
      }
    }
  }
}
