package io.newsflow.enrich;

import io.newsflow.enrich.extract.TextNormalizer;
import io.newsflow.avro.DedupInfo;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.Entity;
import io.newsflow.avro.RawArticle;
import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.enrich.extract.Extractor;
import io.newsflow.enrich.tag.Categorizer;
import io.newsflow.enrich.tag.CountryTagger;
import io.newsflow.enrich.tag.CityTagger;
import io.newsflow.enrich.tag.EntityRecognizer;
import io.newsflow.enrich.tag.KnowledgeBase;
import io.newsflow.enrich.tag.NameKeys;
import io.newsflow.enrich.tag.WatchlistTagger;
import io.newsflow.avro.EntityType;
import io.newsflow.enrich.tag.LanguageDetector;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Raw page in, enriched articles out (no Kafka): the per-record work of the extract step. */
public final class ArticleEnricher {
  public static final String EXACT_METHOD = "exact-sha256";

  private final Extractor extractor = new Extractor();
  private final CountryTagger countries = new CountryTagger();
  private final EntityRecognizer recognizer = new EntityRecognizer(countries::isCountryName);
  private final CityTagger cities = new CityTagger(countries::isCountryName);
  private final KnowledgeBase kb = KnowledgeBase.shipped();

  public List<EnrichedArticle> enrich(RawArticle raw) {
    return enrich(raw, WatchlistTagger.EMPTY);
  }

  /** With the entities users watch: a watched name wins over what the recogniser would call it. */
  public List<EnrichedArticle> enrich(RawArticle raw, WatchlistTagger watchlist) {
    List<ExtractedArticle> parts = extractor.extract(raw.getContentType(), raw.getBody());
    List<EnrichedArticle> out = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      ExtractedArticle part = parts.get(i);
      String text = part.text();
      // spans are offsets in the text, so entities come from the text; a country named only in the title still counts
      List<io.newsflow.avro.CategoryEvidence> evidence = Categorizer.evidence(part.title(), text);
      // what users watch wins over the shipped knowledge base, which wins over the context recogniser
      List<Entity> watched = watchlist.tag(text);
      java.util.Set<String> watchedIds = new java.util.HashSet<>();
      watched.forEach(w -> watchedIds.add(w.getId()));
      List<Entity> named = new ArrayList<>(watched); // then the curated entities the watchlist leaves free
      for (Entity k : kb.tag(text)) {
        if (!watchedIds.contains(k.getId()) && watched.stream().noneMatch(w -> overlaps(w, k))) {
          named.add(k);
        }
      }
      // a country word inside a known name is part of that name: "American" in Organization of American States
      List<Entity> countryEntities = outside(countries.tag(text), named);
      List<Entity> inText = new ArrayList<>(named);
      countryEntities.stream().filter(c -> !watchedIds.contains(c.getId())).forEach(inText::add);
      List<Entity> cityEntities = cities.tag(text, countryEntities.stream().map(Entity::getCountry).toList());
      inText.addAll(cityEntities);
      // a name the recogniser found by its cue that a list knows is the list's (linked) entity
      java.util.Set<String> known = new java.util.HashSet<>();
      cityEntities.forEach(c -> known.add(NameKeys.loose(c.getName())));
      named.forEach(n -> known.add(NameKeys.loose(n.getName())));
      recognizer.recognise(text).stream()
          .filter(e -> !known.contains(NameKeys.loose(e.getName())))
          .filter(e -> named.stream().noneMatch(n -> overlaps(n, e)))
          .forEach(inText::add);
      // countries named in the text first (most mentioned first), then those of the people, groups and places
      Set<String> countryCodes = new LinkedHashSet<>();
      countryEntities.forEach(c -> countryCodes.add(c.getCountry()));
      inText.stream().filter(e -> e.getCountry() != null).forEach(e -> countryCodes.add(e.getCountry()));
      countries.tag(part.title()).forEach(e -> countryCodes.add(e.getCountry()));
      out.add(EnrichedArticle.newBuilder()
          .setId(parts.size() == 1 ? raw.getId() : raw.getId() + "-p" + i)
          .setParentId(raw.getId())
          .setPartIndex(i)
          .setPartCount(parts.size())
          .setUrl(raw.getUrl())
          .setSource(raw.getSource())
          .setTitle(part.title())
          .setText(text)
          .setLanguage(LanguageDetector.detect(text))
          .setPublishedAt(raw.getPublishedAt())
          .setFetchedAt(raw.getFetchedAt())
          .setIngestedAt(raw.getIngest().getIngestedAt())
          .setEntities(inText)
          .setCountries(new ArrayList<>(countryCodes))
          .setCategories(evidence.stream().map(io.newsflow.avro.CategoryEvidence::getCategory).toList())
          .setCategoryCues(evidence)
          .setDedup(DedupInfo.newBuilder().setFingerprint(fingerprint(text)).setMethod(EXACT_METHOD).build())
          .setReplay(raw.getIngest().getReplay())
          .build());
    }
    return out;
  }

  /** The entities with the mentions that fall inside one of {@code known}'s mentions removed (none left: dropped). */
  private static List<Entity> outside(List<Entity> entities, List<Entity> known) {
    if (known.isEmpty()) {
      return entities;
    }
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      List<io.newsflow.avro.Span> kept = new ArrayList<>();
      for (io.newsflow.avro.Span s : e.getSpans()) {
        boolean inside = false;
        for (Entity k : known) {
          for (io.newsflow.avro.Span t : k.getSpans()) {
            inside |= t.getStart() <= s.getStart() && s.getEnd() <= t.getEnd();
          }
        }
        if (!inside) {
          kept.add(s);
        }
      }
      if (kept.size() == e.getSpans().size()) {
        out.add(e);
      } else if (!kept.isEmpty()) {
        out.add(Entity.newBuilder(e).setSpans(kept).setMentions(kept.size()).build());
      }
    }
    return out;
  }

  private static boolean overlaps(Entity a, Entity b) {
    for (io.newsflow.avro.Span x : a.getSpans()) {
      for (io.newsflow.avro.Span y : b.getSpans()) {
        if (x.getStart() < y.getEnd() && y.getStart() < x.getEnd()) {
          return true;
        }
      }
    }
    return false;
  }

  /** SHA-256 over the text's letters and digits, lower-cased: punctuation, quotes and spacing do not count. */
  public static String fingerprint(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (TextNormalizer.isLetterOrDigit(cp)) {
        sb.appendCodePoint(TextNormalizer.toLowerCase(cp));
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
        sb.append(' ');
      }
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().strip().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
