package io.newsflow.enrich.tag;

import io.newsflow.avro.Entity;
import io.newsflow.avro.Span;
import io.newsflow.avro.WatchlistEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entities users watch, added at run time: every name and alias of a watchlist entry tags that entry's id, type and
 * country. Case-sensitive whole-word matching, longest name first.
 */
public final class WatchlistTagger {
  public static final WatchlistTagger EMPTY = new WatchlistTagger(List.of());

  private final Gazetteer<WatchlistEntry> gazetteer = Gazetteer.caseSensitive();

  public WatchlistTagger(Collection<WatchlistEntry> entries) {
    for (WatchlistEntry e : entries) {
      gazetteer.put(e.getName(), e);
      e.getAliases().forEach(a -> gazetteer.put(a, e));
    }
  }

  public boolean isEmpty() {
    return gazetteer.isEmpty();
  }

  public List<Entity> tag(String text) {
    if (gazetteer.isEmpty()) {
      return List.of();
    }
    Map<WatchlistEntry, List<Span>> found = new LinkedHashMap<>();
    for (Gazetteer.Hit<WatchlistEntry> h : gazetteer.find(text)) {
      found.computeIfAbsent(h.value(), k -> new ArrayList<>()).add(new Span(h.start(), h.end()));
    }
    List<Entity> out = new ArrayList<>();
    found.forEach((e, spans) -> out.add(Entity.newBuilder().setId(e.getId()).setName(e.getName()).setType(e.getType())
        .setMentions(spans.size()).setSpans(spans).setCountry(e.getCountry()).build()));
    return out;
  }
}
