package io.newsflow.enrich.story;

import io.newsflow.avro.DuplicateNotice;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.Story;
import io.newsflow.avro.StoryEntity;
import io.newsflow.avro.StoryState;
import io.newsflow.enrich.dedup.Buckets;
import io.newsflow.enrich.dedup.Kv;
import io.newsflow.serde.StateCodec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups canonical reports into stories: a report joins the most similar story whose reports are
 * within the window of its event time, when the weighted cosine to the story's centroid reaches the
 * threshold; else it starts a story of its own. Two guards keep different events with shared names
 * apart: a report naming places (cities, regions) the story never named, in none of the story's
 * categories, or sharing no named entity with it, needs {@link #CONFLICT_MARGIN} more similarity.
 *
 * <p>Candidates come from an inverted index of entity ids and strong words (a few dozen key reads,
 * not a scan), so the cost per report does not grow with the number of stories held. Decisions
 * depend only on the order of the reports, which the de-duplicator fixes (publication time within
 * the ordering grace).
 */
public final class StoryIndex {
  /**
   * Similarity a report needs on top of the threshold to join a story that names other places or
   * categories.
   */
  static final double CONFLICT_MARGIN = 0.3;

  static final int KEY_WORDS = 8;
  static final int MAX_POSTINGS = 64;
  static final int MAX_CANDIDATES = 32;
  static final int CENTROID_TERMS = 80;
  static final int MAX_REPORTS = 200;
  static final int MAX_KEYS = 120;
  static final int MAX_PLACES = 50;
  static final int TOP_ENTITIES = 10;

  /**
   * Entities a story counts at most: a long-running story names hundreds, and every candidate story
   * is read for every report; the least reported give way.
   */
  static final int MAX_ENTITIES = 100;

  /**
   * Decoded stories kept on the heap. Each report reads up to {@value #MAX_CANDIDATES} candidate
   * stories and most are the same few active ones; decoding them every time was a third of the
   * decision step. This index is its store's only writer (one task), so what it holds is what the
   * store holds; a new index (a task re-initialised after a rebalance or an aborted transaction)
   * starts empty.
   */
  static final int DECODED_STORIES = 512;

  /**
   * Profiles of candidate stories kept on the heap (about 1.5 KB each, against tens of KB for a
   * decoded story): what judging a candidate reads, so that only the story a report joins is
   * decoded. Like {@link #decoded}, written through by this index, the store's only writer.
   */
  static final int PROFILES = 8192;

  /** The stored story's format; {@link StoryProfile} reads it too. */
  static final StateCodec<StoryState> CODEC = new StateCodec<>(StoryState.class);

  private final Kv<byte[]> stories;
  private final Buckets postings;
  private final double threshold;
  private final long windowMs;
  private final Map<String, StoryState> decoded =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoryState> eldest) {
          return size() > DECODED_STORIES;
        }
      };

  private final Map<String, StoryProfile> profiles =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoryProfile> eldest) {
          return size() > PROFILES;
        }
      };

  public StoryIndex(Kv<byte[]> stories, Kv<byte[]> postings, double threshold, long windowMs) {
    this.stories = stories;
    this.postings = new Buckets(postings, MAX_POSTINGS);
    this.threshold = threshold;
    this.windowMs = windowMs;
  }

  /**
   * Files a canonical report in its story (a new one when none fits) and returns the story as it
   * now stands.
   */
  public Story join(EnrichedArticle a, long eventTime, long now) {
    try {
      return joinOrStart(a, eventTime, now);
    } catch (RuntimeException e) {
      forget(); // a story changed on the heap may not have reached the store
      throw e;
    }
  }

  private Story joinOrStart(EnrichedArticle a, long eventTime, long now) {
    StoryVector v = StoryVector.of(a);
    StoryProfile.Probe probe = StoryProfile.Probe.of(v);
    List<String> keys = v.keys(KEY_WORDS);
    String bestId = null;
    double bestScore = -1;
    for (String id : candidates(keys)) {
      StoryProfile p = profile(id);
      if (p == null || !withinWindow(p, eventTime)) {
        continue;
      }
      double score = p.cosine(probe);
      boolean better = score > bestScore || (score == bestScore && id.compareTo(bestId) < 0);
      if (score >= required(probe, a, p, eventTime) && better) {
        bestId = id;
        bestScore = score;
      }
    }
    StoryState best = bestId == null ? null : load(bestId);
    StoryState s = best != null ? best : fresh(a, eventTime, now);
    Story story = s.getStory();
    if (best != null) {
      story.setCanonicalCount(story.getCanonicalCount() + 1);
      report(story, a.getId(), a.getUrl(), a.getSource(), eventTime);
    }
    union(story.getCountries(), a.getCountries());
    union(story.getCategories(), a.getCategories());
    s.setTerms(v.addTo(s.getTerms(), CENTROID_TERMS));
    LinkedHashSet<String> union = new LinkedHashSet<>(s.getPlaces());
    union.addAll(v.places());
    List<String> places = new ArrayList<>(union);
    s.setPlaces(places.subList(0, Math.min(MAX_PLACES, places.size())));
    v.entities()
        .forEach(
            (id, name) -> {
              s.getEntityReports().merge(id, 1, Integer::sum);
              s.getEntityNames().put(id, name);
            });
    if (s.getEntityReports().size() > MAX_ENTITIES) {
      List<Map.Entry<String, Integer>> all = new ArrayList<>(s.getEntityReports().entrySet());
      all.sort(StoryVector.byCountThenKey());
      for (Map.Entry<String, Integer> e : List.copyOf(all.subList(MAX_ENTITIES, all.size()))) {
        s.getEntityReports().remove(e.getKey());
        s.getEntityNames().remove(e.getKey());
      }
    }
    story.setTopEntities(top(s));
    for (String k : keys) {
      if (!s.getKeys().contains(k) && s.getKeys().size() < MAX_KEYS) {
        s.getKeys().add(k);
        postings.add(k, story.getId()); // the oldest stories under a common key give way
      }
    }
    s.setHeldSince(Math.max(s.getHeldSince(), now));
    save(s);
    return story;
  }

  /**
   * Adds a near-duplicate copy to its canonical's story; empty when the story is no longer held.
   */
  public Optional<Story> addCopy(String storyId, DuplicateNotice n, long eventTime, long now) {
    StoryState s = load(storyId);
    if (s == null) {
      return Optional.empty();
    }
    try {
      report(s.getStory(), n.getId(), n.getUrl(), n.getSource(), eventTime);
      s.setHeldSince(Math.max(s.getHeldSince(), now));
      save(s);
    } catch (RuntimeException e) {
      forget();
      throw e;
    }
    return Optional.of(s.getStory());
  }

  public Optional<Story> get(String storyId) {
    return Optional.ofNullable(load(storyId)).map(StoryState::getStory);
  }

  /**
   * Forgets stories whose latest report was decided (processing time) before {@code cutoff};
   * returns how many.
   */
  public int evictHeldBefore(long cutoff) {
    List<StoryState> expired = new ArrayList<>();
    stories.forEach(
        (id, raw) -> {
          StoryState s = CODEC.decode(raw);
          if (s.getHeldSince() < cutoff) {
            expired.add(s);
          }
        });
    for (StoryState s : expired) {
      for (String k : s.getKeys()) {
        postings.remove(k, s.getStory().getId());
      }
      stories.delete(s.getStory().getId());
      decoded.remove(s.getStory().getId());
      profiles.remove(s.getStory().getId());
    }
    return expired.size();
  }

  /**
   * The similarity a report needs to join a story: the threshold when they share a named entity (a
   * person, an organisation, a place), nothing conflicts and they are within 12 hours; more when
   * the report names only other places, falls in none of the story's categories, or shares no
   * entity with it (words alone let a story drift from topic to topic), and more for every day
   * between the report and the story's nearest report.
   */
  private double required(StoryProfile.Probe v, EnrichedArticle a, StoryProfile s, long eventTime) {
    boolean otherPlaces = v.places().length > 0 && s.hasPlaces() && !s.namesAnyPlace(v);
    boolean otherCategories =
        !a.getCategories().isEmpty() && s.hasCategories() && !s.inAnyCategory(a.getCategories());
    boolean sharesEntity = s.namesAnyEntity(v);
    long gap = Math.max(0, Math.max(s.firstSeen - eventTime, eventTime - s.lastSeen));
    double apart = Math.max(0, gap - SAME_TIME_MS) / (double) DAY_MS * MARGIN_PER_DAY;
    return threshold
        + apart
        + (otherPlaces || otherCategories || !sharesEntity ? CONFLICT_MARGIN : 0);
  }

  /** Reports this close in time to a story's reports need no more than the threshold. */
  static final long SAME_TIME_MS = 12 * 3_600_000L;

  static final long DAY_MS = 24 * 3_600_000L;

  /**
   * Similarity needed on top per day further apart: a second attack in the same city two days later
   * reads much like the first, a follow-up of one event reads more like it.
   */
  static final double MARGIN_PER_DAY = 0.15;

  private boolean withinWindow(StoryProfile s, long t) {
    return t >= s.firstSeen - windowMs && t <= s.lastSeen + windowMs;
  }

  /**
   * Stories sharing the most keys with the report first, ties by id: the most likely matches are
   * judged.
   */
  private Collection<String> candidates(List<String> keys) {
    Map<String, int[]> shared = new HashMap<>();
    for (String k : keys) {
      for (String id : postings.ids(k)) {
        shared.computeIfAbsent(id, x -> new int[1])[0]++;
      }
    }
    // the best few of hundreds: a primitive sort of (count, index), the ids compared only where
    // counts tie
    String[] ids = new String[shared.size()];
    long[] order = new long[shared.size()];
    int n = 0;
    for (Map.Entry<String, int[]> e : shared.entrySet()) {
      ids[n] = e.getKey();
      order[n] = ((long) (Integer.MAX_VALUE - e.getValue()[0]) << 32) | n;
      n++;
    }
    Arrays.sort(order);
    List<String> ranked = new ArrayList<>(Math.min(n, MAX_CANDIDATES));
    for (int i = 0; i < n && ranked.size() < MAX_CANDIDATES; ) {
      int j = i;
      while (j < n && order[j] >>> 32 == order[i] >>> 32) {
        j++;
      }
      String[] tied = new String[j - i];
      for (int k = i; k < j; k++) {
        tied[k - i] = ids[(int) order[k]];
      }
      if (tied.length > 1) {
        Arrays.sort(tied);
      }
      for (int k = 0; k < tied.length && ranked.size() < MAX_CANDIDATES; k++) {
        ranked.add(tied[k]);
      }
      i = j;
    }
    return ranked;
  }

  private static StoryState fresh(EnrichedArticle a, long eventTime, long now) {
    String title = a.getTitle().isBlank() ? opening(a.getText()) : a.getTitle();
    // setters, not builders: a builder copies every field's default first
    Story story = new Story();
    story.setId(a.getId());
    story.setTitle(title);
    story.setFirstSeen(Instant.ofEpochMilli(eventTime));
    story.setLastSeen(Instant.ofEpochMilli(eventTime));
    story.setArticleIds(new ArrayList<>(List.of(a.getId())));
    story.setUrls(new ArrayList<>(List.of(a.getUrl())));
    story.setCanonicalCount(1);
    story.setArticleCount(1);
    story.setSources(new ArrayList<>(List.of(a.getSource())));
    story.setCountries(new ArrayList<>());
    story.setTopEntities(new ArrayList<>());
    story.setCategories(new ArrayList<>());
    story.setArticlesPerHour(1.0);
    StoryState s = new StoryState();
    s.setStory(story);
    s.setTerms(new HashMap<>());
    s.setPlaces(new ArrayList<>());
    s.setEntityReports(new HashMap<>());
    s.setEntityNames(new HashMap<>());
    s.setKeys(new ArrayList<>());
    s.setHeldSince(now);
    return s;
  }

  private static void report(Story s, String id, String url, String source, long eventTime) {
    s.setArticleCount(s.getArticleCount() + 1);
    if (s.getArticleIds().size() < MAX_REPORTS) {
      s.getArticleIds().add(id);
      s.getUrls().add(url);
    }
    if (!s.getSources().contains(source)) {
      s.getSources().add(source);
    }
    long first = Math.min(s.getFirstSeen().toEpochMilli(), eventTime);
    long last = Math.max(s.getLastSeen().toEpochMilli(), eventTime);
    s.setFirstSeen(Instant.ofEpochMilli(first));
    s.setLastSeen(Instant.ofEpochMilli(last));
    double hours = Math.max(1.0, (last - first) / 3_600_000.0);
    s.setArticlesPerHour(Math.round(s.getArticleCount() / hours * 100) / 100.0);
  }

  private static List<StoryEntity> top(StoryState s) {
    List<Map.Entry<String, Integer>> all = new ArrayList<>(s.getEntityReports().entrySet());
    all.sort(StoryVector.byCountThenKey());
    List<StoryEntity> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : all.subList(0, Math.min(TOP_ENTITIES, all.size()))) {
      out.add(
          new StoryEntity(
              e.getKey(), s.getEntityNames().getOrDefault(e.getKey(), e.getKey()), e.getValue()));
    }
    return out;
  }

  private static void union(List<String> into, List<String> more) {
    for (String x : more) {
      if (!into.contains(x)) {
        into.add(x);
      }
    }
  }

  private static String opening(String text) {
    String t = text.strip();
    if (t.length() <= 100) {
      return t;
    }
    int space = t.lastIndexOf(' ', 100);
    return t.substring(0, space > 40 ? space : 100) + "...";
  }

  private StoryState load(String id) {
    StoryState held = decoded.get(id);
    if (held != null) {
      return held;
    }
    byte[] raw = stories.get(id);
    if (raw == null) {
      return null;
    }
    StoryState s = CODEC.decode(raw);
    // decoded maps may be read-only views: copy so the report can update them
    s.setTerms(new HashMap<>(s.getTerms()));
    s.setEntityReports(new HashMap<>(s.getEntityReports()));
    s.setEntityNames(new HashMap<>(s.getEntityNames()));
    decoded.put(id, s);
    return s;
  }

  private void save(StoryState s) {
    stories.put(s.getStory().getId(), CODEC.encode(s));
    decoded.put(s.getStory().getId(), s);
    profiles.put(s.getStory().getId(), StoryProfile.of(s));
  }

  /** A candidate story's profile; null when the story is no longer held. */
  private StoryProfile profile(String id) {
    StoryProfile p = profiles.get(id);
    if (p != null) {
      return p;
    }
    StoryState held = decoded.get(id);
    if (held != null) {
      p = StoryProfile.of(held);
    } else {
      byte[] raw = stories.get(id);
      if (raw == null) {
        return null;
      }
      p = StoryProfile.read(raw);
    }
    profiles.put(id, p);
    return p;
  }

  private void forget() {
    decoded.clear();
    profiles.clear();
  }
}
