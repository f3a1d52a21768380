package io.newsflow.ingest;

import io.newsflow.config.NewsflowConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns what a person names on the command line into sources: paths, feed URLs, or '-' for standard
 * input.
 */
public final class Inputs {
  private Inputs() {}

  public static IngestLimits limits(NewsflowConfig c) {
    return new IngestLimits(
        c.getLong("ingest.max.bytes"), c.getLong("ingest.max.decompressed.bytes"));
  }

  public static HttpFetcher fetcher(NewsflowConfig c) {
    return HttpFetcher.withRealTime(
        new HttpFetcher.Settings(
            Duration.ofMillis(c.getLong("ingest.http.connect.timeout.ms")),
            Duration.ofMillis(c.getLong("ingest.http.read.timeout.ms")),
            c.getInt("ingest.http.max.redirects"),
            c.getInt("ingest.http.retries"),
            Duration.ofMillis(c.getLong("ingest.http.backoff.ms")),
            Duration.ofMillis(c.getLong("ingest.http.host.interval.ms")),
            c.getLong("ingest.max.bytes"),
            c.get("ingest.http.user.agent")));
  }

  public static boolean isUrl(String spec) {
    return spec.startsWith("http://") || spec.startsWith("https://");
  }

  public static List<Source> resolve(
      List<String> specs,
      List<String> includes,
      List<String> excludes,
      NewsflowConfig config,
      InputStream stdin,
      Clock clock) {
    IngestLimits limits = limits(config);
    List<Source> out = new ArrayList<>();
    List<FeedSource.Feed> feeds = new ArrayList<>();
    for (String spec : specs) {
      if (spec.equals("-")) {
        out.add(stdin(stdin, limits, clock));
      } else if (isUrl(spec)) {
        feeds.add(new FeedSource.Feed(ArticleIds.hostOf(spec), spec));
      } else {
        out.add(new FileSource(List.of(Path.of(spec)), includes, excludes, limits));
      }
    }
    if (!feeds.isEmpty()) {
      out.add(new FeedSource(feeds, fetcher(config), clock));
    }
    return out;
  }

  static Source stdin(InputStream in, IngestLimits limits, Clock clock) {
    return new Source() {
      @Override
      public String describe() {
        return "standard input";
      }

      @Override
      public void read(Consumer<SourceItem> sink) {
        try {
          byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
          long size = body.length;
          if (size > limits.maxBytes()) {
            size += in.transferTo(OutputStream.nullOutputStream());
          }
          sink.accept(
              new InputDocument(
                  "stdin",
                  "standard input",
                  null,
                  "stdin",
                  null,
                  null,
                  size > limits.maxBytes() ? null : body,
                  size,
                  clock.instant(),
                  null));
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read standard input", e);
        }
      }
    };
  }

  /** Names a replay namespace's topic prefix and application-id prefix. */
  public static Map<String, String> namespace(String name) {
    return Map.of("topic.prefix", name + ".", "application.id.prefix", name + "-newsflow");
  }
}
