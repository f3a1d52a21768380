package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerModelTest {
  static final String DATA =
      """
      -DOCSTART- O

      John B-PER
      Smith I-PER
      visited O
      Paris B-LOC
      for O
      Acme B-ORG
      Corp I-ORG
      . O

      Mary B-PER
      Jones I-PER
      left O
      Berlin B-LOC
      with O
      Globex B-ORG
      Inc I-ORG
      . O
      """;

  @Test
  void trainingIsDeterministicAndLearnsItsData(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("train.conll");
    Files.writeString(f, DATA.repeat(20));
    List<Conll.Doc> docs = Conll.read(f);
    assertThat(docs).hasSize(20);
    NerTrainer.Settings s = new NerTrainer.Settings(12, 5, 7L, 0.0);
    NerModel a = NerTrainer.train(docs, s, NerLexicon.shipped(), m -> {});
    NerModel b = NerTrainer.train(docs, s, NerLexicon.shipped(), m -> {});
    ByteArrayOutputStream ba = new ByteArrayOutputStream();
    ByteArrayOutputStream bb = new ByteArrayOutputStream();
    a.write(ba);
    b.write(bb);
    assertThat(ba.toByteArray()).isEqualTo(bb.toByteArray());

    NerTagger t = NerTagger.of(NerModel.read(new ByteArrayInputStream(ba.toByteArray())));
    String text = "John Smith visited Paris for Acme Corp today.";
    assertThat(t.tag(text))
        .extracting(m -> text.substring(m.start(), m.end()) + "/" + m.type())
        .containsExactly("John Smith/PER", "Paris/LOC", "Acme Corp/ORG");
  }

  @Test
  void severalRunsAreAveragedIntoOneModel(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("train.conll");
    Files.writeString(f, DATA.repeat(6));
    List<Conll.Doc> docs = Conll.read(f);
    NerModel avg =
        NerTrainer.train(
            docs, new NerTrainer.Settings(10, 2, 7L, 0.1, 0, 3), NerLexicon.shipped(), m -> {});
    float[] mean = new float[avg.w.length];
    for (long seed = 7; seed <= 9; seed++) {
      NerModel one =
          NerTrainer.train(
              docs, new NerTrainer.Settings(10, 2, seed, 0.1, 0, 1), NerLexicon.shipped(), m -> {});
      for (int i = 0; i < mean.length; i++) {
        mean[i] += one.w[i] / 3;
      }
    }
    assertThat(avg.w).containsExactly(mean);
    assertThatThrownBy(() -> new NerTrainer.Settings(10, 2, 7L, 0.1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lowerCaseWordsAndPunctuationAreNotScoredAsTheStartOfAName() {
    assertThat(List.of("the", "said", ",", "(", "'s", "\u00e9t\u00e9", "\u201c"))
        .allMatch(NerModel::outsideNames);
    // a name may start with a capital, a digit, a handle or hashtag, or a lower-case brand
    assertThat(List.of("London", "3M", "@nytimes", "#Brexit", "eBay", "iPhone", "\u00c9cole"))
        .noneMatch(NerModel::outsideNames);
  }

  @Test
  void iob1AndFourColumnFilesAreRead(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("x.conll");
    Files.writeString(
        f,
        "-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP I-MISC\n"
            + "call NN I-NP O\n\nPeter NNP B-NP I-PER\nBlackburn NNP I-NP I-PER\n");
    List<Conll.Doc> docs = Conll.read(f);
    assertThat(docs.get(0).sentences().get(0).tags()).containsExactly("B-ORG", "O", "B-MISC", "O");
    assertThat(docs.get(0).sentences().get(1).tags()).containsExactly("B-PER", "I-PER");
  }

  @Test
  void evaluationScoresExactSpansPerType() {
    List<Conll.Doc> docs =
        List.of(
            new Conll.Doc(
                List.of(
                    new Conll.Sentence(
                        new String[] {"John", "Smith", "visited", "New", "York", "."},
                        new String[] {"B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O"}))));
    // finds John Smith exactly, York only (a wrong span), and an extra ORG
    NerEvaluation.Result r =
        NerEvaluation.run(
            docs,
            List.of("PER", "ORG", "LOC"),
            text ->
                List.of(
                    new NerEvaluation.Span(0, 10, "PER"),
                    new NerEvaluation.Span(23, 27, "LOC"),
                    new NerEvaluation.Span(11, 18, "ORG")));
    assertThat(r.byType().get("PER").f1()).isEqualTo(1.0);
    assertThat(r.byType().get("LOC").tp).isZero();
    assertThat(r.micro().precision()).isEqualTo(1.0 / 3);
    assertThat(r.micro().recall()).isEqualTo(0.5);
  }

  @Test
  void warmSpeedTagsTheSameTextsAgainAtLeastTwiceAndCountsTheirTokens() {
    List<Conll.Doc> docs =
        List.of(
            new Conll.Doc(
                List.of(
                    new Conll.Sentence(
                        new String[] {"John", "Smith", "left", "."},
                        new String[] {"B-PER", "I-PER", "O", "O"}))));
    List<String> seen = new java.util.ArrayList<>();
    double speed =
        NerEvaluation.warmTokensPerCpuSecond(
            docs,
            text -> {
              seen.add(text);
              // 0.2 ms of this thread's CPU time spent per call, whatever else the machine runs
              var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
              long until = cpu.getCurrentThreadCpuTime() + 200_000;
              while (cpu.getCurrentThreadCpuTime() < until) {
                Thread.onSpinWait();
              }
              return List.of();
            },
            0);
    assertThat(seen).containsExactly("John Smith left .\n", "John Smith left .\n");
    // 4 tokens in at least 0.2 ms of CPU per pass
    assertThat(speed).isPositive().isLessThan(4 / 0.000_2);
  }

  @Test
  void generatedResultsPagesTagPlayersClubsAndCountriesByTheirLayout() {
    List<String> lines = tagged(NerSynthetic.generate(300, 11L));
    assertThat(tagged(NerSynthetic.generate(300, 11L))).isEqualTo(lines); // seeded: reproducible
    assertThat(lines)
        .anyMatch(l -> l.matches("B-PER( I-PER)? c B-PER b B-PER \\d+")) // a cricket scorecard
        .anyMatch(l -> l.matches("B-PER( I-PER)? lbw b B-PER \\d+"))
        .anyMatch(l -> l.matches(".*B-PER I-PER \\( B-LOC.* \\) beat B-PER I-PER \\( B-LOC.*"))
        .anyMatch(l -> l.matches("\\d{3} B-PER I-PER( \\( B-LOC[^)]* \\))?( \\d+){3}")) // golf
        .anyMatch(l -> l.matches("B-ORG( I-ORG)* \\d B-ORG( I-ORG)* \\d")); // match results
  }

  /** Each generated sentence as its words, a name's words replaced by their tags. */
  private static List<String> tagged(List<Conll.Doc> docs) {
    List<String> lines = new java.util.ArrayList<>();
    for (Conll.Doc d : docs) {
      for (Conll.Sentence s : d.sentences()) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < s.tokens().length; i++) {
          String tag = s.tags()[i];
          // well-formed BIO: an inside tag continues a name of its own type
          if (tag.startsWith("I-")) {
            assertThat(s.tags()[i - 1]).endsWith(tag.substring(2));
          }
          line.append(i == 0 ? "" : " ").append(tag.equals("O") ? s.tokens()[i] : tag);
        }
        lines.add(line.toString());
      }
    }
    return lines;
  }

  @Test
  void tokensKeepAbbreviationsNamesAndOffsets() {
    String text =
        "Mr. O'Brien met U.S. officials in Port-au-Prince on 3.5 km of road, Iran's envoy said.\nNext line";
    List<List<Tokens.Token>> s = Tokens.sentences(text);
    assertThat(s).hasSize(2);
    assertThat(s.get(0))
        .extracting(Tokens.Token::text)
        .containsExactly(
            "Mr.",
            "O'Brien",
            "met",
            "U.S.",
            "officials",
            "in",
            "Port-au-Prince",
            "on",
            "3.5",
            "km",
            "of",
            "road",
            ",",
            "Iran",
            "'s",
            "envoy",
            "said",
            ".");
    for (Tokens.Token t : s.get(0)) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
  }
}
