package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.avro.Alert;
import io.newsflow.avro.DedupInfo;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.Severity;
import io.newsflow.avro.Span;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.desk.Desk;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.ingest.FileSource;
import io.newsflow.ingest.Ingestor;
import io.newsflow.ingest.KafkaRawSink;
import io.newsflow.ingest.RawArticleFactory;
import io.newsflow.registry.HttpSchemaRegistryClient;
import io.newsflow.runtime.StreamsStage;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.serde.NewsflowSerdes;
import io.newsflow.sink.RuleSet;
import io.newsflow.sink.SinkTopology;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The monitoring desk: alerts pushed as they fire, the article view, and the page driven in a real
 * headless Chromium.
 */
class DeskIT {
  static final String TITLE = "Border post attacked near Chaman";

  <V> void send(KafkaProducer<byte[], byte[]> p, TopicSpec<String, V> t, String key, V value)
      throws Exception {
    p.send(
            new ProducerRecord<>(
                t.name(),
                key.getBytes(StandardCharsets.UTF_8),
                t.valueSerde().serializer().serialize(t.name(), value)))
        .get();
  }

  static Alert alert(
      String rule, String article, String title, Severity s, List<String> countries) {
    return Alert.newBuilder()
        .setId(rule + "|" + article)
        .setRule(rule)
        .setSeverity(s)
        .setArticleId(article)
        .setUrl("https://n.example/" + article)
        .setSource("n.example")
        .setTitle(title)
        .setSnippet("s")
        .setFiredAt(Instant.now())
        .setMatchedCountries(countries)
        .build();
  }

