package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.RawArticle;
import io.newsflow.serde.AvroJson;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class ArchivesTest {
  static final Instant T0 = Instant.parse("2025-01-17T10:00:00Z");
  final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
  @TempDir Path dir;

  IngestorTest.ListSink ingest(IngestLimits limits, boolean replay, Path... roots) {
    IngestorTest.ListSink sink = new IngestorTest.ListSink();
    new Ingestor(sink, new RawArticleFactory(clock, limits.maxBytes(), replay), clock)
        .run(
            List.of(new FileSource(List.of(roots), FileSource.DEFAULT_INCLUDES, List.of(), limits)),
            n -> {});
    return sink;
  }

  static RawArticle raw(String id, Instant published) {
    return AvroJson.fromJson(
        AvroJson.toJson(
            io.newsflow.avro.RawArticle.newBuilder()
                .setId(id)
                .setSource("s")
                .setUrl("https://s.example/" + id)
                .setContentType("text/plain")
                .setBody("Body of " + id)
                .setFetchedAt(published.plusSeconds(60))
                .setPublishedAt(published)
                .setIngest(
                    io.newsflow.avro.IngestMetadata.newBuilder()
                        .setIngestedAt(T0)
                        .setIngestor("file")
                        .setOrigin("x")
                        .setSizeBytes(9)
                        .setContentHash("h")
                        .build())
                .build()),
        RawArticle.class);
  }

  static String line(RawArticle a) {
    return "{\"key\":\"" + a.getId() + "\",\"value\":" + AvroJson.toJson(a) + "}";
  }

  @Test
  void jsonLinesArchivesKeepIdsAndTimesAndRejectMalformedLines() throws Exception {
    RawArticle a = raw("a", T0.minusSeconds(3600));
    RawArticle b = raw("b", T0.minusSeconds(7200));
    Files.writeString(
        dir.resolve("raw.jsonl"),
        line(a) + "\n{not json\n\n" + AvroJson.toJson(b) + "\n{\"value\":{\"id\":1}}\n");
    IngestorTest.ListSink sink = ingest(IngestLimits.of(1_000_000), false, dir);
    assertThat(sink.published).containsExactly(a, b);
    assertThat(sink.rejected)
        .extracting(d -> d.getReason())
        .containsExactly("malformed-json", "malformed-json");
    assertThat(sink.rejected.get(0).getOrigin()).endsWith("raw.jsonl:2");
    assertThat(sink.rejected.get(1).getOrigin()).endsWith("raw.jsonl:5");
  }

  @Test
  void gzipArchivesAreReadAndBombsStopAtTheCap() throws Exception {
    RawArticle a = raw("a", T0);
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("ok.jsonl.gz")))) {
      out.write((line(a) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("bomb.jsonl.gz")))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) { // 64 MiB of zeros: a few KB compressed
        out.write(zeros);
      }
    }
    assertThat(Files.size(dir.resolve("bomb.jsonl.gz"))).isLessThan(200_000);
    IngestorTest.ListSink sink = ingest(new IngestLimits(100_000, 10_000_000), false, dir);
    assertThat(sink.published).containsExactly(a);
    assertThat(sink.rejected).extracting(d -> d.getReason()).contains("decompression-cap");
  }

  @Test
  void replayMarksArchivedRecordsReplayed() throws Exception {
    Files.writeString(dir.resolve("raw.jsonl"), line(raw("a", T0)) + "\n");
    assertThat(
            ingest(IngestLimits.of(1_000_000), true, dir).published.get(0).getIngest().getReplay())
        .isTrue();
  }

  static byte[] httpResponse(String contentType, String body) {
    return httpResponse(contentType, body, StandardCharsets.UTF_8);
  }

  static byte[] httpResponse(String contentType, String body, java.nio.charset.Charset cs) {
    byte[] b = body.getBytes(cs);
    byte[] head =
        ("HTTP/1.1 200 OK\r\nContent-Type: "
                + contentType
                + "\r\nContent-Length: "
                + b.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] out = java.util.Arrays.copyOf(head, head.length + b.length);
    System.arraycopy(b, 0, out, head.length, b.length);
    return out;
  }

  static void warc(Path file, WarcCompression compression) throws Exception {
    try (WarcWriter w =
        new WarcWriter(
            Files.newByteChannel(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE),
            compression)) {
      w.write(
          new WarcResponse.Builder(URI.create("https://news.example/a"))
              .date(Instant.parse("2024-05-01T12:00:00Z"))
              .body(
                  MediaType.HTTP_RESPONSE,
                  httpResponse(
                      "text/html; charset=utf-8",
                      "<html><body><h1>Quake</h1><p>A quake struck.</p></body></html>"))
              .build());
      w.write(
          new WarcResponse.Builder(URI.create("https://news.example/logo.png"))
              .date(Instant.parse("2024-05-01T12:00:01Z"))
              .body(MediaType.HTTP_RESPONSE, httpResponse("image/png", "PNG"))
              .build());
      w.write(
          new WarcResponse.Builder(URI.create("https://news.example/b"))
              .date(Instant.parse("2024-05-01T13:00:00Z"))
              .body(
                  MediaType.HTTP_RESPONSE,
                  httpResponse(
                      "text/html; charset=windows-1252",
                      "<html><head><meta property='article:published_time' content='2024-04-30T08:00:00Z'></head>"
                          + "<body><p>Caf\u00e9 news.</p></body></html>",
                      StandardCharsets.ISO_8859_1))
              .build());
    }
  }

  @Test
  void warcResponsesBecomePagesWithTargetUriAndDate() throws Exception {
    warc(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);
    IngestorTest.ListSink sink = ingest(IngestLimits.of(1_000_000), false, dir);
    assertThat(sink.published).hasSize(2); // the image is not news
    RawArticle a = sink.published.get(0);
    assertThat(a.getUrl()).isEqualTo("https://news.example/a");
    assertThat(a.getSource()).isEqualTo("news.example");
    assertThat(a.getContentType()).isEqualTo("text/html");
    assertThat(a.getFetchedAt()).isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
    assertThat(RawArticleFactory.eventTime(a)).isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
    RawArticle b = sink.published.get(1);
    assertThat(b.getPublishedAt())
        .isEqualTo(Instant.parse("2024-04-30T08:00:00Z")); // the page's own date wins
    assertThat(b.getIngest().getCharset()).isEqualTo("windows-1252");
  }

  @Test
  void aTruncatedWarcYieldsWhatItHoldsAndAFailure() throws Exception {
    Path whole = dir.resolve("whole.warc");
    warc(whole, WarcCompression.NONE);
    byte[] bytes = Files.readAllBytes(whole);
    Files.delete(whole);
    Files.write(dir.resolve("cut.warc"), java.util.Arrays.copyOf(bytes, bytes.length - 40));
    IngestorTest.ListSink sink = ingest(IngestLimits.of(1_000_000), false, dir);
    assertThat(sink.published).hasSize(1);
    assertThat(sink.rejected).extracting(d -> d.getReason()).containsExactly("truncated-warc");
  }

  /**
   * Three pages a, c, d around a middle record m, written with jwarc; returns the bytes of each
   * record.
   */
  static List<byte[]> fourRecords(WarcCompression compression) throws Exception {
    List<byte[]> out = new ArrayList<>();
    for (String name : List.of("a", "m", "c", "d")) {
      Path one = Files.createTempFile("rec", ".warc");
      Files.delete(one);
      try (WarcWriter w =
          new WarcWriter(
              Files.newByteChannel(
                  one,
                  java.nio.file.StandardOpenOption.CREATE,
                  java.nio.file.StandardOpenOption.WRITE),
              compression)) {
        w.write(
            new WarcResponse.Builder(URI.create("https://news.example/" + name))
                .date(Instant.parse("2024-05-01T12:00:00Z"))
                .body(
                    MediaType.HTTP_RESPONSE,
                    httpResponse(
                        "text/html; charset=utf-8",
                        "<html><body><p>Story "
                            + name
                            + " with enough words to be a page.</p></body></html>"))
                .build());
      }
      out.add(Files.readAllBytes(one));
      Files.delete(one);
    }
    return out;
  }

  private static byte[] concat(List<byte[]> parts) {
    java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
    parts.forEach(o::writeBytes);
    return o.toByteArray();
  }

  private List<String> publishedPaths() throws Exception {
    IngestorTest.ListSink sink = ingest(IngestLimits.of(1_000_000), false, dir);
    lastRejected = sink.rejected.stream().map(d -> d.getReason() + " " + d.getMessage()).toList();
    return sink.published.stream()
        .map(a -> a.getUrl().substring(a.getUrl().lastIndexOf('/') + 1))
        .toList();
  }

  private List<String> lastRejected = List.of();

  @Test
  void aDamagedGzipMemberCostsThatRecordOnlyAndIsCounted() throws Exception {
    List<byte[]> r = fourRecords(WarcCompression.GZIP);
    byte[] m = r.get(1).clone();
    m[m.length / 2] ^= 0x55; // flip bits inside the deflate data of the middle record
    Files.write(dir.resolve("damaged.warc.gz"), concat(List.of(r.get(0), m, r.get(2), r.get(3))));
    assertThat(publishedPaths()).containsExactly("a", "c", "d");
    assertThat(lastRejected)
        .singleElement()
        .asString()
        .startsWith("truncated-warc")
        .contains("damaged gzip member");
  }

  @Test
  void aTruncatedGzipMemberInTheMiddleCostsThatRecordOnly() throws Exception {
    List<byte[]> r = fourRecords(WarcCompression.GZIP);
    byte[] cut = java.util.Arrays.copyOf(r.get(1), r.get(1).length / 2);
    Files.write(dir.resolve("cut.warc.gz"), concat(List.of(r.get(0), cut, r.get(2), r.get(3))));
    assertThat(publishedPaths()).containsExactly("a", "c", "d");
    assertThat(lastRejected).hasSize(1);
  }

  private static byte[] withContentLength(
      byte[] record, java.util.function.LongUnaryOperator change) {
    String s = new String(record, StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher cl =
        java.util.regex.Pattern.compile("Content-Length: (\\d+)").matcher(s);
    assertThat(cl.find()).isTrue();
    long n = Long.parseLong(cl.group(1));
    return (s.substring(0, cl.start(1)) + change.applyAsLong(n) + s.substring(cl.end(1)))
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void aContentLengthTooLongDoesNotSwallowTheRecordsAfterIt() throws Exception {
    List<byte[]> r = fourRecords(WarcCompression.NONE);
    byte[] m = withContentLength(r.get(1), n -> n + 200);
    Files.write(dir.resolve("long.warc"), concat(List.of(r.get(0), m, r.get(2), r.get(3))));
    assertThat(publishedPaths()).containsExactly("a", "c", "d");
    assertThat(lastRejected).singleElement().asString().contains("Content-Length");
  }

  @Test
  void aContentLengthTooShortIsRefusedNotPublishedTruncated() throws Exception {
    List<byte[]> r = fourRecords(WarcCompression.NONE);
    byte[] m = withContentLength(r.get(1), n -> n - 30);
    Files.write(dir.resolve("short.warc"), concat(List.of(r.get(0), m, r.get(2), r.get(3))));
    assertThat(publishedPaths()).containsExactly("a", "c", "d");
    assertThat(lastRejected).singleElement().asString().contains("Content-Length");
  }

  @Test
  void aBlockDigestThatDoesNotMatchIsRefused() throws Exception {
    List<byte[]> r = fourRecords(WarcCompression.NONE);
    String m = new String(r.get(1), StandardCharsets.ISO_8859_1);
    if (!m.contains("WARC-Block-Digest")) {
      // jwarc did not write a digest: add one that cannot match
      m =
          m.replaceFirst(
              "\r\n\r\n", "\r\nWARC-Block-Digest: sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n\r\n");
    } else {
      m =
          m.replaceFirst(
              "WARC-Block-Digest: sha1:[A-Z2-7]+",
              "WARC-Block-Digest: sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    }
    Files.write(
        dir.resolve("digest.warc"),
        concat(List.of(r.get(0), m.getBytes(StandardCharsets.ISO_8859_1), r.get(2), r.get(3))));
    assertThat(publishedPaths()).containsExactly("a", "c", "d");
    assertThat(lastRejected).singleElement().asString().contains("WARC-Block-Digest");
  }

  @Test
  void aCorrectBlockDigestIsAccepted() throws Exception {
    List<byte[]> r = fourRecords(WarcCompression.NONE);
    String m = new String(r.get(1), StandardCharsets.ISO_8859_1);
    int headerEnd = m.indexOf("\r\n\r\n") + 4;
    int blockEnd = m.length() - 4;
    byte[] block = java.util.Arrays.copyOfRange(r.get(1), headerEnd, blockEnd);
    String digest = "sha1:" + WarcRecords.sha1Base32(block, 0, block.length);
    m = m.replaceFirst("WARC-Block-Digest: [^\r]+\r\n", "");
    m =
        m.substring(0, m.indexOf("\r\n\r\n"))
            + "\r\nWARC-Block-Digest: "
            + digest
            + m.substring(m.indexOf("\r\n\r\n"));
    Files.write(
        dir.resolve("good.warc"),
        concat(List.of(r.get(0), m.getBytes(StandardCharsets.ISO_8859_1), r.get(2), r.get(3))));
    assertThat(publishedPaths()).containsExactly("a", "m", "c", "d");
    assertThat(lastRejected).isEmpty();
  }

  @Test
  void eventTimeOrderSortsAcrossArchivesAndSpilledRuns() throws Exception {
    List<RawArticle> all = new ArrayList<>();
    StringBuilder one = new StringBuilder();
    StringBuilder two = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      RawArticle a = raw("x" + i, T0.plusSeconds((i * 7919L) % 101)); // scrambled times
      all.add(a);
      (i % 2 == 0 ? one : two).append(line(a)).append('\n');
    }
    Files.writeString(dir.resolve("one.jsonl"), one.toString());
    Files.writeString(dir.resolve("two.jsonl"), two.toString());
    RawArticleFactory factory = new RawArticleFactory(clock, 1_000_000, true);
    List<Source> files =
        List.of(
            new FileSource(List.of(dir.resolve("one.jsonl")), 1_000_000),
            new FileSource(List.of(dir.resolve("two.jsonl")), 1_000_000));
    List<RawArticle> out = new ArrayList<>();
    new EventTimeOrder(files, factory, dir, 4)
        .read(i -> out.add(((SourceItem.Archived) i).article()));
    assertThat(out).hasSize(25);
    assertThat(out).extracting(a -> a.getPublishedAt()).isSorted();
    assertThat(out).allSatisfy(a -> assertThat(a.getIngest().getReplay()).isTrue());
    assertThat(Files.list(dir).filter(p -> p.getFileName().toString().startsWith("replay-run-")))
        .isEmpty();
  }

  @Test
  void pacingAtARateWaitsBetweenRecords() {
    List<java.time.Duration> waits = new ArrayList<>();
    Pacer p = new Pacer(10, 0, clock, waits::add);
    for (int i = 0; i < 5; i++) {
      p.waitFor(raw("p" + i, T0));
    }
    assertThat(waits)
        .containsExactly(
            java.time.Duration.ofMillis(100),
            java.time.Duration.ofMillis(200),
            java.time.Duration.ofMillis(300),
            java.time.Duration.ofMillis(400));
  }

  @Test
  void aRatePacesPagesToo() {
    List<java.time.Duration> waits = new ArrayList<>();
    List<SourceItem> passed = new ArrayList<>();
    java.util.function.Consumer<SourceItem> paced =
        new Pacer(10, 0, clock, waits::add).pace(passed::add);
    for (int i = 0; i < 3; i++) {
      paced.accept(
          new InputDocument(
              "file", "p" + i, null, "s", "text/plain", null, new byte[] {'x'}, 1, null, null));
    }
    assertThat(passed).hasSize(3);
    assertThat(waits)
        .containsExactly(java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(200));
  }

  @Test
  void pacingAtASpeedFollowsEventTimeGaps() {
    List<java.time.Duration> waits = new ArrayList<>();
    Pacer p = new Pacer(0, 60, clock, waits::add);
    p.waitFor(raw("a", T0));
    p.waitFor(raw("b", T0.plusSeconds(60)));
    p.waitFor(raw("c", T0.plusSeconds(600)));
    assertThat(waits)
        .containsExactly(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(10));
  }

  @Test
  void aLongGapUnderASpeedIsCutToTheMaxGapAndSaid() {
    List<java.time.Duration> waits = new ArrayList<>();
    List<String> said = new ArrayList<>();
    // a clock that moves as the pacer sleeps
    java.util.concurrent.atomic.AtomicReference<Instant> now =
        new java.util.concurrent.atomic.AtomicReference<>(T0);
    java.time.Clock moving =
        new java.time.Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
          }

          @Override
          public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now.get();
          }
        };
    Pacer p =
        new Pacer(
                0,
                60,
                moving,
                d -> {
                  waits.add(d);
                  now.set(now.get().plus(d));
                })
            .withMaxWait(java.time.Duration.ofSeconds(60), said::add);
    p.waitFor(raw("a", T0));
    p.waitFor(raw("b", T0.plus(java.time.Duration.ofDays(3)))); // 3 days / 60 = 72 minutes
    p.waitFor(
        raw("c", T0.plus(java.time.Duration.ofDays(3)).plusSeconds(600))); // then the usual pace
    assertThat(waits)
        .containsExactly(java.time.Duration.ofSeconds(60), java.time.Duration.ofSeconds(10));
    assertThat(said)
        .singleElement()
        .asString()
        .contains("gap of 3 d 0 h", "waiting 1 min 0 s instead of 1 h 12 min");
  }
}
