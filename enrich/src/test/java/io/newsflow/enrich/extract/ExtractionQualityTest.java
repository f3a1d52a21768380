package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.SharedData;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Extraction quality on 990 real pages nobody here wrote (trafilatura's evaluation set, read from
 * shared/data, never copied): the share of must-have snippets found and of must-not snippets
 * avoided. The floors sit a little under what was measured (README, "Extraction quality") so a
 * regression fails and noise does not.
 */
class ExtractionQualityTest {
  @Test
  void realPagesFromManySites() throws Exception {
    Path data = SharedData.dir("extraction/trafilatura").orElse(null);
    Assumptions.assumeTrue(data != null, SharedData.absent("extraction/trafilatura"));
    Extractor x = new Extractor();
    Map<String, SnippetEvaluation.Score> r =
        SnippetEvaluation.run(data, html -> x.extract("text/html", html), null);
    r.forEach((lang, s) -> System.out.println("extraction " + lang + "\t" + s));
    SnippetEvaluation.Score all = r.get("all");
    assertThat(all.pages).isGreaterThanOrEqualTo(900);
    assertThat(all.withShare()).as("must-have snippets found").isGreaterThanOrEqualTo(0.88);
    assertThat(all.withoutShare()).as("must-not snippets avoided").isGreaterThanOrEqualTo(0.89);
    assertThat(all.f1()).isGreaterThanOrEqualTo(0.89);
    assertThat(all.empty).as("pages with no text").isLessThanOrEqualTo(8);
    assertThat(all.split).as("single-article pages split").isLessThanOrEqualTo(3);
    assertThat(r.get("en").f1()).isGreaterThanOrEqualTo(0.90);
    assertThat(r.get("de").f1()).isGreaterThanOrEqualTo(0.89);
  }
}
