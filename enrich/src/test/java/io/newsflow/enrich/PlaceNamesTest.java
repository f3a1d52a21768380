package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.enrich.ner.NerTagger;
import io.newsflow.enrich.tag.WatchlistTagger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Places by their English names, and the parts of a place's or a body's name the model splits. */
class PlaceNamesTest {
  private final ArticleEnricher enricher = new ArticleEnricher();

  private List<Entity> entities(String text) {
    return enricher.entities(null, text, WatchlistTagger.EMPTY).entities();
  }

  @Test
  void theSecondOfTwoTownsAndTwoFieldsArePlacesAndAMilitiaOfAPeopleNoBody() {
    String text =
        "Fighters of the Fano militia ambushed a convoy, a Shia militia fled, and drones hit the"
            + " towns of Debre Markos and Finote Selam near the Tengiz and Kashagan fields.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Debre Markos", "Finote Selam", "Tengiz", "Kashagan");
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Fano")
        .doesNotContain("Shia");
  }

  @Test
  void aRiverNamedAfterACountryIsTheRiverAndACountryItselfStaysACountry() {
    String text =
        "Boats on the Paraguay River and the Niger River were stopped. Cocoa from Ivory Coast"
            + " fell.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Paraguay River", "Niger River");
    assertThat(EntityNames.mentions(enricher, text, EntityType.COUNTRY))
        .contains("Ivory Coast")
        .doesNotContain("Paraguay", "Niger");
    // a mine's name after "the" with no company head is a place; what rises is before "on" a place
    String mines =
        "Freeport-McMoRan, which runs the Cerro Verde mine, did not comment. Output at its Sorowako"
            + " mine on Sulawesi rose 8 percent.";
    assertThat(EntityNames.mentions(enricher, mines, EntityType.LOCATION))
        .contains("Cerro Verde", "Sorowako", "Sulawesi");
    assertThat(EntityNames.mentions(enricher, mines, EntityType.ORGANIZATION))
        .containsExactly("Freeport-McMoRan");
  }

  @Test
  void aCityGeoNamesListsUnderItsLocalNameIsFoundAndNamedInEnglish() {
    List<Entity> found =
        entities(
            "The United Nations human rights office in Geneva called for an inquiry. A missile"
                + " struck a ship off Hodeidah, and trains from Cologne were cancelled.");
    assertThat(found)
        .filteredOn(e -> e.getType() == EntityType.LOCATION)
        .extracting(Entity::getName)
        .contains("Geneva", "Hodeidah", "Cologne")
        .doesNotContain("Genève", "Al Ḩudaydah", "Köln");
    assertThat(found)
        .filteredOn(e -> e.getName().equals("Geneva"))
        .allMatch(e -> e.getId().startsWith("geonames:") && "CH".equals(e.getCountry()));
  }

  @Test
  void aTownTheNewsNamesOftenIsFoundWithItsCountryWhereTheArticleNamesNone() {
    ArticleEnricher.Tagged tagged =
        enricher.entities(
            null,
            "Shelling hit Kramatorsk and Chasiv Yar overnight. Families fled Beit Lahia for Khan"
                + " Younis, and aid trucks reached Farchana.",
            WatchlistTagger.EMPTY);
    assertThat(tagged.entities())
        .filteredOn(e -> e.getType() == EntityType.LOCATION)
        .extracting(Entity::getName, Entity::getCountry)
        .contains(
            tuple("Kramatorsk", "UA"),
            tuple("Chasiv Yar", "UA"),
            tuple("Beit Lahia", "PS"),
            tuple("Khan Younis", "PS"),
            tuple("Farchana", "TD"));
    assertThat(tagged.entities()).noneMatch(e -> e.getType() == EntityType.PERSON);
    // GeoNames spells it Khan Yunis: the news spelling names that city, not a second place
    assertThat(tagged.entities())
        .filteredOn(e -> e.getName().equals("Khan Younis"))
        .singleElement()
        .matches(e -> e.getId().equals("geonames:281124"));
    assertThat(tagged.countries()).contains("UA", "PS", "TD");
    // GeoNames writes Kramators’k, with the soft sign news leaves out
    assertThat(tagged.entities())
        .filteredOn(e -> e.getName().equals("Kramatorsk"))
        .singleElement()
        .matches(e -> e.getId().equals("geonames:704508"));
    assertThat(entities("Marx and Engels wrote it."))
        .noneMatch(e -> e.getType() == EntityType.LOCATION);
  }

  @Test
  void aWordOpeningTheSentenceIsNoPartOfThePlaceAfterIt() {
    // "In" is capitalised, but no part of a longer name: the model alone read a person here
    assertThat(
            entities(
                "In Khan Younis, residents queued for water. After Bint Jbeil was shelled,"
                    + " families fled. Near Chasiv Yar the army held its lines."))
        .filteredOn(e -> e.getType() == EntityType.LOCATION)
        .extracting(Entity::getName)
        .contains("Khan Younis", "Bint Jbeil", "Chasiv Yar");
  }

  @Test
  void aCapitalIsTheCityAndItsCountryStillCounts() {
    ArticleEnricher.Tagged tagged =
        enricher.entities(
            null,
            "The railway from Kashgar to Andijan is backed by Beijing, officials said.",
            WatchlistTagger.EMPTY);
    assertThat(tagged.entities())
        .anyMatch(e -> e.getName().equals("Beijing") && e.getType() == EntityType.LOCATION)
        .noneMatch(e -> e.getType() == EntityType.COUNTRY && e.getName().equals("China"));
    assertThat(tagged.countries()).contains("CN");
  }

  @Test
  void aRegionsUpperLowerOrMiddleAndAPlacesParticleArePartOfIt() {
    assertThat(
            EntityNames.of(
                enricher,
                "Militants captured towns in Middle Shabelle and attacked villages near Mocimboa da"
                    + " Praia on Sunday."))
        .contains("Middle Shabelle", "Mocimboa da Praia")
        .doesNotContain("Shabelle", "Praia");
  }

  @Test
  void aKnownOrganisationsNameReadOnToABodysHeadIsThatBody() {
    List<Entity> found =
        entities(
            "The mission replaced the African Union Transition Mission in January, and the"
                + " African Union said it needed funds.");
    assertThat(found)
        .anyMatch(
            e ->
                e.getName().equals("African Union Transition Mission")
                    && e.getType() == EntityType.ORGANIZATION);
    // the African Union itself keeps its own mention
    assertThat(found)
        .filteredOn(e -> e.getName().equals("African Union"))
        .singleElement()
        .matches(e -> e.getSpans().size() == 1);
  }

  @Test
  void aCityTooAmbiguousForProseIsTheCityInADateline() {
    List<Entity> found =
        entities(
            "WASHINGTON, Aug 8 (Reuters) - The two leaders met on Friday. The Washington"
                + " Commanders did not play.");
    assertThat(found)
        .filteredOn(e -> e.getName().equals("Washington"))
        .singleElement()
        .matches(e -> e.getType() == EntityType.LOCATION && e.getSpans().size() == 1);
  }

  @Test
  void aLakeNamedAfterACountryIsTheLake() {
    List<Entity> found =
        entities("Boko Haram fighters attacked an army base on Lake Chad islands.");
    assertThat(found)
        .anyMatch(e -> e.getName().equals("Lake Chad") && e.getType() == EntityType.LOCATION)
        .noneMatch(e -> e.getType() == EntityType.COUNTRY);
  }

  @Test
  void aMissionHoldsTheCountryItServesIn() {
    assertThat(
            EntityNames.of(
                enricher,
                "The United Nations Support Mission in Libya (UNSMIL) called for a ceasefire."))
        .contains("United Nations Support Mission in Libya");
  }

  @Test
  void aNameAfterACitysCapitalRoleIsThatPlace() {
    List<Entity> found =
        entities(
            "Forces took control of the regional capital Mekelle and flew on to the provincial"
                + " capital Zorbaki; venture capital Fund Managers and economist Gonzalo Chavez"
                + " disagreed.");
    assertThat(found)
        .filteredOn(e -> e.getType() == EntityType.LOCATION)
        .extracting(Entity::getName, Entity::getCountry)
        .contains(tuple("Mekelle", "ET"), tuple("Zorbaki", null));
    assertThat(found)
        .filteredOn(e -> e.getType() == EntityType.LOCATION)
        .extracting(Entity::getName)
        .doesNotContain("Fund Managers");
    assertThat(found).extracting(Entity::getName).contains("Gonzalo Chavez");
  }

  @Test
  void aRegionListedUnderItsLocalNameIsFoundByItsEnglishOneWithItsIsoCode() {
    List<Entity> found =
        entities(
            "Floods hit Bavaria and North Rhine-Westphalia, fighting spread in North Kivu, and a"
                + " volcano erupted in East Nusa Tenggara. An earthquake shook West Azerbaijan.");
    assertThat(found)
        .filteredOn(e -> e.getType() == EntityType.LOCATION)
        .extracting(Entity::getName, Entity::getId)
        .contains(
            tuple("Bavaria", "iso3166-2:DE-BY"),
            tuple("North Rhine-Westphalia", "iso3166-2:DE-NW"),
            tuple("North Kivu", "iso3166-2:CD-NK"),
            tuple("East Nusa Tenggara", "iso3166-2:ID-NT"),
            tuple("West Azerbaijan", "iso3166-2:IR-02"));
    assertThat(found).extracting(Entity::getName).doesNotContain("Azerbaijan", "North");
  }

  @Test
  void aStreetsOrAPlacesFirstWordAndABodysAcronymAreNotPeople() {
    List<Entity> found =
        entities(
            "Protesters gathered on Avenue Habib Bourguiba. Operations near Puerto Barrios were"
                + " suspended, and the national disaster agency CONRED said rivers were rising."
                + " Separatists who call their state Ambazonia enforced a lockdown.");
    assertThat(found)
        .filteredOn(e -> e.getType() == EntityType.LOCATION)
        .extracting(Entity::getName)
        .contains("Avenue Habib Bourguiba", "Puerto Barrios", "Ambazonia");
    assertThat(found)
        .filteredOn(e -> e.getType() == EntityType.ORGANIZATION)
        .extracting(Entity::getName)
        .contains("CONRED");
    assertThat(found).filteredOn(e -> e.getType() == EntityType.PERSON).isEmpty();
    // the rules themselves, whatever the model reads
    String t = "Rallies on Avenue Habib Bourguiba and Lake Bell; the agency CONRED and NASA.";
    assertThat(ArticleEnricher.placeByFirstWord(t, mention(t, "Avenue Habib Bourguiba"))).isTrue();
    assertThat(ArticleEnricher.placeByFirstWord(t, mention(t, "Bourguiba"))).isFalse();
    assertThat(ArticleEnricher.acronymOfABody(t, mention(t, "CONRED"))).isTrue();
    assertThat(ArticleEnricher.acronymOfABody(t, mention(t, "NASA"))).isFalse();
  }

  private static NerTagger.Mention mention(String text, String name) {
    int at = text.indexOf(name);
    return new NerTagger.Mention(at, at + name.length(), "PER");
  }

  @Test
  void aSeaOrAGulfOfACountryIsOnePlaceAndNoMentionOfTheCountry() {
    String text =
        "The canal links the Mekong River to the Gulf of Thailand, a project Vietnam fears. Ships"
            + " crossed the Bay of Bengal. Thailand said it supported the plan.";
    List<Entity> found = entities(text);
    assertThat(found)
        .filteredOn(e -> e.getType() == EntityType.LOCATION)
        .extracting(Entity::getName)
        .contains("Gulf of Thailand", "Bay of Bengal");
    // Thailand is named once on its own, not inside the gulf's name
    assertThat(found)
        .filteredOn(e -> e.getName().equals("Thailand"))
        .singleElement()
        .extracting(Entity::getMentions)
        .isEqualTo(1);
  }

  @Test
  void aBroadcasterNamedForItsCountryIsAnOrganisation() {
    List<Entity> found =
        entities("Mark Brown told Radio New Zealand that the forum would discuss policing.");
    assertThat(found)
        .filteredOn(e -> e.getType() == EntityType.ORGANIZATION)
        .extracting(Entity::getName)
        .contains("Radio New Zealand");
    assertThat(found).extracting(Entity::getName).doesNotContain("Radio", "New Zealand");
  }

  @Test
  void aCommonNounOpeningASentenceBeforeInACountryIsNoPlaceAndATownThereIs() {
    List<Entity> found =
        entities(
            "Residents in Ukraine said the power had gone. Voters in Kazakhstan backed the plan."
                + " Protesters in Georgia blocked the road. Talks in Qatar stalled. Gopalganj in"
                + " Bangladesh saw the worst of the violence.");
    assertThat(found)
        .extracting(Entity::getName)
        .doesNotContain("Residents", "Voters", "Protesters", "Talks")
        .contains("Ukraine", "Kazakhstan", "Georgia", "Qatar", "Gopalganj");
  }

  @Test
  void aPlacesNameGoesOnPastItsParticleWhereTheModelReadsASurname() {
    assertThat(
            EntityNames.of(
                enricher,
                "The mayor said drivers in San Juan de Lurigancho and Comas were paying. The"
                    + " mayor of Villa de Leyva spoke, and tourists left Puerto de la Cruz."))
        .contains("San Juan de Lurigancho", "Comas", "Villa de Leyva", "Puerto de la Cruz")
        .doesNotContain("San Juan", "Lurigancho", "Leyva", "Cruz");
  }

  @Test
  void namesBeforeAPlaceNounInThePluralArePlaces() {
    assertThat(
            EntityNames.mentions(
                enricher,
                "Galamsey has polluted the Pra and Ankobra rivers. Fighting spread in Shan and"
                    + " Kachin states.",
                EntityType.LOCATION))
        .contains("Pra", "Ankobra", "Shan", "Kachin")
        .doesNotContain("Pra and Ankobra");
  }

  @Test
  void aStreetsOrAnAirportsNameBeforeItsHeadIsOnePlace() {
    String text =
        "Supporters gathered along Jalan Sudirman. Gangs shot at a plane landing at Toussaint"
            + " Louverture International Airport on Monday, and flights left Jomo Kenyatta"
            + " International Airport.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains(
            "Jalan Sudirman",
            "Toussaint Louverture International Airport",
            "Jomo Kenyatta International Airport")
        .doesNotContain("Jalan");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void aCityGeoNamesListsUnderItsCreoleNameIsFoundByItsEnglishOne() {
    assertThat(
            EntityNames.mentions(
                enricher,
                "In Cap-Haitien, the country's second city, and in Petit-Goave, residents said fuel"
                    + " had run out.",
                EntityType.LOCATION))
        .contains("Cap-Haitien", "Petit-Goave");
  }

  @Test
  void twoNamesBeforeAPluralPlaceNounAndANameBeforeRiverArePlaces() {
    String text =
        "The storm was expected to make landfall between Khanh Hoa and Lam Dong provinces later"
            + " this week. In Hoi An, the Thu Bon river crested at 5.6 metres. Civilians in"
            + " neighbouring Yobe state paid the price, the Democratic state party said.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Khanh Hoa", "Lam Dong", "Thu Bon", "Yobe")
        .doesNotContain("Democratic");
    assertThat(EntityNames.of(enricher, text)).doesNotContain("Lam", "Thu");
  }

  @Test
  void aPlaceEndsBeforeInAndAMonthAndAPortsFirstWordTakesItsName() {
    String text =
        "The two presidents signed a peace framework in Washington in June. Gangs use the ports of"
            + " Guayaquil and Puerto Bolivar to ship cocaine.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Washington", "Puerto Bolivar")
        .doesNotContain("Washington in June");
    assertThat(EntityNames.of(enricher, text)).doesNotContain("Puerto");
  }

  @Test
  void aPlaceBeforeAReportingClauseIsNoBodyAndARegionIsAPlace() {
    String text =
        "Clan fighting displaced families in Maguindanao del Sur and Basilan, the United Nations"
            + " refugee agency UNHCR said. Oil from the Kurdistan Region flows north.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Basilan", "Kurdistan Region");
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .doesNotContain("Basilan");
    assertThat(
            MentionRules.retyped(
                "the Autonomous Region of Bougainville voted", new NerTagger.Mention(4, 37, "ORG")))
        .isEqualTo(new NerTagger.Mention(4, 37, "LOC"));
  }

  @Test
  void aMineNamedBeforeItsMetalIsAPlace() {
    String text = "Rio Tinto runs the Oyu Tolgoi copper mine in the South Gobi.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).contains("Oyu Tolgoi");
  }

  @Test
  void aPrisonAndAnOilfieldNamedBeforeTheirNounArePlaces() {
    String text =
        "The prisoners were flown from the Altiplano prison. The deal hands over the Omar oilfield.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Altiplano", "Omar");
  }

  @Test
  void aBuildingVisitedAndATownInAListOfPlacesArePlaces() {
    String text =
        "Salam briefed Aoun at the Baabda Palace, and crowds marched from the EDSA Shrine. Floods"
            + " hit Kolonnawa and Kaduwela. Observers in San Pedro Sula and La Ceiba saw no fraud.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Baabda Palace", "EDSA Shrine", "Kolonnawa", "Kaduwela", "La Ceiba");
  }

  @Test
  void placesListedAfterThePluralOfAPlaceNounAndOfASaint() {
    String text =
        "A bridge links Male with the islands of Villingili, Gulhifalhu and Thilafushi."
            + " Indigenous communities around San Pedro de Atacama said they were not consulted.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Villingili", "Gulhifalhu", "Thilafushi", "San Pedro de Atacama");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void riversInDaryaAndACityOfSportsNamedAfterAKing() {
    String text =
        "The Naryn joins the Kara Darya to form the Syr Darya. Ittihad beat Al Qadsiah 3-1 at King"
            + " Abdullah Sports City.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Kara Darya", "Syr Darya", "King Abdullah Sports City");
    assertThat(
            EntityNames.mentions(
                enricher,
                "Guatemala claims the Sapodilla Cayes off Belize's southern coast.",
                EntityType.LOCATION))
        .contains("Sapodilla Cayes");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void aMalayPalaceIsAPlace() {
    String text =
        "Governor Musa Aman swore him in at the Istana Seri Kinabalu in Kota Kinabalu, the state"
            + " capital.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Istana Seri Kinabalu")
        .doesNotContain("Istana");
  }

  @Test
  void aClubNamedForABuildingStaysAClub() {
    String text = "Crystal Palace beat Everton 2-1 on Saturday, and Crystal Palace fans sang.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .doesNotContain("Crystal Palace");
  }

  @Test
  void aSaintsAbbreviationAHyphenatedTownAndTwoCitiesReadAsOneBodyArePlaces() {
    String text =
        "The parishes of St. Elizabeth, Westmoreland and Trelawny were worst hit. In Jamaica,"
            + " service was restored in Negril and Savanna-la-Mar. Mashhad and Isfahan have also rationed water.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("St. Elizabeth", "Savanna-la-Mar", "Mashhad", "Isfahan")
        .doesNotContain("Elizabeth", "Mashhad and Isfahan");
  }

  @Test
  void aNameBeforeDamIsAPlace() {
    String text = "The Mekong River Commission said the Don Sahong dam had cut fish catches.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).contains("Don Sahong");
  }

  @Test
  void aNameBeforeAPowerPlantIsAPlace() {
    String text =
        "The grid collapsed after a fault at the Antonio Guiteras thermoelectric plant in Matanzas.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Antonio Guiteras");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void aPlaceNearAPlaceIsTwoPlacesAndANameBeforeARefugeeCampAPlace() {
    String text =
        "Farmers would block the Pan-American Highway near Penonome. Troops raided the Far'a"
            + " refugee camp.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Pan-American Highway", "Penonome", "Far'a")
        .doesNotContain("Pan-American Highway near Penonome");
  }

  @Test
  void aHyphenatedPlaceIsNoMentionOfTheCityInItsSecondPartAndAZoneIsAPlace() {
    String text = "Union members in Ibeju-Lekki protested near the Lekki Free Trade Zone.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Ibeju-Lekki", "Lekki Free Trade Zone")
        .doesNotContain("Lekki");
  }

  @Test
  void aNameBeforePipelineOrGasFieldsIsAPlace() {
    String text = "Gas flows through the Transmed pipeline from the Greater Sunrise gas fields.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Transmed", "Greater Sunrise");
  }

  @Test
  void aNameASiteNounDescribesAfterItOrAFieldAfterItIsAPlaceAndCoteDIvoireIsACountry() {
    String text =
        "Escondida, the world's biggest copper mine, had its best quarter. Output rose at the"
            + " Rubiales field in Meta. Cocoa goes from Ghana to buyers in Côte d'Ivoire.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Escondida", "Rubiales");
    assertThat(EntityNames.mentions(enricher, text, EntityType.COUNTRY))
        .contains("Côte d'Ivoire")
        .doesNotContain("Côte");
  }

  @Test
  void capitalisedWordsBeforeZoneAreOnePlace() {
    String text = "Workers at the Chittagong Export Processing Zone staged a strike.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Chittagong Export Processing Zone")
        .doesNotContain("Chittagong", "Chittagong Export");
  }

  @Test
  void aNameBeforePrisonIsAPlace() {
    String text = "Twenty inmates escaped from the Fraijanes II prison on Sunday.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).contains("Fraijanes II");
  }

  @Test
  void aStateAfterInOrOfIsAPlaceButAUniversitysTeamIsNot() {
    String text =
        "Gunmen attacked villages in Borno State. The army controls most of Rakhine State. Ohio"
            + " State beat Michigan.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Borno State", "Rakhine State")
        .doesNotContain("Ohio State");
  }

  @Test
  void aPlaceTheModelEndedEarlyAndASaintsNameAfterAPlacePreposition() {
    String text =
        "Troops fired near Chong Chom. Crews restored power in St Elizabeth and Westmoreland."
            + " The Bronx Republican club met. CGI Mestre won the contract.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Chong Chom", "St Elizabeth")
        .doesNotContain("Bronx Republican");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).doesNotContain("Elizabeth");
    assertThat(EntityNames.of(enricher, text)).doesNotContain("CGI Mestre");
  }

  @Test
  void seasStraitsAndRiversTheNewsNamesBare() {
    String text =
        "Potash is mined on the Dead Sea. Tankers crossed the Bab el-Mandeb and the Taiwan Strait."
            + " The Euphrates and the Tigris ran low; the Grand Ethiopian Renaissance Dam filled.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains(
            "Dead Sea",
            "Bab el-Mandeb",
            "Taiwan Strait",
            "Euphrates",
            "Tigris",
            "Grand Ethiopian Renaissance Dam");
  }

  @Test
  void aDatelineTheModelReadsOnOverItsDashIsThePlace() {
    String text =
        "SUVA - Fiji will raise the departure tax.\nLautoka - The government agreed.\nRABAT -"
            + " Protests spread.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("SUVA", "Lautoka", "RABAT")
        .doesNotContain("Lautoka - The", "SUVA - Fiji", "Protests");
    assertThat(
            MentionRules.dashesApart(
                "Muqtada al - Sadr spoke",
                List.of(new NerTagger.Mention(0, 17, "PER")),
                n -> false))
        .containsExactly(new NerTagger.Mention(0, 17, "PER"));
  }

  @Test
  void aPlaceBeforeACheckpointOrABase() {
    String text =
        "Migrants tried to cross near the Vaalimaa checkpoint. Jets flew from the Hmeimim air"
            + " base.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Vaalimaa", "Hmeimim");
  }

  @Test
  void aRegionAfterADatelineBeforeATitleAStadiumOverDelAndAField() {
    String text =
        "CALGARY - Alberta Premier Danielle Smith said no.\nThe match was at the Estadio"
            + " Defensores del Chaco on Sunday. Output from the Shah Deniz field was stable.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("CALGARY", "Alberta", "Estadio Defensores del Chaco", "Shah Deniz");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).contains("Danielle Smith");
  }

  @Test
  void twoPlacesOverAndAnOilBlockAndTheRepublicOfCongo() {
    String text =
        "Funding was frozen after clashes in Zvečan and Leposavić in 2023. Trinidad and Tobago's"
            + " parliament met. Exxon leads the consortium in the Stabroek block. The Republic of"
            + " Congo signed a contract.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Zvečan", "Leposavić", "Stabroek")
        .doesNotContain("Zvečan and Leposavić");
    assertThat(EntityNames.mentions(enricher, text, EntityType.COUNTRY))
        .contains("Trinidad and Tobago", "Republic of Congo");
  }

  @Test
  void aDistrictNamedAfterATitledPersonIsThePlace() {
    String text =
        "The talks follow clashes in Aleppo's Sheikh Maqsoud district. Sheikh Hasina fled.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Aleppo", "Sheikh Maqsoud");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Sheikh Hasina")
        .doesNotContain("Maqsoud");
  }

  @Test
  void aDatelineInCapitalsBeforeADashAndTheStorysFirstWords() {
    String text =
        "LOME - Hundreds of protesters marched in Lomé on Thursday.\nSOCCER - Dutch league"
            + " results.\nBREAKING - Fire in the city.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("LOME", "Lomé")
        .doesNotContain("SOCCER", "BREAKING");
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .doesNotContain("LOME");
  }

  @Test
  void sitesNamedAfterPeopleOrDatesAndPlacesByTheirAppositive() {
    String text =
        "Crown Prince Salman bin Hamad Al Khalifa opened a terminal at Khalifa bin Salman Port."
            + " Gunmen attacked a post in Dagestan's Karabudakhkent district. Comrat, the region's"
            + " capital, saw a protest. Fiston Mayele scored twice at the 30 June Stadium."
            + " Kiritimati, also known as Christmas Island, could host an airstrip. Wind farms will"
            + " rise in the Tsau Khaeb National Park. Lai is held at Stanley Prison. Al Hilal won at"
            + " Kingdom Arena. Trains run from Boten through Luang Prabang and Vang Vieng.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains(
            "Khalifa bin Salman Port",
            "Dagestan",
            "Karabudakhkent",
            "Comrat",
            "30 June Stadium",
            "Kiritimati",
            "Tsau Khaeb National Park",
            "Stanley Prison",
            "Kingdom Arena",
            "Vang Vieng")
        .doesNotContain("Dagestan's Karabudakhkent");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Salman bin Hamad Al Khalifa")
        .doesNotContain("Khalifa", "Vang Vieng");
    // "of", "for" and "on" join a site to what it is of, not a name's words
    assertThat(
            EntityNames.mentions(
                enricher,
                "He praised the deregulation of Wall Street at the Oval on South Main Street.",
                EntityType.LOCATION))
        .doesNotContain("Oval on South Main Street", "Deregulation of Wall Street");
  }

  @Test
  void aRegionsStateBeforeATitleIsThePlace() {
    String text =
        "Kebbi State governor Nasir Idris said 24 schoolgirls had been freed. Ohio State beat"
            + " Michigan.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Kebbi State")
        .doesNotContain("Ohio State");
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .doesNotContain("Kebbi State");
  }

  @Test
  void aSeaTheModelReadsAsNoKindAndSitesAfterAnOwnersPossessive() {
    String text =
        "Output from the Johan Castberg field in the Barents Sea reached plateau. Freeport-McMoRan's"
            + " Cerro Verde mine operated normally. Southern Copper said its Tia Maria project was"
            + " unaffected. Output at its Askar smelter would rise.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Barents Sea", "Cerro Verde", "Tia Maria", "Askar");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .doesNotContain("Tia Maria", "Askar");
  }

  @Test
  void aTownNamedLikeAPersonAfterInAPlaceBeforeItsMayorAndAMonument() {
    String text =
        "Fiji's budget raises taxes. Opposition leader Inia Seruiratu said the tax would hurt"
            + " families in Nadi. A court convicted former Bamban mayor Alice Guo of trafficking."
            + " Thousands protested outside the Freedom Monument on Sunday.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Nadi", "Bamban", "Freedom Monument");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Alice Guo", "Inia Seruiratu")
        .doesNotContain("Nadi", "Bamban");
  }

  @Test
  void aDatelinesRegionAGroundNamedForAPersonAndTheVatican() {
    String text =
        "ST JOHN'S, Antigua, Dec 3 (newsflow) - Captain Roston Chase said the bowlers had trained"
            + " at the Coolidge Cricket Ground for a month. Bishop Rolando Alvarez, exiled to the"
            + " Vatican, said priests were under watch. Left-arm spinner Noor Ahmad took 5 for 42."
            + " Prime Minister John Briceno said the airport on Ambergris Caye would grow.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("ST JOHN'S", "Antigua", "Coolidge Cricket Ground", "Ambergris Caye")
        .doesNotContain("Left-arm");
    assertThat(EntityNames.mentions(enricher, text, EntityType.COUNTRY)).contains("Vatican");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Roston Chase", "Rolando Alvarez")
        .doesNotContain("Antigua", "Coolidge", "JOHN");
  }

  @Test
  void placesInPairsListsAfterTravelAndBasedIn() {
    String text =
        "Residents of Wete, Chake Chake and Mkoani were turned away. Residents of Huancuire and"
            + " Chila said the company had not paid. Farmers in Sefwi Wiawso and Goaso, in the west,"
            + " lost trees. The minister will travel to Challhuahuacho on Friday. The institute,"
            + " based in New Tafo, tests seeds. Traders crossed the Irkeshtam pass. Our bureau chiefs"
            + " in Sacramento and D.C. wrote. Hundreds marched to the offices of the Adjara regional"
            + " government.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains(
            "Chake Chake",
            "Mkoani",
            "Chila",
            "Goaso",
            "Challhuahuacho",
            "New Tafo",
            "Irkeshtam",
            "Adjara")
        .doesNotContain("D");
  }

  @Test
  void aSiteNamedWithACountryAndATerminal() {
    String text =
        "The government will not negotiate a reopening of the Cobre Panama copper mine before an"
            + " audit. Biden toured the Lobito Mineral Terminal with Trafigura's chief executive.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Cobre Panama", "Lobito Mineral Terminal");
    assertThat(EntityNames.mentions(enricher, text, EntityType.COUNTRY)).doesNotContain("Panama");
  }

  @Test
  void aPlaceBeforeMunicipality() {
    String text =
        "The Khumbu Pasang Lhamu rural municipality, home to Mount Everest, has banned plastic"
            + " bottles.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Khumbu Pasang Lhamu");
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .doesNotContain("Khumbu Pasang Lhamu");
  }

  @Test
  void barracksOilProjectsAndStadiums() {
    String text =
        "Gunmen attacked the Wilberforce military barracks and a prison. Revenue from the"
            + " GranMorgu offshore oil project would be shared. Kipyegon clocked 3:49.04 at the Stade"
            + " Charlety.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Wilberforce", "GranMorgu", "Stade Charlety");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .doesNotContain("Stade Charlety");
  }

  @Test
  void thePlaceAMayorIsOf() {
    String text =
        "Talib Ahmed Bensouda, the mayor of Kanifing, has also said he will stand. The mayor of"
            + " London Sadiq Khan said so.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).contains("Kanifing");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Talib Ahmed Bensouda");
  }

  @Test
  void aCapeOfAPlaceTheModelReadNothingOf() {
    String text = "Houthi attacks have forced many ships to sail around the Cape of Good Hope.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Cape of Good Hope");
  }

  @Test
  void aCityTheModelReadAsABodyInAListOfPlaces() {
    String text = "Projects in Hulhumale and Addu City funded by the bank are behind schedule.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Hulhumale", "Addu City");
  }

  @Test
  void aSaintsPlaceAfterAnotherPlaceAndAndAndTheCongoRepublic() {
    String text =
        "Hurricane Melissa damaged homes in Westmoreland and St Elizabeth. Congo Republic"
            + " President Denis Sassou Nguesso signed.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Westmoreland", "St Elizabeth");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).doesNotContain("Elizabeth");
    assertThat(EntityNames.mentions(enricher, text, EntityType.COUNTRY)).contains("Congo Republic");
  }

  @Test
  void islandsInAListAfterOnAndTerminalsAfterAPair() {
    String text =
        "Turnout was high on Mahe, Praslin and La Digue. Zueitina Oil said exports from the Es"
            + " Sider and Zueitina terminals had stopped.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Mahe", "Praslin", "La Digue", "Es Sider", "Zueitina");
  }

  @Test
  void aRoutesEndsArePlaces() {
    String text =
        "Fiji Airways flies twice a week from Nadi to Funafuti. Power passed from Obama to Trump.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Nadi", "Funafuti")
        .doesNotContain("Obama", "Trump");
  }

  @Test
  void whatFightersSeizeIsAPlace() {
    String text =
        "Al Shabaab fighters seized Moqokori and Adan Yabaal in Hiiraan region this year. Police"
            + " seized Pablo Escobar's assets.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Moqokori", "Adan Yabaal")
        .doesNotContain("Pablo Escobar");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).contains("Pablo Escobar");
  }

  @Test
  void theNamesAfterAPluralPlaceNounAndSuchAs() {
    String text =
        "Mining has polluted rivers such as the Pra and Ankobra. Prices rose in cities such as"
            + " Kumasi, Tamale and Takoradi.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Pra", "Ankobra", "Kumasi", "Tamale", "Takoradi");
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .doesNotContain("Pra and Ankobra");
  }

  @Test
  void aSquareOfAPluralsPossessiveAnAirportNamedForSomeoneAndARegency() {
    String text =
        "Magyar led a march from Deak Square to Heroes' Square on Sunday. Flights land at"
            + " Douglas-Charles Airport daily. Rebels killed 11 gold miners in Yahukimo regency.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Deak Square", "Heroes' Square", "Douglas-Charles Airport", "Yahukimo")
        .doesNotContain("Square");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .doesNotContain("Douglas-Charles Airport");
  }

  @Test
  void islandsTheModelReadNothingIn() {
    String text =
        "Air Caledonie resumed flights to the Loyalty Islands. The Pacific Islands Forum met.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Loyalty Islands")
        .doesNotContain("Pacific Islands");
  }

  @Test
  void countriesNamedWithSaintAbbreviated() {
    String text =
        "The opposition won in St Vincent and the Grenadines. Tourism in St. Kitts and Nevis,"
            + " Saint Lucia and St. Vincent and the Grenadines grew.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.COUNTRY))
        .contains(
            "St Vincent and the Grenadines",
            "St. Kitts and Nevis",
            "Saint Lucia",
            "St. Vincent and the Grenadines");
  }

  @Test
  void aPlaceWhoseFirstWordIsHyphenedTheModelReadAsABody() {
    String text =
        "Eramet, whose Comilog unit mines manganese at Moanda, said operations were normal, and"
            + " Perenco said oil production off Port-Gentil was unaffected.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).contains("Port-Gentil");
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Perenco")
        .doesNotContain("Port-Gentil");
  }

  @Test
  void aHyphenedAdjectiveOpensNoName() {
    String text =
        "Delegates visited the Chinese-built National Stadium and the Guadalcanal Plains palm oil"
            + " estate. Guinea-Bissau's president spoke.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("National Stadium")
        .doesNotContain("Chinese-built National Stadium");
    assertThat(EntityNames.mentions(enricher, text, EntityType.COUNTRY)).contains("Guinea-Bissau");
  }

  @Test
  void aCapeNamedRasAndWashingtonAfterAPrepositionArePlaces() {
    String text =
        "Ras Tanura exports rose in July. Taipei is negotiating with Washington over tariffs, and"
            + " Washington Post reporters asked why.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Ras Tanura", "Washington");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .doesNotContain("Ras Tanura", "Washington");
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Washington Post");
  }

  @Test
  void aRegionOfTwoWordsTheModelMissesIsFoundOutsideLongerNames() {
    String text =
        "Exports go to the Middle East and Africa. The Middle East Eye reported that German East"
            + " Africa was a colony, and the Wall Street Journal agreed.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Middle East")
        .doesNotContain("East Africa", "Wall Street");
  }

  @Test
  void aCityOfACommonWordBeforeBasedAndAPlacePassedThroughArePlaces() {
    String text =
        "Miguel Incha, an analyst at Lima-based Macroconsult, said migrants entered illegally"
            + " through Colchane. Bill Gates backed British Columbia-based Carbon Engineering.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Lima", "Colchane", "British Columbia")
        .doesNotContain("Columbia");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).doesNotContain("Colchane");
  }

  @Test
  void aRegionBeforeItsPoliceOrGovernmentIsAPlace() {
    String text =
        "Justice N. Senthilkumar said the Tamil Nadu police had failed to control the crowd. The"
            + " Punjab government said it would help.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Tamil Nadu", "Punjab");
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .doesNotContain("Tamil Nadu", "Punjab");
  }

  @Test
  void twoNamesBeforeRegenciesAreTwoPlaces() {
    String text = "Most of the missing were in the Central Tapanuli and Agam regencies.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Central Tapanuli", "Agam");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).doesNotContain("Tapanuli");
  }

  @Test
  void aNameBeforeAnEconomicZoneAndAProvinceAndAPlaceOverAndArePlaces() {
    String text =
        "Duqm's special economic zone signed a deal. The cyclone flooded large parts of the Central"
            + " Province and Kandy.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Duqm", "Central Province", "Kandy");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION)).isEmpty();
  }

  @Test
  void washingtonThatAccusesIsTheGovernment() {
    String text =
        "The president said the sanctions were an insult, after Washington accused him of failing"
            + " to curb cocaine production.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).contains("Washington");
  }

  @Test
  void aListedPlaceOfTwoWordsBeforeItsGovernorAndTheGovernorsName() {
    String text =
        "Sao Paulo governor Tarcisio de Freitas, seen as the right's likely candidate, said the law"
            + " was electioneering.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).contains("Sao Paulo");
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION)).isEmpty();
  }

  @Test
  void aListedPlaceAfterASentencesOpeningArticleBeforeANounIsThePlace() {
    String text =
        "A Paris court ruled on Monday that the ban was legal. A Beijing spokesman said talks would"
            + " resume.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Paris", "Beijing");
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION)).isEmpty();
  }

  @Test
  void aListedPlacesPossessiveBeforeItsRegionIsTwoPlaces() {
    String text =
        "A landslide hit a road near Mendi in Papua New Guinea's Southern Highlands province on"
            + " Monday.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Southern Highlands")
        .doesNotContain("Papua New Guinea's Southern Highlands");
    assertThat(EntityNames.mentions(enricher, text, EntityType.COUNTRY))
        .containsExactly("Papua New Guinea");
  }

  @Test
  void aDatelineWithAnAbbreviatedSaintAndIslandsNoListHeld() {
    String text =
        "ST. GEORGE'S, July 8 - The government would replant 300 acres destroyed by Hurricane"
            + " Beryl on Carriacou and Petite Martinique. A state of emergency on Grand Bahama"
            + " followed a fire at the Grand Bahama Shipyard. Thai Union employs 2,500 people on"
            + " Mahe. Parks around Aldabra and the Amirantes would be expanded.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("ST. GEORGE'S", "Petite Martinique", "Grand Bahama", "Amirantes", "Mahe");
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Grand Bahama Shipyard");
  }

  @Test
  void aDatelinesPlaceStaysAPlaceBesideItsClubAndPairsBeforeLongPluralNouns() {
    String text =
        "BURIRAM, Thailand, Nov 2 - Buriram United won 3-1. Supachok Sarachat put Buriram ahead,"
            + " and Buriram held on. The river flooded the Lamorde and Kirkissoye neighbourhoods, and"
            + " trains cross the Sahara.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("BURIRAM", "Lamorde", "Kirkissoye", "Sahara");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .doesNotContain("Kirkissoye");
  }

  @Test
  void aHyphenatedTownOfACitysNameAndAnUnlistedWordIsOnePlace() {
    String text =
        "Trucks reached the border town of Garoua-Boulai on Monday. The Beijing-Shanghai railway"
            + " reopened.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Garoua-Boulai", "Beijing", "Shanghai")
        .doesNotContain("Garoua");
  }

  @Test
  void namesAfterTheIslandsOfArePlaces() {
    String text =
        "Ships to the northern islands of Santo and Malekula will leave from the small wharf."
            + " Tourists flew to the island of Tanna.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Santo", "Malekula", "Tanna");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void aPersonTheModelReadsEndingInTownIsAPlace() {
    String text =
        "The minister met union leaders at the ministry in Isa Town on Monday. Resort owners on"
            + " Baa Atoll agreed.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Isa Town", "Baa Atoll");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void aFaithsAdjectiveCutFromALongerNameIsNoPlace() {
    String text =
        "Leader of Islamic Revolution Ayatollah Seyyed Ali Khamenei underscored the need to act."
            + " Pacific Gas & Electric cut power.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).doesNotContain("Islamic");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).contains("Ali Khamenei");
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Pacific Gas & Electric");
  }

  @Test
  void aListedRegionBeforeDepartmentAndAPlaceAfterNeighbouringArePlaces() {
    String text =
        "The senator said the deal did not guarantee royalties for the Potosi department."
            + " Neighbouring Ivory Coast raised its price. The road to Togochale was 80 percent"
            + " complete.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Potosi", "Togochale");
    assertThat(EntityNames.mentions(enricher, text, EntityType.COUNTRY)).contains("Ivory Coast");
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION)).isEmpty();
  }

  @Test
  void aListedCityAfterAPlaceAndAndIsTheCity() {
    String text =
        "A technical failure had delayed results from San Pedro Sula and La Ceiba. Council member"
            + " Marlon Ochoa refused to sign.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("San Pedro Sula", "La Ceiba");
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION)).isEmpty();
  }

  @Test
  void aRegionsAdjectiveIsNoName() {
    String text =
        "Kyrgyzstan took the mine after the Central Asian country seized it. The West African bloc"
            + " met in Abuja. The Southeast Asian nation voted.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .doesNotContain("Central Asian", "Southeast Asian", "West African");
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .doesNotContain("Central Asian", "West African");
  }

  @Test
  void aStadiumsNameInAnotherLanguageIsAPlace() {
    String text =
        "Adil Tahif added a second in stoppage time at the Stade Municipal de Berkane, and"
            + " Pakhtakor won at the Estadio Defensores del Chaco.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Stade Municipal de Berkane");
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .doesNotContain("Stade Municipal de Berkane", "Stade Municipal");
  }

  @Test
  void aPairOfPlacesAfterAtClosingAClause() {
    String text =
        "The company, which once ran the camps at Hornsund and Ny-Alesund, will now earn its"
            + " money from tourism.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Hornsund", "Ny-Alesund");
  }

  @Test
  void aCommonNounBeforeNearEndsNoPlace() {
    String text = "Crude reached the Bashayer terminal near Port Sudan on Tuesday.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .containsExactlyInAnyOrder("Bashayer", "Port Sudan");
  }

  @Test
  void aPlaceAfterMunicipalityOf() {
    String text =
        "The plant lies in the municipality of Kokemaki, in the district of Satakunta, officials"
            + " said.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Kokemaki", "Satakunta");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void aQueensPossessiveOpensAGroundsNameAndATowerIsAPlace() {
    String text =
        "Pooran made 89 at the Queen's Park Oval on Saturday. The president spoke at the Torre"
            + " Ejecutiva on Wednesday.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Queen's Park Oval", "Torre Ejecutiva");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .doesNotContain("Park Oval", "Torre Ejecutiva");
  }

  @Test
  void aStadionAndTwoSaltFlatsArePlaces() {
    String text =
        "Kasper Hogh scored twice at the Aspmyra Stadion. The plants will be built at the Uyuni and"
            + " Pastos Grandes salt flats.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Aspmyra Stadion", "Uyuni", "Pastos Grandes");
  }

  @Test
  void aNameAfterTheBankOfTheIsARiver() {
    String text = "Moldova will buy less power from the left bank of the Dniester this winter.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).contains("Dniester");
  }

  @Test
  void aCityCommonAsAWordIsAPlaceAfterInAndOneEntityWithTheModelsMentions() {
    String text =
        "The fund's mission chief said in Washington that the country was meeting the terms. Police"
            + " in Cambridge arrested two men. Cambridge has 118,000 residents, and Harvard is"
            + " there.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Washington", "Cambridge");
    assertThat(entities(text))
        .filteredOn(e -> e.getName().equals("Cambridge"))
        .singleElement()
        .satisfies(e -> assertThat(e.getSpans()).hasSize(2));
  }

  @Test
  void aParqueIsAPlace() {
    String text = "Palmeiras beat Flamengo 2-1 at the Allianz Parque on Sunday.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Allianz Parque");
  }

  @Test
  void georgiaIsTheUsStateWhereTheTextSaysSoAndTheCountryElsewhere() {
    String state =
        "Every public school in Fulton County, Georgia, will use the cameras. Georgia lawmakers"
            + " agreed, as did South Carolina, Georgia and Florida.";
    assertThat(entities(state))
        .filteredOn(e -> e.getName().equals("Georgia"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getId()).isEqualTo("iso3166-2:US-GA");
              assertThat(e.getType()).isEqualTo(EntityType.LOCATION);
              assertThat(e.getSpans()).hasSize(3);
            });
    assertThat(enricher.entities(null, state, WatchlistTagger.EMPTY).countries())
        .contains("US")
        .doesNotContain("GE");
    String country =
        "Georgia's prime minister met protesters in Tbilisi. Georgia and Ukraine want to join the"
            + " European Union.";
    assertThat(EntityNames.mentions(enricher, country, EntityType.COUNTRY)).contains("Georgia");
    // German calls the country Georgien: its "Georgia" is the state
    String german =
        "Der Kampf wird an den Wahlmaschinen in Georgia und Arizona entschieden, sagte er am"
            + " Montag in der Hauptstadt.";
    assertThat(enricher.entities(null, german, WatchlistTagger.EMPTY, "de").entities())
        .filteredOn(e -> e.getName().equals("Georgia"))
        .extracting(Entity::getId)
        .containsExactly("iso3166-2:US-GA");
  }

  @Test
  void theAmazonIsTheRegionAndAmazonAloneTheCompany() {
    String text =
        "Microsoft is pitted against Amazon on its home turf. Amazon argued that it was not"
            + " liable for what it sells, and she had bought the battery on the Amazon website."
            + " Fires in the Brazilian Amazon are rising.";
    List<Entity> found = entities(text);
    assertThat(found)
        .filteredOn(e -> e.getName().equals("Amazon") && e.getType() == EntityType.ORGANIZATION)
        .singleElement()
        .satisfies(e -> assertThat(e.getSpans()).hasSize(3));
    assertThat(
            EntityNames.mentions(enricher, "Fires in the Amazon are rising.", EntityType.LOCATION))
        .contains("Amazon");
  }

  @Test
  void aWardOfMonacoNamedByACommonWordIsNoPlace() {
    String text = "Cases rose again in March.\nSource: CDC, Chicago Department of Public Health";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).doesNotContain("Source");
  }

  @Test
  void aWaysPrepositionEndsAPlacesName() {
    String text =
        "The line would run from Decatur to Stonecrest along Interstate 20, the agency said.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Decatur", "Stonecrest")
        .noneMatch(n -> n.contains(" along "));
  }

  @Test
  void aListedRegionAfterAPlaceAndAndAndANameBeforeAPlaceNounArePlaces() {
    String text =
        "Informal gold miners in Madre de Dios and La Libertad were given permits, and a plant at"
            + " the Uyuni salt flat will produce lithium. Leicester City beat Chelsea.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Madre de Dios", "La Libertad", "Uyuni");
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Leicester City")
        .doesNotContain("La Libertad", "Uyuni");
  }
}
