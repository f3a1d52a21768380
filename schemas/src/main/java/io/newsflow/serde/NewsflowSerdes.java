package io.newsflow.serde;

import io.newsflow.registry.SchemaRegistryClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.specific.SpecificRecord;

/** Creates one value serde per Avro type over a shared registry client. */
public final class NewsflowSerdes {
  private final SchemaRegistryClient registry;
  private final boolean autoRegister;
  private final Map<Class<?>, AvroSerde<?>> values = new ConcurrentHashMap<>();

  public NewsflowSerdes(SchemaRegistryClient registry, boolean autoRegister) {
    this.registry = registry;
    this.autoRegister = autoRegister;
  }

  public SchemaRegistryClient registry() {
    return registry;
  }

  @SuppressWarnings("unchecked")
  public <T extends SpecificRecord> AvroSerde<T> value(Class<T> type) {
    return (AvroSerde<T>)
        values.computeIfAbsent(type, t -> new AvroSerde<>(type, registry, false, autoRegister));
  }

  public GenericAvroDeserializer generic() {
    return new GenericAvroDeserializer(registry);
  }
}
