package io.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BucketsTest {
  /** The lines as String.split read them, which decode did before it cut them itself. */
  private static List<String> bySplit(byte[] value) {
    int from = value.length > 0 && value[0] == Buckets.FORMAT ? 1 : 0;
    return Arrays.asList(
        new String(value, from, value.length - from, StandardCharsets.UTF_8).split("\n"));
  }

  @Test
  void decodesAsSplitDid() {
    Random r = new Random(7);
    String alphabet = "ab\n\nç東-1";
    for (int n = 0; n < 5000; n++) {
      StringBuilder s = new StringBuilder();
      for (int k = r.nextInt(12); k > 0; k--) {
        s.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      byte[] text = s.toString().getBytes(StandardCharsets.UTF_8);
      byte[] withFormat = new byte[text.length + 1];
      withFormat[0] = Buckets.FORMAT;
      System.arraycopy(text, 0, withFormat, 1, text.length);
      assertThat(Buckets.decode(withFormat)).as(s.toString()).isEqualTo(bySplit(withFormat));
      if (text.length == 0 || text[0] >= ' ') { // else it would read as a format byte
        assertThat(Buckets.decode(text)).as(s.toString()).isEqualTo(bySplit(text));
      }
    }
  }

  @Test
  void keepsTheMostRecentIdsLast() {
    Buckets b = new Buckets(Kv.inMemory(), 3);
    for (String id : List.of("a", "b", "c", "a", "d")) {
      b.add("k", id);
    }
    assertThat(b.ids("k")).containsExactly("c", "a", "d");
    b.remove("k", "a");
    assertThat(b.ids("k")).containsExactly("c", "d");
  }
}
