package io.newsflow.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until a consumer group has committed past given offsets: the stage has processed, and (with exactly-once)
 * committed the output of, every record up to them. No fixed sleeps: the group's own commits are the signal.
 */
public final class Completion {
  private Completion() {}

  /**
   * Blocks until {@code group} has committed an offset greater than {@code lastOffsets} on each partition.
   *
   * @param health called while waiting; throws to abort (a stage died)
   */
  public static void awaitCommitted(Admin admin, String group, Map<TopicPartition, Long> lastOffsets,
      Duration timeout, Runnable health, Consumer<Long> progress) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      health.run();
      Map<TopicPartition, OffsetAndMetadata> committed;
      try {
        committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        committed = Map.of();
      }
      long behind = 0;
      for (Map.Entry<TopicPartition, Long> e : lastOffsets.entrySet()) {
        OffsetAndMetadata c = committed.get(e.getKey());
        long next = c == null ? 0 : c.offset();
        behind += Math.max(0, e.getValue() + 1 - next);
      }
      progress.accept(behind);
      if (behind == 0) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(group + " did not finish within " + timeout.toSeconds() + " s: " + behind
            + " records still to process");
      }
      StreamsStage.sleepBriefly();
    }
  }
}
