package io.newsflow.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/**
 * A thread's output buffer with a buffered Avro encoder onto it, reused from value to value. A
 * direct encoder onto a fresh stream writes a byte at a time and regrows the stream: for values of
 * hundreds of short strings (a story, an article's entities) that was most of their encoding.
 */
final class AvroOut extends ByteArrayOutputStream {
  private static final ThreadLocal<AvroOut> OUT = ThreadLocal.withInitial(AvroOut::new);

  /** A buffer that grew past this for one large value does not stay that large. */
  static final int KEEP = 256 << 10;

  private BinaryEncoder encoder;

  private AvroOut() {
    super(4096);
  }

  /**
   * The thread's buffer, empty, and its encoder. The encoder is set up before the buffer is
   * emptied: setting it up flushes what a failed write left in it, and emptying drops that.
   */
  static AvroOut start() {
    AvroOut out = OUT.get();
    out.encoder = EncoderFactory.get().binaryEncoder(out, out.encoder);
    out.reset();
    return out;
  }

  BinaryEncoder encoder() {
    return encoder;
  }

  /** Everything written since {@link #start}. */
  byte[] finish() throws IOException {
    encoder.flush();
    byte[] bytes = toByteArray();
    if (buf.length > KEEP) {
      buf = new byte[4096];
    }
    return bytes;
  }
}
