package io.newsflow.app.cli;

import io.newsflow.app.TopicAdmin;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.ingest.FileSource;
import io.newsflow.ingest.IngestSummary;
import io.newsflow.ingest.Ingestor;
import io.newsflow.ingest.InputDocument;
import io.newsflow.ingest.KafkaRawSink;
import io.newsflow.ingest.Progress;
import io.newsflow.ingest.RawArticleFactory;
import io.newsflow.registry.HttpSchemaRegistryClient;
import io.newsflow.serde.NewsflowSerdes;
import io.newsflow.topics.TopicCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Publish pages (files, folders, or '-' for standard input) to the raw topic, unmodified.")
public final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of pages, or '-' for stdin.")
  List<String> paths;

  @Option(names = "--include", paramLabel = "GLOB", description = "File name globs to take from folders. Default: *.txt, *.html, *.htm.")
  List<String> includes = FileSource.DEFAULT_INCLUDES;

  @Option(names = "--exclude", paramLabel = "GLOB", description = "File name or path globs to skip.")
  List<String> excludes = List.of();

  @Mixin ConfigOptions options;

  @Override
  public Integer call() throws Exception {
    NewsflowConfig config = options.config();
    long max = config.getLong("ingest.max.bytes");
    List<InputDocument> stdin = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (String p : paths) {
      if (p.equals("-")) {
        byte[] body = System.in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        stdin.add(new InputDocument("stdin", "standard input", null, "stdin", null, body, body.length,
            Clock.systemUTC().instant(), null));
      } else {
        files.add(Path.of(p));
      }
    }
    List<InputDocument> inputs = new ArrayList<>(stdin);
    FileSource source = new FileSource(files, includes, excludes, max);
    source.forEach(inputs::add);
    try (HttpSchemaRegistryClient registry = new HttpSchemaRegistryClient(config.registrySettings())) {
      TopicCatalog topics = new TopicCatalog(config.get("topic.prefix"),
          new NewsflowSerdes(registry, config.getBoolean("registry.auto.register")));
      TopicAdmin.ensure(config, topics, List.of());
      Clock clock = Clock.systemUTC();
      Progress bar = Progress.forStderr("ingest", inputs.size());
      IngestSummary summary;
      try (KafkaRawSink sink = new KafkaRawSink(config.kafkaClientProps(), topics.raw(), topics.deadLetters(), max)) {
        summary = new Ingestor(sink, new RawArticleFactory(clock, max, false), clock).run(inputs, bar::update);
      }
      bar.finish(summary.inputs());
      System.out.println("ingest: " + summary);
      return 0;
    }
  }
}
