package io.newsflow.ingest;

/**
 * Caps that keep one hostile input from exhausting the process.
 *
 * @param maxBytes largest single input (page, archived record) accepted
 * @param maxDecompressedBytes most bytes one compressed archive may expand to (a gzip bomb stops
 *     here)
 */
public record IngestLimits(long maxBytes, long maxDecompressedBytes) {
  public static IngestLimits of(long maxBytes) {
    return new IngestLimits(maxBytes, Math.max(maxBytes * 100, 1L << 30));
  }
}
