package io.newsflow.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.avro.RawArticle;
import io.newsflow.serde.AvroJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Puts the archived articles of any number of sources in event-time order, however large: items are
 * sorted in chunks that are spilled to compressed run files, then the runs are merged. Equal times
 * keep their input order. Pages (WARC, files) are turned into raw articles first by the factory;
 * failures pass straight through.
 */
public final class EventTimeOrder implements Source {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Comparator<Entry> ORDER =
      Comparator.comparingLong(Entry::time).thenComparingLong(Entry::seq);

  private record Entry(long time, long seq, RawArticle article, String origin) {}

  private final List<? extends Source> sources;
  private final RawArticleFactory factory;
  private final Path tmp;
  private final int chunk;

  public EventTimeOrder(
      List<? extends Source> sources, RawArticleFactory factory, Path tmp, int chunk) {
    this.sources = sources;
    this.factory = factory;
    this.tmp = tmp;
    this.chunk = chunk;
  }

  @Override
  public String describe() {
    return "event-time order of " + sources.size() + " source(s)";
  }

  @Override
  public void read(Consumer<SourceItem> sink) {
    List<Path> runs = new ArrayList<>();
    List<Entry> buffer = new ArrayList<>();
    long[] seq = {0};
    try {
      for (Source s : sources) {
        s.read(
            item -> {
              RawArticleFactory.Outcome o =
                  item instanceof InputDocument in
                      ? factory.check(in)
                      : item instanceof SourceItem.Archived a ? factory.check(a) : null;
              if (o == null) {
                sink.accept(item); // a failure: reported at once
              } else if (o instanceof RawArticleFactory.Rejected r) {
                sink.accept(
                    SourceItem.Failure.of(
                        item.origin(), r.rejection().reason(), r.rejection().message()));
              } else {
                RawArticle a = ((RawArticleFactory.Accepted) o).article();
                buffer.add(
                    new Entry(
                        RawArticleFactory.eventTime(a).toEpochMilli(), seq[0]++, a, item.origin()));
                if (buffer.size() >= chunk) {
                  runs.add(spill(buffer));
                }
              }
            });
      }
      if (runs.isEmpty()) {
        buffer.sort(ORDER);
        buffer.forEach(e -> sink.accept(new SourceItem.Archived(e.article(), e.origin())));
        return;
      }
      if (!buffer.isEmpty()) {
        runs.add(spill(buffer));
      }
      merge(runs, sink);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot sort archives by event time in " + tmp, e);
    } finally {
      runs.forEach(r -> r.toFile().delete());
    }
  }

  private Path spill(List<Entry> buffer) {
    buffer.sort(ORDER);
    try {
      Path run = Files.createTempFile(tmp, "replay-run-", ".jsonl.gz");
      try (BufferedWriter w =
          new BufferedWriter(
              new OutputStreamWriter(
                  new GZIPOutputStream(Files.newOutputStream(run)), StandardCharsets.UTF_8))) {
        for (Entry e : buffer) {
          w.write(
              JSON.createObjectNode()
                  .put("t", e.time())
                  .put("s", e.seq())
                  .put("o", e.origin())
                  .set("a", AvroJson.toJson(e.article()))
                  .toString());
          w.newLine();
        }
      }
      buffer.clear();
      return run;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void merge(List<Path> runs, Consumer<SourceItem> sink) throws IOException {
    record Head(Entry entry, BufferedReader from) {}
    PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::entry, ORDER));
    List<BufferedReader> readers = new ArrayList<>();
    try {
      for (Path r : runs) {
        BufferedReader br =
            new BufferedReader(
                new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(r)), StandardCharsets.UTF_8));
        readers.add(br);
        Entry e = next(br);
        if (e != null) {
          heads.add(new Head(e, br));
        }
      }
      while (!heads.isEmpty()) {
        Head h = heads.poll();
        sink.accept(new SourceItem.Archived(h.entry().article(), h.entry().origin()));
        Entry e = next(h.from());
        if (e != null) {
          heads.add(new Head(e, h.from()));
        }
      }
    } finally {
      for (BufferedReader r : readers) {
        r.close();
      }
    }
  }

  private static Entry next(BufferedReader r) throws IOException {
    String line = r.readLine();
    if (line == null) {
      return null;
    }
    var n = JSON.readTree(line);
    return new Entry(
        n.get("t").asLong(),
        n.get("s").asLong(),
        AvroJson.fromJson(n.get("a"), RawArticle.class),
        n.get("o").asText());
  }
}
