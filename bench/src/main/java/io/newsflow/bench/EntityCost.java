package io.newsflow.bench;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.ner.NerTagger;
import io.newsflow.enrich.ner.Tokens;
import io.newsflow.enrich.tag.WatchlistTagger;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The entity step's CPU time per article, robust to a shared machine: the thread's CPU time (not
 * the wall clock) of {@code ArticleEnricher.entities} and of the NER model alone on {@link
 * EnrichBench}'s 5 KB text, a fresh copy per call, alternated in 15 rounds after 5 warm-up rounds;
 * the median is reported as CPU microseconds per article and tokens per CPU-second. Usage: {@code
 * EntityCost} from the repository root (it reads samples/).
 */
public final class EntityCost {
  private EntityCost() {}

  public static void main(String[] args) throws Exception {
    EnrichBench b = new EnrichBench();
    b.setup();
    String text = b.text5k;
    int tokens = 0;
    for (var sentence : Tokens.sentences(text)) {
      tokens += sentence.size();
    }
    ArticleEnricher enricher = new ArticleEnricher();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    List<Double> step = new ArrayList<>();
    List<Double> model = new ArrayList<>();
    long sink = 0;
    int perRound = 500;
    for (int round = 0; round < 20; round++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < perRound; i++) {
        sink +=
            enricher.entities("", new String(text), WatchlistTagger.EMPTY, "en").entities().size();
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < perRound; i++) {
        sink += NerTagger.shipped().tag(new String(text)).size();
      }
      long t2 = cpu.getCurrentThreadCpuTime();
      if (round >= 5) {
        step.add((t1 - t0) / 1e3 / perRound);
        model.add((t2 - t1) / 1e3 / perRound);
      }
    }
    double s = ThreadCpu.median(step);
    double m = ThreadCpu.median(model);
    System.out.printf(
        Locale.ROOT,
        "entity step: %.0f CPU us per %d-token article (%.2f M tokens per CPU-second; range %.0f-%.0f);"
            + " NER model alone %.0f us (%.2f M/s) [%d]%n",
        s,
        tokens,
        tokens / s,
        step.get(0),
        step.get(step.size() - 1),
        m,
        tokens / m,
        sink % 10);
  }
}
