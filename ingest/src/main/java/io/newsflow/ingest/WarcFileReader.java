package io.newsflow.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC and WARC.gz archives (for example Common Crawl's CC-NEWS): every {@code response} record
 * whose HTTP payload is HTML or text becomes a page with its target URI and the capture date. Other
 * records (requests, metadata, images) are not news and are passed over. Damage costs the damaged
 * record only ({@link GzipMembers}, {@link WarcRecords}): each damaged member or record becomes a
 * failure with its offset and reason, and reading goes on at the next one.
 */
public final class WarcFileReader {
  private WarcFileReader() {}

  public static boolean handles(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  public static void read(Path file, IngestLimits limits, Consumer<SourceItem> sink) {
    String origin = file.toAbsolutePath().toString();
    boolean gz = file.getFileName().toString().endsWith(".gz");
    // a record's block may hold a page up to the ingest cap plus its HTTP headers
    long maxBlock = limits.maxBytes() + (1 << 20);
    try (InputStream in =
        gz
            ? new GzipMembers(
                file,
                maxBlock + (1 << 16),
                limits.maxDecompressedBytes(),
                d ->
                    sink.accept(
                        SourceItem.Failure.of(
                            origin + "@gz:" + d.offset(),
                            Rejection.TRUNCATED_WARC,
                            "WARC "
                                + origin
                                + ": damaged gzip member at byte "
                                + d.offset()
                                + " ("
                                + d.reason()
                                + "); skipped, reading goes on")))
            : new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      WarcRecords records = new WarcRecords(in, maxBlock);
      WarcRecords.Item item;
      while ((item = records.next()) != null) {
        if (item instanceof WarcRecords.Damaged d) {
          sink.accept(
              SourceItem.Failure.of(
                  origin + "@" + d.offset(),
                  Rejection.TRUNCATED_WARC,
                  "WARC "
                      + origin
                      + ": damaged record at "
                      + (gz ? "decompressed " : "")
                      + "byte "
                      + d.offset()
                      + " ("
                      + d.reason()
                      + "); skipped, reading goes on at the next record"));
          continue;
        }
        WarcRecords.Good g = (WarcRecords.Good) item;
        String where = origin + "@" + g.offset();
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(g.bytes()))) {
          Optional<WarcRecord> next = reader.next();
          if (next.isPresent() && next.get() instanceof WarcResponse resp) {
            page(resp, where, limits).ifPresent(sink);
          }
        } catch (IOException | RuntimeException e) {
          sink.accept(
              SourceItem.Failure.of(
                  where,
                  Rejection.TRUNCATED_WARC,
                  "WARC "
                      + origin
                      + ": record at byte "
                      + g.offset()
                      + " cannot be parsed ("
                      + e.getMessage()
                      + "); skipped"));
        }
      }
    } catch (CappedInputStream.CapExceededException e) {
      sink.accept(
          SourceItem.Failure.of(
              origin,
              Rejection.DECOMPRESSION_CAP,
              origin + " " + e.getMessage() + "; reading stopped there"));
    } catch (IOException | RuntimeException e) {
      sink.accept(
          SourceItem.Failure.of(
              origin,
              Rejection.TRUNCATED_WARC,
              "WARC " + origin + " cannot be read: " + e.getMessage()));
    }
  }

  private static Optional<SourceItem> page(WarcResponse resp, String origin, IngestLimits limits)
      throws IOException {
    if (!resp.contentType().base().equals(MediaType.HTTP)) {
      return Optional.empty();
    }
    MediaType type = resp.http().contentType();
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    if (!base.contains("html") && !base.startsWith("text/")) {
      return Optional.empty();
    }
    String url = resp.target();
    Instant date = resp.date();
    byte[] body;
    try (InputStream in = resp.http().body().stream()) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
    }
    String host = ArticleIds.hostOf(url);
    // the capture date is the fetch time; the event time is the page's own publication time when it
    // states one
    return Optional.of(
        new InputDocument(
            "warc",
            origin,
            url,
            host,
            base,
            type.parameters().get("charset"),
            body,
            body.length,
            date,
            null));
  }
}
