package io.newsflow.registry;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * How to reach a Confluent-compatible registry: URL, basic auth ({@code user:password}, as
 * Confluent's {@code basic.auth.user.info}) and TLS trust/key stores. Built from the {@code
 * registry.*} configuration keys.
 */
public record RegistrySettings(
    URI url,
    String basicAuthUserInfo,
    String truststoreLocation,
    String truststorePassword,
    String truststoreType,
    String keystoreLocation,
    String keystorePassword,
    String keystoreType,
    Duration timeout) {

  public static RegistrySettings of(String url) {
    return new RegistrySettings(
        URI.create(url), "", "", "", "PKCS12", "", "", "PKCS12", Duration.ofSeconds(10));
  }

  /**
   * From {@code registry.*} keys with the prefix removed (url, basic.auth.user.info,
   * ssl.truststore.location, ...).
   */
  public static RegistrySettings from(Map<String, String> p) {
    String url = p.getOrDefault("url", "");
    if (url.isBlank()) {
      throw new IllegalArgumentException("registry.url is not set");
    }
    return new RegistrySettings(
        URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url),
        p.getOrDefault("basic.auth.user.info", ""),
        p.getOrDefault("ssl.truststore.location", ""),
        p.getOrDefault("ssl.truststore.password", ""),
        p.getOrDefault("ssl.truststore.type", "PKCS12"),
        p.getOrDefault("ssl.keystore.location", ""),
        p.getOrDefault("ssl.keystore.password", ""),
        p.getOrDefault("ssl.keystore.type", "PKCS12"),
        Duration.ofMillis(Long.parseLong(p.getOrDefault("timeout.ms", "10000"))));
  }

  /** An SSL context from the configured stores, or the JVM default when none is configured. */
  public SSLContext sslContext() {
    try {
      if (truststoreLocation.isBlank() && keystoreLocation.isBlank()) {
        return SSLContext.getDefault();
      }
      TrustManagerFactory tmf = null;
      if (!truststoreLocation.isBlank()) {
        tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(load(truststoreLocation, truststorePassword, truststoreType));
      }
      KeyManagerFactory kmf = null;
      if (!keystoreLocation.isBlank()) {
        kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(
            load(keystoreLocation, keystorePassword, keystoreType), keystorePassword.toCharArray());
      }
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(
          kmf == null ? null : kmf.getKeyManagers(),
          tmf == null ? null : tmf.getTrustManagers(),
          null);
      return ctx;
    } catch (Exception e) {
      throw new SchemaRegistryException(
          "Cannot set up TLS for the schema registry: " + e.getMessage(), e);
    }
  }

  private static KeyStore load(String location, String password, String type) throws Exception {
    KeyStore ks = KeyStore.getInstance(type);
    try (InputStream in = Files.newInputStream(Path.of(location))) {
      ks.load(in, password.isEmpty() ? null : password.toCharArray());
    }
    return ks;
  }
}
