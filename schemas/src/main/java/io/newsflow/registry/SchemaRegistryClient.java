package io.newsflow.registry;

import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;

/**
 * The subset of the Confluent Schema Registry API that newsflow's serdes need. Implementations:
 * {@link HttpSchemaRegistryClient} (any Confluent-compatible registry) and {@link
 * InMemorySchemaRegistryClient} (single-JVM tests).
 */
public interface SchemaRegistryClient extends AutoCloseable {

  /** Registers {@code schema} under {@code subject} (idempotent) and returns its global id. */
  int register(String subject, Schema schema);

  /** The schema with this global id. */
  Schema getById(int id);

  /** The version of {@code schema} under {@code subject}, if it is registered there. */
  Optional<SchemaVersion> lookup(String subject, Schema schema);

  /**
   * Whether {@code schema} may be registered under {@code subject} given the subject's
   * compatibility level.
   */
  boolean isCompatible(String subject, Schema schema);

  /** The latest version registered under {@code subject}. */
  Optional<SchemaVersion> latest(String subject);

  /** All subjects. */
  List<String> subjects();

  @Override
  default void close() {}

  /** One registered version of a subject. */
  record SchemaVersion(String subject, int version, int id, Schema schema) {}
}
