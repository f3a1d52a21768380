package io.newsflow.enrich.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A greedy left-to-right averaged-perceptron tagger over BIO labels for PER, ORG, LOC and MISC,
 * with hashed features ({@link NerFeatures}): one weight row per feature bucket, one column per
 * label. Decoding costs one row read per feature per token and never builds a feature string.
 */
public final class NerModel {
  public static final String[] LABELS = {
    "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"
  };
  public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");
  static final int L = LABELS.length;
  private static final int MAGIC = 0x4E464E52; // "NFNR"

  /** Bumped whenever the features change: a model only fits the features it was trained with. */
  private static final int VERSION = 5;

  final int bits;
  final int mask;
  final float[] w;

  NerModel(int bits) {
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.w = new float[(1 << bits) * L];
  }

  /** An I- label may only continue an entity of its own type. */
  static boolean allowed(int prev, int label) {
    if (label == 0 || (label & 1) == 1) {
      return true; // O and B-*
    }
    return prev == label || prev == label - 1;
  }

  /**
   * Labels for one sentence of a document. A token after a non-name that starts in lower case or
   * with punctuation is labelled O unscored: names start with neither (on the 990 pages of the open
   * extraction data the model put 0.9 % of the lower-case ones in a name, code and German nouns; in
   * three NER test splits 5 of 7,137), and most of a text's tokens are such tokens.
   */
  int[] decode(NerFeatures.Sentence sentence, boolean[] outside, int[] f, History history) {
    int len = sentence.toks.length;
    int[] tags = new int[len];
    int[] dyn = new int[NerFeatures.DYNAMIC];
    for (int i = 0; i < len; i++) {
      int prev = i > 0 ? tags[i - 1] : 0;
      if (prev == 0 && outside[i]) { // NerFeatures.outsideNames, found with its hashes
        history.saw(NerFeatures.wordFeature(sentence.lw[i]), 0);
        continue;
      }
      int n = sentence.token(i, f);
      dynamic(dyn, i > 0 ? tags[i - 1] : L, i > 1 ? tags[i - 2] : L, f, history);
      tags[i] = predict(f, n, dyn, prev);
      history.saw(f[1], tags[i]);
    }
    return tags;
  }

  /**
   * {@link NerFeatures#outsideNames} for one token (decoding finds it in the hashing pass instead);
   * the form the rule is pinned by in tests.
   */
  static boolean outsideNames(String t) {
    boolean capitalInside = false;
    for (int i = 1; i < t.length() && !capitalInside; i++) {
      capitalInside = Character.isUpperCase(t.charAt(i));
    }
    return NerFeatures.outsideNames(t.charAt(0), capitalInside);
  }

  /**
   * How the document's earlier tokens of the same word were labelled, as decoding went (an
   * "extended prediction history", Ratinov and Roth 2009): a name's later, shorter or less telling
   * mentions ("Arafat", "Essex" in a table) take the type its first, clearer ones showed. Training
   * decodes the same way, so the model learns how far to trust it.
   */
  static final class History {
    private final LongIntMap counts = new LongIntMap(256);

    /** A word's counts: O in the low 8 bits, then each type's in 6 bits, each saturating. */
    void saw(int[] staticFeats, int label) {
      saw(staticFeats[1], label);
    }

    /** The same, given the word's own feature ({@link NerFeatures#wordFeature}). */
    void saw(int word, int label) {
      int shift = label == 0 ? 0 : 8 + 6 * ((label - 1) / 2);
      counts.addUnlessFull(word, 1 << shift, shift, label == 0 ? 255 : 63);
    }

    /**
     * 0 unseen or seen only outside names; 2 + type when mostly that type; 6 + type when that type,
     * but more often outside names.
     */
    int of(int[] staticFeats) {
      int c = counts.get(staticFeats[1], -1);
      if (c == -1) {
        return 0;
      }
      int best = -1;
      int top = 0;
      int names = 0;
      for (int t = 0; t < 4; t++) {
        int k = (c >>> (8 + 6 * t)) & 63;
        names += k;
        if (k > top) {
          top = k;
          best = t;
        }
      }
      if (best < 0) {
        return 0;
      }
      return names >= (c & 255) ? 2 + best : 6 + best;
    }
  }

