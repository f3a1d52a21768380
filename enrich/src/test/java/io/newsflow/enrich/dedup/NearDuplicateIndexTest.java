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

  DedupEntry entry(String id, String text) {
    Fingerprinter.Fingerprint fp = Fingerprinter.of(text);
    return new DedupEntry(
        id,
        "https://example.com/" + id,
        fp.signature(),
        fp.lead(),
        fp.shingles(),
        0,
        0,
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
