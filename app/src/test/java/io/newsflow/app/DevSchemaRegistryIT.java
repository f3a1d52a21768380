package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.devkit.DevSchemaRegistry;
import io.newsflow.registry.CompatibilityLevel;
import io.newsflow.registry.HttpSchemaRegistryClient;
import io.newsflow.registry.RegistrySettings;
import io.newsflow.registry.SchemaRegistryException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

/**
 * The dev registry speaks the Confluent REST subset and keeps ids across restarts (schemas live in
 * a topic).
 */
class DevSchemaRegistryIT {
  static final Schema V1 =
      SchemaBuilder.record("Thing").namespace("it").fields().requiredString("id").endRecord();
  static final Schema V2 =
      SchemaBuilder.record("Thing")
          .namespace("it")
          .fields()
          .requiredString("id")
          .name("n")
          .type()
          .intType()
          .intDefault(0)
          .endRecord();
  static final Schema BREAKS =
      SchemaBuilder.record("Thing")
          .namespace("it")
          .fields()
          .requiredString("id")
          .requiredInt("n")
          .endRecord();

  @Test
  void idsAndVersionsSurviveARestart() {
    String topic = "_it_schemas_" + System.nanoTime();
    Map<String, Object> props =
        Map.of("bootstrap.servers", SharedBroker.kafka().bootstrapServers());
    int id1;
    int id2;
    try (DevSchemaRegistry r = DevSchemaRegistry.start(props, topic, 0);
        HttpSchemaRegistryClient c = new HttpSchemaRegistryClient(RegistrySettings.of(r.url()))) {
      id1 = c.register("things-value", V1);
      id2 = c.register("things-value", V2);
      assertThat(c.register("things-value", V1)).isEqualTo(id1); // idempotent
      assertThat(c.register("other-value", V1)).isEqualTo(id1); // one id per schema text
    }
    try (DevSchemaRegistry r = DevSchemaRegistry.start(props, topic, 0);
        HttpSchemaRegistryClient c = new HttpSchemaRegistryClient(RegistrySettings.of(r.url()))) {
      assertThat(c.getById(id1)).isEqualTo(V1);
      assertThat(c.getById(id2)).isEqualTo(V2);
      assertThat(c.latest("things-value").orElseThrow().version()).isEqualTo(2);
      assertThat(c.lookup("things-value", V1).orElseThrow().version()).isEqualTo(1);
      Schema v3 =
          SchemaBuilder.record("Thing")
              .namespace("it")
              .fields()
              .requiredString("id")
              .name("n")
              .type()
              .intType()
              .intDefault(0)
              .name("m")
              .type()
              .stringType()
              .stringDefault("")
              .endRecord();
      assertThat(c.register("things-value", v3))
          .isGreaterThan(id2); // new ids continue after the old ones
    }
  }

  @Test
  void speaksTheConfluentRestApi() throws Exception {
    try (HttpSchemaRegistryClient c =
        new HttpSchemaRegistryClient(RegistrySettings.of(SharedBroker.registry().url()))) {
      String subject = "api-" + System.nanoTime() + "-value";
      assertThat(c.isCompatible(subject, V1)).isTrue(); // nothing registered yet
      c.register(subject, V1);
      assertThat(c.isCompatible(subject, V2)).isTrue();
      assertThat(c.isCompatible(subject, BREAKS)).isFalse();
      assertThatThrownBy(() -> c.register(subject, BREAKS))
          .isInstanceOf(SchemaRegistryException.class)
          .satisfies(e -> assertThat(((SchemaRegistryException) e).errorCode()).isEqualTo(409));
      assertThat(c.lookup(subject, V2)).isEmpty();
      assertThat(c.lookup("no-such-subject", V1)).isEmpty();
      assertThatThrownBy(() -> c.getById(999_999))
          .isInstanceOf(SchemaRegistryException.class)
          .satisfies(e -> assertThat(((SchemaRegistryException) e).errorCode()).isEqualTo(40403));
      c.setCompatibility(subject, CompatibilityLevel.NONE);
      assertThat(c.register(subject, BREAKS)).isPositive();
      assertThat(c.subjects()).contains(subject);

      // raw HTTP, as any Confluent client sends it
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              SharedBroker.registry().url() + "/subjects/" + subject + "/versions"))
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).isEqualTo("[1,2]");
      assertThat(r.headers().firstValue("Content-Type"))
          .hasValue("application/vnd.schemaregistry.v1+json");
      HttpResponse<String> missing =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              SharedBroker.registry().url() + "/subjects/nope/versions/latest"))
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(missing.body()).contains("\"error_code\":40401");
    }
  }
}
