package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One news paragraph in each of eight languages through {@code newsflow demo} and a real broker:
 * each gets its language, the countries it names and the same entity ids as English, and a rule on
 * a country (RU) and one on a person (Q7747) fire once for each story the eight reports of one
 * event form.
 */
class MultilingualDemoIT {
  static final Map<String, String> PARAGRAPHS =
      Map.of(
          "ru",
              "Президент России Владимир Путин заявил, что Москва готова продолжить переговоры с Украиной. "
                  + "По словам Путина, следующая встреча делегаций может пройти в Стамбуле.",
          "ar",
              "قال الرئيس الروسي فلاديمير بوتين إن روسيا مستعدة لمواصلة المفاوضات مع أوكرانيا، وإن الجولة المقبلة "
                  + "قد تعقد في إسطنبول بمشاركة وفود من البلدين.",
          "zh", "俄罗斯总统普京表示，俄方愿意继续与乌克兰谈判，下一轮会谈可能在伊斯坦布尔举行。",
          "fa",
              "ولادیمیر پوتین رئیس‌جمهور روسیه گفت مسکو آماده ادامه مذاکرات با اوکراین است و دور بعدی گفت‌وگوها "
                  + "ممکن است در استانبول برگزار شود.",
          "tr",
              "Rusya Devlet Başkanı Vladimir Putin, Ukrayna ile müzakerelere devam etmeye hazır olduklarını, bir "
                  + "sonraki görüşmenin İstanbul'da yapılabileceğini söyledi.",
          "fr",
              "Le président russe Vladimir Poutine a déclaré que la Russie était prête à poursuivre les négociations "
                  + "avec l'Ukraine, et que la prochaine rencontre pourrait avoir lieu à Istanbul.",
          "es",
              "El presidente ruso, Vladímir Putin, afirmó que Rusia está dispuesta a continuar las negociaciones con "
                  + "Ucrania y que la próxima ronda podría celebrarse en Estambul.",
          "de",
              "Der russische Präsident Wladimir Putin erklärte, Russland sei bereit, die Verhandlungen mit der Ukraine "
                  + "fortzusetzen; die nächste Runde könne in Istanbul stattfinden.");

  @Test
  void eightLanguagesGetTheirLanguageCountriesIdsAndAlerts(@TempDir Path in, @TempDir Path out)
      throws Exception {
    for (Map.Entry<String, String> p : PARAGRAPHS.entrySet()) {
      Files.writeString(in.resolve(p.getKey() + ".txt"), p.getValue() + "\n");
    }
    Path rules = in.resolve("rules.yaml");
    Files.writeString(
        rules,
        """
        rules:
          - name: russia
            topic: alerts.russia
            severity: low
            when:
              countries: [RU]
          - name: putin
            topic: alerts.putin
            severity: low
            when:
              entities: [Q7747]
        """);
    Path input = Files.createDirectories(in.resolve("pages"));
    for (String lang : PARAGRAPHS.keySet()) {
      Files.move(in.resolve(lang + ".txt"), input.resolve(lang + ".txt"));
    }
    MainTest.Run run =
        MainTest.run(
            "demo",
            "--input",
            input.toString(),
            "--out",
            out.toString(),
            "--rules",
            rules.toString());
    assertThat(run.code()).as(run.out()).isZero();

    List<JsonNode> enriched = DemoIT.lines(out.resolve("news.enriched.jsonl"));
    assertThat(enriched).hasSize(PARAGRAPHS.size());
    for (JsonNode n : enriched) {
      JsonNode v = n.path("value");
      String file = v.path("url").asText();
      String lang = file.substring(file.lastIndexOf('/') + 1, file.lastIndexOf('.'));
      assertThat(v.path("language").asText()).as(file).isEqualTo(lang);
      assertThat(v.path("countries").toString()).as(file).contains("RU", "UA", "TR");
      assertThat(v.path("entities").findValuesAsText("id")).as(file).contains("Q7747");
    }
    // the eight paragraphs report one event: a rule alerts once per story, so once per story they
    // fall into
    // (the languages share the entities and countries, not the words)
    long stories =
        enriched.stream().map(n -> n.path("value").path("storyId").asText()).distinct().count();
    Map<String, Long> byRule =
        DemoIT.lines(out.resolve("alerts.russia.jsonl")).stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.path("value").path("rule").asText(), Collectors.counting()));
    assertThat(byRule).containsEntry("russia", stories);
    assertThat(DemoIT.lines(out.resolve("alerts.putin.jsonl"))).hasSize((int) stories);
    System.out.println("MultilingualDemoIT: eight languages, " + stories + " stories");
  }
}
