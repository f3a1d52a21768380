package io.newsflow.devkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.registry.CompatibilityLevel;
import io.newsflow.registry.RegistryState;
import io.newsflow.registry.RegistryState.Registration;
import io.newsflow.registry.SchemaRegistryClient.SchemaVersion;
import io.newsflow.registry.SchemaRegistryException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A development schema registry: the Confluent Schema Registry REST subset that Avro serdes use
 * (register, get by id, lookup, compatibility, subjects, versions, config), on 127.0.0.1, with its
 * schemas kept in a compacted Kafka topic so ids survive a restart. One writer per topic. For
 * production use Confluent Schema Registry, Karapace, Redpanda or Apicurio's Confluent-compatible
 * API: our clients speak the same protocol to all of them.
 */
public final class DevSchemaRegistry implements AutoCloseable {
  public static final String DEFAULT_TOPIC = "_newsflow_schemas";
  private static final Logger LOG = LoggerFactory.getLogger(DevSchemaRegistry.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

  private final RegistryState state = new RegistryState();
  private final Map<String, Object> clientProps;
  private final String topic;
  private final KafkaProducer<String, String> producer;
  private final HttpServer server;
  private final ExecutorService executor;

  private DevSchemaRegistry(Map<String, Object> clientProps, String topic, int port)
      throws IOException {
    this.clientProps = clientProps;
    this.topic = topic;
    ensureTopic();
    replay();
    Map<String, Object> p = new HashMap<>(clientProps);
    p.put("acks", "all");
    p.put("enable.idempotence", true);
    p.put("client.id", "newsflow-dev-registry");
    this.producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    this.executor =
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "dev-registry-http");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Starts the registry on {@code port} (0: a free port), storing schemas in {@code topic} of the
   * given cluster.
   */
  public static DevSchemaRegistry start(Map<String, Object> clientProps, String topic, int port) {
    try {
      DevSchemaRegistry r = new DevSchemaRegistry(clientProps, topic, port);
      LOG.info(
          "Dev schema registry on {} ({} subjects restored from {})",
          r.url(),
          r.state.subjects().size(),
          topic);
      return r;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start the dev schema registry: " + e.getMessage(), e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void ensureTopic() {
    try (Admin admin = Admin.create(clientProps)) {
      admin
          .createTopics(
              List.of(
                  new NewTopic(topic, 1, (short) -1).configs(Map.of("cleanup.policy", "compact"))))
          .all()
          .get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException(
            "Cannot create the schema topic " + topic + ": " + e.getCause().getMessage(), e);
      }
    } catch (Exception e) {
      throw new IllegalStateException(
          "Cannot create the schema topic " + topic + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the schema topic from the start, so ids and versions are exactly those handed out before.
   */
  private void replay() {
    Map<String, Object> p = new HashMap<>(clientProps);
    p.put("isolation.level", "read_committed");
    p.put("enable.auto.commit", false);
    try (KafkaConsumer<String, String> c =
        new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
      TopicPartition tp = new TopicPartition(topic, 0);
      c.assign(List.of(tp));
      c.seekToBeginning(List.of(tp));
      long end = c.endOffsets(List.of(tp)).get(tp);
      while (c.position(tp) < end) {
        for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
          if (r.value() != null) {
            apply(JSON.readTree(r.value()));
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Corrupt record in schema topic " + topic, e);
    }
  }

  private void apply(JsonNode n) {
    if (n.has("compatibilityLevel")) {
      String subject = n.path("subject").isNull() ? null : n.path("subject").asText(null);
      state.setLevel(subject, CompatibilityLevel.valueOf(n.get("compatibilityLevel").asText()));
    } else {
      state.apply(
          new Registration(
              n.get("subject").asText(),
              n.get("version").asInt(),
              n.get("id").asInt(),
              n.get("schema").asText()));
    }
  }

  private void persist(String key, ObjectNode value) {
    try {
      producer.send(new ProducerRecord<>(topic, key, value.toString())).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new SchemaRegistryException(
          500,
          SchemaRegistryException.STORE_ERROR,
          "Cannot write to the schema topic: " + e.getMessage());
    }
  }

  // --- HTTP
  // -------------------------------------------------------------------------------------------------

  private static final Pattern SUBJECT_VERSIONS = Pattern.compile("^/subjects/([^/]+)/versions/?$");
  private static final Pattern SUBJECT_VERSION =
      Pattern.compile("^/subjects/([^/]+)/versions/([^/]+)(/schema)?/?$");
  private static final Pattern SUBJECT = Pattern.compile("^/subjects/([^/]+)/?$");
  private static final Pattern SCHEMA_BY_ID = Pattern.compile("^/schemas/ids/(\\d+)(/schema)?/?$");
  private static final Pattern COMPAT =
      Pattern.compile("^/compatibility/subjects/([^/]+)/versions/([^/]+)/?$");
  private static final Pattern CONFIG = Pattern.compile("^/config(?:/([^/]+))?/?$");

  private void handle(HttpExchange ex) throws IOException {
    int status = 200;
    Object body;
    try {
      body =
          route(
              ex.getRequestMethod().toUpperCase(Locale.ROOT),
              ex.getRequestURI().getRawPath(),
              readBody(ex));
    } catch (SchemaRegistryException e) {
      status = e.httpStatus() == 0 ? 500 : e.httpStatus();
      body =
          JSON.createObjectNode().put("error_code", e.errorCode()).put("message", e.getMessage());
    } catch (RuntimeException e) {
      status = 500;
      body =
          JSON.createObjectNode()
              .put("error_code", 50001)
              .put("message", String.valueOf(e.getMessage()));
    }
    byte[] bytes =
        (body instanceof String s ? s : JSON.writeValueAsString(body))
            .getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static JsonNode readBody(HttpExchange ex) throws IOException {
    byte[] b = ex.getRequestBody().readAllBytes();
    if (b.length == 0) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(b);
    } catch (IOException e) {
      throw new SchemaRegistryException(400, 400, "Request body is not JSON: " + e.getMessage());
    }
  }

  Object route(String method, String path, JsonNode req) {
    Matcher m;
    if (path.equals("/") || path.isEmpty()) {
      return JSON.createObjectNode();
    }
    if (path.equals("/subjects") || path.equals("/subjects/")) {
      return state.subjects();
    }
    if (path.equals("/schemas/types")) {
      return List.of("AVRO");
    }
    if ((m = SCHEMA_BY_ID.matcher(path)).matches()) {
      Schema s = state.getById(Integer.parseInt(m.group(1)));
      return m.group(2) != null
          ? s.toString()
          : JSON.createObjectNode().put("schema", s.toString());
    }
    if ((m = SUBJECT_VERSIONS.matcher(path)).matches()) {
      String subject = dec(m.group(1));
      if (method.equals("POST")) {
        Schema schema = schemaOf(req);
        synchronized (this) { // one writer: versions and ids are handed out in order
          Registration r = state.prepare(subject, schema);
          if (state.lookup(subject, schema).isEmpty()) {
            persist(
                "schema:" + subject + ":" + r.version(),
                JSON.createObjectNode()
                    .put("subject", subject)
                    .put("version", r.version())
                    .put("id", r.id())
                    .put("schema", r.schema()));
            state.apply(r);
          }
          return JSON.createObjectNode().put("id", r.id());
        }
      }
      return state.versions(subject);
    }
    if ((m = SUBJECT_VERSION.matcher(path)).matches()) {
      SchemaVersion v = version(dec(m.group(1)), m.group(2));
      return m.group(3) != null ? v.schema().toString() : versionJson(v);
    }
    if ((m = SUBJECT.matcher(path)).matches() && method.equals("POST")) {
      String subject = dec(m.group(1));
      if (!state.subjects().contains(subject)) {
        throw SchemaRegistryException.subjectNotFound(subject);
      }
      return versionJson(
          state
              .lookup(subject, schemaOf(req))
              .orElseThrow(
                  () -> SchemaRegistryException.schemaNotFound("under subject " + subject)));
    }
    if ((m = COMPAT.matcher(path)).matches() && method.equals("POST")) {
      String subject = dec(m.group(1));
      if (!m.group(2).equals("latest")) {
        version(subject, m.group(2)); // 404 if it does not exist
      }
      return JSON.createObjectNode()
          .put("is_compatible", state.isCompatible(subject, schemaOf(req)));
    }
    if ((m = CONFIG.matcher(path)).matches()) {
      String subject = m.group(1) == null ? null : dec(m.group(1));
      if (method.equals("PUT")) {
        CompatibilityLevel level;
        try {
          level =
              CompatibilityLevel.valueOf(
                  req.path("compatibility").asText("").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new SchemaRegistryException(
              422,
              SchemaRegistryException.INVALID_COMPATIBILITY,
              "Invalid compatibility level: " + req.path("compatibility").asText());
        }
        synchronized (this) {
          ObjectNode rec = JSON.createObjectNode().put("compatibilityLevel", level.name());
          rec.put("subject", subject);
          persist("config:" + (subject == null ? "" : subject), rec);
          state.setLevel(subject, level);
        }
        return JSON.createObjectNode().put("compatibility", level.name());
      }
      return JSON.createObjectNode()
          .put(
              "compatibilityLevel",
              (subject == null ? state.globalLevel() : state.level(subject)).name());
    }
    throw new SchemaRegistryException(404, 404, "No such endpoint: " + method + " " + path);
  }

  private SchemaVersion version(String subject, String v) {
    if (!state.subjects().contains(subject)) {
      throw SchemaRegistryException.subjectNotFound(subject);
    }
    Optional<SchemaVersion> found;
    if (v.equals("latest") || v.equals("-1")) {
      found = state.latest(subject);
    } else {
      try {
        found = state.version(subject, Integer.parseInt(v));
      } catch (NumberFormatException e) {
        throw new SchemaRegistryException(422, 42202, "Invalid version: " + v);
      }
    }
    return found.orElseThrow(
        () ->
            new SchemaRegistryException(
                404,
                SchemaRegistryException.VERSION_NOT_FOUND,
                "Version " + v + " not found for subject " + subject));
  }

  private static ObjectNode versionJson(SchemaVersion v) {
    return JSON.createObjectNode()
        .put("subject", v.subject())
        .put("version", v.version())
        .put("id", v.id())
        .put("schema", v.schema().toString());
  }

  private static Schema schemaOf(JsonNode req) {
    String type = req.path("schemaType").asText("AVRO");
    if (!type.equalsIgnoreCase("AVRO")) {
      throw new SchemaRegistryException(
          422,
          SchemaRegistryException.INVALID_SCHEMA,
          "This development registry supports Avro schemas only, not " + type);
    }
    if (!req.hasNonNull("schema")) {
      throw new SchemaRegistryException(
          422, SchemaRegistryException.INVALID_SCHEMA, "Missing 'schema'");
    }
    return RegistryState.parse(req.get("schema").asText());
  }

  private static String dec(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    producer.close(Duration.ofSeconds(5));
  }
}
