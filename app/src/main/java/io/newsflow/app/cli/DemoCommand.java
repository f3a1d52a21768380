package io.newsflow.app.cli;

import io.newsflow.app.Demo;
import io.newsflow.app.DevKit;
import io.newsflow.ingest.Inputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the whole pipeline on a real embedded Kafka broker: ingest pages, enrich, evaluate alert",
      "rules, and write every output topic as JSON lines. Needs nothing but Java."
    })
public final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--input",
      arity = "1..*",
      paramLabel = "PATH|URL",
      description = {
        "Files or folders: pages (.txt, .html, .htm), archives (.jsonl[.gz], .warc[.gz]),",
        "feed files (.rss, .atom); feed or page URLs. Default: samples/."
      })
  List<String> inputs = List.of("samples");

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where to write <topic>.jsonl files. Default: ${DEFAULT-VALUE}.")
  Path out = Path.of("newsflow-out");

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description = "Alert rules. Default: ${DEFAULT-VALUE}.")
  Path rules = Path.of("config/rules.yaml");

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Broker and state directory. Default: a fresh temporary directory, deleted afterwards.")
  Path dataDir;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Give up after this long. Default: ${DEFAULT-VALUE}.")
  long timeoutSeconds = 300;

  @Option(
      names = "--desk",
      description = "When done, keep the pipeline's broker up and serve the monitoring desk.")
  boolean desk;

  @Option(
      names = "--desk-port",
      description = "Desk port. Default: ${DEFAULT-VALUE} (0: any free port).")
  int deskPort = 8090;

  @Mixin ConfigOptions options;

  @Override
  public Integer call() throws Exception {
    DevKit.require("demo");
    List<String> in = new ArrayList<>();
    for (String spec : inputs) {
      if (Inputs.isUrl(spec) || spec.equals("-")) {
        in.add(spec);
        continue;
      }
      Path p = ConfigOptions.resolveHome(Path.of(spec));
      if (!Files.exists(p)) {
        throw new IllegalArgumentException("Input not found: " + p);
      }
      in.add(p.toString());
    }
    // one partition is enough for a demo; decisions do not depend on it (reports are decided in
    // publication order
    // within the ordering grace), and -D topic.partitions=N exercises parallelism
    options.settings.putIfAbsent("topic.partitions", "1");
    // a batch has no latency to protect: a longer ordering grace keeps decisions independent of how
    // a large input
    // interleaves on its way to the decision task (-D enrich.dedup.grace.ms=N to change it)
    options.settings.putIfAbsent("enrich.dedup.grace.ms", "5000");
    boolean temp = dataDir == null;
    Path data = temp ? Files.createTempDirectory("newsflow-demo-") : dataDir;
    new Demo(System.out)
        .run(
            new Demo.Options(
                in,
                out,
                data,
                !temp,
                ConfigOptions.resolveHome(rules),
                options.quietConfig(),
                Duration.ofSeconds(timeoutSeconds),
                desk ? deskPort : -1));
    return 0;
  }
}
