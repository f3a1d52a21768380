package io.newsflow.enrich.dedup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * What the de-duplicator remembers of a canonical article: its fingerprints, size, url, how many
 * duplicates it has had, when it was last held (processing time; drives eviction), its stated
 * publication time ({@link #UNDATED} when the page stated none), its story and its exact-text hash.
 * Stored compactly in RocksDB; formats 1 (before stories) and 2 (before the exact-text hash) still
 * read.
 *
 * @param heldSince processing time of the latest report of it (epoch ms)
 * @param publishedAt stated publication time (epoch ms), or {@link #UNDATED}
 * @param exact {@link Fingerprinter#exact} of its text; empty for entries of formats 1 and 2
 */
public record DedupEntry(
    String id,
    String url,
    byte[] signature,
    byte[] lead,
    int shingles,
    int duplicates,
    long heldSince,
    long publishedAt,
    String storyId,
    String exact) {
  public static final long UNDATED = Long.MIN_VALUE;
  private static final byte FORMAT = 3;

  public byte[] encode() {
    byte[] idb = id.getBytes(StandardCharsets.UTF_8);
    byte[] urlb = url.getBytes(StandardCharsets.UTF_8);
    byte[] storyb = storyId.getBytes(StandardCharsets.UTF_8);
    byte[] exactb = exact.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b =
        ByteBuffer.allocate(
            1
                + 8
                + 4
                + 4
                + 8
                + 6 * 4
                + idb.length
                + urlb.length
                + signature.length
                + lead.length
                + storyb.length
                + exactb.length);
    b.put(FORMAT);
    b.putLong(heldSince).putInt(duplicates).putInt(shingles);
    b.putInt(idb.length).put(idb).putInt(urlb.length).put(urlb);
    b.putInt(signature.length).put(signature).putInt(lead.length).put(lead);
    b.putLong(publishedAt).putInt(storyb.length).put(storyb);
    b.putInt(exactb.length).put(exactb);
    return b.array();
  }

  public static DedupEntry decode(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    byte version = b.get();
    if (version < 1 || version > FORMAT) {
      throw new IllegalStateException("Unknown dedup entry format " + version);
    }
    long held = b.getLong();
    int duplicates = b.getInt();
    int shingles = b.getInt();
    String id = new String(take(b), StandardCharsets.UTF_8);
    String url = new String(take(b), StandardCharsets.UTF_8);
    byte[] sig = take(b);
    byte[] lead = take(b);
    if (version == 1) { // before stories: its own story, publication time unknown
      return new DedupEntry(id, url, sig, lead, shingles, duplicates, held, UNDATED, id, "");
    }
    long published = b.getLong();
    String story = new String(take(b), StandardCharsets.UTF_8);
    String exact = version >= 3 ? new String(take(b), StandardCharsets.UTF_8) : "";
    return new DedupEntry(id, url, sig, lead, shingles, duplicates, held, published, story, exact);
  }

  private static byte[] take(ByteBuffer b) {
    byte[] out = new byte[b.getInt()];
    b.get(out);
    return out;
  }

  public boolean dated() {
    return publishedAt != UNDATED;
  }

  public DedupEntry seenAgain(long now) {
    return new DedupEntry(
        id,
        url,
        signature,
        lead,
        shingles,
        duplicates + 1,
        Math.max(heldSince, now),
        publishedAt,
        storyId,
        exact);
  }
}
