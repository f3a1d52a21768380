package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** log.format switches the launcher's log lines between text and one JSON object per line. */
class LogFormatTest {
  @AfterEach
  void backToText() {
    ConfigOptions.applyLogFormat("text");
  }

  static Appender rootAppender() {
    Map<String, Appender> appenders =
        LoggerContext.getContext(false).getConfiguration().getRootLogger().getAppenders();
    assertThat(appenders).hasSize(1);
    return appenders.values().iterator().next();
  }

  @Test
  void jsonSwitchGivesOneJsonObjectPerLine() throws Exception {
    assertThat(rootAppender().getName()).isEqualTo("text");
    ConfigOptions.applyLogFormat("json");
    Appender json = rootAppender();
    assertThat(json.getName()).isEqualTo("json");
    String line =
        new String(
            json.getLayout()
                .toByteArray(
                    Log4jLogEvent.newBuilder()
                        .setLoggerName("io.newsflow.x")
                        .setLevel(Level.WARN)
                        .setMessage(new SimpleMessage("Dead letter (invalid-utf8) at raw-0@12"))
                        .build()),
            "UTF-8");
    assertThat(line).endsWith("\n").doesNotContain("\n\n");
    JsonNode node = new ObjectMapper().readTree(line);
    assertThat(node.get("message").asText()).isEqualTo("Dead letter (invalid-utf8) at raw-0@12");
    assertThat(node.get("log.level").asText()).isEqualTo("WARN");
    assertThat(node.get("log.logger").asText()).isEqualTo("io.newsflow.x");
  }

  @Test
  void anUnknownFormatIsAConfigError() {
    assertThatThrownBy(() -> ConfigOptions.applyLogFormat("xml"))
        .hasMessageContaining("log.format must be 'text' or 'json'");
  }
}
