package io.newsflow.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.newsflow.avro.DedupInfo;
import io.newsflow.avro.DuplicateNotice;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.enrich.dedup.DedupEntry;
import io.newsflow.enrich.dedup.Fingerprinter;
import io.newsflow.enrich.dedup.Kv;
import io.newsflow.enrich.dedup.NearDuplicateIndex;
import io.newsflow.enrich.story.StoryIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.CompactionStyle;
import org.rocksdb.CompressionType;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteOptions;

/**
 * The decision step alone, as the horizon fills: canonicals, LSH bands, stories and story keys in
 * RocksDB (as in the enrich topology's stores, without their changelogs), fed the bench corpus's
 * article texts with its copies. At each size in {@code --at} (canonicals held) it times a window
 * of decisions (lookup, judging the candidates, then filing a canonical in its story or counting a
 * duplicate in its canonical's story) in thread CPU time, and reports decisions per CPU-second,
 * candidates judged per lookup, heap after a GC and the stores' size on disk, and the copies caught
 * in the window. Fingerprinting is enrich's per-partition work and is not timed. Every decision
 * compares with everything held (no report is dated), the costliest case.
 *
 * <pre>
 * java -cp "bench/target/classes:bench/target/lib/*" io.newsflow.bench.DecisionCost --at 10000,100000,1000000
 * </pre>
 */
public final class DecisionCost {
  private DecisionCost() {}

  public static void main(String[] args) throws Exception {
    List<Integer> at = List.of(10_000, 100_000);
    int window = 2_000;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--at" ->
            at =
                Arrays.stream(args[i + 1].split(",")).map(s -> Integer.parseInt(s.trim())).toList();
        case "--window" -> window = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    measure(at, window, System.out);
  }

