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
 * A folder watched for new files: each file is read once it has stopped growing (so a file still being copied is
 * not read half-written). Files already there when watching starts are read first. Runs until {@link #close}.
 */
public final class WatchedFolder implements Source, AutoCloseable {
  private final Path dir;
  private final FileSource filter;
  private final IngestLimits limits;
  private final Duration settle;
  private final WatchService watcher;

  public WatchedFolder(Path dir, FileSource filter, IngestLimits limits, Duration settle) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("Not a folder: " + dir);
    }
    this.dir = dir;
    this.filter = filter;
    this.limits = limits;
    this.settle = settle;
    this.watcher = FileSystems.getDefault().newWatchService();
    dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
  }

  @Override
  public String describe() {
    return "watched folder " + dir;
  }

  @Override
  public void read(Consumer<SourceItem> sink) {
    filter.read(sink);
    Map<Path, Long> pending = new LinkedHashMap<>(); // file -> size when last seen
    try {
      while (true) {
        WatchKey key = watcher.poll(settle.toMillis(), TimeUnit.MILLISECONDS);
        if (key != null) {
          for (WatchEvent<?> e : key.pollEvents()) {
            if (e.context() instanceof Path rel) {
              Path f = dir.resolve(rel);
              if (Files.isRegularFile(f) && filter.wanted(f)) {
                pending.put(f, -1L);
              }
            }
          }
          key.reset();
        }
        for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
          var e = it.next();
          long size = Files.exists(e.getKey()) ? Files.size(e.getKey()) : -2;
          if (size == -2) {
            it.remove(); // gone before it settled
          } else if (size == e.getValue()) {
            it.remove();
            FileSource.readFile(e.getKey(), limits, sink);
          } else {
            e.setValue(size);
          }
        }
      }
    } catch (ClosedWatchServiceException | InterruptedException e) {
      // closed: watching ends
    } catch (IOException e) {
      sink.accept(SourceItem.Failure.of(dir.toString(), Rejection.UNREADABLE, "Watching " + dir + " failed: " + e.getMessage()));
    }
  }

  @Override
  public void close() throws IOException {
    watcher.close();
  }
}
