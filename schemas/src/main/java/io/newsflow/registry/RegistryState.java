package io.newsflow.registry;

import io.newsflow.registry.SchemaRegistryClient.SchemaVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * The registry's bookkeeping (subjects, versions, global ids, compatibility), shared by the
 * in-memory client and the development registry server so both behave exactly alike. Thread-safe.
 * Like Confluent, one schema text has one global id across subjects.
 */
public final class RegistryState {

  /** A registration as it is persisted and replayed. */
  public record Registration(String subject, int version, int id, String schema) {}

  private final Map<Integer, Schema> byId = new HashMap<>();
  private final Map<String, Integer> idByText = new HashMap<>();
  private final Map<String, List<SchemaVersion>> subjects = new TreeMap<>();
  private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
  private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;
  private int nextId = 1;

  public static Schema parse(String text) {
    try {
      return new Schema.Parser().parse(text);
    } catch (SchemaParseException | NullPointerException e) {
      throw new SchemaRegistryException(
          422, SchemaRegistryException.INVALID_SCHEMA, "Invalid schema: " + e.getMessage());
    }
  }

  /**
   * Registers a schema; returns the existing registration when the subject already holds it, else a
   * new one (which the caller may persist and must then {@link #apply}). Throws 409 when the
   * subject's compatibility level forbids it.
   */
  public synchronized Registration prepare(String subject, Schema schema) {
    Optional<SchemaVersion> existing = lookup(subject, schema);
    if (existing.isPresent()) {
      SchemaVersion v = existing.get();
      return new Registration(subject, v.version(), v.id(), v.schema().toString());
    }
    if (!isCompatible(subject, schema)) {
      throw new SchemaRegistryException(
          409,
          SchemaRegistryException.INCOMPATIBLE,
          "Schema being registered is incompatible with an earlier schema for subject '"
              + subject
              + "' under compatibility level "
              + level(subject));
    }
    String text = schema.toString();
    int id = idByText.getOrDefault(text, nextId);
    int version = subjects.getOrDefault(subject, List.of()).size() + 1;
    return new Registration(subject, version, id, text);
  }

  /** Applies a registration (new, or replayed from the store on start-up). */
  public synchronized void apply(Registration r) {
    Schema schema = parse(r.schema());
    byId.putIfAbsent(r.id(), schema);
    idByText.putIfAbsent(r.schema(), r.id());
    nextId = Math.max(nextId, r.id() + 1);
    List<SchemaVersion> versions = subjects.computeIfAbsent(r.subject(), s -> new ArrayList<>());
    if (versions.stream().noneMatch(v -> v.version() == r.version())) {
      versions.add(new SchemaVersion(r.subject(), r.version(), r.id(), schema));
    }
  }

  public synchronized int register(String subject, Schema schema) {
    Registration r = prepare(subject, schema);
    apply(r);
    return r.id();
  }

  public synchronized Schema getById(int id) {
    Schema s = byId.get(id);
    if (s == null) {
      throw SchemaRegistryException.schemaNotFound("id " + id);
    }
    return s;
  }

  public synchronized Optional<SchemaVersion> lookup(String subject, Schema schema) {
    String text = schema.toString();
    return subjects.getOrDefault(subject, List.of()).stream()
        .filter(v -> v.schema().toString().equals(text))
        .findFirst();
  }

  public synchronized boolean isCompatible(String subject, Schema schema) {
    List<Schema> existing =
        subjects.getOrDefault(subject, List.of()).stream().map(SchemaVersion::schema).toList();
    return level(subject).allows(schema, existing);
  }

  public synchronized Optional<SchemaVersion> latest(String subject) {
    List<SchemaVersion> v = subjects.get(subject);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
  }

  public synchronized Optional<SchemaVersion> version(String subject, int version) {
    return subjects.getOrDefault(subject, List.of()).stream()
        .filter(v -> v.version() == version)
        .findFirst();
  }

  public synchronized List<Integer> versions(String subject) {
    List<SchemaVersion> v = subjects.get(subject);
    if (v == null) {
      throw SchemaRegistryException.subjectNotFound(subject);
    }
    return v.stream().map(SchemaVersion::version).toList();
  }

  public synchronized List<String> subjects() {
    return List.copyOf(subjects.keySet());
  }

  public synchronized CompatibilityLevel level(String subject) {
    return subjectLevels.getOrDefault(subject, globalLevel);
  }

  public synchronized CompatibilityLevel globalLevel() {
    return globalLevel;
  }

  /** Sets the level for one subject, or the global level when {@code subject} is null. */
  public synchronized void setLevel(String subject, CompatibilityLevel level) {
    if (subject == null) {
      globalLevel = level;
    } else {
      subjectLevels.put(subject, level);
    }
  }
}
