package io.newsflow.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Cuts a WARC byte stream into records and checks each one before it is parsed, so one damaged
 * record costs that record only: the header must start with {@code WARC/1.}, the block must be
 * exactly {@code Content-Length} bytes followed by the record separator and then the next record
 * (or the end), and a {@code WARC-Block-Digest} (SHA-1) must match the block. A record that fails
 * any check is reported with its offset and reason, and reading resumes at the next line that
 * starts a record ({@code WARC/1.}) after the damaged record's header: a Content-Length that is too
 * long does not swallow the records after it, one that is too short does not publish a truncated
 * page.
 */
final class WarcRecords {
  /**
   * A record that passed the checks (header and block, without the separator), or a damaged one.
   */
  sealed interface Item permits Good, Damaged {}

  record Good(long offset, byte[] bytes) implements Item {}

  record Damaged(long offset, String reason) implements Item {}

  private static final int MAX_HEADER = 64 * 1024;
  private static final byte[] MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

  private final InputStream in;
  private final long maxBlock;

  /**
   * Bytes read but not consumed: the stream is read through this window so a record can be
   * re-scanned.
   */
  private byte[] buf = new byte[1 << 16];

  private int start;
  private int end;
  private long consumed;
  private boolean eof;

  /**
   * Whether the last consumed byte ended a line (or nothing was consumed): a record may start here.
   */
  private boolean lineStart = true;

  WarcRecords(InputStream in, long maxBlock) {
    this.in = in;
    this.maxBlock = maxBlock;
  }

  /** The next record or damage, or null at the end of the stream. */
  Item next() throws IOException {
    skipSeparators();
    if (!fill(1)) {
      return null;
    }
    long offset = consumed;
    if (!startsWith(start, MAGIC)) {
      return resync(offset, "no WARC record starts here");
    }
    int header = headerLength();
    if (header < 0) {
      return resync(
          offset, "the record header has no end (no blank line within " + MAX_HEADER + " bytes)");
    }
    String fields = new String(buf, start, header, StandardCharsets.ISO_8859_1);
    long length = contentLength(fields);
    if (length < 0) {
      return resyncAfter(offset, header, "the record header has no valid Content-Length");
    }
    if (length > maxBlock) {
      return resyncAfter(
          offset, header, "the record block is " + length + " bytes, over the cap of " + maxBlock);
    }
    int need = header + (int) length;
    if (!fill(need)) {
      return resyncAfter(
          offset,
          header,
          "the archive ends inside the record's block (Content-Length "
              + length
              + ", "
              + (end - start - header)
              + " bytes left)");
    }
    fill(need + 4 + MAGIC.length); // may move the window: positions below are taken after it
    int blockStart = start + header;
    int blockEnd = blockStart + (int) length;
    // after the block: CRLF CRLF, then the next record or the end; anything else means
    // Content-Length is wrong
    int after = blockEnd;
    int crlf = 0;
    while (after < end && (buf[after] == '\r' || buf[after] == '\n') && crlf < 4) {
      after++;
      crlf++;
    }
    boolean nextOk =
        crlf >= 2
            && (after == end && eof
                || startsWith(after, MAGIC)
                || after < end && eof && allSeparators(after));
    if (!nextOk) {
      return resyncAfter(
          offset,
          header,
          "the block does not end where its Content-Length ("
              + length
              + ") says: the header's length is wrong or the record was cut");
    }
    String digest = field(fields, "WARC-Block-Digest");
    if (digest != null && digest.toLowerCase(Locale.ROOT).startsWith("sha1:")) {
      String want = digest.substring(5).trim().toUpperCase(Locale.ROOT);
      String got = sha1Base32(buf, blockStart, (int) length);
      if (!want.equals(got)) {
        return resyncAfter(
            offset,
            header,
            "WARC-Block-Digest " + digest + " does not match the block (sha1:" + got + ")");
      }
    }
    byte[] bytes = new byte[blockEnd - start + 4];
    System.arraycopy(buf, start, bytes, 0, blockEnd - start);
    bytes[bytes.length - 4] = '\r';
    bytes[bytes.length - 3] = '\n';
    bytes[bytes.length - 2] = '\r';
    bytes[bytes.length - 1] = '\n';
    consume(after - start);
    return new Good(offset, bytes);
  }

