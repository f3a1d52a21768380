package io.newsflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;

class StreamsStageTest {
  static final Instant T0 = Instant.parse("2026-12-02T00:00:00Z");

  /** What a commit during a partition leader's failover threw in LeaderKillIT. */
  static StreamsException commitDuringFailover() {
    return new StreamsException(
        "Error encountered trying to commit a transaction",
        new InvalidTxnStateException(
            "The producer attempted a transactional operation in an invalid state."));
  }

  @Test
  void aTransientKafkaErrorReplacesTheThreadAFewTimesThenStopsTheStage() {
    StreamsStage.Replacements r = new StreamsStage.Replacements(3, Duration.ofMinutes(10));
    assertThat(r.allow(commitDuringFailover(), T0)).isTrue();
    assertThat(r.allow(commitDuringFailover(), T0.plusSeconds(60))).isTrue();
    assertThat(r.allow(commitDuringFailover(), T0.plusSeconds(120))).isTrue();
    assertThat(r.allow(commitDuringFailover(), T0.plusSeconds(180)))
        .as("the fourth within ten minutes is not transient")
        .isFalse();
    assertThat(r.allow(commitDuringFailover(), T0.plusSeconds(661)))
        .as("once the first has left the window")
        .isTrue();
  }

  @Test
  void lostAuthorisationOrCredentialsAndOurOwnFaultsStopTheStage() {
    StreamsStage.Replacements r = new StreamsStage.Replacements(3, Duration.ofMinutes(10));
    assertThat(r.allow(new StreamsException(new TopicAuthorizationException("denied")), T0))
        .isFalse();
    assertThat(
            r.allow(
                new StreamsException(
                    new SaslAuthenticationException(
                        "bad credentials", new InvalidTxnStateException("x"))),
                T0))
        .isFalse();
    assertThat(r.allow(new StreamsException(new IllegalStateException("disk full")), T0)).isFalse();
  }
}
