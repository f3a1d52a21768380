package io.newsflow.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.avro.IngestMetadata;
import io.newsflow.avro.RawArticle;
import io.newsflow.avro.Span;
import io.newsflow.registry.InMemorySchemaRegistryClient;
import io.newsflow.registry.SchemaRegistryException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {
  static final Instant T0 = Instant.parse("2025-01-17T10:00:00Z");
  final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

  static RawArticle raw(String id) {
    return RawArticle.newBuilder()
        .setId(id)
        .setSource("example.org")
        .setUrl("https://example.org/" + id)
        .setContentType("text/html")
        .setBody("<p>Hello</p>")
        .setFetchedAt(T0)
        .setPublishedAt(T0.minusSeconds(60))
        .setIngest(
            IngestMetadata.newBuilder()
                .setIngestedAt(T0)
                .setIngestor("file")
                .setOrigin("/tmp/x.html")
                .setReplay(true)
                .setSizeBytes(12)
                .setContentHash("ab")
                .build())
        .build();
  }

  @Test
  void goldenBytesFollowTheConfluentWireFormat() {
    AvroSerde<Span> serde = new AvroSerde<>(Span.class, registry, false, true);
    byte[] bytes = serde.serialize("spans", new Span(1, 5));
    // magic 0, schema id 1 big-endian, then Avro zig-zag varints: 1 -> 0x02, 5 -> 0x0a
    assertThat(bytes).containsExactly(0, 0, 0, 0, 1, 0x02, 0x0a);
    assertThat(registry.subjects()).containsExactly("spans-value");
  }

  @Test
  void schemaIdIsBigEndianAcrossAllFourBytes() {
    for (int i = 1; i < 300; i++) { // push the next id past one byte
      registry.register(
          "filler-" + i, SchemaBuilder.record("F" + i).fields().requiredInt("x").endRecord());
    }
    byte[] bytes =
        new AvroSerde<>(Span.class, registry, false, true).serialize("spans", new Span(0, 0));
    int id = registry.lookup("spans-value", Span.getClassSchema()).orElseThrow().id();
    assertThat(id).isEqualTo(300);
    assertThat(Arrays.copyOfRange(bytes, 0, 5)).containsExactly(0, 0, 0, 0x01, 0x2c);
  }

  @Test
  void roundTripKeepsEveryField() {
    AvroSerde<RawArticle> serde = new AvroSerde<>(RawArticle.class, registry, false, true);
    RawArticle in = raw("a1");
    RawArticle out = serde.deserialize("news.raw", serde.serialize("news.raw", in));
    assertThat(out).isEqualTo(in);
    assertThat(out.getPublishedAt()).isEqualTo(T0.minusSeconds(60));
    assertThat(out.getIngest().getReplay()).isTrue();
  }

  @Test
  void nullIsATombstone() {
    AvroSerde<RawArticle> serde = new AvroSerde<>(RawArticle.class, registry, false, true);
    assertThat(serde.serialize("t", null)).isNull();
    assertThat(serde.deserialize("t", null)).isNull();
  }

  @Test
  void rejectsBytesThatAreNotWireFormat() {
    AvroSerde<RawArticle> serde = new AvroSerde<>(RawArticle.class, registry, false, true);
    assertThatThrownBy(() -> serde.deserialize("t", "{\"id\":1}".getBytes()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("magic byte");
    assertThatThrownBy(() -> serde.deserialize("t", new byte[] {0, 0}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("at least 5");
    assertThatThrownBy(() -> serde.deserialize("t", new byte[] {0, 0, 0, 0, 42, 1}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("schema id 42");
  }

  @Test
  void withoutAutoRegisterTheSchemaMustExist() {
    AvroSerde<Span> serde = new AvroSerde<>(Span.class, registry, false, false);
    assertThatThrownBy(() -> serde.serialize("spans", new Span(1, 2)))
        .isInstanceOf(SchemaRegistryException.class)
        .hasMessageContaining("auto-register is off");
    registry.register("spans-value", Span.getClassSchema());
    assertThat(serde.serialize("spans", new Span(1, 2))).hasSize(7);
  }

  // --- schema evolution under BACKWARD
  // -------------------------------------------------------------------------

  /** RawArticle as it was before publishedAt existed. */
  static Schema rawV1() {
    Schema v2 = RawArticle.getClassSchema();
    return new Schema.Parser()
        .parse(
            v2.toString()
                .replace(
                    ",{\"name\":\"publishedAt\",\"type\":[\"null\",{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}],"
                        + "\"doc\":\"Publication time when the source states one (feed date, HTML meta, WARC date); null when "
                        + "unknown. Event time is publishedAt, else fetchedAt.\",\"default\":null}",
                    ""));
  }

  static byte[] frame(int id, Schema schema, GenericRecord r) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(ByteBuffer.allocate(5).put((byte) 0).putInt(id).array());
    BinaryEncoder enc = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(schema).write(r, enc);
    enc.flush();
    return out.toByteArray();
  }

  @Test
  void newReaderReadsOldWriter() throws Exception {
    Schema v1 = rawV1();
    assertThat(v1.getField("publishedAt")).isNull();
    int v1Id = registry.register("news.raw-value", v1);
    // v2 (the generated class) is BACKWARD compatible with v1: it adds a field with a default
    assertThat(registry.isCompatible("news.raw-value", RawArticle.getClassSchema())).isTrue();

    AvroSerde<RawArticle> v2Serde = new AvroSerde<>(RawArticle.class, registry, false, true);
    RawArticle full = raw("a2");
    GenericRecord old = new GenericData.Record(v1);
    for (Schema.Field f : v1.getFields()) {
      Object v = full.get(f.name());
      old.put(f.name(), v instanceof Instant i ? i.toEpochMilli() : v);
    }
    old.put("ingest", toGeneric(full.getIngest(), v1.getField("ingest").schema()));
    RawArticle read = v2Serde.deserialize("news.raw", frame(v1Id, v1, old));
    assertThat(read.getId()).isEqualTo("a2");
    assertThat(read.getPublishedAt()).isNull(); // the default
    assertThat(read.getFetchedAt()).isEqualTo(T0);
  }

  @Test
  void oldReaderReadsNewWriterWhereAllowed() throws Exception {
    registry.register("news.raw-value", rawV1());
    AvroSerde<RawArticle> v2Serde = new AvroSerde<>(RawArticle.class, registry, false, true);
    byte[] bytes = v2Serde.serialize("news.raw", raw("a3"));
    Schema writer = registry.getById(WireFormat.schemaId(bytes));
    GenericRecord asV1 =
        new GenericDatumReader<GenericRecord>(writer, rawV1())
            .read(null, DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
    assertThat(asV1.get("id").toString()).isEqualTo("a3");
    assertThat(asV1.hasField("publishedAt")).isFalse();
  }

  @Test
  void registryRefusesABackwardIncompatibleChange() {
    Schema v1 = SchemaBuilder.record("Thing").fields().requiredString("id").endRecord();
    Schema addsRequired =
        SchemaBuilder.record("Thing").fields().requiredString("id").requiredInt("n").endRecord();
    registry.register("things-value", v1);
    assertThat(registry.isCompatible("things-value", addsRequired)).isFalse();
    assertThatThrownBy(() -> registry.register("things-value", addsRequired))
        .isInstanceOf(SchemaRegistryException.class)
        .satisfies(e -> assertThat(((SchemaRegistryException) e).errorCode()).isEqualTo(409));
  }

  private static GenericRecord toGeneric(org.apache.avro.specific.SpecificRecord r, Schema s) {
    GenericRecord g = new GenericData.Record(s);
    for (Schema.Field f : s.getFields()) {
      Object v = r.get(f.pos());
      g.put(f.name(), v instanceof Instant i ? i.toEpochMilli() : v);
    }
    return g;
  }
}
