package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordClustersTest {
  /** 300 words around three orthogonal directions, a little noise each: three clear classes. */
  private final List<String> words = new ArrayList<>();

  private final float[][] vectors = vectors(new Random(7));

  private float[][] vectors(Random rnd) {
    float[][] v = new float[300][];
    for (int i = 0; i < v.length; i++) {
      int group = i % 3;
      words.add("abc".charAt(group) + "word" + i);
      v[i] = new float[8];
      for (int d = 0; d < 8; d++) {
        v[i][d] = (float) (rnd.nextGaussian() * 0.05);
      }
      v[i][group] += 1 + rnd.nextFloat(); // the length differs; only the direction counts
    }
    return v;
  }

  private byte[] build(long seed) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WordClusters.build(words, vectors, seed, out, s -> {});
    return out.toByteArray();
  }

  @Test
  void theTreeIsDeterministicAndNeverMixesClearlySeparateClasses() throws Exception {
    byte[] first = build(42);
    assertThat(build(42)).isEqualTo(first);
    WordClusters c = WordClusters.read(new ByteArrayInputStream(first));
    assertThat(c.size()).isEqualTo(300);
    Map<Integer, Set<Character>> classesByCluster = new HashMap<>();
    for (String w : words) {
      int packed = c.of(NerFeatures.lowerHash(w.toUpperCase(java.util.Locale.ROOT)));
      assertThat(packed).as(w + " is found whatever its case").isNotZero();
      classesByCluster
          .computeIfAbsent(WordClusters.level(packed, 0), k -> new HashSet<>())
          .add(w.charAt(0));
      // each level refines the one above: a level-3 cluster's parent is its level-2 cluster
      assertThat(WordClusters.level(packed, 2) / WordClusters.BRANCHING[2])
          .isEqualTo(WordClusters.level(packed, 1));
      assertThat(WordClusters.level(packed, 1) / WordClusters.BRANCHING[1])
          .isEqualTo(WordClusters.level(packed, 0));
    }
    assertThat(classesByCluster.values()).allSatisfy(s -> assertThat(s).hasSize(1));
    assertThat(c.of(NerFeatures.lowerHash("unlisted"))).isZero();
  }

  @Test
  void theShippedClustersGroupWordsOfAKind() {
    WordClusters c = WordClusters.shipped();
    assertThat(c.size()).isBetween(199_000, 200_000); // words that share a hash count once
    assertThat(WordClusters.level(c.of(NerFeatures.lowerHash("do")), 1))
        .as("the more frequent of two words with one hash (do, f1) keeps its cluster")
        .isEqualTo(WordClusters.level(c.of(NerFeatures.lowerHash("does")), 1));
    int tuesday = c.of(NerFeatures.lowerHash("Tuesday"));
    assertThat(WordClusters.level(c.of(NerFeatures.lowerHash("Wednesday")), 2))
        .isEqualTo(WordClusters.level(tuesday, 2));
    // clubs no list holds sit together, and apart from the weekdays
    int benfica = c.of(NerFeatures.lowerHash("Benfica"));
    assertThat(WordClusters.level(c.of(NerFeatures.lowerHash("Sampdoria")), 2))
        .isEqualTo(WordClusters.level(benfica, 2));
    assertThat(WordClusters.level(benfica, 1)).isNotEqualTo(WordClusters.level(tuesday, 1));
  }
}
