package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.enrich.tag.WatchlistTagger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Organisations the context rules name by their acronym, head, appositive or medium, and the places
 * and countries the model reads as organisations.
 */
class OrganisationNamesTest {
  private final ArticleEnricher enricher = new ArticleEnricher();

  @Test
  void anAcronymSpellsANameAPossessiveCutAndAListedPlaceInsideIsTheOrganisations() {
    // Tigray is a listed crisis place; the front named after it is one organisation
    assertThat(
            EntityNames.of(
                enricher,
                "Getachew Reda, a former leader of the Tigray People's Liberation Front (TPLF),"
                    + " said fighting had resumed near Mekelle in Tigray."))
        .contains("Tigray People's Liberation Front", "Tigray", "Mekelle");
    assertThat(
            EntityNames.of(
                enricher,
                "Forecasters at the National Oceanic and Atmospheric Administration (NOAA) and the"
                    + " Bangladesh Garment Manufacturers and Exporters Association (BGMEA) agreed."))
        .contains(
            "National Oceanic and Atmospheric Administration",
            "Bangladesh Garment Manufacturers and Exporters Association")
        .doesNotContain("Atmospheric Administration", "Exporters Association");
    assertThat(
            EntityNames.of(
                enricher, "Mohsin Naqvi met the Board of Control for Cricket in India (BCCI)."))
        .contains("Board of Control for Cricket in India")
        .doesNotContain("Board of Control");
  }

  @Test
  void aKnownCompanyInsideALongerNameTheModelReadsIsThatName() {
    String text =
        "The inventor Nikola Tesla died in New York in 1943. The pro-democracy newspaper Apple Daily"
            + " closed. Bayer Leverkusen beat Bayern Munich. Twitter owner Elon Musk said Tesla would"
            + " build a plant in Mexico, and Apple fell.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).contains("Nikola Tesla");
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Apple Daily", "Bayer Leverkusen", "Twitter", "Tesla", "Apple")
        .doesNotContain("Bayer");
    // a country after a known company the model reads as one body is its national unit; a title
    // after one is no part of its name
    assertThat(
            EntityNames.mentions(
                enricher,
                "Airtel Kenya, the main rival, cut its data prices. Southern Copper, controlled by"
                    + " Grupo Mexico, said so. Federal Reserve Chair Jerome Powell spoke.",
                EntityType.ORGANIZATION))
        .contains("Airtel Kenya", "Southern Copper", "Grupo Mexico", "Federal Reserve")
        .doesNotContain("Airtel", "Federal Reserve Chair");
    List<Entity> found = enricher.entities(null, text, WatchlistTagger.EMPTY).entities();
    assertThat(found)
        .filteredOn(e -> e.getName().equals("Tesla"))
        .singleElement()
        .satisfies(e -> assertThat(e.getMentions()).isEqualTo(1));
  }

  @Test
  void aCountrysPossessiveAppositiveSaysWhatANameIs() {
    assertThat(
            EntityNames.mentions(
                enricher,
                "Work on the pipeline with QazaqGaz, Kazakhstan's national gas company, went on.",
                EntityType.ORGANIZATION))
        .containsExactly("QazaqGaz");
  }

  @Test
  void anEmbassyAndPortsHeadABodysName() {
    assertThat(
            EntityNames.mentions(
                enricher,
                "The U.S. Embassy in Sarajevo said Washington backed the court. Tanzania's Ports"
                    + " Authority said Adani Ports had taken over.",
                EntityType.ORGANIZATION))
        .contains("U.S. Embassy", "Ports Authority", "Adani Ports");
  }

  @Test
  void twoShortNamesWithOneConsonantSkeletonStayTwo() {
    // Bunge and Bing are both "bng" without their vowels: too short a key to merge them
    String text =
        "Grain trader Bunge said on Monday it would buy more soybeans in Brazil. Bunge shares rose"
            + " 3 percent.\nMicrosoft said its search engine Bing would show more news. A Bing"
            + " spokesman declined to comment.";
    assertThat(EntityNames.of(enricher, text)).contains("Bunge", "Bing");
  }

