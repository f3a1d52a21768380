package io.newsflow.ingest;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Progress of a long run: a redrawn bar with rate and ETA on a terminal, a log line every interval
 * otherwise, and nothing for runs too short to need it.
 */
public final class Progress {
  private final PrintStream out;
  private final boolean terminal;
  private final Clock clock;
  private final Duration interval;
  private final String label;
  private final long total;
  private final Instant start;
  private Instant last;
  private boolean drawn;

  public Progress(
      PrintStream out, boolean terminal, Clock clock, Duration interval, String label, long total) {
    this.out = out;
    this.terminal = terminal;
    this.clock = clock;
    this.interval = interval;
    this.label = label;
    this.total = total;
    this.start = clock.instant();
    this.last = start;
  }

  public static Progress forStderr(String label, long total) {
    return new Progress(
        System.err,
        System.console() != null,
        Clock.systemUTC(),
        System.console() != null ? Duration.ofMillis(200) : Duration.ofSeconds(5),
        label,
        total);
  }

  public void update(long done) {
    Instant now = clock.instant();
    if (Duration.between(last, now).compareTo(interval) < 0) {
      return;
    }
    last = now;
    drawn = true;
    out.print(line(done, now) + (terminal ? "\r" : "\n"));
    out.flush();
  }

  public void finish(long done) {
    if (drawn && terminal) {
      out.print(line(done, clock.instant()) + "\n");
      out.flush();
    }
  }

  String line(long done, Instant now) {
    double secs = Math.max(0.001, Duration.between(start, now).toMillis() / 1000.0);
    double rate = done / secs;
    StringBuilder sb = new StringBuilder(label).append(' ');
    if (total > 0) {
      int width = 30;
      int filled = (int) Math.min(width, width * done / total);
      sb.append('[')
          .append("#".repeat(filled))
          .append(" ".repeat(width - filled))
          .append("] ")
          .append(done)
          .append('/')
          .append(total);
      long eta = rate > 0 ? (long) ((total - done) / rate) : -1;
      sb.append(
          String.format(
              " %.0f/s ETA %s",
              rate, eta < 0 ? "?" : Duration.ofSeconds(eta).toString().substring(2)));
    } else {
      sb.append(done).append(String.format(" %.0f/s", rate));
    }
    return sb.toString();
  }
}
