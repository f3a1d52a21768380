package io.newsflow.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Stable article ids, so re-ingesting the same input is recognisable downstream: from the
 * normalised URL when there is one, else from a content hash.
 */
public final class ArticleIds {
  private ArticleIds() {}

  /** The host of a URL without "www.", as a source name; "unknown" when there is none. */
  public static String hostOf(String url) {
    try {
      String h = URI.create(url).getHost();
      return h == null ? "unknown" : h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return "unknown";
    }
  }

  /** 128 bits of SHA-256 over the normalised URL, hex. */
  public static String forUrl(String url) {
    return hex(sha256(normaliseUrl(url).getBytes(StandardCharsets.UTF_8)), 16);
  }

  /** For inputs without a URL: 'h' plus 128 bits of SHA-256 over the bytes. */
  public static String forContent(byte[] body) {
    return "h" + hex(sha256(body), 16);
  }

  public static String sha256Hex(byte[] body) {
    return hex(sha256(body), 32);
  }

  /**
   * Lower-cases scheme and host, drops default ports, fragments, tracking parameters (utm_*,
   * fbclid, gclid) and a trailing slash, and sorts the query, so trivially different spellings of
   * one page get one id.
   */
  public static String normaliseUrl(String url) {
    try {
      URI u = new URI(url.trim()).normalize();
      if (u.getScheme() == null) {
        return url.trim();
      }
      String scheme = u.getScheme().toLowerCase(Locale.ROOT);
      if (scheme.equals("file")) {
        return "file:" + u.getPath();
      }
      String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
      if (host.startsWith("www.")) {
        host = host.substring(4);
      }
      int port = u.getPort();
      boolean defaultPort =
          port == -1
              || (scheme.equals("http") && port == 80)
              || (scheme.equals("https") && port == 443);
      String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      if (path.length() > 1 && path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      String query =
          u.getRawQuery() == null
              ? ""
              : Arrays.stream(u.getRawQuery().split("&"))
                  .filter(p -> !p.isEmpty())
                  .filter(
                      p -> {
                        String k = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
                        return !k.startsWith("utm_") && !k.equals("fbclid") && !k.equals("gclid");
                      })
                  .sorted()
                  .collect(Collectors.joining("&"));
      // http and https of one page are one article
      return "//"
          + host
          + (defaultPort ? "" : ":" + port)
          + path
          + (query.isEmpty() ? "" : "?" + query);
    } catch (URISyntaxException e) {
      return url.trim();
    }
  }

  private static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] b, int bytes) {
    return HexFormat.of().formatHex(b, 0, bytes);
  }
}
