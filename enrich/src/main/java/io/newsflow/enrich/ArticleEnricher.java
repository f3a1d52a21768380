package io.newsflow.enrich;

import io.newsflow.avro.CategoryEvidence;
import io.newsflow.avro.DedupInfo;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.RawArticle;
import io.newsflow.avro.Span;
import io.newsflow.enrich.dedup.Fingerprinter;
import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.enrich.extract.Extractor;
import io.newsflow.enrich.ner.NerEvaluation;
import io.newsflow.enrich.ner.NerLexicon;
import io.newsflow.enrich.ner.NerTagger;
import io.newsflow.enrich.tag.CapsLines;
import io.newsflow.enrich.tag.Categorizer;
import io.newsflow.enrich.tag.CityTagger;
import io.newsflow.enrich.tag.CountryTagger;
import io.newsflow.enrich.tag.EntityRecognizer;
import io.newsflow.enrich.tag.KnowledgeBase;
import io.newsflow.enrich.tag.LanguageDetector;
import io.newsflow.enrich.tag.LocalLexicon;
import io.newsflow.enrich.tag.NameKeys;
import io.newsflow.enrich.tag.StateOfGeorgia;
import io.newsflow.enrich.tag.Towns;
import io.newsflow.enrich.tag.WatchlistTagger;
import io.newsflow.enrich.tag.WordSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Raw page in, enriched articles out (no Kafka): the per-record work of the extract step. */
public final class ArticleEnricher {
  public static final String EXACT_METHOD = "exact-sha256";

  /**
   * The most text one enriched article carries. Ingest accepts pages up to {@code ingest.max.bytes}
   * (10 MiB), and the stages' producers take records up to that plus 1 MiB: a page of 10 MB plain
   * text, with its entities and spans, would not fit (13.4 MB). A million characters (at most 3 MB
   * of UTF-8, with every entity span) fits with room to spare and is far beyond any news article;
   * longer text is cut at a paragraph boundary before tagging.
   */
  public static final int MAX_TEXT_CHARS = 1_000_000;

  private static final Logger LOG = LoggerFactory.getLogger(ArticleEnricher.class);

  private final Extractor extractor = new Extractor();
  private final CountryTagger countries = new CountryTagger();
  private final CityTagger cities = new CityTagger(countries::isCountryName);

  /**
   * Places league clubs are named after that the city list leaves out (Washington: a person's name
   * as often; Tampa Bay, Golden State, Trinbago (Trinidad and Tobago's short name): no city's):
   * before a club's nickname they are the club's place.
   */
  private static final Set<String> TEAM_PLACES =
      WordSet.of("Washington", "Tampa Bay", "Golden State", "Trinbago");

  private final KnowledgeBase kb = KnowledgeBase.shipped();
  private final NerTagger ner;
  private final Towns towns = Towns.shipped();
  private final NerLexicon names = NerLexicon.shipped();

  /**
   * Given names of the knowledge base's people that the open name lists lack (Masoud, Emmerson,
   * Irakli): the recogniser's rules ask for a given name to tell a person from more of a body's
   * name ("the Kurdistan Democratic Party of Masoud Barzani"). Not the model's list feature, which
   * the shipped model was trained with.
   */
  private static final Set<String> KB_GIVEN_NAMES = knowledgeBaseGivenNames();

  private final EntityRecognizer recognizer =
      new EntityRecognizer(countries::isCountryName, countries::isPlaceName, this::isGivenName);

  /** A given name of the open name lists or of the knowledge base's people. */
  private boolean isGivenName(String word) {
    return names.isGivenName(word) || KB_GIVEN_NAMES.contains(word);
  }