  /**
   * Measures the decision at each size of {@code at} (canonicals held), a window of {@code window}
   * decisions each, printing a line per size to {@code out}; returns a result per size.
   */
  public static List<Map<String, Object>> measure(List<Integer> at, int window, PrintStream out)
      throws Exception {
    RocksDB.loadLibrary();
    Path dir = Files.createTempDirectory("newsflow-decision-");
    NewsflowConfig config = NewsflowConfig.defaults();
    try (Store canonicals = new Store(dir.resolve("canonicals"));
        Store bands = new Store(dir.resolve("bands"));
        Store stories = new Store(dir.resolve("stories"));
        Store storyKeys = new Store(dir.resolve("story-keys"))) {
      Run run =
          new Run(
              new NearDuplicateIndex(
                  canonicals,
                  bands,
                  config.getDouble("enrich.dedup.jaccard"),
                  config.getDouble("enrich.dedup.containment"),
                  Long.MAX_VALUE),
              new StoryIndex(
                  stories,
                  storyKeys,
                  config.getDouble("enrich.story.similarity"),
                  config.getLong("enrich.story.window.ms")),
              at,
              window,
              dir,
              out);
      run.go();
      return run.results;
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static final class Run {
    final NearDuplicateIndex index;
    final StoryIndex stories;
    final List<Integer> at;
    final int window;
    final Path dir;
    final PrintStream out;
    final List<Map<String, Object>> results = new ArrayList<>();
    final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int held;

    /** Every decision (the canonical a copy matched, the story a report joined), hashed. */
    long digest = 17;

    int next; // index into at
    boolean timing;
    long cpuNs;
    final long[] partNs = new long[3]; // of cpuNs: lookup, story, filing
    int decisions;
    int copies;
    int caught;
    int wrong;
    long lookups0;
    long judged0;

    Run(
        NearDuplicateIndex index,
        StoryIndex stories,
        List<Integer> at,
        int window,
        Path dir,
        PrintStream out) {
      this.out = out;
      this.index = index;
      this.stories = stories;
      this.at = at;
      this.window = window;
      this.dir = dir;
    }

    void go() {
      out.printf(
          "%12s  %14s  %20s  %14s  %12s  %9s  %9s  %s%n",
          "canonicals",
          "CPU us/decision",
          "lookup/story/filing",
          "decisions/CPU-s",
          "cands/lookup",
          "heap MB",
          "disk MB",
          "copies caught in the window");
      int max = at.get(at.size() - 1);
      int[] seq = {0};
      BiConsumer<Corpus.Page, String> decide =
          (page, text) -> {
            if (next >= at.size()) {
              return;
            }
            String id = "g" + page.group() + "-" + seq[0]++;
            Fingerprinter.Fingerprint fp = Fingerprinter.of(text);
            if (!timing && held >= at.get(next)) {
              start();
            }
            EnrichedArticle a = article(id, page, text);
            long eventTime = T0 + seq[0] * 100L; // ten reports a second
            long t0 = cpu();
            Optional<NearDuplicateIndex.Match> m = index.find(id, fp, DedupEntry.UNDATED);
            long t1 = cpu();
            part(0, t0, t1);
            if (m.isPresent()) {
              DedupEntry canonical = m.get().canonical();
              digest = digest * 31 + canonical.id().hashCode();
              index.countDuplicate(canonical, 0);
              long t2 = cpu();
              part(2, t1, t2);
              stories.addCopy(
                  canonical.storyId(),
                  DuplicateNotice.newBuilder()
                      .setId(id)
                      .setUrl(page.url())
                      .setSource(page.source())
                      .setCanonicalId(canonical.id())
                      .setCanonicalUrl(canonical.url())
                      .setSimilarity(m.get().similarity())
                      .setMethod(m.get().method())
                      .setDetectedAt(Instant.ofEpochMilli(eventTime))
                      .build(),
                  eventTime,
                  eventTime);
              part(1, t2, cpu());
            } else {
              String storyId = stories.join(a, eventTime, eventTime).getId();
              digest = digest * 31 + storyId.hashCode();
              long t2 = cpu();
              part(1, t1, t2);
              index.add(
                  new DedupEntry(
                      id,
                      page.url(),
                      fp.signature(),
                      fp.lead(),
                      fp.shingles(),
                      0,
                      0,
                      DedupEntry.UNDATED,
                      storyId,
                      fp.exact()));
              part(2, t2, cpu());
              held++;
              if (held % 50_000 == 0) {
                out.printf("  filing: %d canonicals held%n", held);
              }
            }
            if (timing) {
              cpuNs += threads.getCurrentThreadCpuTime() - t0;
              decisions++;
              if (!page.kind().equals("original")) {
                copies++;
              }
              if (m.isPresent()) {
                if (group(m.get().canonical().id()) == page.group()) {
                  caught++;
                } else {
                  wrong++;
                }
              }
              if (decisions == window) {
                report();
              }
            }
          };
      // copies make up about 30 % of the pages: enough pages to hold the largest size, then a
      // window
      new Corpus(11, 0.3).generate((int) (max / 0.65) + 2 * window, decide);
    }

    long cpu() {
      return timing ? threads.getCurrentThreadCpuTime() : 0;
    }

    void part(int i, long from, long to) {
      partNs[i] += to - from;
    }

    void start() {
      timing = true;
      cpuNs = 0;
      Arrays.fill(partNs, 0);
      decisions = copies = caught = wrong = 0;
      lookups0 = lookups();
      judged0 = judged();
    }

    void report() {
      timing = false;
      long lookups = lookups() - lookups0;
      long judged = judged() - judged0;
      System.gc();
      long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
      double judgedPerLookup = lookups0 < 0 ? -1 : (double) judged / Math.max(1, lookups);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("canonicals", at.get(next));
      r.put("cpuUsPerDecision", round1(cpuNs / 1e3 / decisions));
      r.put("lookupUs", round1(partNs[0] / 1e3 / decisions));
      r.put("storyUs", round1(partNs[1] / 1e3 / decisions));
      r.put("filingUs", round1(partNs[2] / 1e3 / decisions));
      r.put("decisionsPerCpuSecond", Math.round(decisions / (cpuNs / 1e9)));
      r.put("canonicalsJudgedPerLookup", round1(judgedPerLookup));
      r.put("heapMb", heap >> 20);
      r.put("diskMb", diskBytes(dir) >> 20);
      r.put("copies", copies);
      r.put("caught", caught);
      r.put("wrong", wrong);
      // equal digests: two builds took the same near-duplicate and story decisions
      r.put("decisionsDigest", String.format("%016x", digest));
      results.add(r);
      out.printf(
          "%12d  %14.1f  %20s  %14.0f  %12s  %9d  %9d  %d of %d, %d wrong%n",
          at.get(next),
          cpuNs / 1e3 / decisions,
          String.format(
              "%.0f/%.0f/%.0f",
              partNs[0] / 1e3 / decisions,
              partNs[1] / 1e3 / decisions,
              partNs[2] / 1e3 / decisions),
          decisions / (cpuNs / 1e9),
          judgedPerLookup < 0 ? "n/a" : String.format("%.1f", judgedPerLookup),
          heap >> 20,
          diskBytes(dir) >> 20,
          caught,
          copies,
          wrong);
      out.printf("  every decision so far, hashed: %016x%n", digest);
      next++;
    }

    /** Lookups so far; -1 for a build whose index does not count them. */
    long lookups() {
      try {
        return index.lookups();
      } catch (NoSuchMethodError e) {
        return -1;
      }
    }

    long judged() {
      try {
        return index.candidatesJudged();
      } catch (NoSuchMethodError e) {
        return -1;
      }
    }
  }

  static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  static final long T0 = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();

  /**
   * The decision's input as enrich makes it, without the tagging (stories weigh entities too, but
   * the cost of reading and writing a story does not depend on them).
   */
  static EnrichedArticle article(String id, Corpus.Page page, String text) {
    int cut = text.indexOf("\n\n");
    return EnrichedArticle.newBuilder()
        .setId(id)
        .setParentId(id)
        .setUrl(page.url())
        .setSource(page.source())
        .setTitle(cut < 0 ? "" : text.substring(0, cut))
        .setText(cut < 0 ? text : text.substring(cut + 2))
        .setLanguage("en")
        .setFetchedAt(Instant.ofEpochMilli(T0))
        .setDedup(DedupInfo.newBuilder().setFingerprint(id).setMethod("exact-sha256").build())
        .build();
  }

  static int group(String id) {
    return Integer.parseInt(id.substring(1, id.indexOf('-')));
  }

  static long diskBytes(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * A RocksDB store set up as Kafka Streams sets up its own: 50 MB block cache, 4 KB blocks, bloom
   * filter, 16 MB write buffers (3), no compression, universal compaction, and no write-ahead log
   * (a store's durability is its changelog).
   */
  static final class Store implements Kv<byte[]>, AutoCloseable {
    private final LRUCache cache = new LRUCache(50L << 20);
    private final BloomFilter filter = new BloomFilter();
    private final Options options;
    private final WriteOptions write = new WriteOptions().setDisableWAL(true);
    private final RocksDB db;

    Store(Path dir) throws RocksDBException, IOException {
      Files.createDirectories(dir);
      options =
          new Options()
              .setCreateIfMissing(true)
              .setWriteBufferSize(16L << 20)
              .setMaxWriteBufferNumber(3)
              .setCompressionType(CompressionType.NO_COMPRESSION)
              .setCompactionStyle(CompactionStyle.UNIVERSAL)
              .setIncreaseParallelism(Math.max(Runtime.getRuntime().availableProcessors(), 2))
              .setTableFormatConfig(
                  new BlockBasedTableConfig()
                      .setBlockCache(cache)
                      .setBlockSize(4096)
                      .setFilterPolicy(filter));
      db = RocksDB.open(options, dir.toString());
    }

    @Override
    public byte[] get(String key) {
      try {
        return db.get(key.getBytes(UTF_8));
      } catch (RocksDBException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void put(String key, byte[] value) {
      try {
        db.put(write, key.getBytes(UTF_8), value);
      } catch (RocksDBException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void delete(String key) {
      try {
        db.delete(write, key.getBytes(UTF_8));
      } catch (RocksDBException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void forEach(BiConsumer<String, byte[]> visitor) {
      List<byte[][]> all = new ArrayList<>();
      try (RocksIterator it = db.newIterator()) {
        for (it.seekToFirst(); it.isValid(); it.next()) {
          all.add(new byte[][] {it.key(), it.value()});
        }
      }
      all.forEach(kv -> visitor.accept(new String(kv[0], UTF_8), kv[1]));
    }

    @Override
    public void close() {
      db.close();
      write.close();
      options.close();
      filter.close();
      cache.close();
    }
  }
}
