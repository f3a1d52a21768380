package io.newsflow.sink;

import io.newsflow.avro.Alert;
import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.topics.TopicSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Evaluates every rule on each article; emits an {@link Alert} per newly matched (rule, story), or a dead letter. */
final class RuleProcessor implements Processor<byte[], byte[], String, Object> {
  private static final Logger LOG = LoggerFactory.getLogger(RuleProcessor.class);

  private final RuleSet rules;
  private final TopicSpec<String, EnrichedArticle> enriched;
  private final long horizonMs;
  private final int snippetChars;
  private final Clock clock;
  private ProcessorContext<String, Object> ctx;
  private KeyValueStore<String, String> fired;

  RuleProcessor(RuleSet rules, TopicSpec<String, EnrichedArticle> enriched, Duration horizon, int snippetChars, Clock clock) {
    this.rules = rules;
    this.enriched = enriched;
    this.horizonMs = horizon.toMillis();
    this.snippetChars = snippetChars;
    this.clock = clock;
  }

  @Override
  public void init(ProcessorContext<String, Object> context) {
    this.ctx = context;
    this.fired = context.getStateStore(SinkTopology.FIRED_STORE);
    context.schedule(Duration.ofMillis(Math.max(60_000L, horizonMs / 100)), PunctuationType.STREAM_TIME, this::purge);
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    EnrichedArticle a;
    try {
      a = enriched.valueSerde().deserializer().deserialize(enriched.name(), record.value());
    } catch (RuntimeException e) {
      RecordMetadata md = ctx.recordMetadata().orElse(null);
      LOG.warn("Dead letter (undecodable-record) at {}: {}", md, e.getMessage());
      byte[] v = record.value() == null ? new byte[0] : record.value();
      ctx.forward(record.withKey(record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8))
          .withValue(DeadLetter.newBuilder()
              .setStage("sink").setReason("undecodable-record")
              .setMessage("Cannot decode an EnrichedArticle: " + e.getMessage())
              .setSourceTopic(md == null ? null : md.topic())
              .setSourcePartition(md == null ? null : md.partition())
              .setSourceOffset(md == null ? null : md.offset())
              .setKey(record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8))
              .setOriginal(ByteBuffer.wrap(v)).setOriginalSize(v.length)
              .setFailedAt(clock.instant())
              .build()));
      return;
    }
    if (a == null) {
      return;
    }
    String story = a.getId();
    for (Rule rule : rules.rules()) {
      Optional<Match> m = rule.evaluate(a);
      if (m.isEmpty()) {
        continue;
      }
      String alertId = rule.name() + "|" + story;
      if (fired.get(alertId) != null) {
        continue; // one alert per (rule, story), also across restarts and replays
      }
      fired.put(alertId, String.valueOf(record.timestamp()));
      ctx.forward(record.withKey(alertId).withValue(alert(alertId, rule, a, m.get())));
    }
  }

  private Alert alert(String id, Rule rule, EnrichedArticle a, Match m) {
    return Alert.newBuilder()
        .setId(id)
        .setRule(rule.name())
        .setSeverity(rule.severity())
        .setArticleId(a.getId())
        .setUrl(a.getUrl())
        .setSource(a.getSource())
        .setTitle(a.getTitle().isEmpty() ? snippet(a.getText(), 100) : a.getTitle())
        .setSnippet(snippet(a.getText(), snippetChars))
        .setPublishedAt(a.getPublishedAt())
        .setFiredAt(clock.instant())
        .setMatchedEntities(m.entities())
        .setMatchedCountries(m.countries())
        .setMatchedCategories(m.categories())
        .setMatchedKeywords(m.keywords())
        .setReplay(a.getReplay())
        .build();
  }

  /** The first sentences of the text, up to max characters, cut at a sentence or word boundary. */
  static String snippet(String text, int max) {
    String t = text.replace("\n\n", " ").strip();
    if (t.length() <= max) {
      return t;
    }
    String cut = t.substring(0, max);
    int sentence = Math.max(cut.lastIndexOf(". "), Math.max(cut.lastIndexOf("! "), cut.lastIndexOf("? ")));
    if (sentence > max / 3) {
      return cut.substring(0, sentence + 1);
    }
    int space = cut.lastIndexOf(' ');
    return (space > 0 ? cut.substring(0, space) : cut) + "...";
  }

  private void purge(long streamTime) {
    List<String> expired = new ArrayList<>();
    try (KeyValueIterator<String, String> it = fired.all()) {
      while (it.hasNext()) {
        KeyValue<String, String> kv = it.next();
        if (Long.parseLong(kv.value) < streamTime - horizonMs) {
          expired.add(kv.key);
        }
      }
    }
    expired.forEach(fired::delete);
  }
}
