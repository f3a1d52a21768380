package io.newsflow.app.cli;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.ingest.FeedSource;
import io.newsflow.ingest.FileSource;
import io.newsflow.ingest.IngestSummary;
import io.newsflow.ingest.Ingestor;
import io.newsflow.ingest.Inputs;
import io.newsflow.ingest.KafkaRawSink;
import io.newsflow.ingest.Progress;
import io.newsflow.ingest.RawArticleFactory;
import io.newsflow.ingest.Source;
import io.newsflow.ingest.WatchedFolder;
import io.newsflow.runtime.OpsServer;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.Wiring;
import io.newsflow.topics.TopicCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Publish news to the raw topic, unmodified: files and folders (pages, .jsonl[.gz] and .warc[.gz]",
      "archives, .rss/.atom feed files), feed or page URLs, '-' for standard input; a watched folder; a feed list."
    })
public final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "PATH|URL|-", description = "Inputs.")
  List<String> inputs = List.of();

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      split = ",",
      description = "File name globs taken from folders. Default: pages, archives and feed files.")
  List<String> includes = FileSource.DEFAULT_INCLUDES;

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      split = ",",
      description = "File name or path globs to skip.")
  List<String> excludes = List.of();

  @Option(
      names = "--watch",
      paramLabel = "DIR",
      description = "Also watch this folder and ingest files as they land.")
  Path watch;

  @Option(
      names = "--feeds",
      paramLabel = "FILE",
      description = "Feed list (YAML 'feeds:' or one URL per line), polled.")
  Path feeds;

  @Option(
      names = "--once",
      description = "Poll the feed list once and stop (default: poll every ingest.feed.poll.ms).")
  boolean once;

  @Mixin ConfigOptions options;

  @Override
  public Integer call() throws Exception {
    NewsflowConfig config = options.config();
    if (inputs.isEmpty() && watch == null && feeds == null) {
      throw new IllegalArgumentException(
          "Nothing to ingest: give paths, URLs, '-', --watch DIR or --feeds FILE");
    }
    Clock clock = Clock.systemUTC();
    List<Source> sources =
        new ArrayList<>(Inputs.resolve(inputs, includes, excludes, config, System.in, clock));
    try (Wiring wiring = Wiring.of(config)) {
      TopicCatalog topics = wiring.topics();
      TopicAdmin.ensure(config, topics, List.of());
      long max = config.getLong("ingest.max.bytes");
      try (KafkaRawSink sink =
          new KafkaRawSink(config.kafkaClientProps(), topics.raw(), topics.deadLetters(), max)) {
        Ingestor ingestor = new Ingestor(sink, new RawArticleFactory(clock, max, false), clock);
        long total =
            sources.stream()
                .mapToLong(Source::estimatedCount)
                .reduce(0, (a, b) -> a < 0 || b < 0 ? -1 : a + b);
        Progress bar = Progress.forStderr("ingest", total);
        IngestSummary summary = ingestor.run(sources, bar::update);
        bar.finish(summary.inputs());
        System.out.println("ingest: " + summary);
        if (watch == null && feeds == null) {
          return 0;
        }
        return runContinuously(config, ingestor, clock);
      }
    }
  }

  /**
   * Watches a folder and/or polls feeds until the process is stopped, printing a summary per round.
   */
  private int runContinuously(NewsflowConfig config, Ingestor ingestor, Clock clock)
      throws Exception {
    CountDownLatch stop = new CountDownLatch(1);
    int port = config.getInt("ops.ingest.port");
    OpsServer ops =
        port < 0
            ? null
            : OpsServer.start(
                config.get("ops.host"),
                port,
                () ->
                    new OpsServer.Health(
                        true, stop.getCount() > 0, stop.getCount() > 0 ? "RUNNING" : "STOPPING"));
    if (ops != null) {
      System.out.println(
          "metrics " + ops.url() + "/metrics, health " + ops.url() + "/health/ready");
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stop.countDown();
                  if (ops != null) {
                    ops.close();
                  }
                }));
    Thread watcher = null;
    WatchedFolder folder = null;
    if (watch != null) {
      folder =
          new WatchedFolder(
              watch,
              new FileSource(List.of(watch), includes, excludes, Inputs.limits(config)),
              Inputs.limits(config),
              Duration.ofMillis(500));
      WatchedFolder f = folder;
      watcher =
          new Thread(
              () -> System.out.println("watch: " + ingestor.run(List.of(f), n -> {})), "watch");
      watcher.start();
      System.out.println("Watching " + watch.toAbsolutePath() + " for new files; Ctrl-C stops.");
    }
    if (feeds != null) {
      FeedSource feedSource = new FeedSource(FeedSource.load(feeds), Inputs.fetcher(config), clock);
      long interval = config.getLong("ingest.feed.poll.ms");
      do {
        System.out.println("feeds: " + ingestor.run(List.of(feedSource), n -> {}));
      } while (!once && !stop.await(interval, TimeUnit.MILLISECONDS));
    }
    if (watcher != null) {
      if (feeds == null || !once) {
        stop.await();
      }
      folder.close();
      watcher.join(10_000);
    }
    return 0;
  }
}
