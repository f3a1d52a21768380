package io.newsflow.bench;

import io.newsflow.avro.RawArticle;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.TaggingMemo;
import io.newsflow.ingest.RawArticleFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the tagging memo saves ({@link TaggingMemo}, {@code enrich.tagging.memo}): enrich's whole
 * per-page work ({@code ArticleEnricher.enrich}: extraction, language, categories, entities, exact
 * fingerprint) over the bench corpus, with a memo of the default size and without one, alternated
 * for 7 rounds after 2 warm-up rounds, in the thread's CPU time; the median of each is reported as
 * CPU ms per page, with the share of pages whose tagging the memo held. Usage: {@code java -cp
 * "bench/target/classes:bench/target/lib/*" io.newsflow.bench.MemoCost [--pages N]}.
 */
public final class MemoCost {
  private MemoCost() {}

  public static void main(String[] args) {
    int pages = 3000;
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--pages")) {
        pages = Integer.parseInt(args[i + 1]);
      }
    }
    // pages as ingest makes them, the way StageBench does
    RawArticleFactory factory = new RawArticleFactory(Clock.systemUTC(), 10_000_000, false);
    List<RawArticle> raws = new ArrayList<>();
    for (Corpus.Page p : new Corpus(42, 0.3).pages(pages)) {
      raws.add(((RawArticleFactory.Accepted) factory.check(StageBench.doc(p))).article());
    }
    int capacity = Math.toIntExact(NewsflowConfig.defaults().getLong("enrich.tagging.memo"));
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    List<Double> with = new ArrayList<>();
    List<Double> without = new ArrayList<>();
    long reused = 0;
    long texts = 0;
    for (int round = 0; round < 9; round++) {
      for (boolean memo : new boolean[] {false, true}) {
        TaggingMemo m = memo ? new TaggingMemo(capacity) : TaggingMemo.NONE;
        ArticleEnricher e = new ArticleEnricher(m);
        long t0 = cpu.getCurrentThreadCpuTime();
        for (RawArticle r : raws) {
          e.enrich(r);
        }
        double ms = (cpu.getCurrentThreadCpuTime() - t0) / 1e6 / raws.size();
        if (round >= 2) {
          (memo ? with : without).add(ms);
        }
        if (memo) {
          reused = m.reused();
          texts = m.reused() + m.tagged();
        }
      }
    }
    double a = ThreadCpu.median(without);
    double b = ThreadCpu.median(with);
    System.out.printf(
        Locale.ROOT,
        "enrich per page over %d bench pages: %.3f CPU ms without the memo, %.3f with it (%.2f);"
            + " %d of %d texts (%.1f %%) read their tagging from the memo%n",
        raws.size(),
        a,
        b,
        b / a,
        reused,
        texts,
        100.0 * reused / Math.max(1, texts));
  }
}
