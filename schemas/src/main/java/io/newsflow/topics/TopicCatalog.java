package io.newsflow.topics;

import io.newsflow.avro.Alert;
import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.DuplicateNotice;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.RawArticle;
import io.newsflow.avro.RuleDefinition;
import io.newsflow.avro.Story;
import io.newsflow.avro.WatchlistEntry;
import io.newsflow.serde.NewsflowSerdes;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic newsflow reads or writes, typed, under one configurable prefix (so a replay can use
 * an isolated namespace). Keys are article ids (strings) except on the alert topics (rule|story)
 * and the configuration topics (rule name, entity id).
 */
public final class TopicCatalog {
  public static final String RAW = "news.raw";
  public static final String ENRICHED = "news.enriched";
  public static final String DUPLICATES = "news.duplicates";
  public static final String DEAD_LETTERS = "news.dlq";
  public static final String STORIES = "news.stories";
  public static final String ALERTS_PREFIX = "alerts.";
  public static final String RULES = "newsflow.rules";
  public static final String WATCHLIST = "newsflow.watchlist";

  private final String prefix;
  private final NewsflowSerdes serdes;
  private final Serde<String> keys = Serdes.String();

  public TopicCatalog(String prefix, NewsflowSerdes serdes) {
    this.prefix = prefix == null ? "" : prefix;
    this.serdes = serdes;
  }

  public String prefix() {
    return prefix;
  }

  public NewsflowSerdes serdes() {
    return serdes;
  }

  public TopicSpec<String, RawArticle> raw() {
    return spec(RAW, RawArticle.class, false);
  }

  public TopicSpec<String, EnrichedArticle> enriched() {
    return spec(ENRICHED, EnrichedArticle.class, false);
  }

  public TopicSpec<String, DuplicateNotice> duplicates() {
    return spec(DUPLICATES, DuplicateNotice.class, false);
  }

  /** Stories, compacted: the latest state of each story, keyed by story id. */
  public TopicSpec<String, Story> stories() {
    return spec(STORIES, Story.class, true);
  }

  public TopicSpec<String, DeadLetter> deadLetters() {
    return spec(DEAD_LETTERS, DeadLetter.class, false);
  }

  /**
   * An alert topic. {@code name} may be given with or without the {@code alerts.} part ("watchlist"
   * and "alerts.watchlist" name the same topic); the prefix is always applied.
   */
  public TopicSpec<String, Alert> alerts(String name) {
    String bare = name.startsWith(ALERTS_PREFIX) ? name : ALERTS_PREFIX + name;
    return spec(bare, Alert.class, false);
  }

  public TopicSpec<String, RuleDefinition> rules() {
    return spec(RULES, RuleDefinition.class, true);
  }

  public TopicSpec<String, WatchlistEntry> watchlist() {
    return spec(WATCHLIST, WatchlistEntry.class, true);
  }

  /** The fixed topics (alert topics depend on the rules). */
  public List<TopicSpec<String, ?>> fixed() {
    return List.of(raw(), enriched(), duplicates(), stories(), deadLetters(), rules(), watchlist());
  }

  /** Whether a full topic name is one of this catalogue's alert topics. */
  public boolean isAlertTopic(String fullName) {
    return fullName.startsWith(prefix + ALERTS_PREFIX);
  }

  private <V extends SpecificRecord> TopicSpec<String, V> spec(
      String name, Class<V> type, boolean compacted) {
    return new TopicSpec<>(prefix + name, keys, serdes.value(type), compacted);
  }
}
