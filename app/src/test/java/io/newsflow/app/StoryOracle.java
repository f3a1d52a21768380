package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.avro.RawArticle;
import io.newsflow.runtime.TopicReader;
import io.newsflow.topics.TopicCatalog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The generator and verifier of the fault scenarios: it knows every input, which inputs are copies
 * of which story, and which stories must alert (the rule "peru": countries PE). After a scenario,
 * {@link #verify} reads every output topic and checks each input against that knowledge.
 */
final class StoryOracle {
  static final String RULES =
      "rules:\n  - name: peru\n    topic: alerts.peru\n    severity: high\n"
          + "    when: {countries: [PE]}\n";

  private final Random random;
  private final Instant t0;
  private final List<RawArticle> originals = new ArrayList<>();
  private final Map<String, String> copyOf = new HashMap<>();
  private final Set<String> expectedPeruStories = new HashSet<>();
  private int sent;

  StoryOracle(long seed, Instant t0) {
    this.random = new Random(seed);
    this.t0 = t0;
  }

  /**
   * The i-th input: every fourth a copy of an earlier original from another source, a third of
   * originals Peru.
   */
  RawArticle next() {
    int i = sent++;
    Instant t = t0.plusSeconds(i);
    if (i % 4 == 3) {
      RawArticle o = originals.get(random.nextInt(originals.size()));
      String id = "copy-" + i;
      copyOf.put(id, o.getId());
      return EnrichKillIT.article(id, "syndicate.example", o.getBody(), t);
    }
    String country = i % 3 == 0 ? "Peru" : "Norway";
    RawArticle a =
        EnrichKillIT.article(
            "story-" + i,
            "s" + (i % 5) + ".example",
            "Story " + i + "\n\n" + SinkRestartIT.text(random, country),
            t);
    originals.add(a);
    if (country.equals("Peru")) {
      expectedPeruStories.add(a.getId());
    }
    return a;
  }

  int sent() {
    return sent;
  }

  /**
   * Waits until enrich has committed output beyond what is there now: the point at which a scenario
   * disturbs the pipeline "mid-stream", with some of the last batch done and the rest in flight.
   * Call after flushing the batch.
   */
  static void awaitMoreEnriched(TopicReader reader, TopicCatalog topics) {
    int before = reader.readAll(topics.enriched().name(), Duration.ofSeconds(10)).size();
    await()
        .atMost(Duration.ofSeconds(120))
        .until(
            () -> reader.readAll(topics.enriched().name(), Duration.ofSeconds(10)).size() > before);
  }

  /**
   * Waits for every input to come out, then checks: each input enriched or a duplicate exactly
   * once, one canonical per story and every copy pointing at it, no dead letters, and exactly one
   * alert per Peru story.
   */
  void verify(TopicReader reader, TopicCatalog topics) {
    await()
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                reader.readAll(topics.enriched().name(), Duration.ofSeconds(10)).size()
                        + reader.readAll(topics.duplicates().name(), Duration.ofSeconds(10)).size()
                    >= sent);
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                reader.readAll(topics.alerts("peru").name(), Duration.ofSeconds(10)).size()
                    >= expectedPeruStories.size());

    List<String> enriched =
        reader.readAll(topics.enriched().name(), Duration.ofSeconds(10)).stream()
            .map(TopicReader.Line::key)
            .toList();
    List<TopicReader.Line> dups =
        reader.readAll(topics.duplicates().name(), Duration.ofSeconds(10));
    List<String> all = new ArrayList<>(enriched);
    dups.forEach(d -> all.add(d.key()));
    assertThat(all)
        .as("every input exactly once, enriched or duplicate")
        .doesNotHaveDuplicates()
        .hasSize(sent);
    assertThat(enriched).hasSize(sent - copyOf.size());
    // which copy of a story reaches the decision first depends on partition timing: the oracle
    // checks groups
    Map<String, String> storyOf = new HashMap<>();
    originals.forEach(o -> storyOf.put(o.getId(), o.getId()));
    storyOf.putAll(copyOf);
    Map<String, String> canonicalOfStory = new HashMap<>();
    enriched.forEach(
        id ->
            assertThat(canonicalOfStory.put(storyOf.get(id), id))
                .as("one canonical per story")
                .isNull());
    assertThat(dups)
        .allSatisfy(
            d ->
                assertThat(d.value().get("canonicalId").toString())
                    .isEqualTo(canonicalOfStory.get(storyOf.get(d.key()))));
    assertThat(reader.readAll(topics.deadLetters().name(), Duration.ofSeconds(10))).isEmpty();
    List<String> peruStories =
        reader.readAll(topics.alerts("peru").name(), Duration.ofSeconds(10)).stream()
            .map(l -> storyOf.get(l.value().get("articleId").toString()))
            .toList();
    assertThat(peruStories)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expectedPeruStories);
  }
}
