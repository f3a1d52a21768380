package io.newsflow.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A registry that fails transiently is asked again; one that refuses for good is not. */
class HttpSchemaRegistryClientRetryTest {
  private static final Schema SCHEMA =
      new Schema.Parser()
          .parse(
              "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}");
  private HttpServer server;

  /** The waits the client asked for between attempts (it is not made to wait them). */
  private final List<Long> waits = new ArrayList<>();

  /** A registry answering {@code failures} times with {@code status}, then with id 7. */
  private HttpSchemaRegistryClient registry(int failures, int status, AtomicInteger calls)
      throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        ex -> {
          int n = calls.incrementAndGet();
          byte[] body =
              (n <= failures
                      ? "{\"error_code\":" + status + "01,\"message\":\"store busy\"}"
                      : "{\"id\":7}")
                  .getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(n <= failures ? status : 200, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    server.start();
    return new HttpSchemaRegistryClient(
        RegistrySettings.of("http://127.0.0.1:" + server.getAddress().getPort()), waits::add);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void transientFailuresAreRetriedUntilTheRegistryAnswers() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    assertThat(registry(2, 503, calls).register("t-value", SCHEMA)).isEqualTo(7);
    assertThat(calls).hasValue(3);
    assertThat(waits).containsExactly(500L, 1_000L);
  }

  @Test
  void aRegistryThatStaysDownFailsAfterTheLastAttempt() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    HttpSchemaRegistryClient client = registry(100, 500, calls);
    assertThatThrownBy(() -> client.register("t-value", SCHEMA))
        .isInstanceOf(SchemaRegistryException.class)
        .hasMessageContaining("HTTP 500");
    assertThat(calls).hasValue(HttpSchemaRegistryClient.ATTEMPTS);
    assertThat(waits).containsExactly(500L, 1_000L, 2_000L, 4_000L, 8_000L);
  }

  @Test
  void aRefusalIsNotRetried() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> registry(100, 409, calls).register("t-value", SCHEMA))
        .isInstanceOf(SchemaRegistryException.class);
    assertThat(calls).hasValue(1);
    assertThat(waits).isEmpty();
  }
}
