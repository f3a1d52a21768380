package io.newsflow.enrich;

import io.newsflow.avro.DeadLetter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Dead letters with the coordinates of the record that failed. */
final class DeadLetters {
  static final int MAX_ORIGINAL_BYTES = 256 * 1024;

  private DeadLetters() {}

  static DeadLetter of(
      ProcessorContext<?, ?> ctx,
      String reason,
      String message,
      byte[] key,
      byte[] value,
      Instant now) {
    RecordMetadata md = ctx.recordMetadata().orElse(null);
    byte[] original = value == null ? new byte[0] : value;
    return DeadLetter.newBuilder()
        .setStage("enrich")
        .setReason(reason)
        .setMessage(message)
        .setSourceTopic(md == null ? null : md.topic())
        .setSourcePartition(md == null ? null : md.partition())
        .setSourceOffset(md == null ? null : md.offset())
        .setKey(key == null ? null : new String(key, StandardCharsets.UTF_8))
        .setOriginal(
            ByteBuffer.wrap(
                original.length > MAX_ORIGINAL_BYTES
                    ? Arrays.copyOf(original, MAX_ORIGINAL_BYTES)
                    : original))
        .setOriginalSize(original.length)
        .setFailedAt(now)
        .build();
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
