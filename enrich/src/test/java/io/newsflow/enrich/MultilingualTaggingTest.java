package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.WatchlistEntry;
import io.newsflow.enrich.tag.WatchlistTagger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports in other languages get the same ids as English ones: a rule on Q7747 or on RU fires on
 * each.
 */
class MultilingualTaggingTest {
  private final ArticleEnricher enricher = new ArticleEnricher();

  private EnrichedArticle enrich(String text) {
    return enricher.enrich(Fixtures.article(text).build()).get(0);
  }

  private static List<String> ids(EnrichedArticle a) {
    return a.getEntities().stream().map(Entity::getId).toList();
  }

  @Test
  void theSamePersonAndCountryIdsInRussianArabicChineseAndGerman() {
    EnrichedArticle ru =
        enrich("Путин провёл переговоры в Кремле.\n\nПо словам Путина, Россия готова к диалогу.");
    EnrichedArticle ar =
        enrich("قال الرئيس الروسي فلاديمير بوتين إن روسيا مستعدة للحوار مع أوكرانيا.");
    EnrichedArticle zh = enrich("俄罗斯总统普京表示，俄罗斯愿意与乌克兰进行对话。");
    EnrichedArticle de =
        enrich("Putins Sprecher sagte, Russland sei zu Gesprächen mit der Ukraine bereit.");
    for (EnrichedArticle a : List.of(ru, ar, zh, de)) {
      assertThat(ids(a)).as(a.getLanguage()).contains("Q7747");
      assertThat(a.getCountries()).as(a.getLanguage()).contains("RU");
    }
    assertThat(List.of(ru.getLanguage(), ar.getLanguage(), zh.getLanguage(), de.getLanguage()))
        .containsExactly("ru", "ar", "zh", "de");
    Entity putin =
        ru.getEntities().stream().filter(e -> e.getId().equals("Q7747")).findFirst().orElseThrow();
    assertThat(putin.getMentions()).isEqualTo(2);
    assertThat(putin.getName()).isEqualTo("Vladimir Putin");
  }

  @Test
  void aDemonymFeedsTheCountriesButIsNoPlace() {
    EnrichedArticle fr =
        enrich("Le président ukrainien a rencontré son homologue marocain à Rabat.");
    assertThat(fr.getCountries()).contains("UA", "MA");
    assertThat(fr.getEntities())
        .noneMatch(e -> e.getType() == EntityType.COUNTRY && e.getCountry().equals("UA"));
  }

  @Test
  void anInflectedFormOfAWatchedNameIsFound() {
    WatchlistEntry japarov =
        WatchlistEntry.newBuilder()
            .setId("Q4172253")
            .setName("Sadyr Japarov")
            .setAliases(List.of("Садыр Жапаров", "Жапаров"))
            .setType(EntityType.PERSON)
            .setCountry("KG")
            .build();
    WatchlistTagger watchlist = new WatchlistTagger(List.of(japarov));
    String text = "Президент Киргизии принял делегацию. Позицию Жапарова поддержали в Бишкеке.";
    ArticleEnricher.Tagged tagged = enricher.entities(null, text, watchlist, "ru");
    assertThat(tagged.entities())
        .anyMatch(
            e ->
                e.getId().equals("Q4172253")
                    && text.substring(e.getSpans().get(0).getStart(), e.getSpans().get(0).getEnd())
                        .equals("Жапарова"));
    assertThat(tagged.countries()).contains("KG");
  }

  @Test
  void categoriesFromTheLanguagesOwnCues() {
    EnrichedArticle ru =
        enrich(
            "Землетрясение магнитудой 6,1 произошло на юге страны. Спасатели эвакуировали жителей "
                + "прибрежных районов, наводнение затопило дороги.");
    assertThat(ru.getCategories()).contains("disaster");
  }

  @Test
  void aKnownNameNoAliasListsIsFoundThroughItsTransliterationInCyrillic() {
    String text =
        "Президент Узбекистана Шавкат Мирзиёев встретился с Эммерсоном Мнангагвой. Позицию Шавката Мирзиёева "
            + "поддержали в Ташкенте.";
    ArticleEnricher.Tagged tagged = enricher.entities(null, text, WatchlistTagger.EMPTY, "ru");
    Entity m =
        tagged.entities().stream()
            .filter(e -> e.getName().equals("Shavkat Mirziyoyev"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(tagged.entities().toString()));
    assertThat(m.getMentions()).isEqualTo(2);
    assertThat(tagged.entities()).anyMatch(e -> e.getName().equals("Emmerson Mnangagwa"));
    assertThat(tagged.countries()).contains("UZ", "ZW");
  }

  @Test
  void citiesNamedInTheirLocalFormsBringTheirCountries() {
    assertThat(
            enricher
                .entities(
                    null,
                    "Взрывы прогремели в Мариуполе и Белгороде, сообщили местные власти.",
                    WatchlistTagger.EMPTY,
                    "ru")
                .countries())
        .contains("UA", "RU");
    assertThat(
            enricher
                .entities(
                    null, "انفجار في الموصل وحلب أسفر عن سقوط ضحايا.", WatchlistTagger.EMPTY, "ar")
                .countries())
        .contains("IQ", "SY");
  }

  private List<String> names(String text, String language) {
    return enricher.entities(null, text, WatchlistTagger.EMPTY, language).entities().stream()
        .map(Entity::getName)
        .toList();
  }

  @Test
  void aSentencesFunctionWordIsNoPlaceAndFoodNoCity() {
    assertThat(
            names(
                "El gobierno anunció nuevas medidas. Para el ministro, la economía crecerá en"
                    + " Madrid.",
                "es"))
        .contains("Madrid")
        .doesNotContain("Pará");
    assertThat(
            names(
                "Gesundes Essen ist wichtig. Essen und Trinken hält Leib und Seele zusammen.",
                "de"))
        .doesNotContain("Essen");
    assertThat(names("Er wohnt seit Jahren in Essen und arbeitet in Städten wie Essen.", "de"))
        .contains("Essen");
    assertThat(names("Bei 180 Grad backen und zum ersten Male im Kanal zeigen.", "de"))
        .doesNotContain("Grad", "Male", "Malé", "Kanal");
    assertThat(names("Folgt uns auf Social Media und abonniert den Newsletter.", "de"))
        .doesNotContain("Social Media");
    assertThat(names("Die Debatte über Fake News in Krisenzeiten geht weiter.", "de"))
        .doesNotContain("Fake News");
  }

  @Test
  void aCountrysNameThatIsAGivenNameBeforeASurnameIsNoCountry() {
    assertThat(
            names(
                "La medida fue desactivada durante el gobierno de Mauricio Macri, según el"
                    + " ministro.",
                "es"))
        .doesNotContain("Mauritius");
    assertThat(
            names(
                "Dominika Rafalska, doktor nauk humanistycznych, mówi o winie i o nowych"
                    + " technologiach.",
                "pl"))
        .doesNotContain("Dominica");
    assertThat(names("El presidente de Francia visitó Colombia el lunes.", "es"))
        .contains("France", "Colombia");
  }
}
