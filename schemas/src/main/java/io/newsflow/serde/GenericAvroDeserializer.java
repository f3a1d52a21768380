package io.newsflow.serde;

import io.newsflow.registry.SchemaRegistryClient;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads any wire-format record with the writer's own schema: for tools that decode every topic
 * (tail, --out).
 */
public final class GenericAvroDeserializer implements Deserializer<GenericRecord> {
  private final SchemaRegistryClient registry;
  private final Map<Integer, GenericDatumReader<GenericRecord>> readers = new ConcurrentHashMap<>();

  public GenericAvroDeserializer(SchemaRegistryClient registry) {
    this.registry = registry;
  }

  @Override
  public GenericRecord deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    int id = WireFormat.schemaId(data);
    try {
      GenericDatumReader<GenericRecord> reader =
          readers.computeIfAbsent(id, i -> new GenericDatumReader<>(registry.getById(i)));
      return reader.read(
          null,
          DecoderFactory.get()
              .binaryDecoder(
                  data, WireFormat.HEADER_SIZE, data.length - WireFormat.HEADER_SIZE, null));
    } catch (IOException | RuntimeException e) {
      throw new SerializationException(
          "Cannot decode record with schema id " + id + " from " + topic, e);
    }
  }
}
