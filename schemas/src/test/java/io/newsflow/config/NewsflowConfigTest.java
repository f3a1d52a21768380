package io.newsflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsflowConfigTest {
  @TempDir Path dir;

  @Test
  void laterLayersWin() throws Exception {
    Path file = dir.resolve("n.properties");
    Files.writeString(
        file,
        "bootstrap.servers=file:1\ntopic.prefix=f.\ntopic.partitions=6\nregistry.url=http://file\n");
    Properties sys = new Properties();
    sys.setProperty("newsflow.topic.prefix", "sys.");
    sys.setProperty("user.home", "/ignored"); // not ours
    NewsflowConfig c =
        NewsflowConfig.load(
            file,
            Map.of(
                "NEWSFLOW_BOOTSTRAP_SERVERS",
                "env:1",
                "NEWSFLOW_TOPIC_PREFIX",
                "env.",
                "PATH",
                "/bin"),
            sys,
            Map.of("topic.prefix", "flag."));
    assertThat(c.get("topic.partitions")).isEqualTo("6");
    assertThat(c.get("bootstrap.servers")).isEqualTo("env:1");
    assertThat(c.get("topic.prefix")).isEqualTo("flag.");
    assertThat(c.get("registry.url")).isEqualTo("http://file");
    assertThat(c.get("application.id.prefix")).isEqualTo("newsflow");
  }

  @Test
  void unknownKeysAreErrorsThatNameTheirSource() throws Exception {
    Path file = dir.resolve("bad.properties");
    Files.writeString(file, "bootstrap.server=typo:9092\n");
    assertThatThrownBy(() -> NewsflowConfig.load(file, Map.of(), new Properties(), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'bootstrap.server'")
        .hasMessageContaining(file.toString());
    assertThatThrownBy(
            () ->
                NewsflowConfig.load(null, Map.of("NEWSFLOW_NOPE", "1"), new Properties(), Map.of()))
        .hasMessageContaining("NEWSFLOW_NOPE");
  }

  @Test
  void kafkaSettingsPassThroughToEveryClient() {
    NewsflowConfig c =
        NewsflowConfig.load(
            null,
            Map.of(),
            new Properties(),
            Map.of(
                "kafka.security.protocol",
                "SASL_SSL",
                "kafka.sasl.mechanism",
                "PLAIN",
                "bootstrap.servers",
                "b:1"));
    assertThat(c.kafkaClientProps())
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "PLAIN")
        .containsEntry("bootstrap.servers", "b:1");
  }

  @Test
  void registrySettingsComeFromRegistryKeys() {
    NewsflowConfig c =
        NewsflowConfig.defaults()
            .with(
                Map.of(
                    "registry.url", "https://reg:8081/", "registry.basic.auth.user.info", "u:p"));
    assertThat(c.registrySettings().url().toString()).isEqualTo("https://reg:8081");
    assertThat(c.registrySettings().basicAuthUserInfo()).isEqualTo("u:p");
    assertThat(c.describe()).contains("registry.basic.auth.user.info=****").doesNotContain("u:p");
  }

  @Test
  void badValuesAreRefused() {
    assertThatThrownBy(() -> NewsflowConfig.defaults().with(Map.of("topic.partitions", "zero")))
        .hasMessageContaining("topic.partitions must be a whole number");
    assertThatThrownBy(() -> NewsflowConfig.defaults().with(Map.of("topic.partitions", "0")))
        .hasMessageContaining("must be positive");
  }
}
