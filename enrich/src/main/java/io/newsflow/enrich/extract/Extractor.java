package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;

/** Raw body in, articles out: HTML is flattened to lines first, then both kinds go through {@link PageExtractor}. */
public final class Extractor {
  private final PageExtractor pages = new PageExtractor();

  public List<ExtractedArticle> extract(String contentType, String body) {
    if (contentType != null && contentType.contains("html")) {
      List<ExtractedArticle> out = new ArrayList<>();
      List<HtmlToText.Part> parts = HtmlToText.parts(body);
      for (HtmlToText.Part p : parts) {
        List<ExtractedArticle> found = pages.extract(p.text(), p.title());
        // marked-up articles are one article each; an unmarked page may still hold several
        out.addAll(parts.size() > 1 && !found.isEmpty() ? found.subList(0, 1) : found);
      }
      return out;
    }
    return pages.extract(body, null);
  }
}
