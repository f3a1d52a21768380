package io.newsflow.ingest;

import io.newsflow.avro.IngestMetadata;
import io.newsflow.avro.RawArticle;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an input into a {@link RawArticle}, or a {@link Rejection} with a reason. The body is
 * decoded strictly: bad bytes are rejected with their position, never replaced.
 */
public final class RawArticleFactory {
  private static final Logger LOG = LoggerFactory.getLogger(RawArticleFactory.class);

  /** Either outcome of checking one input. */
  public sealed interface Outcome permits Accepted, Rejected {}

  public record Accepted(RawArticle article) implements Outcome {}

  public record Rejected(Rejection rejection) implements Outcome {}

  private static final Pattern HTML_SNIFF =
      Pattern.compile(
          "(?is)^\\s*(<!doctype\\s+html|<html|<head|<body|<!--|<meta|<title|<div|<p[ >]|<article)");
  private static final String[] DATE_META = {
    "article:published_time", "og:article:published_time", "datePublished", "pubdate",
        "publishdate",
    "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date"
  };
  private static final Pattern JSON_LD_DATE =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

  private final Clock clock;
  private final long maxBytes;
  private final String version;
  private final boolean replay;

  public RawArticleFactory(Clock clock, long maxBytes, boolean replay) {
    this.clock = clock;
    this.maxBytes = maxBytes;
    this.replay = replay;
    String v = RawArticleFactory.class.getPackage().getImplementationVersion();
    this.version = v == null ? "dev" : v;
  }

  public Outcome check(InputDocument in) {
    if (in.size() > maxBytes || (in.body() != null && in.body().length > maxBytes)) {
      return reject(
          Rejection.TOO_LARGE,
          in.origin()
              + " is "
              + in.size()
              + " bytes, over the ingest.max.bytes cap of "
              + maxBytes);
    }
    byte[] body = in.body();
    if (body == null) {
      return reject(Rejection.UNREADABLE, in.origin() + " could not be read");
    }
    if (body.length == 0) {
      return reject(Rejection.EMPTY, in.origin() + " is empty (0 bytes)");
    }
    // the encoding as browsers sniff it (HTML standard, "determining the character encoding"): a
    // byte-order mark
    // first, whatever is declared; then the declared charset, where a UTF-16 label on a page
    // without a BOM means UTF-8
    // (the declaration was read as ASCII, so the page cannot be UTF-16); Latin-1 and ASCII labels
    // mean windows-1252
    Charset bom = byteOrderMark(body);
    Charset charset = StandardCharsets.UTF_8;
    String text = null;
    if (bom == null) {
      int nul = indexOf(body, (byte) 0);
      if (nul >= 0) {
        return reject(
            Rejection.BINARY,
            in.origin() + " is binary, not text (NUL byte at offset " + nul + ")");
      }
      if (in.charset() != null && !in.charset().isBlank()) {
        try {
          charset = browserCharset(Charset.forName(in.charset().trim().replace("\"", "")));
        } catch (IllegalArgumentException e) {
          return reject(
              Rejection.INVALID_CHARSET,
              in.origin() + " declares an unknown character set '" + in.charset() + "'");
        }
      }
      if (!charset.equals(StandardCharsets.UTF_8)) {
        // a page that says windows-1251 (or any legacy set) but whose bytes are valid UTF-8 with
        // non-ASCII
        // sequences is UTF-8 (a CMS template's stale declaration); legacy text almost never forms
        // valid UTF-8
        text = utf8WithMultibyte(body);
        if (text != null) {
          charset = StandardCharsets.UTF_8;
        }
      }
    } else {
      charset = bom;
    }
    try {
      if (text == null) {
        text = decodeStrictly(body, charset);
      }
    } catch (MalformedInputException e) {
      return reject(
          charset.equals(StandardCharsets.UTF_8)
              ? Rejection.INVALID_UTF8
              : Rejection.INVALID_CHARSET,
          in.origin() + " is not valid " + charset.name() + ": " + e.getMessage());
    }
    if (bom != null && text.indexOf('\u0000') >= 0) {
      return reject(
          Rejection.BINARY,
          in.origin()
              + " is binary, not text (NUL character after its "
              + bom.name()
              + " byte-order mark)");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // a BOM is encoding, not content
    }
    if (text.isBlank()) {
      return reject(Rejection.EMPTY, in.origin() + " holds only white space");
    }
    if (controlRatio(text) > 0.05) {
      return reject(Rejection.BINARY, in.origin() + " is mostly control characters, not text");
    }
    String contentType = contentType(in.contentTypeHint(), in.url(), text);
    Instant published =
        in.publishedAt() != null
            ? in.publishedAt()
            : contentType.equals("text/html") ? publishedFromHtml(text) : null;
    Times times =
        times(
            published,
            in.fetchedAt() != null ? in.fetchedAt() : clock.instant(),
            in.source(),
            in.origin());
    String id = in.url() != null ? ArticleIds.forUrl(in.url()) : ArticleIds.forContent(body);
    String url = in.url() != null ? in.url() : "urn:newsflow:" + id;
    RawArticle a =
        RawArticle.newBuilder()
            .setId(id)
            .setSource(in.source())
            .setUrl(url)
            .setContentType(contentType)
            .setBody(text)
            .setFetchedAt(times.fetched())
            .setPublishedAt(times.published())
            .setIngest(
                IngestMetadata.newBuilder()
                    .setIngestedAt(clock.instant())
                    .setIngestor(in.ingestor())
                    .setOrigin(in.origin())
                    .setReplay(replay)
                    .setSizeBytes(body.length)
                    .setContentHash(ArticleIds.sha256Hex(body))
                    .setCharset(charset.name())
                    .setVersion(version)
                    .setStatedTime(times.stated())
                    .build())
            .build();
    return new Accepted(a);
  }

