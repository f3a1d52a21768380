package io.newsflow.enrich.tag;

import io.newsflow.enrich.ner.LongIntMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * Apache OpenNLP's language-detection model ({@code langdetect-183.bin}, 103 languages, Apache-2.0,
 * from the Maven artifact {@code org.apache.opennlp:opennlp-models-langdetect}), evaluated without
 * OpenNLP's per-call machinery.
 *
 * <p>The model is a maxent classifier over the distinct lower-cased character 1- to 3-grams of a
 * text after OpenNLP's normalisers (emoji, URLs, e-mail addresses, hashtags and handles, emoticons,
 * digits, runs of spaces and of one letter). {@code LanguageDetectorME} builds those n-grams as
 * strings through a chain of regular expressions: 200 µs for a 300-character text here, five times
 * the model's own arithmetic. This class applies the same normalisation in one pass, packs each
 * n-gram into a long and sums the model's parameters directly, with the same result (pinned against
 * {@code LanguageDetectorME} in the tests). Two of OpenNLP's Twitter rules ("RT" markers, laughter
 * like "hahaha") are left out: news text has neither.
 *
 * <p>Languages that are not news languages and that the model confuses with ones that are (Latin,
 * Volapük, Cebuano, Waray, Minangkabau, Sundanese, Low German, Limburgish, Swiss German) are never
 * answered.
 */
public final class LanguageIdModel {
  private static final String RESOURCE = "/langdetect-183.bin";
  private static final Set<String> NEVER =
      Set.of("lat", "vol", "ceb", "war", "min", "sun", "nds", "lim", "gsw");

  /** ISO 639-3 codes of the model that the JDK's table does not map (or maps to a legacy code). */
  private static final Map<String, String> TWO_LETTER =
      Map.of(
          "pes", "fa", "cmn", "zh", "heb", "he", "ind", "id", "lvs", "lv", "ekk", "et", "pnb", "pa",
          "plt", "mg", "nan", "zh", "ast", "ast");

  private final LongIntMap index;
  private final int[][] outcomes;
  private final double[][] params;
  private final String[] languages;
  private final boolean[] allowed;

