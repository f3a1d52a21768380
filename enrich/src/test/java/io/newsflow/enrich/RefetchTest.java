package io.newsflow.enrich;

import static io.newsflow.enrich.Fixtures.FLOOD;
import static io.newsflow.enrich.Fixtures.article;
import static io.newsflow.enrich.Fixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.RawArticle;
import io.newsflow.enrich.tag.WatchlistTagger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page fetched again unchanged is recognised by its id and text hash before it is tagged. */
class RefetchTest {
  private final ArticleEnricher enricher = new ArticleEnricher();

  @Test
  void theUnchangedQuestionGetsTheIdAndHashTheArticleWouldCarry() {
    RawArticle raw =
        article(report("River floods northern district", FLOOD))
            .at("https://a.example/flood")
            .build();
    EnrichedArticle full = enricher.enrich(raw).get(0);
    List<String> asked = new ArrayList<>();
    List<EnrichedArticle> skipped =
        enricher.enrich(
            raw,
            WatchlistTagger.EMPTY,
            (id, fingerprint) -> {
              asked.add(id + " " + fingerprint);
              return true;
            });
    assertThat(skipped).isEmpty();
    assertThat(asked).containsExactly(full.getId() + " " + full.getDedup().getFingerprint());
    List<EnrichedArticle> kept =
        enricher.enrich(raw, WatchlistTagger.EMPTY, (id, fingerprint) -> false);
    assertThat(kept).containsExactly(full);
  }
}
