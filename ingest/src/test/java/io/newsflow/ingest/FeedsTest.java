package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.avro.RawArticle;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds and pages served by a real HTTP server on 127.0.0.1 (no internet here). */
class FeedsTest {
  static final Instant T0 = Instant.parse("2025-01-17T10:00:00Z");
  final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
  HttpServer server;
  String base;
  final List<String> requests = new CopyOnWriteArrayList<>();
  final Map<String, String> conditionals = new ConcurrentHashMap<>();
  final List<Duration> waits = new CopyOnWriteArrayList<>();
  final AtomicInteger flaky = new AtomicInteger();

  static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Example</title><link>http://x</link><description>d</description>
      <item><title>Talks resume</title><link>@BASE@/news/talks</link>
        <pubDate>Wed, 15 Jan 2025 09:00:00 GMT</pubDate></item>
      <item><title>Dam breaks upstream</title><link>@BASE@/news/dam</link>
        <pubDate>Tue, 14 Jan 2025 08:30:00 GMT</pubDate><description>Short summary.</description></item>
      </channel></rss>
      """;
  static final String ATOM =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id><updated>2025-01-16T00:00:00Z</updated>
      <entry><title>Harvest up</title><link href="@BASE@/news/harvest"/><id>urn:e1</id>
        <updated>2025-01-16T07:00:00Z</updated><summary>s</summary></entry>
      </feed>
      """;
  static final String XXE =
      """
      <?xml version="1.0"?>
      <!DOCTYPE rss [<!ENTITY leak SYSTEM "file:///etc/passwd"><!ENTITY remote SYSTEM "@BASE@/secret">]>
      <rss version="2.0"><channel><title>&leak;&remote;</title><link>http://x</link><description>d</description>
      <item><title>t</title><link>@BASE@/news/dam</link></item></channel></rss>
      """;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext(
        "/",
        ex -> {
          String path = ex.getRequestURI().getPath();
          requests.add(path);
          String inm = ex.getRequestHeaders().getFirst("If-None-Match");
          if (inm != null) {
            conditionals.put(path, inm);
          }
          int status = 200;
          String type = "text/html; charset=utf-8";
          String body;
          switch (path) {
            case "/rss" -> {
              if ("\"v1\"".equals(inm)) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
              }
              ex.getResponseHeaders().add("ETag", "\"v1\"");
              type = "application/rss+xml";
              body = RSS.replace("@BASE@", base);
            }
            case "/atom" -> {
              type = "application/atom+xml";
              body = ATOM.replace("@BASE@", base);
            }
            case "/xxe" -> {
              type = "application/rss+xml";
              body = XXE.replace("@BASE@", base);
            }
            case "/loop" -> {
              ex.getResponseHeaders().add("Location", "/loop");
              status = 302;
              body = "";
            }
            case "/flaky" -> {
              status = flaky.incrementAndGet() < 3 ? 503 : 200;
              body =
                  "<html><body><h1>Finally</h1><p>It worked on the third try, officials said on Monday.</p></body></html>";
            }
            case "/stall" -> {
              // headers, a first chunk of the body, then nothing until the test ends
              ex.getResponseHeaders().add("Content-Type", "text/html");
              ex.sendResponseHeaders(200, 100_000);
              ex.getResponseBody().write("<html><body><p>Start".getBytes(StandardCharsets.UTF_8));
              ex.getResponseBody().flush();
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              ex.close();
              return;
            }
            case "/moved" -> {
              ex.getResponseHeaders().add("Location", base + "/news/dam");
              status = 301;
              body = "";
            }
            default -> {
              if (!path.startsWith("/news/")) {
                status = 404;
              }
              body =
                  "<html><head><title>"
                      + path
                      + "</title></head><body><p>Story at "
                      + path
                      + ".</p></body></html>";
            }
          }
          byte[] b = body.getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().add("Content-Type", type);
          ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
          if (b.length > 0) {
            ex.getResponseBody().write(b);
          }
          ex.close();
        });
    server.setExecutor(
        java.util.concurrent.Executors.newCachedThreadPool()); // a stalled reply holds one thread
    server.start();
  }

  final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
  }

  @Test
  @org.junit.jupiter.api.Timeout(20)
  void aBodyThatStallsAfterTheHeadersIsCutAtTheDeadline() {
    HttpFetcher f =
        new HttpFetcher(
            new HttpFetcher.Settings(
                Duration.ofSeconds(2),
                Duration.ofMillis(1500),
                3,
                0,
                Duration.ofMillis(10),
                Duration.ofMillis(1),
                1_000_000,
                "newsflow-test"),
            waits::add);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.get(base + "/stall", null, null))
        .isInstanceOf(HttpFetcher.FetchException.class)
        .hasMessageContaining("no complete response within 1500 ms");
  }

  HttpFetcher fetcher() {
    return new HttpFetcher(
        new HttpFetcher.Settings(
            Duration.ofSeconds(2),
            Duration.ofSeconds(5),
            3,
            3,
            Duration.ofMillis(10),
            Duration.ofMillis(250),
            1_000_000,
            "newsflow-test"),
        waits::add);
  }

  IngestorTest.ListSink ingest(Ingestor[] holder, Source source) {
    IngestorTest.ListSink sink = new IngestorTest.ListSink();
    holder[0] = new Ingestor(sink, new RawArticleFactory(clock, 1_000_000, false), clock);
    holder[0].run(List.of(source), n -> {});
    return sink;
  }

  @Test
  void rssItemsAreFetchedOldestFirstAsPagesWithTheFeedDateAndPolledConditionally() {
    FeedSource feeds =
        new FeedSource(List.of(new FeedSource.Feed("ex", base + "/rss")), fetcher(), clock);
    Ingestor[] ingestor = new Ingestor[1];
    IngestorTest.ListSink sink = ingest(ingestor, feeds);
    assertThat(sink.published)
        .extracting(RawArticle::getUrl)
        .containsExactly(base + "/news/dam", base + "/news/talks");
    RawArticle dam = sink.published.get(0);
    assertThat(dam.getPublishedAt()).isEqualTo(Instant.parse("2025-01-14T08:30:00Z"));
    assertThat(dam.getBody()).contains("Story at /news/dam"); // the article page, raw
    assertThat(dam.getSource()).isEqualTo("127.0.0.1");
    assertThat(dam.getIngest().getIngestor()).isEqualTo("feed");

    int before = requests.size();
    ingestor[0].run(List.of(feeds), n -> {}); // second poll: 304, nothing fetched
    assertThat(conditionals).containsEntry("/rss", "\"v1\"");
    assertThat(requests.subList(before, requests.size())).containsExactly("/rss");
    assertThat(sink.published).hasSize(2);
  }

  @Test
  void atomEntriesUseTheirUpdatedDate() {
    IngestorTest.ListSink sink =
        ingest(
            new Ingestor[1],
            new FeedSource(List.of(new FeedSource.Feed("a", base + "/atom")), fetcher(), clock));
    assertThat(sink.published)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getUrl()).isEqualTo(base + "/news/harvest");
              assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-01-16T07:00:00Z"));
            });
  }

  @Test
  void feedsWithDoctypesAreRefusedWithoutTouchingFilesOrNetwork() {
    IngestorTest.ListSink sink =
        ingest(
            new Ingestor[1],
            new FeedSource(List.of(new FeedSource.Feed("x", base + "/xxe")), fetcher(), clock));
    assertThat(sink.published).isEmpty();
    assertThat(sink.rejected)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.getReason()).isEqualTo("invalid-feed");
              assertThat(d.getMessage()).containsIgnoringCase("doctype");
            });
    assertThat(requests).containsExactly("/xxe"); // the external entity was never fetched
  }

  @Test
  void redirectsAreCappedRetriesBackOffAndErrorsBecomeDeadLetters() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    List<FeedSource.Feed> feeds =
        List.of(
            new FeedSource.Feed("loop", base + "/loop"),
            new FeedSource.Feed("missing", base + "/nope"),
            new FeedSource.Feed("down", "http://127.0.0.1:" + closedPort + "/rss"),
            new FeedSource.Feed("flaky", base + "/flaky"),
            new FeedSource.Feed("moved", base + "/moved"));
    IngestorTest.ListSink sink = ingest(new Ingestor[1], new FeedSource(feeds, fetcher(), clock));
    assertThat(sink.rejected)
        .extracting(d -> d.getMessage())
        .anySatisfy(m -> assertThat(m).contains("more than 3 redirects"))
        .anySatisfy(m -> assertThat(m).contains("HTTP 404"))
        .anySatisfy(m -> assertThat(m).contains("failed after 4 attempts"));
    assertThat(sink.rejected).allSatisfy(d -> assertThat(d.getReason()).isEqualTo("fetch-failed"));
    // the flaky page answered on its third try; a feed URL serving a page is that page; redirects
    // are followed
    assertThat(sink.published)
        .extracting(RawArticle::getUrl)
        .containsExactly(base + "/flaky", base + "/news/dam");
    assertThat(waits).contains(Duration.ofMillis(10), Duration.ofMillis(20)); // exponential backoff
  }

  @Test
  void requestsToOneHostAreSpacedOut() throws Exception {
    HttpFetcher f = fetcher();
    f.get(base + "/news/a", null, null);
    f.get(base + "/news/b", null, null);
    assertThat(waits)
        .singleElement()
        .satisfies(d -> assertThat(d).isGreaterThan(Duration.ofMillis(150)));
  }

  @Test
  void feedListsInYamlOrPlainText(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("feeds.yaml"),
        "feeds:\n  - name: ex\n    url: https://ex.example/rss\n  - https://b.example/atom\n");
    Files.writeString(
        dir.resolve("feeds.txt"),
        "# news\nhttps://ex.example/rss\n\nhttps://b.example/atom  # second\n");
    assertThat(FeedSource.load(dir.resolve("feeds.yaml")))
        .containsExactly(
            new FeedSource.Feed("ex", "https://ex.example/rss"),
            new FeedSource.Feed("b.example", "https://b.example/atom"));
    assertThat(FeedSource.load(dir.resolve("feeds.txt")))
        .extracting(FeedSource.Feed::url)
        .containsExactly("https://ex.example/rss", "https://b.example/atom");
  }

  @Test
  void aFeedListWithUnknownKeysNamesEveryOneWithItsLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("feeds.yaml");
    Files.writeString(
        f,
        "feeds:\n  - name: ex\n    uri: https://ex.example/rss\n  - url: https://b.example/atom\n"
            + "    every: 5m\n");
    assertThatThrownBy(() -> FeedSource.load(f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(f + ":3: unknown key 'uri' (known keys: name, url)")
        .hasMessageContaining(f + ":5: unknown key 'every'");
  }

  @Test
  void feedFilesAreReadOffline(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("saved.rss"), RSS.replace("@BASE@", "https://saved.example"));
    IngestorTest.ListSink sink = ingest(new Ingestor[1], new FileSource(List.of(dir), 1_000_000));
    assertThat(sink.published)
        .extracting(RawArticle::getUrl)
        .containsExactly("https://saved.example/news/dam", "https://saved.example/news/talks");
    assertThat(sink.published.get(0).getBody())
        .contains("<h1>Dam breaks upstream</h1>", "Short summary.");
    assertThat(requests).isEmpty();
  }

  @Test
  @SuppressWarnings("try") // closes the folder while the ingestor runs: the case under test
  void aWatchedFolderPicksUpFilesAsTheyLand(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("before.txt"), "Already here.");
    IngestorTest.ListSink sink = new IngestorTest.ListSink();
    List<RawArticle> seen = new CopyOnWriteArrayList<>();
    RawSink collecting =
        new RawSink() {
          @Override
          public void publish(RawArticle a) {
            seen.add(a);
          }

          @Override
          public void reject(io.newsflow.avro.DeadLetter d) {
            sink.reject(d);
          }

          @Override
          public void flush() {}
        };
    IngestLimits limits = IngestLimits.of(1_000_000);
    try (WatchedFolder folder =
        new WatchedFolder(
            dir,
            new FileSource(List.of(dir), FileSource.DEFAULT_INCLUDES, List.of(), limits),
            limits,
            Duration.ofMillis(100))) {
      Thread t =
          new Thread(
              () ->
                  new Ingestor(collecting, new RawArticleFactory(clock, 1_000_000, false), clock)
                      .run(List.of(folder), n -> {}));
      t.start();
      await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 1);
      Files.writeString(dir.resolve("new.html"), "<p>Just landed.</p>");
      Files.writeString(dir.resolve("ignored.md"), "not a page");
      // a copy that pauses between its chunks (shorter pauses than the settle period) is read once,
      // whole
      Path slow = dir.resolve("slow.txt");
      try (var out = Files.newOutputStream(slow)) {
        for (int i = 0; i < 6; i++) {
          out.write(
              ("chunk " + i + " of a slow copy. ")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8));
          out.flush();
          Thread.sleep(40); // the writer's pace, not a wait for the code under test
        }
      }
      await().atMost(Duration.ofSeconds(20)).until(() -> seen.size() == 3);
      folder.close();
      t.join(10_000);
      assertThat(t.isAlive()).isFalse();
    }
    assertThat(seen)
        .extracting(a -> a.getUrl().substring(a.getUrl().lastIndexOf('/') + 1))
        .containsExactly("before.txt", "new.html", "slow.txt");
    assertThat(seen.get(2).getBody()).endsWith("chunk 5 of a slow copy. ");
  }
}
