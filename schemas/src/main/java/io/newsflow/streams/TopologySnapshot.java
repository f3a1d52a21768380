package io.newsflow.streams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.streams.Topology;

/**
 * A topology's {@code describe()} pinned as a checked-in text file: every processor, store,
 * internal topic and sub-topology. Renaming a store orphans its changelog and renaming an internal
 * topic loses what it held, so a change must be deliberate: the comparison fails, writes the new
 * description beside the build output, and says how to accept it (after planning the state
 * migration).
 */
public final class TopologySnapshot {
  /**
   * Set to true ({@code -Dnewsflow.topology.update=true}) to rewrite the snapshot instead of
   * comparing.
   */
  public static final String UPDATE = "newsflow.topology.update";

  private TopologySnapshot() {}

  /**
   * Null if the topology matches the snapshot file, else why not (and the new description is
   * written).
   */
  public static String check(Topology topology, Path snapshot) {
    String now = normalise(topology.describe().toString());
    try {
      if (Boolean.getBoolean(UPDATE)) {
        Files.createDirectories(snapshot.getParent());
        Files.writeString(snapshot, now);
        return null;
      }
      String pinned =
          Files.exists(snapshot)
              ? normalise(Files.readString(snapshot, StandardCharsets.UTF_8))
              : "";
      if (pinned.equals(now)) {
        return null;
      }
      Path actual = Path.of("target", snapshot.getFileName() + ".actual");
      Files.createDirectories(actual.getParent());
      Files.writeString(actual, now);
      return "The topology differs from its pinned snapshot "
          + snapshot
          + " (the new one is in "
          + actual
          + "). Renamed stores and internal topics lose their state: plan the migration, then accept the change "
          + "with -D"
          + UPDATE
          + "=true.";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Line ends, and the JVM-generated names of lambdas (a topic extractor's class), which change
   * from run to run.
   */
  private static String normalise(String s) {
    return s.replace("\r\n", "\n").replaceAll("\\$\\$Lambda[^\\s)]*", "\\$\\$Lambda").strip()
        + "\n";
  }
}
