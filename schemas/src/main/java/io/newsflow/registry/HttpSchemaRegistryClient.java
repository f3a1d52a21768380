package io.newsflow.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * Talks to any registry that speaks the Confluent Schema Registry REST API (Confluent, Karapace,
 * Redpanda, Apicurio's ccompat API, newsflow's dev registry). Ids and lookups are cached: schemas
 * are immutable once registered, so a cache entry never goes stale.
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {
  static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RegistrySettings settings;
  private final HttpClient http;
  private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
  private final Map<String, Integer> idsBySubjectAndSchema = new ConcurrentHashMap<>();

  /** Waits between attempts; a port, so that tests of the backoff need not wait it. */
  interface Sleeper {
    void sleep(long ms) throws InterruptedException;
  }

  private final Sleeper sleeper;

  public HttpSchemaRegistryClient(RegistrySettings settings) {
    this(settings, Thread::sleep);
  }

  HttpSchemaRegistryClient(RegistrySettings settings, Sleeper sleeper) {
    this.settings = settings;
    this.sleeper = sleeper;
    HttpClient.Builder b =
        HttpClient.newBuilder()
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NORMAL);
    if ("https".equalsIgnoreCase(settings.url().getScheme())) {
      b.sslContext(settings.sslContext());
    }
    this.http = b.build();
  }

  @Override
  public int register(String subject, Schema schema) {
    String cacheKey = subject + '\0' + schema;
    Integer cached = idsBySubjectAndSchema.get(cacheKey);
    if (cached != null) {
      return cached;
    }
    JsonNode reply = send("POST", "/subjects/" + enc(subject) + "/versions", schemaBody(schema));
    int id = reply.path("id").asInt();
    idsBySubjectAndSchema.put(cacheKey, id);
    schemasById.putIfAbsent(id, schema);
    return id;
  }

  @Override
  public Schema getById(int id) {
    return schemasById.computeIfAbsent(
        id,
        i -> RegistryState.parse(send("GET", "/schemas/ids/" + i, null).path("schema").asText()));
  }

  @Override
  public Optional<SchemaVersion> lookup(String subject, Schema schema) {
    try {
      JsonNode r = send("POST", "/subjects/" + enc(subject), schemaBody(schema));
      SchemaVersion v =
          new SchemaVersion(subject, r.path("version").asInt(), r.path("id").asInt(), schema);
      idsBySubjectAndSchema.put(subject + '\0' + schema, v.id());
      return Optional.of(v);
    } catch (SchemaRegistryException e) {
      if (e.httpStatus() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public boolean isCompatible(String subject, Schema schema) {
    try {
      return send(
              "POST",
              "/compatibility/subjects/" + enc(subject) + "/versions/latest",
              schemaBody(schema))
          .path("is_compatible")
          .asBoolean();
    } catch (SchemaRegistryException e) {
      if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND
          || e.errorCode() == SchemaRegistryException.VERSION_NOT_FOUND) {
        return true; // nothing registered yet: anything goes
      }
      throw e;
    }
  }

  @Override
  public Optional<SchemaVersion> latest(String subject) {
    try {
      JsonNode r = send("GET", "/subjects/" + enc(subject) + "/versions/latest", null);
      return Optional.of(
          new SchemaVersion(
              subject,
              r.path("version").asInt(),
              r.path("id").asInt(),
              RegistryState.parse(r.path("schema").asText())));
    } catch (SchemaRegistryException e) {
      if (e.httpStatus() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public List<String> subjects() {
    List<String> out = new ArrayList<>();
    send("GET", "/subjects", null).forEach(n -> out.add(n.asText()));
    return out;
  }

  /** Sets a subject's compatibility level (or the global one when subject is null). */
  public void setCompatibility(String subject, CompatibilityLevel level) {
    ObjectNode body = JSON.createObjectNode().put("compatibility", level.name());
    send("PUT", subject == null ? "/config" : "/config/" + enc(subject), body.toString());
  }

  private static String schemaBody(Schema schema) {
    return JSON.createObjectNode().put("schema", schema.toString()).toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * Attempts for a call that fails transiently (unreachable, timed out, HTTP 5xx); every call here
   * is idempotent.
   */
  static final int ATTEMPTS = 6;

  /**
   * A registry call, retried with backoff (0.5, 1, 2, 4, 8 s) while it fails transiently: a
   * registry that stores schemas in Kafka stalls while a broker fails over, and a serializer that
   * gave up at once would stop the stream thread.
   */
  private JsonNode send(String method, String path, String body) {
    for (int attempt = 1; ; attempt++) {
      try {
        return sendOnce(method, path, body);
      } catch (SchemaRegistryException e) {
        boolean transient_ = e.httpStatus() == 0 || e.httpStatus() >= 500;
        if (!transient_ || attempt >= ATTEMPTS || Thread.currentThread().isInterrupted()) {
          throw e;
        }
        try {
          sleeper.sleep(250L << attempt); // backoff between attempts at a remote service
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private JsonNode sendOnce(String method, String path, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(settings.url() + path))
            .timeout(settings.timeout())
            .header("Accept", CONTENT_TYPE + ", application/json");
    if (!settings.basicAuthUserInfo().isBlank()) {
      b.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(settings.basicAuthUserInfo().getBytes(StandardCharsets.UTF_8)));
    }
    if (body != null) {
      b.header("Content-Type", CONTENT_TYPE)
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> resp;
    try {
      resp = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new SchemaRegistryException(
          "Cannot reach the schema registry at " + settings.url() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SchemaRegistryException("Interrupted while calling the schema registry", e);
    }
    JsonNode json;
    try {
      json = resp.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(resp.body());
    } catch (IOException e) {
      json = JSON.createObjectNode().put("message", resp.body());
    }
    if (resp.statusCode() / 100 != 2) {
      if (resp.statusCode() == 401 || resp.statusCode() == 403) {
        throw new SchemaRegistryException(
            resp.statusCode(),
            resp.statusCode(),
            "The schema registry at "
                + settings.url()
                + " refused our credentials (HTTP "
                + resp.statusCode()
                + "): check registry.basic.auth.user.info");
      }
      throw new SchemaRegistryException(
          resp.statusCode(),
          json.path("error_code").asInt(resp.statusCode()),
          "Schema registry "
              + method
              + " "
              + path
              + " failed (HTTP "
              + resp.statusCode()
              + "): "
              + json.path("message").asText(resp.body()));
    }
    return json;
  }
}
