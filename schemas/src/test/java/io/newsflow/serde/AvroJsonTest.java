package io.newsflow.serde;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.avro.RawArticle;
import io.newsflow.registry.InMemorySchemaRegistryClient;
import org.junit.jupiter.api.Test;

class AvroJsonTest {
  @Test
  void plainJsonUsesSchemaFieldNamesAndUnwrapsUnions() {
    InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    RawArticle a = AvroSerdeTest.raw("x1");
    byte[] bytes =
        new AvroSerde<>(RawArticle.class, registry, false, true).serialize("news.raw", a);
    JsonNode json =
        AvroJson.toJson(new GenericAvroDeserializer(registry).deserialize("news.raw", bytes));
    assertThat(json.path("id").asText()).isEqualTo("x1");
    assertThat(json.path("publishedAt").asText()).isEqualTo("2025-01-17T09:59:00Z");
    assertThat(json.path("fetchedAt").asText()).isEqualTo("2025-01-17T10:00:00Z");
    assertThat(json.path("ingest").path("replay").asBoolean()).isTrue();
    // the same through the specific class
    assertThat(AvroJson.toJson(a)).isEqualTo(json);
  }

  @Test
  void plainJsonReadsBackIntoTheSameRecord() {
    RawArticle a = AvroSerdeTest.raw("x2");
    assertThat(AvroJson.fromJson(AvroJson.toJson(a), RawArticle.class)).isEqualTo(a);
  }

  @Test
  void readingBackNamesTheFieldThatDoesNotFit() {
    var json =
        (com.fasterxml.jackson.databind.node.ObjectNode) AvroJson.toJson(AvroSerdeTest.raw("x3"));
    json.put("fetchedAt", "yesterday");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> AvroJson.fromJson(json, RawArticle.class))
        .hasMessageContaining("RawArticle.fetchedAt");
    json.remove("fetchedAt");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> AvroJson.fromJson(json, RawArticle.class))
        .hasMessageContaining("RawArticle.fetchedAt");
  }
}
