package io.newsflow.sink;

import io.micrometer.core.instrument.Metrics;
import io.newsflow.avro.Alert;
import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.DuplicateNotice;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.FiredAlert;
import io.newsflow.avro.PendingMomentum;
import io.newsflow.avro.RuleDefinition;
import io.newsflow.avro.RuleThrottle;
import io.newsflow.avro.SourceReport;
import io.newsflow.avro.StoryReport;
import io.newsflow.avro.StorySources;
import io.newsflow.streams.DeadLetterAt;
import io.newsflow.streams.Horizon;
import io.newsflow.streams.InfrastructureFault;
import io.newsflow.streams.MirroredStore;
import io.newsflow.topics.TopicCatalog;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates the rules in force on each article and emits an {@link Alert} per newly matched (rule,
 * story), or a dead letter. Momentum rules wait, per story, until enough distinct sources (the
 * article and its duplicates) have reported it within their window; throttled rules drop alerts
 * beyond their rate. All decisions use event time, so a replay decides as the live run did.
 */
final class RuleProcessor implements Processor<String, SinkInput, String, Object> {
  /** One line per change of the rules in force (its own logger so operators can keep it on). */
  private static final Logger RULE_CHANGES =
      LoggerFactory.getLogger("io.newsflow.sink.RuleChanges");

  private static final Logger LOG = LoggerFactory.getLogger(RuleProcessor.class);

  private final RuleSet fileRules;
  private final TopicCatalog topics;
  private final long horizonMs;
  private final int snippetChars;
  private final Clock clock;
  private final Map<String, Rule> parsedTopicRules = new HashMap<>();
  private ProcessorContext<String, Object> ctx;
  private KeyValueStore<String, byte[]> fired;
  private KeyValueStore<String, byte[]> sources;
  private KeyValueStore<String, byte[]> pending;
  private KeyValueStore<String, byte[]> throttle;
  private KeyValueStore<String, byte[]> topicRules;

  RuleProcessor(
      RuleSet fileRules, TopicCatalog topics, Duration horizon, int snippetChars, Clock clock) {
    this.fileRules = fileRules;
    this.topics = topics;
    this.horizonMs = horizon.toMillis();
    this.snippetChars = snippetChars;
    this.clock = clock;
  }

  @Override
  public void init(ProcessorContext<String, Object> context) {
    this.ctx = context;
    this.fired = context.getStateStore(SinkTopology.FIRED_STORE);
    this.sources = context.getStateStore(SinkTopology.SOURCES_STORE);
    this.pending = context.getStateStore(SinkTopology.PENDING_STORE);
    this.throttle = context.getStateStore(SinkTopology.THROTTLE_STORE);
    this.topicRules = context.getStateStore(SinkTopology.RULES_STORE);
    // held by processing time: an undated report (stamped now) must not make the sink forget last
    // year's stories
    Horizon.schedule(context, Duration.ofMillis(horizonMs), this::purge);
  }

  private RuleSet inForce;
  private long inForceVersion = -1;

  /**
   * The rules in force: the rules topic's, the one source of truth, once it holds any; the rules
   * given at start only until then (the sink command writes them there first when the topic is
   * empty, so every sink agrees). Rebuilt only when the topic changed.
   */
  RuleSet rulesInForce() {
    long version = MirroredStore.version(topicRules);
    if (inForce != null && version == inForceVersion) {
      return inForce;
    }
    List<Rule> fromTopic = new ArrayList<>();
    MirroredStore.forEachEntry(
        topicRules,
        (key, value) -> {
          try {
            RuleDefinition d =
                topics
                    .rules()
                    .valueSerde()
                    .deserializer()
                    .deserialize(topics.rules().name(), value);
            fromTopic.add(
                parsedTopicRules.computeIfAbsent(
                    d.getYaml(), y -> RuleSet.parseOne(y, "rules topic: " + key)));
          } catch (RuntimeException e) {
            LOG.warn("Ignoring rule '{}' from the rules topic: {}", key, e.getMessage());
          }
        });
    RuleSet before = inForce;
    inForce = fromTopic.isEmpty() ? fileRules : new RuleSet(List.copyOf(fromTopic));
    inForceVersion = version;
    if (before == null || !before.rules().equals(inForce.rules())) {
      RULE_CHANGES.info(
          "Rules in force (rules topic version {}): {}",
          version,
          inForce.rules().stream().map(Rule::name).toList());
    }
    return inForce;
  }

