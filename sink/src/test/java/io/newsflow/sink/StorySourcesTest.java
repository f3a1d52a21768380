package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.SourceReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What the sink keeps of a story's reports stays bounded however often the story is reported, and
 * tells the rules exactly what the whole history would.
 */
class StorySourcesTest {
  static final long HOUR = 3_600_000L;

  @Test
  void aStoryReportedThousandsOfTimesKeepsItsFirstReportsAndEachSourcesEarliest() {
    Random r = new Random(7);
    List<SourceReport> all = new ArrayList<>();
    List<SourceReport> kept = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      // reports arrive out of time order, from 40 sources
      SourceReport report =
          new SourceReport(
              "s" + r.nextInt(40) + ".example", "a" + i, "u" + i, r.nextInt(72) * HOUR);
      all.add(report);
      kept.add(report);
      kept = new ArrayList<>(SinkState.bounded(kept)); // as the sink stores it after each report
      assertThat(kept).hasSizeLessThanOrEqualTo(SinkState.FIRST_REPORTS + 40);
      if (i % 97 == 0) {
        for (long within : new long[] {0, HOUR, 6 * HOUR, 24 * HOUR, 100 * HOUR}) {
          assertThat(SinkState.reporters(kept, within))
              .as("sources within %d h after %d reports", within / HOUR, i + 1)
              .containsExactlyInAnyOrderElementsOf(SinkState.reporters(all, within));
        }
      }
    }
    assertThat(kept.subList(0, SinkState.FIRST_REPORTS))
        .isEqualTo(all.subList(0, SinkState.FIRST_REPORTS));
  }
}
