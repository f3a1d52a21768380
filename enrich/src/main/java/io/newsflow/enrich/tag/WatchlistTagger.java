package io.newsflow.enrich.tag;

import io.newsflow.avro.Entity;
import io.newsflow.avro.Span;
import io.newsflow.avro.WatchlistEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Entities users watch, added at run time: every name and alias of a watchlist entry tags that entry's id, type and
 * country. Case-sensitive whole-word matching, longest name first.
 */
public final class WatchlistTagger {
  public static final WatchlistTagger EMPTY = new WatchlistTagger(List.of());

  private final Map<String, WatchlistEntry> byName = new HashMap<>();
  private final Pattern pattern;

  public WatchlistTagger(Collection<WatchlistEntry> entries) {
    for (WatchlistEntry e : entries) {
      byName.putIfAbsent(e.getName(), e);
      e.getAliases().forEach(a -> byName.putIfAbsent(a, e));
    }
    pattern = byName.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + byName.keySet().stream()
        .filter(n -> !n.isBlank())
        .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
        .collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])");
  }

  public boolean isEmpty() {
    return pattern == null;
  }

  public List<Entity> tag(String text) {
    if (pattern == null) {
      return List.of();
    }
    Map<WatchlistEntry, List<Span>> found = new LinkedHashMap<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.computeIfAbsent(byName.get(m.group()), k -> new ArrayList<>()).add(new Span(m.start(), m.end()));
    }
    List<Entity> out = new ArrayList<>();
    found.forEach((e, spans) -> out.add(Entity.newBuilder().setId(e.getId()).setName(e.getName()).setType(e.getType())
        .setMentions(spans.size()).setSpans(spans).setCountry(e.getCountry()).build()));
    return out;
  }
}
