package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.app.desk.Desk;
import io.newsflow.avro.Alert;
import io.newsflow.avro.DedupInfo;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.Severity;
import io.newsflow.avro.Span;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.registry.HttpSchemaRegistryClient;
import io.newsflow.serde.NewsflowSerdes;
import io.newsflow.topics.TopicCatalog;
import io.newsflow.topics.TopicSpec;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The monitoring desk: alerts pushed as they fire, article view, and the page in a real headless Chromium. */
class DeskIT {
  static final String TITLE = "Border post attacked near Chaman";

  <V> void send(KafkaProducer<byte[], byte[]> p, TopicSpec<String, V> t, String key, V value) throws Exception {
    p.send(new ProducerRecord<>(t.name(), key.getBytes(StandardCharsets.UTF_8),
        t.valueSerde().serializer().serialize(t.name(), value))).get();
  }

  static Alert alert(String rule, String article, String title, Severity s, List<String> countries) {
    return Alert.newBuilder().setId(rule + "|" + article).setRule(rule).setSeverity(s).setArticleId(article)
        .setUrl("https://n.example/" + article).setSource("n.example").setTitle(title).setSnippet("s")
        .setFiredAt(Instant.now()).setMatchedCountries(countries).build();
  }

  @Test
  void alertsArePushedAndThePageShowsThemInARealBrowser() throws Exception {
    String ns = "desk" + System.nanoTime();
    NewsflowConfig config = NewsflowConfig.defaults().with(Map.of(
        "bootstrap.servers", SharedBroker.kafka().bootstrapServers(), "registry.url", SharedBroker.registry().url(),
        "topic.prefix", ns + "."));
    NewsflowSerdes serdes = new NewsflowSerdes(new HttpSchemaRegistryClient(config.registrySettings()), true);
    TopicCatalog topics = new TopicCatalog(ns + ".", serdes);
    TopicAdmin.ensure(config, topics, List.of("alerts.border", "alerts.other"));
    Map<String, Object> p = new HashMap<>(config.kafkaClientProps());
    try (Desk desk = new Desk(topics, serdes.generic(), config.kafkaClientProps(), 0).start();
         KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      // a browser-like client listens for pushed alerts
      List<String> pushed = new CopyOnWriteArrayList<>();
      HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(desk.url() + "events")).build(),
          HttpResponse.BodyHandlers.ofInputStream()).thenAccept(r -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
              for (String line; (line = in.readLine()) != null; ) {
                pushed.add(line);
              }
            } catch (Exception ignored) {
              // the desk closed
            }
          });
      String text = "Gunmen attacked a border post near Chaman on Monday, officials in Pakistan said.";
      send(producer, topics.enriched(), "a1", EnrichedArticle.newBuilder().setId("a1").setParentId("a1")
          .setUrl("https://n.example/a1").setSource("n.example").setTitle(TITLE).setText(text).setLanguage("en")
          .setFetchedAt(Instant.now()).setCountries(List.of("PK"))
          .setEntities(List.of(Entity.newBuilder().setId("country:PK").setName("Pakistan").setType(EntityType.COUNTRY)
              .setMentions(1).setSpans(List.of(new Span(text.indexOf("Pakistan"), text.indexOf("Pakistan") + 8)))
              .setCountry("PK").build()))
          .setDedup(DedupInfo.newBuilder().setFingerprint("f").setMethod("m").build()).build());
      await().atMost(Duration.ofSeconds(30)).until(() -> pushed.stream().anyMatch(l -> l.startsWith(": connected")));
      send(producer, topics.alerts("border"), "border|a1", alert("border", "a1", TITLE, Severity.HIGH, List.of("PK")));
      send(producer, topics.alerts("other"), "other|b1", alert("other", "b1", "Harvest festival opens", Severity.LOW, List.of("IN")));

      await().atMost(Duration.ofSeconds(30)).until(() -> pushed.stream().anyMatch(l -> l.contains(TITLE)));
      HttpClient http = HttpClient.newHttpClient();
      // the desk reads several topics at once: the article may come in after its alert
      await().atMost(Duration.ofSeconds(30)).until(() -> http.send(HttpRequest.newBuilder(
          URI.create(desk.url() + "api/article?id=a1")).build(), HttpResponse.BodyHandlers.ofString()).body()
          .contains("country:PK"));
      String article = http.send(HttpRequest.newBuilder(URI.create(desk.url() + "api/article?id=a1")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      assertThat(article).contains("country:PK", "\"start\"");

      // the page in headless Chromium, filtered to one rule by its URL; the DOM after scripts ran, and a screenshot
      Path chromium = Path.of("/usr/bin/chromium");
      Assumptions.assumeTrue(Files.isExecutable(chromium),
          "Chromium is not installed (Debian package 'chromium'): the browser check is skipped");
      await().atMost(Duration.ofSeconds(30)).until(() -> http.send(HttpRequest.newBuilder(URI.create(desk.url() + "api/alerts"))
          .build(), HttpResponse.BodyHandlers.ofString()).body().contains("Harvest festival"));
      String dom = chrome(chromium, List.of("--dump-dom", desk.url() + "?rule=border&stream=0"));
      assertThat(dom).contains(TITLE).doesNotContain("Harvest festival opens").contains("class=\"alert HIGH\"");
      Path shot = Path.of("target", "desk-screenshot.png").toAbsolutePath();
      Files.deleteIfExists(shot);
      chrome(chromium, List.of("--screenshot=" + shot, "--window-size=1280,800", desk.url() + "?stream=0"));
      assertThat(shot).exists();
      assertThat(Files.size(shot)).isGreaterThan(10_000);
    }
  }

  static String chrome(Path chromium, List<String> args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        // snapshots (?stream=0) open no event stream, so the page settles and virtual time runs out
        "--disable-sync", "--virtual-time-budget=5000",
        "--user-data-dir=" + Files.createTempDirectory("desk-chromium")));
    cmd.addAll(args);
    Path out = Files.createTempFile("chromium", ".out");
    Process proc = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD)
        .redirectOutput(out.toFile()).start();
    if (!proc.waitFor(60, TimeUnit.SECONDS)) {
      proc.descendants().forEach(ProcessHandle::destroyForcibly);
      proc.destroyForcibly();
      throw new AssertionError("Chromium did not finish within 60 s: " + cmd);
    }
    return Files.readString(out);
  }
}
