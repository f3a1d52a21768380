package io.newsflow.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails once more than a set number of bytes has been read: decompression stops before a bomb fills
 * memory.
 */
public final class CappedInputStream extends FilterInputStream {
  /** Thrown when the cap is passed. */
  public static final class CapExceededException extends IOException {
    private static final long serialVersionUID = 1L;

    public CapExceededException(long cap) {
      super("expands to more than " + cap + " bytes (ingest.max.decompressed.bytes)");
    }
  }

  private final long cap;
  private long read;

  public CappedInputStream(InputStream in, long cap) {
    super(in);
    this.cap = cap;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(long n) throws CapExceededException {
    read += n;
    if (read > cap) {
      throw new CapExceededException(cap);
    }
  }
}
