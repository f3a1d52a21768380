package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Drops paragraphs said twice within one article (a lede repeated as a summary, a pull quote, a re-rendered block). */
final class Paragraphs {
  /** Paragraphs at least this alike (shared words / all words) are one paragraph said twice. */
  static final double REPEAT_SIMILARITY = 0.8;

  private Paragraphs() {}

  /** The paragraphs in order, without the title and without repeats; of two alike, the fuller stands first. */
  static List<String> withoutRepeats(List<String> in, String title) {
    List<String> paragraphs = new ArrayList<>();
    List<Set<String>> seen = new ArrayList<>();
    String titleKey = title == null ? "" : Blocks.key(title);
    for (String p : in) {
      String key = Blocks.key(p);
      if (key.isEmpty() || key.equals(titleKey)) {
        continue;
      }
      Set<String> words = new HashSet<>(Arrays.asList(key.split(" ")));
      int same = -1;
      for (int k = 0; k < seen.size() && same < 0; k++) {
        if (similar(seen.get(k), words)) {
          same = k;
        }
      }
      if (same < 0) {
        seen.add(words);
        paragraphs.add(p);
      } else if (words.size() > seen.get(same).size()) {
        // said twice, once cut short (a lede repeated in full): keep the fuller one where the first stood
        seen.set(same, words);
        paragraphs.set(same, p);
      }
    }
    return paragraphs;
  }

  private static boolean similar(Set<String> a, Set<String> b) {
    if (a.equals(b)) {
      return true;
    }
    if (Math.min(a.size(), b.size()) < 6) {
      return false;
    }
    // compare the smaller set against the larger: the cost is the smaller size, not their product
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int shared = 0;
    for (String w : small) {
      if (large.contains(w)) {
        shared++;
      }
    }
    double jaccard = (double) shared / (a.size() + b.size() - shared);
    double containment = (double) shared / small.size();
    return jaccard >= REPEAT_SIMILARITY || (small.size() >= 8 && containment >= 0.9);
  }
}
