package io.newsflow.pages;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character set an HTML page declares in a {@code <meta charset>} or {@code http-equiv} tag of
 * its first 4 KB, read from its bytes before they are decoded. Shared by ingest (which decodes by
 * it) and the extraction evaluation (which must read pages as ingest does).
 */
public final class DeclaredCharset {
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");

  private DeclaredCharset() {}

  /** The declared name as written, or null when the page declares none. */
  public static String of(byte[] body) {
    Matcher m =
        META_CHARSET.matcher(
            new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1));
    return m.find() ? m.group(1) : null;
  }
}
