package io.newsflow.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Alert;
import io.newsflow.avro.Severity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertConsumerTest {
  @Test
  void anAlertReadsAsOneLineThatSaysWhy() {
    Alert a =
        Alert.newBuilder()
            .setId("r|1")
            .setRule("r")
            .setSeverity(Severity.HIGH)
            .setArticleId("1")
            .setUrl("https://x.example/1")
            .setTitle("Border clash")
            .setSnippet("s")
            .setFiredAt(Instant.EPOCH)
            .setMatchedCountries(List.of("IR", "PK"))
            .setMatchedKeywords(List.of("missile"))
            .setReplay(true)
            .build();
    assertThat(AlertConsumer.format("alerts.x", a))
        .isEqualTo(
            "[alerts.x] HIGH     r: Border clash (https://x.example/1) countries=IR,PK keywords=missile [replay]");
  }
}
