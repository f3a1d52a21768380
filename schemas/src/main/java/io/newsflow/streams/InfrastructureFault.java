package io.newsflow.streams;

import java.io.File;
import java.io.IOError;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.TaskMigratedException;

/**
 * Tells a fault of the machinery (a state store that cannot write, a full disk, a task moved away,
 * any Streams framework error) from a record that is bad in itself. Only the second is a dead
 * letter: a full disk is not a bad article, and dead-lettering good articles while the disk is full
 * loses them. A fault stops the stage instead (the uncaught-exception handler shuts it down with a
 * non-zero exit and /health turns 503), and after the fault is fixed a restart processes the same
 * records again.
 */
public final class InfrastructureFault {
  private InfrastructureFault() {}

  /**
   * Whether the throwable, or anything in its cause chain, is a fault of the machinery rather than
   * of the record.
   */
  public static boolean is(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof StreamsException
          || c instanceof IOException
          || c instanceof UncheckedIOException
          || c instanceof IOError
          || c.getClass().getName().startsWith("org.rocksdb.")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The fault, said with the state directory it concerns (the place an operator looks first), to
   * stop the stage.
   */
  public static StreamsException stop(String stage, File stateDir, RuntimeException e) {
    if (e instanceof TaskMigratedException) {
      return (StreamsException) e; // the framework's own signal, handled by Streams itself
    }
    return new StreamsException(
        stage
            + ": state store or disk fault under "
            + (stateDir == null ? "?" : stateDir)
            + " ("
            + rootCause(e)
            + "); stopping rather than dead-lettering good records. Fix the fault (disk space, "
            + "permissions) and restart: the records are processed again.",
        e);
  }

  private static String rootCause(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage());
  }
}
