package io.newsflow.enrich;

import static io.newsflow.enrich.Fixtures.article;
import static io.newsflow.enrich.Fixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.WatchlistEntry;
import io.newsflow.enrich.dedup.Fingerprinter;
import io.newsflow.enrich.tag.WatchlistTagger;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An exact copy of a text reads what tagging found in it before, and gets exactly what tagging it
 * again would give.
 */
class TaggingMemoTest {
  private static final String PAGE = sample("003");

  private final ArticleEnricher plain = new ArticleEnricher();

  private static EnrichedArticle enrich(ArticleEnricher e, String body, String url) {
    return enrich(e, body, url, WatchlistTagger.EMPTY);
  }

  private static EnrichedArticle enrich(
      ArticleEnricher e, String body, String url, WatchlistTagger watchlist) {
    return e.enrich(article(body).at(url).build(), watchlist).get(0);
  }

  /** What enrich derives from a page, without what only its record carries (id, url, source). */
  private static List<Object> derived(EnrichedArticle a) {
    return List.of(
        a.getTitle(),
        a.getText(),
        a.getLanguage(),
        a.getEntities(),
        a.getCountries(),
        a.getCategories(),
        a.getCategoryCues(),
        a.getDedup().getFingerprint());
  }

  @Test
  void aCopyUnderTheSameOrAnotherHeadlineGetsWhatTaggingItAgainGives() {
    TaggingMemo memo = new TaggingMemo(16);
    ArticleEnricher remembering = new ArticleEnricher(memo);
    EnrichedArticle first = enrich(remembering, PAGE, "https://a.example/1");
    assertThat(memo.size()).isEqualTo(1);
    EnrichedArticle copy = enrich(remembering, PAGE, "https://b.example/copy");
    String retitled = "UPDATE: Japan observes the Iran-Pakistan drills\n\n" + PAGE;
    EnrichedArticle update = enrich(remembering, retitled, "https://c.example/update");
    assertThat(memo.size()).isEqualTo(1); // both read the first page's tagging
    assertThat(first.getEntities()).isNotEmpty();
    assertThat(derived(copy)).isEqualTo(derived(enrich(plain, PAGE, "https://b.example/copy")));
    assertThat(derived(update))
        .isEqualTo(derived(enrich(plain, retitled, "https://c.example/update")));
    // the headline is read per page: a country named only there counts
    assertThat(update.getText()).isEqualTo(first.getText());
    assertThat(first.getCountries()).doesNotContain("JP");
    assertThat(update.getCountries()).contains("JP");
  }

  @Test
  void onlyTheSameTextToTheCharacterIsReadFromTheMemo() {
    TaggingMemo memo = new TaggingMemo(16);
    ArticleEnricher remembering = new ArticleEnricher(memo);
    EnrichedArticle first = enrich(remembering, PAGE, "https://a.example/1");
    // the exact fingerprint ignores case, which the model reads and which moves no offset
    String shouted = PAGE.toUpperCase(Locale.ROOT);
    EnrichedArticle loud = enrich(remembering, shouted, "https://b.example/loud");
    assertThat(loud.getDedup().getFingerprint()).isEqualTo(first.getDedup().getFingerprint());
    assertThat(derived(loud)).isEqualTo(derived(enrich(plain, shouted, "https://b.example/loud")));
    assertThat(loud.getEntities()).isNotEqualTo(first.getEntities());
  }

  @Test
  void aChangedWatchlistTagsAgain() {
    TaggingMemo memo = new TaggingMemo(16);
    ArticleEnricher remembering = new ArticleEnricher(memo);
    enrich(remembering, PAGE, "https://a.example/1");
    WatchlistTagger watched =
        new WatchlistTagger(
            List.of(
                WatchlistEntry.newBuilder()
                    .setId("Q-test-bagheri")
                    .setName("Gen Bagheri")
                    .setAliases(List.of())
                    .setType(EntityType.PERSON)
                    .setCountry("IR")
                    .build()));
    EnrichedArticle a = enrich(remembering, PAGE, "https://b.example/2", watched);
    assertThat(a.getEntities()).anyMatch(e -> e.getId().equals("Q-test-bagheri"));
    assertThat(derived(a)).isEqualTo(derived(enrich(plain, PAGE, "https://b.example/2", watched)));
    assertThat(memo.size()).isEqualTo(2);
  }

  @Test
  void whatACallerChangesDoesNotReachTheMemo() {
    TaggingMemo memo = new TaggingMemo(16);
    ArticleEnricher remembering = new ArticleEnricher(memo);
    EnrichedArticle first = enrich(remembering, PAGE, "https://a.example/1");
    List<Object> before = derived(enrich(plain, PAGE, "https://a.example/1"));
    first.getEntities().forEach(e -> e.setName("changed downstream"));
    first.getEntities().clear();
    assertThat(derived(enrich(remembering, PAGE, "https://b.example/2"))).isEqualTo(before);
  }

  @Test
  void theMemoKeepsOnlyItsCapacity() {
    TaggingMemo memo = new TaggingMemo(3);
    ArticleEnricher remembering = new ArticleEnricher(memo);
    for (int i = 0; i < 10; i++) {
      enrich(remembering, Fixtures.randomReport(i), "https://a.example/" + i);
    }
    assertThat(memo.size()).isEqualTo(3);
    String text = enrich(plain, Fixtures.randomReport(9), "https://x.example/9").getText();
    String fingerprint = Fingerprinter.exact(text);
    // the most recent texts stay, the oldest went
    assertThat(memo.get(text, fingerprint, WatchlistTagger.EMPTY.signature())).isNotNull();
    String oldest = enrich(plain, Fixtures.randomReport(0), "https://x.example/0").getText();
    assertThat(memo.get(oldest, Fingerprinter.exact(oldest), WatchlistTagger.EMPTY.signature()))
        .isNull();
  }

  @Test
  void theMemoKeepsOnlyItsCharacterBudgetAndNoOverlongText() {
    long budget = 3_000;
    TaggingMemo memo = new TaggingMemo(1_000, budget);
    ArticleEnricher remembering = new ArticleEnricher(memo);
    for (int i = 0; i < 20; i++) {
      enrich(remembering, Fixtures.randomReport(i), "https://a.example/" + i);
      assertThat(memo.chars()).isLessThanOrEqualTo(budget);
    }
    assertThat(memo.size()).isBetween(1, 19);
    TaggingMemo small = new TaggingMemo(16, 100);
    new ArticleEnricher(small).enrich(article(PAGE).at("https://a.example/long").build());
    assertThat(small.size()).isZero(); // longer than the whole budget: tagged, not kept
    assertThat(small.tagged()).isEqualTo(1);
  }

  @Test
  void theSameEntriesGiveTheSameSignatureAnyChangeAnother() {
    WatchlistEntry e =
        WatchlistEntry.newBuilder()
            .setId("Q1")
            .setName("Jane Doe")
            .setAliases(List.of("Doe"))
            .setType(EntityType.PERSON)
            .setCountry("KE")
            .build();
    WatchlistEntry changed = WatchlistEntry.newBuilder(e).setCountry("UG").build();
    assertThat(new WatchlistTagger(List.of(e)).signature())
        .isEqualTo(new WatchlistTagger(List.of(WatchlistEntry.newBuilder(e).build())).signature())
        .isNotEqualTo(new WatchlistTagger(List.of(changed)).signature())
        .isNotEqualTo(WatchlistTagger.EMPTY.signature());
  }
}
