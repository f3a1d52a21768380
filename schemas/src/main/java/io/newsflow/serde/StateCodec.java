package io.newsflow.serde;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * Values of a state store as Avro binary behind a format-version byte, without the schema registry:
 * the store is private to one application, and the version byte lets a later release read what an
 * earlier one wrote.
 */
public final class StateCodec<T extends SpecificRecord> {
  /** The format written today. */
  public static final byte VERSION = 1;

  private final SpecificDatumWriter<T> writer;
  private final SpecificDatumReader<T> reader;
  private final String what;

  public StateCodec(Class<T> type) {
    this.writer = new SpecificDatumWriter<>(type);
    this.reader = new SpecificDatumReader<>(type);
    this.what = type.getSimpleName();
  }

  public byte[] encode(T value) {
    AvroOut out = AvroOut.start();
    out.write(VERSION);
    try {
      writer.write(value, out.encoder());
      return out.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Decodes a value of this format, or one written before the store had a format byte ({@code
   * earlier} reads those: text values never start with the format byte, and binary ones of the
   * stores that had them start with a zero byte).
   */
  public T decodeOr(byte[] bytes, Function<byte[], T> earlier) {
    return bytes.length > 0 && bytes[0] == VERSION ? decode(bytes) : earlier.apply(bytes);
  }

  public T decode(byte[] bytes) {
    return read(bytes, reader);
  }

  /**
   * Reads a value of this format with another reader of the same record, such as a projection that
   * skips the fields it does not need.
   */
  public <R> R read(byte[] bytes, DatumReader<R> with) {
    if (bytes.length == 0 || bytes[0] != VERSION) {
      throw new IllegalStateException(
          "Unknown "
              + what
              + " state format "
              + (bytes.length == 0 ? "(empty)" : bytes[0])
              + ": written by a newer newsflow? Reset the application's state to downgrade.");
    }
    BinaryDecoder dec = DecoderFactory.get().binaryDecoder(bytes, 1, bytes.length - 1, null);
    try {
      return with.read(null, dec);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
