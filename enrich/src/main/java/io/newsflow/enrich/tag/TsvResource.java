package io.newsflow.enrich.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a tab-separated resource shipped in the jar; blank lines and '#' comments are
 * skipped.
 */
public final class TsvResource {
  private TsvResource() {}

  public static List<String[]> rows(String resource) {
    InputStream in = TsvResource.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "Missing resource " + resource + " (the knowledge base is part of the jar)");
    }
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
