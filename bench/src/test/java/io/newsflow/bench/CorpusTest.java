package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.ingest.RawArticleFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The benchmark corpus is what the bench claims: deterministic, realistic sizes, every kind of
 * copy, ingestible.
 */
class CorpusTest {
  final List<Corpus.Page> pages = new Corpus(42, 0.3).pages(2_000);

  @Test
  void theSameSeedGivesTheSamePages() {
    assertThat(new Corpus(42, 0.3).pages(2_000)).isEqualTo(pages);
    assertThat(new Corpus(43, 0.3).pages(10)).isNotEqualTo(pages.subList(0, 10));
  }

  @Test
  void pagesAreTwoToEightKilobytesWithChromeInTextAndHtml() {
    Map<String, Long> byType =
        pages.stream()
            .collect(Collectors.groupingBy(Corpus.Page::contentType, Collectors.counting()));
    assertThat(byType.keySet()).containsExactlyInAnyOrder("text/plain", "text/html");
    List<Integer> sizes =
        pages.stream()
            .filter(p -> !p.kind().equals("truncation"))
            .map(p -> p.body().getBytes(StandardCharsets.UTF_8).length)
            .sorted()
            .toList();
    assertThat(sizes.get(sizes.size() / 20)).isGreaterThan(2_000);
    assertThat(sizes.get(sizes.size() * 19 / 20)).isLessThan(9_500);
    assertThat(pages).allSatisfy(p -> assertThat(p.body()).containsAnyOf("Home | World", "<nav>"));
  }

  @Test
  void aboutTheConfiguredShareAreCopiesOfEveryKind() {
    Map<String, Long> kinds =
        pages.stream().collect(Collectors.groupingBy(Corpus.Page::kind, Collectors.counting()));
    assertThat(kinds.keySet())
        .contains("original", "copy", "rewrap", "edit", "truncation", "typos", "retitle");
    double share = 1 - kinds.get("original") / (double) pages.size();
    assertThat(share).isBetween(0.25, 0.35);
  }

  @Test
  void ingestAcceptsEveryPageAndSomeAreNotInEnglish() {
    RawArticleFactory factory = new RawArticleFactory(Clock.systemUTC(), 10_000_000, false);
    ArticleEnricher enricher = new ArticleEnricher();
    Map<String, Long> languages =
        pages.stream()
            .filter(p -> p.kind().equals("original"))
            .limit(200)
            .map(p -> factory.check(StageBench.doc(p)))
            .peek(o -> assertThat(o).isInstanceOf(RawArticleFactory.Accepted.class))
            .map(
                o ->
                    enricher
                        .enrich(((RawArticleFactory.Accepted) o).article())
                        .get(0)
                        .getLanguage())
            .collect(Collectors.groupingBy(l -> l, Collectors.counting()));
    assertThat(languages.get("en")).isGreaterThan(150);
    assertThat(languages.keySet()).containsAnyOf("es", "fr", "de");
  }
}
