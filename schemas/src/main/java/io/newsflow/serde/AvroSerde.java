package io.newsflow.serde;

import io.newsflow.registry.SchemaRegistryClient;
import io.newsflow.registry.SchemaRegistryException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde for generated Avro classes in the Confluent wire format, with TopicNameStrategy subjects.
 * The writer registers its schema (or, with auto-register off, only looks it up); the reader
 * resolves the writer's schema by id and reads it into this class's schema, so records written with
 * older or newer compatible schemas decode.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {
  private final Class<T> type;
  private final Schema schema;
  private final SpecificData model;
  private final SchemaRegistryClient registry;
  private final boolean isKey;
  private final boolean autoRegister;
  private final Map<String, Integer> idBySubject = new ConcurrentHashMap<>();
  private final Map<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();
  private final SpecificDatumWriter<T> writer;

  public AvroSerde(
      Class<T> type, SchemaRegistryClient registry, boolean isKey, boolean autoRegister) {
    this.type = type;
    this.model = SpecificData.getForClass(type);
    this.schema = model.getSchema(type);
    this.registry = registry;
    this.isKey = isKey;
    this.autoRegister = autoRegister;
    this.writer = new SpecificDatumWriter<>(schema, model);
  }

  public Class<T> type() {
    return type;
  }

  public Schema schema() {
    return schema;
  }

  @Override
  public Serializer<T> serializer() {
    return this::serialize;
  }

  @Override
  public Deserializer<T> deserializer() {
    return this::deserialize;
  }

  /**
   * Registers (or looks up) the schema for a topic now, so the first record written there
   * mid-stream needs no registry call: a registry that stores schemas in Kafka stalls while a
   * broker fails over.
   */
  public void prepare(String topic) {
    schemaIdFor(topic);
  }

  private int schemaIdFor(String topic) {
    return idBySubject.computeIfAbsent(WireFormat.subject(topic, isKey), this::schemaId);
  }

  public byte[] serialize(String topic, T data) {
    if (data == null) {
      return null; // tombstone
    }
    int id = schemaIdFor(topic);
    AvroOut out = AvroOut.start();
    out.write(WireFormat.MAGIC);
    out.write(id >>> 24);
    out.write(id >>> 16);
    out.write(id >>> 8);
    out.write(id);
    try {
      writer.write(data, out.encoder());
      return out.finish();
    } catch (IOException | RuntimeException e) {
      throw new SerializationException(
          "Cannot serialize " + type.getSimpleName() + " for topic " + topic, e);
    }
  }

  private int schemaId(String subject) {
    if (autoRegister) {
      return registry.register(subject, schema);
    }
    return registry
        .lookup(subject, schema)
        .orElseThrow(
            () ->
                SchemaRegistryException.schemaNotFound(
                    type.getSimpleName() + " under subject " + subject + " (auto-register is off)"))
        .id();
  }

  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    int id = WireFormat.schemaId(data);
    try {
      DatumReader<T> reader =
          readers.computeIfAbsent(
              id, i -> new SpecificDatumReader<>(registry.getById(i), schema, model));
      BinaryDecoder dec =
          DecoderFactory.get()
              .binaryDecoder(
                  data, WireFormat.HEADER_SIZE, data.length - WireFormat.HEADER_SIZE, null);
      return reader.read(null, dec);
    } catch (IOException | RuntimeException e) {
      throw new SerializationException(
          "Cannot deserialize "
              + type.getSimpleName()
              + " (schema id "
              + id
              + ") from topic "
              + topic
              + ": "
              + e.getMessage(),
          e);
    }
  }
}
