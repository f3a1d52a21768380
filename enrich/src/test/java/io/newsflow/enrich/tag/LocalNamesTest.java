package io.newsflow.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The inflected and cliticised forms each language's rules (i18n/languages.tsv) are there for. */
class LocalNamesTest {
  private static List<String> found(String language, List<String> names, String text) {
    LocalNames<String> n = new LocalNames<>(language);
    names.forEach(name -> n.put(name, name));
    return n.find(text).stream().map(h -> h.value() + "=" + h.surface()).toList();
  }

  @Test
  void russianCaseEndingsMeetTheNominative() {
    assertThat(
            found(
                "ru",
                List.of("Россия", "Жапаров", "Садыр Жапаров"),
                "В России и за Россией следят; Садыра Жапарова поддержал Жапаров-младший."))
        .containsExactly(
            "Россия=России", "Россия=Россией", "Садыр Жапаров=Садыра Жапарова", "Жапаров=Жапаров");
  }

  @Test
  void ukrainianAndGermanGenitives() {
    assertThat(found("uk", List.of("Україна"), "Президент України і Україною")).hasSize(2);
    assertThat(found("de", List.of("Putin", "Russland"), "Putins Sprecher und Russlands Armee"))
        .containsExactly("Putin=Putins", "Russland=Russlands");
  }

  @Test
  void arabicCliticsAndArticleAreStripped() {
    assertThat(found("ar", List.of("العراق", "روسيا"), "في بالعراق وروسيا ولروسيا"))
        .containsExactly("العراق=بالعراق", "روسيا=وروسيا", "روسيا=ولروسيا");
  }

  @Test
  void frenchElisionAndTurkishCaseSuffixAfterTheApostrophe() {
    assertThat(found("fr", List.of("Iran", "Israël"), "l'Iran et d'Israel"))
        .containsExactly("Iran=Iran", "Israël=Israel");
    assertThat(found("tr", List.of("İran", "Rusya"), "İran'ın ve Rusya'ya"))
        .containsExactly("İran=İran", "Rusya=Rusya");
  }

  @Test
  void chineseIsMatchedBySubstringLongestFirst() {
    assertThat(found("zh", List.of("印度", "印度尼西亚", "普京"), "普京访问印度尼西亚和印度"))
        .containsExactly("普京=普京", "印度尼西亚=印度尼西亚", "印度=印度");
  }

  @Test
  void capitalsAndAcronymsMustMatchAsWritten() {
    assertThat(found("es", List.of("UN", "Chad"), "Un sismo en el chad y la UN"))
        .containsExactly("UN=UN");
  }

  @Test
  void twoNamesSharingAStemMatchOnlyAsWritten() {
    // Нигер and Нигерия both reduce to "нигер": the stem is dropped, the written forms still match
    assertThat(found("ru", List.of("Нигер", "Нигерия"), "Нигер, Нигерия и Нигерии"))
        .containsExactly("Нигер=Нигер", "Нигерия=Нигерия");
  }

  @Test
  void shortStemsAreNotUsed() {
    // "Мали" would stem to "мал" and meet "мало", "мала": three letters are under the minimum
    assertThat(found("ru", List.of("Мали"), "Этого мало, сказал он о Мали"))
        .containsExactly("Мали=Мали");
  }
}
