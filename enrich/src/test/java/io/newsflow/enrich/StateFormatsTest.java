package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.avro.ArticleRevision;
import io.newsflow.avro.Story;
import io.newsflow.avro.StoryState;
import io.newsflow.enrich.dedup.Buckets;
import io.newsflow.enrich.dedup.DedupEntry;
import io.newsflow.serde.StateCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Stored state is a contract too: a release must read what the previous one wrote into its stores.
 * The bytes in {@code src/test/resources/io/newsflow/enrich/state/} were written by earlier formats
 * and must still decode; a format change that cannot read them fails here. Write a new fixture with
 * {@code -Dnewsflow.state.update=true} when a format version is added, and keep the old ones.
 */
class StateFormatsTest {
  static final Path DIR = Path.of("src/test/resources/io/newsflow/enrich/state");

  static byte[] fixture(String name, byte[] current) throws Exception {
    Path p = DIR.resolve(name);
    if (Boolean.getBoolean("newsflow.state.update") && !Files.exists(p)) {
      Files.writeString(p, HexFormat.of().formatHex(current) + "\n");
    }
    return HexFormat.of().parseHex(Files.readString(p).strip());
  }

  @Test
  void dedupEntriesOfEveryFormatStillRead() throws Exception {
    // format 1 (before stories): no publication time, its own story
    DedupEntry v1 =
        DedupEntry.decode(
            HexFormat.of().parseHex(Files.readString(DIR.resolve("dedup-entry-v1.hex")).strip()));
    assertThat(v1.id()).isEqualTo("a1");
    assertThat(v1.url()).isEqualTo("https://a.example/1");
    assertThat(v1.duplicates()).isEqualTo(2);
    assertThat(v1.heldSince()).isEqualTo(1_700_000_000_000L);
    assertThat(v1.dated()).isFalse();
    assertThat(v1.storyId()).isEqualTo("a1");
    // format 2 (before the exact-text hash)
    DedupEntry v2 =
        DedupEntry.decode(
            HexFormat.of().parseHex(Files.readString(DIR.resolve("dedup-entry-v2.hex")).strip()));
    assertThat(v2.id()).isEqualTo("b2");
    assertThat(v2.signature()).containsExactly(1, 2, 3);
    assertThat(v2.publishedAt()).isEqualTo(1_750_000_000_000L);
    assertThat(v2.storyId()).isEqualTo("s9");
    assertThat(v2.exact()).isEmpty();
    // format 3
    DedupEntry now =
        new DedupEntry(
            "b3",
            "https://b.example/3",
            new byte[] {1, 2, 3},
            new byte[] {4},
            40,
            1,
            1_800_000_000_000L,
            1_750_000_000_000L,
            "s9",
            "0123456789abcdef0123456789abcdef");
    DedupEntry v3 = DedupEntry.decode(fixture("dedup-entry-v3.hex", now.encode()));
    assertThat(v3.id()).isEqualTo("b3");
    assertThat(v3.storyId()).isEqualTo("s9");
    assertThat(v3.exact()).isEqualTo("0123456789abcdef0123456789abcdef");
    assertThat(DedupEntry.decode(v3.encode()).encode()).isEqualTo(v3.encode());
  }

  @Test
  void storyStatesOfFormatOneStillRead() throws Exception {
    Story story =
        Story.newBuilder()
            .setId("s1")
            .setTitle("Quake")
            .setFirstSeen(Instant.ofEpochMilli(1_000))
            .setLastSeen(Instant.ofEpochMilli(2_000))
            .setArticleIds(new ArrayList<>(List.of("s1", "c2")))
            .setUrls(new ArrayList<>(List.of("u1", "u2")))
            .setCanonicalCount(1)
            .setArticleCount(2)
            .setSources(new ArrayList<>(List.of("a", "b")))
            .setCountries(new ArrayList<>(List.of("TR")))
            .setTopEntities(new ArrayList<>())
            .setCategories(new ArrayList<>(List.of("disaster")))
            .setArticlesPerHour(2.0)
            .build();
    StoryState state =
        StoryState.newBuilder()
            .setStory(story)
            .setTerms(Map.of("malatya", 0.5f))
            .setPlaces(List.of("geonames:304922"))
            .setEntityReports(Map.of("geonames:304922", 1))
            .setEntityNames(Map.of("geonames:304922", "Malatya"))
            .setKeys(List.of("malatya"))
            .setHeldSince(3_000)
            .build();
    StateCodec<StoryState> codec = new StateCodec<>(StoryState.class);
    StoryState read = codec.decode(fixture("story-state-v1.hex", codec.encode(state)));
    assertThat(read.getStory().getArticleIds()).containsExactly("s1", "c2");
    assertThat(read.getTerms()).containsEntry("malatya", 0.5f);
    assertThat(read.getHeldSince()).isEqualTo(3_000);
  }

  @Test
  void revisionsOfEveryFormatStillRead() throws Exception {
    // before the store had a format: fingerprint, revision, length, held since (tab-separated text)
    ArticleRevision text =
        ExtractProcessor.revision(
            HexFormat.of()
                .parseHex(Files.readString(DIR.resolve("article-revision-text.hex")).strip()));
    assertThat(text.getFingerprint()).isEqualTo("0123456789abcdef0123456789abcdef");
    assertThat(text.getRevision()).isEqualTo(2);
    assertThat(text.getLength()).isEqualTo(1234);
    assertThat(text.getHeldSince()).isEqualTo(1_700_000_000_000L);
    ArticleRevision now = new ArticleRevision("fedcba9876543210fedcba9876543210", 3, 99, 5L);
    ArticleRevision v1 =
        ExtractProcessor.revision(
            fixture(
                "article-revision-v1.hex", new StateCodec<>(ArticleRevision.class).encode(now)));
    assertThat(v1).isEqualTo(now);
  }

  @Test
  void bucketsOfEveryFormatStillRead() throws Exception {
    // before the format byte: the ids as lines; the LSH bands and story keys hold these
    byte[] text = HexFormat.of().parseHex(Files.readString(DIR.resolve("bucket-text.hex")).strip());
    assertThat(Buckets.decode(text)).containsExactly("a1", "b2", "c3");
    byte[] v1 = fixture("bucket-v1.hex", Buckets.encode(List.of("d4", "e5")));
    assertThat(Buckets.decode(v1)).containsExactly("d4", "e5");
    assertThatThrownBy(() -> Buckets.decode(new byte[] {9, 'x'}))
        .hasMessageContaining("Unknown bucket state format 9");
  }

  @Test
  void aFormatFromANewerReleaseIsRefusedWithAnActionableMessage() {
    byte[] newer = {9, 0, 0};
    assertThatThrownBy(() -> new StateCodec<>(StoryState.class).decode(newer))
        .hasMessageContaining("state format 9")
        .hasMessageContaining("Reset the application's state");
    assertThatThrownBy(() -> DedupEntry.decode(newer))
        .hasMessageContaining("Unknown dedup entry format 9");
  }
}
