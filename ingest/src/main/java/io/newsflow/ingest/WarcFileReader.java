package io.newsflow.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC and WARC.gz archives (for example Common Crawl's CC-NEWS): every {@code response} record whose HTTP payload
 * is HTML or text becomes a page with its target URI and the capture date. Other records (requests, metadata,
 * images) are not news and are passed over. A truncated archive yields what it holds and a failure for the rest.
 */
public final class WarcFileReader {
  private WarcFileReader() {}

  public static boolean handles(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  public static void read(Path file, IngestLimits limits, Consumer<SourceItem> sink) {
    String origin = file.toAbsolutePath().toString();
    long position = 0;
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      // we decompress ourselves so the decompressed size is capped (jwarc would inflate without limit)
      InputStream in = file.getFileName().toString().endsWith(".gz")
          ? new CappedInputStream(new GZIPInputStream(raw, 1 << 16), limits.maxDecompressedBytes()) : raw;
      try (WarcReader reader = new WarcReader(in)) {
        while (true) {
          Optional<WarcRecord> next = reader.next();
          if (next.isEmpty()) {
            return;
          }
          position = reader.position();
          if (next.get() instanceof WarcResponse resp) {
            page(resp, origin + "@" + position, limits).ifPresent(sink);
          }
        }
      }
    } catch (CappedInputStream.CapExceededException e) {
      sink.accept(SourceItem.Failure.of(origin, Rejection.DECOMPRESSION_CAP, origin + " " + e.getMessage()
          + "; reading stopped there"));
    } catch (IOException | RuntimeException e) {
      sink.accept(SourceItem.Failure.of(origin + "@" + position, Rejection.TRUNCATED_WARC, "WARC " + origin
          + " is truncated or corrupt after offset " + position + ": " + e.getMessage()));
    }
  }

  private static Optional<SourceItem> page(WarcResponse resp, String origin, IngestLimits limits) throws IOException {
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
    // the capture date is the fetch time; the event time is the page's own publication time when it states one
    return Optional.of(new InputDocument("warc", origin, url, host, base, type.parameters().get("charset"), body,
        body.length, date, null));
  }
}