  @Override
  public void process(Record<String, SinkInput> record) {
    SinkInput in = record.value();
    try {
      if (in instanceof SinkInput.Article a) {
        EnrichedArticle article =
            topics
                .enriched()
                .valueSerde()
                .deserializer()
                .deserialize(topics.enriched().name(), a.value());
        if (article != null) {
          onArticle(article, a.value(), record);
        }
      } else {
        DuplicateNotice d =
            topics
                .duplicates()
                .valueSerde()
                .deserializer()
                .deserialize(topics.duplicates().name(), in.value());
        if (d != null) {
          onDuplicate(d, record);
        }
      }
    } catch (SerializationException e) {
      deadLetter(record, "undecodable-record", "Cannot decode a sink input: " + e.getMessage());
    } catch (RuntimeException e) {
      if (InfrastructureFault.is(e)) {
        throw InfrastructureFault.stop("sink", ctx.stateDir(), e);
      }
      deadLetter(record, "rule-evaluation-failed", "Rule evaluation failed: " + e);
    }
  }

  /**
   * A report's story: the story enrich assigned, or for records from before stories, its canonical
   * article.
   */
  static String storyOf(EnrichedArticle a) {
    return a.getStoryId() != null ? a.getStoryId() : a.getId();
  }

  static String storyOf(DuplicateNotice d) {
    return d.getStoryId() != null ? d.getStoryId() : d.getCanonicalId();
  }

  private void onArticle(EnrichedArticle a, byte[] encoded, Record<String, SinkInput> record) {
    String story = storyOf(a);
    long t = record.timestamp();
    addReport(story, a.getSource(), a.getId(), a.getUrl(), t);
    Report report = new Report(a); // one text view and word index for every rule
    for (Rule rule : rulesInForce().rules()) {
      if (fired.get(alertId(rule, story)) != null) {
        continue; // one alert per (rule, story): a follow-up updates the story, it does not alert
        // again
      }
      Optional<Match> m = rule.evaluate(report);
      if (m.isEmpty()) {
        firePending(
            rule, story,
            t); // an independent report that does not match may still bring the count up
        continue;
      }
      if (rule.momentum() == null) {
        fire(rule, story, a, m.get(), List.of(a.getSource()), t);
        continue;
      }
      List<String> reporters = reporters(story, rule.momentum().within());
      if (reporters.size() >= rule.momentum().sources()) {
        pending.delete(pendingKey(story, rule));
        fire(rule, story, a, m.get(), reporters, t);
      } else if (pending.get(pendingKey(story, rule)) == null) {
        pending.put(
            pendingKey(story, rule),
            SinkState.PENDING.encode(
                new PendingMomentum(ctx.currentSystemTimeMs(), ByteBuffer.wrap(encoded))));
        // waits for more
      }
    }
  }

  private void onDuplicate(DuplicateNotice d, Record<String, SinkInput> record) {
    String story = storyOf(d);
    long t = record.timestamp();
    addReport(story, d.getSource(), d.getId(), d.getUrl(), t);
    for (Rule rule : rulesInForce().rules()) {
      if (fired.get(alertId(rule, story)) == null) {
        firePending(rule, story, t);
      }
    }
  }

  /** Fires a momentum rule's waiting report once enough distinct sources reported its story. */
  private void firePending(Rule rule, String story, long t) {
    if (rule.momentum() == null) {
      return;
    }
    byte[] stored = pending.get(pendingKey(story, rule));
    if (stored == null) {
      return;
    }
    List<String> reporters = reporters(story, rule.momentum().within());
    if (reporters.size() < rule.momentum().sources()) {
      return;
    }
    EnrichedArticle a =
        topics
            .enriched()
            .valueSerde()
            .deserializer()
            .deserialize(topics.enriched().name(), SinkState.waitingArticle(stored));
    Optional<Match> m = rule.evaluate(a);
    pending.delete(pendingKey(story, rule));
    if (m.isPresent()) {
      fire(rule, story, a, m.get(), reporters, t);
    }
  }

  private void fire(
      Rule rule, String story, EnrichedArticle a, Match m, List<String> reporters, long t) {
    String id = alertId(rule, story);
    if (rule.throttle() != null && !admit(rule, t)) {
      // once suppressed, never alerted later: one decision per (rule, story)
      fired.put(id, SinkState.FIRED.encode(new FiredAlert(true, ctx.currentSystemTimeMs())));
      LOG.info("Rule {} throttled: no alert for story {}", rule.name(), story);
      return;
    }
    fired.put(id, SinkState.FIRED.encode(new FiredAlert(false, ctx.currentSystemTimeMs())));
    Alert alert =
        Alert.newBuilder()
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
            .setReportingSources(reporters)
            .setIngestedAt(a.getIngestedAt())
            .setStoryId(story)
            .setStoryReports(reports(story))
            .build();
    Metrics.counter("newsflow.sink.alerts", "rule", rule.name()).increment();
    // event time to alert: how late an alert comes after the news it reports
    Metrics.timer("newsflow.sink.alert.latency")
        .record(Duration.ofMillis(Math.max(0, clock.millis() - t)));
    if (a.getIngestedAt() != null) {
      // ingest time to alert: how long the pipeline itself took
      Metrics.timer("newsflow.sink.alert.ingest.latency")
          .record(
              Duration.ofMillis(Math.max(0, clock.millis() - a.getIngestedAt().toEpochMilli())));
    }
    Record<String, Object> out = new Record<>(id, alert, t);
    out.headers()
        .add(
            SinkTopology.TOPIC_HEADER,
            topics.alerts(rule.topic()).name().getBytes(StandardCharsets.UTF_8));
    ctx.forward(out);
  }

