package io.newsflow.app;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.desk.Desk;
import io.newsflow.devkit.DevSchemaRegistry;
import io.newsflow.devkit.EmbeddedKafka;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.ingest.FileSource;
import io.newsflow.ingest.IngestSummary;
import io.newsflow.ingest.Ingestor;
import io.newsflow.ingest.Inputs;
import io.newsflow.ingest.KafkaRawSink;
import io.newsflow.ingest.Progress;
import io.newsflow.ingest.RawArticleFactory;
import io.newsflow.ingest.Source;
import io.newsflow.runtime.StreamsStage;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.TopicReader;
import io.newsflow.runtime.Wiring;
import io.newsflow.sink.RuleSet;
import io.newsflow.sink.SinkTopology;
import io.newsflow.topics.TopicCatalog;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code newsflow demo}: a real broker and registry, the three stages, the input through them, and
 * every output topic written as JSON lines. Ends when every input record has been processed and
 * committed, not after a sleep.
 */
public final class Demo {
  /**
   * What to run on.
   *
   * @param deskPort serve the desk on this port when done (and wait for Ctrl-C); -1: no desk
   */
  public record Options(
      List<String> inputs,
      Path out,
      Path dataDir,
      boolean keepData,
      Path rules,
      NewsflowConfig baseConfig,
      Duration timeout,
      int deskPort) {

    public Options(
        List<String> inputs,
        Path out,
        Path dataDir,
        boolean keepData,
        Path rules,
        NewsflowConfig baseConfig,
        Duration timeout) {
      this(inputs, out, dataDir, keepData, rules, baseConfig, timeout, -1);
    }
  }

  /** What came out. */
  public record Result(
      IngestSummary ingest,
      Map<String, Long> recordsByTopic,
      Map<String, Long> alertsByTopic,
      List<Map.Entry<String, Integer>> topEntities,
      Duration took,
      List<Path> files,
      Map<String, Integer> storyReports) {}

  private final PrintStream out;

  public Demo(PrintStream out) {
    this.out = out;
  }

  public Result run(Options o) throws Exception {
    Instant start = Instant.now();
    RuleSet rules = RuleSet.load(o.rules());
    List<Source> sources =
        Inputs.resolve(
            o.inputs(),
            FileSource.DEFAULT_INCLUDES,
            List.of(),
            o.baseConfig(),
            System.in,
            Clock.systemUTC());
    long files = sources.stream().mapToLong(Source::estimatedCount).filter(n -> n >= 0).sum();
    boolean hasOther = sources.stream().anyMatch(src -> !(src instanceof FileSource));
    if (files == 0 && !hasOther) {
      throw new IllegalArgumentException(
          "No inputs found in "
              + o.inputs()
              + " (pages .txt/.html/.htm[.gz], archives "
              + ".jsonl[.gz]/.warc[.gz], feeds .rss/.atom or http(s) URLs)");
    }
    Path data = o.dataDir();
    out.printf(
        "newsflow demo: %d file(s)%s from %s%n",
        files, hasOther ? " and feeds" : "", String.join(", ", o.inputs()));
    out.println("  starting Kafka broker (KRaft, child JVM) ...");
    try (EmbeddedKafka kafka =
        EmbeddedKafka.start(data.resolve("kafka"), 0, Duration.ofSeconds(90))) {
      Map<String, Object> brokerProps = new HashMap<>(o.baseConfig().kafkaClientProps());
      brokerProps.put("bootstrap.servers", kafka.bootstrapServers());
      try (DevSchemaRegistry registry =
          DevSchemaRegistry.start(brokerProps, DevSchemaRegistry.DEFAULT_TOPIC, 0)) {
        out.printf("  broker %s, schema registry %s%n", kafka.bootstrapServers(), registry.url());
        // the demo's own state directory, unless one was given (-D state.dir=..., a config file,
        // the environment)
        String givenStateDir = o.baseConfig().get("state.dir");
        boolean stateDirGiven =
            !givenStateDir.equals(NewsflowConfig.DEFAULTS.get("state.dir").defaultValue());
        NewsflowConfig config =
            o.baseConfig()
                .with(
                    Map.of(
                        "bootstrap.servers", kafka.bootstrapServers(),
                        "registry.url", registry.url(),
                        "state.dir",
                            stateDirGiven
                                ? givenStateDir
                                : data.resolve("streams-state").toString()));
        return runPipeline(config, rules, sources, files, o, start);
      }
    } finally {
      if (!o.keepData()) {
        deleteRecursively(data);
      }
    }
  }

