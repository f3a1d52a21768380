package io.newsflow.enrich;

import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
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

  /** The text of every mention of an entity of that type, as written. */
  static List<String> mentions(ArticleEnricher enricher, String text, EntityType type) {
    return enricher.entities(null, text, WatchlistTagger.EMPTY).entities().stream()
        .filter(e -> e.getType() == type)
        .flatMap(e -> e.getSpans().stream())
        .map(sp -> text.substring(sp.getStart(), sp.getEnd()))
        .toList();
  }
}
