package io.newsflow.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.Test;

/**
 * Language identification on single news sentences (our own set, lang/sentences.tsv): the 20 most
 * common news languages must be right on 95 %; the fast evaluation must agree with OpenNLP's own
 * detector.
 */
class LanguageIdTest {
  static final List<String> NEWS_LANGUAGES =
      List.of(
          "en", "es", "fr", "de", "pt", "it", "nl", "pl", "ru", "uk", "ar", "fa", "ur", "tr", "zh",
          "ja", "ko", "hi", "id", "vi");

  record Sample(String language, String text) {}

  static List<Sample> samples() throws IOException {
    List<Sample> out = new ArrayList<>();
    try (InputStream in =
        LanguageIdTest.class.getResourceAsStream("/io/newsflow/enrich/lang/sentences.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t", 2);
          out.add(new Sample(f[0], f[1]));
        }
      }
    }
    return out;
  }

  @Test
  void singleSentencesInTheTwentyNewsLanguagesAreRightAtLeast95PercentOfTheTime()
      throws IOException {
    Map<String, int[]> byLanguage = new LinkedHashMap<>();
    List<String> wrong = new ArrayList<>();
    for (Sample s : samples()) {
      String got = LanguageDetector.detect(s.text());
      int[] c = byLanguage.computeIfAbsent(s.language(), k -> new int[2]);
      c[1]++;
      if (got.equals(s.language())) {
        c[0]++;
      } else {
        wrong.add(s.language() + " read as " + got + ": " + s.text());
      }
    }
    int right = 0;
    int total = 0;
    for (String l : NEWS_LANGUAGES) {
      int[] c = byLanguage.get(l);
      assertThat(c).as("sentences for %s", l).isNotNull();
      right += c[0];
      total += c[1];
    }
    System.out.printf(
        "language id: %d/%d right in the 20 news languages; misses: %s%n", right, total, wrong);
    assertThat((double) right / total)
        .as("accuracy; misses %s", wrong)
        .isGreaterThanOrEqualTo(0.95);
    for (String l : List.of("bg", "sr", "kk")) { // read as Russian or Ukrainian before the model
      assertThat(byLanguage.get(l)[0])
          .as("%s right", l)
          .isGreaterThanOrEqualTo(byLanguage.get(l)[1] - 1);
    }
  }

  @Test
  void theFastEvaluationAgreesWithOpenNlpsOwnDetector() throws IOException {
    LanguageDetectorME reference;
    try (InputStream in = LanguageIdModel.class.getResourceAsStream("/langdetect-183.bin")) {
      reference = new LanguageDetectorME(new LanguageDetectorModel(in));
    }
    Set<String> never = Set.of("lat", "vol", "ceb", "war", "min", "sun", "nds", "lim", "gsw");
    LanguageIdModel fast = LanguageIdModel.shipped();
    int agree = 0;
    int total = 0;
    List<String> disagree = new ArrayList<>();
    for (Sample s : samples()) {
      String theirs = null;
      for (Language l : reference.predictLanguages(s.text())) {
        if (!never.contains(l.getLang())) {
          theirs = l.getLang();
          break;
        }
      }
      double[] scores = fast.scores(s.text());
      int best = 0;
      for (int o = 1; o < scores.length; o++) {
        if (scores[o] > scores[best] && !never.contains(reference.getSupportedLanguages()[o])) {
          best = o;
        }
      }
      total++;
      if (fast.detect(s.text()).equals(fast.language(best))
          && codeOf(fast, theirs).equals(fast.detect(s.text()))) {
        agree++;
      } else {
        disagree.add(s.text() + " ours " + fast.detect(s.text()) + " theirs " + theirs);
      }
    }
    assertThat(agree).as("disagreements: %s", disagree).isEqualTo(total);
  }

  private static String codeOf(LanguageIdModel fast, String iso3) {
    return switch (iso3) {
      case "pes", "fas" -> "fa";
      case "cmn" -> "zh";
      case "heb" -> "he";
      case "ind" -> "id";
      default -> {
        for (String l : java.util.Locale.getISOLanguages()) {
          if (new java.util.Locale(l).getISO3Language().equals(iso3)) {
            yield l;
          }
        }
        yield iso3;
      }
    };
  }

  @Test
  void normalisationFollowsOpenNlpsChain() {
    assertThat(
            new String(
                LanguageIdModel.normalise(
                    "Visit https://example.org/x?y=1 NOW!!!  12 cats @bob #tag x-D")))
        .isEqualTo("visit now!! cats");
  }

  @Test
  void tooLittleTextIsUndetermined() {
    assertThat(LanguageDetector.detect("12 34")).isEqualTo("und");
    assertThat(LanguageDetector.detect("")).isEqualTo("und");
  }
}
