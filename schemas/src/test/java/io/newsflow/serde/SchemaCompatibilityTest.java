package io.newsflow.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.registry.CompatibilityLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * Every contract must stay BACKWARD compatible with the released version kept in {@code
 * src/test/resources/released/<version>}: consumers upgraded to the new schema must still read
 * records written with the old one. On a release, copy {@code src/main/avro} there under the new
 * version.
 */
class SchemaCompatibilityTest {
  static Map<String, Schema> parseAll(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".avsc")).sorted().toList();
    }
    Schema.Parser parser = new Schema.Parser();
    Map<String, Schema> out = new LinkedHashMap<>();
    List<Path> todo = new ArrayList<>(files);
    // references need their types defined first: parse what we can, repeat until done
    while (!todo.isEmpty()) {
      List<Path> failed = new ArrayList<>();
      for (Path f : todo) {
        try {
          Schema schema = parser.parse(Files.readString(f));
          out.put(schema.getFullName(), schema);
        } catch (org.apache.avro.AvroRuntimeException e) {
          failed.add(f);
        }
      }
      if (failed.size() == todo.size()) {
        throw new AssertionError("Cannot parse " + failed);
      }
      todo = failed;
    }
    return out;
  }

  @Test
  void everyContractStaysBackwardCompatibleWithTheReleasedOne() throws IOException {
    Path released = Path.of("src/test/resources/released");
    Map<String, Schema> current = parseAll(Path.of("src/main/avro"));
    try (Stream<Path> versions = Files.list(released)) {
      for (Path version : versions.toList()) {
        for (Map.Entry<String, Schema> old : parseAll(version).entrySet()) {
          Schema now = current.get(old.getKey());
          assertThat(now)
              .as(old.getKey() + " was removed since " + version.getFileName())
              .isNotNull();
          assertThat(CompatibilityLevel.BACKWARD.allows(now, List.of(old.getValue())))
              .as(
                  old.getKey()
                      + " is no longer BACKWARD compatible with release "
                      + version.getFileName())
              .isTrue();
        }
      }
    }
  }

  @Test
  void theCheckCatchesABreakingChange() throws IOException {
    Schema raw = parseAll(Path.of("src/main/avro")).get("io.newsflow.avro.RawArticle");
    Schema broken =
        new Schema.Parser()
            .parse(
                raw.toString()
                    .replace(
                        "{\"name\":\"id\",\"type\":\"string\"",
                        "{\"name\":\"id\",\"type\":\"long\""));
    assertThat(CompatibilityLevel.BACKWARD.allows(broken, List.of(raw))).isFalse();
  }
}
