package io.newsflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlFilesTest {
  record Book(@JsonProperty("items") List<Item> items) {}

  record Item(@JsonProperty("id") String id, @JsonProperty("count") int count) {}

  @Test
  void bindsAWellFormedFile() {
    Book b = YamlFiles.bind("items:\n  - id: a\n    count: 2\n", "book.yaml", Book.class);
    assertThat(b.items()).containsExactly(new Item("a", 2));
  }

  @Test
  void everyUnknownKeyIsReportedAtOnceWithItsLineAndTheKnownKeys() {
    assertThatThrownBy(
            () ->
                YamlFiles.bind(
                    "items:\n  - id: a\n    cuont: 2\n  - id: b\n    colour: red\n",
                    "book.yaml",
                    Book.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "book.yaml:3: unknown key 'cuont' (known keys: count, id)\n"
                + "book.yaml:5: unknown key 'colour' (known keys: count, id)");
  }

  @Test
  void aValueOfTheWrongShapeIsReportedWithItsLine() {
    assertThatThrownBy(
            () -> YamlFiles.bind("items:\n  - id: a\n    count: many\n", "book.yaml", Book.class))
        .hasMessageStartingWith("book.yaml:3: ");
  }

  @Test
  void aliasesAndEmptyFilesAreRefused() {
    assertThatThrownBy(
            () ->
                YamlFiles.bind(
                    "items:\n  - &x {id: a, count: 1}\n  - *x\n", "book.yaml", Book.class))
        .hasMessageContaining("book.yaml:3: YAML alias *x is not supported");
    assertThatThrownBy(() -> YamlFiles.bind("", "book.yaml", Book.class))
        .hasMessageContaining("book.yaml:1: the file is empty");
  }
}
