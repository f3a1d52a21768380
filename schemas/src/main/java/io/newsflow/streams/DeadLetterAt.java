package io.newsflow.streams;

import io.newsflow.topics.DeadLetters;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** A dead letter at the coordinates of the record a Streams processor is processing. */
public final class DeadLetterAt {
  private DeadLetterAt() {}

  public static DeadLetters.Builder record(
      ProcessorContext<?, ?> ctx, String stage, String reason, String message) {
    RecordMetadata md = ctx.recordMetadata().orElse(null);
    return DeadLetters.of(stage, reason, message)
        .at(
            md == null ? null : md.topic(),
            md == null ? null : md.partition(),
            md == null ? null : md.offset());
  }
}
