package io.newsflow.app.cli;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.ingest.EventTimeOrder;
import io.newsflow.ingest.FileSource;
import io.newsflow.ingest.IngestSummary;
import io.newsflow.ingest.Ingestor;
import io.newsflow.ingest.Inputs;
import io.newsflow.ingest.KafkaRawSink;
import io.newsflow.ingest.Pacer;
import io.newsflow.ingest.Progress;
import io.newsflow.ingest.RawArticleFactory;
import io.newsflow.ingest.Source;
import io.newsflow.ingest.SourceItem;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.Wiring;
import io.newsflow.topics.TopicCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Publish archives (.jsonl[.gz] from 'newsflow archive', .warc[.gz]) to the raw topic in event-time",
      "order, keeping the original event times and marking every record as replayed. With --namespace the replay",
      "goes to isolated topics and application ids, so it never pages live subscribers."
    })
public final class ReplayCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "ARCHIVE")
  List<Path> archives;

  @Option(names = "--rate", paramLabel = "N", description = "At most N records a second.")
  double rate;

  @Option(
      names = "--speed",
      paramLabel = "X",
      description = "X times the original pace (event-time gaps / X).")
  double speed;

  @Option(
      names = "--max-gap",
      paramLabel = "SECONDS",
      description =
          "Under --speed, wait at most this long for the next record: longer gaps in the archive are cut "
              + "(and said). Default: ${DEFAULT-VALUE}.")
  long maxGapSeconds = 60;

  @Mixin ConfigOptions options;

  @Override
  public Integer call() throws Exception {
    String namespace = options.namespace;
    NewsflowConfig config = options.config();
    Clock clock = Clock.systemUTC();
    long max = config.getLong("ingest.max.bytes");
    RawArticleFactory factory = new RawArticleFactory(clock, max, true);
    List<Source> files =
        archives.stream()
            .map(
                a ->
                    (Source)
                        new FileSource(
                            List.of(a),
                            FileSource.DEFAULT_INCLUDES,
                            List.of(),
                            Inputs.limits(config)))
            .toList();
    Path tmp = Files.createTempDirectory("newsflow-replay-");
    Pacer pacer =
        new Pacer(rate, speed, clock, d -> Thread.sleep(d.toMillis()))
            .withMaxWait(Duration.ofSeconds(maxGapSeconds), System.err::println);
    EventTimeOrder ordered = new EventTimeOrder(files, factory, tmp, 50_000);
    Source paced =
        new Source() {
          @Override
          public String describe() {
            return ordered.describe();
          }

          @Override
          public void read(Consumer<SourceItem> sink) {
            ordered.read(pacer.pace(sink));
          }
        };
    try (Wiring wiring = Wiring.of(config)) {
      TopicCatalog topics = wiring.topics();
      TopicAdmin.ensure(config, topics, List.of());
      try (KafkaRawSink sink =
          new KafkaRawSink(config.kafkaClientProps(), topics.raw(), topics.deadLetters(), max)) {
        Progress bar = Progress.forStderr("replay", -1);
        IngestSummary summary = new Ingestor(sink, factory, clock).run(List.of(paced), bar::update);
        bar.finish(summary.inputs());
        System.out.println("replay: " + summary + " into " + topics.raw().name());
        if (namespace != null) {
          System.out.println(
              "Process it with: newsflow enrich --namespace "
                  + namespace
                  + "   and   newsflow sink --namespace "
                  + namespace);
        }
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    return 0;
  }
}
