package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.registry.HttpSchemaRegistryClient;
import io.newsflow.runtime.StreamsStage;
import io.newsflow.runtime.TopicReader;
import io.newsflow.serde.NewsflowSerdes;
import io.newsflow.topics.TopicCatalog;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Every input format through the launcher on real brokers, and a replay that reproduces the
 * original decisions.
 */
class IngestFormatsIT {
  static String page(String title, String... paragraphs) {
    StringBuilder sb =
        new StringBuilder("<html><body><nav>Home | World</nav><article><h1>" + title + "</h1>");
    for (String p : paragraphs) {
      sb.append("<p>").append(p).append("</p>");
    }
    return sb.append("</article><footer>Copyright Example</footer></body></html>").toString();
  }

  static final String[] FERRY = {
    "A ferry carrying more than 200 passengers ran aground off the coast of Zanzibar on Sunday, officials said.",
    "Coast guard vessels and fishing boats helped bring all passengers ashore, and no injuries were reported.",
    "The operator said the vessel had lost engine power in rough seas and would be towed to port for repairs.",
  };
  static final String[] MINE = {
    "Rescuers in Chile reached seven miners trapped underground after a tunnel collapse at a copper mine on Friday.",
    "The miners were in good health and would be brought to the surface over the next day, the mining minister said.",
    "Mining is the backbone of the Chilean economy, which is the largest copper producer in the world.",
  };
  static final String[] WARC_STORY = {
    "Farmers in northern India began the wheat harvest early this year after a spell of unusually warm weather.",
    "Agricultural officials said yields could fall by up to ten per cent in the worst affected districts.",
    "The government has promised to buy grain at a guaranteed price to protect farm incomes from the losses.",
  };

