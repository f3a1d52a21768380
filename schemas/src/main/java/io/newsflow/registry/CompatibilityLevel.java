package io.newsflow.registry;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/** Confluent's compatibility levels, checked with Avro's own reader/writer rules. */
public enum CompatibilityLevel {
  NONE,
  BACKWARD,
  BACKWARD_TRANSITIVE,
  FORWARD,
  FORWARD_TRANSITIVE,
  FULL,
  FULL_TRANSITIVE;

  /**
   * Whether {@code candidate} may follow {@code existing} (oldest first). BACKWARD: the candidate
   * can read data written with the latest (or, transitive, every) existing schema; FORWARD: the
   * existing schemas can read data written with the candidate; FULL: both.
   */
  public boolean allows(Schema candidate, List<Schema> existing) {
    if (this == NONE || existing.isEmpty()) {
      return true;
    }
    List<Schema> against =
        name().endsWith("_TRANSITIVE") ? existing : List.of(existing.get(existing.size() - 1));
    boolean backward = this != FORWARD && this != FORWARD_TRANSITIVE;
    boolean forward = this != BACKWARD && this != BACKWARD_TRANSITIVE;
    for (Schema old : against) {
      if (backward && !canRead(candidate, old)) {
        return false;
      }
      if (forward && !canRead(old, candidate)) {
        return false;
      }
    }
    return true;
  }

  private static boolean canRead(Schema reader, Schema writer) {
    return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType()
        == SchemaCompatibilityType.COMPATIBLE;
  }
}
