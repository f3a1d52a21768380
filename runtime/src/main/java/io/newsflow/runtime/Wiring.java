package io.newsflow.runtime;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.registry.HttpSchemaRegistryClient;
import io.newsflow.serde.GenericAvroDeserializer;
import io.newsflow.serde.NewsflowSerdes;
import io.newsflow.topics.TopicCatalog;
import java.util.Map;

/**
 * What every command and stage builds from config, built in one place: the registry client (with
 * the config's client and security settings), the Avro serdes, and the topic catalogue under the
 * config's namespace ({@code topic.prefix}). Closing it closes the registry client.
 */
public final class Wiring implements AutoCloseable {
  private final NewsflowConfig config;
  private final HttpSchemaRegistryClient registry;
  private final NewsflowSerdes serdes;
  private final TopicCatalog topics;

  private Wiring(NewsflowConfig config, boolean mayRegister) {
    this.config = config;
    this.registry = new HttpSchemaRegistryClient(config.registrySettings());
    this.serdes =
        new NewsflowSerdes(registry, mayRegister && config.getBoolean("registry.auto.register"));
    this.topics = new TopicCatalog(config.get("topic.prefix"), serdes);
  }

  /** For writers: schemas are registered when {@code registry.auto.register} says so. */
  public static Wiring of(NewsflowConfig config) {
    return new Wiring(config, true);
  }

  /** For readers (tail, archive, status, desk): never registers a schema. */
  public static Wiring reading(NewsflowConfig config) {
    return new Wiring(config, false);
  }

  public NewsflowConfig config() {
    return config;
  }

  public TopicCatalog topics() {
    return topics;
  }

  public NewsflowSerdes serdes() {
    return serdes;
  }

  /** Any topic's values as generic records, by the writer's schema id. */
  public GenericAvroDeserializer values() {
    return serdes.generic();
  }

  /** Kafka client settings (bootstrap, security) for every client a command makes. */
  public Map<String, Object> clientProps() {
    return config.kafkaClientProps();
  }

  @Override
  public void close() {
    registry.close();
  }
}
