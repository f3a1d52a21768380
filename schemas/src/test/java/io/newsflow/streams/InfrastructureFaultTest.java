package io.newsflow.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.junit.jupiter.api.Test;

/**
 * A full disk is not a bad record: faults of the machinery stop the stage, bad records are dead
 * letters.
 */
class InfrastructureFaultTest {
  @Test
  void stateStoreAndDiskFaultsAreFaultsOfTheMachinery() {
    RuntimeException rocks =
        new ProcessorStateException(
            "Error while putting key/value into store dedup-bands",
            new RuntimeException(new java.io.IOException("No space left on device")));
    assertThat(InfrastructureFault.is(rocks)).isTrue();
    assertThat(
            InfrastructureFault.is(
                new java.io.UncheckedIOException(new java.io.IOException("disk"))))
        .isTrue();
    assertThat(InfrastructureFault.stop("enrich", new File("/var/state/x"), rocks).getMessage())
        .contains("enrich", "/var/state/x", "No space left on device", "restart");
  }

  @Test
  void recordProblemsAreNot() {
    assertThat(InfrastructureFault.is(new IllegalArgumentException("bad field"))).isFalse();
    assertThat(InfrastructureFault.is(new NumberFormatException("x"))).isFalse();
    assertThat(InfrastructureFault.is(new ArrayIndexOutOfBoundsException(3))).isFalse();
    assertThat(InfrastructureFault.is(new SerializationException("cannot decode"))).isFalse();
  }
}
