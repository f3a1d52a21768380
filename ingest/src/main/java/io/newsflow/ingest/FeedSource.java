package io.newsflow.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.rometools.rome.io.FeedException;
import io.newsflow.config.YamlFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * RSS and Atom feeds over HTTP(S). Each read polls every feed once with a conditional GET (an
 * unchanged feed costs one 304), then fetches each item's article page. Items keep the feed's date
 * as their publication time. A feed URL that turns out to serve a page is taken as that page.
 */
public final class FeedSource implements Source {
  /** A feed to poll: a name (default: the URL's host) and its URL. */
  public record Feed(String name, String url) {
    /** A feed list's entry may also be the URL alone. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Feed ofUrl(String url) {
      return new Feed(null, url);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Feed(@JsonProperty("name") String name, @JsonProperty("url") String url) {
      this.name = name;
      this.url = url;
    }
  }

  /** A feed list file as written: {@code feeds: [{name, url} or url, ...]}. */
  record FeedList(@JsonProperty("feeds") List<Feed> feeds) {}

  private final List<Feed> feeds;
  private final HttpFetcher fetcher;
  private final Clock clock;
  private final Map<String, String[]> validators = new ConcurrentHashMap<>();

  public FeedSource(List<Feed> feeds, HttpFetcher fetcher, Clock clock) {
    this.feeds = List.copyOf(feeds);
    this.fetcher = fetcher;
    this.clock = clock;
  }

  /**
   * A feed list: YAML ({@code feeds: [{name: x, url: ...}]}) or one URL per line ('#' starts a
   * comment).
   */
  public static List<Feed> load(Path file) throws IOException {
    String text = Files.readString(file);
    List<Feed> out = new ArrayList<>();
    String n = file.getFileName().toString();
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      FeedList list = YamlFiles.bind(text, file.toString(), FeedList.class);
      if (list.feeds() == null) {
        throw new IllegalArgumentException(file + ":1: expected a top-level 'feeds:' list");
      }
      int i = 0;
      for (Feed f : list.feeds()) {
        i++;
        if (f == null || f.url() == null || f.url().isBlank()) {
          throw new IllegalArgumentException(file + ": feed " + i + " has no url");
        }
        out.add(new Feed(f.name() == null ? ArticleIds.hostOf(f.url()) : f.name(), f.url()));
      }
      return out;
    }
    for (String line : text.split("\\R")) {
      String l = line.replaceFirst("#.*", "").strip();
      if (!l.isEmpty()) {
        out.add(new Feed(ArticleIds.hostOf(l), l));
      }
    }
    return out;
  }

  @Override
  public String describe() {
    return feeds.size() + " feed(s)";
  }

  /** Feeds polled at once: a slow or stalled site holds one of these, never the others. */
  static final int PARALLEL_FEEDS = 8;

  /**
   * Polls the feeds in parallel (each fetch has its own deadline, see {@link HttpFetcher}); their
   * items reach the sink on the caller's thread, feed by feed in list order, so a run's output
   * order does not depend on timing.
   */
  @Override
  public void read(Consumer<SourceItem> sink) {
    if (feeds.isEmpty()) {
      return;
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(feeds.size(), PARALLEL_FEEDS),
            r -> {
              Thread t = new Thread(r, "newsflow-feed-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<List<SourceItem>>> polls = new ArrayList<>();
      for (Feed f : feeds) {
        polls.add(
            pool.submit(
                () -> {
                  List<SourceItem> items = new ArrayList<>();
                  poll(f, items::add);
                  return items;
                }));
      }
      for (int i = 0; i < polls.size(); i++) {
        try {
          polls.get(i).get().forEach(sink);
        } catch (ExecutionException e) {
          Feed f = feeds.get(i);
          sink.accept(
              SourceItem.Failure.of(
                  f.url(),
                  Rejection.FETCH_FAILED,
                  "Feed " + f.name() + " failed: " + e.getCause()));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      pool.shutdownNow();
    }
  }

  private void poll(Feed f, Consumer<SourceItem> sink) throws InterruptedException {
    String[] v = validators.get(f.url());
    HttpFetcher.Response r;
    try {
      r = fetcher.get(f.url(), v == null ? null : v[0], v == null ? null : v[1]);
    } catch (HttpFetcher.FetchException e) {
      sink.accept(
          SourceItem.Failure.of(f.url(), e.reason(), "Feed " + f.name() + ": " + e.getMessage()));
      return;
    }
    if (r.status() == 304) {
      return; // unchanged since the last poll
    }
    validators.put(f.url(), new String[] {r.etag(), r.lastModified()});
    if (!FeedParser.looksLikeFeed(r.body())
        && r.contentType() != null
        && r.contentType().contains("html")) {
      sink.accept(page(r, f.name(), null, "page"));
      return;
    }
    List<FeedParser.Entry> entries;
    try {
      entries = FeedParser.parse(r.body());
    } catch (FeedException e) {
      sink.accept(
          new SourceItem.Failure(
              f.url(),
              Rejection.INVALID_FEED,
              "Feed " + f.name() + " refused: " + e.getMessage(),
              Arrays.copyOf(r.body(), Math.min(r.body().length, 65536)),
              r.body().length));
      return;
    }
    for (int k : FeedParser.oldestFirst(entries)) {
      FeedParser.Entry e = entries.get(k);
      if (e.link() == null || e.link().isBlank()) {
        byte[] body = FeedParser.asPage(e).getBytes(StandardCharsets.UTF_8);
        sink.accept(
            new InputDocument(
                "feed",
                f.url(),
                null,
                f.name(),
                "text/html",
                "UTF-8",
                body,
                body.length,
                clock.instant(),
                e.published()));
        continue;
      }
      try {
        HttpFetcher.Response p = fetcher.get(e.link(), null, null);
        sink.accept(page(p, ArticleIds.hostOf(p.url()), e, "feed"));
      } catch (HttpFetcher.FetchException ex) {
        sink.accept(
            SourceItem.Failure.of(
                e.link(), ex.reason(), "Item of feed " + f.name() + ": " + ex.getMessage()));
      }
    }
  }

  private InputDocument page(
      HttpFetcher.Response r, String source, FeedParser.Entry e, String ingestor) {
    return new InputDocument(
        ingestor,
        r.url(),
        r.url(),
        source,
        r.contentType(),
        r.charset(),
        r.body(),
        r.body().length,
        clock.instant(),
        e == null ? null : e.published());
  }
}
