package io.newsflow.enrich.ner;

import java.util.Arrays;
import java.util.List;

/**
 * Hashed features of a token in its sentence and document, computed without building a string per
 * feature: word identity (lower-cased and, outside all-caps lines, as written), context words, word
 * shape, suffixes, sentence position, our own lists ({@link NerLexicon}), the word's and its
 * neighbours' classes learnt from unlabelled text ({@link WordClusters}) and how the word is cased
 * elsewhere in the same document (a cheap truecasing for all-caps headlines and sentence starts).
 */
final class NerFeatures {
  /** Static features per token, at most; list marks add a few. */
  static final int MAX_STATIC = 64;

  /** Feature templates that depend on the tags already decided. */
  static final int DYNAMIC = 6;

  private NerFeatures() {}

  static int lowerHash(String s) {
    int h = 0;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + lower(s.charAt(i));
    }
    return h;
  }

  /** {@link Character#toLowerCase(char)}, without its table lookup for ASCII. */
  private static char lower(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  /**
   * Collapsed shape: London -> Xx, NATO -> X, U.S. -> X.X., 1996-08-30 -> d-d-d, McDonald -> XxXx.
   */
  static int shape(String s) {
    int h = 7;
    char last = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char k =
          c < 128
              ? asciiShape(c)
              : Character.isUpperCase(c)
                  ? 'X'
                  : Character.isLowerCase(c)
                      ? 'x'
                      : Character.isDigit(c) ? 'd' : Character.isLetter(c) ? 'l' : c;
      if (k != last) {
        h = 31 * h + k;
        last = k;
      }
    }
    return h;
  }

  /** {@link #shape}'s class of an ASCII character, without the Unicode tables. */
  private static char asciiShape(char c) {
    if (c >= 'A' && c <= 'Z') {
      return 'X';
    }
    if (c >= 'a' && c <= 'z') {
      return 'x';
    }
    return c >= '0' && c <= '9' ? 'd' : c;
  }

  static int mix(int template, int value) {
    int h = template * 0x9E3779B1 ^ value;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }

  /**
   * Per-document casing evidence: lower-cased word hash -> bits (1: written in title case
   * mid-sentence, 2: written in lower case), from the lines not in capitals.
   */
  static LongIntMap documentCasing(
      List<String[]> sentences, List<int[]> lower, boolean[] capsLines) {
    int n = 0;
    for (String[] s : sentences) {
      n += s.length;
    }
    LongIntMap m = new LongIntMap(n);
    for (int s = 0; s < sentences.size(); s++) {
      if (capsLines[s]) {
        continue;
      }
      String[] toks = sentences.get(s);
      int[] lw = lower.get(s);
      for (int i = 0; i < toks.length; i++) {
        char c = toks[i].isEmpty() ? ' ' : toks[i].charAt(0);
        if (!Character.isLetter(c)) {
          continue;
        }
        int bit = Character.isUpperCase(c) ? (i > 0 ? 1 : 0) : 2;
        if (bit != 0) {
          m.or(lw[i], bit);
        }
      }
    }
    return m;
  }

  /**
   * One pass over a sentence's characters (every token of every text is read here): each token's
   * lower-cased hash ({@link #lowerHash}) into {@code lw}, its {@link String#hashCode()} into
   * {@code exact}, whether it can start no name ({@link #outsideNames}) into {@code outside}; and
   * returned, whether the line is written in capitals (a headline, a dateline: at least six
   * letters, four in five of them capitals).
   */
  static boolean hashesAndCaps(String[] toks, int[] lw, int[] exact, boolean[] outside) {
    int upper = 0;
    int letters = 0;
    for (int i = 0; i < toks.length; i++) {
      String t = toks[i];
      int h = 0;
      int e = 0;
      boolean capitalInside = false;
      for (int j = 0; j < t.length(); j++) {
        char c = t.charAt(j);
        e = 31 * e + c;
        if (c < 128) {
          char folded = (char) (c | 0x20);
          if (folded >= 'a' && folded <= 'z') {
            letters++;
            if (c <= 'Z') {
              upper++;
              capitalInside |= j > 0;
              c = folded;
            }
          }
          h = 31 * h + c;
        } else {
          if (Character.isLetter(c)) {
            letters++;
            if (Character.isUpperCase(c)) {
              upper++;
            }
          }
          capitalInside |= j > 0 && Character.isUpperCase(c);
          h = 31 * h + Character.toLowerCase(c);
        }
      }
      lw[i] = h;
      exact[i] = e;
      outside[i] = !t.isEmpty() && outsideNames(t.charAt(0), capitalInside);
    }
    return letters >= 6 && upper >= 0.8 * letters;
  }

  /**
   * Whether a token cannot start a name, from its first character and whether a capital follows it:
   * it starts with punctuation other than a handle's or a hashtag's, or is in lower case throughout
   * ("eBay" may).
   */
  static boolean outsideNames(char c, boolean capitalInside) {
    if (c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c)) {
      return !capitalInside;
    }
    if (c < 128) {
      return !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '@' || c == '#');
    }
    return !Character.isLetterOrDigit(c);
  }

  /**
   * The static features of every token of a sentence: {@code out[i]} holds token i's feature
   * hashes, {@code n[i]} how many.
   */
  static void sentence(
      String[] toks,
      int[] lw,
      int[] exact,
      boolean caps,
      LongIntMap docCasing,
      NerLexicon lex,
      int[][] out,
      int[] n) {
    Sentence s = new Sentence(toks, lw, exact, caps, docCasing, lex);
    for (int i = 0; i < toks.length; i++) {
      n[i] = s.token(i, out[i]);
    }
  }

  /**
   * A sentence's per-token inputs (shapes, list marks, word clusters), computed once, from which
   * {@link #token} gives any one token's features: the tagger asks only for the tokens it scores.
   */
  static final class Sentence {
    final String[] toks;
    final int[] lw;
    private final int[] exact;
    private final boolean caps;
    private final LongIntMap docCasing;
    private final int[] sh;
    private final boolean[] shaped;
    private final int[] marks;
    private final boolean[] markedFrom;
    private final NerLexicon lex;
    private final int[] cl;
    private final WordClusters clusters;

    Sentence(
        String[] toks, int[] lw, int[] exact, boolean caps, LongIntMap docCasing, NerLexicon lex) {
      this.toks = toks;
      this.lw = lw;
      this.exact = exact;
      this.caps = caps;
      this.docCasing = docCasing;
      int len = toks.length;
      // shapes too on first use (the tokens scored and their neighbours)
      sh = new int[len];
      shaped = new boolean[len];
      // list marks on first use too: a lookup per token and name length, mostly cache misses
      marks = new int[len];
      markedFrom = new boolean[len];
      this.lex = lex;
      this.clusters = lex.clusters;
      // looked up on first use: the tagger scores few of a text's tokens, and a lookup in the large
      // cluster table is a cache miss
      cl = new int[len];
      Arrays.fill(cl, -1);
    }

    /** Token i's shape ({@link #shape}, or {@link #capsShape} in a line in capitals). */
    private int sh(int i) {
      if (!shaped[i]) {
        sh[i] = caps ? capsShape(toks[i]) : shape(toks[i]);
        shaped[i] = true;
      }
      return sh[i];
    }

    /** Token i's list marks ({@link NerLexicon#markFrom}): the names starting at or before it. */
    private int mark(int i) {
      for (int s = Math.max(0, i - NerLexicon.MAX_LEN + 1); s <= i; s++) {
        if (!markedFrom[s]) {
          lex.markFrom(lw, s, marks);
          markedFrom[s] = true;
        }
      }
      return marks[i];
    }

    /** Token i's cluster ({@link WordClusters#of}). */
    private int cl(int i) {
      int c = cl[i];
      if (c < 0) {
        c = clusters.of(lw[i]);
        cl[i] = c;
      }
      return c;
    }

    /** Token i's static feature hashes into {@code f}; returns how many. */
    int token(int i, int[] f) {
      int len = toks.length;
      int k = 0;
      String w = toks[i];
      int prev = i > 0 ? lw[i - 1] : 0x51;
      int next = i + 1 < len ? lw[i + 1] : 0x52;
      f[k++] = mix(0, 1);
      f[k++] = wordFeature(lw[i]);
      f[k++] = mix(2, prev);
      f[k++] = mix(3, next);
      f[k++] = mix(4, i > 1 ? lw[i - 2] : 0x53);
      f[k++] = mix(5, i + 2 < len ? lw[i + 2] : 0x54);
      f[k++] = mix(6, sh(i));
      f[k++] = mix(7, (i > 0 ? sh(i - 1) : 0x55) * 31 + sh(i));
      f[k++] = mix(8, sh(i) * 31 + (i + 1 < len ? sh(i + 1) : 0x56));
      // suffixes, no prefixes: with the word clusters, prefixes of one to three letters cost 1.3 to
      // 2.4 points of F1 on the dev splits (README, "Word clusters")
      int s = 0;
      for (int j = 0; j < 4 && j < w.length(); j++) {
        s = 31 * s + lower(w.charAt(w.length() - 1 - j));
        f[k++] = mix(12 + j, s);
      }
      if (i == 0) {
        f[k++] = mix(16, sh(i));
      }
      if (!caps) {
        f[k++] = mix(19, exact[i]); // the word as written: its String.hashCode()
      } else {
        f[k++] = mix(23, sh(i));
      }
      f[k++] = mix(24, Math.min(w.length(), 10));
      int m = mark(i);
      for (int b = 0; m != 0 && b < 2 * NerLexicon.KINDS; b++) {
        if ((m & (1 << b)) != 0) {
          f[k++] = mix(20, b);
          f[k++] = mix(25, b * 64 + (sh(i) & 63)); // a listed name written like a name counts more
          m &= ~(1 << b);
        }
      }
      // the word's cluster at four depths, alone and with its shape, and its neighbours': classes
      // learnt from unlabelled text carry to words no training sentence has
      int c = cl(i);
      if (c == 0) {
        f[k++] = mix(27, -1);
      } else {
        f[k++] = mix(27, WordClusters.level(c, 0));
        f[k++] = mix(28, WordClusters.level(c, 1));
        f[k++] = mix(29, WordClusters.level(c, 2));
        f[k++] = mix(30, sh(i) * 257 + WordClusters.level(c, 1));
        f[k++] = mix(37, WordClusters.level(c, 3));
      }
      f[k++] = mix(31, i > 0 ? coarse(cl(i - 1)) : -2);
      f[k++] = mix(32, i + 1 < len ? coarse(cl(i + 1)) : -2);
      f[k++] = mix(33, i > 0 ? fine(cl(i - 1)) : -2);
      f[k++] = mix(34, i + 1 < len ? fine(cl(i + 1)) : -2);
      f[k++] = mix(35, i > 1 ? coarse(cl(i - 2)) : -2);
      f[k++] = mix(36, i + 2 < len ? coarse(cl(i + 2)) : -2);
      if (caps || i == 0) {
        // how the word is written where the text is not in capitals: truecasing evidence
        f[k++] = mix(26, docCasing.get(lw[i], 0) * 2 + (caps ? 1 : 0));
      }
      return k;
    }
  }

  /**
   * The word's own feature (its lower-cased hash): feature 1 of every token, and the key of the
   * document's label history ({@code NerModel.History}).
   */
  static int wordFeature(int lowerHash) {
    return mix(1, lowerHash);
  }

  /** A neighbour's level-2 cluster, -1 for a word without one. */
  private static int coarse(int packed) {
    return packed == 0 ? -1 : WordClusters.level(packed, 1);
  }

  /** A neighbour's level-3 cluster, -1 for a word without one. */
  private static int fine(int packed) {
    return packed == 0 ? -1 : WordClusters.level(packed, 2);
  }

  /**
   * In an all-caps line every word looks alike: only punctuation, digits and length are left of its
   * shape.
   */
  private static int capsShape(String s) {
    int h = 11;
    char last = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char k = Character.isLetter(c) ? 'C' : Character.isDigit(c) ? 'd' : c;
      if (k != last) {
        h = 31 * h + k;
        last = k;
      }
    }
    return h;
  }
}
