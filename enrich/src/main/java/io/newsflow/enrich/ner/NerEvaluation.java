package io.newsflow.enrich.ner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * conlleval-style scoring of a tagger on CoNLL documents: each document's tokens are joined by
 * spaces, one sentence a line, the tagger reads that text, and its names are compared with the gold
 * names as exact character spans and types. Precision, recall and F1 per type and micro-averaged
 * over the types scored; tokens per CPU-second of the tagging alone.
 */
public final class NerEvaluation {
  /** A name in a document's text. */
  public record Span(int start, int end, String type) {}

  /** Counts per type. */
  public static final class Counts {
    public int tp;
    public int fp;
    public int fn;

    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The result: per type (and "micro"), plus speed. */
  public record Result(Map<String, Counts> byType, long tokens, long cpuNanos) {
    public Counts micro() {
      return byType.get("micro");
    }

    public double tokensPerCpuSecond() {
      return cpuNanos == 0 ? 0 : tokens / (cpuNanos / 1e9);
    }

    public String report() {
      StringBuilder sb = new StringBuilder();
      for (Map.Entry<String, Counts> e : byType.entrySet()) {
        Counts c = e.getValue();
        sb.append(
            String.format(
                Locale.ROOT,
                "%-6s precision %6.2f  recall %6.2f  F1 %6.2f  (tp %d, fp %d, fn %d)%n",
                e.getKey(),
                100 * c.precision(),
                100 * c.recall(),
                100 * c.f1(),
                c.tp,
                c.fp,
                c.fn));
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "tokens %d, %.0f tokens per CPU-second of tagging on this first pass (JIT not yet"
                  + " done)%n",
              tokens,
              tokensPerCpuSecond()));
      return sb.toString();
    }
  }

  private NerEvaluation() {}

  public static Result run(
      List<Conll.Doc> docs, List<String> types, Function<String, List<Span>> tagger) {
    return run(docs, types, tagger, null);
  }

  /** As above; {@code errors}, when given, receives one line per wrong or missed name. */
  public static Result run(
      List<Conll.Doc> docs,
      List<String> types,
      Function<String, List<Span>> tagger,
      List<String> errors) {
    if (!docs.isEmpty()) {
      tagger.apply(
          "Warm up London 1996-08-30 Reuters John Smith said."); // loading and JIT are not tagging
      // speed
    }
    Map<String, Counts> byType = new LinkedHashMap<>();
    types.forEach(t -> byType.put(t, new Counts()));
    Counts micro = new Counts();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long nanos = 0;
    long tokens = 0;
    for (Conll.Doc d : docs) {
      Scored doc = document(d, types);
      String text = doc.text();
      Set<Span> gold = doc.gold();
      tokens += doc.tokens();
      long t0 = cpu.getCurrentThreadCpuTime();
      List<Span> found = tagger.apply(text);
      nanos += cpu.getCurrentThreadCpuTime() - t0;
      Set<Span> predicted = new HashSet<>();
      for (Span sp : found) {
        if (types.contains(sp.type())) {
          predicted.add(sp);
        }
      }
      for (Span p : predicted) {
        Counts c = byType.get(p.type());
        if (gold.contains(p)) {
          c.tp++;
          micro.tp++;
        } else {
          c.fp++;
          micro.fp++;
          if (errors != null) {
            errors.add(
                "wrong   "
                    + p.type()
                    + "\t"
                    + text.substring(p.start(), p.end())
                    + "\t"
                    + goldAt(gold, p, text));
          }
        }
      }
      for (Span g : gold) {
        if (!predicted.contains(g)) {
          if (errors != null) {
            errors.add("missed  " + g.type() + "\t" + text.substring(g.start(), g.end()));
          }
          byType.get(g.type()).fn++;
          micro.fn++;
        }
      }
    }
    byType.put("micro", micro);
    return new Result(byType, tokens, nanos);
  }

  /** A document as the tagger reads it: its text, its gold names, its token count. */
  private record Scored(String text, Set<Span> gold, int tokens) {}

  /** Tokens joined by spaces, one sentence a line; gold names as character spans. */
  private static Scored document(Conll.Doc d, List<String> types) {
    StringBuilder text = new StringBuilder();
    Set<Span> gold = new HashSet<>();
    int tokens = 0;
    for (Conll.Sentence s : d.sentences()) {
      int[] starts = new int[s.tokens().length];
      for (int i = 0; i < s.tokens().length; i++) {
        if (i > 0) {
          text.append(' ');
        }
        starts[i] = text.length();
        text.append(s.tokens()[i]);
      }
      for (int[] sp : Conll.spans(s.tags(), types)) {
        gold.add(
            new Span(
                starts[sp[0]],
                starts[sp[1] - 1] + s.tokens()[sp[1] - 1].length(),
                types.get(sp[2])));
      }
      text.append('\n');
      tokens += s.tokens().length;
    }
    return new Scored(text.toString(), gold, tokens);
  }

  /**
   * Tokens per CPU-second of a warm tagger, as a running pipeline tags: the whole set tagged again
   * and again (at least twice, until about {@code budgetNanos} of CPU), the median of the later
   * half of the passes reported. The scoring pass alone also pays for class loading and JIT
   * compilation.
   */
  public static double warmTokensPerCpuSecond(
      List<Conll.Doc> docs, Function<String, List<Span>> tagger, long budgetNanos) {
    List<String> texts = new ArrayList<>();
    long tokens = 0;
    for (Conll.Doc d : docs) {
      Scored doc = document(d, List.of());
      texts.add(doc.text());
      tokens += doc.tokens();
    }
    if (tokens == 0) {
      return 0;
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    List<Long> passes = new ArrayList<>();
    long spent = 0;
    long sink = 0;
    while (passes.size() < 2 || spent < budgetNanos && passes.size() < 1000) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (String t : texts) {
        sink += tagger.apply(t).size();
      }
      long took = cpu.getCurrentThreadCpuTime() - t0;
      passes.add(took);
      spent += took;
    }
    // the later half: the first passes still run code the JIT has not compiled yet
    List<Long> later = new ArrayList<>(passes.subList(passes.size() / 2, passes.size()));
    later.sort(null);
    long median = later.get(later.size() / 2);
    return sink < 0 || median == 0 ? 0 : tokens / (median / 1e9);
  }

  private static String goldAt(Set<Span> gold, Span p, String text) {
    for (Span g : gold) {
      if (g.start() < p.end() && p.start() < g.end()) {
        return "gold: " + g.type() + " " + text.substring(g.start(), g.end());
      }
    }
    return "gold: none";
  }

  /** The model alone, as a tagger for {@link #run}. */
  public static Function<String, List<Span>> model(NerTagger t) {
    return text -> {
      List<Span> out = new ArrayList<>();
      for (NerTagger.Mention m : t.tag(text)) {
        out.add(new Span(m.start(), m.end(), m.type()));
      }
      return out;
    };
  }
}
