package io.newsflow.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * YAML files a person writes (watchlists, feed lists) bound to typed records with Jackson. A key
 * the record does not know is refused, and every such key is reported at once with its line and the
 * keys that are known; a value of the wrong shape is reported with its line. Anchors and aliases
 * are refused: they are rarely meant in these files and hide what a value is.
 */
public final class YamlFiles {
  private YamlFiles() {}

  /**
   * Binds {@code file} to {@code type}; throws {@link IllegalArgumentException} with every problem.
   */
  public static <T> T bind(Path file, Class<T> type) throws IOException {
    return bind(Files.readString(file), file.toString(), type);
  }

  public static <T> T bind(String yaml, String origin, Class<T> type) {
    if (yaml.isBlank()) {
      throw new IllegalArgumentException(origin + ":1: the file is empty");
    }
    List<String> problems = new ArrayList<>();
    aliases(yaml, origin, problems);
    ObjectMapper mapper =
        new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addHandler(
                new DeserializationProblemHandler() {
                  @Override
                  public boolean handleUnknownProperty(
                      DeserializationContext ctxt,
                      JsonParser p,
                      JsonDeserializer<?> deserializer,
                      Object bean,
                      String name)
                      throws IOException {
                    problems.add(
                        origin
                            + ":"
                            + keyLine(yaml, name, line(ctxt.getParser(), p))
                            + ": unknown key '"
                            + name
                            + "'"
                            + known(deserializer.getKnownPropertyNames()));
                    p.skipChildren();
                    return true; // go on, to report every unknown key at once
                  }
                });
    T value = null;
    try {
      value = mapper.readValue(yaml, type);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      problems.add(origin + ":" + line + ": " + e.getOriginalMessage());
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    if (value == null) {
      throw new IllegalArgumentException(origin + ":1: the file is empty");
    }
    return value;
  }

  /** The line being read: the file's own parser knows it when a buffered one (records) does not. */
  private static int line(JsonParser file, JsonParser p) {
    int n = file == null ? -1 : file.currentLocation().getLineNr();
    return n > 0 ? n : p.currentLocation().getLineNr();
  }

  /**
   * The line of key {@code name} at or before {@code reached}: a record's properties are read to
   * the end of their mapping before an unknown one is reported, so the parser is past the key.
   */
  static int keyLine(String yaml, String name, int reached) {
    String[] lines = yaml.split("\\R", -1);
    Pattern key = Pattern.compile("^\\s*(?:-\\s+)?[\"']?" + Pattern.quote(name) + "[\"']?\\s*:");
    for (int i = Math.min(reached, lines.length) - 1; i >= 0; i--) {
      if (key.matcher(lines[i]).find()) {
        return i + 1;
      }
    }
    return reached;
  }

  private static String known(Collection<Object> names) {
    if (names == null || names.isEmpty()) {
      return "";
    }
    TreeSet<String> sorted = new TreeSet<>();
    names.forEach(n -> sorted.add(String.valueOf(n)));
    return " (known keys: " + String.join(", ", sorted) + ")";
  }

  private static void aliases(String yaml, String origin, List<String> problems) {
    if (yaml.indexOf('*') < 0) {
      return; // no alias can be present: the common case costs one scan
    }
    try (YAMLParser p = new YAMLFactory().createParser(yaml)) {
      while (p.nextToken() != null) {
        if (p.isCurrentAlias()) {
          problems.add(
              origin
                  + ":"
                  + p.currentLocation().getLineNr()
                  + ": YAML alias *"
                  + p.getText()
                  + " is not supported; write the value out in full");
        }
      }
    } catch (IOException e) {
      // not valid YAML: binding reports it with its line
    }
  }
}
