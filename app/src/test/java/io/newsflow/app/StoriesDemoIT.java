package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories end to end, through {@code newsflow demo} and a real broker, with one partition and with
 * three: independent reports of one event from five outlets form one story and alert once (a
 * momentum rule too), other events that share its names stay apart, a later copy filed first is
 * still the duplicate, an undated copy of a dated original among pages of other years is caught,
 * and both runs take the same decisions.
 */
class StoriesDemoIT {
  record Page(String label, String source, String published, String title, String text) {}

  /** The labelled story set of enrich's tests, as HTML pages in one folder per outlet. */
  static List<Page> storySet() throws Exception {
    String all =
        Files.readString(
            repoRoot().resolve("enrich/src/test/resources/io/newsflow/enrich/stories/stories.txt"));
    List<Page> out = new ArrayList<>();
    for (String block : all.split("(?m)^### ")) {
      if (!block.isBlank()) {
        String[] lines = block.split("\n", 3);
        String[] head = lines[0].split("\\s*\\|\\s*");
        out.add(
            new Page(
                head[0].strip(),
                head[1].strip(),
                head[2].strip(),
                lines[1].strip(),
                lines[2].strip()));
      }
    }
    return out;
  }

  static Path repoRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(p.resolve("samples"))) {
      p = p.getParent();
    }
    return p;
  }

  static void html(
      Path dir, String source, String name, String published, String title, String text)
      throws Exception {
    StringBuilder body = new StringBuilder();
    for (String para : text.split("\n\n")) {
      body.append("<p>").append(para.strip()).append("</p>\n");
    }
    Files.createDirectories(dir.resolve(source));
    Files.writeString(
        dir.resolve(source).resolve(name + ".html"),
        "<!doctype html><html><head><meta charset=utf-8>"
            + "<title>"
            + title
            + "</title>"
            + (published == null
                ? ""
                : "<meta property=\"article:published_time\" content=\"" + published + "\">")
            + "</head><body><nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>"
            + title
            + "</h1>\n"
            + body
            + "</article><footer>Copyright "
            + source
            + "</footer></body></html>\n");
  }

  static final String SYLHET =
      "Flash floods in the Sylhet region of north-eastern Bangladesh forced more than "
          + "200,000 people from their homes after days of heavy rain, the disaster management ministry said.\n\n"
          + "The Surma river rose above the danger mark in Sylhet city, and the army was called in to help move "
          + "families to shelters. At least six people have died, and schools across the division were closed.\n\n"
          + "Forecasters said more rain was expected upstream in India's Meghalaya state over the coming days.";

  @Test
  void storiesAlertOnceAndDecisionsDoNotDependOnPartitions(
      @TempDir Path in, @TempDir Path out1, @TempDir Path out3) throws Exception {
    Path input = Files.createDirectories(in.resolve("pages"));
    List<Page> set = storySet();
    for (int i = 0; i < set.size(); i++) {
      Page p = set.get(i);
      html(input, p.source(), p.label() + "-" + i, p.published(), p.title(), p.text());
    }
    Page first =
        set.get(0); // the earthquake's first report, syndicated three hours later by an outlet read
    // first
    html(
        input,
        "aaa-syndicator.example",
        "quake-copy",
        "2026-02-06T05:10:00Z",
        first.title(),
        first.text());
    // a dated original from 2025 and its undated copy, among pages of other years
    html(
        input,
        "bd-daily.example",
        "sylhet",
        "2025-06-17T06:00:00Z",
        "Floods in Sylhet force 200,000 from homes",
        SYLHET);
    Files.createDirectories(input.resolve("zz-aggregator.example"));
    Files.writeString(
        input.resolve("zz-aggregator.example").resolve("sylhet-copy.txt"),
        "Floods in Sylhet force 200,000 from homes\n\n" + SYLHET + "\n");
    html(
        input,
        "archive.example",
        "bridge-2019",
        "2019-04-02T09:00:00Z",
        "New bridge opens over the Padma",
        "A road bridge over the Padma river opened to traffic on Tuesday, cutting the journey from Dhaka to the "
            + "south-west by several hours.\n\nThousands of people crossed on foot on the first day.");
    Files.writeString(
        input.resolve("zz-aggregator.example").resolve("festival.txt"),
        "Lantern festival draws crowds\n\nTens of thousands of visitors filled the old town for the lantern "
            + "festival on Saturday night, organisers said, the largest crowd since the event began.\n");
    Path rules = in.resolve("rules.yaml");
    Files.writeString(
        rules,
        """
        rules:
          - name: turkey
            topic: alerts.turkey
            severity: low
            when:
              countries: [TR]
          - name: turkey-surge
            topic: alerts.surge
            severity: high
            when:
              countries: [TR]
            momentum: {sources: 3, within: 6h}
        """);

    Map<String, String> one = decisions(input, rules, out1, 1);
    Map<String, String> three = decisions(input, rules, out3, 3);
    assertThat(three).as("the same inputs, three partitions instead of one").isEqualTo(one);

    for (Path out : List.of(out1, out3)) {
      Map<String, String> storyOf = new TreeMap<>();
      for (JsonNode n : DemoIT.lines(out.resolve("news.enriched.jsonl"))) {
        storyOf.put(n.path("value").path("url").asText(), n.path("value").path("storyId").asText());
      }
      Map<String, JsonNode> duplicates = new TreeMap<>();
      for (JsonNode n : DemoIT.lines(out.resolve("news.duplicates.jsonl"))) {
        duplicates.put(n.path("value").path("url").asText(), n.path("value"));
      }
      // the five outlets' reports of the earthquake: one story
      List<String> quake =
          storyOf.entrySet().stream()
              .filter(e -> e.getKey().contains("/quake-malatya-"))
              .map(Map.Entry::getValue)
              .distinct()
              .toList();
      assertThat(quake).as(out + ": stories of the quake reports").hasSize(1);
      // other events sharing its names, kind or country stay apart
      for (String other :
          List.of("/quake-japan-", "/lira-turkey-", "/meeting-sochi-", "/meeting-ankara-")) {
        assertThat(
                storyOf.entrySet().stream()
                    .filter(e -> e.getKey().contains(other))
                    .map(Map.Entry::getValue))
            .as(out + ": " + other)
            .doesNotContain(quake.get(0));
      }
      String kabul =
          storyOf.entrySet().stream()
              .filter(e -> e.getKey().contains("/bomb-kabul-"))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElseThrow();
      assertThat(
              storyOf.entrySet().stream()
                  .filter(e -> e.getKey().contains("/bomb-kandahar-"))
                  .map(Map.Entry::getValue))
          .as(out + ": Kandahar two days after Kabul")
          .doesNotContain(kabul);
      // the later copy, read first, is the duplicate, in the quake's story
      JsonNode copy =
          duplicates.entrySet().stream()
              .filter(e -> e.getKey().endsWith("/quake-copy.html"))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElseThrow(() -> new AssertionError(out + ": copy not caught"));
      assertThat(copy.path("canonicalUrl").asText()).endsWith("/quake-malatya-0.html");
      assertThat(copy.path("storyId").asText()).isEqualTo(quake.get(0));
      // the undated copy of the 2025 original is caught
      assertThat(
              duplicates.entrySet().stream()
                  .filter(e -> e.getKey().endsWith("/sylhet-copy.txt"))
                  .map(e -> e.getValue().path("canonicalUrl").asText()))
          .as(out + ": undated copy of a dated original")
          .singleElement()
          .asString()
          .endsWith("/sylhet.html");

      // alerts: once per (rule, story); the momentum rule once, for the quake
      List<JsonNode> turkey = DemoIT.lines(out.resolve("alerts.turkey.jsonl"));
      Map<String, Long> perStory =
          turkey.stream()
              .collect(
                  Collectors.groupingBy(
                      a -> a.path("value").path("storyId").asText(), Collectors.counting()));
      assertThat(perStory.values())
          .as(
              out
                  + ": alerts per story "
                  + turkey.stream()
                      .map(
                          a ->
                              a.path("key").asText()
                                  + " "
                                  + a.path("value").path("articleId").asText())
                      .toList())
          .allMatch(n -> n == 1);
      assertThat(perStory).containsKey(quake.get(0));
      List<JsonNode> surge = DemoIT.lines(out.resolve("alerts.surge.jsonl"));
      assertThat(surge).as(out + ": momentum alerts").hasSize(1);
      JsonNode s = surge.get(0).path("value");
      assertThat(s.path("storyId").asText()).isEqualTo(quake.get(0));
      assertThat(s.path("reportingSources").size()).isGreaterThanOrEqualTo(3);
      assertThat(s.path("storyReports").size()).isGreaterThanOrEqualTo(3);
    }
  }

  /**
   * Runs demo and returns every decision: article URL to its story, copy URL to its canonical URL.
   */
  static Map<String, String> decisions(Path input, Path rules, Path out, int partitions)
      throws Exception {
    MainTest.Run run =
        MainTest.run(
            "demo",
            "--input",
            input.toString(),
            "--out",
            out.toString(),
            "--rules",
            rules.toString(),
            "-D",
            "topic.partitions=" + partitions);
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    Map<String, String> d = new TreeMap<>();
    for (JsonNode n : DemoIT.lines(out.resolve("news.enriched.jsonl"))) {
      d.put(
          "story " + n.path("value").path("url").asText(),
          n.path("value").path("storyId").asText());
    }
    for (JsonNode n : DemoIT.lines(out.resolve("news.duplicates.jsonl"))) {
      d.put(
          "copy " + n.path("value").path("url").asText(),
          n.path("value").path("canonicalUrl").asText()
              + " story "
              + n.path("value").path("storyId").asText());
    }
    return d;
  }
}
