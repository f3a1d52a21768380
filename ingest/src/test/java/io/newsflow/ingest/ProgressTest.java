package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void showsCountRateAndEta() {
    Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
    Progress p =
        new Progress(
            new PrintStream(new ByteArrayOutputStream()),
            false,
            Clock.fixed(t0, ZoneOffset.UTC),
            Duration.ofSeconds(5),
            "ingest",
            100);
    assertThat(p.line(50, t0.plusSeconds(10)))
        .isEqualTo("ingest [###############               ] 50/100 5/s ETA 10S");
  }
}
