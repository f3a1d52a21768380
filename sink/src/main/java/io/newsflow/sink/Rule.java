package io.newsflow.sink;

import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.Severity;
import java.time.Duration;
import java.util.Optional;

/**
 * One alert rule: when its condition holds for an article, an alert goes to its topic.
 *
 * @param throttle at most so many alerts per window, or null
 * @param momentum fire only once so many distinct sources have reported the story within a window,
 *     or null
 * @param yaml the rule as written, for publishing it to the rules topic
 */
public record Rule(
    String name,
    String topic,
    Severity severity,
    Condition when,
    Throttle throttle,
    Momentum momentum,
    String yaml) {

  /** At most {@code max} alerts per {@code per} of event time. */
  public record Throttle(int max, Duration per) {}

  /** Fire when at least {@code sources} distinct sources report the story within {@code within}. */
  public record Momentum(int sources, Duration within) {}

  public Rule(String name, String topic, Severity severity, Condition when) {
    this(name, topic, severity, when, null, null, "");
  }

  public Optional<Match> evaluate(EnrichedArticle a) {
    return evaluate(new Report(a));
  }

  /** Evaluates on a report whose text view and word index every rule shares. */
  public Optional<Match> evaluate(Report r) {
    Match m = new Match();
    return when.test(r, m) ? Optional.of(m) : Optional.empty();
  }
}
