package io.newsflow.bench;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.extract.Extractor;
import io.newsflow.enrich.ner.NerTagger;
import io.newsflow.enrich.tag.LanguageDetector;
import io.newsflow.enrich.tag.WatchlistTagger;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The entity step's CPU time per article, robust to a shared machine: the thread's CPU time (not
 * the wall clock) of {@code ArticleEnricher.entities} and of the NER model alone on {@link
 * EnrichBench}'s 5 KB text, a fresh copy per call, alternated in 15 rounds after 30 warm-up rounds
 * of 500 calls; the median is reported as CPU microseconds per article and tokens per CPU-second.
 * The warm-up is that long because on two cores the JIT's queue for the step's many methods drains
 * slowly: a round's time falls until about the 20th (3,200 -> 1,050 us at the 8th -> 840 at the
 * 20th on a quiet host), so fewer warm-up rounds time the compiler's backlog, not the step a
 * running pipeline pays; the first and last warm-up rounds are printed so that shows. Then the same
 * step over a stream of distinct texts (the English originals of the bench corpus), as a running
 * pipeline meets them: one text tagged again and again keeps its words' model rows and list entries
 * in the CPU's cache, which a stream does not. Usage: {@code EntityCost [warm-up rounds]} from the
 * repository root (it reads samples/).
 */
public final class EntityCost {
  private EntityCost() {}

  public static void main(String[] args) throws Exception {
    EnrichBench b = new EnrichBench();
    b.setup();
    String text = b.text5k;
    int tokens = EnrichBench.tokens(text);
    ArticleEnricher enricher = new ArticleEnricher();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    List<Double> step = new ArrayList<>();
    List<Double> model = new ArrayList<>();
    long sink = 0;
    int perRound = 500;
    int warmRounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    List<Double> warm = new ArrayList<>();
    for (int round = 0; round < warmRounds + 15; round++) {
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
      if (round >= warmRounds) {
        step.add((t1 - t0) / 1e3 / perRound);
        model.add((t2 - t1) / 1e3 / perRound);
      } else {
        warm.add((t1 - t0) / 1e3 / perRound);
      }
    }
    double s = ThreadCpu.median(step);
    double m = ThreadCpu.median(model);
    String stream = stream(enricher, cpu);
    System.out.printf(
        Locale.ROOT,
        "entity step: %.0f CPU us per %d-token article (%.2f M tokens per CPU-second; range %.0f-%.0f);"
            + " NER model alone %.0f us (%.2f M/s); warm-up rounds %s [%d]%n",
        s,
        tokens,
        tokens / s,
        java.util.Collections.min(step),
        java.util.Collections.max(step),
        m,
        tokens / m,
        warm.isEmpty()
            ? "none"
            : String.format(
                Locale.ROOT,
                "1st %.0f us, %dth %.0f us",
                warm.get(0),
                warm.size(),
                warm.get(warm.size() - 1)),
        sink % 10);
    System.out.println(stream);
  }

  /** The entity step over the bench corpus's distinct English texts: 7 passes, the median of 5. */
  private static String stream(ArticleEnricher enricher, ThreadMXBean cpu) {
    Extractor extractor = new Extractor();
    List<String> texts = new ArrayList<>();
    long tokens = 0;
    for (Corpus.Page p : new Corpus(42, 0.3).pages(1500)) {
      if (!p.kind().equals("original")) {
        continue; // copies would repeat their original's words
      }
      for (var a : extractor.extract(p.contentType(), p.body())) {
        if (LanguageDetector.detect(a.text()).equals("en")) {
          texts.add(a.text());
          tokens += EnrichBench.tokens(a.text());
        }
      }
    }
    List<Double> passes = new ArrayList<>();
    long sink = 0;
    for (int pass = 0; pass < 7; pass++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (String t : texts) {
        sink += enricher.entities("", new String(t), WatchlistTagger.EMPTY, "en").entities().size();
      }
      if (pass >= 2) {
        passes.add((cpu.getCurrentThreadCpuTime() - t0) / 1e3);
      }
    }
    double us = ThreadCpu.median(passes);
    return String.format(
        Locale.ROOT,
        "entity step over a stream of %d distinct English texts (%d tokens): %.0f CPU us per text,"
            + " %.2f M tokens per CPU-second [%d]",
        texts.size(),
        tokens,
        us / texts.size(),
        tokens / us,
        sink % 10);
  }
}
