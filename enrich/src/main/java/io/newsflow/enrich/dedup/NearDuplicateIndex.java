package io.newsflow.enrich.dedup;

import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Canonical articles indexed for near-duplicate search with locality-sensitive hashing: the full
 * signature is cut into {@value #BANDS} bands of {@value #ROWS} components (pairs with Jaccard 0.5
 * share a band with probability 0.998, pairs with 0.01 with 0.002), the lead signature into {@value
 * #LEAD_BANDS} bands of {@value #LEAD_ROWS}. Articles that share a band are candidates; a candidate
 * is a duplicate when the estimated Jaccard similarity reaches the threshold, or when the texts
 * open alike and the shorter one is (nearly) contained in the longer (a truncated or extended
 * copy).
 */
public final class NearDuplicateIndex {
  /**
   * Two rows a band: 21 bands give the recall 42 bands of three gave (slightly more at the
   * threshold, slightly less at 0.6), with half the band reads and writes per canonical, which were
   * most of the decision's store work. 32-bit band keys stay unique enough for a million
   * canonicals.
   */
  static final int ROWS = 2;

  static final int BANDS = 21;
  static final int LEAD_ROWS = 2;
  static final int LEAD_BANDS = 16;

  /** A band bucket keeps this many canonicals at most: beyond that the band says nothing. */
  static final int MAX_BUCKET = 16;

  /** Containment needs enough text to mean anything. */
  static final int MIN_SHINGLES_FOR_CONTAINMENT = 15;

  static final double LEAD_MATCH = 0.7;

  /** Full bands a canonical must share to be judged (see {@link #candidates}). */
  static final int MIN_FULL_HITS = 2;

  /** Lead bands a canonical must share to be judged as a truncated or extended copy. */
  static final int MIN_LEAD_HITS = 4;

  /** Canonicals judged per lookup at most: the decision's cost stays flat whatever is held. */
  static final int MAX_CANDIDATES = 8;

  public static final String METHOD_EXACT = "exact";
  public static final String METHOD_JACCARD = "minhash-lsh";
  public static final String METHOD_CONTAINMENT = "minhash-lsh-containment";

  /** A decision: the canonical it duplicates, how similar, and by which test. */
  public record Match(DedupEntry canonical, double similarity, String method) {}

  /**
   * Key of the index's stamp, written to both stores (no article id starts with a NUL). The bands
   * have no changelog: they are rebuilt from the canonicals whenever the two stamps differ.
   */
  static final String STAMP = "\u0000stamp";

  /**
   * Key of the stamp in the band store: it names the band layout too, so bands cut another way (an
   * earlier release's {@code 42 x 3}) are never in step and are rebuilt in this layout.
   */
  static final String BAND_STAMP =
      STAMP + ":f" + BANDS + "x" + ROWS + ",l" + LEAD_BANDS + "x" + LEAD_ROWS;

  private final Kv<byte[]> canonicals;
  private final Kv<byte[]> bandStore;
  private final Buckets bands;
  private final double jaccardThreshold;
  private final double containmentThreshold;
  private final long horizonMs;
  private long lookups;
  private long checked;

  /** The last lookup's fingerprint and the band buckets it read, for filing that same text. */
  private byte[] lastSignature;

  private Map<String, List<String>> lastBuckets;

  /**
   * @param horizonMs two reports whose stated publication times are further apart than this are
   *     never copies of each other (a report without one is compared with everything held)
   */
  public NearDuplicateIndex(
      Kv<byte[]> canonicals,
      Kv<byte[]> bands,
      double jaccardThreshold,
      double containmentThreshold,
      long horizonMs) {
    this.canonicals = canonicals;
    this.bandStore = bands;
    this.bands = new Buckets(bands, MAX_BUCKET);
    this.jaccardThreshold = jaccardThreshold;
    this.containmentThreshold = containmentThreshold;
    this.horizonMs = horizonMs;
  }

  /**
   * The best canonical that {@code id}'s text duplicates, if any (never itself); {@code
   * publishedAt} may be UNDATED.
   */
  public Optional<Match> find(String id, Fingerprinter.Fingerprint fp, long publishedAt) {
    if (fp.isEmpty()) {
      return Optional.empty();
    }
    List<String> candidates = candidates(id, fp);
    lookups++;
    checked += candidates.size();
    List<Match> matches = new ArrayList<>();
    for (String c : candidates) {
      byte[] raw = canonicals.get(c);
      if (raw == null) {
        continue; // evicted; its band entries go with the next clean-up
      }
      DedupEntry e = DedupEntry.decode(raw);
      if (publishedAt != DedupEntry.UNDATED
          && e.dated()
          && Math.abs(publishedAt - e.publishedAt()) > horizonMs) {
        continue; // reports this far apart in stated time are different news, however alike
      }
      judge(fp, e).ifPresent(matches::add);
    }
    // most similar first; ties to the lexically smallest id, so the decision never depends on hash
    // order
    return matches.stream()
        .max(
            Comparator.comparingDouble(Match::similarity)
                .thenComparing(m -> m.canonical().id(), Comparator.reverseOrder()));
  }

  /**
   * The canonicals worth a closer look, most band collisions first, at most {@value
   * #MAX_CANDIDATES}. One shared band is what unrelated texts on one subject often have (a
   * templated lead, a stock sentence); a copy shares many: at the Jaccard threshold (0.5) a
   * canonical shares at least {@value #MIN_FULL_HITS} of the {@value #BANDS} full bands with
   * probability 0.98 (0.999 at 0.6), and a truncated copy, whose lead is the original's, shares all
   * {@value #LEAD_BANDS} lead bands ({@value #MIN_LEAD_HITS} or more with probability 0.99 at the
   * lead test's 0.7). Pages with text too short for the full bands to say anything are judged on
   * any collision.
   */
  List<String> candidates(String id, Fingerprinter.Fingerprint fp) {
    Map<String, int[]> hits = new HashMap<>(); // id -> {full bands shared, lead bands shared}
    List<String> keys = bandKeys(fp.signature(), fp.lead());
    lastSignature = fp.signature();
    lastBuckets = new HashMap<>();
    for (String key : keys) {
      int kind = key.charAt(0) == 'f' ? 0 : 1;
      List<String> ids = bands.ids(key);
      lastBuckets.put(key, ids);
      for (String c : ids) {
        hits.computeIfAbsent(c, k -> new int[2])[kind]++;
      }
    }
    hits.remove(id);
    boolean shortText = fp.shingles() < MIN_SHINGLES_FOR_CONTAINMENT;
    return hits.entrySet().stream()
        .filter(
            e -> shortText || e.getValue()[0] >= MIN_FULL_HITS || e.getValue()[1] >= MIN_LEAD_HITS)
        .sorted(
            Comparator.<Map.Entry<String, int[]>>comparingInt(
                    e -> -(e.getValue()[0] + e.getValue()[1]))
                .thenComparing(Map.Entry::getKey))
        .limit(MAX_CANDIDATES)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Lookups so far and candidates judged in them (the decision's cost is the second per first). */
  public long lookups() {
    return lookups;
  }

  public long candidatesJudged() {
    return checked;
  }

  /** The strongest explanation of a match (Jaccard or containment), if any test passes. */
  Optional<Match> judge(Fingerprinter.Fingerprint fp, DedupEntry e) {
    double j = Fingerprinter.jaccard(Fingerprinter.FULL, fp.signature(), e.signature());
    boolean exact =
        fp.exact().isEmpty() || e.exact().isEmpty()
            ? j >= 0.999 && fp.shingles() == e.shingles() // an entry held from before format 3
            : fp.exact().equals(e.exact());
    if (exact) {
      return Optional.of(new Match(e, 1.0, METHOD_EXACT));
    }
    Match best = j >= jaccardThreshold ? new Match(e, j, METHOD_JACCARD) : null;
    int small = Math.min(fp.shingles(), e.shingles());
    if (small >= MIN_SHINGLES_FOR_CONTAINMENT
        && Fingerprinter.jaccard(Fingerprinter.LEAD, fp.lead(), e.lead()) >= LEAD_MATCH) {
      // |A ∩ B| = J (|A| + |B|) / (1 + J); containment of the smaller text in the larger
      double intersection = j * (fp.shingles() + e.shingles()) / (1 + j);
      double containment = Math.min(1.0, intersection / small);
      if (containment >= containmentThreshold
          && (best == null || containment > best.similarity())) {
        best = new Match(e, containment, METHOD_CONTAINMENT);
      }
    }
    return Optional.ofNullable(best);
  }

  /** Remembers a canonical (or its new revision, replacing the old one's bands). */
  public void add(DedupEntry entry) {
    byte[] old = canonicals.get(entry.id());
    // a decision reads the bands once: filing the text just looked up reuses the buckets read
    Map<String, List<String>> read =
        old == null && entry.signature() == lastSignature ? lastBuckets : Map.of();
    lastSignature = null;
    lastBuckets = null;
    if (old != null) {
      removeFromBands(DedupEntry.decode(old));
    }
    canonicals.put(entry.id(), entry.encode());
    for (String key : bandKeys(entry.signature(), entry.lead())) {
      List<String> ids = read.get(key);
      if (ids != null) {
        bands.add(key, entry.id(), ids);
      } else {
        bands.add(key, entry.id());
      }
    }
  }

  public void countDuplicate(DedupEntry canonical, long at) {
    canonicals.put(canonical.id(), canonical.seenAgain(at).encode());
  }

  public Optional<DedupEntry> get(String id) {
    byte[] raw = canonicals.get(id);
    return raw == null ? Optional.empty() : Optional.of(DedupEntry.decode(raw));
  }

  /**
   * Forgets canonicals held (processing time) since before {@code cutoff}; returns how many.
   * Processing time, not event time: what the index holds must not depend on the stated dates of
   * unrelated reports.
   */
  public int evictHeldBefore(long cutoff) {
    List<DedupEntry> expired = new ArrayList<>();
    canonicals.forEach(
        (id, raw) -> {
          if (id.equals(STAMP)) {
            return;
          }
          DedupEntry e = DedupEntry.decode(raw);
          if (e.heldSince() < cutoff) {
            expired.add(e);
          }
        });
    for (DedupEntry e : expired) {
      removeFromBands(e);
      canonicals.delete(e.id());
    }
    return expired.size();
  }

  /**
   * Whether the bands were built from the canonicals as they stand. The bands are a derived index
   * kept without a changelog (it would cost one changelog record per band per article): the
   * canonicals come back from their changelog, the bands do not. Each start stamps both stores
   * alike; the stamps differ when the band store is new here (a new instance, a promoted standby, a
   * task that moved), was wiped (exactly-once wipes a task's stores after a crash) or is stale (a
   * task that ran elsewhere and came back), and then the bands are rebuilt.
   */
  public boolean bandsInStep() {
    byte[] a = canonicals.get(STAMP);
    byte[] b = bandStore.get(BAND_STAMP);
    return a != null && Arrays.equals(a, b);
  }

  /** Marks the bands as built from the canonicals as they stand (see {@link #bandsInStep}). */
  public void stamp(byte[] token) {
    canonicals.put(STAMP, token);
    bandStore.put(BAND_STAMP, token);
  }

  /**
   * Rebuilds the bands from the canonicals, oldest first, so that a full bucket keeps the most
   * recent canonicals as it did when it was built live; returns how many canonicals.
   *
   * @param progress told how many canonicals are filed so far, every {@value #PROGRESS_EVERY}
   */
  public int rebuildBands(IntConsumer progress) {
    List<String> stale = new ArrayList<>();
    bandStore.forEach((key, value) -> stale.add(key));
    stale.forEach(bandStore::delete);
    List<Map.Entry<String, Long>> held = new ArrayList<>();
    canonicals.forEach(
        (id, raw) -> {
          if (!id.equals(STAMP)) {
            held.add(Map.entry(id, DedupEntry.decode(raw).heldSince()));
          }
        });
    held.sort(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
    int n = 0;
    for (Map.Entry<String, Long> h : held) {
      byte[] raw = canonicals.get(h.getKey());
      DedupEntry e = DedupEntry.decode(raw);
      for (String key : bandKeys(e.signature(), e.lead())) {
        bands.add(key, e.id());
      }
      if (++n % PROGRESS_EVERY == 0) {
        progress.accept(n);
      }
    }
    return n;
  }

  static final int PROGRESS_EVERY = 50_000;

  private void removeFromBands(DedupEntry e) {
    for (String key : bandKeys(e.signature(), e.lead())) {
      bands.remove(key, e.id());
    }
  }

  static List<String> bandKeys(byte[] signature, byte[] lead) {
    List<String> keys = new ArrayList<>(BANDS + LEAD_BANDS);
    addBands(keys, "f", Fingerprinter.FULL, signature, BANDS, ROWS);
    addBands(keys, "l", Fingerprinter.LEAD, lead, LEAD_BANDS, LEAD_ROWS);
    return keys;
  }

  private static void addBands(
      List<String> keys,
      String kind,
      SimilarityHashPolicy policy,
      byte[] sig,
      int bands,
      int rows) {
    if (sig.length == 0) {
      return;
    }
    StringBuilder sb = new StringBuilder(24);
    for (int b = 0; b < bands; b++) {
      sb.setLength(0);
      sb.append(kind).append(b).append(':');
      for (int r = 0; r < rows; r++) {
        sb.append(Long.toHexString(policy.getComponent(sig, b * rows + r)))
            .append(r + 1 < rows ? "." : "");
      }
      keys.add(sb.toString());
    }
  }
}
