package io.newsflow.sink;

import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.Severity;
import java.util.Optional;

/** One alert rule: when its condition holds for an article, an alert goes to its topic. */
public record Rule(String name, String topic, Severity severity, Condition when) {
  public Optional<Match> evaluate(EnrichedArticle a) {
    Match m = new Match();
    return when.test(a, m) ? Optional.of(m) : Optional.empty();
  }
}