  /**
   * The best label for a token from its first {@code n} static features and its dynamic ones that
   * may follow {@code prev}; decoding and training both ask this.
   */
  int predict(int[] f, int n, int[] dyn, int prev) {
    float[] w = this.w;
    // nine running sums in locals, not an array: the JIT keeps them in registers (this loop is the
    // tagger's cost)
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    float s4 = 0;
    float s5 = 0;
    float s6 = 0;
    float s7 = 0;
    float s8 = 0;
    int all = n + dyn.length;
    for (int k = 0; k < all; k++) {
      int base = ((k < n ? f[k] : dyn[k - n]) & mask) * L;
      s0 += w[base];
      s1 += w[base + 1];
      s2 += w[base + 2];
      s3 += w[base + 3];
      s4 += w[base + 4];
      s5 += w[base + 5];
      s6 += w[base + 6];
      s7 += w[base + 7];
      s8 += w[base + 8];
    }
    // the highest score among the labels that may follow prev, first label first on ties (no array
    // per token: the JIT did not keep one off the heap)
    int best = 0;
    float top = s0; // O may always follow
    if (s1 > top) {
      top = s1;
      best = 1;
    }
    if (s2 > top && allowed(prev, 2)) {
      top = s2;
      best = 2;
    }
    if (s3 > top) {
      top = s3;
      best = 3;
    }
    if (s4 > top && allowed(prev, 4)) {
      top = s4;
      best = 4;
    }
    if (s5 > top) {
      top = s5;
      best = 5;
    }
    if (s6 > top && allowed(prev, 6)) {
      top = s6;
      best = 6;
    }
    if (s7 > top) {
      top = s7;
      best = 7;
    }
    if (s8 > top && allowed(prev, 8)) {
      best = 8;
    }
    return best;
  }

  /**
   * Features from the tags already chosen: the previous tag, the previous two, the previous with
   * the word, and the word's history in the document.
   */
  static void dynamic(int[] out, int p1, int p2, int[] staticFeats, History history) {
    out[0] = NerFeatures.mix(40, p1);
    out[1] = NerFeatures.mix(41, p2 * 16 + p1);
    out[2] =
        NerFeatures.mix(42, staticFeats[1] * 16 + p1); // staticFeats[1] is the word's own feature
    out[3] = NerFeatures.mix(43, staticFeats[6] * 16 + p1); // and [6] its shape
    // the first mention of a word has no history, and that too is a feature: in news, a name
    // once read is read again (tried without it: the dev splits lost 0.3 F1 on average)
    int h = history.of(staticFeats);
    out[4] = NerFeatures.mix(44, h);
    out[5] = NerFeatures.mix(45, h == 0 ? 0 : staticFeats[6] * 16 + h);
  }

  /** Entity spans of one sentence: [startToken, endToken, typeIndex into {@link #TYPES}]. */
  static List<int[]> spans(int[] tags) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < tags.length) {
      if (tags[i] != 0 && (tags[i] & 1) == 1) {
        int j = i + 1;
        while (j < tags.length && tags[j] == tags[i] + 1) {
          j++;
        }
        out.add(new int[] {i, j, (tags[i] - 1) / 2});
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  /** Tags whole documents: sentences of tokens in, one label array per sentence out. */
  List<int[]> tagDocument(List<String[]> sentences, NerLexicon lex) {
    int n = sentences.size();
    boolean[] caps = new boolean[n];
    List<int[]> lower = new ArrayList<>(n);
    List<int[]> exact = new ArrayList<>(n);
    List<boolean[]> outside = new ArrayList<>(n);
    for (int s = 0; s < n; s++) {
      String[] toks = sentences.get(s);
      int[] lw = new int[toks.length];
      int[] e = new int[toks.length];
      boolean[] out = new boolean[toks.length];
      caps[s] = NerFeatures.hashesAndCaps(toks, lw, e, out);
      lower.add(lw);
      exact.add(e);
      outside.add(out);
    }
    LongIntMap casing = NerFeatures.documentCasing(sentences, lower, caps);
    List<int[]> out = new ArrayList<>(n);
    int[] feats = new int[NerFeatures.MAX_STATIC];
    History history = new History();
    for (int s = 0; s < n; s++) {
      out.add(
          decode(
              new NerFeatures.Sentence(
                  sentences.get(s), lower.get(s), exact.get(s), caps[s], casing, lex),
              outside.get(s),
              feats,
              history));
    }
    return out;
  }

  void write(OutputStream os) throws IOException {
    float max = 0;
    for (float v : w) {
      max = Math.max(max, Math.abs(v));
    }
    float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(bits);
      out.writeInt(L);
      out.writeFloat(scale);
      // weights as 16-bit steps of one scale: a tenth of the size, no measurable loss for a linear
      // model
      for (float v : w) {
        out.writeShort(Math.round(v / scale));
      }
    }
  }

  static NerModel read(InputStream is) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(is), 1 << 16))) {
      if (in.readInt() != MAGIC) {
        throw new IOException("not a newsflow NER model");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new IOException("NER model version " + version + ", this build reads " + VERSION);
      }
      int bits = in.readInt();
      int labels = in.readInt();
      if (labels != L || bits < 8 || bits > 26) {
        throw new IOException(
            "NER model has " + labels + " labels and " + bits + " bits: not this build's");
      }
      float scale = in.readFloat();
      NerModel m = new NerModel(bits);
      for (int i = 0; i < m.w.length; i++) {
        m.w[i] = in.readShort() * scale;
      }
      return m;
    }
  }
}
