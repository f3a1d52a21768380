package io.newsflow.enrich.story;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import io.newsflow.avro.Story;
import io.newsflow.avro.StoryState;
import io.newsflow.serde.StateCodec;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;

/**
 * What judging a candidate story reads: its time span, centroid, places, categories and entities. A
 * report judges up to 32 candidate stories; a decoded story (its reports, URLs, entity names) is
 * too large to keep for thousands of them, and decoding one for each candidate was a third of the
 * story step. A profile is about 1.5 KB: term, place and entity ids as sorted 64-bit hashes (two
 * ids that collide would only count as one). One not held is read from the stored story through a
 * projection that skips the fields judging does not read.
 */
final class StoryProfile {
  private static final Hasher64 HASH = Hashing.komihash5_0();

  final long firstSeen;
  final long lastSeen;

  /** Centroid terms, hashed and sorted, with their weights. */
  private final long[] terms;

  private final float[] weights;

  /** The centroid's L2 norm. */
  private final double norm;

  private final long[] places;
  private final List<String> categories;
  private final long[] entities;

  private StoryProfile(
      long firstSeen,
      long lastSeen,
      Map<? extends CharSequence, Float> centroid,
      Collection<? extends CharSequence> places,
      List<String> categories,
      Collection<? extends CharSequence> entities) {
    this.firstSeen = firstSeen;
    this.lastSeen = lastSeen;
    Weighted w = Weighted.of(centroid);
    this.terms = w.hashes;
    this.weights = w.weights;
    double n = 0;
    for (float c : weights) {
      n += c * c;
    }
    this.norm = Math.sqrt(n);
    this.places = hashes(places);
    this.categories = List.copyOf(categories);
    this.entities = hashes(entities);
  }

  static StoryProfile of(StoryState s) {
    Story story = s.getStory();
    return new StoryProfile(
        story.getFirstSeen().toEpochMilli(),
        story.getLastSeen().toEpochMilli(),
        s.getTerms(),
        s.getPlaces(),
        story.getCategories(),
        s.getEntityReports().keySet());
  }

  /** The profile of a story as stored ({@link StateCodec} format), without decoding the rest. */
  @SuppressWarnings("unchecked")
  static StoryProfile read(byte[] stored) {
    GenericRecord r = StoryIndex.CODEC.read(stored, PROJECTION.get());
    GenericRecord story = (GenericRecord) r.get("story");
    return new StoryProfile(
        (Long) story.get("firstSeen"),
        (Long) story.get("lastSeen"),
        (Map<CharSequence, Float>) r.get("terms"),
        (Collection<CharSequence>) r.get("places"),
        ((Collection<CharSequence>) story.get("categories"))
            .stream().map(CharSequence::toString).toList(),
        ((Map<CharSequence, Integer>) r.get("entityReports")).keySet());
  }

  /** StoryState with only what a profile reads: Avro skips the other fields' bytes. */
  private static final Schema READ =
      new Schema.Parser()
          .parse(
              """
              {"type": "record", "name": "StoryState", "namespace": "io.newsflow.avro", "fields": [
                {"name": "story", "type": {"type": "record", "name": "Story", "fields": [
                  {"name": "firstSeen", "type": "long"},
                  {"name": "lastSeen", "type": "long"},
                  {"name": "categories", "type": {"type": "array", "items": "string"}}]}},
                {"name": "terms", "type": {"type": "map", "values": "float"}},
                {"name": "places", "type": {"type": "array", "items": "string"}},
                {"name": "entityReports", "type": {"type": "map", "values": "int"}}]}
              """);

  /** Readers keep decoding state, so one per thread. */
  private static final ThreadLocal<GenericDatumReader<GenericRecord>> PROJECTION =
      ThreadLocal.withInitial(
          () -> new GenericDatumReader<>(StoryState.getClassSchema(), READ, new GenericData()));

  /** A report's vector in the form a profile compares with. */
  record Probe(long[] terms, float[] weights, long[] places, long[] entities) {
    static Probe of(StoryVector v) {
      Weighted w = Weighted.of(v.terms());
      return new Probe(w.hashes, w.weights, hashes(v.places()), hashes(v.entities().keySet()));
    }
  }

  /**
   * Cosine similarity of a report to this story's centroid (the report's vector not normalised).
   */
  double cosine(Probe v) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < v.terms.length) {
      int c = Long.compare(terms[i], v.terms[j]);
      if (c == 0) {
        dot += weights[i] * v.weights[j];
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return norm == 0 ? 0 : dot / norm;
  }

  boolean hasPlaces() {
    return places.length > 0;
  }

  boolean namesAnyPlace(Probe v) {
    return shares(places, v.places);
  }

  boolean namesAnyEntity(Probe v) {
    return shares(entities, v.entities);
  }

  boolean hasCategories() {
    return !categories.isEmpty();
  }

  boolean inAnyCategory(List<String> of) {
    for (String c : of) {
      if (categories.contains(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean shares(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      int c = Long.compare(a[i], b[j]);
      if (c == 0) {
        return true;
      }
      if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  private static long hash(CharSequence s) {
    return HASH.hashCharsToLong(s);
  }

  private static long[] hashes(Collection<? extends CharSequence> ids) {
    long[] out = new long[ids.size()];
    int n = 0;
    for (CharSequence s : ids) {
      out[n++] = hash(s);
    }
    Arrays.sort(out);
    return out;
  }

  /** Terms as sorted hashes with their weights. */
  private record Weighted(long[] hashes, float[] weights) {
    static Weighted of(Map<? extends CharSequence, Float> terms) {
      long[] packed = new long[terms.size()];
      long[] h = new long[terms.size()];
      float[] w = new float[terms.size()];
      int n = 0;
      for (Map.Entry<? extends CharSequence, Float> e : terms.entrySet()) {
        h[n] = hash(e.getKey());
        w[n] = e.getValue();
        n++;
      }
      // sort the hashes and carry the weights along: an index sort, n is at most a few hundred
      Integer[] order = new Integer[n];
      for (int k = 0; k < n; k++) {
        order[k] = k;
      }
      Arrays.sort(order, (x, y) -> Long.compare(h[x], h[y]));
      float[] sorted = new float[n];
      for (int k = 0; k < n; k++) {
        packed[k] = h[order[k]];
        sorted[k] = w[order[k]];
      }
      return new Weighted(packed, sorted);
    }
  }
}
