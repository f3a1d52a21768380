package io.newsflow.enrich.extract;

import java.util.List;

/**
 * Raw body in, articles out. HTML is read as a DOM ({@link DomExtractor}: content scoring,
 * site-agnostic); plain text scrapes, which have no markup left to score, are read line by line
 * ({@link PageExtractor}).
 */
public final class Extractor {
  private final PageExtractor pages = new PageExtractor();

  public List<ExtractedArticle> extract(String contentType, String body) {
    if (contentType != null && contentType.contains("html")) {
      return DomExtractor.extract(body);
    }
    return pages.extract(body, null);
  }
}
