package io.newsflow.enrich.dedup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * What the de-duplicator remembers of a canonical article: its fingerprints, size, url, how many duplicates it has
 * had, and when it was last seen (event time; drives eviction). Stored compactly in RocksDB.
 */
public record DedupEntry(String id, String url, byte[] signature, byte[] lead, int shingles, int duplicates,
    long lastSeen) {

  public byte[] encode() {
    byte[] idb = id.getBytes(StandardCharsets.UTF_8);
    byte[] urlb = url.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(1 + 8 + 4 + 4 + 4 * 4 + idb.length + urlb.length + signature.length + lead.length);
    b.put((byte) 1); // format version
    b.putLong(lastSeen).putInt(duplicates).putInt(shingles);
    b.putInt(idb.length).put(idb).putInt(urlb.length).put(urlb);
    b.putInt(signature.length).put(signature).putInt(lead.length).put(lead);
    return b.array();
  }

  public static DedupEntry decode(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    byte version = b.get();
    if (version != 1) {
      throw new IllegalStateException("Unknown dedup entry format " + version);
    }
    long lastSeen = b.getLong();
    int duplicates = b.getInt();
    int shingles = b.getInt();
    String id = new String(take(b), StandardCharsets.UTF_8);
    String url = new String(take(b), StandardCharsets.UTF_8);
    byte[] sig = take(b);
    byte[] lead = take(b);
    return new DedupEntry(id, url, sig, lead, shingles, duplicates, lastSeen);
  }

  private static byte[] take(ByteBuffer b) {
    byte[] out = new byte[b.getInt()];
    b.get(out);
    return out;
  }

  public DedupEntry seenAgain(long at) {
    return new DedupEntry(id, url, signature, lead, shingles, duplicates + 1, Math.max(lastSeen, at));
  }
}
