package io.newsflow.ingest;

import io.newsflow.avro.RawArticle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Paces a replay: at most {@code rate} records a second, or at {@code speed} times the original
 * pace (event-time gaps divided by the speed), or, with neither, as fast as possible.
 */
public final class Pacer {
  private final double rate;
  private final double speed;
  private final Clock clock;
  private final HttpFetcher.Sleeper sleeper;
  private Instant start;
  private long firstEventMs = Long.MIN_VALUE;
  private long sent;
  private Duration maxWait = Duration.ofDays(36500);
  private Consumer<String> say = s -> {};

  /**
   * Under a speed, no single wait is longer than {@code maxWait}: a gap in the archive (a quiet
   * weekend, a month with no data) is cut to it, the records after it keep their relative pace, and
   * {@code say} tells the operator once per cut, instead of a replay sleeping silently for days.
   */
  public Pacer withMaxWait(Duration maxWait, Consumer<String> say) {
    this.maxWait = maxWait;
    this.say = say;
    return this;
  }

  public Pacer(double rate, double speed, Clock clock, HttpFetcher.Sleeper sleeper) {
    if (rate < 0 || speed < 0) {
      throw new IllegalArgumentException("--rate and --speed must be positive");
    }
    if (rate > 0 && speed > 0) {
      throw new IllegalArgumentException("Give --rate or --speed, not both");
    }
    this.rate = rate;
    this.speed = speed;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * A consumer that waits as the pace requires, then passes the item on. A rate paces every item; a
   * speed needs the event time of an archived article, so other items pass at once.
   */
  public Consumer<SourceItem> pace(Consumer<SourceItem> next) {
    return item -> {
      if (item instanceof SourceItem.Archived a) {
        waitFor(a.article());
      } else if (rate > 0) {
        waitFor(null);
      }
      next.accept(item);
    };
  }

  private static String human(Duration d) {
    long s = d.toSeconds();
    return s >= 86400
        ? s / 86400 + " d " + (s % 86400) / 3600 + " h"
        : s >= 3600
            ? s / 3600 + " h " + (s % 3600) / 60 + " min"
            : s >= 60 ? s / 60 + " min " + s % 60 + " s" : s + " s";
  }

  /**
   * @param a the archived article (its event time drives a speed), or null under a rate
   */
  void waitFor(RawArticle a) {
    Instant now = clock.instant();
    if (start == null) {
      start = now;
    }
    long dueMs;
    if (rate > 0) {
      dueMs = (long) (sent * 1000 / rate);
    } else if (speed > 0) {
      long t = RawArticleFactory.eventTime(a).toEpochMilli();
      if (firstEventMs == Long.MIN_VALUE) {
        firstEventMs = t;
      }
      dueMs = (long) ((t - firstEventMs) / speed);
    } else {
      dueMs = 0;
    }
    sent++;
    long waitMs = dueMs - Duration.between(start, now).toMillis();
    if (speed > 0 && waitMs > maxWait.toMillis()) {
      long cut = waitMs - maxWait.toMillis();
      firstEventMs +=
          (long) (cut * speed); // the records after the gap keep their pace relative to this one
      say.accept(
          String.format(
              "replay: a gap of %s in event time; waiting %s instead of %s at speed %s "
                  + "(--max-gap)",
              human(Duration.ofMillis((long) (waitMs * speed))),
              human(maxWait),
              human(Duration.ofMillis(waitMs)),
              speed));
      waitMs = maxWait.toMillis();
    }
    if (waitMs > 0) {
      try {
        sleeper.sleep(Duration.ofMillis(waitMs));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
