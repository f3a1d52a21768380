package io.newsflow.enrich.tag;

import java.io.BufferedReader;
import java.io.InputStreamReader;
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
    return ShippedResource.read(
        TsvResource.class,
        resource,
        "a list of the knowledge base",
        "part of the jar",
        in -> {
          List<String[]> out = new ArrayList<>();
          BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
          String line;
          while ((line = r.readLine()) != null) {
            if (!line.isBlank() && !line.startsWith("#")) {
              out.add(line.split("\t", -1));
            }
          }
          return out;
        });
  }
}