  /**
   * An archived raw article (JSON lines): kept as it is — id, times, body — except that a replay
   * marks it replayed. Only what would make it unsafe to publish is checked.
   */
  public Outcome check(SourceItem.Archived in) {
    RawArticle a = in.article();
    if (a.getBody().isEmpty()) {
      return reject(Rejection.EMPTY, in.origin() + " has an empty body");
    }
    long size = a.getBody().getBytes(StandardCharsets.UTF_8).length;
    if (size > maxBytes) {
      return reject(
          Rejection.TOO_LARGE,
          in.origin() + " is " + size + " bytes, over the ingest.max.bytes cap of " + maxBytes);
    }
    Times times = times(a.getPublishedAt(), a.getFetchedAt(), a.getSource(), in.origin());
    if (times.stated() != null) {
      a =
          RawArticle.newBuilder(a)
              .setPublishedAt(times.published())
              .setFetchedAt(times.fetched())
              .setIngest(
                  IngestMetadata.newBuilder(a.getIngest()).setStatedTime(times.stated()).build())
              .build();
    }
    if (replay) {
      a =
          RawArticle.newBuilder(a)
              .setIngest(IngestMetadata.newBuilder(a.getIngest()).setReplay(true).build())
              .build();
    }
    return new Accepted(a);
  }

  /** Stated times before this are placeholders or typos, not news (a real page said 0001-01-01). */
  static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

  /** Stated times further ahead than this are time-zone slips or placeholders. */
  static final Duration AHEAD = Duration.ofDays(2);

  /**
   * Sources already warned about: once per source is enough to act on; bounded so a crawl cannot
   * grow it.
   */
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  /**
   * An input's times after the checks, and what was set aside ({@code publishedAt=… fetchedAt=…}),
   * or null.
   */
  record Times(Instant published, Instant fetched, String stated) {}

  /**
   * A publication time before 1990 or more than 2 days ahead is dropped, a fetch time before 1990
   * (a file or archive clock at 1970) becomes now; the future of a fetch time is clamped at send
   * time instead. Logged once per source.
   */
  Times times(Instant published, Instant fetched, String source, String origin) {
    String stated = null;
    if (published != null && !plausible(published)) {
      stated = "publishedAt=" + published;
      warnOnce(source, origin, stated);
      published = null;
    }
    if (fetched.isBefore(EARLIEST)) {
      stated = (stated == null ? "" : stated + " ") + "fetchedAt=" + fetched;
      warnOnce(source, origin, "fetchedAt=" + fetched);
      fetched = clock.instant();
    }
    return new Times(published, fetched, stated);
  }

  boolean plausible(Instant t) {
    return !t.isBefore(EARLIEST) && !t.isAfter(clock.instant().plus(AHEAD));
  }

  private void warnOnce(String source, String origin, String stated) {
    if (warned.size() < 10_000 && warned.add(source)) {
      LOG.warn(
          "{} states an implausible time ({}; kept in ingest.statedTime, event time falls back to the fetch "
              + "time); further pages from source '{}' are not reported",
          origin,
          stated,
          source);
    }
  }

