package io.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The decision's cost stays flat: however many held reports share a stock lead or stock sentences
 * with a new one, a lookup judges a bounded handful of candidates and still finds the copies.
 */
class NearDuplicateIndexTest {
  static final String[] CITIES = {"Nairobi", "Lagos", "Lima", "Hanoi", "Karachi", "Tehran"};
  static final String[] EVENTS = {
    "a fire broke out at a market", "protesters blocked a highway", "a bus crashed on a bridge"
  };

  final Kv<byte[]> canonicals = Kv.inMemory();
  final Kv<byte[]> bands = Kv.inMemory();
  final NearDuplicateIndex index = new NearDuplicateIndex(canonicals, bands, 0.5, 0.8, 0);

  /** A report in a wire service's template: the same lead words, different details and body. */
  static String report(int n) {
    SplittableRandom r = new SplittableRandom(n);
    String city = CITIES[n % CITIES.length];
    StringBuilder sb =
        new StringBuilder(
            city.toUpperCase()
                + " (Wire) - In "
                + city
                + ", "
                + EVENTS[n % EVENTS.length]
                + " on Monday, officials said, in the latest incident to hit the country this"
                + " year. The ministry said it was investigating and urged calm. \"We will not"
                + " allow this to happen again,\" a spokesman told reporters.\n\n");
    for (int p = 0; p < 6; p++) {
      for (int w = 0; w < 40; w++) {
        sb.append("w").append(r.nextInt(3_000)).append(' ');
      }
      sb.append(".\n\n");
    }
    return sb.toString();
  }

  /** Every band bucket, as key=ids, without the stamp. */
  static List<String> bandLines(Kv<byte[]> bands) {
    List<String> out = new ArrayList<>();
    bands.forEach(
        (k, v) -> {
          if (!k.startsWith(NearDuplicateIndex.STAMP)) {
            out.add(k + "=" + Buckets.decode(v));
          }
        });
    return out;
  }

  DedupEntry entry(String id, String text) {
    return entry(id, text, 0);
  }

  DedupEntry entry(String id, String text, long heldSince) {
    Fingerprinter.Fingerprint fp = Fingerprinter.of(text);
    return new DedupEntry(
        id,
        "https://example.com/" + id,
        fp.signature(),
        fp.lead(),
        fp.shingles(),
        0,
        heldSince,
        DedupEntry.UNDATED,
        id,
        fp.exact());
  }

