package io.newsflow.enrich.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains the NER model: an averaged perceptron (Collins 2002), greedy decoding with the tagger's
 * own previous decisions as history, several passes over the documents in a seeded shuffled order.
 * A share of training sentences is also seen written in capitals, so all-caps headlines and
 * datelines are read by context and the lists rather than by case. Deterministic: the same data,
 * seed and settings give the same model.
 */
public final class NerTrainer {
  /**
   * Training settings. {@code runs} models are trained with the seeds {@code seed}, {@code seed +
   * 1}, ... (each its own shuffling, capitals and generated documents) and their weights averaged:
   * one run's seed moves a dev split's F1 by up to 3 points, the average of eight by far less, and
   * it scored a point higher on the mean of the seven dev splits (README, "The NER model").
   */
  public record Settings(
      int bits, int epochs, long seed, double capsShare, int syntheticDocs, int runs) {
    public Settings(int bits, int epochs, long seed, double capsShare) {
      this(bits, epochs, seed, capsShare, 0, 1);
    }

    public Settings {
      if (runs < 1) {
        throw new IllegalArgumentException("runs must be at least 1, not " + runs);
      }
    }

    public static Settings defaults() {
      return new Settings(17, 4, 42L, 0.08, SYNTHETIC_DOCS, 8);
    }

    Settings run(int r) {
      return new Settings(bits, epochs, seed + r, capsShare, syntheticDocs, 1);
    }
  }

  /** Generated wire-copy documents added to the training data by default ({@link NerSynthetic}). */
  public static final int SYNTHETIC_DOCS = 300;

  private NerTrainer() {}

  /** A sentence ready for training: static features per token, gold labels. */
  private record Example(int[][] feats, int[] counts, int[] gold) {}

  public static NerModel train(
      List<Conll.Doc> given, Settings s, NerLexicon lex, Consumer<String> progress) {
    if (s.runs() == 1) {
      return trainOnce(given, s, lex, progress);
    }
    NerModel avg = new NerModel(s.bits());
    for (int r = 0; r < s.runs(); r++) {
      progress.accept(
          String.format(Locale.ROOT, "run %d of %d (seed %d)", r + 1, s.runs(), s.run(r).seed()));
      NerModel m = trainOnce(given, s.run(r), lex, progress);
      for (int i = 0; i < avg.w.length; i++) {
        avg.w[i] += m.w[i] / s.runs();
      }
    }
    return avg;
  }

