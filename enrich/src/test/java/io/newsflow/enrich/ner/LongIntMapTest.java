package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntMapTest {
  @Test
  void agreesWithAHashMapThroughGrowth() {
    LongIntMap m = new LongIntMap(4);
    Map<Long, Integer> expected = new HashMap<>();
    Random rnd = new Random(3);
    for (int i = 0; i < 20_000; i++) {
      long key = rnd.nextInt(5_000) - 2_500L; // collisions, key 0 and negative keys included
      int value = rnd.nextInt();
      if (rnd.nextBoolean()) {
        m.put(key, value);
        expected.put(key, value);
      } else {
        m.or(key, value);
        expected.merge(key, value, (a, b) -> a | b);
      }
    }
    assertThat(m.size()).isEqualTo(expected.size());
    for (long key = -2_600; key < 2_600; key++) {
      assertThat(m.get(key, 42)).isEqualTo(expected.getOrDefault(key, 42));
    }
  }

  @Test
  void aValueOfZeroIsStillThere() {
    LongIntMap m = new LongIntMap(16);
    m.put(7, 0);
    m.or(8, 0);
    assertThat(m.get(7, -1)).isZero();
    assertThat(m.get(8, -1)).isZero();
    assertThat(m.get(9, -1)).isEqualTo(-1);
    assertThat(m.size()).isEqualTo(2);
  }

  @Test
  void addUnlessFullCountsEachFieldUpToItsMaximumAndLeavesTheOthers() {
    LongIntMap m = new LongIntMap(4);
    for (int i = 0; i < 300; i++) {
      m.addUnlessFull(5, 1, 0, 255); // low 8 bits saturate at 255
    }
    for (int i = 0; i < 70; i++) {
      m.addUnlessFull(5, 1 << 8, 8, 63); // the next 6 at 63
    }
    m.addUnlessFull(-3, 1 << 14, 14, 63);
    assertThat(m.get(5, -1)).isEqualTo(255 | 63 << 8);
    assertThat(m.get(-3, -1)).isEqualTo(1 << 14);
    assertThat(m.size()).isEqualTo(2);
  }
}
