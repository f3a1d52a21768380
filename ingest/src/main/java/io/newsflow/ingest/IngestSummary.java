package io.newsflow.ingest;

import java.util.Map;
import java.util.TreeMap;

/** What one ingest run did. */
public final class IngestSummary {
  private long read;
  private long published;
  private long skipped;
  private final Map<String, Long> rejected = new TreeMap<>();

  void countRead() {
    read++;
  }

  void countPublished() {
    published++;
  }

  void countSkipped() {
    skipped++;
  }

  void countRejected(String reason) {
    rejected.merge(reason, 1L, Long::sum);
  }

  /** Published records that Kafka then refused one by one: they are dead letters, not articles. */
  void movePublishedToRejected(String reason, long n) {
    if (n > 0) {
      published -= n;
      rejected.merge(reason, n, Long::sum);
    }
  }

  public long inputs() {
    return read;
  }

  public long published() {
    return published;
  }

  public long skipped() {
    return skipped;
  }

  public Map<String, Long> rejectedByReason() {
    return Map.copyOf(rejected);
  }

  public long rejected() {
    return rejected.values().stream().mapToLong(Long::longValue).sum();
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder()
            .append("inputs ")
            .append(read)
            .append(", published ")
            .append(published)
            .append(", skipped (already seen) ")
            .append(skipped)
            .append(", rejected ")
            .append(rejected());
    if (!rejected.isEmpty()) {
      sb.append(' ').append(rejected);
    }
    return sb.toString();
  }
}