  private Result runPipeline(
      NewsflowConfig config,
      RuleSet rules,
      List<Source> sources,
      long files,
      Options o,
      Instant start)
      throws Exception {
    Duration timeout = o.timeout();
    try (Wiring wiring = Wiring.of(config)) {
      TopicCatalog topics = wiring.topics();
      TopicAdmin.ensure(config, topics, rules.topics());

      try (StreamsStage enrich =
              new StreamsStage("enrich", EnrichTopology.build(config, topics), config);
          StreamsStage sink =
              new StreamsStage(
                  "sink", SinkTopology.build(config, rules, topics, Clock.systemUTC()), config);
          Admin admin = Admin.create(config.kafkaClientProps())) {
        enrich.start();
        sink.start();
        out.println("  ingesting ...");
        Map<TopicPartition, Long> rawEnds;
        IngestSummary summary;
        Progress bar = Progress.forStderr("  ingest", files);
        try (KafkaRawSink rawSink =
            new KafkaRawSink(
                config.kafkaClientProps(),
                topics.raw(),
                topics.deadLetters(),
                config.getLong("ingest.max.bytes"))) {
          Clock clock = Clock.systemUTC();
          summary =
              new Ingestor(
                      rawSink,
                      new RawArticleFactory(clock, config.getLong("ingest.max.bytes"), false),
                      clock)
                  .run(sources, bar::update);
          bar.finish(summary.inputs());
          rawEnds =
              rawSink.lastOffsets().entrySet().stream()
                  .filter(e -> e.getKey().topic().equals(topics.raw().name()))
                  .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
        out.printf("  ingest: %s%n", summary);
        Runnable health =
            () -> {
              enrich.checkHealthy();
              sink.checkHealthy();
            };
        out.println("  enriching and evaluating rules ...");
        Completion.awaitCommitted(
            admin, enrich.applicationId(), rawEnds, timeout, health, behind -> {});
        Completion.awaitEnrichDecided(
            admin, config.kafkaClientProps(), enrich.applicationId(), timeout, health);

        // the sink reads articles and duplicate notices, final now that enrich is done: wait until
        // it drained them
        Completion.awaitDrained(
            admin,
            config.kafkaClientProps(),
            sink.applicationId(),
            TopicAdmin.partitions(
                admin, List.of(topics.enriched().name(), topics.duplicates().name())),
            timeout,
            health);
        Completion.awaitRepartitionsDrained(
            admin, config.kafkaClientProps(), sink.applicationId(), timeout, health);
        TopicReader reader = new TopicReader(wiring.clientProps(), wiring.values());

        Result result = write(config, topics, rules, reader, summary, o, start);
        if (o.deskPort() >= 0) {
          serveDesk(wiring, o.deskPort());
        }
        return result;
      }
    }
  }

  private Result write(
      NewsflowConfig config,
      TopicCatalog topics,
      RuleSet rules,
      TopicReader reader,
      IngestSummary summary,
      Options o,
      Instant start)
      throws IOException {
    Files.createDirectories(o.out());
    List<String> outputTopics =
        new ArrayList<>(
            List.of(
                topics.raw().name(),
                topics.enriched().name(),
                topics.duplicates().name(),
                topics.stories().name(),
                topics.deadLetters().name()));
    Map<String, Integer> storyReports =
        new TreeMap<>(); // story id -> reports, from its latest update
    rules.topics().forEach(t -> outputTopics.add(topics.alerts(t).name()));
    Map<String, Long> counts = new LinkedHashMap<>();
    Map<String, Long> alerts = new TreeMap<>();
    Map<String, Integer> entityMentions = new HashMap<>();
    Map<String, String> entityNames = new HashMap<>();
    List<Path> written = new ArrayList<>();
    for (String t : outputTopics.stream().distinct().toList()) {
      Path file = o.out().resolve(t + ".jsonl");
      long[] n = {0};
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        reader.read(
            t,
            o.timeout(),
            line -> {
              try {
                w.write(line.json());
                w.newLine();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              n[0]++;
              if (t.equals(topics.stories().name()) && line.value() != null) {
                storyReports.put(line.key(), (Integer) line.value().get("articleCount"));
              }
              if (t.equals(topics.enriched().name()) && line.value() != null) {
                for (Object e : (List<?>) line.value().get("entities")) {
                  GenericRecord g = (GenericRecord) e;
                  entityMentions.merge(
                      g.get("id").toString(), (Integer) g.get("mentions"), Integer::sum);
                  entityNames.put(g.get("id").toString(), g.get("name").toString());
                }
              }
            });
      }
      counts.put(t, n[0]);
      if (topics.isAlertTopic(t)) {
        alerts.put(t, n[0]);
      }
      written.add(file);
    }
    List<Map.Entry<String, Integer>> top =
        entityMentions.entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(8)
            .map(e -> Map.entry(entityNames.get(e.getKey()), e.getValue()))
            .toList();
    Result r =
        new Result(
            summary,
            counts,
            alerts,
            top,
            Duration.between(start, Instant.now()),
            written,
            storyReports);
    print(r, topics, o);
    return r;
  }

  private void print(Result r, TopicCatalog topics, Options o) {
    long enriched = r.recordsByTopic().getOrDefault(topics.enriched().name(), 0L);
    long dups = r.recordsByTopic().getOrDefault(topics.duplicates().name(), 0L);
    long dlq = r.recordsByTopic().getOrDefault(topics.deadLetters().name(), 0L);
    out.println();
    out.printf("Done in %.1f s.%n", r.took().toMillis() / 1000.0);
    out.printf(
        "  raw records in     %d (%d rejected at ingest)%n",
        r.ingest().published(), r.ingest().rejected());
    out.printf("  articles out       %d%n", enriched);
    out.printf("  duplicates removed %d%n", dups);
    long multi = r.storyReports().values().stream().filter(n -> n > 1).count();
    out.printf(
        "  stories            %d (%d with more than one report)%n", r.storyReports().size(), multi);
    out.printf("  dead letters       %d%n", dlq);
    out.printf(
        "  top entities       %s%n",
        r.topEntities().isEmpty()
            ? "(none)"
            : r.topEntities().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", ")));
    out.println("  alerts");
    r.alertsByTopic().forEach((t, n) -> out.printf("    %-32s %d%n", t, n));
    out.printf("  output             %s%n", o.out().toAbsolutePath());
    r.recordsByTopic().forEach((t, n) -> out.printf("    %-32s %d%n", t + ".jsonl", n));
  }

  /** Keeps the pipeline up and serves the desk until the process is interrupted. */
  private void serveDesk(Wiring wiring, int port) throws Exception {
    try (Desk desk =
        new Desk(wiring.topics(), wiring.values(), wiring.clientProps(), port).start()) {
      out.println();
      out.println(
          "Monitoring desk: "
              + desk.url()
              + "  (the pipeline keeps running; Ctrl-C stops everything)");
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      stop.await();
    }
  }

  public static void deleteRecursively(Path p) {
    if (!Files.exists(p)) {
      return;
    }
    try (var s = Files.walk(p)) {
      s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException ignored) {
      // a temporary directory; the OS cleans up what we could not
    }
  }
}
