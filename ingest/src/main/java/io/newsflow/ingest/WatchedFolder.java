package io.newsflow.ingest;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A folder watched for new files: each file is read once it has stopped growing (so a file still
 * being copied is not read half-written). Files already there when watching starts are read first.
 * Runs until {@link #close}.
 */
public final class WatchedFolder implements Source, AutoCloseable {
  private final Path dir;
  private final FileSource filter;
  private final IngestLimits limits;
  private final Duration settle;
  private final WatchService watcher;

  public WatchedFolder(Path dir, FileSource filter, IngestLimits limits, Duration settle)
      throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("Not a folder: " + dir);
    }
    this.dir = dir;
    this.filter = filter;
    this.limits = limits;
    this.settle = settle;
    this.watcher = FileSystems.getDefault().newWatchService();
    dir.register(
        watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
  }

  @Override
  public String describe() {
    return "watched folder " + dir;
  }

  @Override
  public void read(Consumer<SourceItem> sink) {
    filter.read(sink);
    // file -> size and modification time when last seen, and when they last changed: a file is read
    // once neither
    // has changed for a whole settle period (a copy that pauses between chunks is not read
    // half-written)
    Map<Path, long[]> pending = new LinkedHashMap<>();
    try {
      while (true) {
        WatchKey key = watcher.poll(settle.toMillis(), TimeUnit.MILLISECONDS);
        if (key != null) {
          for (WatchEvent<?> e : key.pollEvents()) {
            if (e.context() instanceof Path rel) {
              Path f = dir.resolve(rel);
              if (Files.isRegularFile(f) && filter.wanted(f)) {
                pending.put(f, new long[] {-1, -1, System.nanoTime()});
              }
            }
          }
          key.reset();
        }
        long now = System.nanoTime();
        for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
          var e = it.next();
          long[] seen = e.getValue();
          if (!Files.exists(e.getKey())) {
            it.remove(); // gone before it settled
            continue;
          }
          long size = Files.size(e.getKey());
          long modified = Files.getLastModifiedTime(e.getKey()).toMillis();
          if (size != seen[0] || modified != seen[1]) {
            seen[0] = size;
            seen[1] = modified;
            seen[2] = now;
          } else if (now - seen[2] >= settle.toNanos()) {
            it.remove();
            FileSource.readFile(e.getKey(), limits, sink);
          }
        }
      }
    } catch (ClosedWatchServiceException | InterruptedException e) {
      // closed: watching ends
    } catch (IOException e) {
      sink.accept(
          SourceItem.Failure.of(
              dir.toString(),
              Rejection.UNREADABLE,
              "Watching " + dir + " failed: " + e.getMessage()));
    }
  }

  @Override
  public void close() throws IOException {
    watcher.close();
  }
}
