package io.newsflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsflow.app.Completion;
import io.newsflow.app.Demo;
import io.newsflow.avro.Alert;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.devkit.DevSchemaRegistry;
import io.newsflow.devkit.EmbeddedKafka;
import io.newsflow.ingest.ArticleIds;
import io.newsflow.ingest.InputDocument;
import io.newsflow.ingest.KafkaRawSink;
import io.newsflow.ingest.Pacer;
import io.newsflow.ingest.RawArticleFactory;
import io.newsflow.ingest.SourceItem;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.TopicReader;
import io.newsflow.runtime.Wiring;
import io.newsflow.sink.RuleSet;
import io.newsflow.topics.TopicCatalog;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The whole-pipeline benchmark: one command, everything on one box (broker included). In one run
 * and on one broker it measures a pass-through Kafka Streams application (the ceiling), the
 * pipeline (ingest → enrich → sink, each stage its own JVM, exactly-once) on the same corpus,
 * ingest-to-alert latency at a fixed offered rate, what a second enrich instance adds, heap and RSS
 * of each stage, and JMH figures for each hot path. Prints a table and writes JSON.
 */
@Command(
    name = "newsflow bench",
    mixinStandardHelpOptions = true,
    description =
        "Measure the pipeline against a pass-through Kafka Streams ceiling on this machine.")
public final class Bench implements Callable<Integer> {
  @Option(
      names = "--articles",
      description = "Pages in the throughput runs (default ${DEFAULT-VALUE}).")
  int articles = 10_000;

  @Option(
      names = "--dup-rate",
      description = "Share of pages that are near-duplicates (default ${DEFAULT-VALUE}).")
  double dupRate = 0.3;

  @Option(
      names = "--rate",
      description =
          "Offered articles/s in the latency run (default: 40 %% of the pipeline's measured"
              + " throughput in the same run).")
  int rate = 0;

  @Option(
      names = "--latency-seconds",
      description = "Length of the latency run (default ${DEFAULT-VALUE}).")
  int latencySeconds = 20;

  @Option(
      names = "--warmup",
      description =
          "Pages sent through each application before its timed run, so the JIT "
              + "has compiled the hot paths as in a long-running service (default ${DEFAULT-VALUE}; 0 measures from cold).")
  int warmup = 3_000;

  @Option(
      names = "--warmup-jit",
      description =
          "After the --warmup pages, warm up in further rounds of pages (a new seed each) until"
              + " the JIT compilers took less than this share of the application's CPU in a round,"
              + " in percent (default ${DEFAULT-VALUE}; 0: only the --warmup pages).")
  int warmupJit = 15;

  @Option(
      names = "--warmup-max",
      description = "Warm-up pages per application at most (default ${DEFAULT-VALUE}).")
  int warmupMax = 15_000;

  @Option(names = "--skip-scaling", description = "Skip the run with two enrich instances.")
  boolean skipScaling;

  @Option(names = "--skip-jmh", description = "Skip the JMH hot-path benchmarks.")
  boolean skipJmh;

  @Option(names = "--skip-latency", description = "Skip the fixed-rate latency run.")
  boolean skipLatency;

  @Option(
      names = "--decision-at",
      split = ",",
      paramLabel = "N",
      description =
          "Canonicals held at which the decision step is measured alone, in RocksDB, to show it"
              + " stays flat (default ${DEFAULT-VALUE}; filling a million takes about 50"
              + " CPU-minutes: --decision-at 10000,100000,1000000).")
  List<Integer> decisionAt = new ArrayList<>(List.of(10_000, 100_000));

  @Option(names = "--skip-decision", description = "Skip measuring the decision step alone.")
  boolean skipDecision;

  @Option(
      names = "--stage-jvm-opts",
      description =
          "Extra JVM options of the stage JVMs; {name} stands for the stage, e.g. -XX:StartFlightRecording=filename=/tmp/{name}.jfr")
  String stageJvmOpts = "";

  @Option(names = "--seed", description = "Corpus seed (default ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(
      names = "--stage-heap",
      description = "-Xmx of each stage JVM (default ${DEFAULT-VALUE}).")
  String stageHeap = "1g";

  @Option(
      names = "--stage-config",
      paramLabel = "KEY=VALUE",
      description =
          "A configuration key for the stage JVMs (repeatable), e.g. kafka.commit.interval.ms=1000.")
  List<String> stageConfig = new ArrayList<>();

  @Option(names = "--out", description = "JSON results file (default ${DEFAULT-VALUE}).")
  Path out = Path.of("bench-results.json");

  static final Duration TIMEOUT = Duration.ofMinutes(30);
  static final PrintStream OUT = System.out;

  /** Remarks printed under the table. */
  static final List<String> NOTES = new ArrayList<>();

  final Map<String, Object> results = new LinkedHashMap<>();
  Path work;
  EmbeddedKafka kafka;
  DevSchemaRegistry registry;
  List<Corpus.Page> corpus;

  /**
   * Warm-up pages, of other seeds than the timed corpus, never counted: the first --warmup, then
   * those of every round sent so far.
   */
  List<Corpus.Page> warmupCorpus;

  /** The warm-up rounds after the first --warmup pages, made once and sent to every application. */
  private final List<List<Corpus.Page>> warmupRounds = new ArrayList<>();

  /** Pages of a warm-up round after the first: a third of --warmup, at least 1,000. */
  int warmupRoundPages() {
    return Math.max(1_000, warmup / 3);
  }

  List<Corpus.Page> warmupRound(int k) {
    while (warmupRounds.size() <= k) {
      List<Corpus.Page> pages =
          new Corpus(seed + 100 + warmupRounds.size(), dupRate).pages(warmupRoundPages());
      warmupRounds.add(pages);
      warmupCorpus.addAll(pages);
    }
    return warmupRounds.get(k);
  }

