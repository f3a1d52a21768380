package io.newsflow.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Alert;
import io.newsflow.avro.RawArticle;
import io.newsflow.registry.InMemorySchemaRegistryClient;
import io.newsflow.serde.AvroSerde;
import io.newsflow.serde.NewsflowSerdes;
import org.junit.jupiter.api.Test;

class TopicCatalogTest {
  final NewsflowSerdes serdes = new NewsflowSerdes(new InMemorySchemaRegistryClient(), true);

  @Test
  void defaultNames() {
    TopicCatalog t = new TopicCatalog("", serdes);
    assertThat(t.fixed())
        .extracting(TopicSpec::name)
        .containsExactly(
            "news.raw",
            "news.enriched",
            "news.duplicates",
            "news.stories",
            "news.dlq",
            "newsflow.rules",
            "newsflow.watchlist");
    assertThat(t.stories().compacted()).isTrue();
    assertThat(t.rules().compacted()).isTrue();
    assertThat(t.watchlist().compacted()).isTrue();
    assertThat(t.raw().compacted()).isFalse();
  }

  @Test
  void thePrefixAppliesToEveryTopicIncludingAlerts() {
    TopicCatalog t = new TopicCatalog("replay.", serdes);
    assertThat(t.fixed()).allSatisfy(s -> assertThat(s.name()).startsWith("replay."));
    assertThat(t.alerts("watchlist").name()).isEqualTo("replay.alerts.watchlist");
    assertThat(t.alerts("alerts.watchlist").name()).isEqualTo("replay.alerts.watchlist");
    assertThat(t.isAlertTopic("replay.alerts.x")).isTrue();
    assertThat(t.isAlertTopic("alerts.x")).isFalse();
  }

  @Test
  void specsCarryTypedSerdes() {
    TopicCatalog t = new TopicCatalog("", serdes);
    assertThat(((AvroSerde<RawArticle>) t.raw().valueSerde()).type()).isEqualTo(RawArticle.class);
    assertThat(((AvroSerde<Alert>) t.alerts("x").valueSerde()).type()).isEqualTo(Alert.class);
    assertThat(t.raw().keySerde().serializer().serialize("x", "id-1")).isEqualTo("id-1".getBytes());
  }
}