  /** Event time: publication when known, else fetch time. The record timestamp carries it. */
  public static Instant eventTime(RawArticle a) {
    return a.getPublishedAt() != null ? a.getPublishedAt() : a.getFetchedAt();
  }

  private static Rejected reject(String reason, String message) {
    return new Rejected(new Rejection(reason, message));
  }

  static String decodeStrictly(byte[] body, Charset charset) throws MalformedInputException {
    CharsetDecoder d =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buf = ByteBuffer.wrap(body);
    try {
      return d.decode(buf).toString();
    } catch (MalformedInputException e) {
      throw new MalformedInputException(e.getInputLength()) {
        @Override
        public String getMessage() {
          return "malformed sequence of "
              + e.getInputLength()
              + " byte(s) at offset "
              + buf.position();
        }
      };
    } catch (CharacterCodingException e) {
      MalformedInputException m = new MalformedInputException(1);
      m.initCause(e);
      throw m;
    }
  }

  /**
   * The bytes decoded as UTF-8 if they hold a multi-byte sequence and decode without error, else
   * null.
   */
  static String utf8WithMultibyte(byte[] b) {
    boolean multibyte = false;
    for (byte x : b) {
      if (x < 0) {
        multibyte = true;
        break;
      }
    }
    if (!multibyte) {
      return null;
    }
    try {
      return decodeStrictly(b, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      return null;
    }
  }

  /** The encoding a byte-order mark names (UTF-8, UTF-16BE, UTF-16LE), or null without one. */
  static Charset byteOrderMark(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /**
   * A declared charset as browsers apply it to a page without a BOM: UTF-16 labels mean UTF-8 (a
   * page whose declaration could be read as ASCII is not UTF-16); ISO-8859-1 and US-ASCII mean
   * windows-1252 (the HTML standard's label table: pages so labelled use its curly quotes and
   * dashes in 0x80-0x9F).
   */
  static Charset browserCharset(Charset declared) {
    String n = declared.name();
    if (n.startsWith("UTF-16") || n.startsWith("UTF-32")) {
      return StandardCharsets.UTF_8;
    }
    if (n.equals("ISO-8859-1") || n.equals("US-ASCII")) {
      return Charset.forName("windows-1252");
    }
    return declared;
  }

  private static int indexOf(byte[] b, byte v) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  private static double controlRatio(String s) {
    int n = Math.min(s.length(), 65536);
    int control = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return n == 0 ? 0 : (double) control / n;
  }

  static String contentType(String hint, String url, String text) {
    if (hint != null && !hint.isBlank()) {
      String h = hint.toLowerCase(Locale.ROOT).split(";")[0].trim();
      if (h.contains("html") || h.contains("xml")) {
        return "text/html";
      }
      if (h.equals("text/plain")) {
        return "text/plain";
      }
    }
    String u = url == null ? "" : url.toLowerCase(Locale.ROOT);
    if (u.endsWith(".html") || u.endsWith(".htm") || u.endsWith(".xhtml")) {
      return "text/html";
    }
    if (u.endsWith(".txt")) {
      return "text/plain";
    }
    return HTML_SNIFF.matcher(text.length() > 2048 ? text.substring(0, 2048) : text).find()
        ? "text/html"
        : "text/plain";
  }

  /**
   * Publication time from the usual meta tags, JSON-LD or a time element; null when the page states
   * none.
   */
  static Instant publishedFromHtml(String html) {
    Document doc = Jsoup.parse(html);
    for (String name : DATE_META) {
      for (Element m :
          doc.select(
              "meta[property="
                  + name
                  + "], meta[name="
                  + name
                  + "], meta[itemprop="
                  + name
                  + "]")) {
        Instant t = parseDate(m.attr("content"));
        if (t != null) {
          return t;
        }
      }
    }
    Matcher ld = JSON_LD_DATE.matcher(html);
    if (ld.find()) {
      Instant t = parseDate(ld.group(1));
      if (t != null) {
        return t;
      }
    }
    for (Element time : doc.select("time[datetime]")) {
      Instant t = parseDate(time.attr("datetime"));
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  static Instant parseDate(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String v = s.trim();
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException ignored) {
      // try the next format
    }
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException ignored) {
      // try the next format
    }
    try {
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException ignored) {
      // try the next format
    }
    try {
      return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v)
          .atStartOfDay(ZoneOffset.UTC)
          .toInstant();
    } catch (DateTimeParseException ignored) {
      return null;
    }
  }
}
