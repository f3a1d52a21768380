package io.newsflow.app.cli;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.runtime.TopicReader;
import io.newsflow.runtime.Wiring;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "archive",
    mixinStandardHelpOptions = true,
    description = {
      "Export a topic's committed records to a JSON-lines archive (gzip when the name ends in .gz).",
      "An archive of news.raw is what 'newsflow replay' reads."
    })
public final class ArchiveCommand implements Callable<Integer> {
  @Option(
      names = "--topic",
      required = true,
      paramLabel = "TOPIC",
      description =
          "Topic name, e.g. news.raw; under --namespace NAME (or topic.prefix) it is NAME.TOPIC.")
  String topic;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FILE",
      description = "Archive to write, e.g. raw.jsonl.gz.")
  Path to;

  @Mixin ConfigOptions options;

  @Override
  public Integer call() throws IOException {
    NewsflowConfig config = options.config();
    // --namespace (or topic.prefix) applies here as everywhere: news.raw under --namespace bf is
    // bf.news.raw
    String prefix = config.get("topic.prefix");
    topic = prefix.isEmpty() || topic.startsWith(prefix) ? topic : prefix + topic;
    Path tmp = to.resolveSibling(to.getFileName() + ".partial");
    long[] n = {0};
    try (Wiring wiring = Wiring.reading(config);
        OutputStream file = Files.newOutputStream(tmp);
        OutputStream out =
            to.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(file) : file;
        BufferedWriter w =
            new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
      new TopicReader(wiring.clientProps(), wiring.values())
          .read(
              topic,
              Duration.ofMinutes(10),
              line -> {
                try {
                  w.write(line.json());
                  w.newLine();
                  n[0]++;
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING); // never a half-written archive
    System.out.println("archive: " + n[0] + " record(s) of " + topic + " written to " + to);
    return 0;
  }
}
