package io.newsflow.app.cli;

import io.newsflow.config.NewsflowConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    description =
        "Print the effective configuration (secrets masked), or every key with its default and meaning.")
public final class ConfigCommand implements Callable<Integer> {
  @Option(names = "--keys", description = "List every key, its default and what it does.")
  boolean keys;

  @Mixin ConfigOptions options;

  @Override
  public Integer call() {
    if (keys) {
      NewsflowConfig.DEFAULTS
          .values()
          .forEach(
              k ->
                  System.out.printf(
                      "%-34s %-28s %s%n",
                      k.name(), k.defaultValue().isEmpty() ? "\"\"" : k.defaultValue(), k.doc()));
      System.out.printf(
          "%-34s %-28s %s%n", "kafka.*", "", "Passed, prefix removed, to every Kafka client.");
      return 0;
    }
    System.out.print(options.config().describe());
    return 0;
  }
}
