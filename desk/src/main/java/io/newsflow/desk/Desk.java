package io.newsflow.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.serde.AvroJson;
import io.newsflow.serde.GenericAvroDeserializer;
import io.newsflow.topics.TopicCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monitoring desk: a web page on 127.0.0.1 showing alerts as they fire (pushed with server-sent
 * events), with filters, each alert's article with its entities highlighted, its duplicate reports,
 * and why the rule fired. It reads the topics as an ordinary consumer (read_committed) and keeps a
 * bounded window in memory.
 */
public final class Desk implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Desk.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final int MAX_ALERTS = 2000;
  static final int MAX_ARTICLES = 20000;

  private final TopicCatalog topics;
  private final GenericAvroDeserializer values;
  private final Map<String, Object> clientProps;
  private final HttpServer server;
  private final Thread consumerThread;
  private final AtomicBoolean running = new AtomicBoolean(true);

  /**
   * A page listening for alerts: its own queue, written by its own HTTP thread, so a stalled tab
   * stalls itself only.
   */
  private record Listener(OutputStream out, BlockingQueue<byte[]> queue) {}

  /**
   * Events a listener may fall behind by before it is dropped (its page reconnects and reloads the
   * list).
   */
  static final int LISTENER_BACKLOG = 256;

  private static final byte[] HANG_UP = new byte[0];
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  static final int MAX_DUPLICATES_PER_ARTICLE = 100;
  private final Deque<JsonNode> alerts = new ArrayDeque<>();
  private final Map<String, JsonNode> articles =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, JsonNode> e) {
          return size() > MAX_ARTICLES;
        }
      };
  private final Map<String, List<JsonNode>> duplicates =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<JsonNode>> e) {
          return size() > MAX_ARTICLES; // the same window as the articles: bounded memory
        }
      };
  private final AtomicLong articlesSeen = new AtomicLong();
  private final AtomicLong duplicatesSeen = new AtomicLong();
  private final long started = System.currentTimeMillis();
  private volatile String status = "connecting";

  public Desk(
      TopicCatalog topics,
      GenericAvroDeserializer values,
      Map<String, Object> clientProps,
      int port)
      throws IOException {
    this.topics = topics;
    this.values = values;
    this.clientProps = clientProps;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.setExecutor(
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "desk-http");
              t.setDaemon(true);
              return t;
            }));
    server.createContext("/", this::page);
    server.createContext("/api/alerts", ex -> json(ex, alertsJson()));
    server.createContext("/api/article", this::article);
    server.createContext("/api/status", ex -> json(ex, statusJson()));
    server.createContext("/events", this::events);
    this.consumerThread = new Thread(this::consume, "desk-consumer");
    consumerThread.setDaemon(true);
  }

  public Desk start() {
    server.start();
    consumerThread.start();
    return this;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  private void consume() {
    Map<String, Object> p = new HashMap<>(clientProps);
    p.put("group.id", "newsflow-desk-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    p.put("isolation.level", "read_committed");
    p.put("auto.offset.reset", "earliest");
    p.put("enable.auto.commit", false);
    p.put("metadata.max.age.ms", 5000); // new alert topics are picked up within seconds
    String prefix = Pattern.quote(topics.prefix());
    Pattern wanted = Pattern.compile(prefix + "(alerts\\..+|news\\.enriched|news\\.duplicates)");
    try (KafkaConsumer<byte[], byte[]> c =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      c.subscribe(wanted);
      status = "live";
      while (running.get()) {
        for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
          try {
            GenericRecord v = values.deserialize(r.topic(), r.value());
            if (v != null) {
              accept(r.topic(), AvroJson.toJson(v));
            }
          } catch (RuntimeException e) {
            LOG.warn("Desk skipped a record of {}: {}", r.topic(), e.getMessage());
          }
        }
      }
    } catch (InterruptException | WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      status = "error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      LOG.error("Desk consumer stopped", e);
    }
  }

  synchronized void accept(String topic, JsonNode value) {
    if (topic.equals(topics.enriched().name())) {
      articles.put(value.path("id").asText(), value);
      articlesSeen.incrementAndGet();
    } else if (topic.equals(topics.duplicates().name())) {
      List<JsonNode> d =
          duplicates.computeIfAbsent(value.path("canonicalId").asText(), k -> new ArrayList<>());
      if (d.size() < MAX_DUPLICATES_PER_ARTICLE) {
        d.add(value);
      }
      duplicatesSeen.incrementAndGet();
    } else {
      ObjectNode a =
          ((ObjectNode) value.deepCopy()).put("topic", topic.substring(topics.prefix().length()));
      alerts.addFirst(a);
      while (alerts.size() > MAX_ALERTS) {
        alerts.removeLast();
      }
      broadcast(a);
    }
  }

  /** Queues the alert for every listening page; never blocks (this runs under the desk's lock). */
  private void broadcast(JsonNode alert) {
    byte[] event = ("event: alert\ndata: " + alert + "\n\n").getBytes(StandardCharsets.UTF_8);
    for (Listener l : listeners) {
      if (!l.queue().offer(event)) {
        listeners.remove(
            l); // too far behind: hang up; the page reconnects and fetches the list again
        l.queue().clear();
        l.queue().offer(HANG_UP);
      }
    }
  }

  private synchronized ArrayNode alertsJson() {
    ArrayNode out = JSON.createArrayNode();
    alerts.forEach(out::add);
    return out;
  }

  private synchronized ObjectNode statusJson() {
    double minutes = Math.max(1.0 / 60, (System.currentTimeMillis() - started) / 60000.0);
    return JSON.createObjectNode()
        .put("status", status)
        .put("alerts", alerts.size())
        .put("articles", articlesSeen.get())
        .put("duplicates", duplicatesSeen.get())
        .put("articlesPerMinute", Math.round(articlesSeen.get() / minutes));
  }

  private void article(HttpExchange ex) throws IOException {
    String q = ex.getRequestURI().getRawQuery();
    String id =
        q == null ? "" : URLDecoder.decode(q.replaceFirst("^id=", ""), StandardCharsets.UTF_8);
    ObjectNode out = JSON.createObjectNode();
    synchronized (this) {
      JsonNode a = articles.get(id);
      out.set("article", a == null ? JSON.nullNode() : a);
      ArrayNode d = out.putArray("duplicates");
      duplicates.getOrDefault(id, List.of()).forEach(d::add);
    }
    json(ex, out);
  }

  /**
   * A page's live stream: this HTTP thread writes its queue until the page goes away or the desk
   * closes.
   */
  private void events(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/event-stream");
    ex.getResponseHeaders().set("Cache-Control", "no-cache");
    ex.sendResponseHeaders(200, 0);
    Listener l = new Listener(ex.getResponseBody(), new ArrayBlockingQueue<>(LISTENER_BACKLOG));
    listeners.add(l);
    try (OutputStream out = l.out()) {
      out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
      while (running.get()) {
        byte[] event = l.queue().poll(15, TimeUnit.SECONDS);
        if (event == HANG_UP) {
          return;
        }
        out.write(event == null ? ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8) : event);
        out.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the page went away
    } finally {
      listeners.remove(l);
    }
  }

  private void page(HttpExchange ex) throws IOException {
    if (!ex.getRequestURI().getPath().equals("/")) {
      ex.sendResponseHeaders(404, -1);
      ex.close();
      return;
    }
    ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    ex.getResponseHeaders().set("Content-Security-Policy", Page.POLICY);
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
    ex.sendResponseHeaders(200, Page.BYTES.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(Page.BYTES);
    }
  }

  /** The page and its policy: read and hashed once, not on every request. */
  private static final class Page {
    static final byte[] BYTES = read();
    static final String POLICY = contentSecurityPolicy(new String(BYTES, StandardCharsets.UTF_8));

    private static byte[] read() {
      try (InputStream in = Desk.class.getResourceAsStream("/desk/index.html")) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The page may run its own script only (allowed by its SHA-256, so no injected script and no
   * javascript: URL can run), talk to this server only, and not be framed.
   */
  static String contentSecurityPolicy(String page) {
    int open = page.indexOf("<script>");
    int close = page.indexOf("</script>", open);
    String script = page.substring(open + "<script>".length(), close);
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "default-src 'none'; script-src 'sha256-"
          + Base64.getEncoder().encodeToString(h)
          + "'; "
          + "style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; "
          + "form-action 'none'; frame-ancestors 'none'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void json(HttpExchange ex, JsonNode body) throws IOException {
    byte[] b = JSON.writeValueAsBytes(body);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(200, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  @Override
  public void close() {
    running.set(false);
    for (Listener l : listeners) {
      l.queue().offer(HANG_UP);
    }
    server.stop(0);
    try {
      consumerThread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
