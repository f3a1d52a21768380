package io.newsflow.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggersTest {
  @Test
  void countriesByNameAliasAndDemonymWithSpans() {
    String text =
        "Iranian police said the U.S. and Pakistan's army met. Iran denied it; turkey was served.";
    CountryTagger.Found all = new CountryTagger().find(text);
    List<Entity> found = all.entities();
    assertThat(found).extracting(Entity::getCountry).containsExactlyInAnyOrder("IR", "US", "PK");
    assertThat(all.codes()).containsExactly("IR", "US", "PK"); // Iranian and Iran: the most named
    Entity iran = found.stream().filter(e -> e.getCountry().equals("IR")).findFirst().orElseThrow();
    assertThat(iran.getMentions())
        .isEqualTo(1); // "Iranian" feeds the countries, it is not a mention of a place
    assertThat(iran.getSpans()).hasSize(1);
    assertThat(iran.getName()).isEqualTo("Iran");
    assertThat(text.substring(iran.getSpans().get(0).getStart(), iran.getSpans().get(0).getEnd()))
        .isEqualTo("Iran");
  }

  @Test
  void twoNamesOfOneEntryThatOverlapAreOneMentionOfIt() {
    // "Sheikh Tamim" and "Tamim bin Hamad Al Thani" are names of one entry: one span, whole
    Gazetteer<String> g = Gazetteer.caseSensitive();
    g.put("Sheikh Tamim", "tamim");
    g.put("Tamim bin Hamad Al Thani", "tamim");
    g.put("Hamad Al", "other");
    String text = "Qatar's ruler Sheikh Tamim bin Hamad Al Thani met Sheikh Tamim Bin Laden.";
    assertThat(g.find(text))
        .extracting(Gazetteer.Hit::surface)
        .containsExactly("Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim");
    // a name of another entry that starts inside the first stays outside it, as before
    Gazetteer<String> h = Gazetteer.caseSensitive();
    h.put("Sheikh Tamim", "tamim");
    h.put("Tamim bin Hamad Al Thani", "someone else");
    assertThat(h.find(text))
        .extracting(Gazetteer.Hit::surface)
        .containsExactly("Sheikh Tamim", "Sheikh Tamim");
  }

  @Test
  void aPlaceNamedAfterACountryIsThatPlaceNotTheCountry() {
    String text =
        "Police in Northern Ireland and West Germany said cases rose in North America, the Indian"
            + " Ocean and Kuwait City. Kuwait and Ireland were quiet.";
    CountryTagger.Found found = new CountryTagger().find(text);
    assertThat(found.places())
        .extracting(Entity::getName, Entity::getCountry)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Northern Ireland", "GB"),
            org.assertj.core.groups.Tuple.tuple("West Germany", "DE"),
            org.assertj.core.groups.Tuple.tuple("North America", null),
            org.assertj.core.groups.Tuple.tuple("Indian Ocean", null),
            org.assertj.core.groups.Tuple.tuple("Kuwait City", "KW"));
    // the country words inside those names are no mention of a country; the later ones are
    assertThat(found.entities())
        .extracting(Entity::getCountry)
        .containsExactlyInAnyOrder("KW", "IE");
    for (Entity e : found.entities()) {
      assertThat(e.getMentions()).isEqualTo(1);
      assertThat(e.getSpans().get(0).getStart()).isGreaterThan(text.indexOf("quiet") - 30);
    }
    assertThat(found.codes()).contains("GB", "DE", "KW", "IE").doesNotContain("US", "IN");
  }

  @Test
  void languagesOfSeveralScripts() {
    assertThat(
            LanguageDetector.detect(
                "The minister said that the talks with the delegation were a success for the country."))
        .isEqualTo("en");
    assertThat(
            LanguageDetector.detect(
                "Le ministre a déclaré que les discussions avec la délégation sont un succès pour le pays."))
        .isEqualTo("fr");
    assertThat(
            LanguageDetector.detect(
                "Der Minister sagte, dass die Gespräche mit der Delegation ein Erfolg für das Land waren."))
        .isEqualTo("de");
    assertThat(
            LanguageDetector.detect(
                "El ministro dijo que las conversaciones con la delegación fueron un éxito para el país."))
        .isEqualTo("es");
    assertThat(
            LanguageDetector.detect("Министр заявил, что переговоры с делегацией прошли успешно."))
        .isEqualTo("ru");
    assertThat(LanguageDetector.detect("وزیر گفت که مذاکرات با هیئت برای کشور موفقیت آمیز بود"))
        .isEqualTo("fa");
    assertThat(LanguageDetector.detect("وقال الوزير إن المحادثات مع الوفد كانت ناجحة"))
        .isEqualTo("ar");
    assertThat(LanguageDetector.detect("部長は代表団との会談は成功だったと述べた。")).isEqualTo("ja");
    assertThat(LanguageDetector.detect("部长说，与代表团的会谈取得了成功。")).isEqualTo("zh");
    assertThat(LanguageDetector.detect("12 34")).isEqualTo("und");
  }

  @Test
  void categoriesNeedSeveralCues() {
    assertThat(
            Categorizer.categorize(
                "Missile strike", "A drone and missile attack killed five people."))
        .contains("armed-attack");
    assertThat(Categorizer.categorize("Minister visits", "The visit was about the weather."))
        .isEmpty();
  }

  @Test
  void citiesFromCapitalisedDatelinesAndWithoutDiacritics() {
    CityTagger cities = new CityTagger(new CountryTagger()::isCountryName);
    String text = "PORT-AU-PRINCE (Reuters) - People fled to Cucuta. Rakhine state saw fighting.";
    List<Entity> found = cities.tag(text, List.of());
    assertThat(found).extracting(Entity::getName).contains("Port-au-Prince", "Cúcuta", "Rakhine");
    assertThat(found).extracting(Entity::getId).contains("iso3166-2:MM-16");
    assertThat(
            text.substring(
                found.get(0).getSpans().get(0).getStart(), found.get(0).getSpans().get(0).getEnd()))
        .isEqualTo("PORT-AU-PRINCE");
  }

  @Test
  void aGermanNounIsNoPlaceAfterAnArticleOrANumberNorInsideACompound() {
    CityTagger cities = new CityTagger(new CountryTagger()::isCountryName);
    String text =
        "Das Essen war gut, bei 180 Grad im Ofen. In Essen und in den Bergen um Bergen regnete es."
            + " Der Youtube-Kanal zeigt den Pool. Bayer 04 Leverkusen gewann, Anschrift: 10117 Berlin."
            + " Vor Corona lebte sie im Saarland und in der Steiermark.";
    List<String> german =
        cities.tag(text, List.of(), true).stream()
            .flatMap(e -> e.getSpans().stream())
            .map(sp -> text.substring(sp.getStart(), sp.getEnd()))
            .toList();
    // the city after "In", the town after "um", the club's town, the address's city, the Länder
    assertThat(german)
        .containsExactlyInAnyOrder(
            "Essen", "Bergen", "Leverkusen", "Berlin", "Saarland", "Steiermark");
    // read as English, every word of a list's place is a place, but the virus
    List<String> english =
        cities.tag(text, List.of()).stream().map(Entity::getName).distinct().toList();
    assertThat(english).contains("Essen", "Kanal", "Pool").doesNotContain("Corona");
  }
}
