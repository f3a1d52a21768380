package io.newsflow.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The decompressed bytes of a gzip file read member by member (a WARC.gz holds one member per
 * record). A damaged member (bad deflate data, a CRC or length mismatch, a cut) is reported with
 * its offset and skipped, and reading resumes at the next gzip header: {@link
 * java.util.zip.GZIPInputStream} would stop at the first damaged member and lose every record after
 * it. A member is checked whole before any of its bytes are handed out, up to {@code bufferCap}
 * bytes; a larger one (a whole file compressed as one member) is handed out as it inflates. The
 * total output is capped (gzip bombs).
 */
final class GzipMembers extends InputStream {
  /** A member that could not be read: where it starts and why. */
  record Damage(long offset, String reason) {}

  private final FileChannel ch;
  private final long size;
  private final long bufferCap;
  private final long maxTotal;
  private final Consumer<Damage> onDamage;
  private long pos;
  private boolean afterDamage;
  private long total;
  private byte[] out = new byte[0];
  private int outIdx;

  /** A member too large to check first: inflated on demand. */
  private Member streaming;

  private final ByteBuffer in = ByteBuffer.allocate(1 << 16);

  GzipMembers(Path file, long bufferCap, long maxTotal, Consumer<Damage> onDamage)
      throws IOException {
    this.ch = FileChannel.open(file, StandardOpenOption.READ);
    this.size = ch.size();
    this.bufferCap = bufferCap;
    this.maxTotal = maxTotal;
    this.onDamage = onDamage;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    while (outIdx >= out.length) {
      if (!advance()) {
        return -1;
      }
    }
    int n = Math.min(len, out.length - outIdx);
    System.arraycopy(out, outIdx, b, off, n);
    outIdx += n;
    return n;
  }

  /** Loads the next chunk of output; false at the end of the file. */
  private boolean advance() throws IOException {
    if (streaming != null) {
      return streamMore();
    }
    while (pos < size) {
      long member = findMagic(pos);
      if (member < 0) {
        if (!afterDamage && nonZero(pos, size)) {
          onDamage.accept(
              new Damage(pos, "bytes after the last gzip member are not a gzip member"));
        }
        pos = size;
        return false;
      }
      if (member > pos && !afterDamage && nonZero(pos, member)) {
        onDamage.accept(new Damage(pos, (member - pos) + " bytes that are not a gzip member"));
      }
      try {
        afterDamage = false;
        if (inflateMember(member)) {
          return true;
        }
      } catch (DamagedMember e) {
        onDamage.accept(new Damage(member, e.getMessage()));
        pos = member + 1;
        afterDamage =
            true; // the bytes up to the next member are the rest of this one: one damage, not two
      }
    }
    return false;
  }

  private static final class DamagedMember extends Exception {
    private static final long serialVersionUID = 1L;

