package io.newsflow.sink;

import io.newsflow.avro.Alert;
import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.DuplicateNotice;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.RuleDefinition;
import io.newsflow.avro.StoryReport;
import io.newsflow.streams.DeadLetterAt;
import io.newsflow.streams.Horizon;
import io.newsflow.streams.MirroredStore;
import io.newsflow.topics.TopicCatalog;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  static final String SUPPRESSED = "suppressed";

  private final RuleSet fileRules;
  private final TopicCatalog topics;
  private final long horizonMs;
  private final int snippetChars;
  private final Clock clock;
  private final Map<String, Rule> parsedTopicRules = new HashMap<>();
  private ProcessorContext<String, Object> ctx;
  private KeyValueStore<String, String> fired;
  private KeyValueStore<String, String> sources;
  private KeyValueStore<String, byte[]> pending;
  private KeyValueStore<String, String> throttle;
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
   * The file's rules, overridden and extended by the rules topic; rebuilt only when the topic
   * changed.
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
    inForce = fromTopic.isEmpty() ? fileRules : fileRules.overriddenBy(fromTopic);
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
    } catch (org.apache.kafka.common.errors.SerializationException e) {
      deadLetter(record, "undecodable-record", "Cannot decode a sink input: " + e.getMessage());
    } catch (RuntimeException e) {
      if (io.newsflow.streams.InfrastructureFault.is(e)) {
        throw io.newsflow.streams.InfrastructureFault.stop("sink", ctx.stateDir(), e);
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
            withTime(ctx.currentSystemTimeMs(), encoded)); // waits for more
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
    byte[] waiting = pending.get(pendingKey(story, rule));
    if (waiting == null) {
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
            .deserialize(
                topics.enriched().name(), java.util.Arrays.copyOfRange(waiting, 8, waiting.length));
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
      fired.put(id, SUPPRESSED + "\t" + ctx.currentSystemTimeMs());
      LOG.info("Rule {} throttled: no alert for story {}", rule.name(), story);
      return;
    }
    fired.put(id, String.valueOf(ctx.currentSystemTimeMs()));
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
    io.micrometer.core.instrument.Metrics.counter("newsflow.sink.alerts", "rule", rule.name())
        .increment();
    // event time to alert: how late an alert comes after the news it reports
    io.micrometer.core.instrument.Metrics.timer("newsflow.sink.alert.latency")
        .record(Duration.ofMillis(Math.max(0, clock.millis() - t)));
    if (a.getIngestedAt() != null) {
      // ingest time to alert: how long the pipeline itself took
      io.micrometer.core.instrument.Metrics.timer("newsflow.sink.alert.ingest.latency")
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
    String prev = throttle.get(rule.name());
    List<Long> recent = new ArrayList<>();
    if (prev != null && !prev.isEmpty()) {
      for (String s : prev.split(",")) {
        long x = Long.parseLong(s);
        if (x > t - rule.throttle().per().toMillis()) {
          recent.add(x);
        }
      }
    }
    boolean ok = recent.size() < rule.throttle().max();
    if (ok) {
      recent.add(t);
    }
    throttle.put(rule.name(), String.join(",", recent.stream().map(String::valueOf).toList()));
    return ok;
  }

  /**
   * Appends a report to its story: source, article id, URL and event time. The value's last line is
   * the processing time of the latest report (what the purge reads).
   */
  private void addReport(String story, String source, String articleId, String url, long t) {
    String prev = sources.get(story);
    String entry = clean(source) + "\t" + clean(articleId) + "\t" + clean(url) + "\t" + t;
    StringBuilder value = new StringBuilder();
    if (prev != null) {
      int end = prev.lastIndexOf('\n');
      String lastLine = prev.substring(end + 1);
      // drop the previous processing-time line (a line without a tab); records from before it had
      // none
      value
          .append(lastLine.indexOf('\t') < 0 ? prev.substring(0, Math.max(0, end)) : prev)
          .append('\n');
    }
    sources.put(
        story, value.append(entry).append('\n').append(ctx.currentSystemTimeMs()).toString());
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }

  /**
   * The story's reports, oldest first: {source, articleId, url, time}; lines from before ids were
   * kept hold two.
   */
  private List<String[]> storyLines(String story) {
    String all = sources.get(story);
    if (all == null) {
      return List.of();
    }
    List<String[]> out = new ArrayList<>();
    for (String line : all.split("\n")) {
      if (line.indexOf('\t') < 0) {
        continue; // the processing-time line
      }
      String[] f = line.split("\t", -1);
      out.add(f.length == 4 ? f : new String[] {f[0], "", "", f[f.length - 1]});
    }
    return out;
  }

  /** Distinct sources that reported the story within {@code within} of its first report. */
  private List<String> reporters(String story, Duration within) {
    List<String[]> lines = storyLines(story);
    long first = lines.stream().mapToLong(f -> Long.parseLong(f[3])).min().orElse(0);
    Set<String> out = new LinkedHashSet<>();
    for (String[] f : lines) {
      if (Long.parseLong(f[3]) <= first + within.toMillis()) {
        out.add(f[0]);
      }
    }
    return List.copyOf(out);
  }

  static final int MAX_ALERT_REPORTS = 50;

  private List<StoryReport> reports(String story) {
    List<StoryReport> out = new ArrayList<>();
    for (String[] f : storyLines(story)) {
      if (!f[1].isEmpty() && out.size() < MAX_ALERT_REPORTS) {
        out.add(new StoryReport(f[1], f[2], f[0]));
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

  private static byte[] withTime(long t, byte[] bytes) {
    return ByteBuffer.allocate(8 + bytes.length).putLong(t).put(bytes).array();
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
    io.micrometer.core.instrument.Metrics.counter(
            "newsflow.dead.letters", "stage", "sink", "reason", reason)
        .increment();
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
    Horizon.purge(fired, cutoff, Horizon::lastNumber);
    Horizon.purge(sources, cutoff, Horizon::lastNumber);
    Horizon.purge(pending, cutoff, v -> ByteBuffer.wrap(v).getLong());
  }
}
