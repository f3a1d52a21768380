package io.newsflow.app;

import io.newsflow.app.cli.ArchiveCommand;
import io.newsflow.app.cli.BrokerCommand;
import io.newsflow.app.cli.ConfigCommand;
import io.newsflow.app.cli.DemoCommand;
import io.newsflow.app.cli.DeskCommand;
import io.newsflow.app.cli.EnrichCommand;
import io.newsflow.app.cli.EvalCommand;
import io.newsflow.app.cli.ExtractCommand;
import io.newsflow.app.cli.IngestCommand;
import io.newsflow.app.cli.ReplayCommand;
import io.newsflow.app.cli.RulesCommand;
import io.newsflow.app.cli.SinkCommand;
import io.newsflow.app.cli.StatusCommand;
import io.newsflow.app.cli.TagCommand;
import io.newsflow.app.cli.TailCommand;
import io.newsflow.app.cli.TrainCommand;
import io.newsflow.app.cli.WatchlistCommand;
import io.newsflow.config.ConfigException;
import io.newsflow.sink.RuleException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The newsflow launcher. */
@Command(
    name = "newsflow",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Raw news pages to clean, de-duplicated, entity-tagged events and alert streams on Apache Kafka.",
    subcommands = {
      DemoCommand.class,
      BrokerCommand.class,
      IngestCommand.class,
      EnrichCommand.class,
      SinkCommand.class,
      ReplayCommand.class,
      ArchiveCommand.class,
      RulesCommand.class,
      TagCommand.class,
      ExtractCommand.class,
      EvalCommand.class,
      TrainCommand.class,
      WatchlistCommand.class,
      StatusCommand.class,
      DeskCommand.class,
      TailCommand.class,
      ConfigCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          boolean verbose =
              parsed.hasMatchedOption("-v")
                  || parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("-v");
          Throwable root = e;
          while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
          }
          cmd.getErr()
              .println(
                  "newsflow: error: "
                      + (root.getMessage() == null ? root.toString() : root.getMessage()));
          if (verbose) {
            e.printStackTrace(cmd.getErr());
          }
          // a configuration a person must fix is a usage error; anything else is a failure
          return e instanceof ConfigException
                  || e instanceof RuleException
                  || e instanceof IllegalArgumentException
              ? 2
              : 1;
        });
    return cl.execute(args);
  }

  /** Version from the jar manifest. */
  public static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {
        "newsflow " + (v == null ? "dev" : v) + " (Kafka 4.3, Java " + Runtime.version() + ")"
      };
    }
  }
}