  static byte[] http(String html) {
    byte[] b = html.getBytes(StandardCharsets.UTF_8);
    byte[] head =
        ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + b.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] out = java.util.Arrays.copyOf(head, head.length + b.length);
    System.arraycopy(b, 0, out, head.length, b.length);
    return out;
  }

  @Test
  void demoTakesEveryFormatWithTheRightCountsAndTimes(@TempDir Path in, @TempDir Path out)
      throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext(
        "/",
        ex -> {
          String path = ex.getRequestURI().getPath();
          byte[] b =
              (path.equals("/feed.xml")
                      ? "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>"
                          + base
                          + "</link>"
                          + "<description>d</description><item><title>Mine rescue</title><link>"
                          + base
                          + "/mine</link>"
                          + "<pubDate>Fri, 07 Mar 2025 18:00:00 GMT</pubDate></item></channel></rss>"
                      : page("Miners reached after collapse", MINE))
                  .getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders()
              .add("Content-Type", path.equals("/feed.xml") ? "application/rss+xml" : "text/html");
          ex.sendResponseHeaders(200, b.length);
          ex.getResponseBody().write(b);
          ex.close();
        });
    server.start();
    try {
      // a page, a JSON-lines archive (plain and gzip), a WARC, a saved feed, and a live feed URL
      Files.writeString(
          in.resolve("a-ferry.html"),
          page("Ferry runs aground off Zanzibar", FERRY)
              .replace(
                  "<html>",
                  "<html><head><meta property='article:published_time' content='2025-03-02T06:00:00Z'></head>"));
      String archived =
          "{\"key\":\"arch-1\",\"value\":{\"id\":\"arch-1\",\"source\":\"archive.example\",\"url\":"
              + "\"https://archive.example/1\",\"contentType\":\"text/plain\",\"body\":\"Quarry blast\\n\\n"
              + "A blast at a quarry near the city shook buildings on Thursday, residents said, but no one was hurt.\\n\\n"
              + "Police said the quarry operator had permission for the blast but had not warned nearby schools.\","
              + "\"fetchedAt\":\"2025-03-01T10:00:00Z\",\"publishedAt\":\"2025-03-01T09:00:00Z\",\"ingest\":{\"ingestedAt\":"
              + "\"2025-03-01T10:00:01Z\",\"ingestor\":\"file\",\"origin\":\"x\",\"replay\":false,\"sizeBytes\":10,"
              + "\"contentHash\":\"h\",\"charset\":\"UTF-8\",\"version\":\"old\"}}}";
      Files.writeString(in.resolve("b-archive.jsonl"), archived + "\n{broken\n");
      try (OutputStream o =
          new GZIPOutputStream(Files.newOutputStream(in.resolve("c-archive.jsonl.gz")))) {
        o.write(
            (archived
                        .replace("arch-1", "arch-2")
                        .replace("archive.example/1", "archive.example/2")
                        .replace("Quarry blast", "Quarry blast again")
                        .replace("no one was hurt", "nobody was hurt at all")
                    + "\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      try (WarcWriter w =
          new WarcWriter(
              Files.newByteChannel(
                  in.resolve("d-crawl.warc.gz"),
                  java.nio.file.StandardOpenOption.CREATE,
                  java.nio.file.StandardOpenOption.WRITE),
              WarcCompression.GZIP)) {
        w.write(
            new WarcResponse.Builder(URI.create("https://india.example/harvest"))
                .date(Instant.parse("2025-03-03T12:00:00Z"))
                .body(
                    MediaType.HTTP_RESPONSE,
                    http(page("Early harvest as heat arrives", WARC_STORY)))
                .build());
      }
      Files.writeString(
          in.resolve("e-saved.rss"),
          "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
              + "<link>https://z.example</link><description>d</description><item><title>Ferry aground</title>"
              + "<link>https://z.example/ferry</link><pubDate>Sun, 02 Mar 2025 07:00:00 GMT</pubDate><description><![CDATA["
              + String.join(
                  " ", java.util.Arrays.stream(FERRY).map(p -> "<p>" + p + "</p>").toList())
              + "]]></description></item></channel></rss>");

      MainTest.Run run =
          MainTest.run(
              "demo",
              "--input",
              in.toString(),
              base + "/feed.xml",
              "--out",
              out.toString(),
              "--rules",
              Path.of("../config/rules.yaml").toString());
      int code = run.code();
      String printed = run.out();
      assertThat(code).as(printed).isZero();

      List<JsonNode> raw = DemoIT.lines(out.resolve("news.raw.jsonl"));
      Map<String, JsonNode> byUrl =
          raw.stream()
              .collect(
                  Collectors.toMap(
                      n -> n.path("value").path("url").asText(), n -> n.path("value")));
      assertThat(byUrl).hasSize(6);
      assertThat(byUrl.keySet())
          .contains(
              "https://archive.example/1",
              "https://india.example/harvest",
              "https://z.example/ferry",
              base + "/mine");
      assertThat(byUrl.get("https://archive.example/1").path("publishedAt").asText())
          .isEqualTo("2025-03-01T09:00:00Z");
      assertThat(byUrl.get("https://archive.example/1").path("ingest").path("version").asText())
          .isEqualTo("old");
      assertThat(byUrl.get("https://india.example/harvest").path("fetchedAt").asText())
          .isEqualTo("2025-03-03T12:00:00Z");
      assertThat(byUrl.get(base + "/mine").path("publishedAt").asText())
          .isEqualTo("2025-03-07T18:00:00Z");
      assertThat(byUrl.get("https://z.example/ferry").path("publishedAt").asText())
          .isEqualTo("2025-03-02T07:00:00Z");
      JsonNode ferry =
          byUrl.values().stream()
              .filter(v -> v.path("url").asText().endsWith("a-ferry.html"))
              .findFirst()
              .orElseThrow();
      assertThat(ferry.path("publishedAt").asText()).isEqualTo("2025-03-02T06:00:00Z");

      // the saved feed's item is the same report as the ferry page; the two quarry archives are
      // near-duplicates
      List<JsonNode> dups = DemoIT.lines(out.resolve("news.duplicates.jsonl"));
      // on failure, what the run printed and every decision it took, to tell a missed copy from a
      // dead letter or a late decision
      String decisions =
          printed
              + "\nenriched: "
              + DemoIT.lines(out.resolve("news.enriched.jsonl")).stream()
                  .map(n -> n.path("value").path("url").asText())
                  .toList()
              + "\ndead letters: "
              + DemoIT.lines(out.resolve("news.dlq.jsonl")).stream()
                  .map(n -> n.path("value").path("reason") + " " + n.path("value").path("message"))
                  .toList();
      assertThat(dups)
          .as(decisions)
          .extracting(n -> n.path("value").path("url").asText())
          .containsExactlyInAnyOrder("https://z.example/ferry", "https://archive.example/2");
      assertThat(DemoIT.lines(out.resolve("news.enriched.jsonl"))).hasSize(4);
      assertThat(DemoIT.lines(out.resolve("news.dlq.jsonl")))
          .singleElement()
          .satisfies(
              n -> assertThat(n.path("value").path("reason").asText()).isEqualTo("malformed-json"));
    } finally {
      server.stop(0);
    }
  }

  /** Decisions of one namespace: enriched ids and duplicate -> canonical. */
  record Decisions(List<String> enriched, Map<String, String> duplicates) {}

  Decisions enrichAndCollect(String ns, Path state) throws Exception {
    NewsflowConfig config =
        NewsflowConfig.defaults()
            .with(
                Map.of(
                    "bootstrap.servers",
                    SharedBroker.kafka().bootstrapServers(),
                    "registry.url",
                    SharedBroker.registry().url(),
                    "topic.prefix",
                    ns + ".",
                    "application.id.prefix",
                    ns + "-newsflow",
                    "topic.partitions",
                    "1",
                    "state.dir",
                    state.resolve(ns).toString()));
    TopicCatalog topics =
        new TopicCatalog(
            ns + ".",
            new NewsflowSerdes(new HttpSchemaRegistryClient(config.registrySettings()), true));
    TopicReader reader = new TopicReader(config.kafkaClientProps(), topics.serdes().generic());
    Map<TopicPartition, Long> ends = new java.util.HashMap<>();
    reader
        .readAll(topics.raw().name(), Duration.ofSeconds(30))
        .forEach(
            l -> ends.merge(new TopicPartition(l.topic(), l.partition()), l.offset(), Math::max));
    try (StreamsStage enrich =
            new StreamsStage("enrich", EnrichTopology.build(config, topics), config);
        Admin admin = Admin.create(config.kafkaClientProps())) {
      enrich.start();
      Completion.awaitCommitted(
          admin,
          enrich.applicationId(),
          ends,
          Duration.ofSeconds(120),
          enrich::checkHealthy,
          b -> {});
      Completion.awaitEnrichDecided(
          admin,
          config.kafkaClientProps(),
          enrich.applicationId(),
          Duration.ofSeconds(120),
          enrich::checkHealthy);
    }
    List<String> enriched =
        reader.readAll(topics.enriched().name(), Duration.ofSeconds(30)).stream()
            .map(TopicReader.Line::key)
            .sorted()
            .toList();
    Map<String, String> dups = new TreeMap<>();
    reader
        .readAll(topics.duplicates().name(), Duration.ofSeconds(30))
        .forEach(l -> dups.put(l.key(), l.value().get("canonicalId").toString()));
    return new Decisions(enriched, dups);
  }

  static int cli(String... args) {
    return Main.run(args);
  }

  @Test
  void aReplayOfAnExportedArchiveGivesTheSameDecisions(@TempDir Path pages, @TempDir Path state)
      throws Exception {
    String bs = SharedBroker.kafka().bootstrapServers();
    String reg = SharedBroker.registry().url();
    String run = "rt" + System.nanoTime();
    // inputs in event-time order (files are written in name order, so their times ascend too)
    for (Path s : Files.list(DemoITSupport.samples()).sorted().toList()) {
      Files.copy(s, pages.resolve(s.getFileName()));
    }
    Files.writeString(pages.resolve("x-copy.html"), page("Ferry runs aground", FERRY));
    Files.writeString(
        pages.resolve("y-copy-again.txt"),
        "Ferry aground\n\nZANZIBAR (AFP) - " + String.join("\n\n", FERRY));
    assertThat(
            cli(
                "ingest",
                pages.toString(),
                "-b",
                bs,
                "--registry-url",
                reg,
                "--namespace",
                run + "a",
                "-D",
                "topic.partitions=1"))
        .isZero();
    Decisions original = enrichAndCollect(run + "a", state);
    assertThat(original.enriched())
        .as(original.toString())
        .hasSize(9); // 8 sample articles and the ferry report
    assertThat(original.duplicates()).hasSize(1);

    Path archive = pages.resolve("raw-archive.jsonl.gz");
    // --namespace names the topic's namespace, as everywhere else: news.raw under it is
    // <ns>.news.raw
    assertThat(
            cli(
                "archive",
                "--topic",
                "news.raw",
                "--namespace",
                run + "a",
                "--to",
                archive.toString(),
                "-b",
                bs,
                "--registry-url",
                reg))
        .isZero();
    MainTest.Run tailed =
        MainTest.run(
            "tail",
            "news.raw",
            "--namespace",
            run + "a",
            "--max",
            "1",
            "-b",
            bs,
            "--registry-url",
            reg);
    assertThat(tailed.code()).as(tailed.err()).isZero();
    assertThat(tailed.out().lines().filter(l -> l.startsWith("{\"key\"")).count()).isEqualTo(1);
    assertThat(
            cli(
                "replay",
                archive.toString(),
                "--rate",
                "1000",
                "-b",
                bs,
                "--registry-url",
                reg,
                "--namespace",
                run + "b",
                "-D",
                "topic.partitions=1"))
        .isZero();
    Decisions replayed = enrichAndCollect(run + "b", state);
    NewsflowConfig dbg =
        NewsflowConfig.defaults().with(Map.of("bootstrap.servers", bs, "registry.url", reg));
    TopicReader dbgReader =
        new TopicReader(
            dbg.kafkaClientProps(),
            new NewsflowSerdes(new HttpSchemaRegistryClient(dbg.registrySettings()), false)
                .generic());
    java.util.function.Supplier<String> why =
        () ->
            "raw a: "
                + dbgReader.readAll(run + "a.news.raw", Duration.ofSeconds(30)).stream()
                    .map(TopicReader.Line::key)
                    .toList()
                + "\nraw b: "
                + dbgReader.readAll(run + "b.news.raw", Duration.ofSeconds(30)).stream()
                    .map(TopicReader.Line::key)
                    .toList()
                + "\ndlq b: "
                + dbgReader.readAll(run + "b.news.dlq", Duration.ofSeconds(30)).stream()
                    .map(TopicReader.Line::json)
                    .toList();
    assertThat(replayed).as(why).isEqualTo(original);

    // replayed records keep their event times and say they were replayed
    NewsflowConfig cfg =
        NewsflowConfig.defaults().with(Map.of("bootstrap.servers", bs, "registry.url", reg));
    TopicReader reader =
        new TopicReader(
            cfg.kafkaClientProps(),
            new NewsflowSerdes(new HttpSchemaRegistryClient(cfg.registrySettings()), false)
                .generic());
    Map<String, String> times = new TreeMap<>();
    reader
        .readAll(run + "a.news.raw", Duration.ofSeconds(30))
        .forEach(l -> times.put(l.key(), String.valueOf(l.value().get("fetchedAt"))));
    reader
        .readAll(run + "b.news.raw", Duration.ofSeconds(30))
        .forEach(
            l -> {
              assertThat(
                      ((org.apache.avro.generic.GenericRecord) l.value().get("ingest"))
                          .get("replay"))
                  .isEqualTo(true);
              assertThat(String.valueOf(l.value().get("fetchedAt"))).isEqualTo(times.get(l.key()));
            });
    assertThat(reader.readAll(run + "b.news.raw", Duration.ofSeconds(30))).hasSize(times.size());
  }
}
