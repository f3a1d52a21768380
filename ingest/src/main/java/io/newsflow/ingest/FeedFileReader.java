package io.newsflow.ingest;

import com.rometools.rome.io.FeedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A feed saved as a file (.rss, .atom): each item becomes a page built from its own content,
 * without fetching.
 */
public final class FeedFileReader {
  private FeedFileReader() {}

  public static boolean handles(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".rss") || n.endsWith(".atom");
  }

  public static void read(Path file, IngestLimits limits, Consumer<SourceItem> sink) {
    String origin = file.toAbsolutePath().toString();
    byte[] xml;
    try {
      if (Files.size(file) > limits.maxBytes()) {
        sink.accept(
            SourceItem.Failure.of(
                origin, Rejection.TOO_LARGE, origin + " is over the ingest.max.bytes cap"));
        return;
      }
      xml = Files.readAllBytes(file);
      Instant modified = Files.getLastModifiedTime(file).toInstant();
      List<FeedParser.Entry> entries = FeedParser.parse(xml);
      for (int k : FeedParser.oldestFirst(entries)) {
        FeedParser.Entry e = entries.get(k);
        int i = k + 1; // the item's place in the file names it, whatever order it is sent in
        byte[] body = FeedParser.asPage(e).getBytes(StandardCharsets.UTF_8);
        String url =
            e.link() != null && !e.link().isBlank() ? e.link() : file.toUri() + "#item-" + i;
        sink.accept(
            new InputDocument(
                "feed-file",
                origin + "#item-" + i,
                url,
                ArticleIds.hostOf(url),
                "text/html",
                "UTF-8",
                body,
                body.length,
                modified,
                e.published()));
      }
    } catch (FeedException e) {
      sink.accept(
          SourceItem.Failure.of(
              origin, Rejection.INVALID_FEED, "Feed " + origin + " refused: " + e.getMessage()));
    } catch (IOException e) {
      sink.accept(
          SourceItem.Failure.of(
              origin, Rejection.UNREADABLE, "Cannot read " + origin + ": " + e.getMessage()));
    }
  }
}
