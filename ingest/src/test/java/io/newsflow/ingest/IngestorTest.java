package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
  static final Instant T0 = Instant.parse("2025-01-17T10:00:00Z");
  final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
  @TempDir Path dir;

  /** Collects what ingest publishes. */
  static final class ListSink implements RawSink {
    final List<RawArticle> published = new ArrayList<>();
    final List<DeadLetter> rejected = new ArrayList<>();
    int flushes;

    @Override
    public void publish(RawArticle article) {
      published.add(article);
    }

    @Override
    public void reject(DeadLetter deadLetter) {
      rejected.add(deadLetter);
    }

    @Override
    public void flush() {
      flushes++;
    }
  }

  Path page(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  IngestSummary ingest(ListSink sink, long maxBytes, Path... roots) {
    return new Ingestor(sink, new RawArticleFactory(clock, maxBytes, false), clock)
        .run(List.of(new FileSource(List.of(roots), maxBytes)), n -> {});
  }

  @Test
  void implausibleStatedDatesAreSetAsideNotPublishedAsEventTimes() throws Exception {
    page(
        "zero.html",
        "<html><head><script type=\"application/ld+json\">{\"datePublished\": \"0001-01-01T00:00:00Z\"}"
            + "</script></head><body><p>A page with a placeholder date.</p></body></html>");
    page(
        "ahead.html",
        "<html><head><meta property=\"article:published_time\" content=\"2025-01-20T10:00:00Z\">"
            + "</head><body><p>A page dated three days ahead.</p></body></html>");
    page(
        "slip.html",
        "<html><head><meta property=\"article:published_time\" content=\"2025-01-17T13:00:00Z\">"
            + "</head><body><p>A page three hours ahead: a time-zone slip, kept.</p></body></html>");
    ListSink sink = new ListSink();
    IngestSummary s = ingest(sink, 1_000_000, dir);

    assertThat(s.published()).isEqualTo(3);
    assertThat(s.rejected()).isZero();
    Map<String, RawArticle> byName = new java.util.HashMap<>();
    sink.published.forEach(
        a -> byName.put(a.getUrl().substring(a.getUrl().lastIndexOf('/') + 1), a));
    assertThat(byName.get("zero.html").getPublishedAt()).isNull();
    assertThat(byName.get("zero.html").getIngest().getStatedTime())
        .isEqualTo("publishedAt=0001-01-01T00:00:00Z");
    assertThat(byName.get("ahead.html").getPublishedAt()).isNull();
    assertThat(byName.get("ahead.html").getIngest().getStatedTime())
        .isEqualTo("publishedAt=2025-01-20T10:00:00Z");
    assertThat(byName.get("slip.html").getPublishedAt())
        .isEqualTo(Instant.parse("2025-01-17T13:00:00Z"));
    assertThat(byName.get("slip.html").getIngest().getStatedTime()).isNull();
    for (RawArticle a : sink.published) {
      assertThat(RawArticleFactory.eventTime(a)).isAfter(Instant.parse("1990-01-01T00:00:00Z"));
    }
  }

  @Test
  void publishesEveryPageOfAFolderRecursivelyWithFileUris() throws Exception {
    page("a.txt", "Storm hits coast\n\nA storm hit the coast on Monday.");
    page(
        "sub/b.html",
        "<html><head><meta property=\"article:published_time\" content=\"2025-01-16T08:30:00+01:00\">"
            + "<title>B</title></head><body><p>Body of b.</p></body></html>");
    page("notes.md", "# not a page");
    ListSink sink = new ListSink();
    IngestSummary s = ingest(sink, 1_000_000, dir);

    assertThat(s.published()).isEqualTo(2);
    assertThat(s.inputs()).isEqualTo(2);
    assertThat(sink.flushes).isEqualTo(1);
    RawArticle a = sink.published.get(0);
    assertThat(a.getUrl()).startsWith("file:/").endsWith("/a.txt");
    assertThat(a.getContentType()).isEqualTo("text/plain");
    assertThat(a.getPublishedAt()).isNull();
    RawArticle b = sink.published.get(1);
    assertThat(b.getContentType()).isEqualTo("text/html");
    assertThat(b.getPublishedAt()).isEqualTo(Instant.parse("2025-01-16T07:30:00Z"));
    assertThat(RawArticleFactory.eventTime(b)).isEqualTo(b.getPublishedAt());
    assertThat(b.getBody()).contains("<p>Body of b.</p>"); // raw means raw
    assertThat(b.getIngest().getContentHash()).hasSize(64);
  }

  @Test
  void idsAreStableAcrossRunsAndDistinctAcrossFiles() throws Exception {
    page("a.txt", "one");
    page("b.txt", "two");
    ListSink first = new ListSink();
    ListSink second = new ListSink();
    ingest(first, 1000, dir);
    ingest(second, 1000, dir);
    assertThat(first.published)
        .extracting(RawArticle::getId)
        .containsExactlyElementsOf(second.published.stream().map(RawArticle::getId).toList())
        .doesNotHaveDuplicates();
  }

  @Test
  void badInputGoesToDeadLettersWithAReasonAndTheRunGoesOn() throws Exception {
    page("empty.txt", "");
    page("blank.txt", "  \n\t ");
    Files.write(dir.resolve("binary.html"), new byte[] {'<', 'p', '>', 0, 1, 2, 3});
    Files.write(
        dir.resolve("latin1.txt"), "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
    page("big.txt", "x".repeat(2000));
    page("good.txt", "A real article.");
    ListSink sink = new ListSink();
    IngestSummary s = ingest(sink, 1000, dir);

    assertThat(s.published()).isEqualTo(1);
    assertThat(s.rejectedByReason())
        .isEqualTo(
            Map.of("empty-input", 2L, "binary-content", 1L, "invalid-utf8", 1L, "too-large", 1L));
    assertThat(sink.rejected)
        .hasSize(5)
        .allSatisfy(
            d -> {
              assertThat(d.getStage()).isEqualTo("ingest");
              assertThat(d.getOrigin()).startsWith(dir.toAbsolutePath().toString());
            });
    DeadLetter latin1 =
        sink.rejected.stream()
            .filter(d -> d.getReason().equals("invalid-utf8"))
            .findFirst()
            .orElseThrow();
    assertThat(latin1.getMessage()).contains("offset 3");
    assertThat(latin1.getOriginal().remaining()).isEqualTo(10); // the bytes are kept, not mangled
    DeadLetter big =
        sink.rejected.stream()
            .filter(d -> d.getReason().equals("too-large"))
            .findFirst()
            .orElseThrow();
    assertThat(big.getOriginalSize()).isEqualTo(2000);
  }

  @Test
  void theSameFileNamedTwiceIsPublishedOnce() throws Exception {
    Path a = page("a.txt", "same");
    ListSink sink = new ListSink();
    IngestSummary s = ingest(sink, 1000, a, a);
    assertThat(s.published()).isEqualTo(1);
    assertThat(s.skipped()).isEqualTo(1);
    assertThat(s.toString()).contains("skipped (already seen) 1");
  }

  @Test
  void aByteOrderMarkIsNotContent() throws Exception {
    Files.write(
        dir.resolve("bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'});
    ListSink sink = new ListSink();
    ingest(sink, 1000, dir);
    assertThat(sink.published.get(0).getBody()).isEqualTo("hi");
  }

  @Test
  void charsetsAreSniffedAsBrowsersDo() throws Exception {
    // a UTF-8 page whose meta tag says UTF-16: a page whose declaration reads as ASCII is not
    // UTF-16
    page(
        "meta16.html",
        "<html><head><meta charset=\"utf-16\"></head><body><p>Путин и Зеленский</p></body></html>");
    // a real UTF-16 page with its byte-order mark (it holds NUL bytes: not binary)
    byte[] le = "<p>Москва и Киев</p>".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[le.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(le, 0, withBom, 2, le.length);
    Files.write(dir.resolve("utf16.html"), withBom);
    // a stale windows-1251 declaration on a UTF-8 page, and a true windows-1251 page
    page(
        "stale.html",
        "<html><head><meta charset=\"windows-1251\"></head><body><p>Россия</p></body></html>");
    Files.write(
        dir.resolve("cp1251.html"),
        "<html><head><meta charset=\"windows-1251\"></head><body><p>Россия</p></body></html>"
            .getBytes(java.nio.charset.Charset.forName("windows-1251")));
    // Latin-1 label: windows-1252 as browsers read it (0x93/0x94 are curly quotes)
    Files.write(
        dir.resolve("latin1.html"),
        new byte[] {
          '<',
          'm',
          'e',
          't',
          'a',
          ' ',
          'c',
          'h',
          'a',
          'r',
          's',
          'e',
          't',
          '=',
          'i',
          's',
          'o',
          '-',
          '8',
          '8',
          '5',
          '9',
          '-',
          '1',
          '>',
          (byte) 0x93,
          'q',
          (byte) 0x94
        });
    ListSink sink = new ListSink();
    IngestSummary s = ingest(sink, 1000, dir);
    assertThat(s.published()).as(s.toString()).isEqualTo(5);
    Map<String, String> bodies = new java.util.HashMap<>();
    sink.published.forEach(
        a -> bodies.put(a.getUrl().substring(a.getUrl().lastIndexOf('/') + 1), a.getBody()));
    assertThat(bodies.get("meta16.html")).contains("Путин и Зеленский");
    assertThat(bodies.get("utf16.html")).isEqualTo("<p>Москва и Киев</p>");
    assertThat(bodies.get("stale.html")).contains("<p>Россия</p>");
    assertThat(bodies.get("cp1251.html")).contains("<p>Россия</p>");
    assertThat(bodies.get("latin1.html")).endsWith("\u201cq\u201d");
  }
}
