package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow demo} as a user runs it: its own broker, pages it has never seen, JSON lines out.
 */
class DemoIT {
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void demoOnUnseenPagesWritesEveryOutputTopic(@TempDir Path in, @TempDir Path out)
      throws Exception {
    Files.writeString(
        in.resolve("quake.html"),
        "<html><head><title>Quake | Example News</title>"
            + "<meta property='article:published_time' content='2025-02-03T04:05:06Z'></head><body>"
            + "<nav><ul><li>Home</li><li>World</li></ul></nav><article><h1>Strong earthquake shakes southern Peru</h1>"
            + "<p>A magnitude 6.8 earthquake struck southern Peru early on Monday, damaging homes and cutting power to"
            + " several towns, the national seismology institute said.</p>"
            + "<p>Rescue teams were sent to the Arequipa region, where officials reported at least a dozen injuries and"
            + " landslides blocking two highways.</p><div class='share-bar'>Share on Facebook</div>"
            + "<p>Chile's emergency office said the tremor was felt across its northern border but caused no damage.</p>"
            + "</article><footer>Copyright 2025 Example News</footer></body></html>");
    Files.writeString(
        in.resolve("port.txt"),
        "Subscribe\n\nPort strike halts exports\n\n"
            + "Dock workers in the port of Mombasa walked out on Wednesday over pay, halting container traffic in Kenya.\n\n"
            + "The union said the strike would continue until the port authority agreed to talks on a new contract.\n");
    Files.write(in.resolve("broken.html"), new byte[] {0, 1, 2, 3});

    MainTest.Run run =
        MainTest.run(
            "demo",
            "--input",
            in.toString(),
            "--out",
            out.toString(),
            "--rules",
            Path.of("../config/rules.yaml").toString());
    int code = run.code();
    String printed = run.out();
    assertThat(code).as(printed).isZero();
    assertThat(printed).contains("articles out       2", "dead letters       1", "top entities");

    List<JsonNode> enriched = lines(out.resolve("news.enriched.jsonl"));
    assertThat(enriched).hasSize(2);
    assertThat(enriched)
        .extracting(n -> n.path("value").path("title").asText())
        .containsExactlyInAnyOrder(
            "Strong earthquake shakes southern Peru", "Port strike halts exports");
    JsonNode quake =
        enriched.stream()
            .filter(n -> n.path("value").path("title").asText().contains("Peru"))
            .findFirst()
            .orElseThrow();
    assertThat(quake.path("key").asText()).isEqualTo(quake.path("value").path("id").asText());
    assertThat(quake.path("value").path("url").asText())
        .startsWith("file:/")
        .endsWith("quake.html");
    assertThat(quake.path("value").path("publishedAt").asText()).isEqualTo("2025-02-03T04:05:06Z");
    assertThat(quake.path("value").path("text").asText())
        .doesNotContain("Share on Facebook", "Copyright", "Home");
    assertThat(quake.path("value").path("countries").toString()).contains("PE", "CL");

    assertThat(lines(out.resolve("news.raw.jsonl"))).hasSize(2);
    assertThat(lines(out.resolve("news.dlq.jsonl")))
        .singleElement()
        .satisfies(
            n -> assertThat(n.path("value").path("reason").asText()).isEqualTo("binary-content"));
    assertThat(out.resolve("news.duplicates.jsonl")).exists();
    for (String alertTopic : List.of("alerts.iran-pakistan", "alerts.watchlist")) {
      assertThat(out.resolve(alertTopic + ".jsonl")).exists();
    }
  }

  static List<JsonNode> lines(Path p) throws Exception {
    return Files.readAllLines(p).stream()
        .filter(l -> !l.isBlank())
        .map(
            l -> {
              try {
                return JSON.readTree(l);
              } catch (Exception e) {
                throw new AssertionError("not JSON: " + l, e);
              }
            })
        .toList();
  }
}