    DamagedMember(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * One member being inflated: where it starts, how far its compressed bytes have been read, its
   * running CRC.
   */
  private final class Member {
    final long start;
    final Inflater inf = new Inflater(true);
    final CRC32 crc = new CRC32();
    long read;

    Member(long start) throws IOException, DamagedMember {
      this.start = start;
      this.read = start + headerLength(start);
      in.clear().limit(0);
    }

    /**
     * The next inflated bytes into {@code chunk} (their count), or -1 once the member's trailer
     * checked out.
     */
    int next(byte[] chunk) throws IOException, DamagedMember {
      try {
        while (!inf.finished()) {
          if (inf.needsInput()) {
            in.clear();
            int n = ch.read(in, read);
            if (n <= 0) {
              throw new DamagedMember("the gzip member is cut (the file ends inside it)");
            }
            read += n;
            in.flip();
            inf.setInput(in);
          }
          int n = inf.inflate(chunk);
          if (n > 0) {
            total += n;
            if (total > maxTotal) {
              throw new CappedInputStream.CapExceededException(maxTotal);
            }
            crc.update(chunk, 0, n);
            return n;
          }
          if (inf.needsDictionary()) {
            throw new DamagedMember("the gzip member needs a preset dictionary");
          }
        }
      } catch (DataFormatException e) {
        throw new DamagedMember("bad deflate data in the gzip member: " + e.getMessage());
      }
      long end = read - inf.getRemaining();
      checkTrailer(end, crc.getValue(), inf.getBytesWritten());
      pos = end + 8;
      return -1;
    }
  }

  /**
   * Inflates the member at {@code at}; true when output is ready (whole, or the first part of a
   * large one).
   */
  private boolean inflateMember(long at) throws IOException, DamagedMember {
    Member m = new Member(at);
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    byte[] chunk = new byte[1 << 16];
    boolean handedOver = false;
    try {
      for (int n; (n = m.next(chunk)) >= 0; ) {
        buf.write(chunk, 0, n);
        if (buf.size() > bufferCap) {
          // too large to check first: hand out what is inflated and go on inflating on demand
          streaming = m;
          handedOver = true;
          out = buf.toByteArray();
          outIdx = 0;
          return true;
        }
      }
      out = buf.toByteArray();
      outIdx = 0;
      return out.length > 0 || advance();
    } finally {
      if (!handedOver) {
        m.inf.end();
      }
    }
  }

  private boolean streamMore() throws IOException {
    byte[] chunk = new byte[1 << 16];
    try {
      int n = streaming.next(chunk);
      if (n >= 0) {
        out = Arrays.copyOf(chunk, n);
        outIdx = 0;
        return true;
      }
    } catch (DamagedMember e) {
      onDamage.accept(new Damage(streaming.start, e.getMessage()));
      pos = streaming.start + 1;
      afterDamage = true;
    }
    streaming.inf.end();
    streaming = null;
    return advance();
  }

  private void checkTrailer(long at, long crc, long written) throws IOException, DamagedMember {
    ByteBuffer t = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    if (ch.read(t, at) < 8) {
      throw new DamagedMember("the gzip member has no trailer (the file is cut)");
    }
    t.flip();
    long wantCrc = t.getInt() & 0xFFFFFFFFL;
    long wantSize = t.getInt() & 0xFFFFFFFFL;
    if (wantCrc != crc) {
      throw new DamagedMember("the gzip member's CRC does not match its data");
    }
    if (wantSize != (written & 0xFFFFFFFFL)) {
      throw new DamagedMember("the gzip member's length does not match its data");
    }
  }

  /**
   * Bytes of the gzip header at {@code at} (RFC 1952: fixed part, optional extra, name, comment,
   * header CRC).
   */
  private int headerLength(long at) throws IOException, DamagedMember {
    ByteBuffer h = ByteBuffer.allocate(10);
    if (ch.read(h, at) < 10) {
      throw new DamagedMember("the gzip header is cut");
    }
    int flags = h.get(3) & 0xFF;
    long p = at + 10;
    if ((flags & 4) != 0) {
      ByteBuffer x = ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN);
      ch.read(x, p);
      p += 2 + (x.getShort(0) & 0xFFFF);
    }
    if ((flags & 8) != 0) {
      p = afterZero(p);
    }
    if ((flags & 16) != 0) {
      p = afterZero(p);
    }
    if ((flags & 2) != 0) {
      p += 2;
    }
    return (int) (p - at);
  }

  private long afterZero(long p) throws IOException, DamagedMember {
    ByteBuffer one = ByteBuffer.allocate(1);
    for (long i = p; i < Math.min(size, p + 65536); i++) {
      one.clear();
      ch.read(one, i);
      if (one.get(0) == 0) {
        return i + 1;
      }
    }
    throw new DamagedMember("the gzip header's name or comment has no end");
  }

  /** The next offset at or after {@code from} holding a gzip header start (1f 8b 08), or -1. */
  private long findMagic(long from) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(1 << 16);
    long p = from;
    while (p < size) {
      b.clear();
      int n = ch.read(b, p);
      if (n < 3) {
        return -1;
      }
      for (int i = 0; i + 2 < n; i++) {
        if ((b.get(i) & 0xFF) == 0x1f && (b.get(i + 1) & 0xFF) == 0x8b && b.get(i + 2) == 8) {
          return p + i;
        }
      }
      p += n - 2;
    }
    return -1;
  }

  private boolean nonZero(long from, long to) throws IOException {
    ByteBuffer b = ByteBuffer.allocate((int) Math.min(1 << 16, to - from));
    for (long p = from; p < to; ) {
      b.clear();
      b.limit((int) Math.min(b.capacity(), to - p));
      int n = ch.read(b, p);
      if (n <= 0) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (b.get(i) != 0) {
          return true;
        }
      }
      p += n;
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    if (streaming != null) {
      streaming.inf.end();
    }
    ch.close();
  }
}