  private static Set<String> knowledgeBaseGivenNames() {
    Set<String> out = new HashSet<>();
    for (KnowledgeBase.Entry e : KnowledgeBase.shipped().entries()) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      int space = e.name().indexOf(' ');
      String first = space > 0 ? e.name().substring(0, space) : "";
      if (first.length() >= 3
          && Character.isUpperCase(first.charAt(0))
          && first.chars().allMatch(Character::isLetter)
          && !EntityRecognizer.isTitle(first.toLowerCase(Locale.ROOT))) {
        out.add(first);
      }
    }
    return Set.copyOf(out);
  }

  /**
   * Countries and known entities per language other than English, built on first use of each
   * language.
   */
  private final Map<String, LocalLexicon> local = new ConcurrentHashMap<>();

  private final TaggingMemo memo;

  public ArticleEnricher() {
    this(TaggingMemo.NONE);
  }

  /** With a memo of texts already tagged, which exact copies of a text read instead. */
  public ArticleEnricher(TaggingMemo memo) {
    this(memo, NerTagger.shipped());
  }

  /** With another NER model than the shipped one ({@code newsflow eval ner --model}). */
  public ArticleEnricher(TaggingMemo memo, NerTagger ner) {
    this.memo = memo;
    this.ner = ner;
  }

  public List<EnrichedArticle> enrich(RawArticle raw) {
    return enrich(raw, WatchlistTagger.EMPTY);
  }

  /** With the entities users watch: a watched name wins over what the recogniser would call it. */
  public List<EnrichedArticle> enrich(RawArticle raw, WatchlistTagger watchlist) {
    return enrich(raw, watchlist, (id, fingerprint) -> false);
  }

  /**
   * As {@link #enrich(RawArticle, WatchlistTagger)}, but a part that {@code unchanged} calls an
   * unchanged re-fetch (its id and {@link Fingerprinter#exact} hash) is left out before its
   * language, categories and entities are worked out: a page fetched again pays only for its
   * extraction.
   */
  public List<EnrichedArticle> enrich(
      RawArticle raw, WatchlistTagger watchlist, BiPredicate<String, String> unchanged) {
    List<ExtractedArticle> parts = extractor.extract(raw.getContentType(), raw.getBody());
    List<EnrichedArticle> out = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      ExtractedArticle part = parts.get(i);
      String text = bounded(part.text(), raw.getUrl());
      String id = parts.size() == 1 ? raw.getId() : raw.getId() + "-p" + i;
      String fingerprint = Fingerprinter.exact(text);
      if (unchanged.test(id, fingerprint)) {
        continue;
      }
      // spans are offsets in the text, so entities come from the text; a country named only in the
      // title still counts. An exact copy of a text tagged before reads what that tagging found.
      TaggingMemo.TextTags textTags = memo.get(text, fingerprint, watchlist.signature());
      if (textTags == null) {
        String language = LanguageDetector.detect(text);
        textTags = textTags(text, watchlist, language);
        memo.put(fingerprint, watchlist.signature(), textTags);
      }
      String language = textTags.language();
      List<CategoryEvidence> evidence = Categorizer.evidence(part.title(), text, language);
      Tagged tagged = withTitle(textTags, part.title());
      List<Entity> inText = tagged.entities();
      Set<String> countryCodes = new LinkedHashSet<>(tagged.countries());
      out.add(
          EnrichedArticle.newBuilder()
              .setId(id)
              .setParentId(raw.getId())
              .setPartIndex(i)
              .setPartCount(parts.size())
              .setUrl(raw.getUrl())
              .setSource(raw.getSource())
              .setTitle(part.title())
              .setText(text)
              .setLanguage(language)
              .setPublishedAt(raw.getPublishedAt())
              .setFetchedAt(raw.getFetchedAt())
              .setIngestedAt(raw.getIngest().getIngestedAt())
              .setEntities(inText)
              .setCountries(new ArrayList<>(countryCodes))
              .setCategories(evidence.stream().map(CategoryEvidence::getCategory).toList())
              .setCategoryCues(evidence)
              .setDedup(
                  DedupInfo.newBuilder()
                      .setFingerprint(fingerprint)
                      .setMethod(EXACT_METHOD)
                      .build())
              .setReplay(raw.getIngest().getReplay())
              .build());
    }
    return out;
  }

  /**
   * The text cut to {@link #MAX_TEXT_CHARS}, at the last paragraph break before it where there is
   * one.
   */
  static String bounded(String text, String url) {
    if (text.length() <= MAX_TEXT_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf("\n\n", MAX_TEXT_CHARS);
    if (cut < MAX_TEXT_CHARS / 2) {
      cut = MAX_TEXT_CHARS;
      if (Character.isHighSurrogate(text.charAt(cut - 1))) {
        cut--;
      }
    }
    LOG.warn(
        "Article text of {} cut from {} to {} characters (the most one enriched record carries)",
        url,
        text.length(),
        cut);
    return text.substring(0, cut);
  }

  /** The entities of a text and the countries it is about, most mentioned first. */
  public record Tagged(List<Entity> entities, List<String> countries) {}

  /**
   * Everything enrich tags in one article's text. For the same words, a watchlist entry beats the
   * knowledge base, which beats a cue-backed rule (title, head word), which beats the NER model,
   * which beats the city and country lists (a club named after its city is the club); a rule's weak
   * place cue yields to the model. Model names are linked to the lists where their words match;
   * demonyms feed the countries but are not place mentions. {@code newsflow eval ner} scores
   * exactly this.
   */
  public Tagged entities(String title, String text, WatchlistTagger watchlist) {
    return entities(title, text, watchlist, LanguageDetector.detect(text));
  }

  /**
   * As above, for a text in a known language: the NER model is trained on English and runs on
   * English (and undetermined) text only; in German every noun is capitalised and would read as a
   * name.
   */
  public Tagged entities(String title, String text, WatchlistTagger watchlist, String language) {
    return withTitle(textTags(text, watchlist, language), title);
  }

  /** The countries a headline names, after those of its text. */
  private Tagged withTitle(TaggingMemo.TextTags t, String title) {
    Set<String> codes = new LinkedHashSet<>(t.countries());
    // a headline's "Georgia" is the state where the text's is
    boolean state =
        t.entities().stream().anyMatch(e -> e.getId().equals(StateOfGeorgia.STATE_ID))
            && !t.countries().contains("GE");
    countries
        .tag(title == null ? "" : title)
        .forEach(
            e -> {
              if (!(state && e.getCountry().equals("GE") && e.getName().equals("Georgia"))) {
                codes.add(e.getCountry());
              }
            });
    LocalLexicon lexicon = lexicon(t.language());
    if (lexicon != null && title != null) {
      codes.addAll(lexicon.find(title).codes());
    }
    return new Tagged(t.entities(), new ArrayList<>(codes));
  }

  /** Countries and known entities in the text's language; none for English. */
  private LocalLexicon lexicon(String language) {
    boolean english = language == null || language.equals("en") || language.equals("und");
    return english
        ? null
        : local.computeIfAbsent(language, l -> new LocalLexicon(l, countries, kb, cities));
  }

  /** Everything tagged in a text, before its headline is read. */
  private TaggingMemo.TextTags textTags(String text, WatchlistTagger watchlist, String language) {
    boolean english = language == null || language.equals("en") || language.equals("und");
    LocalLexicon lexicon = lexicon(language);
    // the English name model reads English, and text that may be English for all its function
    // words say (short, name-heavy text such as results tables the language model may call
    // something else)
    boolean modelReads = english || LanguageDetector.mayBeEnglish(text);
    LocalLexicon.Found localFound =
        lexicon == null ? null : countriesNotGivenNames(text, lexicon.find(text));
    List<Entity> watched = watchlist.tag(text, language);
    Set<String> watchedIds = new HashSet<>();
    watched.forEach(w -> watchedIds.add(w.getId()));
    List<int[]> capsLines = CapsLines.of(text);
    List<Entity> named =
        eventPlacesApart(
            text, knownNames(text, capsLines, watched, watchedIds, localFound), watchedIds);
    // the context rules fire on a cue (a title, a head word, a place cue): where they and the
    // model both see a name, the cue-backed reading is kept; the model adds the names that have no
    // cue. They and the city list read English cues and Latin-script names: nothing to find in
    // other scripts
    boolean latin = modelReads || LocalLexicon.latinScript(language);
    // German capitalises every noun: a capitalised word there is no name by its case alone
    boolean nounsCapitalised = "de".equals(language);
    List<Entity> rules =
        latin ? ruleNames(text, capsLines, named, nounsCapitalised) : new ArrayList<>();
    // a place by a cue only a place takes ("the state of X", "X province") is a place, whatever
    // the model reads
    List<Entity> strongPlaces =
        rules.stream()
            .filter(e -> e.getType() == EntityType.LOCATION)
            .filter(
                e ->
                    e.getSpans().stream()
                        .anyMatch(
                            sp ->
                                EntityRecognizer.strongPlaceCue(text, sp.getStart(), sp.getEnd())))
            .toList();
    // the lists' places as found, before any name shadows them: a model name that cuts across one
    // is the model's mistake ("North [Korea's]"); one that holds it whole may be right (Leeds
    // United, Valeska Paris)
    CountryTagger.Found found = countriesFound(text, capsLines);
    List<Entity> foundCities =
        latin
            ? cities.tag(
                text, found.entities().stream().map(Entity::getCountry).toList(), nounsCapitalised)
            : List.of();
    if (!english && !foundCities.isEmpty()) {
      // "Para el ministro": a sentence's first word of the text's own language is no place, though
      // without its accent it spells one (Pará), as "Como" spells Como
      String lang = language;
      foundCities =
          keepMentions(
              foundCities,
              sp ->
                  !LanguageDetector.isFunctionWord(
                      lang, text.substring(sp.getStart(), sp.getEnd()).toLowerCase(Locale.ROOT)));
    }
    StateOfGeorgia georgia = StateOfGeorgia.read(text, language, found, foundCities);
    found = georgia.found();
    foundCities = georgia.cities();
    List<Entity> listed = new ArrayList<>(found.entities());
    listed.addAll(found.places());
    listed.addAll(foundCities);
    List<NerTagger.Mention> model = new ArrayList<>();
    List<NerTagger.Mention> found0 =
        modelReads ? modelMentions(text, capsLines, foundCities, named, rules) : List.of();
    // one word opening a sentence before "in <country>" is a place only where the model reads a
    // name too: "Voters in Kazakhstan", "Residents in Ukraine" take that cue as a town does
    rules.removeIf(
        e ->
            e.getType() == EntityType.LOCATION
                && e.getSpans().stream()
                    .allMatch(
                        sp ->
                            recognizer.countryCueAlone(text, sp.getStart(), sp.getEnd())
                                && found0.stream()
                                    .noneMatch(
                                        m -> m.start() < sp.getEnd() && sp.getStart() < m.end())));
    // a head the rules read alone inside a numbered unit is the unit's ("the 33rd Front")
    boolean numbered = false;
    for (NerTagger.Mention m : found0) {
      numbered |= m.type().equals("ORG") && Character.isDigit(text.charAt(m.start()));
    }
    boolean anyNumbered = numbered;
    rules.removeIf(
        e ->
            anyNumbered
                && e.getType() == EntityType.ORGANIZATION
                && e.getSpans().stream()
                    .allMatch(
                        sp ->
                            found0.stream()
                                .anyMatch(
                                    m ->
                                        m.type().equals("ORG")
                                            && Character.isDigit(text.charAt(m.start()))
                                            && m.start() < sp.getStart()
                                            && sp.getEnd() <= m.end())));
    // "in Borno State", "most of Rakhine State": the model's place, not a body by its head; a
    // listed region's state the rules read as a body is that place ("Kebbi State governor")
    rules.removeIf(
        e ->
            e.getType() == EntityType.ORGANIZATION
                && e.getSpans().stream()
                    .allMatch(
                        sp -> {
                          NerTagger.Mention at =
                              new NerTagger.Mention(sp.getStart(), sp.getEnd(), "LOC");
                          return stateOfAPlace(text, at)
                              || stateAfterPlacePreposition(text, at)
                                  && found0.stream()
                                      .anyMatch(
                                          m ->
                                              m.type().equals("LOC")
                                                  && m.start() == sp.getStart()
                                                  && m.end() == sp.getEnd());
                        }));
    rules.replaceAll(
        e ->
            e.getType() == EntityType.ORGANIZATION
                    && e.getSpans().stream()
                        .allMatch(
                            sp ->
                                stateOfARegion(
                                    text, new NerTagger.Mention(sp.getStart(), sp.getEnd(), "LOC")))
                ? Entity.newBuilder(e)
                    .setType(EntityType.LOCATION)
                    .setId("place:" + NameKeys.slug(e.getName()))
                    .build()
                : e);
    named = bodiesOfKnownOrgs(text, named, watchedIds, found0);
    named = knownInsideLongerNames(text, named, watchedIds, found0);
    // "the Coalition for Change and Zurab Japaridze": a person the model reads after the "and" is
    // no part of the body's name
    rules.replaceAll(
        e ->
            e.getType() == EntityType.ORGANIZATION
                ? beforePersonAfterAnd(text, e, found0, names::isGivenName, countries::isPlaceName)
                : e);
    // "Macky Sall", which the model reads, is no mention of Khalifa Sall, whose surname the rules
    // found there
    rules.replaceAll(
        e -> e.getType() == EntityType.PERSON ? surnamesOutsideOtherPeople(text, e, found0) : e);
    rules.removeIf(e -> e.getSpans().isEmpty());
    List<Entity> cued = rules.stream().filter(e -> e.getType() != EntityType.LOCATION).toList();
    // the lists are fixed while the model's mentions are checked against them: index them once
    MentionIndex namedIndex = new MentionIndex(named);
    MentionIndex cuedIndex = new MentionIndex(cued);
    MentionIndex listedIndex = new MentionIndex(listed);
    MentionIndex strongPlaceIndex = new MentionIndex(strongPlaces);
    ModelSplit split = modelSplit(text, found0, listedIndex, cuedIndex);
    List<NerTagger.Mention> found1 = split.mentions();
    // "the University and College Union", "director Laurence des Cars": a name the model reads
    // whole over a connector outranks the rules' name inside it, read by a head word or a title
    boolean over = false;
    for (NerTagger.Mention m : found1) {
      if (wholeOverConnector(text, m, cuedIndex, namedIndex)) {
        rules.replaceAll(
            e -> e.getType() != EntityType.LOCATION ? spansOutside(e, m.start(), m.end()) : e);
        over = true;
      }
    }
    if (over) {
      rules.removeIf(e -> e.getSpans().isEmpty());
      cued = rules.stream().filter(e -> e.getType() != EntityType.LOCATION).toList();
      cuedIndex = new MentionIndex(cued);
    }
    Set<String> modelSurnames = split.surnames();
    Set<String> personWords =
        withGivenNamesListed(text, modelSurnames, found, foundCities, found1, listedIndex);
    for (NerTagger.Mention m : found1) {
      if (modelKeeps(text, m, namedIndex, cuedIndex, strongPlaceIndex, listedIndex, personWords)) {
        model.add(m);
      }
    }
    retyped(text, model, named, cued, listedIndex, found.codes());
    shortNamesKnownAs(text, model, cued);
    // a place cue ("in X") is weaker than the model: a rule's place the model reads otherwise goes
    // (the model's characters marked once: a rule's place is looked up by its spans, not against
    // every model mention)
    BitSet modelChars = new BitSet(text.length());
    for (NerTagger.Mention m : model) {
      modelChars.set(m.start(), m.end());
    }
    rules.removeIf(
        e ->
            e.getType() == EntityType.LOCATION
                && anyMention(
                    List.of(e),
                    sp -> {
                      int set = modelChars.nextSetBit(sp.getStart());
                      return set >= 0 && set < sp.getEnd();
                    }));
    // "the Kanak and Socialist National Liberation Front": a body the rules read whole over "and"
    // is one name where the model read two, the second a body ending where it ends
    for (Entity e : rules) {
      if (e.getType() == EntityType.ORGANIZATION) {
        for (Span sp : e.getSpans()) {
          if (bodyOverAnd(text, sp, model)) {
            model.removeIf(m -> m.start() >= sp.getStart() && m.end() <= sp.getEnd());
          }
        }
      }
    }
    List<Entity> modelPeopleAndOrgs = modelEntities(text, model, List.of("PER", "ORG"));
    // a country or city word inside a known name, or a person or organisation the model or the
    // rules found, is part of that name: "Organization of American States" is not about the US,
    // Leeds United is not Leeds
    List<Entity> shadow = new ArrayList<>(named);
    shadow.addAll(modelPeopleAndOrgs);
    shadow.addAll(cued);
    // a sea, a gulf or a cape "of" a place holds that place's name and is no mention of it (Gulf of
    // Thailand, Bay of Bengal), nor is a river or a delta named after a country (Paraguay River,
    // Niger Delta), nor a mine or a field
    shadow.addAll(
        modelEntities(
            text,
            model.stream()
                .filter(
                    m ->
                        featureOfAPlaceWhole(text, m)
                            || hyphenatedPlace(text, m)
                            || m.type().equals("LOC")
                                // a site named with a country's name ("the Cobre Panama copper
                                // mine") holds it too
                                && (naturalPlace(text.substring(m.start(), m.end()))
                                    || MentionRules.siteAfter(text, m.end()))
                                // the lists' own name (Ivory Coast, Cape Coast) stays theirs
                                && !listedIndex.exactly(m.start(), m.end()))
                .toList(),
            List.of("LOC")));
    // a person's surname that is also a place ("Valeska Paris ... Paris said") is the person
    Set<String> surnames = new HashSet<>();
    shadow.stream()
        .filter(e -> e.getType() == EntityType.PERSON)
        .forEach(
            e -> {
              for (Span sp : e.getSpans()) {
                List<String> words = NameKeys.words(text.substring(sp.getStart(), sp.getEnd()));
                if (words.size() > 1) {
                  surnames.add(words.get(words.size() - 1));
                }
              }
            });
    // a country inside a longer place's name is no mention of it (New Mexico, New Jersey), nor is
    // a city inside a country's (Guinea-Bissau), nor is one that names an event (the U.S. Open,
    // the Hong Kong Open)
    List<Entity> countryEntities =
        keepMentions(
            notSurnames(
                outsideLonger(outside(found.entities(), shadow), foundCities), surnames, text),
            sp -> !MentionRules.beforeEvent(text, sp.getEnd()));
    List<Entity> inText = new ArrayList<>(named);
    countryEntities.stream().filter(c -> !watchedIds.contains(c.getId())).forEach(inText::add);
    List<Entity> cityEntities =
        new ArrayList<>(
            keepMentions(
                notSurnames(
                    outsideLonger(outside(foundCities, shadow), found.entities()), surnames, text),
                sp -> !MentionRules.beforeEvent(text, sp.getEnd())));
    // places named after a country they are not (Northern Ireland, North America, Kuwait City);
    // where the city list has the same name, its GeoNames entry is the one
    cityEntities.addAll(outside(outside(found.places(), shadow), foundCities));
    // model places the lists did not link keep a derived id
    List<NerTagger.Mention> places = new ArrayList<>();
    for (NerTagger.Mention m : model) {
      if (m.type().equals("LOC")
          && !covered(countryEntities, m.start(), m.end())
          && !covered(cityEntities, m.start(), m.end())) {
        places.add(m);
      }
    }
    List<Entity> modelPlaces = modelEntities(text, places, List.of("LOC"));
    citiesNamedAgain(modelPlaces, cityEntities);
    inText.addAll(cityEntities);
    inText.addAll(modelPeopleAndOrgs);
    // a place the model found that is a town gets its GeoNames id, when it is clear which town
    List<String> countriesNamed = found.codes();
    for (Entity p : modelPlaces) {
      towns
          .resolve(p.getName(), countriesNamed)
          .ifPresent(
              t -> {
                p.setId(t.id());
                p.setCountry(t.country());
              });
    }
    inText.addAll(modelPlaces);
    // a name the rules found by its cue that a list or the model already holds is theirs, and so
    // are the mentions the rules found of it where nothing else did ("Party chairman Gohar Ali
    // Khan", the model's "Gohar Ali Khan" later)
    Map<String, Entity> known = new HashMap<>();
    inText.forEach(n -> known.putIfAbsent(NameKeys.loose(n.getName()), n));
    List<Entity> taken = List.copyOf(inText);
    for (Entity e : rules) {
      Entity same = known.get(NameKeys.loose(e.getName()));
      if (same == null || same.getType() != e.getType()) {
        // a name read two ways ("retailer Proshop", the model's "Proshop's" a person) is settled
        // below by its mentions' votes
        if (taken.stream().noneMatch(n -> overlaps(n, e))) {
          inText.add(e);
        }
      } else {
        addFreeMentions(same, e, taken);
      }
    }
    acronymsDefined(text, inText, watchedIds, named);
    // countries named in the text first (most mentioned first, demonyms counted), then those of
    // the people, groups and places; a country word swallowed by a longer name does not count
    Set<String> codes = new LinkedHashSet<>();
    Set<String> named0 = new HashSet<>();
    found.entities().forEach(e -> named0.add(e.getCountry()));
    Set<String> kept = new HashSet<>();
    countryEntities.forEach(e -> kept.add(e.getCountry()));
    for (String cc : found.codes()) {
      if (!named0.contains(cc) || kept.contains(cc)) {
        codes.add(cc);
      }
    }
    if (localFound != null) {
      // countries by their names in the text's language; a name inside a known name is not one
      for (Entity c : outside(localFound.countries(), inText)) {
        if (!watchedIds.contains(c.getId()) && inText.stream().noneMatch(n -> overlaps(n, c))) {
          mergeById(inText, c);
        }
      }
      codes.addAll(localFound.codes());
      for (Entity c : localFound.places()) { // cities by their names in the text's language
        if (inText.stream().noneMatch(n -> overlaps(n, c))) {
          mergeById(inText, c);
        }
      }
    }
    // only names no list knows: the knowledge base's own entries keep the country it gives them
    modelPeopleAndOrgs.forEach(this::leadingCountry);
    rules.forEach(this::leadingCountry);
    inText.stream().filter(e -> e.getCountry() != null).forEach(e -> codes.add(e.getCountry()));
    Set<Entity> movable = Collections.newSetFromMap(new IdentityHashMap<>());
    movable.addAll(modelPeopleAndOrgs);
    movable.addAll(modelPlaces);
    movable.addAll(rules);
    List<Entity> settled =
        MentionRules.settled(
            text, inText, movable, this::surnameStandsAlone, this::shortForm, names::isGivenName);
    return new TaggingMemo.TextTags(
        text, language, amazonTheCompany(text, settled), new ArrayList<>(codes));
  }

  /**
   * The watchlist's entities, then the knowledge base's the watchlist leaves free, then the same
   * entries by their names in the text's language (merged by id).
   */
  private List<Entity> knownNames(
      String text,
      List<int[]> capsLines,
      List<Entity> watched,
      Set<String> watchedIds,
      LocalLexicon.Found localFound) {
    List<Entity> named = new ArrayList<>(watched);
    for (Entity k0 : acronymsInCapsApart(text, capsLines, kb.tag(text, names::isGivenName))) {
      Entity k = withNationalSection(text, notAnEvent(text, k0));
      if (k != null
          && !watchedIds.contains(k.getId())
          && watched.stream().noneMatch(w -> overlaps(w, k))) {
        named.add(k);
      }
    }
    if (localFound != null) {
      for (Entity k : outside(localFound.known(), named)) {
        if (!watchedIds.contains(k.getId()) && watched.stream().noneMatch(w -> overlaps(w, k))) {
          mergeById(named, k);
        }
      }
    }
    return named;
  }

  /**
   * A known international organisation's mentions with the country of its national section after
   * them: "Amnesty International Indonesia", "Transparency International Kenya" name the section.
   */
  private Entity withNationalSection(String text, Entity k) {
    if (k == null
        || k.getType() != EntityType.ORGANIZATION
        || !k.getName().endsWith(" International")) {
      return k;
    }
    List<Span> spans = new ArrayList<>(k.getSpans());
    boolean changed = false;
    for (int i = 0; i < spans.size(); i++) {
      Span sp = spans.get(i);
      int end = EntityRecognizer.countryAfter(text, sp.getEnd(), countries::isCountryName);
      if (end > sp.getEnd()) {
        spans.set(i, new Span(sp.getStart(), end));
        changed = true;
      }
    }
    return changed ? Entity.newBuilder(k).setSpans(spans).build() : k;
  }

  /**
   * A known organisation without its mentions that open an event's name ("the UEFA Cup", "NBA
   * Finals" is the league's, "FIFA World Cup" stays FIFA's: only the next word is read); null when
   * none is left.
   */
  private static Entity notAnEvent(String text, Entity k) {
    if (k.getType() != EntityType.ORGANIZATION
        || k.getSpans().stream().noneMatch(sp -> MentionRules.beforeEvent(text, sp.getEnd()))) {
      return k;
    }
    List<Span> spans = new ArrayList<>();
    for (Span sp : k.getSpans()) {
      if (!MentionRules.beforeEvent(text, sp.getEnd())) {
        spans.add(sp);
      }
    }
    return spans.isEmpty()
        ? null
        : Entity.newBuilder(k).setSpans(spans).setMentions(spans.size()).build();
  }

  /**
   * Whether the body's only mentions a known name touches are the acronym of its own name, which
   * the text uses for it ("the People's Action Party ... the PAP slate"), and those known names are
   * all acronyms: a listed body that bears the same letters (the Polish Press Agency's PAP) is
   * another body.
   */
  private static boolean acronymOfItsOwn(String text, Entity e, List<Entity> named) {
    String acr = NameKeys.initials(e.getName());
    if (acr.length() < 3 || e.getName().indexOf(' ') < 0) {
      return false;
    }
    boolean any = false;
    for (Span sp : e.getSpans()) {
      if (text.startsWith(" (" + acr, sp.getEnd())) {
        return false; // defined in brackets: acronymsDefined weighs the listed body
      }
      String s = text.substring(sp.getStart(), sp.getEnd());
      for (Entity n : named) {
        for (Span x : n.getSpans()) {
          if (x.getStart() < sp.getEnd() && sp.getStart() < x.getEnd()) {
            if (!s.equals(acr)
                || !text.substring(x.getStart(), x.getEnd()).equals(acr)
                || NameKeys.loose(n.getName()).equals(NameKeys.loose(e.getName()))) {
              return false;
            }
            any = true;
          }
        }
      }
    }
    return any;
  }

  /**
   * The context rules' names that no known name overlaps. An organisation they find by its head
   * that holds a listed place whole ("Tigray People's Liberation Front") takes that place's
   * mentions inside it from {@code named}.
   */
  private List<Entity> ruleNames(
      String text, List<int[]> capsLines, List<Entity> named, boolean nounsCapitalised) {
    List<Entity> rules = new ArrayList<>();
    List<Entity> acronymOwners = new ArrayList<>();
    for (Entity e0 : recognizer.recognise(text, capsLines, nounsCapitalised)) {
      Entity e = pluralParty(MentionRules.cleaned(text, e0));
      if (e != null && e.getType() == EntityType.LOCATION && demonymOfAPart(e.getName())) {
        continue; // "the West African state": what the state is, no place's name
      }
      if (e != null && named.stream().noneMatch(n -> overlaps(n, e))) {
        rules.add(e);
      } else if (e != null
          && e.getType() == EntityType.PERSON
          && endsInABodysAlias(text, e, named, names::isGivenName)) {
        // "Foreign Minister Therese Kayikwamba Wagner": a surname that is a known body's one-word
        // alias (the Wagner Group's) ends a person's name the rules read from a given name
        named.replaceAll(n -> overlaps(n, e) ? spansOutside(n, e) : n);
        named.removeIf(n -> n.getSpans().isEmpty());
        rules.add(e);
      } else if (e != null
          && e.getType() == EntityType.ORGANIZATION
          && (holdsPlacesWhole(e, named)
              || !nounsCapitalised && holdsFirmsWhole(e, named)
              || compassBeforeKnown(e, named))) {
        named.replaceAll(n -> overlaps(n, e) ? spansOutside(n, e) : n);
        named.removeIf(n -> n.getSpans().isEmpty());
        rules.add(e);
      } else if (e != null
          && e.getType() == EntityType.ORGANIZATION
          && acronymOfItsOwn(text, e, named)) {
        named.replaceAll(n -> overlaps(n, e) ? spansOutside(n, e) : n);
        named.removeIf(n -> n.getSpans().isEmpty());
        rules.add(e);
        acronymOwners.add(e);
      } else if (e != null
          && e.getType() == EntityType.PERSON
          && e.getName().indexOf(' ') > 0
          && e.getSpans().size() > 1) {
        // a person whose full name no known name touches keeps it, without the mentions a known
        // name takes ("Listyo Sigit Prabowo"; a lone "Prabowo" is the listed Prabowo Subianto)
        Entity rest = e;
        for (Entity n : named) {
          if (overlaps(n, rest)) {
            rest = spansOutside(rest, n);
          }
        }
        Entity kept = rest;
        if (kept.getSpans().stream()
            .anyMatch(sp -> text.substring(sp.getStart(), sp.getEnd()).equals(kept.getName()))) {
          rules.add(kept);
        }
      }
    }
    // the recogniser reads a listed acronym alone too: that reading is the owner's mention
    for (Entity o : acronymOwners) {
      rules.removeIf(r -> r != o && r.getSpans().stream().allMatch(o.getSpans()::contains));
    }
    return rules;
  }

  /** "The Social Democrats" the rules read as a person is a party in the plural. */
  private static Entity pluralParty(Entity e) {
    return e != null && e.getType() == EntityType.PERSON && e.getName().endsWith(" Democrats")
        ? Entity.newBuilder(e)
            .setType(EntityType.ORGANIZATION)
            .setId("org:" + NameKeys.slug(e.getName()))
            .build()
        : e;
  }

  /** The countries and country-named places of the text, less acronyms on capitals lines. */
  private CountryTagger.Found countriesFound(String text, List<int[]> capsLines) {
    CountryTagger.Found found = countries.find(text);
    if (capsLines.isEmpty()) {
      return found;
    }
    List<Entity> countriesKept = acronymsInCapsApart(text, capsLines, found.entities());
    Set<String> dropped = new HashSet<>();
    found.entities().forEach(e -> dropped.add(e.getCountry()));
    countriesKept.forEach(e -> dropped.remove(e.getCountry()));
    return new CountryTagger.Found(
        countriesKept,
        found.codes().stream().filter(cc -> !dropped.contains(cc)).toList(),
        acronymsInCapsApart(text, capsLines, found.places()));
  }

  /** Words after "Amazon" that make it the region, with or without "the" before it. */
  private static final WordSet AMAZON_NATURE =
      WordSet.of(
          "rainforest",
          "Rainforest",
          "rainforests",
          "rain",
          "basin",
          "Basin",
          "river",
          "River",
          "jungle",
          "forest",
          "forests",
          "region",
          "Region",
          "biome",
          "delta",
          "Delta");

  /** Words after "Amazon" that make it the company, even after "the" ("the Amazon website"). */
  private static final WordSet AMAZON_COMPANY =
      WordSet.of(
          "website",
          "site",
          "warehouse",
          "warehouses",
          "Prime",
          "Web",
          "seller",
          "sellers",
          "account",
          "founder",
          "shares",
          "stock",
          "employees",
          "workers",
          "delivery",
          "Alexa",
          "Kindle",
          "app",
          "store",
          "listing",
          "page",
          "reviews",
          "Echo",
          "Studios",
          "Music");

  /** Words between "the" and "Amazon" that leave it the region ("the Brazilian Amazon"). */
  private static final WordSet AMAZON_ADJECTIVES =
      WordSet.of(
          "Brazilian",
          "Peruvian",
          "Colombian",
          "Bolivian",
          "Ecuadorian",
          "Venezuelan",
          "central",
          "northern",
          "southern",
          "eastern",
          "western",
          "upper",
          "lower",
          "Central",
          "Northern",
          "Southern",
          "Eastern",
          "Western",
          "Upper",
          "Lower",
          "and",
          "whole",
          "entire",
          "vast");

  /**
   * "Amazon" of the places list (the region) is the region after "the" ("fires in the Amazon", "the
   * Brazilian Amazon") or before a word of nature ("Amazon rainforest"); bare, it is the company
   * ("Microsoft is pitted against Amazon", "bought it on Amazon"), which the knowledge base leaves
   * to the model as a common place's name: those mentions are no place.
   */
  static List<Entity> amazonTheCompany(String text, List<Entity> entities) {
    Entity place = null;
    Entity firm = null;
    for (Entity e : entities) {
      if (e.getName().equals("Amazon")) {
        if (e.getType() == EntityType.LOCATION) {
          place = e;
        } else if (e.getType() == EntityType.ORGANIZATION) {
          firm = e;
        }
      }
    }
    if (place == null) {
      return entities;
    }
    List<Span> region = new ArrayList<>();
    List<Span> company = new ArrayList<>(firm == null ? List.of() : firm.getSpans());
    for (Span sp : place.getSpans()) {
      (amazonTheRegion(text, sp.getStart(), sp.getEnd()) ? region : company).add(sp);
    }
    if (region.size() == place.getSpans().size()) {
      return entities;
    }
    company.sort(Comparator.comparingInt(Span::getStart));
    List<Entity> out = new ArrayList<>(entities);
    out.remove(place);
    if (!region.isEmpty()) {
      out.add(Entity.newBuilder(place).setSpans(region).setMentions(region.size()).build());
    }
    Entity org =
        firm != null
            ? Entity.newBuilder(firm).setSpans(company).setMentions(company.size()).build()
            : Entity.newBuilder()
                .setId("org:amazon")
                .setName("Amazon")
                .setType(EntityType.ORGANIZATION)
                .setMentions(company.size())
                .setSpans(company)
                .setCountry(null)
                .build();
    if (firm != null) {
      out.set(out.indexOf(firm), org);
    } else {
      out.add(org);
    }
    return out;
  }

  private static boolean amazonTheRegion(String text, int start, int end) {
    int after = end;
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    int afterEnd = MentionRules.letterWordEnd(text, after);
    if (afterEnd > after) {
      String next = text.substring(after, afterEnd);
      if (AMAZON_NATURE.contains(next)) {
        return true;
      }
      if (AMAZON_COMPANY.contains(next)) {
        return false;
      }
    }
    int at = start;
    for (int words = 0; words < 4; words++) {
      int wordEnd = at;
      while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
        wordEnd--;
      }
      int wordStart = wordEnd;
      while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordStart == wordEnd || wordEnd == at) {
        return false; // a sentence's start, a bracket, a comma: no "the" before
      }
      String word = text.substring(wordStart, wordEnd);
      if (word.equals("the") || word.equals("The")) {
        return true;
      }
      if (!AMAZON_ADJECTIVES.contains(word)) {
        return false;
      }
      at = wordStart;
    }
    return false;
  }

  /**
   * A country's name in the text's language that is a given name too, before a capitalised word, is
   * a person's given name ("Mauricio Macri", not Mauritius; "Dominika Rafalska", not Dominica).
   */
  private LocalLexicon.Found countriesNotGivenNames(String text, LocalLexicon.Found found) {
    List<Entity> countries =
        keepMentions(
            found.countries(),
            sp ->
                !(names.isGivenName(text.substring(sp.getStart(), sp.getEnd()))
                    && capitalisedWordAfter(text, sp.getEnd())));
    boolean same = countries.size() == found.countries().size();
    for (int i = 0; same && i < countries.size(); i++) {
      same = countries.get(i) == found.countries().get(i); // keepMentions keeps whole ones as is
    }
    if (same) {
      return found;
    }
    Set<String> kept = new HashSet<>();
    countries.forEach(c -> kept.add(c.getCountry()));
    Set<String> gone = new HashSet<>();
    found.countries().forEach(c -> gone.add(c.getCountry()));
    gone.removeAll(kept);
    return new LocalLexicon.Found(
        countries,
        found.codes().stream().filter(cc -> !gone.contains(cc)).toList(),
        found.known(),
        found.places());
  }

  /** Whether one space and a capitalised word of two letters or more follow {@code end}. */
  private static boolean capitalisedWordAfter(String text, int end) {
    return end + 2 < text.length()
        && text.charAt(end) == ' '
        && Character.isUpperCase(text.charAt(end + 1))
        && Character.isLowerCase(text.charAt(end + 2));
  }

  /**
   * Whether a "person" follows "owner of" or "owners of", or ends, after two words or more, in a
   * country's name that is no surname ({@link #COUNTRY_SURNAMES}).
   */
  private boolean ownedOrOfACountry(String text, NerTagger.Mention m) {
    if (m.start() >= 9
        && (text.startsWith("owner of ", m.start() - 9)
            || m.start() >= 10 && text.startsWith("owners of ", m.start() - 10))) {
      return true;
    }
    int last = text.lastIndexOf(' ', m.end() - 1) + 1;
    if (last <= m.start() || text.indexOf(' ', m.start()) == last - 1) {
      return false; // one word, or two: "Ruto Kenya" may be a misread pair
    }
    String word = text.substring(last, m.end());
    return countries.isCountryName(word)
        && !countries.isDemonym(word)
        && !COUNTRY_SURNAMES.contains(word);
  }

  /** Countries' names that are surnames too (Michael B. Jordan, John Ireland, Anatole France). */
  private static final Set<String> COUNTRY_SURNAMES =
      WordSet.of(
          "Jordan",
          "Israel",
          "Chad",
          "Georgia",
          "France",
          "Ireland",
          "Holland",
          "England",
          "Scotland",
          "Wales",
          "Jersey",
          "Cuba",
          "Brazil");

  /** Whether a strong place noun in lower case follows the mention after one space. */
  private static boolean placeNounAfter(String text, NerTagger.Mention m) {
    return m.end() + 2 < text.length()
        && text.charAt(m.end()) == ' '
        && Character.isLowerCase(text.charAt(m.end() + 1))
        && EntityRecognizer.strongPlaceAfterName(text, m.start(), m.end());
  }

  /** Whether a name is a listed city, country or other listed place. */
  private boolean isListedPlace(String name) {
    return cities.isListed(name) || countries.isPlaceName(name);
  }

  /** A listed place's name or a country's. */
  private boolean isListedPlaceOrCountry(String name) {
    return isListedPlace(name) || countries.isCountryName(name);
  }

  /** A listed place's name, a country's or a people's adjective. */
  private boolean isListedPlaceCountryOrDemonym(String name) {
    return isListedPlaceOrCountry(name) || countries.isDemonym(name);
  }

  /** The model's mentions with their edges mended, then the teams of results and matches. */
  private List<NerTagger.Mention> modelMentions(
      String text,
      List<int[]> capsLines,
      List<Entity> foundCities,
      List<Entity> named,
      List<Entity> rules) {
    List<NerTagger.Mention> shaped =
        MentionRules.shaped(
            text,
            MentionRules.officeOfBodyBeforeName(
                text,
                MentionRules.possessorsApart(
                    text,
                    MentionRules.leadersOfParties(
                        text,
                        MentionRules.officesOfBodies(
                            text,
                            MentionRules.dashesApart(
                                text,
                                MentionRules.saintsJoined(text, ner.tag(text)),
                                names::isGivenName)),
                        this::isGivenName,
                        countries::isPlaceName),
                    names::isGivenName,
                    this::isListedPlaceCountryOrDemonym),
                names::isGivenName));
    List<NerTagger.Mention> found =
        MentionRules.resultTeams(
            text,
            MentionRules.surnamesBeforeApostrophe(
                text, MentionRules.sonsNamed(text, shaped), this::isGivenName),
            countries::isCountryName);
    found = MentionRules.matchSides(text, found, countries::isPlaceName, cities::hasCity);
    List<NerTagger.Mention> cityMentions = new ArrayList<>();
    for (Entity c : foundCities) {
      c.getSpans()
          .forEach(
              sp -> cityMentions.add(new NerTagger.Mention(sp.getStart(), sp.getEnd(), "LOC")));
    }
    found = MentionRules.citySides(text, found, cityMentions, countries::isPlaceName);
    found = MentionRules.sidesOfResults(text, found, this::isListedPlaceOrCountry);
    found =
        MentionRules.nicknamedTeams(
            text,
            found,
            n -> cities.isListed(n) || countries.isPlaceName(n) || TEAM_PLACES.contains(n));
    found = MentionRules.positionTeams(text, found, cityMentions, countries::isPlaceName);
    found = MentionRules.scorecardSides(text, found, countries::isCountryName);
    found = MentionRules.prefixedClubs(text, found, cities::isListed);
    found = MentionRules.bodiesWithCity(text, found, cities::isListed);
    found = MentionRules.bodiesDePlace(text, found, this::isListedPlaceOrCountry);
    found = MentionRules.clubsOfCountries(text, found, cities::isListed, countries::isCountryName);
    found = MentionRules.nationalUnits(text, found, countries::isCountryName);
    found = MentionRules.nationalTeams(text, found, countries::isCountryName);
    found = MentionRules.teamsNamed(text, found);
    found = MentionRules.bodiesWithTheirPurpose(text, found, countries::isCountryName);
    found = MentionRules.playersBeforeCountries(text, found, countries::isCountryName);
    found = MentionRules.teamsThroughout(text, shaped, found, this::teamWithoutCity);
    found = MentionRules.bodiesOpeningWithAl(text, found);
    found = MentionRules.bodiesOfCountries(text, found, countries::isCountryName);
    // after the spreading: "the CPU team" of a game's settings page is one mention, not every CPU
    found = MentionRules.theTeams(text, found, countries::isCountryName, countries::isDemonym);
    found = MentionRules.scorers(text, found);
    found = MentionRules.leaderboardPlayers(text, found);
    // the companies first: a headline in capitals reads them as the body does
    found = MentionRules.companiesThroughout(text, MentionRules.companiesBack(text, found));
    found = MentionRules.ampersandNames(text, found, countries::isPlaceName);
    found = MentionRules.numberedUnits(text, found);
    found = MentionRules.demonymsInside(text, found, countries::isDemonym);
    found = MentionRules.placeFirstWordsOn(text, found);
    found = MentionRules.namesBeforeHeads(text, found);
    found = MentionRules.surnamesLeftOut(text, found, countries::isPlaceName, names::isGivenName);
    found = MentionRules.placesLeftOut(text, found, countries::isPlaceName, countries::isDemonym);
    found = MentionRules.capsLinesFromBody(text, capsLines, found, cityMentions);
    found = MentionRules.initialled(text, found, countries::isPlaceName);
    found = MentionRules.datelinePlaces(text, found);
    found = MentionRules.acronymsBeforeRoles(text, found, countries::isCountryName);
    found = MentionRules.unitsOfAcronyms(text, found);
    found = MentionRules.placesBeforeTheirServices(text, found, this::isListedPlace);
    found = MentionRules.acronymsAfterPossessor(text, found, countries::isPlaceName);
    found = MentionRules.holdingsOfPlaces(text, found, this::isListedPlace);
    found = MentionRules.nicknamedPeople(text, found, names::isGivenName);
    found =
        MentionRules.initialsBeforePeople(text, found, countries::isPlaceName, names::isPersonName);
    found =
        MentionRules.firmsBeforeRoles(
            text,
            found,
            n ->
                cities.isListed(n)
                    || countries.isPlaceName(n)
                    || countries.isDemonym(n)
                    || EntityRecognizer.isPeople(n.toLowerCase(Locale.ROOT)));
    found =
        MentionRules.peopleOfBodies(
            text,
            found,
            recognizer::isPersonBeforeOf,
            recognizer::isNameAfterTitle,
            // "Pramila Jayapal of Washington": the state, which the city list leaves out
            n -> isListedPlace(n) || TEAM_PLACES.contains(n));
    found = MentionRules.peopleAfterBodies(text, found, names::isGivenName);
    found = MentionRules.peopleAfterBodiesOverAnd(text, found);
    found =
        MentionRules.bodiesHeaded(
            text, found, n -> isGivenName(n) || names.isPersonName(n), this::isListedPlace);
    found = MentionRules.bodiesOfMembers(text, found, countries::isPlaceName);
    found =
        MentionRules.bodiesAfterPeopleOf(
            text, found, n -> isListedPlace(n) || TEAM_PLACES.contains(n));
    found = MentionRules.missionsIn(text, found, countries::isCountryName);
    found = MentionRules.placesByContext(text, found, names::isGivenName, names::isPersonName);
    found = MentionRules.placeListsFilled(text, found, names::isPersonName);
    found = MentionRules.placesBasedIn(text, found, names::isPersonName);
    found = MentionRules.washingtonActs(text, found);
    found =
        MentionRules.unlistedPlaceBeforePerson(
            text, found, n -> cities.isListed(n) || countries.isPlaceName(n) || cities.hasCity(n));
    found =
        MentionRules.peopleNamedAfterCities(text, found, names::isGivenName, this::isListedPlace);
    // the last of the place rules: "analysts at Merrill Lynch" is no place an "at" made
    found = MentionRules.employersAfterAt(text, found, this::isListedPlace);
    found = MentionRules.housesOfBusiness(text, found);
    found = MentionRules.nationalsNamed(text, found, countries::isDemonym);
    found = MentionRules.formerNames(text, found, this::isListedPlace);
    found = MentionRules.peopleByAge(text, found);
    found = MentionRules.peopleAfterPortfolios(text, found, names::isGivenName);
    found =
        MentionRules.peopleNamedLikeCountries(
            text, found, countries::isCountryName, names::isGivenName, this::isListedPlace);
    found = MentionRules.bodiesEndingInAcronyms(text, found, names::isGivenName);
    found =
        MentionRules.firmsByLastWord(text, found, countries::isCountryName, names::isPersonName);
    found =
        MentionRules.peopleOfCountries(
            text, found, countries::isCountryName, names::isGivenName, this::isListedPlace);
    found = MentionRules.hyphenatedSurnamesAlone(text, found);
    found =
        MentionRules.personsInPieces(
            text, found, names::isGivenName, this::isListedPlaceCountryOrDemonym);
    found = MentionRules.particleSurnames(text, found, names::isGivenName);
    found = MentionRules.sportsBodies(text, found, countries::isCountryName, this::isListedPlace);
    found = MentionRules.dateNamedPlaces(text, found);
    found = MentionRules.namesByApposition(text, found);
    found = MentionRules.tradeSuffixedFirms(text, found, countries::isCountryName);
    found = MentionRules.rightsBodies(text, found);
    found = MentionRules.acronymFirmsOn(text, found);
    found = MentionRules.possessiveOffices(text, found);
    found = MentionRules.unitsInFirmLists(text, found, this::isListedPlaceOrCountry);
    found = MentionRules.namesKnownAs(text, found);
    found =
        MentionRules.organisationsAfterAnd(
            text, found, countries::isDemonym, this::isListedPlace, names::isGivenName);
    found = MentionRules.firmsBeforeAndFirm(text, found, this::isListedPlaceOrCountry);
    // before the bodies beside bodies: "Air Rarotonga and Air New Zealand", Rarotonga the place
    found = MentionRules.airlinesOfPlaces(text, found);
    found = MentionRules.websitesNamed(text, found);
    found = MentionRules.employersBeforeStaff(text, found);
    found = MentionRules.placesAfterOpeningArticle(text, found, this::isListedPlaceOrCountry);
    found =
        MentionRules.peopleBesideBodies(
            text,
            found,
            () -> mentionsOf(List.of(named, rules), EntityType.ORGANIZATION, "ORG"),
            names::isPersonName,
            this::isListedPlaceCountryOrDemonym);
    found = MentionRules.activityBodiesOverAnd(text, found, this::isListedPlaceCountryOrDemonym);
    found = MentionRules.possessorsOfPeople(text, found, this::isListedPlaceCountryOrDemonym);
    // the bodies the watchlist and the knowledge base found: their spans, and the names there
    List<int[]> knownBodies = new ArrayList<>();
    for (Entity n : named) {
      if (n.getType() == EntityType.ORGANIZATION) {
        n.getSpans().forEach(sp -> knownBodies.add(new int[] {sp.getStart(), sp.getEnd()}));
      }
    }
    if (!knownBodies.isEmpty()) {
      Set<String> knownOrgs = new HashSet<>();
      knownBodies.forEach(b -> knownOrgs.add(text.substring(b[0], b[1])));
      found = MentionRules.knownOrgsApartOverAnd(text, found, knownOrgs::contains);
    }
    found = MentionRules.acronymsApartOverAnd(text, found);
    found = MentionRules.firmsApartOverAnd(text, found);
    found = MentionRules.bodiesThroughParticles(text, found);
    found =
        MentionRules.bodyListsFilled(
            text, found, knownBodies, names::isPersonName, this::isListedPlaceOrCountry);
    found = MentionRules.placesApartOverAnd(text, found, this::isListedPlace);
    found = MentionRules.sitesWhole(text, found);
    found = MentionRules.acronymsInApposition(text, found);
    found = MentionRules.syllableShortForms(text, found, names::isGivenName);
    found = MentionRules.banksWhole(text, found);
    found = MentionRules.bankShortForms(text, found, countries::isCountryName);
    found =
        MentionRules.bodiesByPronoun(
            text, found, names::isGivenName, this::isListedPlaceCountryOrDemonym);
    found = MentionRules.peopleByPronoun(text, found);
    found = MentionRules.peopleOfParties(text, found);
    found = MentionRules.peopleAfterRoles(text, found, names::isGivenName);
    found =
        MentionRules.bodiesByOfficeOrOwner(
            text, found, n -> isListedPlace(n) || countries.isCountryName(n), names::isPersonName);
    found = MentionRules.bodiesOtherNames(text, found);
    found =
        MentionRules.ownersOfUnits(text, found, names::isPersonName, this::isListedPlaceOrCountry);
    found =
        MentionRules.redCrossSocieties(
            text, found, n -> countries.isCountryName(n) || countries.isDemonym(n));
    found =
        MentionRules.bodiesAfterKinds(
            text, found, names::isPersonName, this::isListedPlaceCountryOrDemonym);
    found = MentionRules.vietnameseNames(text, found);
    found = MentionRules.glottalStopNames(text, found);
    found = MentionRules.cricketers(text, found, this::isListedPlaceOrCountry);
    found = MentionRules.countryUnits(text, found, countries::isCountryName);
    found = MentionRules.hyphenedBranches(text, found, countries::isCountryName);
    found = MentionRules.platformX(text, found);
    found = MentionRules.placesOfMayors(text, found);
    found = MentionRules.featuresUnread(text, found);
    found = MentionRules.firmsOfTwoActivities(text, found);
    found = MentionRules.acronymsBeforeParticiples(text, found, countries::isCountryName);
    found = MentionRules.acronymsAfterAgents(text, found, countries::isCountryName);
    found = MentionRules.operatorsNotPlaces(text, found, this::isListedPlaceOrCountry);
    found = MentionRules.firmsOfCountries(text, found, countries::isCountryName);
    found =
        MentionRules.firmsAfterCountries(
            text,
            found,
            countries::isCountryName,
            n -> isListedPlaceCountryOrDemonym(n) || names.isPersonName(n));
    found = MentionRules.bodiesListedAlike(text, found);
    found = MentionRules.bodiesInApposition(text, found);
    found = MentionRules.partiesOfCountries(text, found, countries::isCountryName);
    found = MentionRules.countriesFirst(text, found, countries::isCountryName);
    found = MentionRules.bodiesForCountries(text, found, countries::isCountryName);
    found = MentionRules.bodiesInCountriesWhole(text, found, countries::isCountryName);
    found = MentionRules.gasVentures(text, found);
    found = MentionRules.camelCaseFirms(text, found);
    found = MentionRules.groupsNamed(text, found);
    found = MentionRules.placesSuchAs(text, found);
    found = MentionRules.islandsUnread(text, found);
    found = MentionRules.pluralPossessorsOpening(text, found, this::isListedPlaceOrCountry);
    found =
        MentionRules.placesBeforeLocalOffices(text, found, names::isGivenName, this::isListedPlace);
    found = MentionRules.buildingsNamed(text, found);
    found = MentionRules.surnamesThatAreCountries(text, found, countries::isCountryName);
    found = MentionRules.acronymsBeforePartyNouns(text, found);
    found = MentionRules.firmsOfGoods(text, found, this::isGivenName);
    found = MentionRules.firmsBeforeShares(text, found, this::isListedPlaceCountryOrDemonym);
    found = MentionRules.bodiesAdjoined(text, found);
    return MentionRules.withoutHyphenedAdjectives(text, MentionRules.groupWordsApart(text, found));
  }

  /**
   * A place the model found under the name of a city the list found elsewhere in the text is that
   * city ("in Cambridge", which the list reads, and "Cambridge" alone later, which it leaves to the
   * model): its mentions join the city's in {@code cityEntities}, and it leaves {@code
   * modelPlaces}.
   */
  private static void citiesNamedAgain(List<Entity> modelPlaces, List<Entity> cityEntities) {
    if (cityEntities.isEmpty() || modelPlaces.isEmpty()) {
      return;
    }
    for (Iterator<Entity> it = modelPlaces.iterator(); it.hasNext(); ) {
      Entity p = it.next();
      String key = NameKeys.loose(p.getName());
      for (int at = 0; at < cityEntities.size(); at++) {
        Entity c = cityEntities.get(at);
        if (!NameKeys.loose(c.getName()).equals(key)) {
          continue;
        }
        List<Span> spans = new ArrayList<>(c.getSpans());
        spans.addAll(p.getSpans());
        spans.sort(Comparator.comparingInt(Span::getStart));
        cityEntities.set(
            at, Entity.newBuilder(c).setSpans(spans).setMentions(spans.size()).build());
        it.remove();
        break;
      }
    }
  }

  /** The spans of the lists' entities of one type, as mentions of the model's type name. */
  private static List<NerTagger.Mention> mentionsOf(
      List<List<Entity>> lists, EntityType type, String modelType) {
    List<NerTagger.Mention> out = new ArrayList<>();
    for (List<Entity> entities : lists) {
      for (Entity e : entities) {
        if (e.getType() == type) {
          e.getSpans()
              .forEach(sp -> out.add(new NerTagger.Mention(sp.getStart(), sp.getEnd(), modelType)));
        }
      }
    }
    return out;
  }

  /**
   * Whether one to three words before " and " at {@code and} (after {@code from}), the "and" and
   * what follows to {@code end} are a listed place ("Sao Tome and Principe").
   */
  private static boolean placeOverAnd(
      String text, int from, int and, int end, Predicate<String> isPlace) {
    int w = and;
    for (int words = 0; words < 3; words++) {
      int s0 = text.lastIndexOf(' ', w - 1) + 1;
      if (s0 <= from || !Character.isUpperCase(text.charAt(s0))) {
        return false;
      }
      if (isPlace.test(text.substring(s0, end))) {
        return true;
      }
      w = s0 - 1;
    }
    return false;
  }

  /**
   * The organisation without the " and " and the person the model found that end a mention of it of
   * more than one word before the "and", or the organisation as it is; not where the words over
   * "and" name a listed place ("the Movement for the Liberation of Sao Tome and Principe", its
   * "Principe" a person to the model).
   */
  private static Entity beforePersonAfterAnd(
      String text,
      Entity org,
      List<NerTagger.Mention> modelFound,
      Predicate<String> isGivenName,
      Predicate<String> isPlace) {
    List<Span> spans = null;
    for (int k = 0; k < org.getSpans().size(); k++) {
      Span sp = org.getSpans().get(k);
      int and = lastWithin(text, " and ", sp.getStart(), sp.getEnd());
      int cut = and + 5;
      if (and < 0) {
        // "the Kurdistan Democratic Party of Masoud Barzani": a party's leader after "of", whose
        // given name no list holds, read by the model as a person
        and = lastWithin(text, " of ", sp.getStart(), sp.getEnd());
        cut = and + 4;
        if (and > 0
            && !EntityRecognizer.isPoliticalHead(
                text.substring(text.lastIndexOf(' ', and - 1) + 1, and).toLowerCase(Locale.ROOT))) {
          continue;
        }
      }
      // a name an acronym after it spells ("Air and Marine Operations (AMO)") stays whole
      if (and <= sp.getStart()
          || text.indexOf(' ', sp.getStart()) >= and
          || text.startsWith(" (", sp.getEnd())) {
        continue;
      }
      for (NerTagger.Mention m : modelFound) {
        if (m.type().equals("PER")
            && m.start() == cut
            && m.end() == sp.getEnd()
            && !pluralOfNoOne(text, m, isGivenName)
            && !placeOverAnd(text, sp.getStart(), and, m.end(), isPlace)
            // "the Department of Housing and Urban Development": no one's name ends in what a
            // body does
            && !EntityRecognizer.isActivity(MentionRules.lastWordLower(text, m))) {
          if (spans == null) {
            spans = new ArrayList<>(org.getSpans());
          }
          spans.set(k, new Span(sp.getStart(), and));
        }
      }
    }
    if (spans == null) {
      return org;
    }
    Span first = spans.get(0);
    String name = text.substring(first.getStart(), first.getEnd());
    return Entity.newBuilder(org)
        .setName(name)
        .setId("org:" + NameKeys.slug(name))
        .setSpans(spans)
        .build();
  }

  /**
   * Whether a "person" of two words or more reads as a plural noun with no given name first: the
   * "Artisanal Miners" of "the National Confederation of Small-Scale and Artisanal Miners".
   */
  private static boolean pluralOfNoOne(
      String text, NerTagger.Mention m, Predicate<String> isGivenName) {
    int space = text.indexOf(' ', m.start());
    return space > 0
        && space < m.end()
        && text.charAt(m.end() - 1) == 's'
        && !isGivenName.test(text.substring(m.start(), space));
  }

  /** Where {@code word} last stands inside text[start, end), or -1 (nothing outside is read). */
  private static int lastWithin(String text, String word, int start, int end) {
    for (int i = end - word.length(); i >= start; i--) {
      if (text.startsWith(word, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Place nouns in the plural, after two places joined by "and". */
  private static final Set<String> PLURAL_PLACE_NOUNS =
      WordSet.of(
          "rivers",
          "states",
          "provinces",
          "regions",
          "districts",
          "islands",
          "lakes",
          "valleys",
          "basins",
          "counties",
          "cities",
          "towns",
          "villages",
          "camps",
          "mountains");

  /** The model's mentions, split and mended, and the surnames of the people among them. */
  private record ModelSplit(List<NerTagger.Mention> mentions, Set<String> surnames) {}

  /**
   * The model's mentions with the names it joined apart (places in a row, two people joined by
   * "and", a person of an organisation) and their edges mended against the listed places.
   */
  private ModelSplit modelSplit(
      String text,
      List<NerTagger.Mention> found0,
      MentionIndex listedIndex,
      MentionIndex cuedIndex) {
    List<NerTagger.Mention> found1 = new ArrayList<>(found0.size());
    Set<String> modelSurnames = new HashSet<>();
    for (NerTagger.Mention m00 : found0) {
      // "the Pra and Ankobra rivers", "Shan and Kachin states": names before a place noun in the
      // plural are places, whatever the model read
      NerTagger.Mention m0 =
          !m00.type().equals("LOC")
                      && MentionRules.within(text, " and ", m00) > m00.start()
                      && PLURAL_PLACE_NOUNS.contains(
                          text.substring(m00.end(), MentionRules.nextWordEnd(text, m00.end()))
                              .strip())
                  || twoCities(text, m00)
              ? new NerTagger.Mention(m00.start(), m00.end(), "LOC")
              : m00;
      if (m0.type().equals("LOC")) {
        List<NerTagger.Mention> places = placesApart(text, m0, listedIndex);
        if (places.size() > 1) {
          found1.addAll(places);
          continue;
        }
      }
      int andBody = m0.type().equals("ORG") ? MentionRules.within(text, " and ", m0) : -1;
      if (andBody > m0.start()
          && cuedIndex.exactly(andBody + 5, m0.end())
          && Character.isUpperCase(text.charAt(m0.start()))
          // not a head alone before "and", which shares the name ("the University and College
          // Union"), nor a cause ("the Freedom and Justice Party", "Peace and Development Party")
          && !(text.indexOf(' ', m0.start()) >= andBody
              && (EntityRecognizer.isOrgHead(
                      text.substring(m0.start(), andBody).toLowerCase(Locale.ROOT))
                  || EntityRecognizer.isCause(
                      text.substring(m0.start(), andBody).toLowerCase(Locale.ROOT))))) {
        // "a venture of Bollore and China Harbour Engineering Company": the rules read the second
        // body by its head, which the model's one name crosses; the first is a body of its own
        found1.add(new NerTagger.Mention(m0.start(), andBody, "ORG"));
        continue;
      }
      int in = m0.type().equals("ORG") ? bodyInPlace(text, m0) : -1;
      if (in > 0) {
        found1.add(new NerTagger.Mention(m0.start(), in, "ORG"));
        found1.add(new NerTagger.Mention(in + 4, m0.end(), "LOC"));
        continue;
      }
      int and = m0.type().equals("PER") ? MentionRules.within(text, " and ", m0) : -1;
      if (and > m0.start() && and + 6 < m0.end() && Character.isUpperCase(text.charAt(and + 5))) {
        // two people the model read as one ("Grant and Ambersley were pronounced dead"); a
        // people's adjective before the second is no part of the name ("and American Noah Lyles")
        found1.add(new NerTagger.Mention(m0.start(), and, "PER"));
        int second = and + 5;
        int space = text.indexOf(' ', second);
        if (space > second
            && space + 1 < m0.end()
            && countries.isDemonym(text.substring(second, space))) {
          second = space + 1;
        }
        found1.add(new NerTagger.Mention(second, m0.end(), "PER"));
        continue;
      }
      int person = personAfterQualifier(text, m0);
      if (person > 0) {
        // "Russian Igor Trandenkov": the nationality is no part of the name
        found1.add(new NerTagger.Mention(person, m0.end(), "PER"));
        continue;
      }
      int of = personOfSomething(text, m0, listedIndex);
      if (of > 0) {
        found1.add(new NerTagger.Mention(m0.start(), of, "PER"));
        int what = text.startsWith("the ", of + 4) ? of + 8 : of + 4;
        String rest = text.substring(what, m0.end());
        if (!listedIndex.startsAt(what)) {
          // a place the lists did not find there ("Peter Nicol of Scotland": the place lists
          // leave the UK's nations to context) is the model's place; anything else a person is
          // "of" is their organisation or team ("Damon Hill of Williams")
          boolean place = countries.isPlaceName(rest) || cities.hasCity(rest);
          found1.add(new NerTagger.Mention(what, m0.end(), place ? "LOC" : "ORG"));
        }
        modelSurnames.add(text.substring(text.lastIndexOf(' ', of - 1) + 1, of));
        continue;
      }
      NerTagger.Mention m = surnameAfterListedName(text, clubOfACity(text, m0));
      found1.add(m);
      int space = text.lastIndexOf(' ', m.end() - 1);
      if (m.type().equals("PER") && space > m.start()) {
        modelSurnames.add(text.substring(space + 1, m.end()));
      }
    }
    return new ModelSplit(found1, modelSurnames);
  }

  /**
   * Whether the model's name holds a connector outside every rule's name it overlaps, and holds
   * each of those whole: an organisation over " and " or " & " that ends in the rules' name read by
   * its head ("the University and College Union"), a person over a surname's particle that opens
   * with the rules' name read after a title ("director Laurence des Cars").
   */
  private static boolean wholeOverConnector(
      String text, NerTagger.Mention m, MentionIndex cuedIndex, MentionIndex namedIndex) {
    boolean org = m.type().equals("ORG");
    if (!org && !m.type().equals("PER")
        || !cuedIndex.covered(m.start(), m.end())
        || cuedIndex.crosses(m.start(), m.end())
        || namedIndex.covered(m.start(), m.end())) {
      return false;
    }
    for (String c : org ? CONNECTORS : PARTICLES) {
      for (int at = text.indexOf(c, m.start()); at > m.start() && at + c.length() < m.end(); ) {
        if (!cuedIndex.covered(at, at + c.length())
            && (org
                // "the Senate and Congress": two bodies named bare are two
                ? cuedIndex.exactly(at + c.length(), m.end())
                    && !(BARE_BODIES.contains(
                            text.substring(m.start(), at).toLowerCase(Locale.ROOT))
                        && cuedIndex.exactly(m.start(), at))
                : cuedIndex.exactly(m.start(), at))) {
          return true;
        }
        at = text.indexOf(c, at + 1);
      }
    }
    return false;
  }

  private static final List<String> CONNECTORS = List.of(" and ", " & ");

  /** Bodies news names bare ("the Senate", "the Knesset"; kb/recognizer.tsv org). */
  private static final Set<String> BARE_BODIES = EntityRecognizer.wordList("org");

  /** Particles inside people's names, lower case (Laurence des Cars, Ursula von der Leyen). */
  private static final List<String> PARTICLES =
      List.of(" des ", " de ", " du ", " da ", " dos ", " di ", " della ", " van ", " von ");

  /**
   * The model's surnames and the given names the lists read as regions of a country the article
   * does not name, where the model reads a person: "Coach Smith said Paul played well" names no
   * Cape Verdean region (Paúl), nor "Nelson said" New Zealand's. Where the article names the
   * region's country, or a city bears the name, the place stands, as a listed place the model calls
   * a person does.
   */
  private Set<String> withGivenNamesListed(
      String text,
      Set<String> modelSurnames,
      CountryTagger.Found found,
      List<Entity> foundCities,
      List<NerTagger.Mention> model,
      MentionIndex listedIndex) {
    Set<String> out = null;
    for (NerTagger.Mention m : model) {
      if (!m.type().equals("PER")
          || !listedIndex.exactly(m.start(), m.end())
          || listedIndex.holds(m.start(), m.end(), true)
          || text.startsWith("St. ", m.start() - 4) // St. Elizabeth, a Jamaican parish
          || text.regionMatches(true, m.start() - 4, "the ", 0, 4) // "look over the Arno"
          || text.indexOf(' ', m.start()) < m.end()) {
        continue;
      }
      String word = text.substring(m.start(), m.end());
      if (!isGivenName(word) || modelSurnames.contains(word)) {
        continue;
      }
      // a city of that name stays the city (Darwin, Palma: the model misreads them more often
      // than news names a person so)
      Predicate<Span> here = sp -> sp.getStart() == m.start() && sp.getEnd() == m.end();
      boolean keep = anyMention(found.places(), here);
      for (Entity e : foundCities) {
        if (!keep && anyMention(List.of(e), here)) {
          keep =
              !e.getId().startsWith("iso3166-2:")
                  || found.entities().stream().anyMatch(c -> c.getCountry().equals(e.getCountry()));
        }
      }
      if (!keep) {
        if (out == null) {
          out = new HashSet<>(modelSurnames);
        }
        out.add(word);
      }
    }
    return out == null ? modelSurnames : out;
  }

  /**
   * Whether a model mention stands: not inside a known, cued or listed name, no demonym, no office,
   * not a country read as an organisation (its government, its team: the country). A listed place
   * the model calls a person is the place ("Caracas said"), unless a person of the text bears it as
   * surname (Brian Lara ... Lara said); one it calls an organisation may be a club or a government,
   * and stays the model's.
   */
  private boolean modelKeeps(
      String text,
      NerTagger.Mention m,
      MentionIndex namedIndex,
      MentionIndex cuedIndex,
      MentionIndex strongPlaceIndex,
      MentionIndex listedIndex,
      Set<String> modelSurnames) {
    // a demonym ("Ukrainian") feeds the countries; it is not a place, a person or an organisation
    return !m.type().equals("MISC")
        && !namedIndex.covered(m.start(), m.end())
        && !cuedIndex.covered(m.start(), m.end())
        && !(!m.type().equals("LOC") && strongPlaceIndex.covered(m.start(), m.end()))
        && !listedIndex.crosses(m.start(), m.end())
        && !(m.type().equals("PER")
            && listedIndex.exactly(m.start(), m.end())
            && !modelSurnames.contains(text.substring(m.start(), m.end())))
        && !demonym(text.substring(m.start(), m.end()))
        && !demonym(text.substring(m.start(), MentionRules.nextWordEnd(text, m.end())))
        && !MentionRules.endsInOffice(text, m)
        && !MentionRules.portfolioBeforeOffice(text, m, countries::isCountryName)
        && !MentionRules.officeOf(text, m, countries::isCountryName)
        // a country the model calls an organisation (its government, its team) is the country
        && !(m.type().equals("ORG") && countries.isCountryName(text.substring(m.start(), m.end())))
        && !(m.type().equals("LOC") && MentionRules.beforeEvent(text, m.end()))
        && !listedPlacesJoined(text, m, listedIndex);
  }

  /**
   * The model's mentions whose type their context settles: towns read as people, camps, roads, seas
   * and lakes, a listed place after "in" read as an organisation; and towns coordinated with a
   * place the model found.
   */
  private void retyped(
      String text,
      List<NerTagger.Mention> model,
      List<Entity> named,
      List<Entity> cued,
      MentionIndex listedIndex,
      List<String> codes) {
    // a lone word the model calls a person that is a town and no name, and names no person of the
    // text, is the town ("the ports of Chabahar and Gwadar", "fled to Cucuta and Tibu")
    for (int i = 0; i < model.size(); i++) {
      NerTagger.Mention m = model.get(i);
      NerTagger.Mention wider;
      if (m.type().equals("PER")
          && (isTownNotPerson(text, m, model, named, cued, listedIndex, codes)
              || placeBeforeItsRegion(text, m, model, listedIndex))) {
        model.set(i, new NerTagger.Mention(m.start(), m.end(), "LOC"));
      } else if (!m.type().equals("LOC") && MentionRules.beforeCamp(text, m.end())) {
        // a name just before "camp" names the camp, a place (the Abu Shouk camp, Kakuma refugee
        // camp), however the model reads the name
        model.set(i, new NerTagger.Mention(m.start(), m.end(), "LOC"));
      } else if ((wider = featureOfAPlace(text, m)) != null) {
        // "Gulf of Thailand", "Bay of Bengal", "Strait of Hormuz": the model ends the sea at "of"
        // and the lists find the country; the feature's name is the whole
        model.set(i, wider);
      } else if ((wider = broadcasterOfACountry(text, m)) != null) {
        // "Radio New Zealand", "Television Malaysia": a broadcaster named for its country, which
        // the model reads as a person and a country
        model.set(i, wider);
      } else if (m.type().equals("PER") && placeByFirstWord(text, m)
          || m.type().equals("ORG")
              && (placeByHyphenedFirstWord(text, m) || streetByFirstWord(text, m))) {
        // "Avenue Habib Bourguiba", "Puerto Barrios", "Port Sudan": a street's or a place's first
        // word opens no person's name, nor with a hyphen a body's ("Port-Gentil"), nor another
        // language's word for a street ("Avenida Paulista")
        model.set(i, new NerTagger.Mention(m.start(), m.end(), "LOC"));
      } else if (m.type().equals("LOC")
          && patronymInside(text, m)
          && unlisted(text, m, listedIndex)
          && !cities.hasCity(text.substring(m.start(), m.end()))) {
        // "Jawhar Ben Mbarek", "Mohamed Ould Ghazouani": a name with a "son of" inside, which no
        // list holds as a place, is a person's
        model.set(i, new NerTagger.Mention(m.start(), m.end(), "PER"));
      } else if (m.type().equals("LOC")
          && unlisted(text, m, listedIndex)
          && wordOfAPerson(text, m, model, named, cued)) {
        // "Anwar Ibrahim ... at Anwar's official residence": a person's first word alone,
        // which no list holds as a place and no body of the text bears, is the person
        model.set(i, new NerTagger.Mention(m.start(), m.end(), "PER"));
      } else if (m.type().equals("ORG") && (stateOfAPlace(text, m) || stateOfARegion(text, m))) {
        // "in Borno State", "most of Rakhine State": a listed region's state is the place
        model.set(i, new NerTagger.Mention(m.start(), m.end(), "LOC"));
      } else if (m.type().equals("ORG") && cityAfterAPlaceAndAnd(text, m, model, listedIndex)) {
        // "results from San Pedro Sula and La Ceiba": a listed city after a place and "and" is
        // the city, as its pair is a place (not "Barcelona and Valencia drew", both clubs)
        model.set(i, new NerTagger.Mention(m.start(), m.end(), "LOC"));
      } else if (!m.type().equals("LOC") && departmentOfARegion(text, m)) {
        // "royalties for the Potosi department", "the Cauca department": a listed region or city
        // before "department" is one of the regions Bolivia, Colombia or France call so, no body
        model.set(i, new NerTagger.Mention(m.start(), m.end(), "LOC"));
      } else if (m.type().equals("PER") && appositiveOfABody(text, m, model, cued)) {
        // "the Brazilian Institute of Environment and Renewable Natural Resources, Ibama,
        // reported": one word between commas after a body's long name is its short name
        model.set(i, new NerTagger.Mention(m.start(), m.end(), "ORG"));
      } else if (m.type().equals("PER") && ownedOrOfACountry(text, m)) {
        // "Inditex, owner of Zara": what is owned is no person; "James Finlay Kenya sold its
        // estates": a firm's unit in a country, for no person's name ends in a country's
        model.set(i, new NerTagger.Mention(m.start(), m.end(), "ORG"));
      } else if (m.type().equals("PER") && firstWordOfABody(text, m, model, cued)) {
        // "Almalyk Mining and Metallurgical Complex ... Almalyk's general director": a body's
        // first word alone, which opens no person's name in the text, is the body's short name
        model.set(i, new NerTagger.Mention(m.start(), m.end(), "ORG"));
      } else if (m.type().equals("PER") && lastWordOfABody(text, m, model, named, cued)) {
        // "Mamelodi Sundowns ... Sundowns had led": a club's or a company's last word alone,
        // which ends no person's name in the text, is its short name
        model.set(i, new NerTagger.Mention(m.start(), m.end(), "ORG"));
      } else if (!m.type().equals("ORG") && knownAsBody(text, m, model, cued)) {
        // "the National Geology and Mining Service, known as Sernageomin": the body's short name
        model.set(i, new NerTagger.Mention(m.start(), m.end(), "ORG"));
      } else if (!m.type().equals("ORG") && acronymOfABody(text, m)) {
        // "the national disaster agency CONRED", "the Permanent Contingency Commission, known as
        // COPECO": an acronym that names a body
        model.set(i, new NerTagger.Mention(m.start(), m.end(), "ORG"));
      } else if (!m.type().equals("ORG")
          && (MentionRules.tradedName(text, m.start(), m.end())
                  // "Evan Fournier added 15 points": a player, who bears a given name; an index
                  // does not
                  && !(m.type().equals("PER")
                      && MentionRules.pointsAfter(text, m.end())
                      && isGivenName(MentionRules.firstWord(text.substring(m.start(), m.end()))))
              || MentionRules.beforeArmedGroupNoun(text, m.end())
                  && !adjectiveOfPeople(text.substring(m.start(), m.end())))
          && unlisted(text, m, listedIndex)) {
        // what shares are traded in is a company (shares in Daimler-Benz, Merrill Lynch rose 10
        // cents), a name before "guerrillas", "rebels", "militants" the group (Shining Path): not a
        // place or a person; a listed place there is the market, or where they are from
        model.set(i, new NerTagger.Mention(m.start(), m.end(), "ORG"));
      } else if (m.type().equals("LOC")) {
        // a town coordinated with a place the model found is a place too, when the model left it
        // out ("fled to Cucuta and Tibu")
        NerTagger.Mention next = coordinatedTown(text, m, model, codes);
        if (next != null) {
          model.add(i + 1, next);
        }
      } else if (m.type().equals("ORG") && buildingVisited(text, m)) {
        // "at the Baabda Palace", "from the EDSA Shrine": a building where people go is a place
        // ("the Palace said" speaks for its household; Crystal Palace is a club without "the")
        model.set(i, new NerTagger.Mention(m.start(), m.end(), "LOC"));
      } else if (!m.type().equals("LOC") && placeNounAfter(text, m)) {
        // "at the Uyuni salt flat", "the Panamericana Sur highway": a noun in lower case that only
        // a place takes after its name (a club's "City" is capitalised, part of its name)
        model.set(i, new NerTagger.Mention(m.start(), m.end(), "LOC"));
      } else if (m.type().equals("ORG") && isTownNotBody(text, m, model, codes)) {
        model.set(i, new NerTagger.Mention(m.start(), m.end(), "LOC"));
      } else if (m.type().equals("PER") && street(text.substring(m.start(), m.end()))) {
        // a road is no person, though its first word is a given name (Grace Road, Downing Street)
        model.set(i, new NerTagger.Mention(m.start(), m.end(), "LOC"));
      } else if (m.type().equals("ORG")
          && m.start() >= 3
          && text.startsWith("in ", m.start() - 3)
          && listedIndex.exactly(m.start(), m.end())) {
        // "the International Criminal Court in The Hague": a listed place after "in" is the place
        model.set(i, new NerTagger.Mention(m.start(), m.end(), "LOC"));
      } else if (m.type().equals("ORG")
          && naturalPlace(text.substring(m.start(), m.end()))
          && !cities.hasCity(text.substring(m.start(), m.end()))
          // "a terminal run by Abidjan Terminal": places run nothing
          && !MentionRules.operatorBefore(text, m.start())
          // a sea says nothing: "Hanwha Ocean said" is the shipbuilder (a province may, by its
          // government)
          && !(natureSaying(text, m.start(), m.end()))) {
        // a name that ends in a sea, a lake or a valley is a place, however the model reads it
        // (Indian Ocean, Irish Seas, Twin Lake); a city's is its club's too (Green Bay 31 Detroit
        // 3)
        model.set(i, new NerTagger.Mention(m.start(), m.end(), "LOC"));
      }
    }
  }

  /**
   * Adjectives of continents and regions ("West Indian all-rounder", "African Americans"): no
   * country's demonym, and no place either. "Caribbean" and "Baltic" are left out: they also name
   * the place itself.
   */
  private static final Set<String> REGIONAL_DEMONYMS =
      WordSet.of(
          "African",
          "Asian",
          "European",
          "Latin American",
          "South American",
          "North American",
          "Central American",
          "West Indian",
          "Scandinavian",
          "Nordic",
          "Balkan",
          "Middle Eastern",
          "Sub-Saharan",
          "Western",
          "Eastern",
          "Arab",
          "Hispanic");

  /** Whether no list holds the mention's words as a place (country, region, city or other). */
  private boolean unlisted(String text, NerTagger.Mention m, MentionIndex listedIndex) {
    String name = text.substring(m.start(), m.end());
    return !countries.isPlaceName(name)
        && !cities.hasCity(name)
        && !listedIndex.covered(m.start(), m.end());
  }

  /**
   * A people's name or adjective, listed or shaped like one (Hutu, Kurdish, Albanian, Sudanese).
   */
  private boolean adjectiveOfPeople(String name) {
    return demonym(name)
        || EntityRecognizer.isPeople(name.toLowerCase(Locale.ROOT))
        || name.indexOf(' ') < 0
            && (name.endsWith("ish")
                || name.endsWith("ian")
                || name.endsWith("ese")
                || name.endsWith("ean"));
  }

  /**
   * Where a person's name starts in a mention that opens with a nationality, or with the last word
   * of an office after "of", and then a listed given name ("Russian Igor Trandenkov", "Chancellor
   * of the Exchequer Kenneth Clarke"), or -1.
   */
  private int personAfterQualifier(String text, NerTagger.Mention m) {
    int space = text.indexOf(' ', m.start());
    if (space < 0 || space + 1 >= m.end() || !Character.isUpperCase(text.charAt(space + 1))) {
      return -1;
    }
    int given = text.indexOf(' ', space + 1);
    if (given < 0
        || given >= m.end()
        || !names.isGivenName(text.substring(space + 1, given))
        || !demonym(text.substring(m.start(), space)) && !officeEndBefore(text, m, space)) {
      return -1;
    }
    return space + 1;
  }

  /** Forms of address a person's name may open with, in fiction and in news. */
  private static final Set<String> ADDRESS_FORMS =
      WordSet.of(
          "Miss", "Lady", "Lord", "Sir", "Dame", "Mrs", "Mr", "Ms", "Madame", "Master", "Saint",
          "St", "Brother", "Sister", "Father", "Mother", "Uncle", "Aunt");

  /**
   * Whether a person the model read opens with the word that ends an office after "of" or "of the"
   * ("Chancellor of the Exchequer Kenneth Clarke"), not with a title of the person's own ("of Miss
   * Bridget Allworthy"). {@code space}: the end of that first word.
   */
  private static boolean officeEndBefore(String text, NerTagger.Mention m, int space) {
    int start = m.start();
    return m.type().equals("PER")
        && !EntityRecognizer.isTitle(text.substring(start, space).toLowerCase(Locale.ROOT))
        && !ADDRESS_FORMS.contains(text.substring(start, space))
        && (start >= 8 && text.startsWith(" of the ", start - 8)
            || start >= 4 && text.startsWith(" of ", start - 4));
  }

  /** A demonym, or one after a compass word ("West African", "North African"). */
  private boolean demonymOfAPart(String name) {
    int space = name.indexOf(' ');
    return demonym(name)
        || space > 0
            && COMPASS_WORDS.contains(name.substring(0, space).toLowerCase(Locale.ROOT))
            && demonym(name.substring(space + 1));
  }

  private static final Set<String> COMPASS_WORDS = EntityRecognizer.wordList("compass");

  /**
   * A demonym, also joined to another (African-American) or in capitals (ENGLISH): no place's name.
   */
  private boolean demonym(String name) {
    int dash = name.lastIndexOf('-');
    return countries.isDemonym(name)
        || REGIONAL_DEMONYMS.contains(name)
        || dash > 0 && countries.isDemonym(name.substring(dash + 1))
        || name.length() > 3
            && noAsciiLowerCase(name) // most names: no upper-cased copy made to compare
            && name.equals(name.toUpperCase(Locale.ROOT))
            && countries.isDemonym(name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT));
  }

  private static boolean noAsciiLowerCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return false;
      }
    }
    return true;
  }

  /**
   * The short form a body's later mentions may take: without its city ({@link #withoutCity}) or, in
   * two words, without a firm's last word ("Kolin Madencilik ... Kolin will invest", "Tata Motors
   * ... Tata").
   */
  private String shortForm(String name) {
    return withoutLastWord(name, w -> cities.hasCity(w) || MentionRules.isFirmLastWord(w));
  }

  /**
   * The short form of an organisation named with its city ("Ajax Amsterdam", "PSV Eindhoven",
   * "Vitesse Arnhem"): the rest, which the report then uses alone; null for other names.
   */
  private String withoutCity(String name) {
    return withoutLastWord(name, cities::hasCity);
  }

  /**
   * A team's name without its city: as {@link #withoutCity}, and for a team of three words or more
   * the words before a listed city of one or two words ("Ak Bars Kazan ... Ak Bars captain", "SKA
   * St Petersburg ... SKA"), a side of a result being a club, not a longer body.
   */
  private String teamWithoutCity(String name) {
    String rest = withoutCity(name);
    int last = name.lastIndexOf(' ');
    if (rest != null || last <= 0 || name.indexOf(' ') == last) {
      return rest; // two words: withoutCity's reading
    }
    // the longer city first: "St Petersburg", not "Petersburg"
    for (int cut : new int[] {name.lastIndexOf(' ', last - 1), last}) {
      if (cut <= 0 || !cities.hasCity(name.substring(cut + 1))) {
        continue;
      }
      String r = name.substring(0, cut);
      if (standsAlone(r)) {
        return r;
      }
    }
    return null;
  }

  /**
   * A name of two words without its last, where {@code lastWord} takes that word and the first
   * could stand alone as a body's name (capitalised; no place, given name or head); else null.
   */
  private String withoutLastWord(String name, Predicate<String> lastWord) {
    int last = name.lastIndexOf(' ');
    if (last <= 0 || name.indexOf(' ') != last) {
      return null; // two words: a longer name's last word is rarely its city
    }
    String rest = name.substring(0, last);
    return lastWord.test(name.substring(last + 1)) && standsAlone(rest) ? rest : null;
  }

  /**
   * Whether what is left of a name without its last words could stand alone as a body's name:
   * capitalised; no place, city or given name; no head as its first word.
   */
  private boolean standsAlone(String rest) {
    int space = rest.indexOf(' ');
    String first = space < 0 ? rest : rest.substring(0, space);
    return Character.isUpperCase(rest.charAt(0))
        && !countries.isPlaceName(rest)
        && !cities.hasCity(rest)
        && !names.isGivenName(rest)
        && !EntityRecognizer.isOrgHead(first.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a person's full name lets its last word name that person alone: not when it opens with
   * a title or an organisation's head, or ends in a country ("State Department Iraq" misread as a
   * person).
   */
  private boolean surnameStandsAlone(String fullName) {
    int first = fullName.indexOf(' ');
    int last = fullName.lastIndexOf(' ');
    if (first < 0) {
      return false;
    }
    String opening = fullName.substring(0, first).toLowerCase(Locale.ROOT);
    return !countries.isCountryName(fullName.substring(last + 1))
        && !EntityRecognizer.isOrgHead(opening)
        && !EntityRecognizer.isTitle(opening);
  }

  /**
   * The names of a text as {@code newsflow eval ner} scores them: every entity mention with its
   * type as PER, ORG or LOC (countries and other places are LOC).
   */
  public List<NerEvaluation.Span> mentions(String text) {
    List<NerEvaluation.Span> out = new ArrayList<>();
    for (Entity e : entities(null, text, WatchlistTagger.EMPTY).entities()) {
      String type =
          switch (e.getType()) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case COUNTRY, LOCATION -> "LOC";
            default -> "MISC";
          };
      for (Span s : e.getSpans()) {
        out.add(new NerEvaluation.Span(s.getStart(), s.getEnd(), type));
      }
    }
    return out;
  }

  /**
   * An organisation no list places whose name opens with a country is that country's (US Central
   * Command, Pakistan Army): the country word is part of the name, yet the report is about the
   * country.
   */
  private void leadingCountry(Entity e) {
    if (e.getType() != EntityType.ORGANIZATION
        || e.getCountry() != null
        || NEWS_AGENCY.matcher(e.getName()).find()) {
      return; // a news agency brings no country: a Kuwait News Agency byline is not about Kuwait
    }
    countries.find(e.getName()).entities().stream()
        .filter(c -> c.getSpans().stream().anyMatch(sp -> sp.getStart() == 0))
        .findFirst()
        .ifPresent(c -> e.setCountry(c.getCountry()));
  }

  /**
   * The whole geographic feature when the mention is that feature's word alone (Gulf, Bay, Strait,
   * Sea, Isle, Cape, Lake, Mount: `place-of` in kb/recognizer.tsv) and "of" and a capitalised name
   * follow it; else null.
   */
  static NerTagger.Mention featureOfAPlace(String text, NerTagger.Mention m) {
    if (!m.type().equals("LOC") && !m.type().equals("PER")
        || text.indexOf(' ', m.start()) >= 0 && text.indexOf(' ', m.start()) < m.end()
        || !placeOfWordAt(text, m.start(), m.end())) {
      return null;
    }
    int end = MentionRules.capitalisedWordsEnd(text, m.end() + 4, m.end());
    return end > m.end() ? new NerTagger.Mention(m.start(), end, "LOC") : null;
  }

  /** Whether [start, end) is a `place-of` word and " of " follows it. */
  private static boolean placeOfWordAt(String text, int start, int end) {
    return text.startsWith(" of ", end)
        && EntityRecognizer.isPlaceOfWord(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /**
   * Gives each body of two words or more the acronym defined in brackets right after its name, when
   * the acronym opens with the name's first letter and no other name holds it ("the Government of
   * National Unity (GNU)", "the Party of Action and Solidarity (PAS)"): the model reads many such
   * acronyms, but not those that are words too. Where a listed body holds the acronym, a body the
   * lists did not name is that body's mention.
   */
  private static void acronymsDefined(
      String text, List<Entity> entities, Set<String> watchedIds, List<Entity> named) {
    MentionIndex all = new MentionIndex(entities);
    Set<String> knownIds = new HashSet<>(watchedIds);
    named.forEach(n -> knownIds.add(n.getId()));
    for (int k = 0; k < entities.size(); k++) {
      Entity e = entities.get(k);
      if (e.getType() != EntityType.ORGANIZATION) {
        continue;
      }
      List<Span> added = null;
      for (Span sp : e.getSpans()) {
        int space = text.indexOf(' ', sp.getStart());
        if (!text.startsWith(" (", sp.getEnd()) || space < 0 || space >= sp.getEnd()) {
          continue; // a name of two words or more, then one space and the bracket
        }
        String acr = EntityRecognizer.acronymAfter(text, sp.getEnd(), 14);
        boolean camel = false;
        if (acr == null) {
          acr = camelShortName(text, sp.getStart(), sp.getEnd());
          camel = true;
          if (acr == null) {
            continue;
          }
        }
        int open = text.indexOf(acr, sp.getEnd() + 2);
        int close = open + acr.length();
        boolean initial =
            camel
                || acr.charAt(0) == text.charAt(sp.getStart())
                || EntityRecognizer.initialsReordered(
                    acr, text.substring(sp.getStart(), sp.getEnd()));
        // an acronym of three letters or more in another language's order names the body too:
        // "the Tunisian General Labour Union (UGTT)", "the Development Bank of Latin America (CAF)"
        boolean foreign = acr.length() >= 3 && !knownIds.contains(e.getId());
        if ((initial || foreign) && !all.covered(open, close)) {
          if (added == null) {
            added = new ArrayList<>(e.getSpans());
          }
          added.add(new Span(open, close));
          acronymAfterwards(text, acr, close, all, added);
        } else if (!knownIds.contains(e.getId())
            && intoKnownBody(entities, k, open, close, knownIds, initial)) {
          // "the National Liberation Army (ELN)", ELN a listed body: the name is that body's
          // mention, not a second body
          entities.remove(k--);
          added = null;
          break;
        }
      }
      if (added != null) {
        added.sort(Comparator.comparingInt(Span::getStart));
        entities.set(k, Entity.newBuilder(e).setSpans(added).setMentions(added.size()).build());
      }
    }
  }

  /**
   * A body's short name in brackets written in camel case, its capitals the initials of the name's
   * words in order: "the Kenya Electricity Generating Company (KenGen)"; else null.
   */
  private static final Pattern CAMEL_SHORT_NAME =
      Pattern.compile(" \\(([A-Z][a-z]{1,6}(?:[A-Z][a-z]{1,6}){1,2})\\)");

  private static String camelShortName(String text, int start, int end) {
    if (!text.startsWith(" (", end)) {
      return null;
    }
    Matcher m = CAMEL_SHORT_NAME.matcher(text).region(end, Math.min(text.length(), end + 24));
    if (!m.lookingAt()) {
      return null;
    }
    String name = m.group(1);
    if (name.charAt(0) != text.charAt(start)) {
      return null;
    }
    int word = start;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isUpperCase(c)) {
        continue;
      }
      while (word < end && text.charAt(word) != c) {
        int space = text.indexOf(' ', word);
        word = space < 0 || space >= end ? end : space + 1;
      }
      if (word >= end) {
        return null;
      }
      int space = text.indexOf(' ', word);
      word = space < 0 || space >= end ? end : space + 1;
    }
    return name;
  }

  /**
   * The acronym a text defined for a body, standing alone after its definition where no other name
   * holds it, is that body ("the Chicago Mercantile Exchange (CME) ... Die CME überholte Bybit"):
   * the lists hold a body's name, not every acronym a text gives it.
   */
  private static void acronymAfterwards(
      String text, String acr, int from, MentionIndex all, List<Span> spans) {
    for (int at = text.indexOf(acr, from); at >= 0; at = text.indexOf(acr, at + 1)) {
      int end = at + acr.length();
      if (Character.isLetterOrDigit(text.charAt(at - 1))
          || end < text.length() && Character.isLetterOrDigit(text.charAt(end))
          || all.covered(at, end)
          || spans.contains(new Span(at, end))) {
        continue;
      }
      spans.add(new Span(at, end));
    }
  }

  /**
   * Moves the mentions of entity {@code k} into the listed organisation that holds the mention
   * [open, close), if one does and the acronym opens with the name's letter or the listed body
   * bears the name (less a bracketed note: "National Liberation Army (Colombia)" and its ELN);
   * whether it did.
   */
  private static boolean intoKnownBody(
      List<Entity> entities, int k, int open, int close, Set<String> knownIds, boolean initial) {
    String name = NameKeys.loose(entities.get(k).getName());
    for (int j = 0; j < entities.size(); j++) {
      Entity body = entities.get(j);
      if (j == k
          || body.getType() != EntityType.ORGANIZATION
          || !knownIds.contains(body.getId())
          || body.getSpans().stream().noneMatch(s -> s.getStart() == open && s.getEnd() == close)
          || !initial
              && !NameKeys.loose(body.getName().replaceAll(" \\(.*\\)$", "")).equals(name)) {
        continue;
      }
      List<Span> spans = new ArrayList<>(body.getSpans());
      spans.addAll(entities.get(k).getSpans());
      spans.sort(Comparator.comparingInt(Span::getStart));
      entities.set(j, Entity.newBuilder(body).setSpans(spans).setMentions(spans.size()).build());
      return true;
    }
    return false;
  }

  /** Whether a place mention is a geographic feature "of" a place, whole (Gulf of Thailand). */
  private static boolean featureOfAPlaceWhole(String text, NerTagger.Mention m) {
    int space = text.indexOf(' ', m.start());
    return m.type().equals("LOC")
        && space > m.start()
        && space + 4 < m.end()
        && placeOfWordAt(text, m.start(), space);
  }

  /**
   * The whole broadcaster when the mention is "Radio", "Television" or "TV" alone and a country's
   * name follows it; else null.
   */
  NerTagger.Mention broadcasterOfACountry(String text, NerTagger.Mention m) {
    String word = text.substring(m.start(), m.end());
    if (!(word.equals("Radio") || word.equals("Television") || word.equals("TV"))
        || m.end() + 1 >= text.length()
        || text.charAt(m.end()) != ' ') {
      return null;
    }
    int end = MentionRules.capitalisedWordsEnd(text, m.end() + 1, m.end());
    // the longest run of up to three words after it that is a country's name
    for (int e = end; e > m.end() + 1; e = text.lastIndexOf(' ', e - 1)) {
      if (countries.isCountryName(text.substring(m.end() + 1, e))) {
        return new NerTagger.Mention(m.start(), e, "ORG");
      }
    }
    return null;
  }

  /** Whether a model name of two words or more opens with a street's or a place's first word. */
  static boolean placeByFirstWord(String text, NerTagger.Mention m) {
    int space = text.indexOf(' ', m.start());
    return space > m.start()
        && space < m.end()
        && EntityRecognizer.isPlaceFirstWord(
            text.substring(m.start(), space).toLowerCase(Locale.ROOT));
  }

  /** Other languages' words for a street or a stadium, which open no body's name before no head. */
  private static final Set<String> STREET_WORDS = EntityRecognizer.wordList("street-word");

  /**
   * Whether a name of two words or more opens with {@link #STREET_WORDS} and ends in no head
   * ("Avenida Paulista"; not "Rua Capital Holdings").
   */
  static boolean streetByFirstWord(String text, NerTagger.Mention m) {
    int space = text.indexOf(' ', m.start());
    int last = text.lastIndexOf(' ', m.end() - 1);
    return space > m.start()
        && space < m.end()
        && STREET_WORDS.contains(text.substring(m.start(), space).toLowerCase(Locale.ROOT))
        && !EntityRecognizer.isOrgHead(text.substring(last + 1, m.end()).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a one-word name opens with a place's first word and a hyphen: "Port-Gentil",
   * "Port-au-Prince" (which the model may read as a body).
   */
  static boolean placeByHyphenedFirstWord(String text, NerTagger.Mention m) {
    int dash = text.indexOf('-', m.start());
    int space = text.indexOf(' ', m.start());
    return dash > m.start()
        && dash + 1 < m.end()
        && (space < 0 || space >= m.end())
        && Character.isLetter(text.charAt(dash + 1))
        && EntityRecognizer.isPlaceFirstWord(
            text.substring(m.start(), dash).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a name ends in "State" after "in", "of", "across", "from" or "into" (a state of
   * Nigeria, Myanmar, India or Sudan; "Ohio State beat Michigan" is the university's team).
   */
  private static boolean stateAfterPlacePreposition(String text, NerTagger.Mention m) {
    if (m.end() - m.start() < 8 || !text.startsWith(" State", m.end() - 6)) {
      return false;
    }
    for (String p : List.of("in ", "of ", "across ", "from ", "into ")) {
      if (m.start() > p.length()
          && text.startsWith(p, m.start() - p.length())
          && !Character.isLetter(text.charAt(m.start() - p.length() - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name is a listed place and "State" after a place's preposition. */
  private boolean stateOfAPlace(String text, NerTagger.Mention m) {
    if (!stateAfterPlacePreposition(text, m)) {
      return false;
    }
    String place = text.substring(m.start(), m.end() - 6);
    return countries.isPlaceName(place) || cities.isListed(place);
  }

  /**
   * Whether a name is a listed region or city (no country: "Niger State" would yield to Niger) and
   * "State" after a town and a comma ("in Maga, Kebbi State") or before a title ("Kebbi State
   * governor"): a state of a federation, no body (unlike "Ohio State beat Michigan").
   */
  private boolean stateOfARegion(String text, NerTagger.Mention m) {
    if (m.end() - m.start() < 8 || !text.startsWith(" State", m.end() - 6)) {
      return false;
    }
    String place = text.substring(m.start(), m.end() - 6);
    boolean apposition = m.start() >= 2 && text.startsWith(", ", m.start() - 2);
    int next = MentionRules.nextWordEnd(text, m.end());
    boolean titleAfter =
        next > m.end()
            && EntityRecognizer.isTitle(text.substring(m.end() + 1, next).toLowerCase(Locale.ROOT));
    return (apposition || titleAfter)
        && !countries.isCountryName(place)
        && (countries.isPlaceName(place) || cities.isListed(place));
  }

  /**
   * Whether a name the city list holds, no country, follows " and " and a place: one the lists
   * found, or the model's.
   */
  private boolean cityAfterAPlaceAndAnd(
      String text, NerTagger.Mention m, List<NerTagger.Mention> model, MentionIndex listedIndex) {
    if (m.start() < 6 || !text.startsWith(" and ", m.start() - 5)) {
      return false;
    }
    String name = text.substring(m.start(), m.end());
    if (!cities.hasCity(name) || countries.isCountryName(name)) {
      return false;
    }
    int pairEnd = m.start() - 5;
    if (listedIndex.endsAt(pairEnd)) {
      return true;
    }
    for (NerTagger.Mention o : model) {
      if (o.end() == pairEnd) {
        return o.type().equals("LOC");
      }
    }
    return false;
  }

  /**
   * Whether a name the lists hold as a region or a city, no country, stands before " department"
   * (not "the Interior department": no place's name).
   */
  private boolean departmentOfARegion(String text, NerTagger.Mention m) {
    if (!text.startsWith(" department", m.end())
        || m.end() + 11 < text.length() && Character.isLetter(text.charAt(m.end() + 11))) {
      return false;
    }
    String place = text.substring(m.start(), m.end());
    return !countries.isCountryName(place) && cities.isListed(place);
  }

  private static final List<String> PATRONYMS = List.of(" Ben ", " Bin ", " Ibn ", " Ould ");

  /** Whether a name of three words or more has "Ben", "Bin", "Ibn" or "Ould" inside. */
  private static boolean patronymInside(String text, NerTagger.Mention m) {
    int first = text.indexOf(' ', m.start());
    int last = text.lastIndexOf(' ', m.end() - 1);
    if (first < 0 || last <= first) {
      return false;
    }
    // the spaces inside the name, each asked whether a patronym's word follows (no scan past it)
    for (int at = first; at >= 0 && at < last; at = text.indexOf(' ', at + 1)) {
      for (String p : PATRONYMS) {
        if (at + p.length() <= last + 1 && text.startsWith(p, at)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a one-word model person stands between ", " and "," right after a body's name of three
   * words or more, and is no given name.
   */
  private boolean appositiveOfABody(
      String text, NerTagger.Mention m, List<NerTagger.Mention> model, List<Entity> cued) {
    if (m.start() < 2
        || !text.startsWith(", ", m.start() - 2)
        || !text.startsWith(",", m.end())
        || text.indexOf(' ', m.start()) < m.end() // "," follows: a space does too
        || names.isGivenName(text.substring(m.start(), m.end()))) {
      return false;
    }
    return bodyEndsAt(text, m.start() - 2, 3, model, cued);
  }

  /**
   * Whether a body's name of {@code minWords} words or more, the model's or the rules', ends at
   * {@code end}: what a short name after it (", known as X", ", X,") is the short name of.
   */
  private static boolean bodyEndsAt(
      String text, int end, int minWords, List<NerTagger.Mention> model, List<Entity> cued) {
    for (NerTagger.Mention o : model) {
      if (o.end() == end && o.type().equals("ORG") && words(text, o.start(), o.end()) >= minWords) {
        return true;
      }
    }
    for (Entity e : cued) {
      if (e.getType() == EntityType.ORGANIZATION
          && e.getSpans().stream()
              .anyMatch(
                  sp ->
                      sp.getEnd() == end && words(text, sp.getStart(), sp.getEnd()) >= minWords)) {
        return true;
      }
    }
    return false;
  }

  /** The number of space-separated words in [start, end). */
  private static int words(String text, int start, int end) {
    int n = 1;
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether a one-word model person is the first word of a body's name of three words or more in
   * the text, opens no other person's name there and is no given name.
   */
  private boolean firstWordOfABody(
      String text, NerTagger.Mention m, List<NerTagger.Mention> model, List<Entity> cued) {
    int space = text.indexOf(' ', m.start());
    if (space >= 0 && space < m.end() || m.end() - m.start() < 3) {
      return false;
    }
    String word = text.substring(m.start(), m.end());
    if (names.isGivenName(word)) {
      return false;
    }
    String opening = word + " ";
    boolean body = false;
    for (NerTagger.Mention o : model) {
      if (o != m && o.end() - o.start() > opening.length() && text.startsWith(opening, o.start())) {
        if (!o.type().equals("ORG")) {
          return false;
        }
        int second = text.indexOf(' ', o.start() + opening.length());
        body |= second > 0 && second < o.end();
      }
    }
    for (Entity e : cued) {
      if (e.getName().startsWith(opening)) {
        if (e.getType() != EntityType.ORGANIZATION) {
          return false;
        }
        body |= e.getName().indexOf(' ', opening.length()) > 0;
      }
    }
    return body;
  }

  /**
   * Whether a one-word mention is a listed given name that opens a person of two or more words the
   * model, the lists or the rules read in the text, and no other name there: a given name used
   * alone, as Malay, Thai and Indonesian names are (a surname alone is linked to its person later).
   */
  private boolean wordOfAPerson(
      String text,
      NerTagger.Mention m,
      List<NerTagger.Mention> model,
      List<Entity> named,
      List<Entity> cued) {
    int space = text.indexOf(' ', m.start());
    if (space >= 0 && space < m.end() || m.end() - m.start() < 3) {
      return false;
    }
    String word = text.substring(m.start(), m.end());
    return isGivenName(word)
        && onlyAtEdgeOf(text, m, word, true, model, named, cued, EntityType.PERSON);
  }

  /**
   * Whether a one-word model person is the last word of a body's name of two words or more in the
   * text, ends no other person's name there, is no given name and no head (those name no body
   * alone: "Bank", "Party").
   */
  private boolean lastWordOfABody(
      String text,
      NerTagger.Mention m,
      List<NerTagger.Mention> model,
      List<Entity> named,
      List<Entity> cued) {
    int space = text.indexOf(' ', m.start());
    if (space >= 0 && space < m.end() || m.end() - m.start() < 4) {
      return false;
    }
    String word = text.substring(m.start(), m.end());
    return !names.isGivenName(word)
        && !EntityRecognizer.isOrgHead(word.toLowerCase(Locale.ROOT))
        && onlyAtEdgeOf(text, m, word, false, model, named, cued, EntityType.ORGANIZATION);
  }

  /**
   * Whether the names of the text other than {@code m} that hold more than {@code word} and open
   * with it ({@code first}) or end in it are all of one type, and there is one: the model's
   * mentions, and the spans of the lists' and the rules' entities.
   */
  private static boolean onlyAtEdgeOf(
      String text,
      NerTagger.Mention m,
      String word,
      boolean first,
      List<NerTagger.Mention> model,
      List<Entity> named,
      List<Entity> cued,
      EntityType type) {
    String modelType = type == EntityType.PERSON ? "PER" : "ORG";
    boolean seen = false;
    for (NerTagger.Mention o : model) {
      if (o != m && atEdge(text, o.start(), o.end(), word, first)) {
        if (!o.type().equals(modelType)) {
          return false;
        }
        seen = true;
      }
    }
    for (List<Entity> list : List.of(named, cued)) {
      for (Entity e : list) {
        for (Span sp : e.getSpans()) {
          if (atEdge(text, sp.getStart(), sp.getEnd(), word, first)) {
            if (e.getType() != type) {
              return false;
            }
            seen = true;
          }
        }
      }
    }
    return seen;
  }

  /**
   * Whether text[start, end) holds more than one word and opens with {@code word} ({@code first})
   * or ends in it.
   */
  private static boolean atEdge(String text, int start, int end, String word, boolean first) {
    int n = word.length();
    if (end - start <= n + 1) {
      return false;
    }
    return first
        ? text.startsWith(word, start) && text.charAt(start + n) == ' '
        : text.startsWith(word, end - n) && text.charAt(end - n - 1) == ' ';
  }

  /**
   * Adds the one-word short name a body's name gives after ", known as " where the model read
   * nothing ("the National Geology and Mining Service, known as Sernageomin").
   */
  private static void shortNamesKnownAs(
      String text, List<NerTagger.Mention> model, List<Entity> cued) {
    List<Integer> ends = new ArrayList<>();
    model.stream().filter(m -> m.type().equals("ORG")).forEach(m -> ends.add(m.end()));
    cued.stream()
        .filter(e -> e.getType() == EntityType.ORGANIZATION)
        .forEach(e -> e.getSpans().forEach(sp -> ends.add(sp.getEnd())));
    for (int end : ends) {
      if (!text.startsWith(", known as ", end) && !text.startsWith(" (known as ", end)) {
        continue;
      }
      int start = end + 11;
      int stop = start;
      while (stop < text.length() && Character.isLetter(text.charAt(stop))) {
        stop++;
      }
      if (stop - start < 3
          || !Character.isUpperCase(text.charAt(start))
          || stop < text.length() && ".,;)".indexOf(text.charAt(stop)) < 0) {
        continue;
      }
      int s0 = start;
      int e0 = stop;
      if (model.stream().noneMatch(m -> m.start() < e0 && s0 < m.end())
          && cued.stream()
              .noneMatch(
                  e ->
                      e.getSpans().stream()
                          .anyMatch(sp -> sp.getStart() < e0 && s0 < sp.getEnd()))) {
        model.add(new NerTagger.Mention(s0, e0, "ORG"));
        model.sort(Comparator.comparingInt(NerTagger.Mention::start));
      }
    }
  }

  /** Whether a one-word name stands after a body's name and ", known as " (or " (known as "). */
  private static boolean knownAsBody(
      String text, NerTagger.Mention m, List<NerTagger.Mention> model, List<Entity> cued) {
    if (text.indexOf(' ', m.start()) > 0 && text.indexOf(' ', m.start()) < m.end()) {
      return false;
    }
    int body =
        text.startsWith(", known as ", m.start() - 11)
            ? m.start() - 11
            : text.startsWith(" (known as ", m.start() - 11) ? m.start() - 11 : -1;
    return body > 0 && bodyEndsAt(text, body, 1, model, cued);
  }

  /** Lower-case words right before an acronym that make it a body's ("the agency CONRED"). */
  private static final List<String> BODY_BEFORE =
      List.of(
          " agency ",
          " known as ",
          " commission ",
          " authority ",
          " company ",
          " firm ",
          " group ",
          " party ",
          " militia ",
          " movement ",
          " alliance ",
          " coalition ",
          " union ",
          " council ");

  /** Whether a model name is an acronym (3-8 capitals) right after a body's noun or "known as". */
  static boolean acronymOfABody(String text, NerTagger.Mention m) {
    int n = m.end() - m.start();
    if (n < 3 || n > 8) {
      return false;
    }
    for (int i = m.start(); i < m.end(); i++) {
      char c = text.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return MentionRules.anyBefore(text, m.start(), BODY_BEFORE);
  }

  /**
   * Whether a model person is one word that is a town of a country the article names, is on no list
   * of given names and surnames (unless right after "in"), names no person in the text (Jane
   * Gwadar, a listed person), and stands where a place stands.
   */
  private boolean isTownNotPerson(
      String text,
      NerTagger.Mention m,
      List<NerTagger.Mention> model,
      List<Entity> named,
      List<Entity> cued,
      MentionIndex listed,
      List<String> countriesNamed) {
    String word = text.substring(m.start(), m.end());
    if (word.length() < 4
        || word.indexOf(' ') >= 0
        || towns.resolve(word, countriesNamed).isEmpty()
        // a given name too (Nadi) is the town right after "in" ("families in Nadi")
        || names.isPersonName(word) && !afterIn(text, m.start())
        || !placeContext(text, m, model, listed)) {
      return false;
    }
    String key = NameKeys.loose(word);
    for (NerTagger.Mention o : model) {
      if (o != m && o.type().equals("PER") && hasWord(text.substring(o.start(), o.end()), key)) {
        return false;
      }
    }
    for (List<Entity> list : List.of(named, cued)) {
      for (Entity e : list) {
        if (e.getType() == EntityType.PERSON && hasWord(e.getName(), key)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether the word "in" (not "within") stands right before {@code at}. */
  private static boolean afterIn(String text, int at) {
    return at >= 3
        && text.startsWith("in ", at - 3)
        && (at == 3 || text.charAt(at - 4) == ' ' || text.charAt(at - 4) == '\n');
  }

  /**
   * Whether a model body or person is two listed cities joined by "and" ("Mashhad and Isfahan have
   * also rationed water"), which no body's name is.
   */
  private boolean twoCities(String text, NerTagger.Mention m) {
    int and = m.type().equals("LOC") ? -1 : MentionRules.within(text, " and ", m);
    return and > m.start()
        && and + 6 < m.end()
        && cities.hasCity(text.substring(m.start(), and))
        && cities.hasCity(text.substring(and + 5, m.end()))
        && !names.isPersonName(text.substring(and + 5, m.end()));
  }

  /**
   * The places in a place the model read as one: "Cucuta and Tibu" is two, unless the whole is a
   * listed name (Trinidad and Tobago), a country or B a person's name; "Tibu in Colombia" is two
   * when what follows "in" is a country, a listed place or a city. Pieces are split again.
   */
  private List<NerTagger.Mention> placesApart(
      String text, NerTagger.Mention m, MentionIndex listed) {
    for (String word : List.of(" in ", " near ")) {
      int in = MentionRules.within(text, word, m);
      int after0 = in + word.length();
      if (in > m.start() && after0 + 1 < m.end()) {
        String after = text.substring(after0, m.end());
        // "the Pan-American Highway near Penonome": what is near a place is another place
        if (countries.isPlaceName(after)
            || cities.hasCity(after)
            || word.equals(" near ") && Character.isUpperCase(text.charAt(after0))) {
          // "the Bashayer terminal near Port Sudan": the common noun the model read on into
          // before "near" is no part of the first place's name
          int end = in;
          for (int space = text.lastIndexOf(' ', end - 1);
              space > m.start() && MentionRules.lowerAfter(text, space + 1, end);
              space = text.lastIndexOf(' ', end - 1)) {
            end = space;
          }
          List<NerTagger.Mention> out =
              new ArrayList<>(
                  placesApart(text, new NerTagger.Mention(m.start(), end, "LOC"), listed));
          out.add(new NerTagger.Mention(after0, m.end(), "LOC"));
          return out;
        }
      }
    }
    int and = MentionRules.within(text, " and ", m);
    if (and > m.start()
        && and + 6 < m.end()
        && Character.isUpperCase(text.charAt(and + 5))
        && !listed.exactly(m.start(), m.end())
        && !countries.isCountryName(text.substring(m.start(), m.end()))
        && !names.isPersonName(text.substring(and + 5, m.end()))) {
      List<NerTagger.Mention> out =
          new ArrayList<>(placesApart(text, new NerTagger.Mention(m.start(), and, "LOC"), listed));
      out.addAll(placesApart(text, new NerTagger.Mention(and + 5, m.end(), "LOC"), listed));
      return out;
    }
    return List.of(m);
  }

  /**
   * Where " in " stands in an organisation the model read on into the place it is in ("a dealer at
   * Deutsche Morgan Grenfell in London", "Ohio State University in Columbus"): a country or a
   * listed place or city after it, and no head of a body named for where it serves before it (the
   * U.N. Support Mission in Libya, the Organization for Security and Co-operation in Europe); else
   * -1.
   */
  private int bodyInPlace(String text, NerTagger.Mention m) {
    int in = MentionRules.within(text, " in ", m);
    if (in <= m.start() || in + 5 >= m.end() || !Character.isUpperCase(text.charAt(in + 4))) {
      return -1;
    }
    String head = text.substring(text.lastIndexOf(' ', in - 1) + 1, in);
    String after = text.substring(in + 4, m.end());
    return EntityRecognizer.isServingHead(head)
            || !(countries.isPlaceName(after) || cities.hasCity(after))
        ? -1
        : in;
  }

  /**
   * The word after "and" after a place, when it is a listed town or city of one word that no
   * mention covers and no one's name.
   */
  private NerTagger.Mention coordinatedTown(
      String text, NerTagger.Mention place, List<NerTagger.Mention> model, List<String> countries) {
    int at = place.end() + 5;
    if (at >= text.length() || !text.startsWith(" and ", place.end())) {
      return null;
    }
    int end = at;
    while (end < text.length()
        && (Character.isLetter(text.charAt(end))
            // "Savanna-la-Mar": a hyphen inside the town's name
            || text.charAt(end) == '-'
                && end > at
                && end + 1 < text.length()
                && Character.isLetter(text.charAt(end + 1)))) {
      end++;
    }
    if (end - at < 4 || !Character.isUpperCase(text.charAt(at))) {
      return null;
    }
    if (end < text.length() && (text.charAt(end) == '-' || text.charAt(end) == '\'')) {
      return null; // part of a longer word
    }
    String word = text.substring(at, end);
    if (names.isPersonName(word)
        || (towns.resolve(word, countries).isEmpty() && !cities.hasCity(word))) {
      return null;
    }
    for (NerTagger.Mention o : model) {
      if (o.start() < end && at < o.end()) {
        return null;
      }
    }
    return new NerTagger.Mention(at, end, "LOC");
  }

  /**
   * Whether a name ending in a sea's, an ocean's or another natural feature's word says something.
   */
  private static boolean natureSaying(String text, int start, int end) {
    int space = text.lastIndexOf(' ', end - 1);
    return (text.startsWith(" said ", end) || text.startsWith(" says ", end))
        && space > start
        && NATURAL_HEADS.contains(text.substring(space + 1, end).toLowerCase(Locale.ROOT));
  }

  private static final Set<String> NATURAL_HEADS =
      WordSet.of(
          "ocean", "sea", "seas", "gulf", "bay", "lake", "river", "valley", "coast", "island",
          "islands");

  /**
   * Whether a name ends in a sea, a lake, a coast or another place's head word (kb/recognizer.tsv,
   * place-head).
   */
  static boolean naturalPlace(String name) {
    int space = name.lastIndexOf(' ');
    return space > 0
        && EntityRecognizer.isPlaceHead(name.substring(space + 1).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a name ends in a street's head word, or in "Town", "City" or "Village". Only these make
   * a model's person a place: other place heads are surnames too (Damon Hill, Greg Lake).
   */
  static boolean street(String name) {
    int space = name.lastIndexOf(' ');
    if (space <= 0) {
      return false;
    }
    String last = name.substring(space + 1);
    // "Isa Town", "Kuwait City": a town's word no surname is, capitalised as a name's end
    return EntityRecognizer.isStreetHead(last.toLowerCase(Locale.ROOT))
        || TOWN_WORDS.contains(last);
  }

  /** A town's words, as written, that end no person's name (kb/recognizer.tsv). */
  private static final Set<String> TOWN_WORDS = EntityRecognizer.wordList("town-word");

  /** Words before a name that put it in a place: "fled to X", "the port in X". */
  private static final Pattern PLACE_BEFORE =
      Pattern.compile(
          "(?:\\b(?:in|at|from|near|to|into|outside|across|towards?|around|via|through))\\s+$");

  /** An age and "of" before an address: "Heather Grant, 33, of X". */
  private static final Pattern AGE_OF_BEFORE = Pattern.compile("\\b\\d{1,3}, of $");

  /** The dash that ends a dateline, on its line: "KHAN YOUNIS, GAZA - ". */
  private static final Pattern DATELINE_DASH = Pattern.compile("^[^\\n]*? [-\u2013\u2014] ");

  /** A coordination with a place just before it: "Cucuta and X", "Chabahar in Iran and X". */
  private static final Pattern AND_BEFORE = Pattern.compile("\\s(?:and|or)\\s+$");

  /** A country or region after it: "X in Pakistan", "X, Colombia". */
  private static final Pattern PLACE_AFTER = Pattern.compile("^(?:\\s+in|,)\\s+\\p{Lu}");

  /**
   * Whether the words around a name place it: a preposition of place before it, a place it is
   * coordinated with, or a listed place after "in" or a comma.
   */
  private boolean placeContext(
      String text, NerTagger.Mention m, List<NerTagger.Mention> model, MentionIndex listed) {
    String before = text.substring(Math.max(0, m.start() - 24), m.start());
    if (PLACE_BEFORE.matcher(before).find()) {
      return true;
    }
    Matcher and = AND_BEFORE.matcher(before);
    if (and.find()) {
      int end = m.start() - (before.length() - and.start()); // where the word before "and" ends
      if (listed.endsAt(end)
          || model.stream().anyMatch(o -> o.end() == end && o.type().equals("LOC"))) {
        return true;
      }
    }
    if (placeAfterAnd(text, m, model, listed)) {
      return true; // "flooding Kolonnawa and Kaduwela"
    }
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
    Matcher a = PLACE_AFTER.matcher(after);
    return a.find() && listed.startsAt(m.end() + a.end() - 1);
  }

  /**
   * Whether a name ending in a building's head (kb/recognizer.tsv, building-head: Palace, Shrine,
   * Mosque) follows a preposition of place and "the".
   */
  static boolean buildingVisited(String text, NerTagger.Mention m) {
    int space = text.lastIndexOf(' ', m.end() - 1);
    return space > m.start()
        && BUILDING_HEADS.contains(text.substring(space + 1, m.end()).toLowerCase(Locale.ROOT))
        && MentionRules.BUILDING_PLACE_BEFORE
            .matcher(text.substring(Math.max(0, m.start() - 16), m.start()))
            .find();
  }

  private static final Set<String> BUILDING_HEADS = EntityRecognizer.wordList("building-head");

  /**
   * Whether a model place is one hyphenated word whose first part is no listed place
   * ("Ibeju-Lekki"), or whose second, one word, is none ("Garoua-Boulai"): a city the lists find in
   * it ("Lekki", "Garoua") is no mention of that city ("Beijing-Shanghai" is two).
   */
  private boolean hyphenatedPlace(String text, NerTagger.Mention m) {
    if (!m.type().equals("LOC")) {
      return false;
    }
    int dash = -1;
    for (int i = m.start(); i < m.end(); i++) { // one word: no space, a hyphen inside
      char c = text.charAt(i);
      if (c == ' ') {
        return false;
      }
      if (c == '-' && dash < 0) {
        dash = i;
      }
    }
    if (dash <= m.start() || dash + 1 >= m.end() || !Character.isUpperCase(text.charAt(dash + 1))) {
      return false;
    }
    String first = text.substring(m.start(), dash);
    String second = text.substring(dash + 1, m.end());
    return !(cities.hasCity(first) || countries.isPlaceName(first))
        // "Garoua-Boulai": a listed city's name and a word that names no place
        || second.indexOf('-') < 0
            && !cities.hasCity(second)
            && !countries.isPlaceName(second)
            && !countries.isCountryName(second);
  }

  /**
   * Whether the model read a body's name with "and" inside as two mentions: one opening where it
   * opens, a body ending where it ends.
   */
  private static boolean bodyOverAnd(String text, Span sp, List<NerTagger.Mention> model) {
    int and = MentionRules.within(text, " and ", sp.getStart(), sp.getEnd());
    if (and < 0) {
      return false;
    }
    boolean opens = false;
    boolean ends = false;
    for (NerTagger.Mention m : model) {
      if (m.start() < sp.getStart() && m.end() > sp.getStart()
          || m.start() < sp.getEnd() && m.end() > sp.getEnd()) {
        return false; // the model reads a name across the body's edge
      }
      opens |= m.start() == sp.getStart() && m.end() <= and;
      ends |= m.end() == sp.getEnd() && m.start() > and && m.type().equals("ORG");
    }
    return opens && ends;
  }

  /** Whether "and" and a place the lists or the model found follow the mention. */
  private static boolean placeAfterAnd(
      String text, NerTagger.Mention m, List<NerTagger.Mention> model, MentionIndex listed) {
    if (!text.startsWith(" and ", m.end())) {
      return false;
    }
    int next = m.end() + 5;
    return listed.startsAt(next)
        || model.stream().anyMatch(o -> o.start() == next && o.type().equals("LOC"));
  }

  /**
   * Whether a model organisation is a listed city or town in a list of places: "observers in San
   * Pedro Sula and La Ceiba" (a club that bears a city's name stands with clubs, not after a
   * place).
   */
  private boolean isTownNotBody(
      String text,
      NerTagger.Mention m,
      List<NerTagger.Mention> model,
      List<String> countriesNamed) {
    if (m.start() < 6 || !text.startsWith(" and ", m.start() - 5)) {
      return false; // only after "and" and a place
    }
    String name = text.substring(m.start(), m.end());
    if (name.length() < 4
        || name.indexOf(' ') != name.lastIndexOf(' ')
        || naturalPlace(name)
        || EntityRecognizer.isOrgHead(
            name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))
        // a region of the list too ("in Madre de Dios and La Libertad")
        || !cities.hasCity(name)
            && !cities.isListed(name)
            && towns.resolve(name, countriesNamed).isEmpty()) {
      return false;
    }
    int end = m.start() - 5;
    return model.stream().anyMatch(o -> o.end() == end && o.type().equals("LOC"));
  }

  /**
   * Whether a model person stands where only a place stands: before a comma and a place, and after
   * a preposition of place ("in Olympia, Washington", "at Maria Lodge, Essequibo Coast"), an age
   * and "of" ("Heather Grant, 33, of Christiana, Manchester") or nothing on a dateline ("KHAN
   * YOUNIS, GAZA - "); and no other person of the text bears the name. Given names name villages
   * too, so no name list vetoes this.
   */
  private static boolean placeBeforeItsRegion(
      String text, NerTagger.Mention m, List<NerTagger.Mention> model, MentionIndex listed) {
    int next = m.end() + 2;
    if (next >= text.length() || text.charAt(m.end()) != ',' || text.charAt(m.end() + 1) != ' ') {
      return false;
    }
    String before = text.substring(Math.max(0, m.start() - 24), m.start());
    boolean dateline =
        (m.start() == 0 || text.charAt(m.start() - 1) == '\n')
            && DATELINE_DASH
                .matcher(text.substring(next, Math.min(text.length(), next + 40)))
                .find();
    if (!(dateline || PLACE_BEFORE.matcher(before).find() || AGE_OF_BEFORE.matcher(before).find())
        || !(listed.startsAt(next)
            || model.stream()
                .anyMatch(
                    o ->
                        o.start() == next
                            && (o.type().equals("LOC")
                                || naturalPlace(text.substring(o.start(), o.end())))))) {
      return false;
    }
    String name = text.substring(m.start(), m.end());
    return model.stream()
        .noneMatch(
            o ->
                o != m
                    && o.type().equals("PER")
                    && text.substring(o.start(), o.end()).contains(name));
  }

  /**
   * Whether a model name is listed places joined by hyphens ("the Istanbul-Islamabad train",
   * "US-China talks"): each is a place of its own, not one name.
   */
  private static boolean listedPlacesJoined(String text, NerTagger.Mention m, MentionIndex listed) {
    int from = m.start();
    int dash = text.indexOf('-', from);
    if (dash < 0 || dash >= m.end()) {
      return false;
    }
    while (dash >= 0 && dash < m.end()) {
      if (!listed.exactly(from, dash)) {
        return false;
      }
      from = dash + 1;
      dash = text.indexOf('-', from);
    }
    return listed.exactly(from, m.end());
  }

  private static boolean hasWord(String name, String looseWord) {
    for (String w : NameKeys.words(name)) {
      if (NameKeys.loose(w).equals(looseWord)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the name is followed by a number, or its line holds a score (1-1, 2-0). */
  private static boolean resultLine(String text, int start, int end) {
    if (end + 1 < text.length()
        && text.charAt(end) == ' '
        && Character.isDigit(text.charAt(end + 1))) {
      return true;
    }
    int from = text.lastIndexOf('\n', start) + 1;
    int to = text.indexOf('\n', end);
    for (int i = Math.max(from, 1), stop = (to < 0 ? text.length() : to) - 1; i < stop; i++) {
      if (text.charAt(i) == '-'
          && Character.isDigit(text.charAt(i - 1))
          && Character.isDigit(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Words that open a place's name and are surnames too: West India is no person. */
  private static final Set<String> PLACE_QUALIFIERS =
      WordSet.of(
          "North",
          "South",
          "East",
          "West",
          "Northern",
          "Southern",
          "Eastern",
          "Western",
          "Central",
          "Upper",
          "Lower",
          "New",
          "Old",
          "Great",
          "Little",
          "Greater",
          "Port",
          "Fort",
          "Mount",
          "Lake",
          "Saint",
          "San",
          "Santa",
          "St");

  /**
   * One word the model calls a person, a place or an organisation right after a capitalised given
   * name or surname of our lists is that person's surname, and the person's name takes both words:
   * "Brian Lara" (Lara is also a Venezuelan state; a model may leave out the given name).
   */
  private NerTagger.Mention surnameAfterListedName(String text, NerTagger.Mention m) {
    if (m.type().equals("MISC")
        || m.start() < 3
        || text.charAt(m.start() - 1) != ' '
        || text.lastIndexOf(' ', m.end() - 1) >= m.start()) {
      return m;
    }
    int from = m.start() - 1;
    while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
      from--;
    }
    String before = text.substring(from, m.start() - 1);
    if (from == m.start() - 1
        || !Character.isUpperCase(text.charAt(from))
        || from > 0 && !Character.isWhitespace(text.charAt(from - 1))
        || PLACE_QUALIFIERS.contains(before)
        || before.length() > 1
            && before.equals(before.toUpperCase(Locale.ROOT)) // a headline's verb
        || countries.isCountryName(text.substring(m.start(), m.end()))
        || !names.isPersonName(before)) {
      return m;
    }
    return new NerTagger.Mention(from, m.end(), "PER");
  }

  /**
   * A "person" of two or three words whose last is a city of our list and whose others are no one's
   * given name or surname is a club named after its city, in a line of results: PSV Eindhoven 2,
   * drew 1-1 with Vitesse Arnhem, Ak Bars Kazan beat (Jack London, and Valeska Paris in prose, stay
   * people). So is such a "person" of one or two words and the city right after it, which the model
   * left out ("Metallurg" of "Metallurg Magnitogorsk").
   */
  private NerTagger.Mention clubOfACity(String text, NerTagger.Mention m) {
    if (!m.type().equals("PER")) {
      return m;
    }
    int lastSpace = text.lastIndexOf(' ', m.end() - 1);
    int nameEnd;
    int end = m.end();
    if (lastSpace > m.start() && cities.hasCity(text.substring(lastSpace + 1, m.end()))) {
      nameEnd = lastSpace;
    } else {
      int e =
          end + 1 < text.length()
                  && text.charAt(end) == ' '
                  && Character.isUpperCase(text.charAt(end + 1))
              ? MentionRules.letterWordEnd(text, end + 1)
              : -1;
      if (e < 0
          || e + 1 < text.length()
              && text.charAt(e) == ' '
              && Character.isUpperCase(text.charAt(e + 1))
          || !cities.hasCity(text.substring(end + 1, e))) {
        return m;
      }
      nameEnd = end;
      end = e;
    }
    if (EntityRecognizer.spaces(text, m.start(), nameEnd) > 1) {
      return m; // three words or more before the city
    }
    for (int w = m.start(); w < nameEnd; ) {
      int we = text.indexOf(' ', w);
      we = we < 0 || we > nameEnd ? nameEnd : we;
      if (we == w
          || names.isPersonName(text.substring(w, we))
          || text.charAt(we - 1) == '.') { // an initial: N. Hussain 154
        return m;
      }
      w = we + 1;
    }
    return resultLine(text, m.start(), end) ? new NerTagger.Mention(m.start(), end, "ORG") : m;
  }

  /**
   * Where a name the model found is a person "of" something ("said John Smith of Chase Manhattan
   * Bank", "Michael Johnson of the United States", "Damon Hill of Williams"), the offset of " of ";
   * else -1. The person is two or three capitalised words, the first a given name, none a rank or
   * an organisation's head (Bank of England, Duke of York stay whole), or a person the model found
   * of two words or more before a listed place.
   */
  private int personOfSomething(String text, NerTagger.Mention m, MentionIndex listed) {
    if (m.type().equals("LOC")) {
      return -1; // a place "of" something is a place or an institution (House of Assembly)
    }
    int at = text.substring(m.start(), m.end()).indexOf(" of "); // not past the name
    int of = at < 0 ? -1 : m.start() + at;
    int what = of >= 0 && text.startsWith("the ", of + 4) ? of + 8 : of + 4;
    if (of < 0 || what >= m.end() || !Character.isUpperCase(text.charAt(what))) {
      return -1;
    }
    String before = text.substring(m.start(), of);
    List<String> words = List.of(before.split(" "));
    if (recognizer.isPersonBeforeOf(words)) {
      return of;
    }
    // a person the model reads on over "of the" and a body, whatever the given name ("Christakis
    // Evagorou Loizides of the Panagrotikos farmers' union"): two words or more before it, none a
    // title, rank or head
    if (m.type().equals("PER")
        && what == of + 8
        && before.indexOf(' ') >= 0
        && recognizer.isNameAfterTitle(words)) {
      return of;
    }
    // a person of two words or more the model ends with "of" and a listed place, whatever the
    // words ("Carlos dos Santos of Angola"); one word is a title that holds the place (the
    // Duchess of York)
    return m.type().equals("PER") && before.indexOf(' ') >= 0 && listed.startsAt(of + 4) ? of : -1;
  }

  private static final Pattern NEWS_AGENCY = Pattern.compile("\\b(?:News|Press)\\b");

  /** The entities without the mentions whose words are a surname of a person in the same text. */
  private static List<Entity> notSurnames(
      List<Entity> entities, Set<String> surnames, String text) {
    if (surnames.isEmpty()) {
      return entities;
    }
    return keepMentions(
        entities,
        sp -> {
          List<String> words = NameKeys.words(text.substring(sp.getStart(), sp.getEnd()));
          return !(words.size() == 1 && surnames.contains(words.get(0)));
        });
  }

  /** Whether [start, end) overlaps a mention of the entities. */
  private static boolean covered(List<Entity> entities, int start, int end) {
    return anyMention(entities, s -> s.getStart() < end && start < s.getEnd());
  }

  /** Whether any mention of the entities satisfies {@code test}. */
  private static boolean anyMention(List<Entity> entities, Predicate<Span> test) {
    // indexed loops: no iterator per entity (this is asked for every mention of every name)
    for (int i = 0; i < entities.size(); i++) {
      List<Span> spans = entities.get(i).getSpans();
      for (int k = 0; k < spans.size(); k++) {
        if (test.test(spans.get(k))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Entities for model mentions of the given types, one per name: a person named in full and later
   * by surname alone is one person; ids are derived from type and name ({@code person:jane-smith}).
   */
  private static List<Entity> modelEntities(
      String text, List<NerTagger.Mention> mentions, List<String> types) {
    Map<String, Entity.Builder> byKey = new LinkedHashMap<>();
    Map<String, String> surnameOf = new HashMap<>();
    for (NerTagger.Mention m : mentions) {
      if (!types.contains(m.type())) {
        continue;
      }
      String surface = text.substring(m.start(), m.end());
      List<String> words = NameKeys.words(surface); // once: the keys below are all made of them
      String loose = NameKeys.loose(words);
      String key = m.type() + ":" + loose;
      if (m.type().equals("PER")) {
        if (words.size() == 1 && surnameOf.containsKey(loose)) {
          key = surnameOf.get(loose);
        } else if (words.size() > 1) {
          surnameOf.putIfAbsent(NameKeys.loose(words.subList(words.size() - 1, words.size())), key);
        }
      }
      Entity.Builder b = byKey.get(key);
      if (b == null) {
        EntityType type =
            m.type().equals("PER")
                ? EntityType.PERSON
                : m.type().equals("ORG") ? EntityType.ORGANIZATION : EntityType.LOCATION;
        String prefix =
            type == EntityType.PERSON
                ? "person:"
                : type == EntityType.ORGANIZATION ? "org:" : "place:";
        b =
            Entity.newBuilder()
                .setId(prefix + NameKeys.slug(words))
                .setName(surface)
                .setType(type)
                .setMentions(0)
                .setSpans(new ArrayList<>())
                .setCountry(null);
        byKey.put(key, b);
      }
      b.getSpans().add(new Span(m.start(), m.end()));
      b.setMentions(b.getMentions() + 1);
    }
    List<Entity> out = new ArrayList<>(byKey.size());
    byKey.values().forEach(b -> out.add(b.build()));
    return out;
  }

  /**
   * The entities with the mentions that fall inside one of {@code known}'s mentions removed (none
   * left: dropped).
   */
  private static List<Entity> outside(List<Entity> entities, List<Entity> known) {
    return outside(entities, known, false);
  }

  /**
   * The entities without the mentions that lie inside a longer mention of {@code known} (a mention
   * with the same span stays).
   */
  private static List<Entity> outsideLonger(List<Entity> entities, List<Entity> known) {
    return outside(entities, known, true);
  }

  private static List<Entity> outside(List<Entity> entities, List<Entity> known, boolean longer) {
    if (known.isEmpty()) {
      return entities;
    }
    MentionIndex index = new MentionIndex(known);
    return keepMentions(entities, s -> !index.holds(s.getStart(), s.getEnd(), longer));
  }

  /**
   * In a line in capitals an acronym cannot be told from a word ("SAID THE CAR OWNER WHO WAS THERE"
   * names neither the Central African Republic nor the WHO): a listed entity's mention there that
   * is one word in capitals other than its name is dropped, unless the entity is also named outside
   * such lines.
   */
  private static List<Entity> acronymsInCapsApart(
      String text, List<int[]> capsLines, List<Entity> entities) {
    if (capsLines.isEmpty()) {
      return entities;
    }
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      boolean elsewhere =
          e.getSpans().stream().anyMatch(sp -> !CapsLines.inAny(capsLines, sp.getStart()));
      if (elsewhere) {
        out.add(e);
        continue;
      }
      out.addAll(
          keepMentions(
              List.of(e),
              sp -> {
                String surface = text.substring(sp.getStart(), sp.getEnd());
                return surface.indexOf(' ') >= 0
                    || !surface.equals(surface.toUpperCase(Locale.ROOT))
                    || surface.equalsIgnoreCase(e.getName());
              }));
    }
    return out;
  }

  /**
   * The knowledge base's places without their mentions that name an event ("the Hong Kong Open"):
   * the lists' places and countries leave those too. A watched name keeps every mention.
   */
  private static List<Entity> eventPlacesApart(
      String text, List<Entity> named, Set<String> watchedIds) {
    List<Entity> out = new ArrayList<>(named.size());
    for (Entity e : named) {
      if (e.getType() == EntityType.LOCATION && !watchedIds.contains(e.getId())) {
        out.addAll(keepMentions(List.of(e), sp -> !MentionRules.beforeEvent(text, sp.getEnd())));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  /** The entities with only the mentions {@code keep} accepts (none left: dropped). */
  private static List<Entity> keepMentions(List<Entity> entities, Predicate<Span> keep) {
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      if (e.getSpans().stream().allMatch(keep)) {
        out.add(e); // most entities keep every mention: no copy
        continue;
      }
      List<Span> kept = new ArrayList<>();
      for (Span s : e.getSpans()) {
        if (keep.test(s)) {
          kept.add(s);
        }
      }
      if (kept.size() == e.getSpans().size()) {
        out.add(e);
      } else if (!kept.isEmpty()) {
        out.add(Entity.newBuilder(e).setSpans(kept).setMentions(kept.size()).build());
      }
    }
    return out;
  }

  /** Adds to {@code to} the mentions of {@code from} that no entity of {@code taken} overlaps. */
  private static void addFreeMentions(Entity to, Entity from, List<Entity> taken) {
    List<Span> spans = new ArrayList<>(to.getSpans());
    for (Span sp : from.getSpans()) {
      if (taken.stream()
          .flatMap(n -> n.getSpans().stream())
          .noneMatch(t -> t.getStart() < sp.getEnd() && sp.getStart() < t.getEnd())) {
        spans.add(sp);
      }
    }
    if (spans.size() > to.getSpans().size()) {
      spans.sort(Comparator.comparingInt(Span::getStart));
      to.setSpans(spans);
      to.setMentions(spans.size());
    }
  }

  /** Adds an entity, or its mentions to the entity of the same id already in the list. */
  private static void mergeById(List<Entity> list, Entity e) {
    for (int i = 0; i < list.size(); i++) {
      Entity had = list.get(i);
      if (had.getId().equals(e.getId())) {
        List<Span> spans = new ArrayList<>(had.getSpans());
        spans.addAll(e.getSpans());
        spans.sort(Comparator.comparingInt(Span::getStart));
        list.set(i, Entity.newBuilder(had).setSpans(spans).setMentions(spans.size()).build());
        return;
      }
    }
    list.add(e);
  }

  /**
   * Whether every known name a person's mentions overlap is a body's one word that ends one of
   * them, and each mention opens with a given name.
   */
  private static boolean endsInABodysAlias(
      String text, Entity person, List<Entity> named, Predicate<String> isGivenName) {
    for (Span y : person.getSpans()) {
      int space = text.indexOf(' ', y.getStart());
      if (space < 0
          || space >= y.getEnd()
          || !isGivenName.test(text.substring(y.getStart(), space))) {
        return false;
      }
    }
    for (Entity n : named) {
      if (!overlaps(n, person)) {
        continue;
      }
      if (n.getType() != EntityType.ORGANIZATION) {
        return false;
      }
      for (Span x : n.getSpans()) {
        for (Span y : person.getSpans()) {
          boolean cross = x.getStart() < y.getEnd() && y.getStart() < x.getEnd();
          if (cross
              && (x.getEnd() != y.getEnd()
                  || x.getStart() <= y.getStart()
                  || text.indexOf(' ', x.getStart()) >= 0
                      && text.indexOf(' ', x.getStart()) < x.getEnd())) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /**
   * Whether every listed entity that overlaps an organisation is a place whose overlapping mentions
   * lie inside the organisation's, shorter than it.
   */
  private static boolean holdsPlacesWhole(Entity org, List<Entity> named) {
    return holdsWhole(org, named, EntityType.LOCATION);
  }

  /**
   * Whether a firm of three words or more the rules read, ending in a body's head, holds the known
   * firms it overlaps whole and longer: "HD Hyundai Heavy Industries", "Samsung Heavy Industries"
   * are the group's units, not Hyundai and Samsung and words around them.
   */
  private static boolean holdsFirmsWhole(Entity org, List<Entity> named) {
    String name = org.getName();
    int last = name.lastIndexOf(' ');
    if (last <= 0
        || name.indexOf(' ') == last
        || name.indexOf('/') >= 0
        || !MentionRules.allWordsCapitalised(name, 0, name.length())
        || !EntityRecognizer.isOrgHead(name.substring(last + 1).toLowerCase(Locale.ROOT))
        || !holdsWhole(org, named, EntityType.ORGANIZATION)) {
      return false;
    }
    // the known firm opens the name or follows one word ("HD Hyundai"), and the head is not its
    // ("Unternehmens Siemens Energy" is Siemens Energy)
    int second = name.indexOf(' ') + 1;
    for (Span y : org.getSpans()) {
      for (Entity n : named) {
        for (Span x : n.getSpans()) {
          if (x.getStart() >= y.getStart()
              && x.getEnd() <= y.getEnd()
              && (x.getEnd() == y.getEnd() || x.getStart() - y.getStart() > second)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /**
   * Whether a body the rules read is a point of the compass and a known body's whole name: "the
   * West African Development Bank" is no "African Development Bank" with a word before it.
   */
  private static boolean compassBeforeKnown(Entity org, List<Entity> named) {
    String name = org.getName();
    int space = name.indexOf(' ');
    if (space < 0 || !COMPASS_WORDS.contains(name.substring(0, space).toLowerCase(Locale.ROOT))) {
      return false;
    }
    String rest = name.substring(space + 1);
    return holdsWhole(org, named, EntityType.ORGANIZATION)
        && named.stream()
            .anyMatch(n -> n.getType() == EntityType.ORGANIZATION && n.getName().equals(rest));
  }

  /** Whether the names {@code org} overlaps are all of {@code type}, each inside it and shorter. */
  private static boolean holdsWhole(Entity org, List<Entity> named, EntityType type) {
    for (Entity n : named) {
      if (!overlaps(n, org)) {
        continue;
      }
      if (n.getType() != type) {
        return false;
      }
      for (Span x : n.getSpans()) {
        for (Span y : org.getSpans()) {
          boolean cross = x.getStart() < y.getEnd() && y.getStart() < x.getEnd();
          boolean inside =
              x.getStart() >= y.getStart()
                  && x.getEnd() <= y.getEnd()
                  && x.getEnd() - x.getStart() < y.getEnd() - y.getStart();
          if (cross && !inside) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** The heads that make a known organisation's name, continued, a body of its own. */
  private static final Set<String> BODY_HEADS =
      WordSet.of(
          "Mission",
          "Commission",
          "Council",
          "Committee",
          "Force",
          "Forces",
          "Authority",
          "Fund",
          "Programme",
          "Program",
          "Institute",
          "Foundation",
          "Court",
          "Tribunal",
          "Secretariat",
          "Parliament",
          "Assembly",
          "Command",
          "Bureau",
          "Agency",
          "Office",
          "Panel",
          "Group",
          "Experts");

  /**
   * The words between a known body's name and the head of the body it names: capitalised words and
   * the connectors of a body's name ("Group of Human Rights Experts"); the abbreviation's last
   * period, where the lists matched "U.N" without it, first.
   */
  private static final Pattern BODY_TAIL =
      Pattern.compile(
          "\\.?(?: \\p{Lu}[\\p{L}-]*){1,3}(?: (?:of|for|on|and) (?:\\p{Lu}[\\p{L}-]* ?){1,3})?");

  /**
   * A known organisation's name that the model reads on, up to a body's head, is that body: the
   * "African Union Transition Mission" and the "European Union Naval Force" are not the African or
   * the European Union. Those mentions leave the known organisation (a watched one keeps them).
   */
  private static List<Entity> bodiesOfKnownOrgs(
      String text, List<Entity> named, Set<String> watchedIds, List<NerTagger.Mention> model) {
    List<Entity> out = null;
    for (NerTagger.Mention m : model) {
      if (!m.type().equals("ORG")) {
        continue;
      }
      // the head ends the name, or comes before where the body serves or what it is on ("Mission
      // in Libya", "Office on Drugs and Crime")
      int headEnd = m.end();
      for (int i = m.start() + 1; i + 4 < m.end(); i++) {
        if (text.charAt(i) == ' ' && (text.startsWith(" in ", i) || text.startsWith(" on ", i))) {
          headEnd = i;
          break;
        }
      }
      int lastSpace = text.lastIndexOf(' ', headEnd - 1);
      if (lastSpace <= m.start() || !BODY_HEADS.contains(text.substring(lastSpace + 1, headEnd))) {
        continue;
      }
      List<Entity> current = out == null ? named : out;
      for (int i = 0; i < current.size(); i++) {
        Entity n = current.get(i);
        if (n.getType() != EntityType.ORGANIZATION || watchedIds.contains(n.getId())) {
          continue;
        }
        for (Span sp : n.getSpans()) {
          if (sp.getStart() == m.start()
              && sp.getEnd() < headEnd
              && BODY_TAIL.matcher(text).region(sp.getEnd(), headEnd).matches()) {
            if (out == null) {
              out = new ArrayList<>(named);
              current = out;
            }
            Entity body =
                Entity.newBuilder(n)
                    .setSpans(List.of(new Span(m.start(), m.end())))
                    .setMentions(1)
                    .build();
            out.set(i, spansOutside(n, body));
            break;
          }
        }
      }
    }
    if (out == null) {
      return named;
    }
    out.removeIf(e -> e.getSpans().isEmpty());
    return out;
  }

  /**
   * A known organisation's name the model reads inside a longer name of capitalised words is that
   * name's ("Apple Daily", "Nikola Tesla", "Bayer Leverkusen", the "Big Apple"): the known span
   * goes and the model's name stands. Where the longer name only adds a company's head ("Glencore
   * Plc", "Toyota Motor Corporation" without its alias) the known one takes the whole span. A
   * title, a country or a demonym beside it ("US Federal Reserve", "NATO Secretary-General") is no
   * part of a longer name.
   */
  private List<Entity> knownInsideLongerNames(
      String text, List<Entity> named, Set<String> watchedIds, List<NerTagger.Mention> model) {
    List<Entity> out = null;
    for (int i = 0; i < named.size(); i++) {
      Entity n = named.get(i);
      if (n.getType() != EntityType.ORGANIZATION || watchedIds.contains(n.getId())) {
        continue;
      }
      List<Span> spans = null;
      for (int k = 0; k < n.getSpans().size(); k++) {
        Span sp = n.getSpans().get(k);
        for (NerTagger.Mention m : model) {
          if (m.start() > sp.getStart()
              || m.end() < sp.getEnd()
              || m.start() == sp.getStart() && m.end() == sp.getEnd()) {
            continue;
          }
          if (m.type().equals("PER") && allCaps(text, sp.getStart(), sp.getEnd())) {
            continue; // an agency's initials after a photographer's name ("Andre Penner AP")
          }
          int before = extraNameWords(text, m.start(), sp.getStart(), false);
          // a country after a company the model reads as one body is its national unit (Airtel
          // Kenya, Greenpeace Indonesia); before it, it says whose the body is (US Federal Reserve)
          int end = m.end();
          int after = extraNameWords(text, sp.getEnd(), end, m.type().equals("ORG"));
          int of = after < 0 ? headsThenCountry(text, sp.getEnd(), end) : -1;
          if (of > 0) {
            // "Zijin Mining Group of China": the known body and its heads, then its country
            end = of;
            after = 2;
          }
          if (before < 0 || after < 0) {
            continue;
          }
          if (spans == null) {
            spans = new ArrayList<>(n.getSpans());
          }
          spans.set(k, before != 1 && after != 1 ? new Span(m.start(), end) : null);
          break;
        }
      }
      if (spans != null) {
        spans.removeIf(x -> x == null);
        if (out == null) {
          out = new ArrayList<>(named);
        }
        out.set(i, Entity.newBuilder(n).setSpans(spans).setMentions(spans.size()).build());
      }
    }
    if (out == null) {
      return named;
    }
    out.removeIf(e -> e.getSpans().isEmpty());
    return out;
  }

  /**
   * Where " of " stands in [from, to) when only a company's heads come before it and a country's
   * name after it, to the end ("Group of China"); -1 otherwise.
   */
  private int headsThenCountry(String text, int from, int to) {
    int of = MentionRules.ofWithin(text, from, to);
    return of > from
            && of + 4 < to
            && countries.isCountryName(text.substring(of + 4, to))
            && extraNameWords(text, from, of, false) == 2
        ? of
        : -1;
  }

  /**
   * What the text from {@code from} to {@code to} beside a known name adds to it: 0 nothing, 1
   * capitalised words of a longer name (after a body's name, "of" may open them) or a hyphenated
   * part ("-EMI"), 2 only a company's heads (Plc, Corporation, Group) or a hashtag's sign, -1
   * anything else (a function word, a title, a country unless {@code countryIsPart}: a national
   * unit after a body's name, a demonym, a date, punctuation).
   */
  private int extraNameWords(String text, int from, int to, boolean countryIsPart) {
    if (from == to) {
      return 0;
    }
    if (to - from == 1 && text.charAt(from) == '#') {
      return 2; // a hashtag ("#Apple") is the name
    }
    if (text.charAt(from) == '-' && to - from > 2 && Character.isUpperCase(text.charAt(from + 1))) {
      // a hyphen joins the known name to another part of a longer one ("Toshiba-EMI")
      for (int i = from + 1; i < to; i++) {
        if (!Character.isLetter(text.charAt(i))) {
          return -1;
        }
      }
      return 1;
    }
    boolean heads = true;
    boolean afterOf = false;
    int i = from;
    while (i < to) {
      if (text.charAt(i) == ' ') {
        i++;
        continue;
      }
      int e = i;
      while (e < to && text.charAt(e) != ' ') {
        e++;
      }
      String word = text.substring(i, e);
      String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
      if (countryIsPart && i == from + 1 && e < to && word.equals("of")) {
        // "National Rally of Independents": a body the model reads on over "of" is another's,
        // unless a person follows ("the National Rally of Marine Le Pen")
        i = e;
        heads = false;
        afterOf = true;
        continue;
      }
      if (afterOf && names.isPersonName(word)
          || !Character.isUpperCase(word.charAt(0))
          || i > from && text.charAt(i - 1) != ' '
          || e < to && text.charAt(e) != ' '
          || e + 1 < to && text.charAt(e + 1) == ' '
          // "Samsung C&T": an ampersand inside an acronym
          || !word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.' || c == '&')
          || word.equals("The")
          || word.equals("A")
          || word.equals("An")
          || EntityRecognizer.isTitle(lower)
          || EntityRecognizer.isHonorific(lower)
          || ROLES_AFTER_NAME.contains(lower)
          || EntityRecognizer.MONTHS.contains(lower)
          || EntityRecognizer.WEEKDAYS.contains(lower)
          || !countryIsPart && countries.isCountryName(word)
          || countries.isDemonym(word)) {
        return -1;
      }
      heads &= EntityRecognizer.isOrgHead(lower) || lower.equals("corp") || lower.equals("plc");
      i = e;
    }
    // a word joined to the known name with no space is no separate word ("Apple's")
    boolean spaced = text.charAt(from) == ' ' || text.charAt(to - 1) == ' ';
    return !spaced ? -1 : heads ? 2 : 1;
  }

  private static boolean allCaps(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Roles a headline or a dateline capitalises after a body's name ("Federal Reserve Chair"). */
  private static final Set<String> ROLES_AFTER_NAME =
      WordSet.of("chair", "head", "boss", "leader", "leaders", "staff", "official", "officials");

  /**
   * A person without the one-word mentions that end another person's full name the model reads: the
   * word before is no title and the model's name is no form of the person's.
   */
  private static Entity surnamesOutsideOtherPeople(
      String text, Entity e, List<NerTagger.Mention> model) {
    List<Span> kept = null;
    for (int k = 0; k < e.getSpans().size(); k++) {
      Span sp = e.getSpans().get(k);
      boolean other = false;
      for (NerTagger.Mention m : model) {
        if (m.type().equals("PER")
            && m.end() == sp.getEnd()
            && m.start() < sp.getStart()
            && sp.getStart() >= 2
            && text.charAt(sp.getStart() - 1) == ' '
            && text.lastIndexOf(' ', sp.getEnd() - 1) < sp.getStart() // one word
            && !e.getName().endsWith(text.substring(m.start(), m.end()))) {
          int w = text.lastIndexOf(' ', sp.getStart() - 2) + 1;
          String before = text.substring(Math.max(w, m.start()), sp.getStart() - 1);
          other =
              Character.isUpperCase(before.charAt(0))
                  && before.indexOf('.') < 0
                  && !EntityRecognizer.isTitle(before.toLowerCase(Locale.ROOT))
                  && !EntityRecognizer.isHonorific(before.toLowerCase(Locale.ROOT));
          break; // the model's names do not overlap: one ends here
        }
      }
      if (other && kept == null) {
        kept = new ArrayList<>(e.getSpans().subList(0, k));
      } else if (!other && kept != null) {
        kept.add(sp);
      }
    }
    return kept == null ? e : Entity.newBuilder(e).setSpans(kept).setMentions(kept.size()).build();
  }

  /** An entity with only its mentions that lie outside [start, end); itself if none is inside. */
  private static Entity spansOutside(Entity e, int start, int end) {
    List<Span> kept = new ArrayList<>();
    for (Span x : e.getSpans()) {
      if (x.getStart() >= end || start >= x.getEnd()) {
        kept.add(x);
      }
    }
    return kept.size() == e.getSpans().size()
        ? e
        : Entity.newBuilder(e).setSpans(kept).setMentions(kept.size()).build();
  }

  /** An entity with only its mentions that lie outside another's. */
  private static Entity spansOutside(Entity e, Entity other) {
    List<Span> kept = new ArrayList<>();
    for (Span x : e.getSpans()) {
      if (other.getSpans().stream()
          .noneMatch(y -> x.getStart() < y.getEnd() && y.getStart() < x.getEnd())) {
        kept.add(x);
      }
    }
    return Entity.newBuilder(e).setSpans(kept).setMentions(kept.size()).build();
  }

  private static boolean overlaps(Entity a, Entity b) {
    List<Span> as = a.getSpans();
    List<Span> bs = b.getSpans();
    for (int i = 0; i < as.size(); i++) {
      Span x = as.get(i);
      for (int k = 0; k < bs.size(); k++) {
        Span y = bs.get(k);
        if (x.getStart() < y.getEnd() && y.getStart() < x.getEnd()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The mentions of a list of entities as sorted offsets, for the questions the precedence asks of
   * every model mention (covered, crossed, exactly there) without walking every entity's spans.
   */
  static final class MentionIndex {
    private final int[] starts;
    private final int[] ends;

    /** For each i, the largest end among the first i + 1 mentions (by start). */
    private final int[] maxEnd;

    MentionIndex(List<Entity> entities) {
      int n = 0;
      for (Entity e : entities) {
        n += e.getSpans().size();
      }
      // each span as one long, start in the high half: a primitive sort orders them by start, then
      // end (offsets are never negative)
      long[] all = new long[n];
      int k = 0;
      for (Entity e : entities) {
        for (Span sp : e.getSpans()) {
          all[k++] = (long) sp.getStart() << 32 | sp.getEnd();
        }
      }
      Arrays.sort(all);
      starts = new int[n];
      ends = new int[n];
      maxEnd = new int[n];
      for (int i = 0; i < n; i++) {
        starts[i] = (int) (all[i] >>> 32);
        ends[i] = (int) all[i];
        maxEnd[i] = Math.max(ends[i], i == 0 ? Integer.MIN_VALUE : maxEnd[i - 1]);
      }
    }

    /** The index of the last mention starting before {@code end}, or -1. */
    private int lastStartingBefore(int end) {
      int lo = 0;
      int hi = starts.length - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] < end) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return found;
    }

    /** Whether [start, end) overlaps a mention. */
    boolean covered(int start, int end) {
      int last = lastStartingBefore(end);
      return last >= 0 && maxEnd[last] > start;
    }

    /** Whether [start, end) overlaps a mention without holding it whole. */
    boolean crosses(int start, int end) {
      int last = lastStartingBefore(end);
      for (int i = last; i >= 0 && maxEnd[i] > start; i--) {
        if (ends[i] > start && !(start <= starts[i] && ends[i] <= end)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a mention holds [start, end) whole; if {@code longer}, only a longer one counts. */
    boolean holds(int start, int end, boolean longer) {
      for (int i = lastStartingBefore(start + 1); i >= 0 && maxEnd[i] >= end; i--) {
        if (ends[i] >= end && (!longer || ends[i] - starts[i] > end - start)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a mention starts at this offset. */
    boolean startsAt(int start) {
      int i = lastStartingBefore(start + 1);
      return i >= 0 && starts[i] == start;
    }

    /** Whether a mention ends at this offset. */
    boolean endsAt(int end) {
      for (int i = lastStartingBefore(end); i >= 0 && maxEnd[i] >= end; i--) {
        if (ends[i] == end) {
          return true;
        }
      }
      return false;
    }

    /** Whether a mention stands exactly at [start, end). */
    boolean exactly(int start, int end) {
      for (int i = lastStartingBefore(start + 1); i >= 0 && starts[i] == start; i--) {
        if (ends[i] == end) {
          return true;
        }
      }
      return false;
    }
  }
}
