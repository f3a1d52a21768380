package io.newsflow.enrich;

import static io.newsflow.enrich.Fixtures.ELECTION;
import static io.newsflow.enrich.Fixtures.FLOOD;
import static io.newsflow.enrich.Fixtures.T0;
import static io.newsflow.enrich.Fixtures.article;
import static io.newsflow.enrich.Fixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.DuplicateNotice;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.RawArticle;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.registry.InMemorySchemaRegistryClient;
import io.newsflow.serde.NewsflowSerdes;
import io.newsflow.topics.TopicCatalog;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {
  @TempDir Path stateDir;

  final TopicCatalog topics =
      new TopicCatalog("", new NewsflowSerdes(new InMemorySchemaRegistryClient(), true));
  final NewsflowConfig config =
      NewsflowConfig.defaults().with(Map.of("enrich.dedup.horizon.ms", "86400000"));
  TopologyTestDriver driver;
  TestInputTopic<byte[], byte[]> raw;
  TestOutputTopic<String, EnrichedArticle> enriched;
  TestOutputTopic<String, DuplicateNotice> duplicates;
  TestOutputTopic<String, DeadLetter> dlq;

  @BeforeEach
  void start() {
    open(config);
  }

  /** A driver for the topology built with {@code c}, on this test's state directory. */
  void open(NewsflowConfig c) {
    Properties p = new Properties();
    p.put("application.id", "enrich-test");
    p.put("state.dir", stateDir.toString()); // its own: builds running side by side share no lock
    p.put("bootstrap.servers", "unused:9092");
    driver = new TopologyTestDriver(EnrichTopology.build(c, topics), p);
    raw =
        driver.createInputTopic(
            topics.raw().name(), new ByteArraySerializer(), new ByteArraySerializer());
    enriched =
        driver.createOutputTopic(
            topics.enriched().name(),
            new StringDeserializer(),
            topics.enriched().valueSerde().deserializer());
    duplicates =
        driver.createOutputTopic(
            topics.duplicates().name(),
            new StringDeserializer(),
            topics.duplicates().valueSerde().deserializer());
    dlq =
        driver.createOutputTopic(
            topics.deadLetters().name(),
            new StringDeserializer(),
            topics.deadLetters().valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  void send(RawArticle a) {
    java.time.Instant ts = a.getPublishedAt() != null ? a.getPublishedAt() : a.getFetchedAt();
    raw.pipeInput(
        a.getId().getBytes(),
        topics.raw().valueSerde().serializer().serialize(topics.raw().name(), a),
        ts);
    waitOutGrace();
  }

  /** The de-duplicator decides once the ordering grace (processing time) is over, if it has one. */
  void waitOutGrace() {
    driver.advanceWallClockTime(Duration.ofMillis(GRACE_MS));
  }

  static final long GRACE_MS = 2000;
  final NewsflowConfig withGrace =
      config.with(Map.of("enrich.dedup.grace.ms", String.valueOf(GRACE_MS)));

  /** The flood report, from a site, published at a time. */
  static RawArticle flood(String url, java.time.Instant publishedAt) {
    return article(report("River floods northern district", FLOOD))
        .at(url)
        .publishedAt(publishedAt)
        .build();
  }

  /** Closes the driver and opens one for the topology built with {@code c}. */
  void reopen(NewsflowConfig c) {
    driver.close();
    open(c);
  }

  void pipe(RawArticle a) {
    raw.pipeInput(
        a.getId().getBytes(),
        topics.raw().valueSerde().serializer().serialize(topics.raw().name(), a),
        a.getPublishedAt());
  }

  @Test
  void byDefaultEachReportIsDecidedOnArrival() {
    RawArticle late = flood("https://b.example/copy", T0.plusSeconds(3600));
    pipe(late);
    assertThat(enriched.readValuesToList())
        .extracting(EnrichedArticle::getId)
        .containsExactly(late.getId());
    RawArticle early = flood("https://a.example/flood", T0);
    pipe(early);
    assertThat(duplicates.readValue().getId())
        .as("the first to arrive is the canonical, though published later")
        .isEqualTo(early.getId());
  }

  @Test
  void candidatesARunWithAGraceLeftWaitingAreDecidedWhenTheGraceIsSetToZero() {
    reopen(withGrace);
    RawArticle waiting = flood("https://a.example/flood", T0);
    pipe(waiting);
    assertThat(enriched.isEmpty()).isTrue();
    // what the grace buffer held (the driver wipes its state directory on close: carried over by
    // hand, as a restart on the same disk would find it)
    List<org.apache.kafka.streams.KeyValue<String, byte[]>> held = new java.util.ArrayList<>();
    org.apache.kafka.streams.state.KeyValueStore<String, byte[]> buffer =
        driver.getKeyValueStore(EnrichTopology.GRACE_STORE);
    try (var it = buffer.all()) {
      it.forEachRemaining(held::add);
    }
    assertThat(held).hasSize(1);
    reopen(config); // decides on arrival; the input stays quiet
    driver.<String, byte[]>getKeyValueStore(EnrichTopology.GRACE_STORE).putAll(held);
    driver.advanceWallClockTime(Duration.ofMillis(100));
    assertThat(enriched.readValuesToList())
        .extracting(EnrichedArticle::getId)
        .containsExactly(waiting.getId());
    try (var it = driver.<String, byte[]>getKeyValueStore(EnrichTopology.GRACE_STORE).all()) {
      assertThat(it.hasNext()).as("the buffer is empty").isFalse();
    }
  }

  @Test
  void reportsNameTheirStoryInAHeaderSoARouterNeedNotDecodeThem() {
    send(
        article(report("River floods northern district", FLOOD)).at("https://a.example/f").build());
    send(
        article(report("River floods northern district", FLOOD)).at("https://b.example/c").build());
    var original = enriched.readRecord();
    assertThat(original.value().getStoryId()).isNotNull();
    assertThat(io.newsflow.topics.StoryHeader.of(original.headers()))
        .contains(original.value().getStoryId());
    var copy = duplicates.readRecord();
    assertThat(copy.value().getStoryId()).isEqualTo(original.value().getStoryId());
    assertThat(io.newsflow.topics.StoryHeader.of(copy.headers()))
        .contains(original.value().getStoryId());
  }

  @Test
  void aPageOfFourArticlesBecomesFourEventsWithParentAndIndex() {
    RawArticle page = article(Fixtures.sample("000")).at("https://regional.example/page").build();
    send(page);
    List<EnrichedArticle> out = enriched.readValuesToList();
    assertThat(out).hasSize(4);
    assertThat(out).extracting(EnrichedArticle::getPartIndex).containsExactly(0, 1, 2, 3);
    assertThat(out)
        .allSatisfy(
            a -> {
              assertThat(a.getParentId()).isEqualTo(page.getId());
              assertThat(a.getPartCount()).isEqualTo(4);
              assertThat(a.getId()).startsWith(page.getId() + "-p");
              assertThat(a.getLanguage()).isEqualTo("en");
              assertThat(a.getText())
                  .doesNotContain("Continue Reading", "Advertisement", "Copyright", "Trending");
            });
    assertThat(out.get(0).getTitle())
        .isEqualTo("Putin and Iran's president deepen defence ties with 20-year pact");
    assertThat(out.get(0).getCountries()).contains("RU", "IR");
    assertThat(out.get(1).getTitle()).startsWith("Pakistan military ends train standoff");
    assertThat(out.get(1).getCountries()).contains("PK");
  }

  @Test
  void paragraphsRepeatedWithinAnArticleAreDropped() {
    send(article(Fixtures.sample("000")).build());
    String first = enriched.readValuesToList().get(0).getText();
    assertThat(first.split("Russian President Vladimir Putin and his Iranian counterpart", -1))
        .hasSize(2);
  }

  @Test
  void theSameReportFromAnotherSiteIsADuplicateOfTheFirst() {
    RawArticle original = flood("https://a.example/flood", T0);
    // syndicated: other chrome, curly quotes, extra spaces and a zero-width space
    String copy =
        "Menu\nLatest\n\nRiver floods northern district\n\n"
            + String.join("\n\n", FLOOD).replace("said", "said\u200b").replace(" ", "  ")
            + "\n\nRelated stories\nOther story one\nOther story two\n";
    RawArticle syndicated =
        article(copy).at("https://b.example/news/1").publishedAt(T0.plusSeconds(600)).build();
    send(original);
    send(syndicated);

    List<EnrichedArticle> canonical = enriched.readValuesToList();
    assertThat(canonical).extracting(EnrichedArticle::getId).containsExactly(original.getId());
    // dedup.method is what its schema says: the method of dedup.fingerprint
    assertThat(canonical.get(0).getDedup().getMethod()).isEqualTo(ArticleEnricher.EXACT_METHOD);
    DuplicateNotice n = duplicates.readValue();
    assertThat(n.getId()).isEqualTo(syndicated.getId());
    assertThat(n.getCanonicalId()).isEqualTo(original.getId());
    assertThat(n.getCanonicalUrl()).isEqualTo("https://a.example/flood");
    assertThat(n.getSimilarity()).isEqualTo(1.0);
    assertThat(n.getMethod()).isEqualTo("exact");
    assertThat(n.getDuplicateCount()).isEqualTo(1);
  }

  @Test
  void aDifferentReportIsNotADuplicate() {
    send(
        article(report("River floods northern district", FLOOD))
            .at("https://a.example/flood")
            .build());
    send(
        article(report("Record turnout in capital", ELECTION))
            .at("https://a.example/vote")
            .build());
    assertThat(enriched.readValuesToList()).hasSize(2);
    assertThat(duplicates.isEmpty()).isTrue();
  }

  @Test
  void refetchingUnchangedIsSilentAndChangedTextIsARevision() {
    RawArticle v1 =
        article(report("River floods northern district", FLOOD))
            .at("https://a.example/flood")
            .build();
    send(v1);
    send(v1);
    String[] updated = {
      FLOOD[0],
      FLOOD[1],
      FLOOD[2],
      "By Wednesday evening the water had begun to fall, officials said."
    };
    send(
        article(report("River floods northern district", updated))
            .at("https://a.example/flood")
            .fetchedAt(T0.plusSeconds(3600))
            .build());

    List<EnrichedArticle> out = enriched.readValuesToList();
    assertThat(out).hasSize(2);
    assertThat(out).extracting(EnrichedArticle::getId).containsOnly(v1.getId());
    assertThat(out.get(0).getDedup().getRevision()).isEqualTo(1);
    assertThat(out.get(1).getDedup().getRevision()).isEqualTo(2);
    assertThat(out.get(1).getDedup().getPreviousLength()).isEqualTo(out.get(0).getText().length());
    assertThat(duplicates.isEmpty()).isTrue();
    assertThat(dlq.isEmpty()).as("an unchanged re-fetch is no 'no article text'").isTrue();
  }

  @Test
  void undecodableRecordsBecomeDeadLettersWithCoordinates() {
    raw.pipeInput("k1".getBytes(), "not avro".getBytes());
    send(article(report("River floods northern district", FLOOD)).build());
    DeadLetter d = dlq.readValue();
    assertThat(d.getReason()).isEqualTo("undecodable-record");
    assertThat(d.getSourceTopic()).isEqualTo("news.raw");
    assertThat(d.getSourcePartition()).isEqualTo(0);
    assertThat(d.getSourceOffset()).isEqualTo(0L);
    assertThat(d.getKey()).isEqualTo("k1");
    assertThat(new String(d.getOriginal().array())).isEqualTo("not avro");
    assertThat(enriched.readValuesToList()).hasSize(1); // the pipeline keeps going
  }

  @Test
  void aPageWithoutArticleTextIsADeadLetter() {
    send(
        article("Home\nNews\nSport\nTrending\nSubscribe\nCopyright 2025")
            .at("https://a.example/")
            .build());
    assertThat(dlq.readValue().getReason()).isEqualTo("no-article-text");
    assertThat(enriched.isEmpty()).isTrue();
  }

  @Test
  void stateStaysWithinTheHorizon() {
    for (int i = 0; i < 20; i++) {
      send(
          article(Fixtures.randomReport(i))
              .at("https://a.example/s" + i)
              .publishedAt(T0.plusSeconds(i))
              .build());
    }
    KeyValueStore<String, byte[]> canonicals =
        driver.getKeyValueStore(EnrichTopology.CANONICALS_STORE);
    KeyValueStore<String, byte[]> bands = driver.getKeyValueStore(EnrichTopology.BANDS_STORE);
    KeyValueStore<String, byte[]> revisions =
        driver.getKeyValueStore(EnrichTopology.REVISIONS_STORE);
    KeyValueStore<String, byte[]> stories = driver.getKeyValueStore(EnrichTopology.STORIES_STORE);
    KeyValueStore<String, byte[]> storyKeys =
        driver.getKeyValueStore(EnrichTopology.STORY_KEYS_STORE);
    KeyValueStore<String, byte[]> grace = driver.getKeyValueStore(EnrichTopology.GRACE_STORE);
    assertThat(count(canonicals)).isEqualTo(20);
    assertThat(count(revisions)).isEqualTo(20);
    assertThat(count(stories)).isPositive();
    assertThat(count(grace)).isZero();
    int bandsForTwenty = count(bands);
    assertThat(bandsForTwenty).isGreaterThan(37); // at least one article's worth of band keys
    // two days later (horizon one day, in processing time) one new article arrives: everything
    // older is forgotten
    driver.advanceWallClockTime(Duration.ofDays(2));
    send(
        article(report("Record turnout in capital", ELECTION))
            .at("https://a.example/late")
            .publishedAt(T0.plus(Duration.ofDays(2)))
            .build());
    assertThat(count(canonicals)).isEqualTo(1);
    assertThat(count(revisions)).isEqualTo(1);
    assertThat(count(bands)).isEqualTo(37); // 21 full + 16 lead bands of the one article left
    assertThat(count(stories)).isEqualTo(1);
    assertThat(count(storyKeys)).isPositive().isLessThanOrEqualTo(40);
  }

  @Test
  void aCopyPublishedBeyondTheHorizonOfItsOriginalIsNew() {
    send(flood("https://a.example/flood", T0));
    send(
        article(report("Record turnout in capital", ELECTION))
            .at("https://a.example/vote")
            .publishedAt(T0.plus(Duration.ofDays(2)))
            .build());
    send(
        article(report("River floods northern district", FLOOD))
            .at("https://b.example/copy")
            .publishedAt(T0.plus(Duration.ofDays(2)))
            .build());
    assertThat(enriched.readValuesToList()).hasSize(3);
    assertThat(duplicates.isEmpty()).isTrue();
  }

  @Test
  void anUndatedCopyIsCaughtAmongPagesOfOtherYears() {
    RawArticle original = flood("https://a.example/flood", Instant.parse("2025-03-11T08:00:00Z"));
    send(original);
    // pages stamped now (undated) and from other years push stream time far ahead of the original
    for (int i = 0; i < 5; i++) {
      send(
          article(Fixtures.randomReport(100 + i))
              .at("https://c.example/old" + i)
              .publishedAt(Instant.parse("2019-06-0" + (i + 1) + "T10:00:00Z"))
              .build());
      send(
          article(Fixtures.randomReport(200 + i))
              .at("https://c.example/now" + i)
              .fetchedAt(Instant.parse("2026-12-01T10:00:00Z"))
              .build());
    }
    send(
        article(report("River floods northern district", FLOOD))
            .at("https://b.example/undated-copy")
            .fetchedAt(Instant.parse("2026-12-01T10:05:00Z"))
            .build());
    DuplicateNotice n = duplicates.readValue();
    assertThat(n.getCanonicalId()).isEqualTo(original.getId());
    assertThat(n.getStoryId()).isEqualTo(original.getId());
  }

  @Test
  void withinTheGraceTheEarliestPublishedReportIsCanonicalWhateverArrivesFirst() {
    reopen(withGrace);
    RawArticle early = flood("https://a.example/flood", T0);
    RawArticle late = flood("https://b.example/copy", T0.plusSeconds(3600));
    pipe(late); // the later copy arrives first
    pipe(early);
    assertThat(enriched.isEmpty()).as("nothing is decided before the grace is over").isTrue();
    waitOutGrace();
    assertThat(enriched.readValuesToList())
        .extracting(EnrichedArticle::getId)
        .containsExactly(early.getId());
    assertThat(duplicates.readValue().getId()).isEqualTo(late.getId());
  }

  @Test
  void independentReportsOfOneEventShareAStoryAndOtherEventsDoNot() {
    var stories =
        driver.createOutputTopic(
            topics.stories().name(),
            new StringDeserializer(),
            topics.stories().valueSerde().deserializer());
    send(
        article(report("Floods in Sylhet force thousands from homes", SYLHET))
            .at("https://a.example/flood")
            .publishedAt(T0)
            .build());
    send(
        article(report("Surma bursts its banks as Sylhet is cut off", SYLHET_OTHER_WORDS))
            .at("https://b.example/f")
            .publishedAt(T0.plusSeconds(1800))
            .build());
    send(
        article(report("Record turnout in capital", ELECTION))
            .at("https://a.example/vote")
            .publishedAt(T0.plusSeconds(3600))
            .build());
    List<EnrichedArticle> out = enriched.readValuesToList();
    assertThat(out).hasSize(3);
    assertThat(out.get(1).getStoryId())
        .isEqualTo(out.get(0).getStoryId())
        .isEqualTo(out.get(0).getId());
    assertThat(out.get(2).getStoryId()).isEqualTo(out.get(2).getId());
    Map<String, io.newsflow.avro.Story> latest = new java.util.HashMap<>();
    stories.readKeyValuesToList().forEach(kv -> latest.put(kv.key, kv.value));
    io.newsflow.avro.Story flood = latest.get(out.get(0).getId());
    assertThat(flood.getCanonicalCount()).isEqualTo(2);
    assertThat(flood.getSources()).containsExactly("a.example", "b.example");
    assertThat(flood.getArticleIds()).containsExactly(out.get(0).getId(), out.get(1).getId());
  }

  static final String[] SYLHET = {
    "Flash floods in the Sylhet region of north-eastern Bangladesh forced more than 200,000 people from their "
        + "homes on Tuesday after days of heavy rain, the disaster management ministry said.",
    "The Surma river rose above the danger mark in Sylhet city, and the army was called in to help move families "
        + "to shelters. At least six people have died."
  };
  static final String[] SYLHET_OTHER_WORDS = {
    "Large parts of Sylhet were under water on Tuesday as the Surma burst its banks, cutting roads and leaving "
        + "villages reachable only by boat.",
    "Officials in Bangladesh said six people had been killed and that some 200,000 were now in shelters. Rain is "
        + "forecast to continue in the Sylhet region for several days."
  };

  /** Entries of a store, without the index's own stamp (a key starting with NUL). */
  static <V> int count(KeyValueStore<String, V> store) {
    int n = 0;
    try (var it = store.all()) {
      while (it.hasNext()) {
        if (!it.next().key.startsWith("\u0000")) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void watchlistEntriesTagWithoutARestart() {
    var watch =
        driver.createInputTopic(
            topics.watchlist().name(),
            new org.apache.kafka.common.serialization.StringSerializer(),
            topics.watchlist().valueSerde().serializer());
    String text =
        "Harbour strike spreads\n\nDock workers led by Grace Wanjiru walked out again on Monday, the "
            + "union said, as the strike at the port entered its second week.\n\nWanjiru told reporters the workers "
            + "would not return until the port authority reopened talks on their contract.\n";
    send(article(text + Fixtures.randomReport(1)).at("https://a.example/strike1").build());
    assertThat(enriched.readValue().getEntities()).noneMatch(e -> e.getId().equals("Q999001"));

    watch.pipeInput(
        "Q999001",
        io.newsflow.avro.WatchlistEntry.newBuilder()
            .setId("Q999001")
            .setName("Grace Wanjiru")
            .setAliases(List.of("Wanjiru"))
            .setType(io.newsflow.avro.EntityType.PERSON)
            .setCountry("KE")
            .build());
    send(article(text + Fixtures.randomReport(2)).at("https://a.example/strike2").build());
    EnrichedArticle a = enriched.readValue();
    assertThat(a.getEntities())
        .filteredOn(e -> e.getId().equals("Q999001"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getMentions()).isEqualTo(2);
              assertThat(e.getCountry()).isEqualTo("KE");
            });
    assertThat(a.getCountries()).contains("KE");

    watch.pipeInput("Q999001", null); // removed
    send(article(text + Fixtures.randomReport(3)).at("https://a.example/strike3").build());
    assertThat(enriched.readValue().getEntities()).noneMatch(e -> e.getId().equals("Q999001"));
  }

  @Test
  void replayFlagIsCarriedThrough() {
    send(article(report("River floods northern district", FLOOD)).replayed().build());
    assertThat(enriched.readValue().getReplay()).isTrue();
  }

  @Test
  void processorStoreAndTopicNamesArePinned() {
    Topology t = EnrichTopology.build(config, topics);
    String described = t.describe().toString();
    for (String name : EnrichTopology.pinnedNames()) {
      assertThat(described).as(name).contains(name);
    }
    assertThat(described).contains("dedup-input-repartition");
    // the whole layout is pinned: a renamed store or internal topic fails here, not in production
    assertThat(
            io.newsflow.streams.TopologySnapshot.check(
                t, java.nio.file.Path.of("src/test/resources/io/newsflow/enrich/topology.txt")))
        .isNull();
    // every node is named by us: nothing generated like KSTREAM-MAP-0000000003
    assertThat(described)
        .doesNotContainPattern("KSTREAM-[A-Z]+-\\d+")
        .doesNotContainPattern("KTABLE-[A-Z]+-\\d+");
  }
}