  private boolean allSeparators(int from) {
    for (int i = from; i < end; i++) {
      if (buf[i] != '\r' && buf[i] != '\n') {
        return false;
      }
    }
    return true;
  }

  /**
   * Damage at {@code offset}: resume at the next record start after the current position's first
   * byte.
   */
  private Item resync(long offset, String reason) throws IOException {
    consume(1);
    seekMagic();
    return new Damaged(offset, reason);
  }

  /**
   * Damage of a record whose header was read: resume at the next record start after that header.
   */
  private Item resyncAfter(long offset, int header, String reason) throws IOException {
    consume(header);
    seekMagic();
    return new Damaged(offset, reason);
  }

  /** Moves to the next "WARC/1." at the start of a line (or the end of the stream). */
  private void seekMagic() throws IOException {
    while (true) {
      if (!fill(MAGIC.length)) {
        consume(end - start);
        return;
      }
      if (lineStart && startsWith(start, MAGIC)) {
        return;
      }
      for (int i = start; i + 1 + MAGIC.length <= end; i++) {
        if (buf[i] == '\n' && startsWith(i + 1, MAGIC)) {
          consume(i + 1 - start);
          return;
        }
      }
      int keep = Math.min(end - start, MAGIC.length);
      consume(
          end - start - keep); // a match may straddle the window's end: keep its possible beginning
      if (!fill(keep + 1)) {
        consume(end - start);
        return;
      }
    }
  }

  private void skipSeparators() throws IOException {
    while (fill(1) && (buf[start] == '\r' || buf[start] == '\n')) {
      consume(1);
    }
  }

  /** Length of the header up to and including the blank line that ends it, or -1. */
  private int headerLength() throws IOException {
    int scanned = 0;
    while (true) {
      for (int i = start + scanned; i < end; i++) {
        if (buf[i] == '\n') {
          if (i + 2 < end && buf[i + 1] == '\r' && buf[i + 2] == '\n') {
            return i + 3 - start;
          }
          if (i + 1 < end && buf[i + 1] == '\n') {
            return i + 2 - start;
          }
        }
      }
      scanned = Math.max(0, end - start - 3);
      if (end - start >= MAX_HEADER || !fill(end - start + 1)) {
        return -1;
      }
    }
  }

  private static long contentLength(String header) {
    String v = field(header, "Content-Length");
    if (v == null) {
      return -1;
    }
    try {
      long n = Long.parseLong(v.trim());
      return n < 0 ? -1 : n;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String field(String header, String name) {
    for (String line : header.split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
        return line.substring(colon + 1).trim();
      }
    }
    return null;
  }

  private boolean startsWith(int at, byte[] p) {
    if (at + p.length > end) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (buf[at + i] != p[i]) {
        return false;
      }
    }
    return true;
  }

  private void consume(int n) {
    if (n > 0) {
      lineStart = buf[start + n - 1] == '\n';
    }
    start += n;
    consumed += n;
  }

  /**
   * Makes at least {@code n} unconsumed bytes available if the stream has them; false if it ends
   * first.
   */
  private boolean fill(int n) throws IOException {
    if (end - start >= n) {
      return true;
    }
    if (start > 0) {
      System.arraycopy(buf, start, buf, 0, end - start);
      end -= start;
      start = 0;
    }
    if (n > buf.length) {
      byte[] bigger = new byte[Math.max(n, buf.length * 2)];
      System.arraycopy(buf, 0, bigger, 0, end);
      buf = bigger;
    }
    while (end - start < n && !eof) {
      int r = in.read(buf, end, buf.length - end);
      if (r < 0) {
        eof = true;
      } else {
        end += r;
      }
    }
    return end - start >= n;
  }

  static String sha1Base32(byte[] b, int off, int len) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-1");
      md.update(b, off, len);
      return base32(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String base32(byte[] data) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    StringBuilder sb = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte x : data) {
      buffer = (buffer << 8) | (x & 0xFF);
      bits += 8;
      while (bits >= 5) {
        sb.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      sb.append(alphabet.charAt((buffer << (5 - bits)) & 31));
    }
    return sb.toString();
  }
}
