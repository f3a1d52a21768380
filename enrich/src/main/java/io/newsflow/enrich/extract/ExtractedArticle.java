package io.newsflow.enrich.extract;

import java.util.List;

/** One article found on a page: its headline (may be empty) and its paragraphs, normalised. */
public record ExtractedArticle(String title, List<String> paragraphs) {
  public String text() {
    return String.join("\n\n", paragraphs);
  }

  public int words() {
    return paragraphs.stream().mapToInt(Blocks::wordCount).sum();
  }
}
