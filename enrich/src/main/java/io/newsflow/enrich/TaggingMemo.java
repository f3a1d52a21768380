package io.newsflow.enrich;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.newsflow.avro.Entity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What tagging found in a text, kept for the next page with the same text: a syndicated copy or a
 * re-wrap on another site's chrome is the same text under the same or another headline, and its
 * language, entities and countries are the same. Tagging is a pure function of the text, the
 * watchlist and the shipped lists and model, so a copy skips it without changing any output. The
 * key is the text's exact fingerprint ({@code Fingerprinter.exact}) and the watchlist's signature,
 * and a kept text counts only when it is the same to the character (the fingerprint ignores case
 * and punctuation, which the model reads and the spans count); what depends on the headline
 * (categories, countries named only there) is worked out per page. Bounded in texts and in
 * characters: the least recently used texts go first. Shared by every task of an instance, since
 * copies of one report land on any partition. Thread-safe.
 */
public final class TaggingMemo {
  /** A memo that keeps nothing: every page is tagged. */
  public static final TaggingMemo NONE = new TaggingMemo(0);

  private static final Counter HITS =
      Counter.builder("newsflow.enrich.tagging.memo.hits")
          .description("Pages whose text was tagged before (an exact copy): tagging skipped")
          .register(Metrics.globalRegistry);

  /** What a text's tagging found, before its headline is read. */
  record TextTags(String text, String language, List<Entity> entities, List<String> countries) {
    /** A copy whose entities a caller may change without touching the memo's. */
    TextTags copy() {
      List<Entity> es = new ArrayList<>(entities.size());
      entities.forEach(e -> es.add(Entity.newBuilder(e).build()));
      return new TextTags(text, language, es, new ArrayList<>(countries));
    }
  }

  private final int capacity;
  private final AtomicLong tagged = new AtomicLong();
  private final AtomicLong reused = new AtomicLong();
  private final Map<String, TextTags> texts;

  /**
   * Characters of text the memo holds at most, whatever its capacity: texts reach a million
   * characters ({@code ArticleEnricher.MAX_TEXT_CHARS}), and 2,048 of those would not fit a heap.
   * News articles are about 5,000 characters, so the default capacity fits in a third of this.
   */
  static final long MAX_CHARS = 32_000_000L;

  /** A text longer than this is tagged each time: one would crowd out hundreds of articles. */
  static final int MAX_TEXT_CHARS = 200_000;

  private final long maxChars;
  private long chars;

  public TaggingMemo(int capacity) {
    this(capacity, MAX_CHARS);
  }

  TaggingMemo(int capacity, long maxChars) {
    this.capacity = capacity;
    this.maxChars = maxChars;
    this.texts = new LinkedHashMap<>(16, 0.75f, true); // access order: least recently used first
  }

  /** The tags of this text under this watchlist, as a copy the caller owns; null when not kept. */
  TextTags get(String text, String fingerprint, String watchlist) {
    if (capacity == 0) {
      return null;
    }
    TextTags t;
    synchronized (texts) {
      t = texts.get(key(fingerprint, watchlist));
    }
    if (t == null || !t.text().equals(text)) {
      return null;
    }
    HITS.increment();
    reused.incrementAndGet();
    return t.copy();
  }

  /** Keeps a copy of the tags of a text just tagged. */
  void put(String fingerprint, String watchlist, TextTags tags) {
    tagged.incrementAndGet();
    if (capacity == 0 || tags.text().length() > Math.min(MAX_TEXT_CHARS, maxChars)) {
      return;
    }
    TextTags kept = tags.copy();
    synchronized (texts) {
      TextTags old = texts.put(key(fingerprint, watchlist), kept);
      chars += kept.text().length() - (old == null ? 0 : old.text().length());
      Iterator<TextTags> eldest = texts.values().iterator();
      while (texts.size() > capacity || chars > maxChars) {
        chars -= eldest.next().text().length();
        eldest.remove();
      }
    }
  }

  /** Characters of text held. */
  long chars() {
    synchronized (texts) {
      return chars;
    }
  }

  /** Texts tagged (not read from the memo) since it was made. */
  public long tagged() {
    return tagged.get();
  }

  /** Texts that read their tagging from the memo since it was made. */
  public long reused() {
    return reused.get();
  }

  int size() {
    synchronized (texts) {
      return texts.size();
    }
  }

  private static String key(String fingerprint, String watchlist) {
    return fingerprint + '/' + watchlist;
  }
}
