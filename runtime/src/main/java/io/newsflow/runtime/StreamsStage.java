package io.newsflow.runtime;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.config.StreamsProps;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Streams stage (enrich or sink). Per-record failures never get here (they are dead
 * letters); what does is fatal for the stage (lost authorisation, a broken broker), so the client
 * shuts down and says why, unless it is a transient Kafka error, which replaces the thread (see
 * {@link Replacements}).
 */
public final class StreamsStage implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StreamsStage.class);

  private final String name;
  private final KafkaStreams streams;
  private final String applicationId;
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();
  private final long stuckAfterSeconds;

  private final Replacements replacements = new Replacements(3, Duration.ofMinutes(10));

  /**
   * Which errors replace a stream thread instead of stopping the stage: a transaction or request
   * that failed while a partition leader moved (seen when a broker is killed: "The producer
   * attempted a transactional operation in an invalid state" on commit) is transient; lost
   * authorisation, configuration and our own processors' faults are not. At most {@code max}
   * replacements within {@code window}: an error that keeps coming back is not transient.
   */
  static final class Replacements {
    private final int max;
    private final Duration window;
    private final java.util.ArrayDeque<Instant> recent = new java.util.ArrayDeque<>();

    Replacements(int max, Duration window) {
      this.max = max;
      this.window = window;
    }

    synchronized boolean allow(Throwable e, Instant now) {
      if (!isTransient(e)) {
        return false;
      }
      while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
        recent.pollFirst();
      }
      if (recent.size() >= max) {
        return false;
      }
      recent.addLast(now);
      return true;
    }

    static boolean isTransient(Throwable e) {
      boolean transientCause = false;
      for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
        if (c instanceof org.apache.kafka.common.errors.AuthenticationException
            || c instanceof org.apache.kafka.common.errors.AuthorizationException
            || c instanceof org.apache.kafka.common.config.ConfigException) {
          return false;
        }
        if (c instanceof org.apache.kafka.common.errors.InvalidTxnStateException
            || c instanceof org.apache.kafka.common.errors.TransactionAbortableException
            || c instanceof org.apache.kafka.common.errors.RetriableException) {
          transientCause = true;
        }
      }
      return transientCause;
    }
  }

  /** This instance's slot under state.dir (a second instance on the host takes the next one). */
  private final StateDirs.Claim stateDir;

  public StreamsStage(String name, Topology topology, NewsflowConfig config) {
    this.name = name;
    this.stuckAfterSeconds = Math.max(1, config.getLong("stuck.timeout.ms") / 1000);
    this.applicationId = StreamsProps.applicationId(config, name);
    this.stateDir = StateDirs.claim(Path.of(config.get("state.dir")), applicationId);
    Properties props = StreamsProps.of(config, name);
    props.put("state.dir", stateDir.dir().toString());
    this.streams = new KafkaStreams(topology, props);
    streams.setUncaughtExceptionHandler(
        e -> {
          if (replacements.allow(e, Instant.now())) {
            // exactly-once: the thread's open transaction is aborted and its tasks resume from
            // their last commit, so a new thread repeats nothing and loses nothing
            LOG.warn(
                "{}: a stream thread hit a transient Kafka error and is replaced: {}",
                name,
                e.toString(),
                e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
          }
          LOG.error("{} stopped by a fatal error: {}", name, e.toString(), e);
          fatal.compareAndSet(null, e);
          return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    streams.setStateListener((now, before) -> LOG.info("{}: {} -> {}", name, before, now));
  }

  public String name() {
    return name;
  }

  public String applicationId() {
    return applicationId;
  }

  public KafkaStreams streams() {
    return streams;
  }

  public void start() {
    streams.start();
  }

  /** Waits until the stage is RUNNING; throws if it failed instead. */
  public void awaitRunning(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      checkHealthy();
      if (streams.state() == KafkaStreams.State.RUNNING) {
        return;
      }
      sleepBriefly();
    }
    throw new IllegalStateException(
        name
            + " did not start within "
            + timeout.toSeconds()
            + " s (state "
            + streams.state()
            + ")");
  }

  /**
   * Throws with the cause if the stage has died, or if a stream thread is stuck (see {@link
   * #stuck()}).
   */
  public void checkHealthy() {
    Throwable t = fatal.get();
    if (t != null
        || streams.state() == KafkaStreams.State.ERROR
        || streams.state() == KafkaStreams.State.PENDING_ERROR) {
      throw new IllegalStateException(
          name + " failed: " + (t == null ? streams.state() : reason(t)), t);
    }
    String stuck = stuck();
    if (stuck != null) {
      throw new IllegalStateException(stuck);
    }
  }

  /**
   * The message a person can act on: Streams wraps a processor's exception in "Exception caught in
   * process ..."; the processor's own message (a state store or disk fault naming its path) is the
   * one to show.
   */
  static String reason(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null
        && c.getCause() != c
        && c.getMessage() != null
        && c.getMessage().startsWith("Exception caught in process")) {
      c = c.getCause();
    }
    String said = c.getMessage() == null ? c.toString() : c.getMessage();
    Throwable root = c;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String cause = root.getMessage() == null ? root.toString() : root.getMessage();
    return said.contains(cause)
        ? said
        : said + " (cause: " + root.getClass().getSimpleName() + ": " + cause + ")";
  }

  /**
   * Why the stage is stuck, or null. A stream thread polls Kafka many times a second while it works
   * or idles; one whose consumer has not polled for {@code stuck.timeout.ms} is blocked inside a
   * record (a runaway input, a deadlock). It is alive, so nothing else would notice: say where it
   * is, so the process can exit and be restarted.
   */
  public String stuck() {
    if (streams.state() != KafkaStreams.State.RUNNING
        && streams.state() != KafkaStreams.State.REBALANCING) {
      return null;
    }
    for (var e : streams.metrics().entrySet()) {
      var m = e.getKey();
      String client = m.tags().getOrDefault("client-id", "");
      if (!m.name().equals("last-poll-seconds-ago")
          || !m.group().equals("consumer-metrics")
          || !client.contains("StreamThread")
          || client.endsWith("restore-consumer")) {
        continue;
      }
      Object v = e.getValue().metricValue();
      if (v instanceof Number n && n.doubleValue() >= stuckAfterSeconds) {
        String thread =
            client.substring(client.indexOf("StreamThread"), client.lastIndexOf("-consumer"));
        return name
            + " is stuck: "
            + thread
            + " has not polled Kafka for "
            + n.longValue()
            + " s (stuck.timeout.ms)"
            + where(thread);
      }
    }
    return null;
  }

  private static String where(String thread) {
    for (var t : Thread.getAllStackTraces().entrySet()) {
      if (t.getKey().getName().endsWith(thread)) {
        StringBuilder sb = new StringBuilder("; it is at");
        var frames = t.getValue();
        for (int i = 0; i < Math.min(8, frames.length); i++) {
          sb.append("\n    at ").append(frames[i]);
        }
        return sb.toString();
      }
    }
    return "";
  }

  public static void sleepBriefly() {
    try {
      Thread.sleep(100); // polling a state machine we do not own; there is no future to wait on
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  @Override
  public void close() {
    streams.close(Duration.ofSeconds(30));
    stateDir.close();
  }
}