  /**
   * Whether the rule may alert at event time t: fewer than max alerts within the window before it.
   */
  private boolean admit(Rule rule, long t) {
    byte[] prev = throttle.get(rule.name());
    List<Long> recent = new ArrayList<>();
    if (prev != null) {
      for (long x : SinkState.throttle(prev).getRecent()) {
        if (x > t - rule.throttle().per().toMillis()) {
          recent.add(x);
        }
      }
    }
    boolean ok = recent.size() < rule.throttle().max();
    if (ok) {
      recent.add(t);
    }
    throttle.put(rule.name(), SinkState.THROTTLE.encode(new RuleThrottle(recent)));
    return ok;
  }

  /** Appends a report to its story: source, article id, URL and event time. */
  private void addReport(String story, String source, String articleId, String url, long t) {
    byte[] prev = sources.get(story);
    List<SourceReport> reports =
        prev == null ? new ArrayList<>() : new ArrayList<>(SinkState.sources(prev).getReports());
    reports.add(new SourceReport(source, articleId, url, t));
    sources.put(
        story,
        SinkState.SOURCES.encode(
            new StorySources(SinkState.bounded(reports), ctx.currentSystemTimeMs())));
  }

  /** The story's reports, oldest first. */
  private List<SourceReport> storyLines(String story) {
    byte[] all = sources.get(story);
    return all == null ? List.of() : SinkState.sources(all).getReports();
  }

  /** Distinct sources that reported the story within {@code within} of its first report. */
  private List<String> reporters(String story, Duration within) {
    return SinkState.reporters(storyLines(story), within.toMillis());
  }

  static final int MAX_ALERT_REPORTS = SinkState.FIRST_REPORTS;

  private List<StoryReport> reports(String story) {
    List<StoryReport> out = new ArrayList<>();
    for (SourceReport f : storyLines(story)) {
      if (!f.getArticleId().isEmpty() && out.size() < MAX_ALERT_REPORTS) {
        out.add(new StoryReport(f.getArticleId(), f.getUrl(), f.getSource()));
      }
    }
    return out;
  }

  private static String alertId(Rule rule, String story) {
    return rule.name() + "|" + story;
  }

  private static String pendingKey(String story, Rule rule) {
    return story + "|" + rule.name();
  }

  private void deadLetter(Record<String, SinkInput> record, String reason, String message) {
    byte[] v =
        record.value() == null || record.value().value() == null
            ? new byte[0]
            : record.value().value();
    ctx.forward(
        record.withValue((Object) deadLetter(ctx, clock, record.key(), v, reason, message)));
  }

  /** A sink dead letter with the coordinates of the record being processed. */
  static DeadLetter deadLetter(
      ProcessorContext<?, ?> ctx,
      Clock clock,
      String key,
      byte[] value,
      String reason,
      String message) {
    RecordMetadata md = ctx.recordMetadata().orElse(null);
    LOG.warn("Dead letter ({}) at {}: {}", reason, md, message);
    Metrics.counter("newsflow.dead.letters", "stage", "sink", "reason", reason).increment();
    return DeadLetterAt.record(ctx, "sink", reason, message)
        .key(key)
        .original(value)
        .build(clock.instant());
  }

  /** The first sentences of the text, up to max characters, cut at a sentence or word boundary. */
  static String snippet(String text, int max) {
    String t = text.replace("\n\n", " ").strip();
    if (t.length() <= max) {
      return t;
    }
    String cut = t.substring(0, max);
    int sentence =
        Math.max(cut.lastIndexOf(". "), Math.max(cut.lastIndexOf("! "), cut.lastIndexOf("? ")));
    if (sentence > max / 3) {
      return cut.substring(0, sentence + 1);
    }
    int space = cut.lastIndexOf(' ');
    return (space > 0 ? cut.substring(0, space) : cut) + "...";
  }

  /**
   * Forgets stories, alerts and pending momentum last written longer ago than the horizon
   * (processing time).
   */
  private void purge(long now) {
    long cutoff = now - horizonMs;
    Horizon.purge(fired, cutoff, v -> SinkState.fired(v).getHeldSince());
    Horizon.purge(sources, cutoff, v -> SinkState.sources(v).getHeldSince());
    Horizon.purge(pending, cutoff, v -> SinkState.pending(v).getHeldSince());
  }
}
