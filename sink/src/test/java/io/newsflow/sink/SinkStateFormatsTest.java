package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.avro.FiredAlert;
import io.newsflow.avro.PendingMomentum;
import io.newsflow.avro.RuleThrottle;
import io.newsflow.avro.SourceReport;
import io.newsflow.avro.StorySources;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sink's stores are a contract too: a release must read what the previous one wrote. The bytes
 * in {@code src/test/resources/io/newsflow/sink/state/} were written by earlier formats (the
 * "-text" ones before the stores had a format byte) and must still decode. Write a new fixture with
 * {@code -Dnewsflow.state.update=true} when a format is added, and keep the old ones.
 */
class SinkStateFormatsTest {
  static final Path DIR = Path.of("src/test/resources/io/newsflow/sink/state");

  static byte[] read(String name) throws Exception {
    return HexFormat.of().parseHex(Files.readString(DIR.resolve(name)).strip());
  }

  static byte[] fixture(String name, byte[] current) throws Exception {
    Path p = DIR.resolve(name);
    if (Boolean.getBoolean("newsflow.state.update") && !Files.exists(p)) {
      Files.writeString(p, HexFormat.of().formatHex(current) + "\n");
    }
    return read(name);
  }

  @Test
  void firedAlertsOfEveryFormatStillRead() throws Exception {
    assertThat(SinkState.fired(read("fired-text.hex")))
        .isEqualTo(new FiredAlert(false, 1_700_000_000_000L));
    assertThat(SinkState.fired(read("fired-suppressed-text.hex")))
        .isEqualTo(new FiredAlert(true, 1_700_000_000_001L));
    FiredAlert now = new FiredAlert(true, 42L);
    assertThat(SinkState.fired(fixture("fired-v1.hex", SinkState.FIRED.encode(now))))
        .isEqualTo(now);
  }

  @Test
  void storySourcesOfEveryFormatStillRead() throws Exception {
    // lines of source, id, url, time; one line from before ids were kept; the processing time last
    StorySources text = SinkState.sources(read("sources-text.hex"));
    assertThat(text.getReports())
        .containsExactly(
            new SourceReport("a.example", "", "", 1_000L),
            new SourceReport("b.example", "id2", "https://b.example/2", 2_000L));
    assertThat(text.getHeldSince()).isEqualTo(1_700_000_000_000L);
    StorySources now =
        new StorySources(List.of(new SourceReport("c.example", "id3", "u3", 3_000L)), 7L);
    assertThat(SinkState.sources(fixture("sources-v1.hex", SinkState.SOURCES.encode(now))))
        .isEqualTo(now);
  }

  @Test
  void throttlesOfEveryFormatStillRead() throws Exception {
    assertThat(SinkState.throttle(read("throttle-text.hex")).getRecent())
        .containsExactly(1_000L, 2_000L);
    RuleThrottle now = new RuleThrottle(List.of(5L));
    assertThat(SinkState.throttle(fixture("throttle-v1.hex", SinkState.THROTTLE.encode(now))))
        .isEqualTo(now);
  }

  @Test
  void waitingMomentumOfEveryFormatStillReads() throws Exception {
    // eight bytes of processing time, then the article as read from its topic
    byte[] text = read("pending-bytes.hex");
    assertThat(SinkState.pending(text).getHeldSince()).isEqualTo(1_700_000_000_000L);
    assertThat(SinkState.waitingArticle(text)).containsExactly(0, 0, 0, 0, 7, 'a', 'b');
    PendingMomentum now = new PendingMomentum(9L, ByteBuffer.wrap(new byte[] {0, 1, 2}));
    byte[] v1 = fixture("pending-v1.hex", SinkState.PENDING.encode(now));
    assertThat(SinkState.pending(v1).getHeldSince()).isEqualTo(9L);
    assertThat(SinkState.waitingArticle(v1)).containsExactly(0, 1, 2);
  }

  @Test
  void aFormatFromANewerReleaseIsRefused() {
    assertThatThrownBy(() -> SinkState.FIRED.decode(new byte[] {9, 0}))
        .hasMessageContaining("state format 9");
  }
}
