package io.newsflow.registry;

import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;

/**
 * A registry inside this JVM: for unit tests and single-process tools. Same rules as the dev
 * registry server.
 */
public final class InMemorySchemaRegistryClient implements SchemaRegistryClient {
  private final RegistryState state;

  public InMemorySchemaRegistryClient() {
    this(new RegistryState());
  }

  public InMemorySchemaRegistryClient(RegistryState state) {
    this.state = state;
  }

  public RegistryState state() {
    return state;
  }

  @Override
  public int register(String subject, Schema schema) {
    return state.register(subject, schema);
  }

  @Override
  public Schema getById(int id) {
    return state.getById(id);
  }

  @Override
  public Optional<SchemaVersion> lookup(String subject, Schema schema) {
    return state.lookup(subject, schema);
  }

  @Override
  public boolean isCompatible(String subject, Schema schema) {
    return state.isCompatible(subject, schema);
  }

  @Override
  public Optional<SchemaVersion> latest(String subject) {
    return state.latest(subject);
  }

  @Override
  public List<String> subjects() {
    return state.subjects();
  }
}
