package io.newsflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * CPU time of every thread of a process, read from {@code /proc/<pid>/task/<tid>/stat} (user +
 * system, in clock ticks of 10 ms), grouped by what the thread does. Two snapshots around a timed
 * window give each group's CPU in that window, which a shared, noisy host cannot blur the way it
 * blurs wall-clock rates. Threads are named by the JVM's own thread dump ({@code jcmd
 * Thread.print}: a Java name is cut to 15 characters in {@code /proc}), else by {@code /proc}.
 */
final class ThreadCpu {
  /** Linux's USER_HZ: {@code /proc} counts CPU time in hundredths of a second. */
  static final double MS_PER_TICK = 10.0;

  /** JIT compiler threads: C1 and C2 (their names in {@code /proc} and in a thread dump). */
  static final String JIT = "jit";

  /**
   * The median of per-round CPU times, sorting them in place (their range is then first to last).
   */
  static double median(List<Double> rounds) {
    Collections.sort(rounds);
    return rounds.get(rounds.size() / 2);
  }

  /** One thread's CPU so far. */
  record Task(int tid, String name, long ticks) {}

  /**
   * Every thread of a process at one moment, and the process's own count, which keeps the CPU of
   * threads that have ended.
   */
  record Snapshot(long pid, Map<Integer, Task> threads, long processTicks) {}

  /** Threads that ended within the window (a producer closed after its batch, say). */
  static final String ENDED = "ended threads";

  private ThreadCpu() {}

  static Snapshot snapshot(long pid) {
    Map<Integer, Task> threads = new HashMap<>();
    Path tasks = Path.of("/proc", String.valueOf(pid), "task");
    try (Stream<Path> s = Files.list(tasks)) {
      for (Path task : s.toList()) {
        try {
          String stat = Files.readString(task.resolve("stat"));
          int tid = Integer.parseInt(task.getFileName().toString());
          String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          threads.put(tid, new Task(tid, comm, ticks(stat)));
        } catch (IOException | RuntimeException e) {
          // the thread ended between listing and reading: its CPU is not in the window
        }
      }
    } catch (IOException e) {
      return new Snapshot(pid, Map.of(), 0); // not Linux, or the process is gone
    }
    long process = 0;
    try {
      process = ticks(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
    } catch (IOException | RuntimeException e) {
      // gone: its threads' counts are all there is
    }
    return new Snapshot(pid, threads, process);
  }

  /**
   * utime + stime of a {@code stat} line: fields 14 and 15, counted after the parenthesised name.
   */
  private static long ticks(String stat) {
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  /**
   * CPU ms per group between two snapshots of one process; a thread started in the window counts
   * from zero.
   */
  static Map<String, Double> window(Snapshot before, Snapshot after) {
    Map<Integer, String> javaNames = javaThreadNames(after.pid());
    Map<String, Double> ms = new LinkedHashMap<>();
    after
        .threads()
        .forEach(
            (tid, t) -> {
              Task b = before.threads().get(tid);
              long ticks = t.ticks() - (b == null ? 0 : b.ticks());
              String group = group(javaNames.getOrDefault(tid, t.name()));
              ms.merge(group, ticks * MS_PER_TICK, Double::sum);
            });
    long threadTicks =
        after.threads().values().stream().mapToLong(Task::ticks).sum()
            - before.threads().values().stream()
                .filter(t -> after.threads().containsKey(t.tid()))
                .mapToLong(Task::ticks)
                .sum();
    long ended = after.processTicks() - before.processTicks() - threadTicks;
    if (ended > 0) {
      ms.put(ENDED, ended * MS_PER_TICK);
    }
    return ms;
  }

  /** What a thread does, from its name. */
  static String group(String name) {
    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
      return JIT;
    }
    if (name.contains("StreamThread")) {
      return "stream";
    }
    if (name.startsWith("kafka-producer-")) { // /proc cuts the name to 15 characters
      return "producer-io";
    }
    if (name.startsWith("GC Thread")
        || name.startsWith("G1 ")
        || name.startsWith("GC ")
        || name.equals("VM Thread")) {
      return "gc";
    }
    if (name.startsWith("data-plane-kafka-request-handler")) {
      return "request-handlers";
    }
    if (name.startsWith("data-plane-kafka-network-thread")
        || name.startsWith("data-plane-kafka-socket")) {
      return "network";
    }
    return "other";
  }

  private static final Pattern DUMP_LINE = Pattern.compile("^\"(.*?)\".*\\bnid=(0x[0-9a-f]+)");

  /** Java thread names by native id, from a thread dump of the process; empty when unavailable. */
  static Map<Integer, String> javaThreadNames(long pid) {
    Map<Integer, String> names = new HashMap<>();
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (!Files.isExecutable(jcmd) || pid == ProcessHandle.current().pid()) {
      // a runtime without the JDK tools, or this JVM (which may not attach to itself): /proc's
      // names
      return names;
    }
    try {
      Process p =
          new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "Thread.print")
              .redirectErrorStream(true)
              .start();
      List<String> lines;
      try (var in = p.inputReader()) {
        lines = in.lines().toList();
      }
      p.waitFor(30, TimeUnit.SECONDS);
      for (String line : lines) {
        Matcher m = DUMP_LINE.matcher(line);
        if (m.find()) {
          names.put(Integer.decode(m.group(2)), m.group(1));
        }
      }
    } catch (IOException e) {
      // no names: groups come from /proc's shortened names
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return names;
  }

  /** Total CPU ms of a window's groups, optionally without the JIT compilers. */
  static double total(Map<String, Double> groups, boolean withJit) {
    return groups.entrySet().stream()
        .filter(e -> withJit || !e.getKey().equals(JIT))
        .mapToDouble(Map.Entry::getValue)
        .sum();
  }

  /** The JIT compilers' share of a window's CPU (0 when the window had none). */
  static double jitShare(Map<String, Double> groups) {
    double all = total(groups, true);
    return all == 0 ? 0 : 1 - total(groups, false) / all;
  }
}
