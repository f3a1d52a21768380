package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = System.out;
    PrintStream e = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return new Run(
          Main.run(args),
          out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(o);
      System.setErr(e);
    }
  }

  @Test
  void unknownConfigurationKeysStopWithExitCode2AndSayWhy() {
    Run r = run("config", "-D", "bootstrap.server=x:1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown configuration key 'bootstrap.server'");
  }

  @Test
  void evalNerScoresAnotherModelFileAsTheShippedOneAndRefusesAMissingOne(@TempDir Path dir)
      throws Exception {
    Path conll = dir.resolve("wire.conll");
    Files.writeString(
        conll,
        "-DOCSTART- O\n\nAngela B-PER\nMerkel I-PER\nmet O\nofficials O\nof O\nthe O\n"
            + "United B-ORG\nNations I-ORG\nin O\nGeneva B-LOC\n. O\n");
    // the shipped model's file, named as a trained one would be: the same figures
    Path shipped = Path.of("../enrich/src/main/resources/io/newsflow/enrich/ner/ner-en.bin.gz");
    Run byDefault = run("eval", "ner", "--skip-speed", conll.toString());
    Run byFile =
        run("eval", "ner", "--skip-speed", "--model", shipped.toString(), conll.toString());
    assertThat(byDefault.code()).as(byDefault.err()).isZero();
    assertThat(byFile.code()).as(byFile.err()).isZero();
    assertThat(byFile.out()).contains("model " + shipped);
    assertThat(scores(byFile.out())).isEqualTo(scores(byDefault.out())).contains("micro");
    Run missing =
        run("eval", "ner", "--model", dir.resolve("none.bin.gz").toString(), conll.toString());
    assertThat(missing.code()).isNotZero();
    assertThat(missing.err()).contains("none.bin.gz");
  }

  private static String scores(String out) {
    return out.lines()
        .filter(l -> l.matches("^(PER|ORG|LOC|micro) .*"))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void configShowsEffectiveValuesAndKeys() {
    Run r = run("config", "-b", "broker:9", "-D", "kafka.security.protocol=SSL");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("bootstrap.servers=broker:9", "kafka.security.protocol=SSL");
    assertThat(run("config", "--keys").out()).contains("topic.prefix", "kafka.*");
  }

  @Test
  void aWatchlistFileWithUnknownKeysOrBadEntriesNamesThemAllBeforeTouchingKafka(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("watchlist.yaml");
    Files.writeString(
        file,
        "watchlist:\n  - id: w:1\n    name: One\n    alias: [Uno]\n    type: PERSON\n"
            + "  - id: w:2\n    name: Two\n    type: PLANET\n    contry: IR\n");
    Run r = run("watchlist", "load", file.toString(), "-b", "127.0.0.1:1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains(file + ":4: unknown key 'alias' (known keys: aliases, country, id, name, type)")
        .contains(file + ":9: unknown key 'contry'");
    Files.writeString(
        file,
        "watchlist:\n  - id: w:1\n    type: PERSON\n  - id: w:2\n    name: Two\n    type: PLANET\n");
    r = run("watchlist", "load", file.toString(), "-b", "127.0.0.1:1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("entry 1: a watchlist entry needs an id and a name", "entry 2: type must be");
  }

  @Test
  void aBadRulesFileIsAUsageErrorNamingTheLine(@TempDir Path dir) throws Exception {
    Path rules = dir.resolve("rules.yaml");
    Files.writeString(
        rules,
        "rules:\n  - name: x\n    topic: alerts.x\n    severity: loud\n    when: {countries: [IR]}\n");
    Run r = run("demo", "--rules", rules.toString(), "--input", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(rules + ":4:", "severity"); // the line of the key at fault
  }

  @Test
  void rulesValidateNamesTheLineOfABrokenRule(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.yaml");
    Files.writeString(
        good,
        "rules:\n  - name: a\n    topic: alerts.a\n    severity: low\n    when: {countries: [IR]}\n"
            + "    momentum: {sources: 3, within: 6h}\n");
    Run ok = run("rules", "validate", good.toString());
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).contains("1 rule(s) valid", "momentum 3 sources/PT6H");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        "rules:\n  - name: a\n    topic: alerts.a\n    severity: low\n    when: {countries: [IR]}\n"
            + "  - name: b\n    topic: alerts.b\n    severity: low\n    when: {keywords: []}\n");
    Run r = run("rules", "validate", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(bad + ":9:", "'keywords' takes a value");
    assertThat(run("rules", "validate", "config/rules.yaml").code())
        .isIn(0, 2); // relative to the module
    assertThat(run("rules", "validate", "../config/rules.yaml").code()).isZero();
  }

  @Test
  void tagPrintsEntitiesWithOffsets(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("p.txt");
    Files.writeString(
        page,
        "Talks resume\n\nKenyan President William Ruto met Foreign Minister Yusuf Tuggar in the "
            + "city of Mombasa on Monday, officials said. Ruto said the talks went well.\n");
    Run r = run("tag", page.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains(
            "\"person:william-ruto\"",
            "\"mentions\" : 2",
            "\"start\"",
            "\"geonames:186301\"",
            "\"KE\"");
  }

  @Test
  void extractAndTagReadPagesAsIngestDoes(@TempDir Path dir) throws Exception {
    String html =
        "<html><head><meta charset=\"windows-1252\"><title>Floods - Daily Example</title>"
            + "<script type=\"application/ld+json\">{\"datePublished\": \"0001-01-01T00:00:00Z\"}</script></head><body>"
            + "<nav><a href=\"/\">Home</a></nav><article><h1>Floods hit S\u00e3o Paulo</h1><p>Heavy rain flooded hundreds of"
            + " homes in S\u00e3o Paulo on Tuesday, officials said, as storms swept across the south of Brazil.</p>"
            + "<p>More than two thousand people were moved to shelters as the water rose through the night.</p>"
            + "</article></body></html>";
    Files.write(
        dir.resolve("cp1252.html"),
        html.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Files.writeString(
        dir.resolve("b.txt"),
        "Talks resume\n\nKenyan President William Ruto met officials in Mombasa"
            + " on Monday to discuss the port, officials said after the meeting.\n");
    Run r = run("extract", dir.toString());
    assertThat(r.code()).isZero();
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    String page =
        java.util.Arrays.stream(lines).filter(l -> l.contains("cp1252")).findFirst().orElseThrow();
    assertThat(page)
        .contains(
            "\"title\":\"Floods hit S\u00e3o Paulo\"",
            "Heavy rain flooded",
            "\"published\":null",
            "\"statedTime\":\"publishedAt=0001-01-01T00:00:00Z\"",
            "\"language\":\"en\"",
            "\"parts\":[{")
        .doesNotContain("Home");
    Run t = run("tag", dir.resolve("cp1252.html").toString());
    assertThat(t.code()).isZero();
    assertThat(t.out()).contains("S\u00e3o Paulo").doesNotContain("\ufffd");
    // a folder, or several pages, in one call: each article says which page it came from
    Run all = run("tag", "--marked", dir.toString());
    assertThat(all.code()).isZero();
    assertThat(all.out())
        .contains("cp1252.html", "b.txt", "[LOCATION S\u00e3o Paulo]", "[PERSON William Ruto]");
  }

  @Test
  void tagSaysWhichPageHeldNoArticleText(@TempDir Path dir) throws Exception {
    Path menu = dir.resolve("menu.txt");
    Files.writeString(menu, "Home\nNews\nSport\n");
    Run r = run("tag", menu.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("[ ]");
    assertThat(r.err()).contains("no-article-text: file://", "menu.txt");
  }

  @Test
  void missingInputIsAUsageError() {
    Run r = run("demo", "--input", "/no/such/dir");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Input not found: /no/such/dir");
  }

  @Test
  void helpListsTheCommands() {
    Run r = run("--help");
    assertThat(r.out()).contains("demo", "broker", "ingest", "enrich", "sink", "tail");
  }

  @org.junit.jupiter.api.Test
  void tailGivesUpOnAnUnreachableBrokerAfterTheStartupTimeoutAndSaysSo() {
    Run r =
        run(
            "tail",
            "news.raw",
            "-D",
            "bootstrap.servers=127.0.0.1:1",
            "-D",
            "startup.timeout.ms=1500");
    org.assertj.core.api.Assertions.assertThat(r.code()).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThat(r.err())
        .contains("Cannot reach Kafka at 127.0.0.1:1 within 1 s (startup.timeout.ms)");
  }

  @Test
  void trainClustersReadsTheVectorPackageAndWritesOneLinePerWord(@TempDir Path dir)
      throws Exception {
    // the npm package's layout: each word's dimensions, then its vector's length and its rank
    StringBuilder json = new StringBuilder("{\"precision\":8,\"words\":[],\"vectors\":{");
    for (int i = 0; i < 40; i++) {
      double x = i % 2 == 0 ? 1 : 0.01 * i;
      double y = i % 2 == 0 ? 0.01 * i : 1;
      json.append(i == 0 ? "" : ",")
          .append(String.format(java.util.Locale.ROOT, "\"w%d\":[%f,%f,1.0,%d]", i, x, y, i));
    }
    json.append("},\"unkVector\":[0,0,0,0]}");
    Path vectors = Files.writeString(dir.resolve("vectors.json"), json);
    Path out = dir.resolve("clusters.tsv.gz");
    Run r = run("train", "clusters", vectors.toString(), "--words", "30", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("clustering the 30 most frequent words");
    List<String> lines;
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(out))) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    assertThat(lines).hasSize(31); // a comment, then the 30 words of rank 0 to 29 in rank order
    assertThat(lines.get(1)).startsWith("w0\t");
    assertThat(lines.get(30))
        .startsWith("w29\t")
        .matches("w29(\t\\d+){4}"); // its cluster at each of the four levels

    Path wrong = Files.writeString(dir.resolve("wrong.json"), "{\"words\":[\"a\"]}");
    Run bad = run("train", "clusters", wrong.toString(), "--out", out.toString());
    assertThat(bad.code()).isNotZero();
    assertThat(bad.err()).contains(wrong + " is not the vectors file");
  }
}
