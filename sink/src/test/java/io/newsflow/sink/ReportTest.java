package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.EnrichedArticle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shared word index answers exactly as each keyword's own whole-word pattern would. */
class ReportTest {
  static final List<String> KEYWORDS =
      List.of(
          "strike",
          "drone strike",
          "zürich",
          "covid-19",
          "u.s.",
          "g7",
          "2024",
          "istanbul",
          "i̇stanbul",
          "nuclear deal",
          "al-shabaab",
          "ölü",
          "北京",
          "mi",
          "s");

  static final List<String> TEXTS =
      List.of(
          "Drone strikes hit the port; a drone\nstrike followed. Strike!",
          "In Zürich, COVID-19 cases rose; the U.S. and the G7 met in 2024.",
          "İstanbul and Istanbul, ISTANBUL; Al-Shabaab claimed it. ÖLÜ sayısı arttı.",
          "北京 said the nuclear  deal stands; mi casa, it's ours.",
          "strikers, unstrike, 2024x, x2024, g7-summit, nuclear-deal");

  @Test
  void theWordIndexAgreesWithThePatternForEveryKeywordAndText() {
    Condition.Keywords k = Condition.Keywords.of(KEYWORDS);
    for (String text : TEXTS) {
      EnrichedArticle a = RuleSetTest.enriched("a", "Title", text, List.of(), List.of());
      Report r = new Report(a);
      String lower = (a.getTitle() + "\n" + a.getText()).toLowerCase(Locale.ROOT);
      Report indexed = new Report(a);
      for (int i = 0; i < Report.INDEX_AFTER + 1; i++) {
        indexed.contains(
            "word" + i, null); // enough word lookups that the rest go through the index
      }
      for (int i = 0; i < KEYWORDS.size(); i++) {
        boolean byPattern = k.patterns().get(i).matcher(lower).find();
        assertThat(r.contains(k.lowered().get(i), k.patterns().get(i)))
            .as(KEYWORDS.get(i) + " in " + text)
            .isEqualTo(byPattern);
        assertThat(indexed.contains(k.lowered().get(i), k.patterns().get(i)))
            .as("indexed: " + KEYWORDS.get(i))
            .isEqualTo(byPattern);
      }
    }
  }

  @Test
  void aKeywordLeafRecordsWhatMatched() {
    EnrichedArticle a = RuleSetTest.enriched("a", "t", TEXTS.get(1), List.of(), List.of());
    Match m = new Match();
    assertThat(Condition.Keywords.of(List.of("Zürich", "G7", "Paris")).test(new Report(a), m))
        .isTrue();
    assertThat(m.keywords()).containsExactly("Zürich", "G7");
  }
}