  /**
   * Sends an application its warm-up: the --warmup pages, then rounds until the JIT compilers took
   * under --warmup-jit percent of the process's CPU in a round (or --warmup-max pages). On two
   * shared cores the compilers still took 38-46 % of enrich's CPU in the timed window after 3,000
   * pages, so a fixed warm-up measured compilation more than the service. Returns what it did, for
   * the results.
   *
   * @param run sends the pages and waits until the application has processed them
   */
  Map<String, Object> warmUp(long pid, PageRun run) throws Exception {
    return warmUp(
        run,
        pages -> {
          ThreadCpu.Snapshot before = ThreadCpu.snapshot(pid);
          run.send(pages);
          return ThreadCpu.jitShare(ThreadCpu.window(before, ThreadCpu.snapshot(pid)));
        });
  }

  /**
   * @param measured sends a round's pages, waits until they are processed, and returns the JIT
   *     compilers' share of the process's CPU meanwhile
   */
  Map<String, Object> warmUp(PageRun run, RoundRun measured) throws Exception {
    Map<String, Object> r = new LinkedHashMap<>();
    int pages = 0;
    List<Corpus.Page> first = warmupCorpus.subList(0, warmup);
    if (!first.isEmpty()) {
      OUT.printf("    warm-up: %d pages (not timed) ...%n", first.size());
      run.send(List.copyOf(first));
      pages += first.size();
    }
    double share = -1;
    for (int k = 0; warmupJit > 0 && pages + warmupRoundPages() <= warmupMax; k++) {
      List<Corpus.Page> next = warmupRound(k);
      share = measured.send(next);
      pages += next.size();
      OUT.printf(
          "    warm-up round %d: %d pages, JIT %.0f %% of the process's CPU%n",
          k + 1, next.size(), 100 * share);
      if (share * 100 < warmupJit) {
        break;
      }
    }
    r.put("pages", pages);
    if (share >= 0) {
      r.put("jitShareOfLastRound", round(share, 3));
    }
    return r;
  }

  /** Sends a warm-up round; returns the JIT's share of the process's CPU while it ran. */
  interface RoundRun {
    double send(List<Corpus.Page> pages) throws Exception;
  }