  private static NerModel trainOnce(
      List<Conll.Doc> given, Settings s, NerLexicon lex, Consumer<String> progress) {
    List<Conll.Doc> docs = new ArrayList<>(given);
    if (s.syntheticDocs() > 0) {
      docs.addAll(NerSynthetic.generate(s.syntheticDocs(), s.seed()));
    }
    Random rnd = new Random(s.seed());
    List<List<Example>> data = new ArrayList<>();
    long tokens = 0;
    for (Conll.Doc d : docs) {
      List<String[]> sents = new ArrayList<>();
      List<int[]> golds = new ArrayList<>();
      for (Conll.Sentence st : d.sentences()) {
        boolean up = rnd.nextDouble() < s.capsShare();
        String[] toks = st.tokens().clone();
        if (up) {
          for (int i = 0; i < toks.length; i++) {
            toks[i] = toks[i].toUpperCase(Locale.ROOT);
          }
        }
        sents.add(toks);
        golds.add(labels(st.tags()));
      }
      boolean[] caps = new boolean[sents.size()];
      List<int[]> lower = new ArrayList<>();
      List<int[]> exact = new ArrayList<>();
      for (int i = 0; i < sents.size(); i++) {
        int n = sents.get(i).length;
        int[] lw = new int[n];
        int[] e = new int[n];
        caps[i] = NerFeatures.hashesAndCaps(sents.get(i), lw, e, new boolean[n]);
        lower.add(lw);
        exact.add(e);
      }
      LongIntMap casing = NerFeatures.documentCasing(sents, lower, caps);
      List<Example> ex = new ArrayList<>();
      for (int i = 0; i < sents.size(); i++) {
        String[] toks = sents.get(i);
        int[][] f = new int[toks.length][NerFeatures.MAX_STATIC];
        int[] n = new int[toks.length];
        NerFeatures.sentence(toks, lower.get(i), exact.get(i), caps[i], casing, lex, f, n);
        for (int t = 0; t < toks.length; t++) {
          f[t] = Arrays.copyOf(f[t], n[t]);
        }
        ex.add(new Example(f, n, golds.get(i)));
        tokens += toks.length;
      }
      data.add(ex);
    }
    progress.accept(
        String.format(
            Locale.ROOT,
            "training on %d documents (%d of them generated), %d tokens, %d epochs, "
                + "2^%d buckets",
            docs.size(),
            s.syntheticDocs(),
            tokens,
            s.epochs(),
            s.bits()));
    NerModel m = new NerModel(s.bits());
    int size = m.w.length;
    double[] totals = new double[size];
    int[] stamp = new int[size];
    int t = 0;
    int L = NerModel.L;
    int[] dyn = new int[NerFeatures.DYNAMIC];
    for (int epoch = 0; epoch < s.epochs(); epoch++) {
      Collections.shuffle(data, rnd);
      long errors = 0;
      for (List<Example> doc : data) {
        NerModel.History history = new NerModel.History();
        for (Example e : doc) {
          int len = e.gold().length;
          int[] tags = new int[len];
          for (int i = 0; i < len; i++) {
            t++;
            NerModel.dynamic(
                dyn, i > 0 ? tags[i - 1] : L, i > 1 ? tags[i - 2] : L, e.feats()[i], history);
            int guess = m.predict(e.feats()[i], e.feats()[i].length, dyn, i > 0 ? tags[i - 1] : 0);
            int gold = e.gold()[i];
            if (guess != gold) {
              errors++;
              update(m, totals, stamp, t, e.feats()[i], gold, guess);
              update(m, totals, stamp, t, dyn, gold, guess);
            }
            tags[i] = guess;
            history.saw(e.feats()[i], guess);
          }
        }
      }
      progress.accept(
          String.format(
              Locale.ROOT,
              "epoch %d: %.2f %% of tokens wrong",
              epoch + 1,
              100.0 * errors / Math.max(1, tokens)));
    }
    // the average of the weights over every step, which generalises far better than the last
    // weights
    for (int i = 0; i < size; i++) {
      totals[i] += (double) (t - stamp[i]) * m.w[i];
      m.w[i] = (float) (totals[i] / t);
    }
    return m;
  }

  private static void update(
      NerModel m, double[] totals, int[] stamp, int t, int[] f, int gold, int guess) {
    for (int k = 0; k < f.length; k++) {
      int base = (f[k] & m.mask) * NerModel.L;
      bump(m, totals, stamp, t, base + gold, 1f);
      bump(m, totals, stamp, t, base + guess, -1f);
    }
  }

  private static void bump(NerModel m, double[] totals, int[] stamp, int t, int i, float by) {
    totals[i] += (double) (t - stamp[i]) * m.w[i];
    stamp[i] = t;
    m.w[i] += by;
  }

  static int[] labels(String[] tags) {
    int[] out = new int[tags.length];
    for (int i = 0; i < tags.length; i++) {
      int l = Arrays.asList(NerModel.LABELS).indexOf(tags[i]);
      out[i] = Math.max(0, l); // a type the model does not know is O
    }
    return out;
  }

  /** Reads the training files, trains, writes the model; returns what was read. */
  public static List<Conll.Doc> trainFiles(
      List<Path> files, Settings s, Path out, Consumer<String> progress) throws IOException {
    List<Conll.Doc> docs = new ArrayList<>();
    for (Path p : files) {
      docs.addAll(Conll.read(p));
    }
    NerModel m = train(docs, s, NerLexicon.shipped(), progress);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream os = Files.newOutputStream(out)) {
      m.write(os);
    }
    progress.accept("model written to " + out + " (" + Files.size(out) / 1024 + " KiB)");
    return docs;
  }
}
