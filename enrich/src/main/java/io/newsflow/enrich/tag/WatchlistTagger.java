package io.newsflow.enrich.tag;

import io.newsflow.avro.Entity;
import io.newsflow.avro.Span;
import io.newsflow.avro.WatchlistEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Entities users watch, added at run time: every name and alias of a watchlist entry tags that
 * entry's id, type and country. Case-sensitive whole-word matching, longest name first.
 */
public final class WatchlistTagger {
  public static final WatchlistTagger EMPTY = new WatchlistTagger(List.of());

  private final Gazetteer<WatchlistEntry> gazetteer = Gazetteer.caseSensitive();
  private final List<WatchlistEntry> entries;

  /**
   * Per language, the names matched with that language's endings: built on first use, a watchlist
   * is small.
   */
  private final Map<String, LocalNames<WatchlistEntry>> local = new ConcurrentHashMap<>();

  /** Stands for the entries' content: two taggers of the same entries tag alike. */
  private final String signature;

  public WatchlistTagger(Collection<WatchlistEntry> entries) {
    this.entries = List.copyOf(entries);
    this.signature = signature(this.entries);
    for (WatchlistEntry e : entries) {
      gazetteer.put(e.getName(), e);
      e.getAliases().forEach(a -> gazetteer.put(a, e));
    }
  }

  /**
   * A digest of every entry as written (Avro's JSON form): taggers built apart from the same
   * entries have the same signature, any change to an entry gives another.
   */
  public String signature() {
    return signature;
  }

  private static String signature(List<WatchlistEntry> entries) {
    if (entries.isEmpty()) {
      return "empty";
    }
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      for (WatchlistEntry e : entries) {
        d.update(e.toString().getBytes(StandardCharsets.UTF_8));
        d.update((byte) '\n');
      }
      return HexFormat.of().formatHex(d.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public boolean isEmpty() {
    return gazetteer.isEmpty();
  }

  public List<Entity> tag(String text) {
    return tag(text, null);
  }

  /**
   * Watched entities in a text of the given language: names as written, and in a language other
   * than English also inflected forms and forms after a clitic (an alias "Жапаров" finds
   * "Жапарова"), see {@link LanguageRules}.
   */
  public List<Entity> tag(String text, String language) {
    if (gazetteer.isEmpty()) {
      return List.of();
    }
    Map<WatchlistEntry, List<Span>> found = new LinkedHashMap<>();
    for (Gazetteer.Hit<WatchlistEntry> h : gazetteer.find(text)) {
      found.computeIfAbsent(h.value(), k -> new ArrayList<>()).add(new Span(h.start(), h.end()));
    }
    if (language != null && !language.equals("en") && !language.equals("und")) {
      LocalNames<WatchlistEntry> names =
          local.computeIfAbsent(
              language,
              l -> {
                LocalNames<WatchlistEntry> n = new LocalNames<>(l);
                for (WatchlistEntry e : entries) {
                  n.put(e.getName(), e);
                  e.getAliases().forEach(a -> n.put(a, e));
                }
                return n;
              });
      for (LocalNames.Hit<WatchlistEntry> h : names.find(text)) {
        boolean seen =
            found.values().stream()
                .flatMap(List::stream)
                .anyMatch(s -> s.getStart() < h.end() && h.start() < s.getEnd());
        if (!seen) {
          found
              .computeIfAbsent(h.value(), k -> new ArrayList<>())
              .add(new Span(h.start(), h.end()));
        }
      }
      found.values().forEach(s -> s.sort(Comparator.comparingInt(Span::getStart)));
    }
    List<Entity> out = new ArrayList<>();
    found.forEach(
        (e, spans) ->
            out.add(
                Entity.newBuilder()
                    .setId(e.getId())
                    .setName(e.getName())
                    .setType(e.getType())
                    .setMentions(spans.size())
                    .setSpans(spans)
                    .setCountry(e.getCountry())
                    .build()));
    return out;
  }
}
