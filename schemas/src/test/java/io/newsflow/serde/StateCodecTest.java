package io.newsflow.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.avro.Story;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;

/** State values: the format byte, then Avro binary, whatever the codec did before. */
class StateCodecTest {
  final StateCodec<Story> codec = new StateCodec<>(Story.class);

  static Story story(String id, int reports) {
    List<String> ids = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < reports; i++) {
      ids.add(id + "-" + i);
      urls.add("https://example.com/news/" + id + "/" + i);
    }
    return Story.newBuilder()
        .setId(id)
        .setTitle("Floods in Porto Alegre")
        .setFirstSeen(Instant.parse("2026-03-01T08:00:00Z"))
        .setLastSeen(Instant.parse("2026-03-01T09:00:00Z"))
        .setArticleIds(ids)
        .setUrls(urls)
        .setCanonicalCount(reports)
        .setArticleCount(reports)
        .build();
  }

  /** What the codec wrote before it buffered: a direct encoder behind the format byte. */
  static byte[] direct(Story s) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(StateCodec.VERSION);
    BinaryEncoder enc = EncoderFactory.get().directBinaryEncoder(out, null);
    new SpecificDatumWriter<>(Story.class).write(s, enc);
    enc.flush();
    return out.toByteArray();
  }

  @Test
  void writesTheBytesItAlwaysWroteAndReadsThemBack() throws Exception {
    for (Story s : List.of(story("a", 0), story("b", 200), story("c", 3))) {
      byte[] bytes = codec.encode(s);
      assertThat(bytes).isEqualTo(direct(s));
      assertThat(codec.decode(bytes)).isEqualTo(s);
    }
  }

  @Test
  void aLargeValueThenASmallOneAndAFailedEncodeLeaveNoTrace() throws Exception {
    Story huge = story("h", 30_000); // grows the thread's buffer past what it keeps (256 KB)
    assertThat(codec.decode(codec.encode(huge))).isEqualTo(huge);
    Story broken = story("x", 5000);
    broken.setTitle(null); // fails part-way, with bytes in the encoder's buffer
    assertThatThrownBy(() -> codec.encode(broken)).isInstanceOf(NullPointerException.class);
    Story small = story("s", 2);
    assertThat(codec.encode(small)).isEqualTo(direct(small));
  }
}