  /** Sends pages to the application under test and waits until it has processed them. */
  interface PageRun {
    void send(List<Corpus.Page> pages) throws Exception;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Bench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Instant started = Instant.now();
    work = Files.createTempDirectory("newsflow-bench-");
    results.put("machine", machine());
    results.put(
        "settings",
        Map.of(
            "articles",
            articles,
            "dupRate",
            dupRate,
            "rate",
            rate,
            "latencySeconds",
            latencySeconds,
            "warmup",
            warmup,
            "warmupJitPercent",
            warmupJit,
            "warmupMax",
            warmupMax,
            "seed",
            seed,
            "stageHeap",
            stageHeap,
            "stageConfig",
            stageConfig));
    corpus = new Corpus(seed, dupRate).pages(articles);
    warmupCorpus = new ArrayList<>(new Corpus(seed + 2, dupRate).pages(warmup));
    long bytes =
        corpus.stream().mapToLong(p -> p.body().getBytes(StandardCharsets.UTF_8).length).sum();
    long dups = corpus.stream().filter(p -> !p.kind().equals("original")).count();
    results.put(
        "corpus",
        Map.of(
            "pages",
            corpus.size(),
            "bytes",
            bytes,
            "meanBytes",
            bytes / corpus.size(),
            "nearDuplicates",
            dups,
            "html",
            corpus.stream().filter(p -> p.contentType().equals("text/html")).count()));
    OUT.printf(
        "newsflow bench: %d pages (%.1f MB, mean %d B, %d near-duplicates), %s%n",
        corpus.size(), bytes / 1e6, bytes / corpus.size(), dups, results.get("machine"));
    try {
      OUT.println("  starting Kafka broker (KRaft, child JVM) ...");
      kafka = EmbeddedKafka.start(work.resolve("kafka"), 0, Duration.ofSeconds(90));
      registry =
          DevSchemaRegistry.start(
              Map.of("bootstrap.servers", kafka.bootstrapServers()),
              DevSchemaRegistry.DEFAULT_TOPIC,
              0);
      Map<String, Object> passThrough = passThrough();
      results.put("passThrough", passThrough);
      Map<String, Object> pipeline = pipeline("e2e", 1, !skipLatency);
      results.put("pipeline", pipeline);
      double ratio =
          (double) pipeline.get("articlesPerSecond")
              / (double) passThrough.get("articlesPerSecond");
      results.put("ratio", round(ratio, 4));
      if (!skipScaling) {
        results.put("twoEnrichInstances", pipeline("scale", 2, false));
      }
    } finally {
      if (registry != null) {
        registry.close();
      }
      if (kafka != null) {
        kafka.close();
      }
      Demo.deleteRecursively(work);
    }
    if (!skipJmh) {
      results.put("jmh", jmh());
    }
    if (!skipDecision && !decisionAt.isEmpty()) {
      OUT.println(
          "  the decision step alone (DecisionCost), at "
              + decisionAt
              + " canonicals held, 2,000 decisions at each ...");
      results.put("decision", DecisionCost.measure(decisionAt, 2_000, OUT));
    }
    results.put("took", Duration.between(started, Instant.now()).toSeconds() + " s");
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), results);
    printTable();
    OUT.println("  results written to " + out.toAbsolutePath());
    return 0;
  }

  // ---------------------------------------------------------------------------------------------------- pass-through

  Map<String, Object> passThrough() throws Exception {
    OUT.println("  pass-through (Kafka Streams, bytes in, bytes out, exactly-once) ...");
    NewsflowConfig config = config("pt");
    TopicCatalog topics = topics(config);
    TopicAdmin.ensure(config, topics, List.of());
    String output = "pt.passthrough.out";
    try (Admin admin = Admin.create(config.kafkaClientProps())) {
      admin
          .createTopics(List.of(new NewTopic(output, config.getInt("topic.partitions"), (short) 1)))
          .all()
          .get();
      String group = "pt-passthrough";
      try (Child child =
          Child.start(
              "passthrough",
              work,
              stageHeap,
              stageJvmOpts,
              PassThrough.class.getName(),
              List.of(
                  kafka.bootstrapServers(),
                  topics.raw().name(),
                  output,
                  "pt",
                  work.resolve("pt-state").toString()))) {
        awaitMembers(admin, group, 1, child);
        Map<String, Object> warm =
            warmUp(
                child.process.pid(),
                pages ->
                    Completion.awaitCommitted(
                        admin,
                        group,
                        ingest(config, topics, pages, 0),
                        TIMEOUT,
                        child::checkAlive,
                        b -> progress("warm-up", pages.size(), b)));
        OUT.printf("    timed run: %d pages ...%n", corpus.size());
        Map<String, Long> pids = new LinkedHashMap<>();
        pids.put("passthrough", child.process.pid());
        pids.put("broker", kafka.pid());
        pids.put("bench (ingest, waits)", ProcessHandle.current().pid());
        Map<String, ThreadCpu.Snapshot> cpuBefore = snapshots(pids);
        Instant t0 = Instant.now();
        Map<TopicPartition, Long> ends = ingest(config, topics, corpus, 0);
        Duration ingestTook = Duration.between(t0, Instant.now());
        Completion.awaitCommitted(admin, group, ends, TIMEOUT, child::checkAlive, b -> {});
        Duration took = Duration.between(t0, Instant.now());
        Map<String, ThreadCpu.Snapshot> cpuAfter = snapshots(pids);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("articlesPerSecond", round(corpus.size() / seconds(took), 1));
        r.put("seconds", round(seconds(took), 2));
        r.put("ingestArticlesPerSecond", round(corpus.size() / seconds(ingestTook), 1));
        r.put("cpuMsPerArticle", cpuPerArticle(cpuBefore, cpuAfter, corpus.size()));
        r.put("memory", child.memory(null));
        r.put("warmup", warm);
        return r;
      }
    }
  }

  // -------------------------------------------------------------------------------------------------------- pipeline

  Map<String, Object> pipeline(String ns, int enrichInstances, boolean withLatency)
      throws Exception {
    OUT.printf(
        "  pipeline: ingest -> %s enrich -> sink, exactly-once, stages in their own JVMs ...%n",
        enrichInstances == 1 ? "one" : enrichInstances + " x");
    NewsflowConfig config = config(ns);
    TopicCatalog topics = topics(config);
    Path rulesFile = work.resolve(ns + "-rules.yaml");
    Files.writeString(rulesFile, rules());
    RuleSet rules = RuleSet.load(rulesFile);
    TopicAdmin.ensure(config, topics, rules.topics());
    List<Child> children = new ArrayList<>();
    Map<String, Object> r = new LinkedHashMap<>();
    try (Admin admin = Admin.create(config.kafkaClientProps())) {
      List<Integer> enrichPorts = new ArrayList<>();
      for (int i = 0; i < enrichInstances; i++) {
        int port = freePort();
        enrichPorts.add(port);
        children.add(
            Child.start(
                "enrich-" + i,
                work,
                stageHeap,
                stageJvmOpts,
                "io.newsflow.app.Main",
                stageArgs(
                    "enrich", ns, "ops.enrich.port=" + port, work.resolve(ns + "-enrich-" + i))));
      }
      int sinkPort = freePort();
      Child sink =
          Child.start(
              "sink",
              work,
              stageHeap,
              stageJvmOpts,
              "io.newsflow.app.Main",
              stageArgs("sink", ns, "ops.sink.port=" + sinkPort, work.resolve(ns + "-sink")));
      children.add(sink);
      Runnable health = () -> children.forEach(Child::checkAlive);
      for (int i = 0; i < enrichInstances; i++) {
        awaitReady(enrichPorts.get(i), children.get(i));
      }
      awaitReady(sinkPort, sink);
      String enrichGroup = ns + "-newsflow-enrich";
      String sinkGroup = ns + "-newsflow-sink";
      awaitMembers(admin, enrichGroup, enrichInstances, children.get(0));
      List<TopicPartition> sinkInputs =
          TopicAdmin.partitions(
              admin, List.of(topics.enriched().name(), topics.duplicates().name()));
      TopicReader reader = new TopicReader(config.kafkaClientProps(), topics.serdes().generic());
      long deadLettersBefore = 0;
      r.put(
          "warmup",
          warmUp(
              children.get(0).process.pid(),
              pages -> {
                Completion.awaitCommitted(
                    admin,
                    enrichGroup,
                    ingest(config, topics, pages, 0),
                    TIMEOUT,
                    health,
                    behind -> progress("warm-up", pages.size(), behind));
                Completion.awaitEnrichDecided(
                    admin, config.kafkaClientProps(), enrichGroup, TIMEOUT, health);
                Completion.awaitDrained(
                    admin, config.kafkaClientProps(), sinkGroup, sinkInputs, TIMEOUT, health);
                Completion.awaitRepartitionsDrained(
                    admin, config.kafkaClientProps(), sinkGroup, TIMEOUT, health);
              }));
      // the timed run's other records are told apart by id; dead letters carry none
      deadLettersBefore = count(reader, topics.deadLetters().name(), null, Set.of());

      OUT.printf("    timed run: %d pages ...%n", corpus.size());
      Map<String, Long> pids = new LinkedHashMap<>();
      for (int i = 0; i < enrichInstances; i++) {
        pids.put(children.get(i).name, children.get(i).process.pid());
      }
      pids.put("sink", sink.process.pid());
      pids.put("broker", kafka.pid());
      pids.put("bench (ingest, waits)", ProcessHandle.current().pid());
      Map<String, ThreadCpu.Snapshot> cpuBefore = snapshots(pids);
      Map<String, Long> changelogBefore = changelogRecords(admin, enrichGroup);
      Instant t0 = Instant.now();
      Map<TopicPartition, Long> rawEnds = ingest(config, topics, corpus, 0);
      Duration ingestTook = Duration.between(t0, Instant.now());
      Completion.awaitCommitted(
          admin,
          enrichGroup,
          rawEnds,
          TIMEOUT,
          health,
          behind -> progress("enrich", corpus.size(), behind));
      Completion.awaitEnrichDecided(admin, config.kafkaClientProps(), enrichGroup, TIMEOUT, health);
      Duration enrichTook = Duration.between(t0, Instant.now());
      Completion.awaitDrained(
          admin, config.kafkaClientProps(), sinkGroup, sinkInputs, TIMEOUT, health);
      Completion.awaitRepartitionsDrained(
          admin, config.kafkaClientProps(), sinkGroup, TIMEOUT, health);
      Duration took = Duration.between(t0, Instant.now());
      Map<String, ThreadCpu.Snapshot> cpuAfter = snapshots(pids);
      if (System.console() != null) {
        System.err.print("\r" + " ".repeat(70) + "\r");
      }

      r.put("articlesPerSecond", round(corpus.size() / seconds(took), 1));
      r.put("seconds", round(seconds(took), 2));
      r.put("enrichArticlesPerSecond", round(corpus.size() / seconds(enrichTook), 1));
      r.put("ingestArticlesPerSecond", round(corpus.size() / seconds(ingestTook), 1));
      r.put("cpuMsPerArticle", cpuPerArticle(cpuBefore, cpuAfter, corpus.size()));
      Map<String, Object> changelog = new LinkedHashMap<>();
      changelogRecords(admin, enrichGroup)
          .forEach(
              (store, n) ->
                  changelog.put(
                      store,
                      round(
                          (n - changelogBefore.getOrDefault(store, 0L)) / (double) corpus.size(),
                          2)));
      r.put("enrichChangelogRecordsPerArticle", changelog);
      Map<String, Long> counts = counts(reader, topics, rules, rawIds(corpus));
      // dead letters carry no article id to tell the runs apart: the difference is the timed run's
      long deadLettersWarm = deadLettersBefore;
      counts.computeIfPresent("deadLetters", (k, v) -> v - deadLettersWarm);
      r.put("records", counts);
      r.put("dedup", dedupQuality(reader.readAll(topics.duplicates().name(), TIMEOUT)));

      if (withLatency) {
        int offered =
            rate > 0 ? rate : (int) Math.max(1, Math.round(0.4 * corpus.size() / seconds(took)));
        r.put(
            "latency",
            latency(
                config, topics, admin, enrichGroup, sinkGroup, health, offered, rules.topics()));
      }
      Map<String, Object> memory = new LinkedHashMap<>();
      for (int i = 0; i < enrichInstances; i++) {
        memory.put(children.get(i).name, children.get(i).memory(enrichPorts.get(i)));
      }
      memory.put("sink", sink.memory(sinkPort));
      r.put("memory", memory);
      r.put("enrichStateStores", storeGauges(enrichPorts.get(0)));
    } finally {
      children.forEach(Child::close);
    }
    return r;
  }

  /**
   * Pages offered at a fixed rate to the running pipeline; latency from each page's ingest to its
   * alert.
   */
  Map<String, Object> latency(
      NewsflowConfig config,
      TopicCatalog topics,
      Admin admin,
      String enrichGroup,
      String sinkGroup,
      Runnable health,
      int rate,
      List<String> alertTopics)
      throws Exception {
    int n = rate * latencySeconds;
    OUT.printf("  latency: %d pages offered at %d/s ...%n", n, rate);
    List<Corpus.Page> pages = new Corpus(seed + 1, dupRate).pages(n);
    // alerts are one per (rule, story), and the bench's stories keep growing, so few alerts may
    // fire in
    // the run: the time from ingest to the article committed on news.enriched (the sink's input) is
    // measured for every article, and to the alert for every alert
    List<Long> alertLatencies = Collections.synchronizedList(new ArrayList<>());
    List<Long> enrichedLatencies = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean done = new AtomicBoolean();
    Instant phaseStart = Instant.now();
    List<Thread> readers =
        List.of(
            latencyReader(
                config,
                alertTopics.stream().map(t -> topics.alerts(t).name()).toList(),
                topics.alerts("any").valueSerde().deserializer(),
                Alert::getIngestedAt,
                phaseStart,
                done,
                alertLatencies),
            latencyReader(
                config,
                List.of(topics.enriched().name()),
                topics.enriched().valueSerde().deserializer(),
                EnrichedArticle::getIngestedAt,
                phaseStart,
                done,
                enrichedLatencies));
    readers.forEach(Thread::start);
    Instant t0 = Instant.now();
    Map<TopicPartition, Long> ends = ingest(config, topics, pages, rate);
    double offeredFor = seconds(Duration.between(t0, Instant.now()));
    Completion.awaitCommitted(admin, enrichGroup, ends, TIMEOUT, health, b -> {});
    Completion.awaitEnrichDecided(admin, config.kafkaClientProps(), enrichGroup, TIMEOUT, health);
    Completion.awaitDrained(
        admin,
        config.kafkaClientProps(),
        sinkGroup,
        TopicAdmin.partitions(admin, List.of(topics.enriched().name(), topics.duplicates().name())),
        TIMEOUT,
        health);
    Thread.sleep(1_000); // the readers' last poll
    done.set(true);
    for (Thread t : readers) {
      t.join();
    }
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("offeredPerSecond", rate);
    r.put("achievedOfferPerSecond", round(n / offeredFor, 1));
    r.put("toEnriched", percentiles(enrichedLatencies));
    r.put("toAlert", percentiles(alertLatencies));
    return r;
  }

  static Map<String, Object> percentiles(List<Long> latencies) {
    List<Long> sorted = new ArrayList<>(latencies);
    sorted.sort(null);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("count", sorted.size());
    r.put("p50Ms", percentile(sorted, 0.50));
    r.put("p99Ms", percentile(sorted, 0.99));
    r.put("maxMs", sorted.isEmpty() ? null : sorted.get(sorted.size() - 1));
    return r;
  }

  /**
   * A thread that reads committed records of {@code topicNames} from the start and adds, for each
   * ingested after {@code since}, the time from its ingest to now.
   */
  static <V> Thread latencyReader(
      NewsflowConfig config,
      List<String> topicNames,
      Deserializer<V> values,
      Function<V, Instant> ingestedAt,
      Instant since,
      AtomicBoolean done,
      List<Long> latencies) {
    Map<String, Object> cp = new HashMap<>(config.kafkaClientProps());
    cp.put("isolation.level", "read_committed");
    cp.put("group.id", "bench-latency-" + System.nanoTime());
    cp.put("auto.offset.reset", "earliest"); // records of earlier runs are skipped by ingest time
    return new Thread(
        () -> {
          try (KafkaConsumer<String, V> c =
              new KafkaConsumer<>(cp, new StringDeserializer(), values)) {
            c.subscribe(topicNames);
            while (!done.get()) {
              for (ConsumerRecord<String, V> rec : c.poll(Duration.ofMillis(50))) {
                Instant ingested = rec.value() == null ? null : ingestedAt.apply(rec.value());
                if (ingested != null && ingested.isAfter(since)) {
                  latencies.add(System.currentTimeMillis() - ingested.toEpochMilli());
                }
              }
            }
          }
        },
        "bench-latency-reader-" + topicNames.get(0));
  }

  /**
   * Near-duplicate decisions against the corpus's own truth: which pages are copies of which story.
   */
  Map<String, Object> dedupQuality(List<TopicReader.Line> notices) {
    Map<String, Corpus.Page> byId = new HashMap<>();
    corpus.forEach(p -> byId.put(ArticleIds.forUrl(p.url()), p));
    long truePositives = 0;
    long falsePositives = 0;
    Map<String, Long> caughtByKind = new LinkedHashMap<>();
    Set<String> warmIds =
        warmupCorpus.stream().map(p -> ArticleIds.forUrl(p.url())).collect(Collectors.toSet());
    for (TopicReader.Line notice : notices) {
      if (warmIds.contains(notice.value().get("id").toString())) {
        continue; // a warm-up page's notice
      }
      Corpus.Page dup = byId.get(notice.value().get("id").toString());
      Corpus.Page canon = byId.get(notice.value().get("canonicalId").toString());
      if (dup != null && canon != null && dup.group() == canon.group()) {
        truePositives++;
        // partitions interleave, so a copy may be decided first and the original called its
        // duplicate
        caughtByKind.merge(
            dup.kind().equals("original") ? canon.kind() : dup.kind(), 1L, Long::sum);
      } else {
        falsePositives++;
      }
    }
    long expected = corpus.stream().filter(p -> !p.kind().equals("original")).count();
    Map<String, Long> expectedByKind =
        corpus.stream()
            .filter(p -> !p.kind().equals("original"))
            .collect(
                Collectors.groupingBy(
                    Corpus.Page::kind, LinkedHashMap::new, Collectors.counting()));
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("expected", expected);
    r.put("caught", truePositives);
    r.put("wrong", falsePositives);
    r.put("recall", expected == 0 ? null : round((double) truePositives / expected, 4));
    Map<String, String> perKind = new LinkedHashMap<>();
    expectedByKind.forEach((k, v) -> perKind.put(k, caughtByKind.getOrDefault(k, 0L) + "/" + v));
    r.put("byKind", perKind);
    return r;
  }

  // ----------------------------------------------------------------------------------------------------------- JMH

  Map<String, Object> jmh() throws Exception {
    OUT.println("  JMH: hot paths (1 fork, 2 x 1 s warm-up, 3 x 1 s measurement) ...");
    Collection<RunResult> runs =
        new Runner(
                new OptionsBuilder()
                    .include(
                        EnrichBench.class.getName()
                            + "|"
                            + StageBench.class.getName()
                            + "|"
                            + ExtractBench.class.getName())
                    .forks(1)
                    .warmupIterations(2)
                    .warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3)
                    .measurementTime(TimeValue.seconds(1))
                    .jvmArgsAppend(
                        "-Xmx1g",
                        "-Dnewsflow.samples=" + samplesDir(),
                        "-Dnewsflow.pages=" + pagesDir())
                    .verbosity(VerboseMode.SILENT)
                    .build())
            .run();
    Map<String, Object> r = new LinkedHashMap<>();
    for (RunResult run : runs) {
      String name = run.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      r.put(
          name,
          Map.of(
              "usPerOp",
              round(run.getPrimaryResult().getScore(), 2),
              "error",
              round(run.getPrimaryResult().getScoreError(), 2)));
    }
    return r;
  }

  /**
   * Real pages for the extraction benchmark when the open evaluation data lies beside the checkout.
   */
  static String pagesDir() {
    String home = System.getenv().getOrDefault("NEWSFLOW_HOME", ".");
    Path p = Path.of(home, "..", "shared", "data", "extraction", "trafilatura", "html");
    return Files.isDirectory(p) ? p.toString() : "";
  }

  static String samplesDir() {
    String home = System.getenv("NEWSFLOW_HOME");
    return home == null ? "samples" : Path.of(home, "samples").toString();
  }

  // ---------------------------------------------------------------------------------------------------- the report

  @SuppressWarnings("unchecked")
  void printTable() {
    Map<String, Object> pt = (Map<String, Object>) results.get("passThrough");
    Map<String, Object> pl = (Map<String, Object>) results.get("pipeline");
    OUT.println();
    OUT.println("| measure | value |");
    OUT.println("|---|---|");
    row("pass-through (ceiling), articles/s", pt.get("articlesPerSecond"));
    row("pipeline ingest -> alert committed, articles/s", pl.get("articlesPerSecond"));
    row("ratio pipeline / pass-through", results.get("ratio"));
    row("  of which enrich done, articles/s", pl.get("enrichArticlesPerSecond"));
    row("  ingest alone, articles/s", pl.get("ingestArticlesPerSecond"));
    row(
        "warm-up pages before the timed run: pass-through / pipeline (JIT share of the last round)",
        warmupRow(pt) + " / " + warmupRow(pl));
    cpuRows("pass-through", (Map<String, Object>) pt.get("cpuMsPerArticle"));
    cpuRows("pipeline", (Map<String, Object>) pl.get("cpuMsPerArticle"));
    Map<String, Object> ptCpu = (Map<String, Object>) pt.get("cpuMsPerArticle");
    Map<String, Object> plCpu = (Map<String, Object>) pl.get("cpuMsPerArticle");
    if ((Double) plCpu.get("allWithoutJit") > 0) {
      row(
          "CPU ratio pass-through / pipeline, without JIT (1 = the pipeline costs what Kafka costs)",
          round((Double) ptCpu.get("allWithoutJit") / (Double) plCpu.get("allWithoutJit"), 3));
    }
    Map<String, Object> lat = (Map<String, Object>) pl.get("latency");
    if (lat != null) {
      for (String to : List.of("toEnriched", "toAlert")) {
        Map<String, Object> l = (Map<String, Object>) lat.get(to);
        row(
            (to.equals("toEnriched") ? "ingest -> enriched committed" : "ingest -> alert committed")
                + " p50 / p99 / max ms at "
                + lat.get("offeredPerSecond")
                + "/s offered",
            l.get("p50Ms")
                + " / "
                + l.get("p99Ms")
                + " / "
                + l.get("maxMs")
                + " ("
                + l.get("count")
                + (to.equals("toEnriched") ? " articles, " : " alerts, ")
                + lat.get("achievedOfferPerSecond")
                + "/s achieved)");
      }
    }
    Map<String, Object> dq = (Map<String, Object>) pl.get("dedup");
    row(
        "near-duplicates caught",
        dq.get("caught")
            + " of "
            + dq.get("expected")
            + ", "
            + dq.get("wrong")
            + " wrong; by kind "
            + dq.get("byKind"));
    ((Map<String, Object>) pl.get("memory"))
        .forEach(
            (stage, m) ->
                row(
                    "memory " + stage + " (heap used / RSS MB)",
                    ((Map<String, Object>) m).get("heapUsedMb")
                        + " / "
                        + ((Map<String, Object>) m).get("rssMb")));
    row("enrich state stores (keys, bytes)", pl.get("enrichStateStores"));
    row(
        "enrich changelog records per article (end offsets, with transaction markers)",
        pl.get("enrichChangelogRecordsPerArticle"));
    Map<String, Object> two = (Map<String, Object>) results.get("twoEnrichInstances");
    if (two != null) {
      row(
          "two enrich instances: pipeline / enrich articles/s",
          two.get("articlesPerSecond") + " / " + two.get("enrichArticlesPerSecond"));
    }
    Map<String, Object> j = (Map<String, Object>) results.get("jmh");
    if (j != null) {
      j.forEach(
          (name, v) ->
              row(
                  "JMH " + name + ", us/op",
                  ((Map<String, Object>) v).get("usPerOp")
                      + " ± "
                      + ((Map<String, Object>) v).get("error")));
      if (j.containsKey("extract") && j.containsKey("parse")) {
        row(
            "extraction / bare jsoup parse of the same pages (ratio)",
            round(
                (Double) ((Map<String, Object>) j.get("extract")).get("usPerOp")
                    / (Double) ((Map<String, Object>) j.get("parse")).get("usPerOp"),
                2));
      }
    }
    List<Map<String, Object>> decision = (List<Map<String, Object>>) results.get("decision");
    if (decision != null) {
      for (Map<String, Object> d : decision) {
        row(
            "decision step alone at "
                + d.get("canonicals")
                + " canonicals: CPU us per decision (lookup / story / filing), decisions per"
                + " CPU-s, canonicals judged per lookup, heap / disk MB, copies caught",
            d.get("cpuUsPerDecision")
                + " ("
                + d.get("lookupUs")
                + " / "
                + d.get("storyUs")
                + " / "
                + d.get("filingUs")
                + "), "
                + d.get("decisionsPerCpuSecond")
                + ", "
                + d.get("canonicalsJudgedPerLookup")
                + ", "
                + d.get("heapMb")
                + " / "
                + d.get("diskMb")
                + ", "
                + d.get("caught")
                + " of "
                + d.get("copies")
                + ", "
                + d.get("wrong")
                + " wrong");
      }
      if (decision.size() > 1) {
        Map<String, Object> first = decision.get(0);
        Map<String, Object> last = decision.get(decision.size() - 1);
        row(
            "decision step: CPU per decision at "
                + last.get("canonicals")
                + " / at "
                + first.get("canonicals")
                + " canonicals (1 = flat)",
            round(
                (Double) last.get("cpuUsPerDecision") / (Double) first.get("cpuUsPerDecision"), 2));
      }
    }
    row("machine", results.get("machine"));
    NOTES.forEach(n -> OUT.println("  " + n));
  }

  @SuppressWarnings("unchecked")
  static String warmupRow(Map<String, Object> run) {
    Map<String, Object> w = (Map<String, Object>) run.get("warmup");
    if (w == null) {
      return "n/a";
    }
    Object share = w.get("jitShareOfLastRound");
    return w.get("pages") + (share == null ? "" : " (" + percent(share) + ")");
  }

  /** CPU ms per article in a timed window: all processes, then each, with where its time went. */
  @SuppressWarnings("unchecked")
  static void cpuRows(String run, Map<String, Object> cpu) {
    row(
        "CPU ms per article, " + run + ": all processes / without JIT (JIT share)",
        cpu.get("all")
            + " / "
            + cpu.get("allWithoutJit")
            + " ("
            + percent(cpu.get("jitShare"))
            + ")");
    cpu.forEach(
        (process, v) -> {
          if (v instanceof Map<?, ?> m) {
            Map<String, Object> p = (Map<String, Object>) m;
            StringBuilder detail = new StringBuilder();
            p.forEach(
                (k, ms) -> {
                  if (!Set.of("total", "withoutJit", "jitShare").contains(k)) {
                    detail
                        .append(detail.length() == 0 ? "" : ", ")
                        .append(k)
                        .append(' ')
                        .append(ms);
                  }
                });
            row(
                "  " + process + ": total / without JIT (JIT share); by thread",
                p.get("total")
                    + " / "
                    + p.get("withoutJit")
                    + " ("
                    + percent(p.get("jitShare"))
                    + "); "
                    + detail);
            if (process.startsWith("enrich") && (Double) p.get("jitShare") > 0.15) {
              NOTES.add(
                  String.format(
                      "note: JIT compilers took %s of %s's CPU in the %s's timed window (over 15"
                          + " %%): a larger --warmup-max measures the service, not its"
                          + " compilation",
                      percent(p.get("jitShare")), process, run));
            }
          }
        });
  }

  static String percent(Object share) {
    return Math.round(((Number) share).doubleValue() * 100) + " %";
  }

  static void row(String k, Object v) {
    OUT.printf("| %s | %s |%n", k, v);
  }

  // ---------------------------------------------------------------------------------------------------- helpers

  NewsflowConfig config(String ns) {
    return NewsflowConfig.defaults()
        .with(
            Map.of(
                "bootstrap.servers",
                kafka.bootstrapServers(),
                "registry.url",
                registry.url(),
                "topic.prefix",
                ns + ".",
                "application.id.prefix",
                ns + "-newsflow",
                "state.dir",
                work.resolve(ns + "-state").toString()));
  }

  static TopicCatalog topics(NewsflowConfig config) {
    return Wiring.of(config.with(Map.of("registry.auto.register", "true"))).topics();
  }

  List<String> stageArgs(String stage, String ns, String opsPort, Path state) throws IOException {
    List<String> a =
        new ArrayList<>(
            List.of(
                stage,
                "-b",
                kafka.bootstrapServers(),
                "--registry-url",
                registry.url(),
                "--namespace",
                ns,
                "-D",
                opsPort,
                "-D",
                "state.dir=" + state));
    stageConfig.forEach(kv -> a.addAll(List.of("-D", kv)));
    if (stage.equals("sink")) {
      a.addAll(List.of("--rules", work.resolve(ns + "-rules.yaml").toString()));
    }
    return a;
  }

  /**
   * Rules of the kinds monitoring teams write; bench-all fires once for every story naming a corpus
   * country.
   */
  static String rules() {
    String codes =
        String.join(
            ", ",
            List.of(
                "KE", "NG", "ET", "BR", "PE", "MX", "CO", "ID", "VN", "PH", "IN", "PK", "IR", "TR",
                "EG", "UA", "PL", "DE", "FR", "CA", "AU", "JP", "KR", "KZ", "SD", "CL", "BD", "MA",
                "TH", "AR"));
    return "rules:\n"
        + "  - name: bench-all\n    topic: alerts.bench.all\n    severity: low\n    when: {countries: ["
        + codes
        + "]}\n"
        + "  - name: attacks\n    topic: alerts.bench.attacks\n    severity: high\n"
        + "    when: {any: [{categories: [armed-attack, terrorism]}, {keywords: [\"car bomb\", \"gunmen\"]}]}\n"
        + "  - name: africa-unrest\n    topic: alerts.bench.africa\n    severity: medium\n"
        + "    when: {all: [{countries: [KE, NG, ET, SD, EG, MA]}, {categories: [protest, armed-attack]}]}\n"
        + "  - name: surge\n    topic: alerts.bench.surge\n    severity: high\n"
        + "    when: {countries: [IR, PK, UA]}\n    momentum: {sources: 2, within: 6h}\n";
  }

  /**
   * Publishes pages like ingest does (strict decode, ids, idempotent producer, acks=all); rate 0:
   * as fast as it can.
   */
  static Map<TopicPartition, Long> ingest(
      NewsflowConfig config, TopicCatalog topics, List<Corpus.Page> pages, int rate) {
    RawArticleFactory factory =
        new RawArticleFactory(Clock.systemUTC(), config.getLong("ingest.max.bytes"), false);
    try (KafkaRawSink sink =
        new KafkaRawSink(
            config.kafkaClientProps(),
            topics.raw(),
            topics.deadLetters(),
            config.getLong("ingest.max.bytes"))) {
      Consumer<SourceItem> publish =
          new Pacer(rate, 0, Clock.systemUTC(), d -> Thread.sleep(d.toMillis()))
              .pace(
                  item -> {
                    if (factory.check((InputDocument) item)
                        instanceof RawArticleFactory.Accepted a) {
                      sink.publish(a.article());
                    } else {
                      throw new IllegalStateException(
                          "the corpus generator made a page ingest rejects: " + item);
                    }
                  });
      pages.forEach(p -> publish.accept(StageBench.doc(p)));
      sink.flush();
      return sink.lastOffsets().entrySet().stream()
          .filter(e -> e.getKey().topic().equals(topics.raw().name()))
          .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
  }

  static void progress(String what, long total, long behind) {
    if (System.console() != null) { // a progress line only where it can be redrawn
      System.err.printf("\r  %s: %d of %d done ", what, total - behind, total);
    }
  }

  /**
   * Committed records on each output topic that come from the given raw pages. Counted by article
   * id, not as a difference of totals: a warm-up page decided late (after its ordering grace) must
   * not count in the timed run.
   */
  static Map<String, Long> counts(
      TopicReader reader, TopicCatalog topics, RuleSet rules, Set<String> rawIds) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("enriched", count(reader, topics.enriched().name(), "parentId", rawIds));
    counts.put("duplicates", count(reader, topics.duplicates().name(), "id", rawIds));
    counts.put("deadLetters", count(reader, topics.deadLetters().name(), null, rawIds));
    for (String t : rules.topics()) {
      counts.put("alerts:" + t, count(reader, topics.alerts(t).name(), "articleId", rawIds));
    }
    return counts;
  }

  /**
   * Committed records on a topic whose {@code idField} names one of the raw pages (or one of their
   * parts); every record when {@code idField} is null.
   */
  static long count(TopicReader reader, String topic, String idField, Set<String> rawIds) {
    long[] n = {0};
    reader.read(
        topic,
        TIMEOUT,
        l -> {
          if (idField == null || rawIds.contains(rawId(l.value().get(idField).toString()))) {
            n[0]++;
          }
        });
    return n[0];
  }

  private static final Pattern PART = Pattern.compile("-p\\d+$");

  /**
   * The raw page an article id comes from: a part of a page is the page's id plus -p and an index.
   */
  static String rawId(String articleId) {
    return PART.matcher(articleId).replaceFirst("");
  }

  static Set<String> rawIds(List<Corpus.Page> pages) {
    return pages.stream().map(p -> ArticleIds.forUrl(p.url())).collect(Collectors.toSet());
  }

  /**
   * Records written so far to each changelog topic of an application, by store (end offsets, which
   * include transaction markers).
   */
  static Map<String, Long> changelogRecords(Admin admin, String applicationId) throws Exception {
    String prefix = applicationId + "-";
    List<String> changelogs =
        admin.listTopics().names().get().stream()
            .filter(t -> t.startsWith(prefix) && t.endsWith("-changelog"))
            .sorted()
            .toList();
    Map<String, Long> r = new LinkedHashMap<>();
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    TopicAdmin.partitions(admin, changelogs).forEach(tp -> latest.put(tp, OffsetSpec.latest()));
    admin
        .listOffsets(latest)
        .all()
        .get()
        .forEach(
            (tp, info) ->
                r.merge(
                    tp.topic()
                        .substring(prefix.length(), tp.topic().length() - "-changelog".length()),
                    info.offset(),
                    Long::sum));
    return r;
  }

  static Map<String, ThreadCpu.Snapshot> snapshots(Map<String, Long> pids) {
    Map<String, ThreadCpu.Snapshot> s = new LinkedHashMap<>();
    pids.forEach((name, pid) -> s.put(name, ThreadCpu.snapshot(pid)));
    return s;
  }

  /**
   * Each process's CPU in the timed window per article: all threads, without the JIT compilers, the
   * JIT's share, and the groups that tell where the time went (stream thread, producer I/O, GC).
   */
  static Map<String, Object> cpuPerArticle(
      Map<String, ThreadCpu.Snapshot> before, Map<String, ThreadCpu.Snapshot> after, int articles) {
    Map<String, Object> r = new LinkedHashMap<>();
    double all = 0;
    double allWithoutJit = 0;
    for (String name : after.keySet()) {
      Map<String, Double> groups = ThreadCpu.window(before.get(name), after.get(name));
      double total = ThreadCpu.total(groups, true);
      double withoutJit = ThreadCpu.total(groups, false);
      all += total;
      allWithoutJit += withoutJit;
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("total", round(total / articles, 3));
      p.put("withoutJit", round(withoutJit / articles, 3));
      p.put("jitShare", round(ThreadCpu.jitShare(groups), 3));
      groups.forEach(
          (g, ms) -> {
            if (!g.equals(ThreadCpu.JIT)) {
              p.put(g, round(ms / articles, 3));
            }
          });
      r.put(name, p);
    }
    r.put("all", round(all / articles, 3));
    r.put("allWithoutJit", round(allWithoutJit / articles, 3));
    r.put("jitShare", all == 0 ? 0 : round(1 - allWithoutJit / all, 3));
    return r;
  }

  static void awaitMembers(Admin admin, String group, int members, Child child) throws Exception {
    Instant deadline = Instant.now().plusSeconds(120);
    while (Instant.now().isBefore(deadline)) {
      child.checkAlive();
      try {
        var d = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
        if (d != null && d.members().size() >= members && d.groupState() == GroupState.STABLE) {
          return;
        }
      } catch (ExecutionException e) {
        // the group does not exist until its first member joins
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(
        group + " did not reach " + members + " stable member(s) in 120 s; see " + child.log);
  }

  static void awaitReady(int port, Child child) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plusSeconds(120);
    while (Instant.now().isBefore(deadline)) {
      child.checkAlive();
      try {
        if (http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(child.name + " not ready in 120 s; see " + child.log);
  }

  static Map<String, Object> storeGauges(int port) throws Exception {
    Map<String, Object> r = new LinkedHashMap<>();
    for (String line : scrape(port).split("\n")) {
      if (line.startsWith("newsflow_state_store_")) {
        String store = line.substring(line.indexOf("store=\"") + 7, line.indexOf("\"}"));
        String what = line.startsWith("newsflow_state_store_keys") ? "keys" : "bytes";
        r.put(
            store + "." + what,
            (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
      }
    }
    return r;
  }

  static String scrape(int port) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static Long percentile(List<Long> sorted, double q) {
    if (sorted.isEmpty()) {
      return null;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
  }

  static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  static double round(double v, int places) {
    double f = Math.pow(10, places);
    return Math.round(v * f) / f;
  }

  static String machine() {
    String cpu = "?";
    try {
      cpu =
          Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
              .filter(l -> l.startsWith("model name"))
              .map(l -> l.substring(l.indexOf(':') + 1).trim())
              .findFirst()
              .orElse("?");
    } catch (IOException e) {
      // not Linux
    }
    return Runtime.getRuntime().availableProcessors()
        + " cores ("
        + cpu
        + "), "
        + (Runtime.getRuntime().maxMemory() / (1 << 20))
        + " MB bench heap, Java "
        + System.getProperty("java.version");
  }

  /**
   * A stage in its own JVM, started from this benchmark's classpath; its output goes to a log file.
   */
  static final class Child implements AutoCloseable {
    final String name;
    final Process process;
    final Path log;
    final List<String> args;

    private Child(String name, Process process, Path log, List<String> args) {
      this.name = name;
      this.process = process;
      this.log = log;
      this.args = args;
    }

    static Child start(
        String name, Path work, String heap, String jvmOpts, String mainClass, List<String> args)
        throws IOException {
      List<String> cmd =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx" + heap));
      for (String o : jvmOpts.trim().split("\\s+")) {
        if (!o.isEmpty()) {
          cmd.add(o.replace("{name}", name));
        }
      }
      cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
      cmd.addAll(args);
      Path log = work.resolve(name + ".log");
      Process p =
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      return new Child(name, p, log, new ArrayList<>(args));
    }

    void checkAlive() {
      if (!process.isAlive()) {
        String tail;
        try {
          List<String> lines = Files.readAllLines(log);
          tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
          tail = "(no log)";
        }
        throw new IllegalStateException(
            name + " exited with " + process.exitValue() + ":\n" + tail);
      }
    }

    /**
     * Heap in use (from the stage's /metrics, when it serves them) and resident set size (from
     * /proc).
     */
    Map<String, Object> memory(Integer opsPort) {
      Map<String, Object> m = new LinkedHashMap<>();
      if (opsPort != null) {
        try {
          double heap = 0;
          for (String line : scrape(opsPort).split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{area=\"heap\"")) {
              heap += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
          }
          m.put("heapUsedMb", Math.round(heap / (1 << 20)));
        } catch (Exception e) {
          m.put("heapUsedMb", null);
        }
      }
      try {
        long kb =
            Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                .filter(l -> l.startsWith("VmRSS:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                .findFirst()
                .orElse(-1);
        m.put("rssMb", kb < 0 ? null : kb / 1024);
      } catch (IOException e) {
        m.put("rssMb", null);
      }
      return m;
    }

    @Override
    public void close() {
      process.destroy(); // SIGTERM: the stages close cleanly
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }
}
