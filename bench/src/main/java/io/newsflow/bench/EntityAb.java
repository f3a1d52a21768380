package io.newsflow.bench;

import io.newsflow.enrich.ArticleEnricher;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The entity step of this build against a baseline build, in one JVM: each build's enrich classes
 * in a class loader of its own (over the same libraries), the two called in turn on {@link
 * EnrichBench}'s 5 KB text, the thread's CPU time per call. Two JVMs run one after the other meet
 * different moments of a shared host and differ by 5-10 % on their own; calls interleaved in one
 * process meet the same moments, so their ratio shows a change of a few per cent (the same build
 * against itself: 1.01). The absolute times are higher than {@link EntityCost}'s: the two builds'
 * model weights and lists share the CPU's caches; the ratio is the figure. Usage, from the
 * repository root (it reads samples/), with the baseline built in a worktree:
 *
 * <pre>
 * git worktree add /tmp/base REV && (cd /tmp/base && mvn -q package -DskipTests -pl enrich -am)
 * java -cp "bench/target/classes:bench/target/lib/*" io.newsflow.bench.EntityAb /tmp/base/enrich/target/classes
 * </pre>
 */
public final class EntityAb {
  private EntityAb() {}

  /** One build's {@code ArticleEnricher.entities}, loaded apart. */
  private record Build(Object enricher, Object noWatchlist, Method entities) {
    static Build load(URL enrichClasses, ClassLoader libraries)
        throws ReflectiveOperationException {
      ClassLoader loader = new URLClassLoader(new URL[] {enrichClasses}, libraries);
      Class<?> enricher = loader.loadClass(ArticleEnricher.class.getName());
      Class<?> watchlist = loader.loadClass("io.newsflow.enrich.tag.WatchlistTagger");
      return new Build(
          enricher.getConstructor().newInstance(),
          watchlist.getField("EMPTY").get(null),
          enricher.getMethod("entities", String.class, String.class, watchlist, String.class));
    }

    int tag(String text) throws ReflectiveOperationException {
      return entities.invoke(enricher, "", new String(text), noWatchlist, "en").hashCode();
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: EntityAb BASELINE_ENRICH_CLASSES_OR_JAR [ROUNDS (default 40)]");
      System.exit(2);
    }
    File baseline = new File(args[0]);
    if (!baseline.exists()) {
      System.err.println("no baseline build at " + baseline + " (see the class comment)");
      System.exit(2);
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    // this build's enrich jar and the libraries beside it, without enrich itself
    File current =
        new File(ArticleEnricher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<URL> libs = new ArrayList<>();
    File[] jars = current.getParentFile().listFiles((d, n) -> n.endsWith(".jar"));
    for (File f : jars == null ? new File[0] : jars) {
      if (!f.getName().startsWith("newsflow-enrich")) {
        libs.add(f.toURI().toURL());
      }
    }
    ClassLoader libraries =
        new URLClassLoader(libs.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    Build[] builds = {
      Build.load(baseline.toURI().toURL(), libraries),
      Build.load(current.toURI().toURL(), libraries)
    };
    EnrichBench b = new EnrichBench();
    b.setup();
    String text = b.text5k;
    int tokens = EnrichBench.tokens(text);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    List<List<Double>> times = List.of(new ArrayList<>(), new ArrayList<>());
    long sink = 0;
    int perRound = 300;
    for (int r = 0; r < rounds; r++) {
      for (int turn = 0; turn < 2; turn++) {
        int k = r % 2 == 0 ? turn : 1 - turn; // each build goes first every other round
        long t0 = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < perRound; i++) {
          sink += builds[k].tag(text);
        }
        if (r >= 6) { // the first rounds warm both builds up
          times.get(k).add((cpu.getCurrentThreadCpuTime() - t0) / 1e3 / perRound);
        }
      }
    }
    double base = ThreadCpu.median(times.get(0));
    double main = ThreadCpu.median(times.get(1));
    System.out.printf(
        Locale.ROOT,
        "entity step, %d-token article, one JVM, %d interleaved rounds: baseline %.0f CPU us"
            + " (%.2f M tokens per CPU-second), this build %.0f (%.2f M); this/baseline %.3f [%d]%n",
        tokens,
        times.get(0).size(),
        base,
        tokens / base,
        main,
        tokens / main,
        main / base,
        sink & 7);
  }
}
