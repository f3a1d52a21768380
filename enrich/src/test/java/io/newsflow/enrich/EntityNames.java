package io.newsflow.enrich;

import io.newsflow.avro.Entity;
import io.newsflow.enrich.tag.WatchlistTagger;
import java.util.List;

/** Test fixture: the names of the entities enrich tags in a text. */
final class EntityNames {
  private EntityNames() {}

  static List<String> of(ArticleEnricher enricher, String text) {
    return enricher.entities(null, text, WatchlistTagger.EMPTY).entities().stream()
        .map(Entity::getName)
        .toList();
  }
}
