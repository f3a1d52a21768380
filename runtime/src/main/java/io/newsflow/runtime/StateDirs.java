package io.newsflow.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A state directory for one running instance of a stage. Kafka Streams locks {@code
 * <state.dir>/<application.id>} for one process: a second instance of the same stage on the host
 * (scaling out, or a second pipeline with default settings) used to die on "Unable to obtain lock".
 * Each instance claims a slot instead: the configured directory itself, else {@code instance-2},
 * {@code instance-3}, ... under it, held by a lock file for the life of the instance. A restarted
 * instance takes the first free slot again, usually its own, and keeps its local state.
 */
final class StateDirs {
  static final int MAX_SLOTS = 64;

  /** A claimed slot; closing it frees the slot. */
  record Claim(Path dir, FileChannel channel, FileLock lock) implements AutoCloseable {
    @Override
    public void close() {
      try {
        lock.release();
        channel.close();
      } catch (IOException e) {
        // the process is going away; the lock goes with it
      }
    }
  }

  private StateDirs() {}

  static Claim claim(Path base, String applicationId) {
    for (int slot = 1; slot <= MAX_SLOTS; slot++) {
      Path dir = slot == 1 ? base : base.resolve("instance-" + slot);
      try {
        Files.createDirectories(dir);
        FileChannel ch =
            FileChannel.open(
                dir.resolve(applicationId + ".instance.lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
          lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
          lock = null; // held by another instance in this JVM
        }
        if (lock != null) {
          return new Claim(dir, ch, lock);
        }
        ch.close();
      } catch (IOException e) {
        throw new UncheckedIOException(
            "Cannot use the state directory "
                + dir
                + " ("
                + e.getMessage()
                + "); set state.dir to a writable directory",
            e);
      }
    }
    throw new IllegalStateException(
        MAX_SLOTS
            + " instances of "
            + applicationId
            + " already hold state directories "
            + "under "
            + base
            + "; set state.dir to another directory for this one");
  }
}