  private LanguageIdModel(LanguageDetectorModel model) {
    Object[] data = ((AbstractModel) model.getMaxentModel()).getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    String[] names = (String[]) data[2];
    Map<String, String> iso3 = new HashMap<>();
    for (String l : Locale.getISOLanguages()) {
      iso3.put(new Locale(l).getISO3Language(), l);
    }
    languages = new String[names.length];
    allowed = new boolean[names.length];
    for (int i = 0; i < names.length; i++) {
      languages[i] = TWO_LETTER.getOrDefault(names[i], iso3.getOrDefault(names[i], names[i]));
      allowed[i] = !NEVER.contains(names[i]);
    }
    index = new LongIntMap(pmap.size());
    outcomes = new int[pmap.size()][];
    params = new double[pmap.size()][];
    int n = 0;
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      if (e.getKey().isEmpty() || e.getKey().length() > 3) {
        continue;
      }
      long key = pack(e.getKey().toCharArray(), 0, e.getKey().length());
      outcomes[n] = e.getValue().getOutcomes();
      params[n] = e.getValue().getParameters();
      index.or(key, n);
      n++;
    }
  }

  /**
   * The model shipped in the OpenNLP model jar, loaded on first use (about 0.8 s and 35 MB of
   * heap).
   */
  public static LanguageIdModel shipped() {
    return Holder.MODEL;
  }

  private static final class Holder {
    static final LanguageIdModel MODEL = load();

    private static LanguageIdModel load() {
      return ShippedResource.read(
          LanguageIdModel.class,
          RESOURCE,
          "the language model",
          "it comes with org.apache.opennlp:opennlp-models-langdetect",
          in -> new LanguageIdModel(new LanguageDetectorModel(in)));
    }
  }

  /** ISO 639-1 code (ISO 639-3 where a language has none) of the most likely language. */
  public String detect(CharSequence text) {
    double[] scores = scores(text);
    int best = -1;
    for (int o = 0; o < scores.length; o++) {
      if (allowed[o] && (best < 0 || scores[o] > scores[best])) {
        best = o;
      }
    }
    return languages[best];
  }

  /**
   * The model's probability (softmax over the languages it may answer) that the text is in {@code
   * language}.
   */
  public double probability(CharSequence text, String language) {
    double[] scores = scores(text);
    double max = Double.NEGATIVE_INFINITY;
    for (int o = 0; o < scores.length; o++) {
      if (allowed[o]) {
        max = Math.max(max, scores[o]);
      }
    }
    double sum = 0;
    double mine = 0;
    for (int o = 0; o < scores.length; o++) {
      if (allowed[o]) {
        double e = Math.exp(scores[o] - max);
        sum += e;
        if (languages[o].equals(language)) {
          mine += e;
        }
      }
    }
    return sum == 0 ? 0 : mine / sum;
  }

  /**
   * Summed parameters per model outcome (log-scores before softmax), in the model's outcome order.
   */
  double[] scores(CharSequence text) {
    char[] s = normalise(text);
    long[] grams = new long[3 * s.length];
    int g = 0;
    for (int len = 1; len <= 3; len++) {
      for (int i = 0; i + len <= s.length; i++) {
        grams[g++] = pack(s, i, len);
      }
    }
    Arrays.sort(grams, 0, g);
    double[] sums = new double[languages.length];
    for (int k = 0; k < g; k++) {
      if (k > 0 && grams[k] == grams[k - 1]) {
        continue; // the model's features are the distinct n-grams
      }
      int p = index.get(grams[k], -1);
      if (p >= 0) {
        int[] os = outcomes[p];
        double[] ps = params[p];
        for (int j = 0; j < os.length; j++) {
          sums[os[j]] += ps[j];
        }
      }
    }
    return sums;
  }

  /** Outcome labels of {@link #scores}, as ISO codes. */
  String language(int outcome) {
    return languages[outcome];
  }

  /**
   * Up to three UTF-16 units and the length in one long: the model's n-grams are 1 to 3 characters.
   */
  private static long pack(char[] s, int from, int len) {
    long key = len;
    for (int i = 0; i < len; i++) {
      key = (key << 16) | s[from + i];
    }
    return key;
  }

  /**
   * OpenNLP's normaliser chain (emoji, URL, mail, Twitter, number, shrink), then lower case, char
   * by char.
   */
  static char[] normalise(CharSequence in) {
    StringBuilder a = new StringBuilder(in.length());
    int n = in.length();
    for (int i = 0; i < n; ) {
      char c = in.charAt(i);
      if (c >= '\uD83C'
          && c <= '\uDFFF') { // emoji (and any other astral character): one space per run
        while (i < n && in.charAt(i) >= '\uD83C' && in.charAt(i) <= '\uDFFF') {
          i++;
        }
        a.append(' ');
        continue;
      }
      if (c == 'h' && startsUrl(in, i)) {
        i += in.charAt(i + 4) == 's' ? 8 : 7;
        while (i < n && urlChar(in.charAt(i))) {
          i++;
        }
        a.append(' ');
        continue;
      }
      a.append(c);
      i++;
    }
    removeMail(a);
    StringBuilder b = new StringBuilder(a.length());
    for (int i = 0; i < a.length(); ) {
      char c = a.charAt(i);
      if ((c == '#' || c == '@') && i + 1 < a.length() && !isSpace(a.charAt(i + 1))) {
        while (i < a.length() && !isSpace(a.charAt(i))) {
          i++;
        }
        b.append(' ');
        continue;
      }
      b.append(c);
      i++;
    }
    // emoticons: [:;x]-?[()dop], case-insensitive (it also takes "xp" out of "expert", as OpenNLP's
    // training did)
    StringBuilder f = new StringBuilder(b.length());
    for (int i = 0; i < b.length(); ) {
      char c = b.charAt(i);
      if (c == ':' || c == ';' || c == 'x' || c == 'X') {
        int j = i + 1;
        if (j < b.length() && b.charAt(j) == '-') {
          j++;
        }
        if (j < b.length() && "()dopDOP".indexOf(b.charAt(j)) >= 0) {
          f.append(' ');
          i = j + 1;
          continue;
        }
      }
      f.append(c);
      i++;
    }
    // digits, then runs of 2+ whitespace, then runs of 3+ of one character (case-insensitive) kept
    // as two
    StringBuilder d = new StringBuilder(f.length());
    for (int i = 0; i < f.length(); ) {
      if (f.charAt(i) >= '0' && f.charAt(i) <= '9') {
        while (i < f.length() && f.charAt(i) >= '0' && f.charAt(i) <= '9') {
          i++;
        }
        d.append(' ');
        continue;
      }
      d.append(f.charAt(i++));
    }
    StringBuilder w = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); ) {
      if (isSpace(d.charAt(i)) && i + 1 < d.length() && isSpace(d.charAt(i + 1))) {
        while (i < d.length() && isSpace(d.charAt(i))) {
          i++;
        }
        w.append(' ');
        continue;
      }
      w.append(d.charAt(i++));
    }
    StringBuilder r = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); ) {
      char c = w.charAt(i);
      int j = i + 1;
      while (j < w.length() && sameIgnoringCase(w.charAt(j), c)) {
        j++;
      }
      r.append(c);
      if (j - i >= 2) {
        r.append(j - i >= 3 ? c : w.charAt(i + 1));
      }
      i = j;
    }
    int s = 0;
    int e = r.length();
    while (s < e && r.charAt(s) <= ' ') {
      s++;
    }
    while (e > s && r.charAt(e - 1) <= ' ') {
      e--;
    }
    char[] out = new char[e - s];
    for (int i = s; i < e; i++) {
      out[i - s] = Character.toLowerCase(r.charAt(i));
    }
    return out;
  }

  private static boolean sameIgnoringCase(char a, char b) {
    return a == b
        || Character.toUpperCase(a) == Character.toUpperCase(b)
        || Character.toLowerCase(a) == Character.toLowerCase(b);
  }

  /** Java's \s: space, tab, newline, vertical tab, form feed, carriage return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean startsUrl(CharSequence s, int i) {
    String a = "http://";
    String b = "https://";
    return regionMatches(s, i, a)
            && i + a.length() < s.length()
            && urlChar(s.charAt(i + a.length()))
        || regionMatches(s, i, b)
            && i + b.length() < s.length()
            && urlChar(s.charAt(i + b.length()));
  }

  private static boolean regionMatches(CharSequence s, int i, String p) {
    if (i + p.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < p.length(); k++) {
      if (s.charAt(i + k) != p.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean urlChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || "-_.?&~;+=/#".indexOf(c) >= 0);
  }

  private static boolean mailChar(char c) {
    return c < 128
        && (Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '_' || c == '.');
  }

  /** (?<![-+_.0-9A-Za-z])[-+_.0-9A-Za-z]+@[-0-9A-Za-z]+[-.0-9A-Za-z]+ becomes one space. */
  private static void removeMail(StringBuilder a) {
    int at = a.indexOf("@");
    while (at >= 0) {
      int s = at;
      while (s > 0 && mailChar(a.charAt(s - 1))) {
        s--;
      }
      int e = at + 1;
      while (e < a.length()
          && a.charAt(e) < 128
          && (Character.isLetterOrDigit(a.charAt(e)) || a.charAt(e) == '-')) {
        e++;
      }
      int firstDomain = e - (at + 1);
      while (e < a.length()
          && a.charAt(e) < 128
          && (Character.isLetterOrDigit(a.charAt(e)) || a.charAt(e) == '-' || a.charAt(e) == '.')) {
        e++;
      }
      if (s < at && firstDomain >= 1 && e - (at + 1) >= 2) {
        a.replace(s, e, " ");
        at = a.indexOf("@", s + 1);
      } else {
        at = a.indexOf("@", at + 1);
      }
    }
  }
}
