package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.newsflow.app.broker.SecureBroker;
import io.newsflow.devkit.DevSchemaRegistry;
import io.newsflow.registry.HttpSchemaRegistryClient;
import io.newsflow.registry.RegistrySettings;
import io.newsflow.runtime.TopicReader;
import io.newsflow.serde.NewsflowSerdes;
import io.newsflow.topics.TopicCatalog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline against a broker that only speaks SCRAM-SHA-512 over TLS (certificates made for the
 * run), as an operator would set it up: the secrets in a file read by Kafka's file config provider,
 * never on a command line or in the newsflow config. It works; a wrong password stops a stage at
 * once with a message a person can act on; a plaintext client gets nowhere; and the password (a
 * canary) appears in no log, metric, exception or dead letter. And with mutual TLS instead: it
 * works with the client certificate, and a client without one is refused.
 */
class SecureClusterIT {
  static final String USER = "newsflow";

  @Test
  void scramOverTlsWorksRefusesWhatItShouldAndNeverShowsTheSecret(@TempDir Path dir)
      throws Exception {
    String canary = "canary-" + UUID.randomUUID();
    try (SecureBroker broker =
            SecureBroker.start(dir.resolve("broker"), USER, canary, Duration.ofSeconds(90));
        DevSchemaRegistry registry =
            DevSchemaRegistry.start(
                broker.clientProps(USER, canary), DevSchemaRegistry.DEFAULT_TOPIC, 0)) {
      Path conf = config(dir, "good", broker, canary);
      String ns = "sec" + System.nanoTime();
      Path input = Files.createDirectories(dir.resolve("input"));
      Files.writeString(
          input.resolve("peru.txt"),
          "Floods close roads in Peru\n\n" + SinkRestartIT.text(new java.util.Random(1), "Peru"));
      Files.write(
          input.resolve("empty.txt"), new byte[0]); // a dead letter, to look into its headers
      Path rules = dir.resolve("rules.yaml");
      Files.writeString(
          rules,
          "rules:\n  - name: peru\n    topic: alerts.peru\n    severity: high\n"
              + "    when: {countries: [PE]}\n");

      List<Path> logs = new ArrayList<>();
      Path enrichLog = log(dir, "enrich", logs);
      Process enrich =
          StageProcess.startOn(
              broker.bootstrapServers(),
              registry.url(),
              "enrich",
              ns,
              enrichLog,
              "--config",
              conf.toString(),
              "-D",
              "state.dir=" + dir.resolve("enrich-state"),
              "-D",
              "ops.enrich.port=0");
      Process sink =
          StageProcess.startOn(
              broker.bootstrapServers(),
              registry.url(),
              "sink",
              ns,
              log(dir, "sink", logs),
              "--config",
              conf.toString(),
              "--rules",
              rules.toString(),
              "-D",
              "state.dir=" + dir.resolve("sink-state"),
              "-D",
              "ops.sink.port=-1");
      try {
        Process ingest =
            StageProcess.startOn(
                broker.bootstrapServers(),
                registry.url(),
                "ingest",
                ns,
                log(dir, "ingest", logs),
                "--config",
                conf.toString(),
                input.toString());
        assertThat(ingest.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(ingest.exitValue()).as(Files.readString(logs.get(2))).isZero();

        // the pipeline works end to end over SCRAM and TLS
        Map<String, Object> client = new HashMap<>(broker.clientProps(USER, canary));
        TopicCatalog topics =
            new TopicCatalog(
                ns + ".",
                new NewsflowSerdes(
                    new HttpSchemaRegistryClient(RegistrySettings.of(registry.url())), true));
        TopicReader reader = new TopicReader(client, topics.serdes().generic());
        await()
            .atMost(Duration.ofSeconds(120))
            .pollInterval(Duration.ofSeconds(1))
            .ignoreExceptions()
            .until(
                () ->
                    reader.readAll(topics.alerts("peru").name(), Duration.ofSeconds(10)).size() == 1
                        && reader
                                .readAll(topics.deadLetters().name(), Duration.ofSeconds(10))
                                .size()
                            == 1);

        // the canary: not in any dead letter (value or header), metric, or process output
        for (ConsumerRecord<byte[], byte[]> r : records(client, topics.deadLetters().name())) {
          assertThat(new String(r.value(), StandardCharsets.UTF_8)).doesNotContain(canary);
          for (Header h : r.headers()) {
            assertThat(h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8))
                .doesNotContain(canary);
          }
        }
        String metrics =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create(metricsUrl(enrichLog))).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(metrics).contains("newsflow_enrich").doesNotContain(canary);
        assertThat(Main.run("config", "--config", conf.toString()))
            .isZero(); // prints the effective config
      } finally {
        enrich.destroy();
        sink.destroy();
        enrich.waitFor(30, TimeUnit.SECONDS);
        sink.waitFor(30, TimeUnit.SECONDS);
      }
      for (Path l : logs) {
        assertThat(Files.readString(l)).as(l.toString()).doesNotContain(canary);
      }
      assertThat(ProcessHandle.current().info().arguments().map(List::of).orElse(List.of()))
          .noneMatch(a -> a.contains(canary));

      // a wrong password: the stage stops at once, says why, and does not echo the password it was
      // given
      String wrong = "wrong-" + UUID.randomUUID();
      Path bad = config(dir, "bad", broker, wrong);
      Path badLog = dir.resolve("bad.log");
      Process refused =
          StageProcess.startOn(
              broker.bootstrapServers(),
              registry.url(),
              "enrich",
              ns + "x",
              badLog,
              "--config",
              bad.toString(),
              "-D",
              "state.dir=" + dir.resolve("bad-state"),
              "-D",
              "ops.enrich.port=-1");
      assertThat(refused.waitFor(60, TimeUnit.SECONDS))
          .as("fails fast, not after startup.timeout.ms")
          .isTrue();
      assertThat(refused.exitValue()).isNotZero();
      String said = Files.readString(badLog);
      System.out.println("A wrong password said:\n" + said);
      assertThat(said).contains("Authentication failed", "kafka.").doesNotContain(wrong, canary);

      // a plaintext client gets nowhere on the TLS listener
      try (Admin plain =
          Admin.create(
              Map.of(
                  "bootstrap.servers",
                  broker.bootstrapServers(),
                  "request.timeout.ms",
                  3000,
                  "default.api.timeout.ms",
                  6000))) {
        assertThatThrownBy(() -> plain.describeCluster().nodes().get(10, TimeUnit.SECONDS))
            .isNotNull();
      }
    }
  }

  @Test
  void mutualTlsWorksAndAClientWithoutACertificateIsRefused(@TempDir Path dir) throws Exception {
    try (SecureBroker broker =
            SecureBroker.startMutualTls(dir.resolve("broker"), Duration.ofSeconds(90));
        DevSchemaRegistry registry =
            DevSchemaRegistry.start(
                broker.mutualTlsClientProps(), DevSchemaRegistry.DEFAULT_TOPIC, 0)) {
      Path secrets = dir.resolve("secrets.properties");
      Files.writeString(secrets, "store=" + SecureBroker.STORE_PASSWORD + "\n");
      String ref = "${file:" + secrets + ":store}";
      Path conf = dir.resolve("mtls.properties");
      Files.writeString(
          conf,
          String.join(
              "\n",
              "kafka.security.protocol=SSL",
              "kafka.config.providers=file",
              "kafka.config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider",
              "kafka.ssl.truststore.type=PKCS12",
              "kafka.ssl.truststore.location=" + broker.truststore(),
              "kafka.ssl.truststore.password=" + ref,
              "kafka.ssl.keystore.type=PKCS12",
              "kafka.ssl.keystore.location=" + broker.clientKeystore(),
              "kafka.ssl.keystore.password=" + ref,
              "kafka.ssl.key.password=" + ref,
              "topic.partitions=1",
              ""));
      String ns = "mtls" + System.nanoTime();
      Path input = Files.createDirectories(dir.resolve("input"));
      Files.writeString(
          input.resolve("peru.txt"),
          "Floods close roads in Peru\n\n" + SinkRestartIT.text(new java.util.Random(2), "Peru"));
      Path enrichLog = dir.resolve("enrich.log");
      Process enrich =
          StageProcess.startOn(
              broker.bootstrapServers(),
              registry.url(),
              "enrich",
              ns,
              enrichLog,
              "--config",
              conf.toString(),
              "-D",
              "state.dir=" + dir.resolve("state"),
              "-D",
              "ops.enrich.port=-1");
      try {
        Path ingestLog = dir.resolve("ingest.log");
        Process ingest =
            StageProcess.startOn(
                broker.bootstrapServers(),
                registry.url(),
                "ingest",
                ns,
                ingestLog,
                "--config",
                conf.toString(),
                input.toString());
        assertThat(ingest.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(ingest.exitValue()).as(Files.readString(ingestLog)).isZero();
        TopicCatalog topics =
            new TopicCatalog(
                ns + ".",
                new NewsflowSerdes(
                    new HttpSchemaRegistryClient(RegistrySettings.of(registry.url())), true));
        TopicReader reader =
            new TopicReader(broker.mutualTlsClientProps(), topics.serdes().generic());
        await()
            .atMost(Duration.ofSeconds(120))
            .pollInterval(Duration.ofSeconds(1))
            .ignoreExceptions()
            .until(
                () -> reader.readAll(topics.enriched().name(), Duration.ofSeconds(10)).size() == 1);
      } finally {
        enrich.destroy();
        enrich.waitFor(30, TimeUnit.SECONDS);
      }
      assertThat(Files.readString(enrichLog)).doesNotContain(SecureBroker.STORE_PASSWORD);

      // TLS without a client certificate: the broker requires one
      try (Admin anonymous =
          Admin.create(
              Map.of(
                  "bootstrap.servers",
                  broker.bootstrapServers(),
                  "security.protocol",
                  "SSL",
                  "ssl.truststore.location",
                  broker.truststore().toString(),
                  "ssl.truststore.password",
                  SecureBroker.STORE_PASSWORD,
                  "ssl.truststore.type",
                  "PKCS12",
                  "request.timeout.ms",
                  3000,
                  "default.api.timeout.ms",
                  6000))) {
        assertThatThrownBy(() -> anonymous.describeCluster().nodes().get(10, TimeUnit.SECONDS))
            .isNotNull();
      }
    }
  }

  /**
   * The newsflow config an operator writes: settings in one file, secrets in another read by the
   * provider.
   */
  private static Path config(Path dir, String name, SecureBroker broker, String password)
      throws Exception {
    Path secrets = dir.resolve(name + "-secrets.properties");
    Files.writeString(
        secrets, "password=" + password + "\ntruststore=" + SecureBroker.STORE_PASSWORD + "\n");
    Path conf = dir.resolve(name + ".properties");
    String ref = "${file:" + secrets + ":";
    Files.writeString(
        conf,
        String.join(
            "\n",
            "kafka.security.protocol=SASL_SSL",
            "kafka.sasl.mechanism=SCRAM-SHA-512",
            "kafka.config.providers=file",
            "kafka.config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider",
            "kafka.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + USER
                + "\" password=\""
                + ref
                + "password}\";",
            "kafka.ssl.truststore.type=PKCS12",
            "kafka.ssl.truststore.location=" + broker.truststore(),
            "kafka.ssl.truststore.password=" + ref + "truststore}",
            "topic.partitions=1",
            ""));
    return conf;
  }

  private static Path log(Path dir, String name, List<Path> logs) {
    Path p = dir.resolve(name + ".log");
    logs.add(p);
    return p;
  }

  private static String metricsUrl(Path enrichLog) throws Exception {
    Pattern url = Pattern.compile("metrics (http://\\S+/metrics)");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> url.matcher(Files.readString(enrichLog)).find());
    Matcher m = url.matcher(Files.readString(enrichLog));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static List<ConsumerRecord<byte[], byte[]>> records(
      Map<String, Object> client, String topic) {
    Map<String, Object> p = new HashMap<>(client);
    p.put("isolation.level", "read_committed");
    List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> c =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> tps =
          c.partitionsFor(topic).stream()
              .map(i -> new TopicPartition(topic, i.partition()))
              .toList();
      c.assign(tps);
      c.seekToBeginning(tps);
      Map<TopicPartition, Long> end = c.endOffsets(tps);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
                return tps.stream().allMatch(tp -> c.position(tp) >= end.get(tp));
              });
    }
    return out;
  }
}