  @Test
  void alertsArePushedAndThePageShowsThemInARealBrowser() throws Exception {
    String ns = "desk" + System.nanoTime();
    NewsflowConfig config =
        NewsflowConfig.defaults()
            .with(
                Map.of(
                    "bootstrap.servers",
                    SharedBroker.kafka().bootstrapServers(),
                    "registry.url",
                    SharedBroker.registry().url(),
                    "topic.prefix",
                    ns + "."));
    NewsflowSerdes serdes =
        new NewsflowSerdes(new HttpSchemaRegistryClient(config.registrySettings()), true);
    TopicCatalog topics = new TopicCatalog(ns + ".", serdes);
    TopicAdmin.ensure(config, topics, List.of("alerts.border", "alerts.other"));
    // the topics state their timestamp rules instead of inheriting the broker's
    try (org.apache.kafka.clients.admin.Admin admin =
        org.apache.kafka.clients.admin.Admin.create(config.kafkaClientProps())) {
      for (String t : List.of(topics.raw().name(), topics.alerts("border").name())) {
        var r =
            new org.apache.kafka.common.config.ConfigResource(
                org.apache.kafka.common.config.ConfigResource.Type.TOPIC, t);
        var c = admin.describeConfigs(List.of(r)).all().get().get(r);
        assertThat(c.get("message.timestamp.after.max.ms").source())
            .isEqualTo(
                org.apache.kafka.clients.admin.ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
        assertThat(c.get("message.timestamp.type").value()).isEqualTo("CreateTime");
      }
    }
    Map<String, Object> p = new HashMap<>(config.kafkaClientProps());
    try (Desk desk = new Desk(topics, serdes.generic(), config.kafkaClientProps(), 0).start();
        KafkaProducer<byte[], byte[]> producer =
            new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      // a browser-like client listens for pushed alerts
      List<String> pushed = new CopyOnWriteArrayList<>();
      HttpClient.newHttpClient()
          .sendAsync(
              HttpRequest.newBuilder(URI.create(desk.url() + "events")).build(),
              HttpResponse.BodyHandlers.ofInputStream())
          .thenAccept(
              r -> {
                try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                  for (String line; (line = in.readLine()) != null; ) {
                    pushed.add(line);
                  }
                } catch (Exception ignored) {
                  // the desk closed
                }
              });
      String text =
          "Gunmen attacked a border post near Chaman on Monday, officials in Pakistan said.";
      send(
          producer,
          topics.enriched(),
          "a1",
          EnrichedArticle.newBuilder()
              .setId("a1")
              .setParentId("a1")
              .setUrl("https://n.example/a1")
              .setSource("n.example")
              .setTitle(TITLE)
              .setText(text)
              .setLanguage("en")
              .setFetchedAt(Instant.now())
              .setCountries(List.of("PK"))
              .setEntities(
                  List.of(
                      Entity.newBuilder()
                          .setId("country:PK")
                          .setName("Pakistan")
                          .setType(EntityType.COUNTRY)
                          .setMentions(1)
                          .setSpans(
                              List.of(
                                  new Span(text.indexOf("Pakistan"), text.indexOf("Pakistan") + 8)))
                          .setCountry("PK")
                          .build()))
              .setDedup(DedupInfo.newBuilder().setFingerprint("f").setMethod("m").build())
              .build());
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> pushed.stream().anyMatch(l -> l.startsWith(": connected")));
      send(
          producer,
          topics.alerts("border"),
          "border|a1",
          alert("border", "a1", TITLE, Severity.HIGH, List.of("PK")));
      send(
          producer,
          topics.alerts("other"),
          "other|b1",
          alert("other", "b1", "Harvest festival opens", Severity.LOW, List.of("IN")));

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> pushed.stream().anyMatch(l -> l.contains(TITLE)));
      HttpClient http = HttpClient.newHttpClient();
      // the desk reads several topics at once: the article may come in after its alert
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  http.send(
                          HttpRequest.newBuilder(URI.create(desk.url() + "api/article?id=a1"))
                              .build(),
                          HttpResponse.BodyHandlers.ofString())
                      .body()
                      .contains("country:PK"));
      String article =
          http.send(
                  HttpRequest.newBuilder(URI.create(desk.url() + "api/article?id=a1")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertThat(article).contains("country:PK", "\"start\"");
      // the page may run only its own script (by hash): no injected script, no javascript: link can
      // run
      HttpResponse<String> page =
          http.send(
              HttpRequest.newBuilder(URI.create(desk.url())).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
          .contains("script-src 'sha256-")
          .contains("default-src 'none'")
          .doesNotContainPattern("script-src[^;]*unsafe-inline");
      assertThat(page.body()).doesNotContain("onclick=");
    }
  }

  static final String FLOOD =
      "River floods northern district\n\n"
          + "Heavy rain caused the river to burst its banks on Tuesday, flooding hundreds of homes in Kenya's north.\n\n"
          + "Emergency services said more than 2,000 people had been moved to shelters as the water kept rising overnight.\n\n"
          + "The regional governor asked the army for help and said schools would stay closed for the rest of the week.\n";
  static final String MINERS =
      "Miners block highway in southern Peru\n\n"
          + "Thousands of informal miners blocked the Pan-American Highway near Arequipa on Wednesday, demanding that "
          + "Peru's Congress extend a permit scheme due to expire this month.\n\n"
          + "Police in Peru said traffic had been halted for more than eight hours and several trucks were stranded.\n\n"
          + "The energy ministry said talks with the miners' federation would resume in Lima on Friday.\n";

  /**
   * What a monitor does: opens the desk in Chromium (driven through WebDriver), ingests pages
   * through the real pipeline, sees the alerts appear without a reload, filters by rule, opens an
   * alert and reads the article with its entities highlighted. The screenshot stays in target/ as
   * the test's artefact.
   */
  @Test
  void aMonitorSeesAlertsArriveFiltersAndOpensOneInChromium(@TempDir Path dir) throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    Path chromedriver = Path.of("/usr/bin/chromedriver");
    Assumptions.assumeTrue(
        Files.isExecutable(chromium) && Files.isExecutable(chromedriver),
        "Chromium or its WebDriver is not installed (Debian packages 'chromium' and 'chromium-driver')");
    String ns = SharedBroker.namespace("deskui");
    NewsflowConfig config =
        NewsflowConfig.defaults()
            .with(
                Map.of(
                    "bootstrap.servers",
                    SharedBroker.kafka().bootstrapServers(),
                    "registry.url",
                    SharedBroker.registry().url(),
                    "topic.prefix",
                    ns,
                    "application.id.prefix",
                    ns + "newsflow",
                    "state.dir",
                    dir.resolve("streams").toString()));
    NewsflowSerdes serdes =
        new NewsflowSerdes(new HttpSchemaRegistryClient(config.registrySettings()), true);
    TopicCatalog topics = new TopicCatalog(ns, serdes);
    RuleSet rules =
        RuleSet.parse(
            "rules:\n"
                + "  - name: kenya\n    topic: alerts.kenya\n    severity: high\n    when: {countries: [KE]}\n"
                + "  - name: peru\n    topic: alerts.peru\n    severity: medium\n    when: {countries: [PE]}\n",
            "it");
    TopicAdmin.ensure(config, topics, rules.topics());
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(
        pages.resolve("flood.txt"), "Home | World | Sport\n\n" + FLOOD + "\nMost read\n");
    Files.writeString(pages.resolve("miners.txt"), MINERS);

    ChromeOptions options =
        new ChromeOptions()
            .setBinary(chromium.toFile())
            .addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("desk-chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    try (StreamsStage enrich =
            new StreamsStage("enrich", EnrichTopology.build(config, topics), config);
        StreamsStage sink =
            new StreamsStage(
                "sink", SinkTopology.build(config, rules, topics, Clock.systemUTC()), config);
        Desk desk = new Desk(topics, serdes.generic(), config.kafkaClientProps(), 0).start()) {
      enrich.start();
      sink.start();
      WebDriver browser = new ChromeDriver(service, options);
      try {
        browser.get(desk.url());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.withMessage(
            () ->
                "the page shows: "
                    + browser.findElement(By.tagName("body")).getText()
                    + "; alerts found: "
                    + browser.findElements(By.cssSelector("#alerts .alert")).size()
                    + " "
                    + browser.findElements(By.className("alert")).size());
        wait.until(
            d -> "open".equals(d.findElement(By.tagName("body")).getDomAttribute("data-stream")));
        assertThat(browser.findElement(By.id("alerts")).getText()).contains("Waiting for alerts");

        // the articles are ingested only now: the alerts can reach the page only by being pushed
        try (KafkaRawSink out =
            new KafkaRawSink(
                config.kafkaClientProps(), topics.raw(), topics.deadLetters(), 1_000_000)) {
          new Ingestor(
                  out,
                  new RawArticleFactory(Clock.systemUTC(), 1_000_000, false),
                  Clock.systemUTC())
              .run(List.of(new FileSource(List.of(pages), 1_000_000)), n -> {});
        }
        wait.until(d -> d.findElements(By.cssSelector("#alerts .alert")).size() == 2);
        assertThat(browser.findElement(By.id("n-alerts")).getText()).isEqualTo("2");

        new Select(browser.findElement(By.id("f-rule"))).selectByVisibleText("kenya");
        wait.until(d -> d.findElements(By.cssSelector("#alerts .alert")).size() == 1);
        WebElement shown = browser.findElement(By.cssSelector("#alerts .alert"));
        assertThat(shown.getText())
            .contains("River floods northern district", "HIGH", "KE")
            .doesNotContain("Miners block highway");

        shown.click();
        wait.until(d -> !d.findElements(By.cssSelector("#detail mark")).isEmpty());
        WebElement detail = browser.findElement(By.id("detail"));
        assertThat(detail.getText())
            .contains("Why it fired", "kenya", "Heavy rain caused the river");
        assertThat(detail.findElements(By.cssSelector("mark")))
            .anySatisfy(
                m -> {
                  assertThat(m.getText()).isEqualTo("Kenya");
                  assertThat(m.getDomAttribute("title"))
                      .isEqualTo("Q114"); // the Wikidata id of Kenya
                });
        assertThat(detail.getText()).doesNotContain("Most read");
        // the page's URL is file:, not a web link: shown as text, never as a link (nor would
        // javascript: be)
        assertThat(detail.getText()).contains("file:");
        assertThat(detail.findElements(By.cssSelector("a[href^='file:'], a[href^='javascript:']")))
            .isEmpty();
        // each alert's detail has a URL of its own: opening it in a fresh tab shows the same alert
        String link = browser.getCurrentUrl();
        assertThat(link).contains("#alert=");
        browser.navigate().to("about:blank");
        browser.navigate().to(link);
        wait.until(
            d -> d.findElement(By.id("detail")).getText().contains("Heavy rain caused the river"));

        Path shot = Path.of("target", "desk-screenshot.png").toAbsolutePath();
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(shot)).isGreaterThan(10_000);
      } finally {
        browser.quit();
      }
    }
  }
}
