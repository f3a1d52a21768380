package io.newsflow.sink;

import io.newsflow.avro.FiredAlert;
import io.newsflow.avro.PendingMomentum;
import io.newsflow.avro.RuleThrottle;
import io.newsflow.avro.SourceReport;
import io.newsflow.avro.StorySources;
import io.newsflow.serde.StateCodec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sink's stored values, each an internal Avro record behind a format byte ({@link StateCodec}),
 * and the readers of what earlier releases wrote before the stores had a format: text for the fired
 * alerts, story sources and throttles, the time and the article's bytes for waiting momentum. A
 * release must read what the previous one left in its stores (StateFormatsTest).
 */
final class SinkState {
  static final StateCodec<FiredAlert> FIRED = new StateCodec<>(FiredAlert.class);
  static final StateCodec<StorySources> SOURCES = new StateCodec<>(StorySources.class);
  static final StateCodec<RuleThrottle> THROTTLE = new StateCodec<>(RuleThrottle.class);
  static final StateCodec<PendingMomentum> PENDING = new StateCodec<>(PendingMomentum.class);

  private SinkState() {}

  /** Before format 1: the decision time, or "suppressed", a tab and the time. */
  static FiredAlert fired(byte[] value) {
    return FIRED.decodeOr(
        value,
        v -> {
          String s = text(v);
          int tab = s.lastIndexOf('\t');
          return new FiredAlert(tab >= 0, Long.parseLong(s.substring(tab + 1)));
        });
  }

  /**
   * Before format 1: a line per report (source, article id, URL, event time, tab-separated; only
   * source and time before ids were kept) and a last line with the processing time.
   */
  static StorySources sources(byte[] value) {
    return SOURCES.decodeOr(
        value,
        v -> {
          List<SourceReport> reports = new ArrayList<>();
          long held = 0;
          long latest = 0;
          for (String line : text(v).split("\n")) {
            if (line.indexOf('\t') < 0) {
              held = line.isBlank() ? held : Long.parseLong(line.strip());
              continue;
            }
            String[] f = line.split("\t", -1);
            long t = Long.parseLong(f[f.length - 1]);
            reports.add(
                f.length == 4
                    ? new SourceReport(f[0], f[1], f[2], t)
                    : new SourceReport(f[0], "", "", t));
            latest = Math.max(latest, t);
          }
          // the oldest values had no processing-time line: the latest report's time stands in
          return new StorySources(reports, held > 0 ? held : latest);
        });
  }

  /** Reports a story keeps in arrival order, whatever their source: an alert lists the first 50. */
  static final int FIRST_REPORTS = 50;

  /**
   * A story's reports, bounded: the first {@value #FIRST_REPORTS} in arrival order, and after them
   * only the earliest report of each source. That is all the rules read: which sources reported
   * within a time of the story's first report (the earliest of all is the earliest of its source)
   * and the first reports for an alert. Before, every report was kept, and a story reported ten
   * thousand times was decoded and encoded whole for each new report.
   */
  static List<SourceReport> bounded(List<SourceReport> reports) {
    if (reports.size() <= FIRST_REPORTS) {
      return reports;
    }
    Map<String, SourceReport> earliest = new HashMap<>();
    for (SourceReport r : reports) {
      earliest.merge(r.getSource(), r, (a, b) -> b.getTime() < a.getTime() ? b : a);
    }
    List<SourceReport> out = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      SourceReport r = reports.get(i);
      if (i < FIRST_REPORTS || earliest.get(r.getSource()) == r) {
        out.add(r);
      }
    }
    return out;
  }

  /** Distinct sources that reported within {@code withinMs} of the first report, first-come. */
  static List<String> reporters(List<SourceReport> reports, long withinMs) {
    long first = reports.stream().mapToLong(SourceReport::getTime).min().orElse(0);
    Set<String> out = new LinkedHashSet<>();
    for (SourceReport f : reports) {
      if (f.getTime() <= first + withinMs) {
        out.add(f.getSource());
      }
    }
    return List.copyOf(out);
  }

  /** Before format 1: the alert times, comma-separated. */
  static RuleThrottle throttle(byte[] value) {
    return THROTTLE.decodeOr(
        value,
        v -> {
          String s = text(v);
          return new RuleThrottle(
              s.isEmpty() ? List.of() : Arrays.stream(s.split(",")).map(Long::valueOf).toList());
        });
  }

  /** Before format 1: eight bytes of time, then the article's bytes. */
  static PendingMomentum pending(byte[] value) {
    return PENDING.decodeOr(
        value,
        v ->
            new PendingMomentum(
                ByteBuffer.wrap(v).getLong(), ByteBuffer.wrap(Arrays.copyOfRange(v, 8, v.length))));
  }

  /** The waiting article's bytes, as read from its topic. */
  static byte[] waitingArticle(byte[] value) {
    ByteBuffer b = pending(value).getArticle();
    byte[] out = new byte[b.remaining()];
    b.duplicate().get(out);
    return out;
  }

  private static String text(byte[] v) {
    return new String(v, StandardCharsets.UTF_8);
  }
}
