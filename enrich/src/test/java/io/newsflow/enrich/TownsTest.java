package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.enrich.tag.Towns;
import io.newsflow.enrich.tag.WatchlistTagger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Places the model misreads: towns (GeoNames, 5,000 to 100,000 people) name what the model found (a
 * lone word it calls a person in a place's context is the town, and a place it found gets the
 * town's id), and a name ending in a sea, a lake or a valley is a place.
 */
class TownsTest {
  private final ArticleEnricher enricher = new ArticleEnricher();

  private Optional<Entity> entity(String text, String name) {
    return enricher.entities(null, text, WatchlistTagger.EMPTY).entities().stream()
        .filter(e -> e.getName().equals(name))
        .findFirst();
  }

  @Test
  void aCampAndATownCoordinatedWithAPlaceArePlaces() {
    String camp = "Residents said RSF artillery hit the Abu Shouk camp again overnight.";
    assertThat(entity(camp, "Abu Shouk")).map(Entity::getType).contains(EntityType.LOCATION);
    String towns =
        "Colombian troops were sent to Cucuta and Tibu, the governor of Norte de Santander said.";
    assertThat(entity(towns, "Tibu")).map(Entity::getType).contains(EntityType.LOCATION);
    // after "and", a word no list holds as a town, or a person, is no place
    assertThat(entity("The aid reached Cucuta and Officials said it was late.", "Officials"))
        .isEmpty();
    assertThat(entity("The aid reached Cucuta and Maria Lopez said it was late.", "Maria Lopez"))
        .map(Entity::getType)
        .contains(EntityType.PERSON);
  }

  @Test
  void aTownTheModelCallsAPersonIsTheTownInAPlacesContext() {
    Entity tibu =
        entity(
                "More than 30,000 people have fled Venezuela to Cucuta and Tibu in Colombia, the"
                    + " governor of Norte de Santander, William Villamizar, said.",
                "Tibu")
            .orElseThrow();
    assertThat(tibu.getType()).isEqualTo(EntityType.LOCATION);
    assertThat(tibu.getId()).startsWith("geonames:");
    assertThat(tibu.getCountry()).isEqualTo("CO");
    Entity gwadar =
        entity(
                "The plan would link the ports of Chabahar in Iran and Gwadar in Pakistan by"
                    + " rail.",
                "Gwadar")
            .orElseThrow();
    assertThat(gwadar.getType()).isEqualTo(EntityType.LOCATION);
    assertThat(gwadar.getCountry()).isEqualTo("PK");
  }

  @Test
  void aPersonNamedLikeATownStaysThePerson() {
    // named in full first: the surname alone is that person, wherever it stands
    String text =
        "Officials met Amelia Tibu on Monday. Reporters who travelled to Tibu said she spoke"
            + " first.";
    assertThat(entity(text, "Amelia Tibu").map(Entity::getType)).contains(EntityType.PERSON);
    assertThat(
            enricher.entities(null, text, WatchlistTagger.EMPTY).entities().stream()
                .filter(e -> e.getName().equals("Tibu"))
                .map(Entity::getType))
        .doesNotContain(EntityType.LOCATION);
    // no place around it: the model's reading stands
    assertThat(entity("Winterbourne said he would not resign.", "Winterbourne"))
        .map(Entity::getType)
        .contains(EntityType.PERSON);
  }

  @Test
  void aTownIsTakenOnlyWhereACountryTheArticleNamesHasExactlyOneOfThatName() {
    Towns towns = Towns.shipped();
    assertThat(towns.isTown("Tibú")).isTrue();
    assertThat(towns.resolve("Tibu", List.of("VE", "CO"))).map(Towns.Town::country).contains("CO");
    // one town of the name, but no country of the article backs it: a wrong town would bring a
    // wrong country (Asia is a town in the Philippines)
    assertThat(towns.resolve("Tibu", List.of())).isEmpty();
    assertThat(towns.resolve("Asia", List.of("JP"))).isEmpty();
    assertThat(towns.resolve("Springfield", List.of("US"))).isEmpty(); // several in the US
    assertThat(
            entity("Leaders from across Asia met in Tokyo, Japan, on Monday.", "Asia")
                .map(Entity::getCountry))
        .isEmpty();
  }

  @Test
  void aNameEndingInASeaOrALakeIsAPlaceWhereTheModelReadsAnOrganisation() {
    for (String name : List.of("Indian Ocean", "Irish Seas", "Twin Lake", "Santa Clara Valley")) {
      assertThat(ArticleEnricher.naturalPlace(name)).as(name).isTrue();
    }
    for (String name : List.of("Black Sea Fleet", "Ocean Conservancy", "River Plate", "Lake")) {
      assertThat(ArticleEnricher.naturalPlace(name)).as(name).isFalse();
    }
    String text = "Ships crossing the Indian Ocean and the Irish Seas were warned on Monday.";
    for (String name : List.of("Indian Ocean", "Irish Seas")) {
      assertThat(entity(text, name).map(Entity::getType)).as(name).contains(EntityType.LOCATION);
    }
  }

  @Test
  void aRegionsAdjectiveIsNoPlace() {
    String text =
        "West Indian all-rounder Phil Simmons took four wickets. 33% of those in hospital are"
            + " African Americans, the European agency said.";
    assertThat(EntityNames.of(enricher, text))
        .doesNotContain("West Indian", "African", "European")
        .contains("Phil Simmons");
  }
}
