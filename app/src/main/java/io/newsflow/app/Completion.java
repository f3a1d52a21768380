package io.newsflow.app;

import io.newsflow.enrich.EnrichTopology;
import io.newsflow.runtime.StreamsStage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Waits until a consumer group has processed, and (with exactly-once) committed the output of,
 * every record it was given. No fixed sleeps: the group's own commits are the signal. Transaction
 * markers after the last data record of a partition count as consumed, since a consumer never
 * commits past a marker it had no reason to fetch.
 */
public final class Completion {
  private Completion() {}

  /**
   * Blocks until {@code group} has committed an offset greater than {@code lastOffsets} on each
   * partition.
   *
   * @param health called while waiting; throws to abort (a stage died)
   */
  public static void awaitCommitted(
      Admin admin,
      String group,
      Map<TopicPartition, Long> lastOffsets,
      Duration timeout,
      Runnable health,
      Consumer<Long> progress) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      health.run();
      Map<TopicPartition, OffsetAndMetadata> committed = committed(admin, group);
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
        throw new IllegalStateException(
            group
                + " did not finish within "
                + timeout.toSeconds()
                + " s: "
                + behind
                + " records still to process");
      }
      StreamsStage.sleepBriefly();
    }
  }

  /**
   * Records a group still has to process: committed offsets against committed ends, not counting
   * transaction markers (a finished exactly-once stage has lag 0, not 1 per partition).
   */
  public static long lag(Admin admin, Map<String, Object> clientProps, String group) {
    Map<TopicPartition, OffsetAndMetadata> committed = committed(admin, group);
    List<TopicPartition> partitions = new ArrayList<>(committed.keySet());
    Map<TopicPartition, Long> ends = committedEnds(admin, partitions);
    long lag = 0;
    List<TopicPartition> pending = new ArrayList<>();
    for (TopicPartition tp : partitions) {
      long behind = Math.max(0, ends.getOrDefault(tp, 0L) - committed.get(tp).offset());
      if (behind > 0) {
        pending.add(tp);
        lag += behind;
      }
    }
    if (!pending.isEmpty()
        && lag <= 2L * pending.size()
        && onlyMarkersLeft(clientProps, pending, committed, ends)) {
      return 0;
    }
    return lag;
  }

  /**
   * Blocks until {@code group} has consumed its internal repartition topics (those named {@code
   * <group>-...-repartition}) to their committed end. Call it once the group's external inputs are
   * consumed: nothing writes to those topics any more, so their ends are final.
   */
  public static void awaitRepartitionsDrained(
      Admin admin,
      Map<String, Object> clientProps,
      String group,
      Duration timeout,
      Runnable health) {
    awaitDrained(admin, clientProps, group, repartitionPartitions(admin, group), timeout, health);
  }

  /**
   * Blocks until {@code group} has consumed {@code partitions} to their committed end. Call it once
   * nothing writes to them any more.
   */
  public static void awaitDrained(
      Admin admin,
      Map<String, Object> clientProps,
      String group,
      List<TopicPartition> partitions,
      Duration timeout,
      Runnable health) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      health.run();
      Map<TopicPartition, OffsetAndMetadata> committed = committed(admin, group);
      Map<TopicPartition, Long> ends = committedEnds(admin, partitions);
      List<TopicPartition> pending = new ArrayList<>();
      for (TopicPartition tp : partitions) {
        long next = committed.containsKey(tp) ? committed.get(tp).offset() : 0;
        if (next < ends.getOrDefault(tp, 0L)) {
          pending.add(tp);
        }
      }
      if (pending.isEmpty() || onlyMarkersLeft(clientProps, pending, committed, ends)) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            group + " did not drain " + pending + " within " + timeout.toSeconds() + " s");
      }
      StreamsStage.sleepBriefly();
    }
  }

  /**
   * Blocks until enrich has decided every report it consumed: its repartition topics are drained
   * and its ordering grace buffer is empty. The buffer is seen through its changelog, read
   * committed: a key whose last record is a tombstone was decided, and with exactly-once the
   * decision's output was committed in the same transaction.
   */
  public static void awaitEnrichDecided(
      Admin admin,
      Map<String, Object> clientProps,
      String group,
      Duration timeout,
      Runnable health) {
    awaitRepartitionsDrained(admin, clientProps, group, timeout, health);
    awaitChangelogEmpty(
        clientProps, group + "-" + EnrichTopology.GRACE_STORE + "-changelog", timeout, health);
  }

  /** Blocks until every key of a store's changelog ends in a tombstone (read committed). */
  static void awaitChangelogEmpty(
      Map<String, Object> clientProps, String changelog, Duration timeout, Runnable health) {
    Instant deadline = Instant.now().plus(timeout);
    try (KafkaConsumer<byte[], byte[]> c = committedReader(clientProps)) {
      List<TopicPartition> partitions = new ArrayList<>();
      c.partitionsFor(changelog, Duration.ofSeconds(10))
          .forEach(info -> partitions.add(new TopicPartition(changelog, info.partition())));
      if (partitions.isEmpty()) {
        return; // no grace buffer (grace 0, or nothing ever waited)
      }
      c.assign(partitions);
      c.seekToBeginning(partitions);
      Set<String> waiting = new HashSet<>();
      while (true) {
        health.run();
        c.poll(Duration.ofMillis(200))
            .forEach(
                r -> {
                  String k = new String(r.key(), StandardCharsets.UTF_8);
                  if (r.value() == null) {
                    waiting.remove(k);
                  } else {
                    waiting.add(k);
                  }
                });
        Map<TopicPartition, Long> ends = c.endOffsets(partitions);
        boolean atEnd = partitions.stream().allMatch(tp -> c.position(tp) >= ends.get(tp));
        if (atEnd && waiting.isEmpty()) {
          return;
        }
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(
              changelog
                  + " still holds "
                  + waiting.size()
                  + " undecided reports after "
                  + timeout.toSeconds()
                  + " s");
        }
      }
    }
  }

  static Map<TopicPartition, OffsetAndMetadata> committed(Admin admin, String group) {
    try {
      return admin
          .listConsumerGroupOffsets(group)
          .partitionsToOffsetAndMetadata()
          .get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      return Map.of();
    }
  }

  private static List<TopicPartition> repartitionPartitions(Admin admin, String group) {
    try {
      Set<String> names = admin.listTopics().names().get(10, TimeUnit.SECONDS);
      List<String> internal =
          names.stream()
              .filter(n -> n.startsWith(group + "-") && n.endsWith("-repartition"))
              .toList();
      List<TopicPartition> out = new ArrayList<>();
      for (TopicDescription d :
          admin.describeTopics(internal).allTopicNames().get(10, TimeUnit.SECONDS).values()) {
        d.partitions().forEach(p -> out.add(new TopicPartition(d.name(), p.partition())));
      }
      return out;
    } catch (Exception e) {
      throw new IllegalStateException(
          "Cannot list the internal topics of " + group + ": " + e.getMessage(), e);
    }
  }

  static Map<TopicPartition, Long> committedEnds(Admin admin, List<TopicPartition> partitions) {
    Map<TopicPartition, OffsetSpec> spec = new HashMap<>();
    partitions.forEach(tp -> spec.put(tp, OffsetSpec.latest()));
    try {
      Map<TopicPartition, Long> out = new HashMap<>();
      admin
          .listOffsets(spec, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
          .all()
          .get(10, TimeUnit.SECONDS)
          .forEach((tp, info) -> out.put(tp, info.offset()));
      return out;
    } catch (Exception e) {
      return Map.of();
    }
  }

  /** Whether nothing but transaction markers stands between each committed offset and the end. */
  static boolean onlyMarkersLeft(
      Map<String, Object> clientProps,
      List<TopicPartition> pending,
      Map<TopicPartition, OffsetAndMetadata> committed,
      Map<TopicPartition, Long> ends) {
    try (KafkaConsumer<byte[], byte[]> c = committedReader(clientProps)) {
      c.assign(pending);
      for (TopicPartition tp : pending) {
        c.seek(tp, committed.containsKey(tp) ? committed.get(tp).offset() : 0);
      }
      Instant until = Instant.now().plusSeconds(5);
      while (Instant.now().isBefore(until)) {
        if (!c.poll(Duration.ofMillis(200)).isEmpty()) {
          return false; // data the group has not committed yet
        }
        if (pending.stream().allMatch(tp -> c.position(tp) >= ends.get(tp))) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A group-less consumer that sees only committed records, for looking at what a stage has
   * finished.
   */
  private static KafkaConsumer<byte[], byte[]> committedReader(Map<String, Object> clientProps) {
    Map<String, Object> p = new HashMap<>(clientProps);
    p.put("isolation.level", "read_committed");
    p.put("enable.auto.commit", false);
    p.remove("group.id");
    return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }
}
