package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article just under the ingest cap (10 MiB) through every stage of {@code newsflow demo} and a
 * real broker: it used to make enrich build a 13.4 MB record over its producer's limit and die on
 * it at every restart. Now enrich carries at most {@code ArticleEnricher.MAX_TEXT_CHARS} of text,
 * and the pages around it come through.
 */
class OversizeIT {
  @Test
  @Timeout(300)
  void anArticleJustUnderTheIngestCapPassesEveryStage(@TempDir Path in, @TempDir Path out)
      throws Exception {
    Files.writeString(
        in.resolve("a-before.txt"),
        "Flood waters rise in Dhaka\n\nHeavy monsoon rain flooded large parts "
            + "of Dhaka on Tuesday, officials in Bangladesh said, as rescue teams moved families to shelters.\n");
    StringBuilder big = new StringBuilder("A very long report\n\n");
    Random r = new Random(7);
    // a large vocabulary: paragraphs of a few common words would read as repeats of each other and
    // be dropped
    String[] words = new String[5000];
    for (int i = 0; i < words.length; i++) {
      StringBuilder w = new StringBuilder();
      for (int k = 0, n = 3 + r.nextInt(7); k < n; k++) {
        w.append((char) ('a' + r.nextInt(26)));
      }
      words[i] = w.toString();
    }
    long cap = 10L * 1024 * 1024;
    while (big.length() < cap - 200_000) {
      for (int s = 0; s < 6; s++) {
        for (int w = 0; w < 14; w++) {
          big.append(words[r.nextInt(words.length)]).append(' ');
        }
        big.setCharAt(big.length() - 1, '.');
        big.append(' ');
      }
      big.append("\n\n");
    }
    byte[] bytes = big.toString().getBytes(StandardCharsets.UTF_8);
    assertThat((long) bytes.length).isLessThan(cap).isGreaterThan(cap - 400_000);
    Files.write(in.resolve("b-huge.txt"), bytes);
    Files.writeString(
        in.resolve("c-after.txt"),
        "Port strike halts exports\n\nDock workers in the port of Mombasa "
            + "walked out on Wednesday over pay, halting container traffic in Kenya, the union said.\n");

    MainTest.Run run =
        MainTest.run(
            "demo",
            "--input",
            in.toString(),
            "--out",
            out.toString(),
            "--rules",
            Path.of("../config/rules.yaml").toString());
    assertThat(run.code()).as(run.out() + run.err()).isZero();

    List<JsonNode> enriched = DemoIT.lines(out.resolve("news.enriched.jsonl"));
    assertThat(enriched)
        .extracting(n -> n.path("value").path("url").asText().replaceFirst(".*/", ""))
        .containsExactlyInAnyOrder("a-before.txt", "b-huge.txt", "c-after.txt");
    JsonNode huge =
        enriched.stream()
            .filter(n -> n.path("value").path("url").asText().endsWith("b-huge.txt"))
            .findFirst()
            .orElseThrow()
            .path("value");
    assertThat(huge.path("text").asText().length())
        .isLessThanOrEqualTo(1_000_000)
        .isGreaterThan(500_000);
    assertThat(DemoIT.lines(out.resolve("news.dlq.jsonl"))).isEmpty();
  }
}
