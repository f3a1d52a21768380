package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.InvalidTimestampException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class KafkaRawSinkTest {
  @Test
  void oneRecordsRefusalIsADeadLetterButAnUnreachableOrForbiddenClusterStopsTheRun() {
    assertThat(KafkaRawSink.recordSpecific(new RecordTooLargeException("too large"))).isTrue();
    assertThat(KafkaRawSink.recordSpecific(new InvalidTimestampException("ahead"))).isTrue();
    assertThat(KafkaRawSink.recordSpecific(new TimeoutException("no broker"))).isFalse();
    assertThat(KafkaRawSink.recordSpecific(new AuthenticationException("bad password"))).isFalse();
  }
}
