package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bench warms an application up until its JIT compilers have settled, within a bound. */
class WarmUpTest {
  static Bench bench(int warmup, int jitPercent, int max) {
    Bench b = new Bench();
    b.warmup = warmup;
    b.warmupJit = jitPercent;
    b.warmupMax = max;
    b.warmupCorpus = new ArrayList<>(new Corpus(b.seed + 2, b.dupRate).pages(warmup));
    return b;
  }

  /** Warms {@code b} up, recording what it sends; round k reports the k-th of {@code shares}. */
  static Map<String, Object> warmUp(Bench b, List<List<Corpus.Page>> sent, Double... shares)
      throws Exception {
    Iterator<Double> next = List.of(shares).iterator();
    return b.warmUp(
        sent::add,
        pages -> {
          assertThat(next.hasNext()).as("a round more than expected").isTrue();
          sent.add(pages);
          return next.next();
        });
  }

  @Test
  void roundsGoOnUntilTheJitTakesLessThanItsShare() throws Exception {
    Bench b = bench(3_000, 15, 15_000);
    List<List<Corpus.Page>> sent = new ArrayList<>();
    Map<String, Object> r = warmUp(b, sent, 0.45, 0.30, 0.12, 0.05);
    assertThat(sent).hasSize(4); // the first 3,000 pages, then three rounds of 1,000
    assertThat(sent.get(0)).hasSize(3_000);
    assertThat(sent.subList(1, 4)).allSatisfy(p -> assertThat(p).hasSize(1_000));
    assertThat(r).containsEntry("pages", 6_000).containsEntry("jitShareOfLastRound", 0.12);
    // every page sent is a warm-up page, none sent twice, none of the timed corpus's
    Set<String> urls =
        sent.stream().flatMap(List::stream).map(Corpus.Page::url).collect(Collectors.toSet());
    assertThat(urls).hasSize(6_000);
    assertThat(b.warmupCorpus.stream().map(Corpus.Page::url).collect(Collectors.toSet()))
        .isEqualTo(urls);
    assertThat(new Corpus(b.seed, b.dupRate).pages(3_000)).noneMatch(p -> urls.contains(p.url()));
  }

  @Test
  void warmUpStopsAtItsBoundWhateverTheJit() throws Exception {
    Bench b = bench(3_000, 15, 6_500);
    List<List<Corpus.Page>> sent = new ArrayList<>();
    Map<String, Object> r = warmUp(b, sent, 0.5, 0.5, 0.5, 0.5);
    assertThat(r).containsEntry("pages", 6_000).containsEntry("jitShareOfLastRound", 0.5);
  }

  @Test
  void aZeroShareMeansTheFirstPagesOnly() throws Exception {
    Bench b = bench(2_000, 0, 15_000);
    List<List<Corpus.Page>> sent = new ArrayList<>();
    Map<String, Object> r = warmUp(b, sent);
    assertThat(sent).hasSize(1);
    assertThat(r).containsEntry("pages", 2_000).doesNotContainKey("jitShareOfLastRound");
  }
}
