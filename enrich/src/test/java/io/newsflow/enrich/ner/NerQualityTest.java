package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.SharedData;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's entity tagging on the test splits of open NER data nobody here wrote
 * (shared/data/ner; never trained on), through exactly what {@code newsflow eval ner} runs. Floors
 * sit a little under what was measured (README, "Entity quality") so a regression fails and noise
 * does not.
 */
class NerQualityTest {
  static final Map<String, Double> FLOORS =
      Map.of(
          // measured with the word clusters (README): 74.9, 72.1, 64.4, 69.4, 63.7, 62.2, 45.2;
          // one retraining moves a split by up to 3
          "wikigold",
          0.71,
          "btc-news",
          0.69,
          "uner-en-pud",
          0.61,
          "gum-by-sa",
          0.66,
          "uner-en-ewt",
          0.60,
          "litbank",
          0.59,
          "gum-by",
          0.42);

  @Test
  void testSplitsOfOpenData() throws Exception {
    Path data = SharedData.dir("ner").orElse(null);
    Assumptions.assumeTrue(data != null, SharedData.absent("ner"));
    ArticleEnricher enricher = new ArticleEnricher();
    StringBuilder report = new StringBuilder();
    for (Map.Entry<String, Double> e : FLOORS.entrySet()) {
      List<Conll.Doc> docs = Conll.read(data.resolve(e.getKey()).resolve("test.conll.gz"));
      NerEvaluation.Result r =
          NerEvaluation.run(docs, List.of("PER", "ORG", "LOC"), enricher::mentions);
      report.append(
          String.format(
              "ner %-12s micro F1 %.3f (P %.3f R %.3f)%n",
              e.getKey(), r.micro().f1(), r.micro().precision(), r.micro().recall()));
      assertThat(r.micro().f1())
          .as(e.getKey() + "\n" + report)
          .isGreaterThanOrEqualTo(e.getValue());
    }
    System.out.print(report);
  }
}