  @Test
  void aBodyReadOnIntoThePlaceItIsInIsTheBodyAndThePlaceUnlessItServesThere() {
    String text =
        "\"The market took comfort from Tietmeyer,\" said a dealer at Deutsche Morgan Grenfell in"
            + " London. The U.N. Support Mission in Libya said the talks would go on.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Deutsche Morgan Grenfell", "U.N. Support Mission in Libya")
        .doesNotContain("Deutsche Morgan Grenfell in London");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).contains("London");
  }

  @Test
  void anAcronymATextGivesAListedBodyNamesItAfterwards() {
    String text =
        "Die Chicago Mercantile Exchange (CME) ist nun die zweitgrößte Börse. Die CME überholte"
            + " Bybit. Der Vertrag, der von der CME angeboten wird, ist groß; CMEX ist ein anderer.";
    List<Entity> found = enricher.entities(null, text, WatchlistTagger.EMPTY).entities();
    assertThat(found)
        .filteredOn(e -> e.getName().equals("Chicago Mercantile Exchange"))
        .singleElement()
        .satisfies(e -> assertThat(e.getMentions()).isEqualTo(4));
  }

  @Test
  void anAcronymInSpacedBracketsOfTokenisedWireCopyIsDefinedAndAKnownBodyOpeningAnEventIsNot() {
    String text =
        "Troops stormed the headquarters of the Indonesian Democratic Party ( PDI ) on Saturday ."
            + " The PDI said 170 people were held . Villa drew in the UEFA Cup , UEFA said .";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .containsOnlyOnce("UEFA")
        .contains("Indonesian Democratic Party", "PDI");
    assertThat(
            enricher.entities(null, text, WatchlistTagger.EMPTY).entities().stream()
                .filter(e -> e.getName().equals("Indonesian Democratic Party"))
                .findFirst()
                .orElseThrow()
                .getMentions())
        .isEqualTo(3);
  }

  @Test
  void aKnownBodyReadOnToAHeadAndWhatItIsOnIsThatBodyAndGermanNounsAreNoHeads() {
    assertThat(
            EntityNames.of(
                enricher,
                "The United Nations Office on Drugs and Crime warned of methamphetamine, and the"
                    + " Pacific Policing Initiative and the General Confederation of Workers of Peru"
                    + " agreed."))
        .contains(
            "United Nations Office on Drugs and Crime",
            "Pacific Policing Initiative",
            "General Confederation of Workers of Peru");
    List<Entity> german =
        enricher
            .entities(
                null,
                "Die Sprecherin der Initiative sagte, ein Mitglied der Jury habe abgelehnt.",
                WatchlistTagger.EMPTY,
                "de")
            .entities();
    assertThat(german).extracting(Entity::getName).noneMatch(n -> n.contains("Initiative"));
  }

  @Test
  void centralBanksAndSportsBodiesAreKnownBodies() {
    assertThat(
            EntityNames.of(
                enricher,
                "German bonds firmed after Bundesbank president Hans Tietmeyer spoke, and the NBA"
                    + " and FIFA fined their clubs."))
        .contains("Deutsche Bundesbank", "National Basketball Association", "FIFA");
  }

  @Test
  void tribunalsBattalionsAndGroupsOfAKindAreBodiesAndPartiesAreKnown() {
    assertThat(
            EntityNames.of(
                enricher,
                "The International Crimes Tribunal jailed officers of the paramilitary Rapid Action"
                    + " Battalion, the opposition coalition Takku Wallu Senegal said, and the diaspora"
                    + " group Alga Karakalpakstan and the Bharatiya Janata Party agreed."))
        .contains(
            "International Crimes Tribunal",
            "Rapid Action Battalion",
            "Takku Wallu Senegal",
            "Alga Karakalpakstan",
            "Bharatiya Janata Party");
  }

  @Test
  void headsJoinWhatTheyAreOnAndCompaniesEndInTheirTrade() {
    assertThat(
            EntityNames.of(
                enricher,
                "The Kenya National Commission on Human Rights said the Army on Monday fired on"
                    + " workers of First Quantum Minerals, Geo television reported."))
        .contains("Kenya National Commission on Human Rights", "First Quantum Minerals", "Geo")
        .doesNotContain("Kenya National Commission", "Minerals", "Army on Monday");
    assertThat(
            EntityNames.of(
                enricher,
                "Air India added aircraft, Air Marshal John Smith said, Adani Green Energy fell and"
                    + " the Pacific Islands Forum met in Honiara."))
        .contains("Air India", "John Smith", "Adani Green Energy", "Pacific Islands Forum")
        .doesNotContain("Air Marshal John Smith");
  }

  @Test
  void aCountryTheModelCallsAnOrganisationIsTheCountryAndAStormIsNoPerson() {
    List<Entity> found =
        enricher
            .entities(
                null,
                "Hurricane Otis hit Acapulco. Democratic Republic of Congo accounted for 90% of"
                    + " cases, the agency said.",
                WatchlistTagger.EMPTY)
            .entities();
    assertThat(found).extracting(Entity::getName).doesNotContain("Otis");
    assertThat(found)
        .filteredOn(e -> e.getType() == EntityType.ORGANIZATION)
        .extracting(Entity::getName)
        .doesNotContain("Democratic Republic of Congo");
    assertThat(found)
        .filteredOn(e -> e.getType() == EntityType.COUNTRY)
        .extracting(Entity::getCountry)
        .contains("CD");
  }

  @Test
  void aListedPlaceAfterInIsThePlace() {
    List<Entity> found =
        enricher
            .entities(
                null,
                "The International Criminal Court in The Hague has charged Rodrigo Duterte.",
                WatchlistTagger.EMPTY)
            .entities();
    assertThat(found)
        .filteredOn(e -> e.getName().equals("The Hague"))
        .extracting(Entity::getType)
        .containsExactly(EntityType.LOCATION);
  }

  @Test
  void anArmedGroupBeforeItsNounAndAClubByItsShortFormAreOrganisations() {
    List<Entity> found =
        enricher
            .entities(
                null,
                "Peru's Shining Path guerrillas killed three soldiers. Tupac Amaru rebels hold"
                    + " hostages in Lima; Kurdish and Hutu rebels fought on.\nAjax Amsterdam were held to a"
                    + " 1-1 draw by PSV Eindhoven on Sunday, leaving Feyenoord two points clear at"
                    + " the top.\nLuc Nilis gave PSV the lead after 20 minutes but Ajax equalised"
                    + " through Jari Litmanen.",
                WatchlistTagger.EMPTY)
            .entities();
    assertThat(found.stream().filter(e -> e.getType() == EntityType.ORGANIZATION))
        .extracting(Entity::getName)
        .contains("Shining Path", "Tupac Amaru", "Ajax Amsterdam", "PSV Eindhoven")
        .doesNotContain("Kurdish", "Hutu", "PSV", "Ajax");
    assertThat(found.stream().filter(e -> e.getName().endsWith(" Eindhoven")))
        .singleElement()
        .extracting(Entity::getMentions)
        .isEqualTo(2); // "PSV Eindhoven", then "PSV"
    assertThat(found).extracting(Entity::getName).doesNotContain("PSV", "Ajax");
  }

  @Test
  void aLegislatureByItsOneWordNameIsAnOrganisation() {
    assertThat(
            EntityNames.of(
                enricher,
                "Netanyahu told the Knesset that Congress and the Bundestag had been told; the"
                    + " party congress opened."))
        .contains("Knesset", "Congress", "Bundestag")
        .doesNotContain("congress");
    // by their local names, which the model reads as people
    String text =
        "The parliaments of both countries, the Jogorku Kenesh and Tajikistan's Majlisi Oli,"
            + " approved it, and the Saeima in Riga debated.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Jogorku Kenesh", "Majlisi Oli", "Saeima");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void whatSharesAreTradedInIsACompany() {
    List<Entity> found =
        enricher
            .entities(
                null,
                "Shares in Daimler-Benz rose 1.20 marks. Analysts said Merrill Lynch rose 10"
                    + " cents. Tokyo fell 2 percent. Sampras fell 6-3 to Agassi. Smith shares a flat.",
                WatchlistTagger.EMPTY)
            .entities();
    assertThat(found.stream().filter(e -> e.getType() == EntityType.ORGANIZATION))
        .extracting(Entity::getName)
        .contains("Daimler-Benz", "Merrill Lynch")
        .doesNotContain("Tokyo", "Sampras", "Smith");
  }

  @Test
  void aHeadOfTheNameForeignPartiesAgenciesAndFacilitiesAreWhatTheyName() {
    List<Entity> found =
        enricher
            .entities(
                null,
                "MAPUTO, Jan 18 (Lusa) - The Armed Forces of the Philippines, Fuerza Popular and the"
                    + " Abidjan-based Conseil du Cafe-Cacao met, a spokesman for Kazatomprom said."
                    + " India's Adani Group sought a 30-year lease on Jomo Kenyatta International"
                    + " Airport, after a lawsuit by the Law Society of Kenya.",
                WatchlistTagger.EMPTY)
            .entities();
    assertThat(found)
        .filteredOn(e -> e.getType() == EntityType.ORGANIZATION)
        .extracting(Entity::getName)
        .contains(
            "Agência Lusa",
            "Armed Forces of the Philippines",
            "Fuerza Popular",
            "Conseil du Cafe-Cacao",
            "Kazatomprom");
    assertThat(found)
        .filteredOn(e -> e.getType() == EntityType.LOCATION)
        .extracting(Entity::getName)
        .contains("Abidjan", "Jomo Kenyatta International Airport");
    assertThat(found)
        .filteredOn(e -> e.getType() == EntityType.PERSON)
        .extracting(Entity::getName)
        .isEmpty();
    // a place noun after the name ends the body's before "of the"
    assertThat(EntityNames.of(enricher, "The Economic Court of the Dnipropetrovsk region ruled."))
        .contains("Economic Court", "Dnipropetrovsk")
        .doesNotContain("Economic Court of the Dnipropetrovsk");
  }

  @Test
  void aHeadlineVerbOrASentenceAfterATitleIsNoPerson() {
    assertThat(
            EntityNames.of(
                enricher,
                "Snowden Got Asylum in Russia, Spokesman Says. He wrote as a journalist. The"
                    + " Guardian and whistleblower Nelson Amenya said so."))
        .contains("Nelson Amenya")
        .doesNotContain("Says", "The", "Guardian", "Whistleblower Nelson Amenya");
  }

  @Test
  void aPartyWithPeoplesInItsNameIsOneNameWithTheWordsBefore() {
    assertThat(
            EntityNames.of(
                enricher,
                "The ruling Cameroon People's Democratic Movement said the vote was fair, as did"
                    + " the National People's Power coalition and Singapore's People's Action"
                    + " Party."))
        .contains(
            "Cameroon People's Democratic Movement",
            "National People's Power",
            "People's Action Party")
        .doesNotContain("Democratic Movement", "Action Party");
  }

  @Test
  void anAcronymDefinedInBracketsAfterABodyIsThatBody() {
    String text =
        "Sandu, of the Party of Action and Solidarity (PAS), faced a rival. Prime Minister"
            + " Abdulhamid Dbeibah heads the Government of National Unity (GNU) in Tripoli.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("PAS", "GNU");
  }

  @Test
  void namesJoinedByAnAmpersandAreOneFirmButPlacesAndAbbreviationsAreNot() {
    String text =
        "Orders from Standard & Poor's, while Marks & Spencer and Procter & Gamble reported results."
            + " Korea Hydro & Nuclear Power is bidding, and AT&T and Johnson & Johnson said prices"
            + " rose. Trade between Kenya & Uganda grew, and the R&D budget rose. The Borders of Peace"
            + " & Friendship meeting ended.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Standard & Poor",
            "Marks & Spencer",
            "Procter & Gamble",
            "Korea Hydro & Nuclear Power",
            "AT&T",
            "Johnson & Johnson")
        .doesNotContain(
            "R&D", "Kenya & Uganda", "Peace & Friendship", "Borders of Peace & Friendship");
    assertThat(EntityNames.of(enricher, text))
        .contains("Kenya", "Uganda")
        .doesNotContain("Spencer", "Procter", "Korea", "Johnson & Johnson Johnson");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void aNumberedUnitIsOneOrganisationWithItsNumber() {
    String text =
        "The commander of the army's 6th Infantry Division said the fighters fled. The group was"
            + " defending communities from the 33rd Front, a FARC splinter group. Soldiers of the"
            + " 101st Airborne Division arrived, and delegates met at the 19th Party Congress.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("6th Infantry Division", "33rd Front", "101st Airborne Division")
        .doesNotContain("Front", "Infantry Division", "19th Party Congress");
  }

  @Test
  void aBodyWhoseBracketedAcronymIsAListedBodysIsThatBody() {
    String text =
        "President Gustavo Petro suspended peace talks with the National Liberation Army (ELN) on"
            + " Monday. The ELN's chief negotiator said the group would fight on.";
    List<Entity> found = enricher.entities(null, text, WatchlistTagger.EMPTY).entities();
    assertThat(found)
        .filteredOn(e -> e.getType() == EntityType.ORGANIZATION)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getId()).isEqualTo("org:national-liberation-army-colombia");
              assertThat(e.getSpans())
                  .extracting(sp -> text.substring(sp.getStart(), sp.getEnd()))
                  .containsExactly("National Liberation Army", "ELN", "ELN");
            });
  }

  @Test
  void anAcronymMaySpellAWordsFirstLettersAcrossAnAnd() {
    assertThat(
            EntityNames.of(
                enricher,
                "Economists at the Institute for Development of Economics and Finance (INDEF) said"
                    + " the programme would test the budget."))
        .contains("Institute for Development of Economics and Finance")
        .doesNotContain("Finance", "Institute for Development of Economics");
  }

  @Test
  void aHeadGoesOnThroughForTheAndAnAndBeforeAnotherHeadSharesIt() {
    assertThat(
            EntityNames.of(
                enricher,
                "Kigali says its forces act against the Democratic Forces for the Liberation of"
                    + " Rwanda (FDLR), a militia. The Permanent Committee for the Defence of Human"
                    + " Rights, a Guayaquil-based group, counted 17 deaths, and the Vietnam Disaster"
                    + " and Dyke Management Authority said eleven people were missing."))
        .contains(
            "Democratic Forces for the Liberation of Rwanda",
            "Permanent Committee for the Defence of Human Rights",
            "Vietnam Disaster and Dyke Management Authority")
        .doesNotContain("Government for National Unity");
    assertThat(
            EntityNames.of(
                enricher,
                "Wale accused the Government for National Unity and Transformation of waste, and"
                    + " Moldova bought gas through state energy company Energocom."))
        .contains("Government for National Unity and Transformation", "Energocom")
        .doesNotContain("Democratic Forces", "Permanent Committee", "Dyke Management Authority");
  }

  @Test
  void anAcronymInTheBodysOwnLanguageSpellsItsInitialsInAnotherOrder() {
    String text =
        "Troops fought the Democratic Forces for the Liberation of Rwanda (FDLR) near Goma. The"
            + " Tunisian General Labour Union (UGTT) called a strike, and talks with the Development"
            + " Bank of Latin America (CAF) went on.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Democratic Forces for the Liberation of Rwanda", "FDLR", "UGTT", "CAF");
  }

  @Test
  void whatACompanyIsBeforeItsNameMakesItACompanyAndStateOpensABodysName() {
    String text =
        "Vietnam Airlines and budget carrier Vietjet cancelled flights, and state utility Vietnam"
            + " Electricity cut power. The aircraft carrier Gerald Ford sailed. Lawmakers in the"
            + " State Great Khural voted, Secretary of State Antony Blinken said.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Vietjet", "Vietnam Electricity", "State Great Khural")
        .doesNotContain("Gerald Ford");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Antony Blinken")
        .doesNotContain("Vietjet", "Great Khural");
    assertThat(
            EntityNames.mentions(
                enricher,
                "The consortium, in which Hess, now part of Chevron, and CNOOC hold stakes, pumps oil."
                    + " Jones, now part of the coaching staff, agreed. Enforcement by the"
                    + " environmental agency Ibama rose, and the Northeast Frontier Railway cancelled"
                    + " trains.",
                EntityType.ORGANIZATION))
        .contains("Hess", "Ibama", "Northeast Frontier Railway")
        .doesNotContain("Jones");
    // the model reads the name as a person where it stands again: the cue's reading stays
    assertThat(
            EntityNames.mentions(
                enricher,
                "Updates from the retailer Proshop show that buyers are many. That is no surprise,"
                    + " given the numbers of Proshop.",
                EntityType.ORGANIZATION))
        .contains("Proshop");
  }

  @Test
  void aDescribingCompoundIsNoPartOfTheNameAndAHoldingIsABody() {
    String text =
        "General Mao Sophan was named, the Khmer-language Fresh News website said. Zambia signed"
            + " an agreement with International Resources Holding, an Abu Dhabi-based investor."
            + " A spokesman for the General Coordination for Displaced Persons said 14 died.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Fresh News", "International Resources Holding")
        .doesNotContain("Khmer-language Fresh News");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Mao Sophan")
        .doesNotContain("Coordination");
  }

  @Test
  void aCompanysLegalFormTakesTheWordsBeforeAndABodyEndsBeforeAPrimeMinister() {
    String text =
        "Flights operated normally, according to Malaysia Airports Holdings Bhd. Units loyal to the"
            + " Government of National Unity of Prime Minister Abdulhamid Dbeibah fought back.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Malaysia Airports Holdings Bhd", "Government of National Unity");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Abdulhamid Dbeibah");
    assertThat(EntityNames.of(enricher, text)).doesNotContain("Malaysia", "Holdings");
  }

  @Test
  void aKnownBodysNameReadOnToAHeadIsTheBodyItNames() {
    String text =
        "The U.N. Human Rights Council met, the U.N. Support Mission in Libya called for calm,"
            + " and the United Nations Group of Human Rights Experts on Nicaragua spoke.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "U.N. Human Rights Council",
            "U.N. Support Mission in Libya",
            "United Nations Group of Human Rights Experts")
        .doesNotContain("U.N.", "United Nations");
  }

  @Test
  void whatAnAppositiveSaysANameIsAndALegislatureByItsOwnName() {
    String text =
        "Zimplats, the platinum miner owned by South Africa's Impala Platinum, said output rose."
            + " Ambatovy, the nickel and cobalt mine near Moramanga, was shut. Mongolia's State"
            + " Great Khural voted; the Khural must approve a premier."
            + " Analyst Grace Mutasa of Harare Capital Partners said prices would rise.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Zimplats", "State Great Khural", "Khural", "Harare Capital Partners")
        .doesNotContain("Analyst Grace Mutasa of Harare Capital Partners");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).contains("Ambatovy");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Grace Mutasa")
        .doesNotContain("Khural");
  }

  @Test
  void aListedNameBeforeAParticipleAParentCompanyAClubAndASiteNamedAfterAPrince() {
    String text =
        "The Nasdaq-listed company fell. VinFast's parent Vingroup lent it money. Victor Osimhen"
            + " joined Galatasaray from Napoli. Morocco won at the Prince Moulay Abdellah Stadium.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Nasdaq", "Vingroup", "Galatasaray");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Prince Moulay Abdellah Stadium");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .doesNotContain("Moulay Abdellah Stadium");
  }

  @Test
  void unitsAnObservatoryAndACentreSharedOverAndHeadBodies() {
    String text =
        "Ankara would watch whether the People's Protection Units (YPG) disarmed, the Syrian"
            + " Observatory for Human Rights said. The Law Society of Tanganyika and the Legal and"
            + " Human Rights Centre called for an inquiry.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "People's Protection Units",
            "Syrian Observatory for Human Rights",
            "Legal and Human Rights Centre");
  }

  @Test
  void aStationBeforeItsNameIsABody() {
    String text =
        "The group's radio station Andalus said its fighters had killed 27 soldiers. The"
            + " hospital reported the theft to the police station Monday.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Andalus")
        .doesNotContain("Monday");
  }

  @Test
  void aFirmSaidToBeAnotherFirmsUnitAndTheCommodityTradersAreOrganisations() {
    String text =
        "Zimplats, the local unit of South Africa's Impala Platinum, said output was unaffected."
            + " Olam and Barry Callebaut, the largest buyers at the port of Tema, declined to comment.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Zimplats", "Impala Platinum", "Olam", "Barry Callebaut");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void twoNamesThatAPluralAppositiveSaysAreFirmsAreOrganisations() {
    String text =
        "Digicel and Flow, the two mobile carriers, said service had been restored. Mary and John"
            + " Smith, the two founders, were not there.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Digicel", "Flow")
        .doesNotContain("John Smith", "Mary");
  }

  @Test
  void anAssociationsAppositiveAndABodyForPeaceInItsCountryAreOrganisations() {
    String text =
        "Linava, the hauliers' association, asked for compensation. Fighters of the Union for Peace"
            + " in the Central African Republic disrupted the vote.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Linava", "Union for Peace in the Central African Republic");
  }

  @Test
  void anInternationalsNationalSectionIsOneBody() {
    String text =
        "Amnesty International Indonesia said 12 civilians had died. CK Hutchison agreed to sell"
            + " its ports.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Amnesty International Indonesia", "CK Hutchison");
    assertThat(EntityNames.mentions(enricher, text, EntityType.COUNTRY)).isEmpty();
  }

  @Test
  void aBodyNamedOverAndAfterTheIsOneButTwoBodiesStayTwo() {
    String text =
        "The Nigerian Midstream and Downstream Petroleum Regulatory Authority issued licences. The"
            + " nickel smelter of Koniambo Nickel remains shut. The Treasury and Foreign Ministry"
            + " declined to comment.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Nigerian Midstream and Downstream Petroleum Regulatory Authority", "Koniambo Nickel")
        .doesNotContain("Treasury and Foreign Ministry");
  }

  @Test
  void aCompanyNamedForItsTradeGoesByItsFirstWordAndAUnitIsAFirm() {
    String text =
        "Assala Energy said output was stable. Assala said it would drill more wells. Tokyo Gas"
            + " holds a stake. The Comilog unit mines manganese.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Assala Energy", "Assala", "Tokyo Gas", "Comilog")
        .doesNotContain("Tokyo");
  }

  @Test
  void aBodyNamedOverDeLaOrOverATradeAndItsShortNamesAreTheBody() {
    String text =
        "Colombia's central bank, Banco de la República, kept its rate. Almalyk Mining and"
            + " Metallurgical Complex signed the deal; Almalyk's general director spoke. The"
            + " National Disaster Risk Reduction and Management Council counted the dead, and the"
            + " minister ordered a review by the National Geology and Mining Service, known as"
            + " Sernageomin. Pertamina and Petronas Group signed.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Banco de la República",
            "Almalyk Mining and Metallurgical Complex",
            "Almalyk",
            "National Disaster Risk Reduction and Management Council",
            "National Geology and Mining Service",
            "Sernageomin",
            "Pertamina")
        .doesNotContain("Almalyk Mining", "Management Council", "Pertamina and Petronas Group");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void anAcronymAfterACountrysPossessiveIsItsBodyButNotItsMeasure() {
    String text =
        "The loan was led by the Asian Development Bank and Japan's JBIC. The railway is a unit"
            + " of Russia's RZD. China's GDP grew.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("JBIC", "RZD")
        .doesNotContain("GDP");
  }

  @Test
  void bodiesOverASharedAssociationOrServicesHeadAChamberOfAndAHoldingWithoutItsPlace() {
    String text =
        "The Bangladesh Garment Manufacturers and Exporters Association blamed gas shortages. The"
            + " Agricultural Technical and Extension Services department said so. The Chamber of"
            + " Mines of Zambia warned of power cuts. Mopani was bought by International Resources"
            + " Holding of Abu Dhabi. Royal Air Maroc added flights, and a clinic for Caritas in"
            + " Laiagam stayed open.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Bangladesh Garment Manufacturers and Exporters Association",
            "Agricultural Technical and Extension Services",
            "Chamber of Mines of Zambia",
            "International Resources Holding",
            "Royal Air Maroc",
            "Caritas")
        .doesNotContain("Exporters Association", "International Resources Holding of Abu Dhabi");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).contains("Abu Dhabi");
  }

  @Test
  void aPartyOfTwoThingsAnAcronymInsideAnotherNameAndABodyAfterItsKind() {
    String text =
        "Dragan Djilas of the Party of Freedom and Justice spoke. Lanka IOC, a unit of Indian Oil"
            + " Corporation, cut prices. Business chamber CACIF said so. China Railway International"
            + " renovated the station.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Party of Freedom and Justice",
            "Indian Oil Corporation",
            "CACIF",
            "China Railway International")
        .doesNotContain("Party of Freedom");
  }

  @Test
  void anAcronymAfterWhoOwnsItAndTheNamesListedAfterAPluralCompanyNoun() {
    String text =
        "Chinese-owned CMOC runs the mine. Grid operators Litgrid and Elering said so. Power"
            + " companies Enel and Iberdrola rose. Rivals Smith and Jones spoke.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("CMOC", "Litgrid", "Elering", "Enel", "Iberdrola")
        .doesNotContain("Smith", "Jones");
  }

  @Test
  void aFundsFacilityAChamberAfterItsCountryAndABodysShortNameBetweenCommas() {
    String text =
        "Norway pledged money to the Tropical Forest Forever Facility. Trade rose, the Jordan"
            + " Chamber of Industry said. The Brazilian Institute of Environment and Renewable"
            + " Natural Resources, Ibama, reported less deforestation.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Tropical Forest Forever Facility", "Jordan Chamber of Industry", "Ibama");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void unitedStatesAgenciesTheNewsNamesBareAreKnownButNotAStateDepartmentReadOn() {
    String text =
        "The FBI and the DEA raided homes. Agents of U.S. Customs and Border Protection detained"
            + " him after a raid by U.S. Immigration and Customs Enforcement. The U.S. Treasury"
            + " agreed a swap. State Department Arabists disagreed.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "FBI",
            "DEA",
            "U.S. Customs and Border Protection",
            "U.S. Immigration and Customs Enforcement",
            "U.S. Treasury");
    assertThat(EntityNames.of(enricher, text)).doesNotContain("United States Department of State");
  }

  @Test
  void aHeadOpeningTheFirstHalfOfABodysNameOverAndAndAPartyThatSharesItsHead() {
    String text =
        "The State Investigation and Protection Agency said so. The Union Solidarity and"
            + " Development Party has registered 1,000 candidates. Republican and Democratic Party"
            + " leaders met.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "State Investigation and Protection Agency", "Union Solidarity and Development Party")
        .doesNotContain(
            "Protection Agency", "Development Party", "Republican and Democratic Party");
  }

  @Test
  void aBankOrAJointVentureAppositiveAFirmBetweenCommasAndExportersIncludingAList() {
    String text =
        "The government will lend money through Banadesa, the state farm bank. Debswana, the"
            + " joint venture of the two, will cut output. The Sarawak government's own firm,"
            + " Petros, is taking over. Exporters including Becamo and Molinos de Honduras said so.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Banadesa", "Debswana", "Petros", "Becamo");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void aBodyOverAndKeepsAPluralTheModelReadsAsAPersonButNotAPersonAfterIt() {
    String text =
        "Montero met leaders of the National Confederation of Small-Scale and Artisanal Miners in"
            + " Lima. Bonds of the West African state fell.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("National Confederation of Small-Scale and Artisanal Miners");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .doesNotContain("Artisanal Miners");
    assertThat(EntityNames.of(enricher, text)).doesNotContain("West African");
  }

  @Test
  void aPartyAppositiveButNotAPartyRoleAndABodyOverAndEndingInACoalition() {
    String text =
        "Chadema, the main opposition party, was barred. Kobakhidze, the party chairman, spoke."
            + " Mohammed Shia al-Sudani's Reconstruction and Development Coalition won.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Chadema", "Reconstruction and Development Coalition")
        .doesNotContain("Kobakhidze", "Development Coalition");
  }

  @Test
  void aCompanysNationalUnitBeforeAVerbButNotACountryBeforeANoun() {
    String text =
        "Illovo Sugar Malawi said it would cut exports. Investors bought Goldman Sachs Ukraine"
            + " bonds.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Illovo Sugar Malawi")
        .doesNotContain("Goldman Sachs Ukraine");
  }

  @Test
  void aBodysOfficeSomewhereIsTheBodyAndAKnownNameBeforeAParticiple() {
    String text =
        "Police raided the Baku office of Sputnik Azerbaijan. A blockade by the al-Qaeda-linked"
            + " JNIM group emptied petrol stations.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Sputnik Azerbaijan", "al-Qaeda")
        .doesNotContain("Baku office of Sputnik Azerbaijan");
  }

  @Test
  void aClubsLastWordAloneAndAnAcronymBetweenCommasAfterWhatItIs() {
    String text =
        "Al Ahly beat South Africa's Mamelodi Sundowns 2-1 at the stadium. Sundowns had led through"
            + " Lucas Ribeiro. Coe said the Kenyan anti-doping agency, ADAK, had made progress.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Mamelodi Sundowns", "Sundowns", "ADAK");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).doesNotContain("Sundowns");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).doesNotContain("ADAK");
  }

  @Test
  void aPartyAndItsLeaderAfterOfWhoseGivenNameOnlyTheKnowledgeBaseHolds() {
    String text =
        "In Erbil, the Kurdistan Democratic Party of Masoud Barzani came first in the Kurdistan"
            + " Region.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Kurdistan Democratic Party")
        .doesNotContain("Kurdistan Democratic Party of Masoud Barzani");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).contains("Masoud Barzani");
  }

  @Test
  void aPartyAndItsLeaderAfterOfAndARole() {
    String text =
        "The ruling Georgian Dream party of billionaire Bidzina Ivanishvili has passed laws"
            + " restricting foreign-funded groups.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Georgian Dream")
        .doesNotContain("Georgian Dream party of billionaire Bidzina Ivanishvili");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Bidzina Ivanishvili");
  }

  @Test
  void aCompanyNounOpeningTheSentenceIsNoPartOfTheName() {
    String text =
        "Contractor Uzbekistan Railways built the stations. Retailer Ramayana Lestari said sales"
            + " fell. Carmaker Toyota said sales rose. Bank Rakyat said profit rose.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Uzbekistan Railways", "Ramayana Lestari", "Toyota", "Bank Rakyat")
        .doesNotContain("Contractor Uzbekistan Railways", "Carmaker Toyota", "Rakyat");
  }

  @Test
  void aBodyNamedForItsMembersInThePluralPossessive() {
    String text =
        "The Bolivian Workers' Center, the main union federation, called a strike. The National"
            + " Teachers' Union joined. Iran's Revolutionary Guard said nothing.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Bolivian Workers' Center", "National Teachers' Union")
        .doesNotContain("Center", "Iran's Revolutionary Guard");
  }

  @Test
  void aGroupsKindOpeningTheSentenceAndAFundInApposition() {
    String text =
        "Environmental group Walhi said the park had grown too fast. The ministry held talks with"
            + " Samruk-Kazyna, the sovereign wealth fund that owns the miner. Lee, the fund"
            + " manager, declined to comment.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Walhi", "Samruk-Kazyna")
        .doesNotContain("Lee");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).doesNotContain("Walhi");
  }

  @Test
  void aParticipleAfterANamesHyphenDescribesTheNextName() {
    String text =
        "The mission handed over to a new United Nations-authorised Gang Suppression Force on"
            + " Monday.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("United Nations", "Gang Suppression Force")
        .doesNotContain("United Nations-authorised Gang Suppression Force");
  }

  @Test
  void aPartyNamedInTwoWordsBeforePartyAndItsShortNameInBrackets() {
    String text =
        "Rixi Moncada, the candidate of the ruling Liberty and Refoundation party (Libre), lost."
            + " Libre said it would appeal. Republican and Democratic party members met.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Liberty and Refoundation", "Libre")
        .doesNotContain("Refoundation", "Republican and Democratic");
  }

  @Test
  void aMissionNamedForItsTaskBeforeLowerCaseMission() {
    String text = "The Kenyan-led Multinational Security Support mission left.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Multinational Security Support")
        .doesNotContain("Kenyan-led Multinational Security Support");
  }

  @Test
  void aNameInCommasAfterTheCompanyAndAClauseIsTheCompany() {
    String text =
        "A fault at the company that transmits results, ASD, delayed the count. The firm, Zentech,"
            + " said nothing. At the company's plant, Smith, 45, said work went on.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("ASD", "Zentech")
        .doesNotContain("Smith");
  }

  @Test
  void aBodyForACauseAHoldingInAppositionAndABrokerage() {
    String text =
        "Panduleni Itula, whose Independent Patriots for Change came second, spoke. Erdenes"
            + " Mongol, the state mining holding, said talks would go on. Economist Allen Sandeep"
            + " of Naeem Brokerage said more cuts were likely.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Independent Patriots for Change", "Erdenes Mongol", "Naeem Brokerage");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Panduleni Itula", "Allen Sandeep")
        .doesNotContain("Erdenes Mongol", "Naeem Brokerage");
  }

  @Test
  void clubsByTheirPrefixAndTheirOpponentInAMatch() {
    String text =
        "Hapoel Beersheba have signed a striker. They trail Maccabi Tel Aviv by four points."
            + " Olimpia beat Cerro Porteño 2-1 on Sunday.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Hapoel Beersheba", "Maccabi Tel Aviv", "Olimpia");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .doesNotContain("Tel Aviv", "Beersheba");
  }

  @Test
  void aChurchAnAppAndAProspectorAreBodies() {
    String text =
        "The Armenian Apostolic Church backed the protests. They met on the chat app Discord."
            + " Hancock Prospecting backed the deal. App Store sales rose.\nFROM python WORKDIR"
            + " /opt/app COPY ./requirements.txt";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Armenian Apostolic Church", "Discord", "Hancock Prospecting")
        .doesNotContain("Store", "COPY");
  }

  @Test
  void aCoalitionForACauseAndAnAerospaceFirm() {
    String text =
        "The Coalition of Patriots for Change still controls Vakaga. GE Aerospace will supply the"
            + " engines.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Coalition of Patriots for Change", "GE Aerospace")
        .doesNotContain("Banco Central");
    assertThat(
            EntityNames.mentions(
                enricher,
                "Luis Caputo said the Banco Central de la República Argentina would buy reserves.",
                EntityType.ORGANIZATION))
        .contains("Banco Central de la República Argentina")
        .doesNotContain("Coalition of Patriots", "Change");
  }

  @Test
  void aGovernmentNamedInThreeWordsAndAPartyNamedForARevival() {
    String text =
        "The National Unity Government, formed by ousted lawmakers, called the vote a sham. The"
            + " Kenyan Government said nothing. Kostadinov of the nationalist Revival party led"
            + " protests.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("National Unity Government", "Revival")
        .doesNotContain("Kenyan Government");
  }

  @Test
  void aPeoplesGroupAPartyOpenedByACauseAndABodyAfterAPersonOfAnAcronym() {
    String text =
        "The council called a shutdown, while the Meitei group Arambai Tenggol denied involvement."
            + " Rigathi Gachagua now leads the Democracy for Citizens Party. The commission"
            + " disqualified Luhaga Mpina of ACT-Wazalendo on Monday.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Arambai Tenggol", "Democracy for Citizens Party", "ACT-Wazalendo")
        .doesNotContain("Citizens Party");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Rigathi Gachagua", "Luhaga Mpina")
        .doesNotContain("Arambai Tenggol", "Luhaga Mpina of ACT-Wazalendo");
  }

  @Test
  void aSpanishUnionOpensABodysName() {
    String text = "A fault at the plant brought the grid down, the Unión Eléctrica said.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Unión Eléctrica");
  }

  @Test
  void sportsBodiesByTheirCountryAndClubsByTheirAbbreviation() {
    String text =
        "Zimbabwe Cricket said the match would move. Sri Lanka Cricket confirmed the squad, and"
            + " Cricket Australia agreed. Zamalek were knocked out by Simba SC of Tanzania. Pyramids"
            + " FC beat Mamelodi Sundowns, and Pyramids will face Esperance in the final.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Zimbabwe Cricket", "Sri Lanka Cricket", "Cricket Australia", "Simba SC", "Pyramids");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).doesNotContain("Pyramids");
  }

  @Test
  void aBodyLedBySomeoneOfAKindOrNamedWithAnEnergySyllable() {
    String text =
        "Fico governs with the Slovak National Party and Hlas, led by Matus Sutaj Estok. Moldovagaz"
            + " said gas from Romania's Transgaz would continue. Among them was Ales Bialiatski of"
            + " the Viasna human rights centre. The mine was taken from French nuclear group Orano."
            + " Kadyrov offered to send his Akhmat battalion. The Zimbabwe Lawyers for Human Rights"
            + " said 40 people were held, and the National Registry said it could hold the poll. A"
            + " dispute remains, and Plantaze, the state winery near Lake Skadar, is for sale.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Slovak National Party",
            "Hlas",
            "Moldovagaz",
            "Transgaz",
            "Viasna",
            "Orano",
            "Akhmat",
            "Zimbabwe Lawyers for Human Rights",
            "National Registry",
            "Plantaze");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .doesNotContain("Hlas", "Moldovagaz", "Orano", "Plantaze");
  }

  @Test
  void anOfficeNamedWithAPossessiveAnAmpersandAcronymAndTwoFirmsOverAnd() {
    String text =
        "The Specialised Anti-Corruption Prosecutor's Office is investigating. The merger of"
            + " Samsung C&T and Cheil Industries was upheld. TotalEnergies and Shell had delayed"
            + " decisions, and Moody's downgraded Vanke. It risks fighting dual Sunni Arab and"
            + " Shiite insurgencies.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Specialised Anti-Corruption Prosecutor's Office",
            "Samsung C&T",
            "TotalEnergies",
            "Shell",
            "Moody's")
        .doesNotContain("TotalEnergies and Shell", "Moody", "Shiite");
  }

  @Test
  void aFirmsUnitNamedWithAPlaceInAListOfFirms() {
    String text =
        "Sands China, Galaxy Entertainment and MGM China all gained. Visitors came from Paris,"
            + " Berlin and Madrid. The Kanak and Socialist National Liberation Front, known as"
            + " FLNKS, rejected the draft. Rival Country Garden won approval.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Sands China",
            "MGM China",
            "Kanak and Socialist National Liberation Front",
            "Country Garden")
        .doesNotContain("Paris", "Berlin", "Madrid", "Rival Country Garden");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Paris", "Berlin", "Madrid");
  }

  @Test
  void aYouthWingInApposition() {
    String text =
        "Voters were intimidated by the Imbonerakure, the party's youth wing. Red Sea Global opened"
            + " two more resorts.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Imbonerakure", "Red Sea Global");
  }

  @Test
  void partiesInAListFirmsJoinedByAnAmpersandBeforeWhatTheyAreAndAStatesGroup() {
    String text =
        "Connolly was backed by Sinn Fein, Labour and the Social Democrats, the officer said. The"
            + " Harland & Wolff shipyard was taken over by Spanish state-owned group Navantia. Babis"
            + " put his Agrofert conglomerate into a trust. The Board of Control for Cricket in India"
            + " announced a prize.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Sinn Fein",
            "Labour",
            "Social Democrats",
            "Harland & Wolff",
            "Navantia",
            "Agrofert",
            "Board of Control for Cricket in India");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .doesNotContain("Social Democrats", "Wolff", "Agrofert");
  }

  @Test
  void aPlacesBodyOverAndAnAcronymInAppositionABanksShortFormAndANetworkOfACountry() {
    String text =
        "Ethiopian Shipping and Logistics Services said it would route more cargo through"
            + " Berbera. The Djibouti Ports and Free Zones Authority agreed. The European Union Force"
            + " in Bosnia, EUFOR, said its troops were on alert. Banco Sabadell shareholders"
            + " rejected the bid. Shares of Sabadell rose 4 percent. Samvel Karapetyan owns"
            + " Electric Networks of Armenia.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Ethiopian Shipping and Logistics Services",
            "Djibouti Ports and Free Zones Authority",
            "EUFOR",
            "Banco Sabadell",
            "Sabadell",
            "Electric Networks of Armenia");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .doesNotContain("Sabadell");
  }

  @Test
  void twoFirmsOverAndStayTwo() {
    String text =
        "Reliance Industries and Tata Motors rose. Kenya Ports and Uganda Railways Corporation signed.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .doesNotContain(
            "Reliance Industries and Tata Motors", "Kenya Ports and Uganda Railways Corporation");
  }

  @Test
  void aGroupsUnitsWholeAndAShipbuilderNamedForTheOcean() {
    String text =
        "Hanwha Ocean said on Monday it had won the contract. HD Hyundai Heavy Industries and"
            + " Samsung Heavy Industries also bid. The Indian Ocean is calm.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Hanwha Ocean", "HD Hyundai Heavy Industries", "Samsung Heavy Industries")
        .doesNotContain("HD", "Heavy Industries");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Indian Ocean")
        .doesNotContain("Hanwha Ocean");
  }

  @Test
  void clubsTheModelReadsAsPeopleInAMatchReport() {
    String text =
        "Boca Juniors lost ground after a 2-0 defeat by River Plate at the Monumental. Velez"
            + " Sarsfield and Argentinos Juniors drew 1-1 in Liniers. Nadal and Alcaraz lost 6-3 6-4"
            + " to the Bryans.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("River Plate", "Velez Sarsfield", "Argentinos Juniors")
        .doesNotContain("Nadal", "Alcaraz");
  }

  @Test
  void aBodyCalledItOrWhichAUnitNamedForItsCountryAndAMission() {
    String text =
        "Fortum said on Tuesday it would study small reactors. Teollisuuden Voima, which runs"
            + " Olkiluoto, said its reactor had been shut. Airtel Malawi raised data prices."
            + " Tourism Fiji reported record arrivals. The Kenyan-led Multinational Security Support"
            + " Mission said its officers had retaken the road. Markus Rauramo said it would take"
            + " time. The minister told Reuters Malawi would seek a loan. The administration led"
            + " by Tadesse Werede said it would not be drawn into a war.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Fortum",
            "Teollisuuden Voima",
            "Airtel Malawi",
            "Tourism Fiji",
            "Multinational Security Support Mission")
        .doesNotContain("Markus Rauramo", "Reuters Malawi", "Tadesse Werede");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Markus Rauramo", "Tadesse Werede")
        .doesNotContain("Fortum", "Teollisuuden Voima");
  }

  @Test
  void capitalsJoinedByAHyphenNameAParty() {
    String text =
        "Skopje's ruling VMRO-DPMNE won mayoral races on Sunday, and Hristijan Mickoski said the"
            + " result backed his government.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("VMRO-DPMNE");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .doesNotContain("VMRO-DPMNE");
  }

  @Test
  void brandsFirmsFiguresAndAPartyOfItsCountry() {
    String text =
        "AirAsia said it would add flights. Sonatel raised its dividend. Tidjane Thiam said the"
            + " Democratic Party of Ivory Coast would keep up its protests. Ron DeSantis spoke. Olzha"
            + " Agro said yields had beaten forecasts.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("AirAsia", "Sonatel", "Democratic Party of Ivory Coast", "Olzha Agro");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Tidjane Thiam", "Ron DeSantis")
        .doesNotContain("AirAsia", "Sonatel");
  }

  @Test
  void aFirmSayingItATradesHeadAndASportsBodyOfARegion() {
    String text =
        "Tui said it would add a weekly flight. Police said it would investigate. Kenya said it"
            + " would send troops. Lithuanian Airports said 120"
            + " flights were disrupted. Nova Ljubljanska Banka arranged the financing. Cricket West"
            + " Indies named Hayden Walsh. Acting chairman Masoud Suleman said fields had been"
            + " repaired. Tonga Power Limited said solar farms supply half the power, and Cricket"
            + " Ireland confirmed Paul Stirling would miss the tour.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Tui",
            "Lithuanian Airports",
            "Nova Ljubljanska Banka",
            "Cricket West Indies",
            "Tonga Power Limited",
            "Cricket Ireland")
        .doesNotContain("Police", "Kenya", "Acting");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Hayden Walsh", "Masoud Suleman", "Paul Stirling");
  }

  @Test
  void aFirmOfItsCountryClubsListedAlikeAndFirmsDescribedAfterAComma() {
    String text =
        "Orlen will build the farm with partner Northland Power of Canada. The Bank of Canada held"
            + " rates. The Public Investment Fund owns Al Hilal, Al Nassr, Al Ittihad and Al Ahli."
            + " He met John Smith, John Brown and Mary Jones. Lek, the Novartis unit in Ljubljana,"
            + " said it would expand. Plantaze, the state winemaker, said exports rose. Jane Doe, a"
            + " lawyer, said no. Paris, the capital, is calm.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Northland Power", "Bank of Canada", "Al Nassr", "Al Ahli", "Lek", "Plantaze")
        .doesNotContain("Northland Power of Canada", "Jane Doe", "Paris");
    assertThat(EntityNames.mentions(enricher, text, EntityType.COUNTRY)).contains("Canada");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("John Smith", "John Brown", "Mary Jones", "Jane Doe")
        .doesNotContain("Al Ahli");
  }

  @Test
  void bodiesByOfficeOwnerKindAliasAndListAndRedCrossSocieties() {
    String text =
        "The detention of Chadema's deputy chairman, Tundu Lissu, was condemned. Kazzinc,"
            + " controlled by Glencore, pledged to close a smelter. Zanzibar's main opposition party,"
            + " ACT-Wazalendo, said it would not accept it. Soldiers killed members of the pro-Islamic"
            + " State group Dawlah Islamiyah. A hospital run by the Chadian Red Cross opened. The"
            + " strike halted production for buyers including H&M, Inditex and Primark. The state"
            + " utility Corporacion Electrica del Ecuador, or Celec, rented a plant. Centerra's chief"
            + " executive, Paul Wright, said the deal was fair. The Tunisian General Labour Union, the"
            + " UGTT, called a strike. The authority, known by its French acronym ISIE, objected."
            + " Kenya's deputy chairman of the panel spoke. France, owned by no one, voted. The"
            + " European Union Mission in Armenia heard gunfire. The Post Office in India said no.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Chadema",
            "Kazzinc",
            "ACT-Wazalendo",
            "Dawlah Islamiyah",
            "Chadian Red Cross",
            "Inditex",
            "Primark",
            "Celec",
            "Centerra",
            "UGTT",
            "ISIE",
            "European Union Mission in Armenia")
        .doesNotContain("Tundu Lissu", "Paul Wright", "Kenya", "France", "Post Office in India");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Tundu Lissu", "Paul Wright")
        .doesNotContain("Centerra", "Celec");
  }

  @Test
  void aBodyAfterStateOwnedAndASiteAfterGasFields() {
    String text =
        "Orano holds 63.4 percent of the mine alongside Niger's state-owned Sopamin. Sales to"
            + " state-run Chinese firms rose. The fields of the Greater Sunrise gas fields lie in the"
            + " Timor Sea.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Sopamin")
        .doesNotContain("Chinese", "Greater Sunrise");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Greater Sunrise");
  }

  @Test
  void bodiesEndingInExplorationOrEnergia() {
    String text =
        "The railway must carry ore for other miners, including High Power Exploration, which wants"
            + " to ship from Guinea. The pipeline is being built with Vista Energy and Pampa Energia.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("High Power Exploration", "Pampa Energia");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .doesNotContain("Pampa Energia", "Pampa");
  }

  @Test
  void aBodyApartFromItsLeaderAfterOfAndAFrenchParticle() {
    String text =
        "His alliance includes the Mauritian Militant Movement of Paul Berenger. Mauritius's"
            + " opposition Alliance du Changement won all 60 seats. The Bank of England and the"
            + " University of John Moores said.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Mauritian Militant Movement", "Alliance du Changement", "Bank of England")
        .doesNotContain("Changement", "University of John");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Paul Berenger")
        .doesNotContain("John Moores");
  }

  @Test
  void malayCoalitionsSpanishFirmsAndNewspapersAfterAPossessor() {
    String text =
        "Hajiji's Gabungan Rakyat Sabah alliance will govern with Pakatan Harapan and the United"
            + " Malays National Organisation. First Quantum owns 90 percent of Minera Panama, which"
            + " operates the mine. The Samoa Observer reported that a motion was being prepared. The"
            + " Autoriti Monetari Brunei Darussalam said growth would pick up. The Suruhanjaya"
            + " Pencegahan Rasuah Malaysia arrested him.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Gabungan Rakyat Sabah",
            "Pakatan Harapan",
            "Minera Panama",
            "Samoa Observer",
            "Autoriti Monetari Brunei Darussalam",
            "Suruhanjaya Pencegahan Rasuah Malaysia");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Hajiji")
        .doesNotContain("Minera Panama", "Hajiji's Gabungan Rakyat Sabah");
  }

  @Test
  void formerOpensNoBodysName() {
    String text =
        "Former Credit Suisse chief executive Tidjane Thiam leads the party. Former Shell chief"
            + " executive Ben van Beurden left.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Credit Suisse", "Shell")
        .doesNotContain("Former Credit Suisse", "Former Shell");
  }

  @Test
  void anAcronymAndANameAreTwoBodies() {
    String text =
        "TUI and Binter Canarias have added flights. The Research and Development Corp said it"
            + " would hire.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("TUI", "Binter Canarias")
        .doesNotContain("TUI and Binter Canarias");
  }

  @Test
  void aBodysNameGoesOnOverARomanceParticle() {
    String text =
        "CAIRO, May 3 - Esperance Sportive de Tunis drew 0-0 with Al Ahly at the Cairo International"
            + " Stadium. The Ministry of Finance de facto ruled it out.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Esperance Sportive de Tunis", "Ministry of Finance")
        .doesNotContain("Esperance Sportive", "Tunis");
  }

  @Test
  void aFirmAfterItsCountrysPossessive() {
    String text =
        "Ooredoo joined Norway's Telenor in leaving. The dam is being built by Italy's Webuild."
            + " Projects are backed by Germany's Enertrag and Hyphen Hydrogen Energy. Workers in"
            + " Bangladesh's Ashulia industrial belt went back. Moldova's GDP grew. Famine spread to"
            + " Sudan's Zamzam camp.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Telenor", "Webuild", "Enertrag")
        .doesNotContain("Ashulia", "GDP", "Zamzam");
  }

  @Test
  void aPortfolioAfterItsCountrysPossessiveIsNoFirm() {
    String text =
        "The tariff was negotiated by Brazil's Mines and Energy Minister Alexandre Silveira and"
            + " Kenya's Lands and Housing Minister.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .doesNotContain("Mines", "Lands");
  }

  @Test
  void aDioceseOfAPlaceAndACharityOfItsCountry() {
    String text =
        "Rescuers drove from Wabag to the Porgera mine, the PNG Defence Force said. Villagers in"
            + " Mulitaka said fighting had slowed relief in Papua New Guinea. The Catholic Diocese of"
            + " Wabag and Caritas Papua New Guinea were sending food from Mount Hagen.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Catholic Diocese of Wabag", "Caritas Papua New Guinea")
        .doesNotContain("Catholic Diocese", "Caritas");
  }

  @Test
  void aBodyForTheDefenceOfTheHomeland() {
    String text =
        "Human Rights Watch said soldiers and allied militias of the Volunteers for the Defence of"
            + " the Homeland had killed civilians in Djibo. The Front for the Liberation of the"
            + " Enclave of Cabinda attacked.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Volunteers for the Defence of the Homeland",
            "Front for the Liberation of the Enclave of Cabinda")
        .doesNotContain("Homeland");
  }

  @Test
  void plantationsAreFirmsThoughAValleyNamesThem() {
    String text =
        "Kelani Valley Plantations and Watawala Plantations said they would raise wages for pickers"
            + " in the Kelani Valley.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Kelani Valley Plantations", "Watawala Plantations");
  }

  @Test
  void thePlatformXWhereSomethingIsSaidOrPosted() {
    String text =
        "President Xiomara Castro said on X that foreign interference had tainted the vote. In a"
            + " post on X, the ministry denied it. Doctors ordered an X-ray.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION)).contains("X");
    assertThat(
            EntityNames.mentions(
                enricher, "Doctors took an X-ray on X-ray day.", EntityType.ORGANIZATION))
        .doesNotContain("X");
  }

  @Test
  void aBodyBeforeAnotherOverAnd() {
    String text =
        "Oil discoveries in the Orange Basin were made by Shell and TotalEnergies. Talks between"
            + " Sunni and Hezbollah leaders stalled.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Shell", "TotalEnergies", "Hezbollah")
        .doesNotContain("Sunni");
  }

  @Test
  void aCreedsAdjectiveBeforeAPartysOneWordName() {
    String text =
        "Hamadi Ould Sid'El Moctar of the Islamist Tewassoul party is also running. The Shia Amal"
            + " movement backed him.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Tewassoul", "Amal")
        .doesNotContain("Islamist Tewassoul", "Shia Amal");
  }

  @Test
  void anInitiativeForTheResurgenceOfAMovement() {
    String text =
        "Campaigner Biram Dah Abeid of the Initiative for the Resurgence of the Abolitionist"
            + " Movement said he would not accept a rigged result.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Initiative for the Resurgence of the Abolitionist Movement")
        .doesNotContain("Abolitionist Movement");
  }

  @Test
  void anAcronymBeforeLedOrBacked() {
    String text =
        "The assembly was controlled by the PAIGC-led coalition. A UN-backed court and the US-led"
            + " coalition met.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("PAIGC", "UN")
        .doesNotContain("US");
  }

  @Test
  void aTradeAndItsCountryTheModelReadAsNothing() {
    String text =
        "SUVA, Aug 14 - The vote was close. Tourism Fiji said visitor arrivals at Nadi"
            + " International Airport rose 9 percent in July.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Tourism Fiji");
  }

  @Test
  void aFirmNamedForTwoActivitiesAndAnAirlineForItsCountry() {
    String text =
        "Oman's Sohar port signed a deal with India's Jindal Steel and Power for a plant. Druk"
            + " Holding and Investments said it would invest. Oman Air added flights to Salalah.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Jindal Steel and Power", "Druk Holding and Investments", "Oman Air")
        .doesNotContain("Jindal Steel", "Druk Holding");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).doesNotContain("Oman Air");
  }

  @Test
  void aPeoplesAdjectiveBeforeAnAcronymsBloc() {
    String text =
        "Mickoski's coalition includes the ethnic Albanian VLEN bloc and the left-wing Levica.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("VLEN")
        .doesNotContain("Albanian VLEN");
  }

  @Test
  void aPersonsBodyAfterOfTheAndAPersonsPartyAfterTheirPossessive() {
    String text =
        "Prime Minister Evika Silina lost a vote. Silina's New Unity called the vote a mistake."
            + " Andris Kulbergs of the United List said the government should resign.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("New Unity", "United List");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Silina", "Andris Kulbergs")
        .doesNotContain("Silina's New Unity");
  }

  @Test
  void aCountrysNameAndFirstIsAParty() {
    String text =
        "The Greens voted with the opposition National Alliance and Latvia First to leave the"
            + " treaty. Kenya First Lady Rachel Ruto spoke.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Latvia First")
        .doesNotContain("Kenya First");
  }

  @Test
  void aPlaceAndLngNameAGasVentureButNotAfterA() {
    String text =
        "Shell and BP supply the Atlantic LNG plant at Point Fortin. He visited a U.S. LNG plant"
            + " in Texas.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Atlantic LNG")
        .doesNotContain("U.S. LNG");
  }

  @Test
  void aCamelCaseBrandThatSpeaksOrIsSaidToBeAFirm() {
    String text =
        "airBaltic, the national airline, said it would cut flights from Riga. Buyers queued for"
            + " the iPhone.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("airBaltic")
        .doesNotContain("iPhone");
  }

  @Test
  void aBodyAfterAnotherAndAndTheTextsLastFullStop() {
    String text = "Shares on Boursa Kuwait fell 2 percent, led by Gulf Bank of Kuwait and Zain.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Gulf Bank of Kuwait", "Zain");
  }

  @Test
  void anAcronymBeforeWhatABodyIsAndAnAppositiveWithAnApostropheInsideAWord() {
    String text =
        "The CFCO railway, which links the port to the capital, resumed freight trains. Al"
            + " Wefaq, the dissolved Shi'ite opposition group, said police detained 30 people.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("CFCO", "Al Wefaq");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).doesNotContain("Al Wefaq");
  }

  @Test
  void fleetsCommunitiesAndDemocratsHeadBodies() {
    String text =
        "Bahrain hosts the U.S. Navy's Fifth Fleet at Juffair. Lithuania's Social Democrats"
            + " signed a deal. The Lithuanian Jewish Community said it was alarmed. He leads 40"
            + " Trump-district House Democrats.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Fifth Fleet", "Social Democrats", "Lithuanian Jewish Community")
        .doesNotContain("Trump-district House Democrats");
  }

  @Test
  void aShortFormOfSyllablesInBrackets() {
    String text =
        "Aluminium Bahrain (Alba) said output rose 2 percent. She met Maria Luisa (Malu) there.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Aluminium Bahrain", "Alba")
        .doesNotContain("Malu", "Maria Luisa");
  }

  @Test
  void aBodyInACountryNamedWithAnd() {
    String text =
        "The European Union Force in Bosnia and Herzegovina said it was monitoring the situation.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("European Union Force in Bosnia and Herzegovina");
  }

  @Test
  void theTwoWordsAndTwoWordsOfOneBody() {
    String text =
        "The deal was signed with the Lithuanian Farmers and Greens Union. The Treasury and"
            + " Foreign Ministry said so.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Lithuanian Farmers and Greens Union", "Foreign Ministry")
        .doesNotContain("Treasury and Foreign Ministry");
  }

  @Test
  void aNameAGroupGivesItself() {
    String text =
        "The protests, organised online by a group calling itself GenZ 212, spread. A man called"
            + " Smith came.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("GenZ 212")
        .doesNotContain("Smith");
  }

  @Test
  void anAirlineOfACountryOfTwoWordsAndAnArmedGroupWithItsArticleInLowerCase() {
    String text =
        "Air Marshall Islands said it would resume flights to Ebeye. The militants advanced as al"
            + " Shabaab fighters moved.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Air Marshall Islands", "al Shabaab");
  }

  @Test
  void twoWordsAfterABodyAndAndBeforeAComma() {
    String text =
        "The Bank of Ghana said inflation eased. Newmont and Gold Fields, which run mines in the"
            + " Western Region, welcomed the plans.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Newmont", "Gold Fields");
  }

  @Test
  void aBodyBeforeAndAndABodyTheRulesReadByItsHead() {
    String text =
        "The port of Kribi, run by a venture of Bollore and China Harbour Engineering Company,"
            + " continued operations. The Ministry of Trade and Industry said so.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Bollore", "China Harbour Engineering Company", "Ministry of Trade and Industry");
  }

  @Test
  void aCoalitionNamedForItsCountry() {
    String text =
        "Jara, who was backed by the ruling left-wing coalition Unity for Chile, conceded defeat."
            + " It got a loan from the IMF for Ukraine.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Unity for Chile", "IMF")
        .doesNotContain("IMF for Ukraine");
  }

  @Test
  void aBodyForACauseTheModelReadAsItsCauseAlone() {
    String text =
        "Mohamed's party won 16 seats, and A Partnership for National Unity, led by Aubrey Norton,"
            + " fell to 12. The Motorists for Themselves, a new group led by Petr Macinka, entered"
            + " parliament. Many voted for National Unity.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("A Partnership for National Unity")
        .doesNotContain("Themselves", "National Unity");
  }

  @Test
  void aBodyAfterWhereItStands() {
    String text =
        "Babis beat Prime Minister Petr Fiala's centre-right Spolu alliance. Slawomir Mentzen of"
            + " the far-right Confederation refused. The far-right Marine Le Pen spoke, and the"
            + " opposition Democrats and the Atlantic alliance met.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Spolu", "Confederation")
        .doesNotContain("Marine Le Pen", "Democrats", "Atlantic");
  }

  @Test
  void aTitleThatHeadsBodiesOpeningABodyBeforeAGroupsNoun() {
    String text =
        "The State of Law coalition of former premier Nouri al-Maliki came second. Secretary of"
            + " State Marco Rubio said so.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("State of Law");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Nouri al-Maliki", "Marco Rubio");
  }

  @Test
  void aPartysAcronymInBracketsBeforeItsNounWhereverItStands() {
    String text =
        "APIA, Sept 16 - The Faatuatua i le Atua Samoa ua Tasi (FAST) party won a majority. She"
            + " was expelled from FAST last year. It was FASTER.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .containsExactly("FAST", "FAST");
  }

  @Test
  void bodiesBesideBodiesTheModelReadAsPeopleAndAirlinesOfPlaces() {
    String text =
        "Banco Atlantida and Ficohsa said branches would open. Banco Atlantida and Smith said so. Air"
            + " Rarotonga and Air New Zealand flights were unaffected. The Air Force said so."
            + " Bessent congratulated Milei on X.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Ficohsa", "Air Rarotonga", "Air New Zealand", "X")
        .doesNotContain("Smith");
  }

  @Test
  void bodiesForACauseAfterAnAdjectiveAShortWordBeforeMovementAndANationsParty() {
    String text =
        "The Egyptian Initiative for Personal Rights said the vote lacked real competition. A"
            + " minister close to the Amal movement walked out. He said the Nation's Future Party"
            + " won. He blamed Smith for Social Justice. It was a Liberal movement.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Egyptian Initiative for Personal Rights", "Amal", "Nation's Future Party")
        .doesNotContain("Smith for Social Justice", "Liberal");
  }

  @Test
  void firmsNamedForTheirGoodsAndFirmsBeforeShares() {
    String text =
        "Illovo Sugar said its Nchalo estate was unaffected by protests in Mzuzu. Lord Alan Sugar"
            + " said so. Polling stations in Maribor reported long queues, and Krka and Petrol"
            + " shares were flat. Tokyo shares fell while European shares rose.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Illovo Sugar", "Krka", "Petrol")
        .doesNotContain("Lord Alan Sugar", "Alan Sugar", "Tokyo", "European");
  }

  @Test
  void aWordTheModelReadAsAnUnlistedPlaceBesideABody() {
    String text =
        "Petroecuador said output was normal. Banco Pichincha and Produbanco closed branches in"
            + " Ibarra.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Banco Pichincha", "Produbanco");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).contains("Ibarra");
  }

  @Test
  void bodiesKnownByOneWord() {
    String text =
        "The party's Politburo named Tran Thanh Man, the chairman of the National Assembly, to"
            + " the board. Tokayev proposed a single chamber to be called the Kurultai.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Politburo", "Kurultai");
  }

  @Test
  void aWordTheModelReadAsAPersonBesideABodyTheRulesRead() {
    String text =
        "The National Jury of Elections said the vote would go ahead, and Southern Copper and"
            + " Antamina said mining in Arequipa and Ancash was unaffected.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Southern Copper", "Antamina");
  }

  @Test
  void aBankCutAtItsFirstWordAndANameAfterAFundOrACarrierAreBodies() {
    String text =
        "Indonesia's sovereign wealth fund Danantara will put cash into flag carrier Garuda, and"
            + " has placed more at Bank Mandiri, Bank Rakyat Indonesia and other lenders. Bank"
            + " Indonesia Governor Perry Warjiyo cut rates.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Danantara", "Garuda", "Bank Rakyat Indonesia", "Bank Indonesia")
        .doesNotContain("Bank", "Bank Indonesia Governor");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Perry Warjiyo")
        .doesNotContain("Danantara");
  }

  @Test
  void aServiceNamedAfterItsNounAndASpanishNameOverPorAreBodies() {
    String text =
        "The electoral service Servel said Jara won 26.8% for the governing coalition Unidad por"
            + " Chile. She works at a Full-service Marketing & PR Consultancy.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Servel", "Unidad por Chile")
        .doesNotContain("Marketing");
  }

  @Test
  void aTitleInCapitalsBeforeAWordThatIsNotIsAnAcronym() {
    String text = "The marketers could lose business, while MRS Oil welcomed the move.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).doesNotContain("Oil");
    assertThat(
            EntityNames.mentions(enricher, "CEO Elon Musk and MR SMITH spoke.", EntityType.PERSON))
        .contains("Elon Musk");
  }

  @Test
  void aBodyLedBySomeoneAnOperatorAndABodyBeforeItsOfficeHolderAreBodies() {
    String text =
        "Hajiji's party won 29 seats, while Warisan, led by former chief minister Shafie Apdal,"
            + " came second. Central Bank of Barbados Governor Kevin Greenidge said growth slowed,"
            + " and the California Independent System Operator warned of blackouts. Its partner"
            + " Skyborn Renewables holds a stake.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Warisan",
            "Central Bank of Barbados",
            "California Independent System Operator",
            "Skyborn Renewables")
        .doesNotContain("Central Bank of Barbados Governor Kevin Greenidge");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Kevin Greenidge", "Shafie Apdal")
        .doesNotContain("Warisan", "Skyborn Renewables");
  }

  @Test
  void aNameThatSaysSomethingAfterAndAndAJointVentureAreBodies() {
    String text =
        "Namdeb, the diamond joint venture with De Beers, has cut output at Oranjemund, and Galp"
            + " said it would sell part of its stake.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Namdeb", "De Beers", "Galp");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Oranjemund")
        .doesNotContain("Galp");
  }

  @Test
  void aKnownBodysNameReadOnOverOfAndBodiesRunOwnedOrHopingAreBodies() {
    String text =
        "Akhannouch, whose National Rally of Independents leads the coalition, spoke. Rival"
            + " Dynagas, run by George Prokopiou, and Maran Gas Maritime are adding ships."
            + " Samvel Karapetyan was arrested, and Karapetyan's Tashir group said the move was"
            + " illegal. Keidanren said it hoped for"
            + " more investment. Quiroga, of the Libre alliance, conceded, and the Western alliance"
            + " was silent.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "National Rally of Independents",
            "Dynagas",
            "Maran Gas Maritime",
            "Tashir",
            "Keidanren",
            "Libre")
        .doesNotContain("National Rally", "Western");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("George Prokopiou")
        .doesNotContain("Dynagas", "Keidanren", "Karapetyan's Tashir");
  }

  @Test
  void aTeamBeforeItsDriversPossessiveIsABody() {
    String text =
        "Max Verstappen won, and McLaren's Lando Norris and Oscar Piastri were disqualified."
            + " Donald Trump spoke. Trump's Mike Pence did not.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION)).contains("McLaren");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Lando Norris", "Trump", "Mike Pence")
        .doesNotContain("McLaren");
  }

  @Test
  void aNameAfterAnElectoralBodyIsThatBody() {
    String text =
        "Maurice Kamto, whose candidacy was rejected by the electoral body Elecam, urged calm.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION)).contains("Elecam");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).doesNotContain("Elecam");
  }

  @Test
  void anEnglishHeadBeforeOfMakesABodyInEnglishText() {
    String text =
        "Gas Transmission System Operator of Ukraine said flows from Slovakia were at record highs.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Gas Transmission System Operator of Ukraine");
  }

  @Test
  void aPluralsConferencePortfoliosAGroupAUnitAndAFirmThatRunsAreBodies() {
    String text =
        "Thousands marched in protests organised by the Catholic Bishops' Conference, said the"
            + " Ministry of Investment, Industry and Trade. The Ministry of Finance, Kenya and Uganda"
            + " signed. A factory owned by the Beximco group failed to pay wages. The phosphate group"
            + " OCP signed in Addis Ababa, where OCP Africa has an office. Nuclearelectrica, which"
            + " runs the Cernavoda plant, raised its forecast. The trader has Fury, which makes"
            + " enemies attack.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Catholic Bishops' Conference",
            "Ministry of Investment, Industry and Trade",
            "Ministry of Finance",
            "Beximco",
            "OCP Africa",
            "Nuclearelectrica")
        .doesNotContain("Catholic Bishops", "Ministry of Finance, Kenya and Uganda", "Fury");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .doesNotContain("Beximco", "OCP Africa");
  }

  @Test
  void anAcronymsBranchInACountryAndAKazhagamAreBodies() {
    String text =
        "Richard Leck of WWF-Australia said the report showed the need to cut emissions. Chief"
            + " Minister M.K. Stalin of the Dravida Munnetra Kazhagam said the state would cooperate."
            + " The US-China talks and the EU-Ukraine summit went ahead. A blackout stopped the Santo"
            + " Domingo Metro, the grid operator said.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("WWF-Australia", "Dravida Munnetra Kazhagam", "Santo Domingo Metro")
        .doesNotContain("US-China", "EU-Ukraine");
  }

  @Test
  void aFirmsUnitInAppositionAfterItsPossessiveIsABody() {
    String text =
        "Comilog, Eramet's unit in Moanda, said it would hire 500 workers. Smith, Jones's lawyer,"
            + " said no.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Comilog")
        .doesNotContain("Smith");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).doesNotContain("Comilog");
  }

  @Test
  void aCompanyAfterPtIsOneBody() {
    String text = "The ministry would investigate permits held by PT Toba Pulp Lestari.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("PT Toba Pulp Lestari");
  }

  @Test
  void whatAPersonHeadsIsABody() {
    String text =
        "Eamonn Brennan, the former head of Eurocontrol, said strikes had cost airlines millions. He"
            + " is the head of Smith's campaign.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Eurocontrol")
        .doesNotContain("Smith");
  }

  @Test
  void aCricketFranchiseNamedForItsCityIsABody() {
    String text = "Lucknow Super Giants beat Kolkata Knight Riders in Lucknow.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Lucknow Super Giants", "Kolkata Knight Riders");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).contains("Lucknow");
  }

  @Test
  void bothSidesOfAMatchAreClubsWhenOneIsAClubByItsScore() {
    String text =
        "Al Qadsiah beat Al Taawoun 2-0 in Dammam on Friday, and the coach said his side had been"
            + " the better team. Simba SC of Tanzania beat Petro de Luanda 1-0 in the other match.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Al Qadsiah", "Al Taawoun", "Simba SC")
        .doesNotContain("Simba SC of Tanzania");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void anAirlineIsAirAndTheBodyTheModelReadAfterIt() {
    String text = "Air Niugini cancelled flights to Lae. The Royal Air Force said so.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Air Niugini")
        .doesNotContain("Niugini", "Air Force");
  }

  @Test
  void aNameBeforeAWebDomainsEndingIsTheSite() {
    String text =
        "The deal was criticised by the president's daughter, according to the news site Kun.uz."
            + " Install Node.js first, and buy it from Amazon.com if you like.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Kun.uz")
        .doesNotContain("Node.js", "Kun");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).doesNotContain("Kun");
  }

  @Test
  void aBodyNamedForTwoActivitiesAndLeagueNicknamesAfterTheirCity() {
    String text =
        "The State Bank of Pakistan kept rates unchanged, and Oil and Gas Development Company rose"
            + " on the Pakistan Stock Exchange. Penrith signed Sunia Turuva from the Melbourne Storm"
            + " on Saturday. Storm coach Craig Bellamy said the club had released him.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Oil and Gas Development Company", "Melbourne Storm", "Storm")
        .doesNotContain("Gas Development Company", "Oil");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .doesNotContain("Melbourne Storm", "Melbourne");
  }

  @Test
  void aClubAfterACommaClauseAndAGolferWhoBeatsPlayersAtACourse() {
    String text =
        "Hearts, who lead the Scottish Premiership by six points, beat Aberdeen 2-0 on Saturday."
            + " Rory McIlroy closed with a 67 at Royal Melbourne to beat Cameron Smith by three"
            + " strokes.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Aberdeen")
        .doesNotContain("Cameron Smith");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Rory McIlroy", "Cameron Smith");
  }

  @Test
  void aFirmBeforeItsAnalystAndAPlaceBeforeItsTrader() {
    String text =
        "Nomura analyst Hiroshi Matsumoto said investors were betting on a rate cut. A Tokyo"
            + " trader said the yen fell on Monday.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Nomura")
        .doesNotContain("Tokyo");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .containsExactly("Hiroshi Matsumoto");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).contains("Tokyo");
  }

  @Test
  void twoCausesOverAndAreOnePartyAndASentenceEndsBeforeAFirmWithAnAmpersand() {
    String text =
        "Opposition leader Dragan Djilas of the Freedom and Justice Party said the protests would"
            + " go on. The board met on Sunday. Mahindra & Mahindra said its profit rose.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Freedom and Justice Party", "Mahindra & Mahindra")
        .doesNotContain("Freedom", "Justice Party", "Sunday. Mahindra & Mahindra");
  }

  @Test
  void aBodyTheModelReadsWholeOverAndOutranksTheRulesHeadInsideIt() {
    String text =
        "Thousands of UK academics are treated as second-class citizens, says a report by the"
            + " University and College Union.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .containsExactly("University and College Union");
  }

  @Test
  void aPartysOwnAcronymIsNotAListedBodyWithTheSameLetters() {
    String text =
        "The People's Action Party won 87 seats. Gan Kim Yong led the PAP slate in Punggol.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .containsExactly("People's Action Party", "PAP");
    assertThat(EntityNames.of(enricher, text)).doesNotContain("Polish Press Agency");
  }

  @Test
  void aPossessiveAfterAtBeforeAPrepositionIsAHouseOfBusiness() {
    String text =
        "Experts at Christie's and the firm Chaumet said the gems could be sold. The painting sold"
            + " at Sotheby's for $5 million. They met at Trump's Mar-a-Lago resort.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Christie's", "Sotheby's")
        .doesNotContain("Trump's");
  }

  @Test
  void aPartysFactionInBracketsIsPartOfItsName() {
    String text =
        "Kumar's Janata Dal (United) won 85 seats, Tejashwi Yadav's Rashtriya Janata Dal 25. Oli"
            + " leads the Communist Party of Nepal (Unified Marxist-Leninist). The Democratic Party"
            + " (DP) lost.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Janata Dal (United)",
            "Rashtriya Janata Dal",
            "Communist Party of Nepal (Unified Marxist-Leninist)")
        .doesNotContain("Democratic Party (DP)");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).doesNotContain("United");
  }

  @Test
  void aNameAfterACommaAndTheKindOfBodyItIsIsThatBody() {
    String text =
        "Jan Suraaj, the party launched by election strategist Prashant Kishor, failed to win a"
            + " seat. The Directorate General of Civil Aviation ordered checks, and the Partnership"
            + " for New York City said it was ready. Rahul Gandhi, the party leader, spoke.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Jan Suraaj", "Directorate General of Civil Aviation", "Partnership for New York City");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Prashant Kishor", "Rahul Gandhi")
        .doesNotContain("Jan Suraaj");
  }

  @Test
  void firmsByTheirLastWordTheirOwnerTheirKindAndTheirStaff() {
    String text =
        "Kotak Mahindra Capital and Axis Capital managed the offering, and analysts compared it"
            + " with local rivals Voltas and Havells India. Malls operated by Central Pattana"
            + " dimmed their lights. Zabiri plays for Portuguese club Famalicao. Unmesh Kulkarni, a"
            + " senior adviser at Julius Baer, said Michael Jordan had invested.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Kotak Mahindra Capital",
            "Havells India",
            "Central Pattana",
            "Famalicao",
            "Julius Baer");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Unmesh Kulkarni", "Michael Jordan")
        .doesNotContain("Julius Baer", "Havells India");
  }

  @Test
  void nationalTeamsByTheirNicknames() {
    String text = "France beat New Zealand's Black Ferns 42-24 as England's Red Roses watched.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Black Ferns", "Red Roses");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .doesNotContain("Black Ferns");
  }

  @Test
  void aFirmsFormerNameABodyBeforeADateAndAListedFirmAfterAPreposition() {
    String text =
        "The dam was built by Italy's Webuild, formerly Salini Impregilo, with turbines supplied"
            + " by General Electric and Voith. Troops were sent to the National Assembly on Dec. 3.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Webuild", "Salini Impregilo", "General Electric", "Voith", "National Assembly")
        .doesNotContain("National Assembly on Dec");
  }

  @Test
  void aCartelAChamberServingACountryAndTheCommonwealthOfIndependentStates() {
    String text =
        "She was killed on the orders of Pablo Escobar's Medellin Cartel. The European Chamber of"
            + " Commerce in Vietnam welcomed the reform. Putin and Aliyev met at a summit of the"
            + " Commonwealth of Independent States.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Medellin Cartel",
            "European Chamber of Commerce in Vietnam",
            "Commonwealth of Independent States");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .doesNotContain("Medellin Cartel");
  }

  @Test
  void aTurkishClubAnMlsClubAndASupplier() {
    String text =
        "Trezeguet returned from Trabzonspor in the summer. Wessam Abou Ali left Ahly for Columbus"
            + " Crew in Major League Soccer. One of them, Bluecrest Medical Supplies, never"
            + " delivered.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Trabzonspor", "Columbus Crew", "Bluecrest Medical Supplies");
  }

  @Test
  void aLetterAndAFullStopBeforeASentenceWordEndTheSentence() {
    String text =
        "The two clubs join Goias in next year's Serie A. The Brazilian Football Confederation"
            + " said the final round would be played on Saturday.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Brazilian Football Confederation")
        .noneMatch(n -> n.contains(". The"));
  }

  @Test
  void aChamberOfCommercesTradesListedWithCommasArePartOfItsName() {
    String text =
        "The Kenya National Chamber of Commerce, Industry and Agriculture said exports fell. The"
            + " Chamber of Commerce, Kenya and Uganda met.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Kenya National Chamber of Commerce, Industry and Agriculture", "Chamber of Commerce");
  }

  @Test
  void oneWordBeforeWhatABodyDealsInAndItsNounIsTheBody() {
    String text =
        "The Intercafe coffee board said the harvest could be delayed. The Tamarind shipping"
            + " company and the Grand Bahama Shipyard agreed.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Intercafe", "Tamarind", "Grand Bahama Shipyard");
  }

  @Test
  void waysOfCarryingShareATransportBodysHead() {
    String text =
        "said Maral Hanova, head of the Turkmen Maritime and River Transport Agency. The Road and"
            + " Rail Safety Agency agreed.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Turkmen Maritime and River Transport Agency", "Road and Rail Safety Agency");
  }

  @Test
  void powerCompaniesAndOneWordBeforeAssociation() {
    String text =
        "Malta will buy a stake from Shanghai Electric Power. Fleet owners, led by the Opagac"
            + " association, objected. The Ministry of Water and Power agreed. The Surprising Power"
            + " of Groups is a book.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Shanghai Electric Power", "Opagac", "Ministry of Water and Power")
        .doesNotContain("Surprising Power");
  }

  @Test
  void aPersonOfABodyAfterATitleAndTradesAndServicesBeforeASharedHead() {
    String text =
        "Shipping analyst Riina Saar Mets of Tallinn University of Technology said the vessel was"
            + " old. The vessel, chartered by the Ethiopian Shipping and Logistics Services"
            + " Enterprise, unloaded fertiliser.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Tallinn University of Technology",
            "Ethiopian Shipping and Logistics Services Enterprise");
    assertThat(
            EntityNames.mentions(
                enricher,
                "Electricidade de Mocambique said engineers were repairing lines.",
                EntityType.ORGANIZATION))
        .containsExactly("Electricidade de Mocambique");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .containsExactly("Riina Saar Mets");
  }

  @Test
  void aClubPrefixAndAWordNoListHoldsAreAClubAsASideOfAMatch() {
    String text =
        "TUNIS, May 3 - CS Sfaxien beat JS Kabylie 2-1 at the Stade TP Mazembe on Saturday."
            + " Sfaxien scored twice in the first half.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("CS Sfaxien", "JS Kabylie", "Sfaxien")
        .doesNotContain("TP Mazembe");
  }

  @Test
  void aFirmBeforeItsPeoplesRoleKeepsTheTypeTheTextGivesItElsewhere() {
    String text =
        "PARAMARIBO, Dec 5 - Suriname's state oil company Staatsolie will raise its stake, the"
            + " president said. Staatsolie managing director Annand Jagesar said the company would"
            + " borrow. Italy's Webuild is building the dam. Webuild's project director Pietro"
            + " Salini visited the site, and Surinamers welcomed him. Shipping agent Bolama"
            + " Maritima said two vessels left.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Staatsolie", "Webuild", "Bolama Maritima");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .containsOnly("Annand Jagesar", "Pietro Salini");
    // a person before a role stays a person where the text reads it so
    assertThat(
            EntityNames.mentions(
                enricher,
                "Vladimir Putin met envoys. Putin spokesman Dmitry Peskov said little.",
                EntityType.PERSON))
        .contains("Vladimir Putin", "Putin", "Dmitry Peskov");
  }

  @Test
  void aTradeOpeningASentenceBeforeOwnerIsNoFirmAndPortsShareADepartment() {
    String text =
        "Business owner Lily Tasso said trade had not recovered. Chelsea owner Todd Boehly said"
            + " nothing. The Ports and Harbour Department said the ship would dock.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Chelsea", "Ports and Harbour Department")
        .doesNotContain("Business", "Harbour Department");
  }

  @Test
  void aBodyAfterACompanyNounOutweighsItsMisreadingsAndAFirmGoesByItsFirstWord() {
    String text =
        "PRISTINA, Dec 14 - Kosovo's state mining company Trepca will reopen a shaft with Turkish"
            + " firm Kolin Madencilik, the minister said. Kolin will invest 45 million euros in"
            + " Mitrovica. Trepca's acting director, Ahmet Tmava, said the mine would hire. The"
            + " agency holds part of Trepca's assets.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Trepca", "Kolin Madencilik", "Kolin");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).containsOnly("Ahmet Tmava");
  }

  @Test
  void moroccanClubPrefixesAndAPetrochemicalFirm() {
    String text =
        "The win lifts Raja to second, three points behind leaders FAR Rabat, who drew 1-1 with RS"
            + " Berkane in Rabat. The refinery is owned 70% by China's Hengyi Petrochemical.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("FAR Rabat", "RS Berkane", "Hengyi Petrochemical")
        .doesNotContain("RS");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .doesNotContain("Hengyi Petrochemical");
  }

  @Test
  void aScopeWordAfterAndBeforeWhatABodyStudiesIsNoBodyOfItsOwn() {
    String text =
        "The Centre for Strategic and International Studies said so. The Department of Justice"
            + " and National Guard responded.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Centre for Strategic and International Studies",
            "Department of Justice",
            "National Guard");
  }

  @Test
  void aPartysSideOpeningASentenceABourseAndAUsClubAsASide() {
    String text =
        "Opposition Democratic Party of Socialists lawmaker Danijel Zivkovic said so. Alba shares"
            + " were steady on the Bahrain Bourse. KIGALI, Jan 2 - Petro de Luanda beat US"
            + " Monastir 88-81, backed by the NBA and FIBA. US Army troops arrived.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Democratic Party of Socialists", "Bahrain Bourse", "US Monastir", "FIBA", "US Army")
        .doesNotContain("Opposition Democratic Party of Socialists");
  }

  @Test
  void aNameKnownAsAfterABodysNounIsThatBodys() {
    String text =
        "The institute, known as Ihcafe, cut its forecast. The union said the company, known as"
            + " Alba, had cut the allowance. The gang leader, known as Barbecue, spoke.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Ihcafe", "Alba")
        .doesNotContain("Barbecue");
  }

  @Test
  void aFirmsNationalUnitBeforeAndSharesNoHead() {
    String text = "Digicel Tonga and Tonga Communications Corporation said data was back.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Digicel Tonga", "Tonga Communications Corporation");
  }

  @Test
  void aBodyByItsHeadAFirmByItsLastWordAndAMarketsMove() {
    String text =
        "The Joint Supervisory Body would meet again in October. Drone attacks on the field,"
            + " operated by the UAE's Dana Gas, have cut power. Barclays was 2 percent higher.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Joint Supervisory Body", "Dana Gas", "Barclays");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void aBodysNationalChapterEndsInItsCountry() {
    String text =
        "Hotels reported cancellations. The Hotel Association Nepal put losses at 25 billion"
            + " rupees, and Transparency International Kenya said so.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Hotel Association Nepal", "Transparency International Kenya");
  }

  @Test
  void firmsApartOverAndBeforeAFirmAndByTheirActivities() {
    String rareEarths =
        "Researcher Htoi Awng of the Kachin Environmental Network said China Northern Rare Earth"
            + " and Shenghe Resources bought most of the output.";
    assertThat(EntityNames.mentions(enricher, rareEarths, EntityType.ORGANIZATION))
        .contains("China Northern Rare Earth", "Shenghe Resources");
    String road =
        "The Inter-American Development Bank and CAF lent $430 million for the project, built by a"
            + " consortium of Mota-Engil and local firm Tecnoedil. China Road and Bridge"
            + " Corporation holds the main contract.";
    assertThat(EntityNames.mentions(enricher, road, EntityType.ORGANIZATION))
        .contains("Mota-Engil", "Tecnoedil", "China Road and Bridge Corporation");
    assertThat(EntityNames.mentions(enricher, road, EntityType.LOCATION)).isEmpty();
    String power =
        "Georgian Energy Minister Levan Davitashvili said Enguri Hydro would not raise its share,"
            + " but Inter RAO said transmission lines could carry only a fraction of demand. The"
            + " bank is financing new lines, which TALCO's critics say takes power away from the"
            + " plant. Thutmose III built the temple.";
    assertThat(EntityNames.mentions(enricher, power, EntityType.ORGANIZATION))
        .contains("Enguri Hydro", "Inter RAO", "TALCO");
    assertThat(EntityNames.mentions(enricher, power, EntityType.PERSON))
        .containsOnly("Levan Davitashvili", "Thutmose III");
  }

  @Test
  void anActivityOpeningARunBeforeOfIsTheWorkNotABody() {
    String text =
        "Construction of the Dakhla Atlantic port in Western Sahara is half complete, the"
            + " Ministry of Equipment and Water said.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Ministry of Equipment and Water")
        .noneMatch(n -> n.startsWith("Construction"));
  }

  @Test
  void aClubOfItsCountryWhereTheTextNamesTheClub() {
    String text =
        "Berkane will meet either Simba of Tanzania or Al Masry of Egypt in the last four. In"
            + " Zanzibar, Simba drew 0-0 with Al Masry and went out.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Simba", "Al Masry");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void aMinistrysPortfolioAfterAndOpensWithAGivenName() {
    String text =
        "The Ministry of Ports and Marine Transport in Mogadishu objected. The Ministry of"
            + " Fisheries and Marine Resources Development said catches fell.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Ministry of Ports and Marine Transport",
            "Ministry of Fisheries and Marine Resources Development");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void aSaintsWordReadAloneOpensTheNameAfterIt() {
    String text =
        "MANILA, Oct 29 (Reuters) - San Miguel Beermen beat TNT Tropang Giga 104-98 on"
            + " Wednesday.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("San Miguel Beermen");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).doesNotContain("San");
  }

  @Test
  void bothSidesOfAResultNoMentionHoldsAreClubs() {
    String text =
        "The Fijian Drua beat the NSW Waratahs 31-26 at Churchill Park on Saturday. Elsewhere,"
            + " the Blues beat Moana Pasifika 45-12 and the Brumbies lost 24-20 to the Crusaders"
            + " in Christchurch. Sinner beat Alcaraz 6-3 6-4. Gor Mahia beat AFC Leopards 1-0 at"
            + " Nyayo Stadium.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Fijian Drua",
            "NSW Waratahs",
            "Blues",
            "Moana Pasifika",
            "Brumbies",
            "Crusaders",
            "Gor Mahia",
            "AFC Leopards")
        .doesNotContain("Sinner", "Alcaraz");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Christchurch")
        .doesNotContain("NSW");
  }

  @Test
  void anAcronymAfterAVerbOfRunningIsABody() {
    String text =
        "The railway, operated by SNTF, lost a third of its wagons. The mine, run by SOMAIR,"
            + " closed. The outbreak was caused by HIV and the plant is powered by LNG.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("SNTF", "SOMAIR")
        .doesNotContain("HIV", "LNG");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).isEmpty();
  }

  @Test
  void aClubOfACountryOfTwoNamesIsOneClub() {
    String text =
        "St Kitts and Nevis Patriots lost to Jamaica Tallawahs by five wickets at Warner Park on"
            + " Friday.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("St Kitts and Nevis Patriots", "Jamaica Tallawahs");
  }

  @Test
  void aClubOfThreeWordsGoesByTheWordsBeforeItsCity() {
    String text =
        "Ak Bars Kazan lost 4-2 to Avtomobilist Yekaterinburg on Friday. Ak Bars coach Igor"
            + " Larionov said his side was tired.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Ak Bars Kazan", "Avtomobilist Yekaterinburg", "Ak Bars");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .containsExactly("Igor Larionov");
  }

  @Test
  void parliamentsBanksAndCasinosOfOneWord() {
    String text =
        "The Lagting approved the budget on Monday. Berner Kantonalbank and Valiant said they would"
            + " lend. Casino Barriere in Deauville reopened.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Lagting", "Berner Kantonalbank", "Casino Barriere");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void aFilmsTitleInQuotesRunsIntoNoName() {
    String text =
        "Sie wurde 1995 für ihre Darstellung in \"Casino\" von Martin Scorsese mit einem Golden"
            + " Globe geehrt.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .noneMatch(n -> n.contains("Scorsese"));
  }

  @Test
  void anAcronymAloneBeforeAndIsABodyOfItsOwn() {
    String text =
        "The utility signed an agreement with Japan's JERA and Mitsubishi Corporation on Monday to"
            + " build a plant.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .containsExactlyInAnyOrder("JERA", "Mitsubishi Corporation");
  }

  @Test
  void anAcronymWithALowerCaseLetterDefinedInBrackets() {
    String text =
        "The state company Petroleos de Panama (PdP) will lease the site, the minister told the"
            + " Staten, the island's parliament. PdP said it agreed. Staten Island ferries ran.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Petroleos de Panama", "PdP", "Staten");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .containsExactly("Staten Island");
  }

  @Test
  void aClubsPluralNicknameNamesItAlone() {
    String text =
        "Kaizer Chiefs sacked coach Arthur Zwane on Monday. He had led Chiefs to fifth place, and"
            + " Chiefs fans wanted more.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Kaizer Chiefs", "Chiefs");
  }

  @Test
  void aPlaceEndingInAFirmsWordIsAFirm() {
    String text =
        "Glencore has mothballed the plant in the Northern Province, and Prony Resources, which"
            + " runs the mine at Goro in the south, is seeking a buyer. Oil flows through the Trans"
            + " Adriatic Consortium fell.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Prony Resources", "Trans Adriatic Consortium");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Northern Province", "Goro")
        .doesNotContain("Prony Resources");
  }

  @Test
  void aBodyReadOverSaidEndsBeforeIt() {
    String text =
        "The U.S. State Department said Washington was talking to Tashkent about the attack.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .containsExactly("U.S. State Department");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .contains("Washington", "Tashkent");
  }

  @Test
  void nationalTeamsOfWomenByTheirNicknames() {
    String text =
        "Zambia's Copper Queens will face Kenya's Harambee Starlets in Lusaka, and Zimbabwe's"
            + " Mighty Warriors play later.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Copper Queens", "Harambee Starlets", "Mighty Warriors");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).doesNotContain("Queens");
  }

  @Test
  void aSideOfAResultKeepsAnApostropheInsideAWord() {
    String text = "Selangor beat Johor Darul Ta'zim 2-0 on Sunday in Shah Alam.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Selangor", "Johor Darul Ta'zim")
        .doesNotContain("Johor");
  }

  @Test
  void aUtilitysPairOverAndACamelCasedShortNameAndAnOfficeWithoutItsHolder() {
    String text =
        "Bahamas Power and Light said the outage was over, and Pacific Gas and Electric agreed."
            + " The Kenya Electricity Generating Company (KenGen) sent engineers. The Head of State"
            + " and the Chief of Staff met the Joint Chiefs of Staff.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Bahamas Power and Light",
            "Pacific Gas and Electric",
            "Kenya Electricity Generating Company",
            "KenGen",
            "Joint Chiefs of Staff")
        .doesNotContain("Bahamas Power", "Head of State", "Chief of Staff");
  }

  @Test
  void bodiesAPlaceNeitherRunsNorIsNamedWithDeAndFirmsOfAPlaceAndUnitsInApposition() {
    String text =
        "The Port Autonome d'Abidjan said a terminal run by Abidjan Terminal had cut waiting"
            + " times. SACO, Barry Callebaut's local unit, shut one line. Amaroq Minerals said it"
            + " would bid, as did Munck Civil Engineering of Denmark.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Port Autonome d'Abidjan", "Abidjan Terminal", "SACO", "Munck Civil Engineering");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .doesNotContain("Abidjan Terminal", "SACO");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void teamsBySponsorOrCountryAndBodiesThatAreLed() {
    String text =
        "Eric Manizabayo of Team Amani was third and Team Medellin of Colombia won a stage."
            + " Overnight leader Joseph Areruya of the Rwanda National Team lost a minute. Warisan,"
            + " led by former chief minister Shafie Apdal, won 25 seats.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Team Amani", "Team Medellin", "Rwanda National Team", "Warisan");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION))
        .doesNotContain("Team Amani", "Team Medellin");
  }

  @Test
  void twoActivitiesAClubOfItsCountryASpanishBodyForAndAVentureInCommas() {
    String text =
        "Partners include India's Oil and Natural Gas Corp and Thailand's PTTEP. Aalborg beat"
            + " Industria Kielce of Poland. Chile's securities regulator, the Comision para el"
            + " Mercado Financiero,"
            + " rejected it. The joint venture, Novandino Litio, will run the salt flat.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Oil and Natural Gas Corp",
            "Industria Kielce",
            "Comision para el Mercado Financiero",
            "Novandino Litio")
        .doesNotContain("Natural Gas Corp", "Industria Kielce of Poland");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void aTeamsSponsorAndAWordBeforeItsNicknameAndAUnionOfTwoActivitiesOfACountry() {
    String text =
        "The Kobelco Kobe Steelers thrashed Mie Honda Heat 52-10 in Kobe. The Petroleum and"
            + " Natural Gas Senior Staff Association of Nigeria called the strike.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Kobelco Kobe Steelers",
            "Petroleum and Natural Gas Senior Staff Association of Nigeria")
        .doesNotContain("Kobe Steelers", "Natural Gas Senior Staff Association of Nigeria");
  }

  @Test
  void aBodyOfAPlaceAndAWordOneSpaceBeforeANicknameIsOneTeam() {
    // the model reads "Saitama Wild" and "Knights" apart here
    String text =
        "The Kubota Spears beat the Saitama Wild Knights 27-24 on Sunday. \"The Wild Knights are"
            + " the standard in this league,\" the coach said.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Saitama Wild Knights")
        .doesNotContain("Saitama Wild", "Knights");
  }

  @Test
  void clubsOpeningWithAlBesideOthersAndLabsEndAFirm() {
    String text =
        "Al Nassr drew 1-1 with Al Hilal on Saturday. Al Ahli, the Asian champions, lost 2-0 away"
            + " to Al Taawoun in Buraidah. A former finance chief of Terraform Labs was freed.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Al Nassr", "Al Hilal", "Al Ahli", "Al Taawoun", "Terraform Labs");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void aCompassWordBeforeAKnownBodyAndTwoActivitiesWithoutAListedPlace() {
    String text =
        "Kingho Mining took over the mine from Shandong Iron and Steel Group, with funding from the"
            + " West African Development Bank.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Shandong Iron and Steel Group", "West African Development Bank")
        .doesNotContain("Steel Group", "African Development Bank");
  }

  @Test
  void aClubAfterSideOrOutfitIsAClub() {
    String text =
        "The Sharks beat Welsh side Cardiff 41-17 in Durban. Spanish outfit Real Betis signed him.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Cardiff", "Real Betis");
    assertThat(EntityNames.mentions(enricher, text, EntityType.LOCATION)).doesNotContain("Cardiff");
  }

  @Test
  void aKnownBodysHeadsBeforeItsCountryAndOneFirmOfACountry() {
    String text =
        "Barrick holds the mine with Zijin Mining Group of China. The consortium groups Eni, Shell"
            + " and Inpex of Japan, but not the Sultanate of Oman.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Zijin Mining Group", "Inpex")
        .doesNotContain("Inpex of Japan", "Zijin Mining", "Sultanate");
  }

  @Test
  void aMonarchsOrAGroupsPossessiveOpensABodysName() {
    String text =
        "She trained at King's College Hospital before she joined the Children's Investment Fund."
            + " The Queen's Birthday honours list was published.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("King's College Hospital")
        .doesNotContain("College Hospital");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
  }

  @Test
  void twoBodiesNamedBareAreTwoAndParliamentIsOne() {
    String text =
        "Lawmakers in the Senate and Congress debated it. The dispute has also reached Parliament."
            + " Analyst Dana Bekmukhanova at Halyk Finance in Almaty said so.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Senate", "Congress", "Parliament", "Halyk Finance")
        .doesNotContain("Senate and Congress");
  }

  @Test
  void aCooperativeIsABodyAndACreditRatingIsNone() {
    String text =
        "Batbold Tsendsuren, who heads the Gobi Herders Cooperative, spoke. Fitch cut the"
            + " country's debt rating to CCC- in June and rates the bank BBB+.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Gobi Herders Cooperative")
        .doesNotContain("CCC", "BBB");
  }

  @Test
  void aResultsLinesSidesWithASlashOrAClubsDigits() {
    String text =
        "Results of Norwegian Eliteserien matches on Sunday:\n\nBodo/Glimt 3 Molde 1\nViking 4"
            + " Sarpsborg 08 0\nHannover 96 2 Mainz 05 1\n";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Bodo/Glimt", "Molde", "Viking", "Sarpsborg 08", "Hannover 96", "Mainz 05");
  }

  @Test
  void aClubsWordBeforeItsCityABuilderAndSteelWorks() {
    String text =
        "Ak Bars beat Metallurg Magnitogorsk 3-2 in a shootout on Saturday. Italian builder Webuild"
            + " built the dam. The Moldova Steel Works in Ribnita could close.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Metallurg Magnitogorsk", "Webuild", "Moldova Steel Works");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .doesNotContain("Metallurg", "Webuild");
  }

  @Test
  void anAirlineEndsInAirAndABodysFirstWordReadApartJoinsIt() {
    String text =
        "KOLKATA, Nov 11 (Reuters) - Mohun Bagan Super Giant beat East Bengal 2-0 on Tuesday."
            + " \"It's the biggest game,\" said Mohun Bagan coach Jose Molina. Yeti Airlines and"
            + " Buddha Air have cut flights to Lukla.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Mohun Bagan Super Giant", "Buddha Air")
        .doesNotContain("Mohun", "Bagan Super Giant");
  }

  @Test
  void aSmelterIsAFirmAndAdaniPortsIsKnownWhole() {
    String text =
        "Tajik aluminium smelter Talco uses a fifth of the country's power. The terminal was built"
            + " by India's Adani Ports and Special Economic Zone.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Talco", "Adani Ports and Special Economic Zone");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).doesNotContain("Talco");
  }

  @Test
  void aFirmsLastWordBeforeItsCountry() {
    String text = "Galp Energia of Portugal is seeking a partner, and so is Tullow Oil of Britain.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Galp Energia", "Tullow Oil")
        .doesNotContain("Galp Energia of Portugal", "Tullow Oil of Britain");
  }

  @Test
  void twoPlacesOverAndBeforeABodysHeadAreOneBody() {
    String text =
        "The England and Wales Cricket Board said it would appeal. Talks between the US and China"
            + " Development Bank resumed.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("England and Wales Cricket Board", "China Development Bank")
        .doesNotContain("Wales Cricket Board", "US and China Development Bank");
  }

  @Test
  void aThingsAcronymAloneIsNoBody() {
    String text =
        "Throughout their two-hour TV special, Harry and Meghan spoke. Malware spreads via SMS"
            + " messages and online forums, Kaspersky said.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .doesNotContain("TV", "SMS");
  }

  @Test
  void aBodyOfWhatItDoesOverAndAndAForeignBodyOverDesAreOneName() {
    String text =
        "The Ministry of Mines and Minerals Development said output rose, and the Department of"
            + " Housing and Urban Development cut its budget. Fishermen say the platforms have cut"
            + " their catches, and the Collectif des Pecheurs de Saint-Louis has appealed to the"
            + " government.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Ministry of Mines and Minerals Development",
            "Department of Housing and Urban Development",
            "Collectif des Pecheurs de Saint-Louis");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .doesNotContain("Urban Development", "Pecheurs");
  }

  @Test
  void aBodyOfTheCountryAfterOfTheAndWhatItDoesListedWithCommasAreItsName() {
    String text =
        "The Chamber of Mines of the Philippines has lobbied for a tax exemption. The National"
            + " Society of Mining, Petroleum and Energy said illegal mining grew. Ferdinand Marcos"
            + " of the Philippines spoke.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains(
            "Chamber of Mines of the Philippines",
            "National Society of Mining, Petroleum and Energy");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON))
        .contains("Ferdinand Marcos");
  }

  @Test
  void whatSharesAreTradedInWhatIsOwnedAndAUnitNamedForItsCountryAreBodies() {
    String text =
        "Shares of Vale Indonesia and Merdeka Battery Materials fell. Swedish retailer H&M and"
            + " Inditex, owner of Zara, said they remained committed. James Finlay Kenya, which"
            + " sold its estates, said it would cut jobs.";
    assertThat(EntityNames.mentions(enricher, text, EntityType.ORGANIZATION))
        .contains("Merdeka Battery Materials", "Zara", "James Finlay Kenya");
    assertThat(EntityNames.mentions(enricher, text, EntityType.PERSON)).isEmpty();
    // a surname that is a country's name ends a person's
    assertThat(
            EntityNames.mentions(
                enricher, "Actor Michael B. Jordan spoke at the premiere.", EntityType.PERSON))
        .contains("Michael B. Jordan");
  }
}
