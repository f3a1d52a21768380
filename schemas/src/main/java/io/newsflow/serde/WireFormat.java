package io.newsflow.serde;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The Confluent wire format: magic byte 0, the schema's registry id as a 4-byte big-endian int,
 * then Avro binary. Any Confluent-compatible consumer can read records framed this way.
 */
public final class WireFormat {
  public static final byte MAGIC = 0;
  public static final int HEADER_SIZE = 5;

  private WireFormat() {}

  /**
   * The schema id in a framed record; throws a {@link SerializationException} naming the problem
   * otherwise.
   */
  public static int schemaId(byte[] data) {
    if (data.length < HEADER_SIZE) {
      throw new SerializationException(
          "Not a Confluent wire-format record: "
              + data.length
              + " bytes, need at least "
              + HEADER_SIZE);
    }
    if (data[0] != MAGIC) {
      throw new SerializationException(
          "Not a Confluent wire-format record: unknown magic byte "
              + (data[0] & 0xff)
              + " (expected 0)");
    }
    return ByteBuffer.wrap(data, 1, 4).getInt();
  }

  public static void writeHeader(ByteBuffer out, int schemaId) {
    out.put(MAGIC).putInt(schemaId);
  }

  /** Subject name under TopicNameStrategy. */
  public static String subject(String topic, boolean isKey) {
    return topic + (isKey ? "-key" : "-value");
  }
}