  @Test
  void lookupsJudgeAHandfulAmongThousandsOfLookalikesAndStillFindCopies() {
    int held = 3_000;
    for (int i = 0; i < held; i++) {
      index.add(entry("r" + i, report(i)));
    }
    long lookups = index.lookups();
    long judged = index.candidatesJudged();
    List<String> found = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String original = report(i * 7);
      String truncated = original.substring(0, original.length() * 6 / 10);
      Optional<NearDuplicateIndex.Match> copy =
          index.find("t" + i, Fingerprinter.of(truncated), DedupEntry.UNDATED);
      copy.ifPresent(m -> found.add(m.canonical().id()));
      assertThat(copy).map(m -> m.canonical().id()).contains("r" + (i * 7));
      // an independent report in the same template is not a copy
      assertThat(index.find("n" + i, Fingerprinter.of(report(held + i)), DedupEntry.UNDATED))
          .isEmpty();
    }
    double perLookup = (index.candidatesJudged() - judged) / (double) (index.lookups() - lookups);
    assertThat(perLookup).isLessThanOrEqualTo(NearDuplicateIndex.MAX_CANDIDATES);
    assertThat(found).hasSize(200);
  }

  @Test
  void bandsRebuiltFromTheCanonicalsFindWhatTheLiveBandsFound() {
    for (int i = 0; i < 300; i++) {
      index.add(entry("r" + i, report(i), 1_000 + i)); // filed one after another
    }
    index.stamp(new byte[] {1});
    assertThat(index.bandsInStep()).isTrue();
    List<String> live = bandLines(bands);

    // exactly-once wiped the band store after a crash; the canonicals came back from their
    // changelog
    List<String> keys = new ArrayList<>();
    bands.forEach((k, v) -> keys.add(k));
    keys.forEach(bands::delete);
    assertThat(index.bandsInStep()).isFalse();
    String truncated = report(42).substring(0, report(42).length() * 6 / 10);
    assertThat(index.find("t", Fingerprinter.of(truncated), DedupEntry.UNDATED)).isEmpty();

    assertThat(index.rebuildBands(n -> {})).isEqualTo(300);
    index.stamp(new byte[] {2});
    assertThat(index.bandsInStep()).isTrue();
    assertThat(bandLines(bands)).isEqualTo(live);
    assertThat(index.find("t", Fingerprinter.of(truncated), DedupEntry.UNDATED))
        .map(m -> m.canonical().id())
        .contains("r42");
  }

  @Test
  void bandsCutAnotherWayByAnEarlierReleaseAreRebuilt() {
    index.add(entry("r1", report(1)));
    index.stamp(new byte[] {1});
    List<String> live = bandLines(bands);
    // what an earlier release left: its own band keys (42 bands of 3 rows), stamped alike
    List<String> keys = new ArrayList<>();
    bands.forEach((k, v) -> keys.add(k));
    keys.forEach(bands::delete);
    bands.put("f0:1a2b.3c4d.5e6f", Buckets.encode(List.of("r1")));
    bands.put(NearDuplicateIndex.STAMP, new byte[] {1});
    assertThat(index.bandsInStep()).isFalse();
    index.rebuildBands(n -> {});
    index.stamp(new byte[] {2});
    assertThat(index.bandsInStep()).isTrue();
    assertThat(bandLines(bands)).isEqualTo(live);
    List<String> after = new ArrayList<>();
    bands.forEach((k, v) -> after.add(k));
    assertThat(after).doesNotContain("f0:1a2b.3c4d.5e6f", NearDuplicateIndex.STAMP);
  }

  @Test
  void aBandStoreThatMissedWhatHappenedElsewhereIsOutOfStep() {
    index.add(entry("r1", report(1)));
    index.stamp(new byte[] {1});
    // the task ran on another instance meanwhile: it filed a canonical and stamped its own bands
    Kv<byte[]> elsewhere = Kv.inMemory();
    NearDuplicateIndex there = new NearDuplicateIndex(canonicals, elsewhere, 0.5, 0.8, 0);
    there.add(entry("r2", report(2)));
    there.stamp(new byte[] {2});
    // back here, the old band store holds nothing of r2
    assertThat(index.bandsInStep()).isFalse();
    index.rebuildBands(n -> {});
    assertThat(index.find("c", Fingerprinter.of(report(2)), DedupEntry.UNDATED))
        .map(m -> m.canonical().id())
        .contains("r2");
  }

  @Test
  void evictionPassesOverTheStamp() {
    index.add(entry("r1", report(1)));
    index.stamp(new byte[] {1});
    assertThat(index.evictHeldBefore(Long.MAX_VALUE)).isEqualTo(1);
    assertThat(index.get("r1")).isEmpty();
  }

  @Test
  void bucketsStayBoundedWhenEveryReportSharesABand() {
    for (int i = 0; i < 500; i++) {
      index.add(entry("r" + i, report(i)));
    }
    int[] largest = {0};
    bands.forEach((key, value) -> largest[0] = Math.max(largest[0], Buckets.decode(value).size()));
    assertThat(largest[0]).isLessThanOrEqualTo(NearDuplicateIndex.MAX_BUCKET);
  }

  @Test
  void filingTheTextJustLookedUpGivesTheSameBandsAsFilingAfresh() {
    Kv<byte[]> otherBands = Kv.inMemory();
    NearDuplicateIndex fresh = new NearDuplicateIndex(Kv.inMemory(), otherBands, 0.5, 0.8, 0);
    for (int i = 0; i < 50; i++) {
      DedupEntry e = entry("r" + i, report(i));
      Fingerprinter.Fingerprint fp =
          new Fingerprinter.Fingerprint(e.signature(), e.lead(), e.shingles(), e.exact());
      assertThat(index.find(e.id(), fp, DedupEntry.UNDATED)).isEmpty();
      index.add(e); // reuses the buckets the lookup read
      fresh.add(e);
    }
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    bands.forEach((k, v) -> a.add(k + "=" + Buckets.decode(v)));
    otherBands.forEach((k, v) -> b.add(k + "=" + Buckets.decode(v)));
    assertThat(a).isEqualTo(b);
  }
}
