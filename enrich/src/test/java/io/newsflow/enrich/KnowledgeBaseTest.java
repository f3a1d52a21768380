package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.WatchlistEntry;
import io.newsflow.enrich.tag.KnowledgeBase;
import io.newsflow.enrich.tag.WatchlistTagger;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
  private static final KnowledgeBase KB = KnowledgeBase.shipped();

  private static Map<String, Integer> mentions(String text) {
    return KB.tag(text).stream().collect(Collectors.toMap(Entity::getId, Entity::getMentions));
  }

  @Test
  void shippedEntriesAreWellFormedAndCoverEveryRegion() {
    Set<String> iso = Set.of(Locale.getISOCountries());
    assertThat(KB.entries()).hasSizeGreaterThan(200);
    assertThat(KB.entries())
        .allSatisfy(
            e -> {
              assertThat(e.id())
                  .matches("Q[1-9][0-9]*|person:[a-z0-9-]+|org:[a-z0-9-]+|place:[a-z0-9-]+");
              assertThat(e.role()).as(e.name()).isNotBlank();
              if (e.country() != null) {
                assertThat(iso).as(e.name()).contains(e.country());
              }
            });
    // heads of state or government from every inhabited continent
    Set<String> countries =
        KB.entries().stream()
            .filter(e -> e.type() == EntityType.PERSON)
            .map(KnowledgeBase.Entry::country)
            .collect(Collectors.toSet());
    assertThat(countries)
        .contains(
            "US", "BR", "MX", "FR", "RU", "UA", "IR", "IL", "SA", "IN", "PK", "CN", "JP", "ID",
            "NG", "ZA", "KE", "ET", "SD", "ML", "AU");
    assertThat(KB.entries().stream().filter(e -> e.id().startsWith("Q")).count()).isGreaterThan(70);
  }

  @Test
  void aNameIsFoundInEitherSpelling() {
    // the list writes "Organization for Security and Co-operation in Europe"
    assertThat(
            mentions(
                "The Organisation for Security and Cooperation in Europe and the Organization for"
                    + " Security and Cooperation in Europe are one."))
        .containsEntry("Q81299", 2);
    assertThat(
            mentions("Israel and the PLO negotiated; the Palestine Liberation Organisation said"))
        .containsEntry("org:palestine-liberation-organization", 2);
  }

  @Test
  void aUnBodysNameIsFoundWithEachWayOfWritingUn() {
    // the list writes "UN Office for the Coordination of Humanitarian Affairs"
    assertThat(
            mentions(
                "The U.N. Office for the Coordination of Humanitarian Affairs and the United Nations"
                    + " Office for the Coordination of Humanitarian Affairs are one."))
        .containsEntry("Q1065854", 2);
  }

  @Test
  void namesAliasesAndCountriesResolveToOneEntity() {
    String text =
        "Russian President Vladimir Putin spoke to Recep Tayyip Erdogan. Putin and Erdoğan agreed; "
            + "the Kremlin said Putin would travel.";
    List<Entity> found = KB.tag(text);
    Entity putin = found.get(0);
    assertThat(putin.getId()).isEqualTo("Q7747");
    assertThat(putin.getName()).isEqualTo("Vladimir Putin");
    assertThat(putin.getCountry()).isEqualTo("RU");
    assertThat(putin.getMentions()).isEqualTo(3);
    assertThat(text.substring(putin.getSpans().get(1).getStart(), putin.getSpans().get(1).getEnd()))
        .isEqualTo("Putin");
    assertThat(mentions(text)).containsEntry("Q39259", 2);
  }

  @Test
  void aLastNameCountsOnlyAfterTheFullNameAndOnlyWhenItIsUnambiguous() {
    assertThat(mentions("Isaac Herzog visited Haifa. Herzog said the talks went well."))
        .containsEntry("person:isaac-herzog", 2);
    assertThat(mentions("Herzog said the talks went well.")).isEmpty();
    // Shehbaz and Nawaz Sharif share a last name: "Sharif" alone stays untagged
    assertThat(mentions("Shehbaz Sharif met the army chief. Sharif later left."))
        .containsEntry("person:shehbaz-sharif", 1);
  }

  @Test
  void acronymsAndSpellingsOfGroups() {
    assertThat(
            mentions(
                "The Tehreek-e-Taliban Pakistan (TTP) and the BLA claimed attacks; TTP denied it."))
        .containsEntry("org:tehrik-taliban-pakistan", 3)
        .containsEntry("org:baloch-liberation-army", 1);
    assertThat(mentions("Jaish ul-Adl and Jaish al-Adl are one group."))
        .containsEntry("org:jaish-adl", 2);
    assertThat(mentions("The IAEA and the U.N. Security Council met."))
        .containsKeys("Q41984", "Q37470");
  }

  @Test
  void aNameWithAPossessiveInsideIsFoundWithItAndOnlyWithIt() {
    // the possessive used to break the name into words the lookup never joined again
    assertThat(
            mentions(
                "The Kurdistan Workers' Party and the Tigray People’s Liberation Front met; the"
                    + " Lord's Resistance Army did not."))
        .containsEntry("Q152220", 1)
        .containsEntry("org:tigray-people-s-liberation-front", 1)
        .containsEntry("org:lord-s-resistance-army", 1);
    // a possessive where the name has none is no mention of it
    assertThat(mentions("Pakistan's Army chief spoke.")).doesNotContainKey("org:pakistan-army");
  }

  @Test
  void theEnricherLinksCuratedCountriesAndLetsTheWatchlistWin() {
    ArticleEnricher enricher = new ArticleEnricher();
    String page =
        "Title: Talks in Nairobi\n\nPresident William Ruto hosted Abiy Ahmed in Nairobi, Kenya, on Monday. "
            + "Ruto and Abiy discussed the port. Reuters reported the talks.";
    var article = enricher.enrich(Fixtures.article(page).build()).get(0);
    Map<String, String> byName =
        article.getEntities().stream()
            .collect(Collectors.toMap(Entity::getName, Entity::getId, (a, b) -> a));
    assertThat(byName)
        .containsEntry("William Ruto", "person:william-ruto")
        .containsEntry("Abiy Ahmed", "person:abiy-ahmed")
        .containsEntry("Reuters", "Q130879")
        .containsEntry("Kenya", "Q114")
        .doesNotContainKey("Ruto");
    assertThat(article.getCountries()).containsExactly("KE", "ET");

    WatchlistEntry mine =
        WatchlistEntry.newBuilder()
            .setId("Q57792")
            .setName("Mark Rutte")
            .setAliases(List.of("Rutte"))
            .setType(EntityType.PERSON)
            .setCountry("NL")
            .build();
    var watched =
        enricher
            .enrich(
                Fixtures.article(
                        "Title: NATO meets\n\nNATO chief Mark Rutte spoke to reporters in Brussels on Tuesday about the alliance and its plans for the coming year. Rutte said members had agreed.")
                    .build(),
                new WatchlistTagger(List.of(mine)))
            .get(0);
    assertThat(watched.getEntities()).filteredOn(e -> e.getName().equals("Mark Rutte")).hasSize(1);
  }

  @Test
  void anOrganisationNamedAfterItsCountryBringsTheCountryANewsAgencyDoesNot() {
    ArticleEnricher enricher = new ArticleEnricher();
    var article =
        enricher
            .enrich(
                Fixtures.article(
                        "Title: Drones downed\n\nUS Central Command said its forces shot down two"
                            + " drones over the Red Sea on Tuesday, the Kuwait News Agency reported,"
                            + " citing officials who spoke after the attack on the tanker.")
                    .build())
            .get(0);
    assertThat(article.getEntities())
        .filteredOn(e -> e.getName().equals("US Central Command"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getType()).isEqualTo(EntityType.ORGANIZATION);
              assertThat(e.getCountry()).isEqualTo("US");
            });
    assertThat(article.getCountries()).contains("US").doesNotContain("KW");
  }

  @Test
  void aMalformedLineIsAnErrorNamingTheLine() {
    String bad = "# header\nQ1\tPERSON\tA Person\t\tUS\trole\nQx\tPERSON\tB\t\t\trole\n";
    assertThatThrownBy(
            () ->
                KnowledgeBase.parse(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("line 3")
        .hasMessageContaining("Qx");
  }
}
