package io.newsflow.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.avro.RawArticle;
import io.newsflow.serde.AvroJson;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Archives of raw articles as JSON lines, optionally gzip-compressed: one {@code {"key": ...,
 * "value": {...}}} per line as {@code newsflow archive} writes them, or the bare article object. A
 * malformed line is a failure with its line number; the rest of the file goes on. Decompression
 * stops at the cap (gzip bombs).
 */
public final class JsonLinesReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesReader() {}

  public static boolean handles(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl")
        || n.endsWith(".jsonl.gz")
        || n.endsWith(".ndjson")
        || n.endsWith(".ndjson.gz");
  }

  public static void read(Path file, IngestLimits limits, Consumer<SourceItem> sink) {
    String origin = file.toAbsolutePath().toString();
    try (InputStream raw = Files.newInputStream(file)) {
      InputStream in = new BufferedInputStream(raw, 1 << 16);
      if (file.getFileName().toString().endsWith(".gz")) {
        in = new CappedInputStream(new GZIPInputStream(in, 1 << 16), limits.maxDecompressedBytes());
      }
      read(in, origin, limits, sink);
    } catch (CappedInputStream.CapExceededException e) {
      sink.accept(
          SourceItem.Failure.of(
              origin,
              Rejection.DECOMPRESSION_CAP,
              origin + " " + e.getMessage() + "; reading stopped there"));
    } catch (IOException e) {
      sink.accept(
          SourceItem.Failure.of(
              origin, Rejection.UNREADABLE, "Cannot read " + origin + ": " + e.getMessage()));
    }
  }

  static void read(InputStream in, String origin, IngestLimits limits, Consumer<SourceItem> sink)
      throws IOException {
    long lineNo = 0;
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean tooLong = false;
    int b;
    while (true) {
      b = in.read();
      if (b == '\n' || b < 0) {
        if (line.size() > 0 || tooLong) {
          lineNo++;
          byte[] bytes = line.toByteArray();
          if (tooLong) {
            sink.accept(
                new SourceItem.Failure(
                    origin + ":" + lineNo,
                    Rejection.TOO_LARGE,
                    origin
                        + " line "
                        + lineNo
                        + " is over the ingest.max.bytes cap of "
                        + limits.maxBytes(),
                    bytes,
                    bytes.length));
          } else if (!isBlank(bytes)) {
            sink.accept(parse(bytes, origin + ":" + lineNo));
          }
        } else if (b == '\n') {
          lineNo++;
        }
        line.reset();
        tooLong = false;
        if (b < 0) {
          return;
        }
        continue;
      }
      if (line.size() < limits.maxBytes()) {
        line.write(b);
      } else {
        tooLong = true; // keep reading to the end of the line, keeping only the start of it
      }
    }
  }

  static SourceItem parse(byte[] bytes, String origin) {
    try {
      JsonNode n = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
      JsonNode value =
          n != null && n.has("value") && n.get("value").isObject() ? n.get("value") : n;
      if (value == null || !value.isObject()) {
        throw new IllegalArgumentException("not a JSON object");
      }
      RawArticle a = AvroJson.fromJson(value, RawArticle.class);
      return new SourceItem.Archived(a, origin);
    } catch (IOException | IllegalArgumentException e) {
      return new SourceItem.Failure(
          origin,
          Rejection.MALFORMED_JSON,
          "Malformed archive line " + origin + ": " + e.getMessage().lines().findFirst().orElse(""),
          Arrays.copyOf(bytes, Math.min(bytes.length, 65536)),
          bytes.length);
    }
  }

  private static boolean isBlank(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\t' && x != '\r') {
        return false;
      }
    }
    return true;
  }
}
