package io.newsflow.topics;

import io.newsflow.avro.DeadLetter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * The one way every stage builds a {@link DeadLetter}: what failed (stage, reason code, message),
 * where it came from (topic coordinates or an ingest origin), its key, and its original bytes,
 * capped at {@link #MAX_ORIGINAL_BYTES} with the full size kept. A dead letter must never be too
 * large to publish itself.
 */
public final class DeadLetters {
  /** Bytes of the original kept in a dead letter; {@code originalSize} says how many there were. */
  public static final int MAX_ORIGINAL_BYTES = 256 * 1024;

  private DeadLetters() {}

  /**
   * Starts a dead letter: the stage that rejects, a machine-readable reason, a message for a
   * person.
   */
  public static Builder of(String stage, String reason, String message) {
    return new Builder(stage, reason, message);
  }

  /** A throwable as a dead letter's message says it: its type and message. */
  public static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  /** The parts of a dead letter beyond stage, reason and message; every part is optional. */
  public static final class Builder {
    private final DeadLetter.Builder b;
    private byte[] original = new byte[0];
    private long size = -1;

    private Builder(String stage, String reason, String message) {
      b = DeadLetter.newBuilder().setStage(stage).setReason(reason).setMessage(message);
    }

    /** The coordinates of the record that failed (null parts stay null). */
    public Builder at(String topic, Integer partition, Long offset) {
      b.setSourceTopic(topic).setSourcePartition(partition).setSourceOffset(offset);
      return this;
    }

    /** For an ingest input: the file, URL or archive position. */
    public Builder origin(String origin) {
      b.setOrigin(origin);
      return this;
    }

    public Builder key(String key) {
      b.setKey(key);
      return this;
    }

    public Builder key(byte[] key) {
      return key(key == null ? null : new String(key, StandardCharsets.UTF_8));
    }

    /** The original bytes as read; kept up to the cap. */
    public Builder original(byte[] bytes) {
      return original(bytes, bytes == null ? 0 : bytes.length);
    }

    /** The original bytes as read, and the full size when only a prefix was read. */
    public Builder original(byte[] bytes, long fullSize) {
      this.original = bytes == null ? new byte[0] : bytes;
      this.size = Math.max(fullSize, this.original.length);
      return this;
    }

    public DeadLetter build(Instant failedAt) {
      byte[] kept =
          original.length > MAX_ORIGINAL_BYTES
              ? Arrays.copyOf(original, MAX_ORIGINAL_BYTES)
              : original;
      return b.setOriginal(ByteBuffer.wrap(kept))
          .setOriginalSize(Math.max(size, original.length))
          .setFailedAt(failedAt)
          .build();
    }
  }
}
