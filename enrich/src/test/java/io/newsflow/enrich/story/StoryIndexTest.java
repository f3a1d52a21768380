package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.DedupInfo;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.Story;
import io.newsflow.avro.StoryState;
import io.newsflow.enrich.dedup.Kv;
import io.newsflow.serde.StateCodec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a story holds stays bounded however long it runs, and what is read is what was written. */
class StoryIndexTest {
  static final long T0 = Instant.parse("2026-03-01T08:00:00Z").toEpochMilli();
  static final String TEXT =
      "Floods in Porto Alegre forced thousands from their homes on Monday as the Guaiba river rose"
          + " to a record level, the state civil defence agency said. Rescue teams used boats to"
          + " reach families trapped on rooftops in the north of the city.";

  final Kv<byte[]> stories = Kv.inMemory();
  final StoryIndex index = new StoryIndex(stories, Kv.inMemory(), 0.3, 48 * 3_600_000L);

  /** A follow-up report of the same flood naming one official no earlier report named. */
  static EnrichedArticle followUp(int n) {
    List<Entity> entities = new ArrayList<>();
    entities.add(entity("place:porto-alegre", "Porto Alegre", EntityType.LOCATION));
    entities.add(entity("person:official-" + n, "Official " + n, EntityType.PERSON));
    return EnrichedArticle.newBuilder()
        .setId("a" + n)
        .setParentId("a" + n)
        .setUrl("https://example.com/a" + n)
        .setSource("example.com")
        .setTitle("Floods in Porto Alegre")
        .setText(TEXT + " Official " + n + " said more rain was expected.")
        .setLanguage("en")
        .setFetchedAt(Instant.ofEpochMilli(T0))
        .setEntities(entities)
        .setCountries(List.of("BR"))
        .setDedup(DedupInfo.newBuilder().setFingerprint("f" + n).setMethod("exact-sha256").build())
        .build();
  }

  static Entity entity(String id, String name, EntityType type) {
    return Entity.newBuilder()
        .setId(id)
        .setName(name)
        .setType(type)
        .setMentions(1)
        .setCountry("BR")
        .build();
  }

  @Test
  void aLongStoryCountsABoundedNumberOfEntities() {
    String storyId = null;
    for (int n = 0; n < 3 * StoryIndex.MAX_ENTITIES; n++) {
      Story s = index.join(followUp(n), T0 + n * 60_000L, T0 + n);
      storyId = storyId == null ? s.getId() : storyId;
      assertThat(s.getId()).as("report %d joins the flood's story", n).isEqualTo(storyId);
    }
    StoryState held = new StateCodec<>(StoryState.class).decode(stories.get(storyId));
    assertThat(held.getEntityReports()).hasSizeLessThanOrEqualTo(StoryIndex.MAX_ENTITIES);
    assertThat(held.getEntityNames().keySet()).isEqualTo(held.getEntityReports().keySet());
    // the entity every report names stays, the one-off names give way
    assertThat(held.getEntityReports()).containsEntry("place:porto-alegre", 300);
    assertThat(held.getStory().getArticleCount()).isEqualTo(300);
  }

  @Test
  void aNewIndexOverTheSameStoreReadsWhatTheFirstWrote() {
    Story first = null;
    for (int n = 0; n < 20; n++) {
      first = index.join(followUp(n), T0 + n * 60_000L, T0 + n);
    }
    // a task re-initialised after a rebalance starts with no decoded stories: the store is the
    // truth
    StoryIndex again = new StoryIndex(stories, Kv.inMemory(), 0.3, 48 * 3_600_000L);
    assertThat(again.get(first.getId()).orElseThrow()).isEqualTo(first);
  }

  /** A report of another event, for a second story. */
  static EnrichedArticle wildfire(int n) {
    return EnrichedArticle.newBuilder(followUp(n))
        .setId("w" + n)
        .setParentId("w" + n)
        .setUrl("https://example.org/w" + n)
        .setTitle("Wildfire near Fort McMurray")
        .setText(
            "A wildfire near Fort McMurray forced the evacuation of 8,000 residents on Tuesday,"
                + " Alberta's wildfire service said, as strong winds pushed the flames toward the"
                + " highway. Crew "
                + n
                + " reported the fire had grown to 12,000 hectares.")
        .setEntities(List.of(entity("place:fort-mcmurray", "Fort McMurray", EntityType.LOCATION)))
        .setCountries(List.of("CA"))
        .build();
  }

  @Test
  void aStoryReadFromItsBytesIsJudgedAsTheOneOnTheHeap() {
    StoryIndex warm = new StoryIndex(stories, Kv.inMemory(), 0.3, 48 * 3_600_000L);
    Kv<byte[]> coldStories = Kv.inMemory();
    Kv<byte[]> coldKeys = Kv.inMemory();
    for (int n = 0; n < 30; n++) {
      EnrichedArticle a = n % 3 == 0 ? wildfire(n) : followUp(n);
      long t = T0 + n * 600_000L;
      String onHeap = warm.join(EnrichedArticle.newBuilder(a).build(), t, t).getId();
      // a new index per report holds nothing on the heap: every candidate is read from its bytes
      String fromBytes =
          new StoryIndex(coldStories, coldKeys, 0.3, 48 * 3_600_000L)
              .join(EnrichedArticle.newBuilder(a).build(), t, t)
              .getId();
      assertThat(fromBytes).as("report %d", n).isEqualTo(onHeap);
    }
    assertThat(warm.get("a1").orElseThrow().getArticleCount()).isEqualTo(20);
    assertThat(warm.get("w0").orElseThrow().getArticleCount()).isEqualTo(10);

    StoryState held = new StateCodec<>(StoryState.class).decode(stories.get("a1"));
    StoryProfile.Probe probe = StoryProfile.Probe.of(StoryVector.of(followUp(99)));
    StoryProfile read = StoryProfile.read(stories.get("a1"));
    StoryProfile kept = StoryProfile.of(held);
    assertThat(read.cosine(probe)).isEqualTo(kept.cosine(probe)).isGreaterThan(0.3);
    assertThat(read.firstSeen).isEqualTo(kept.firstSeen);
    assertThat(read.lastSeen).isEqualTo(kept.lastSeen);
    assertThat(read.namesAnyEntity(probe)).isTrue();
    assertThat(read.namesAnyPlace(probe)).isTrue();
    assertThat(StoryProfile.read(stories.get("w0")).namesAnyPlace(probe)).isFalse();
  }
}
