package io.newsflow.enrich.tag;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines written in capitals (a wire headline, a dateline, a shouted heading): in them every word
 * looks like a name and every acronym like a word, so case-driven rules must not read them as
 * prose.
 */
public final class CapsLines {
  private CapsLines() {}

  /** The [start, end) ranges of the text's lines in capitals, in order; empty if none. */
  public static List<int[]> of(String text) {
    List<int[]> out = List.of();
    for (int line = 0; line < text.length(); ) {
      int next = text.indexOf('\n', line);
      int end = next < 0 ? text.length() : next;
      if (capitals(text, line, end)) {
        if (out.isEmpty()) {
          out = new ArrayList<>();
        }
        out.add(new int[] {line, end});
      }
      line = end + 1;
    }
    return out;
  }

  /** Whether offset {@code at} lies in one of {@code lines} (as {@link #of} returns them). */
  public static boolean inAny(List<int[]> lines, int at) {
    for (int[] r : lines) {
      if (at >= r[0] && at < r[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line has six letters or more and at least 80 % of them capitals. Prose leaves at its
   * first few words (more small letters than capitals), so the whole text costs little.
   */
  static boolean capitals(String text, int from, int to) {
    int upper = 0;
    int lower = 0;
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        upper++;
      } else if (ch >= 'a' && ch <= 'z') {
        lower++;
      } else if (ch >= 128 && Character.isLetter(ch)) {
        if (Character.isUpperCase(ch)) {
          upper++;
        } else {
          lower++;
        }
      }
      if (lower > 4 && lower > upper) {
        return false;
      }
    }
    return upper + lower >= 6 && upper >= 0.8 * (upper + lower);
  }
}
