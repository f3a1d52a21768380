package io.newsflow.enrich.tag;

import io.newsflow.enrich.extract.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds known names in text by token n-grams and hash lookups: a few lookups per word, whatever the
 * number of names (a regex alternation of thousands of names is scanned name by name at every
 * position). Names and text are cut into the same word tokens, so matches fall on word boundaries;
 * a possessive ('s) does not hide a name; the longest name wins.
 */
public final class Gazetteer<T> {
  /** A name found at [start, end). */
  public record Hit<T>(int start, int end, String surface, T value) {}

  private final Map<String, T> byKey = new HashMap<>();

  /** First tokens of all names: a position whose token starts no name is passed over at once. */
  private final Set<String> firstTokens = new HashSet<>();

  /**
   * The same, as 64-bit hashes of the tokens' characters, for the identity fold (every gazetteer
   * here): the text's token hashes are computed once per text and shared by every gazetteer, so a
   * position is passed over without a substring or a string hash. A hash collision only costs the
   * exact lookup that follows.
   */
  private final LongSet firstHashes = new LongSet();

  /** Every name's key (its tokens joined by single spaces), hashed: see {@link #nameLengths}. */
  private final LongSet nameHashes = new LongSet();

  /**
   * The hashes of every name's first 1, 2, ... tokens (its key up to a token's end): a run whose
   * first tokens begin no name is hashed no further (most runs stop after a word or two; the
   * longest name has many more).
   */
  private final LongSet prefixHashes = new LongSet();

  private final UnaryOperator<String> fold;
  private int maxTokens = 1;

  /**
   * @param fold applied to names and text before comparing (identity: case-sensitive)
   */
  public Gazetteer(UnaryOperator<String> fold) {
    this.fold = fold;
    this.identity = fold == UnaryOperator.<String>identity();
  }

  private final boolean identity;

  public static <T> Gazetteer<T> caseSensitive() {
    return new Gazetteer<>(UnaryOperator.identity());
  }

  /** Adds a name; the first value given for a name keeps it. */
  public void put(String name, T value) {
    Tokens tokens = tokens(name);
    if (tokens.size == 0) {
      return;
    }
    byKey.putIfAbsent(key(name, tokens, 0, tokens.size), value);
    if (identity) {
      String key = key(name, tokens, 0, tokens.size);
      nameHashes.add(hash(key, 0, key.length()));
      long h = OFFSET;
      for (int k = 0; k < tokens.size; k++) {
        h = stepToken(name, tokens, k, k > 0, h);
        prefixHashes.add(finish(h));
      }
    }
    if (firstTokens.add(key(name, tokens, 0, 1)) && identity) {
      firstHashes.add(hash(name, tokens.start[0], tokens.end[0]));
    }
    maxTokens = Math.max(maxTokens, tokens.size);
  }

  public boolean isEmpty() {
    return byKey.isEmpty();
  }

  public List<Hit<T>> find(String text) {
    Tokens tokens = tokens(text);
    List<Hit<T>> out = new ArrayList<>();
    long[] hashes = identity ? tokens.hashes() : null;
    int i = 0;
    while (i < tokens.size) {
      if (!mayStartName(text, tokens, hashes, i)) {
        i++;
        continue;
      }
      int matched = 0;
      int longest = Math.min(maxTokens, tokens.size - i);
      long candidates = identity ? nameLengths(text, tokens, i, longest) : -1L;
      for (int n = longest; n >= 1; n--) {
        if ((candidates & (1L << Math.min(n, 63))) == 0 || !contiguous(text, tokens, i, n)) {
          continue;
        }
        T v = byKey.get(key(text, tokens, i, i + n));
        if (v != null) {
          matched = sameNameOn(text, tokens, hashes, i, n, v);
          int start = tokens.start[i];
          int end = tokens.end[i + matched - 1];
          out.add(new Hit<>(start, end, text.substring(start, end), v));
          break;
        }
      }
      i += Math.max(1, matched);
    }
    return out;
  }

  /** Whether token {@code i} is the first token of some name. */
  private boolean mayStartName(String text, Tokens tokens, long[] hashes, int i) {
    return identity
        ? firstHashes.contains(hashes[i])
        : firstTokens.contains(fold.apply(text.substring(tokens.start[i], tokens.end[i])));
  }

  /**
   * The tokens a name found at {@code i} ({@code n} tokens) covers when another name of the same
   * entry starts inside it and goes on ("Sheikh Tamim" and "Tamim bin Hamad Al Thani" in "Sheikh
   * Tamim bin Hamad Al Thani"): one mention, not the first name and the rest cut off.
   */
  private int sameNameOn(String text, Tokens tokens, long[] hashes, int i, int n, T v) {
    int to = i + n;
    for (int j = i + 1; j < to; j++) {
      if (!mayStartName(text, tokens, hashes, j)) {
        continue;
      }
      int longest = Math.min(maxTokens, tokens.size - j);
      long candidates = identity ? nameLengths(text, tokens, j, longest) : -1L;
      for (int m = longest; j + m > to; m--) {
        if ((candidates & (1L << Math.min(m, 63))) != 0
            && contiguous(text, tokens, j, m)
            && v.equals(byKey.get(key(text, tokens, j, j + m)))) {
          to = j + m;
          break;
        }
      }
    }
    return to - i;
  }

  /**
   * Which lengths n (bit n) of the token run from {@code i} may be a name: its tokens are
   * contiguous and their hash, joined by single spaces as names are keyed, is a name's. Only those
   * are looked up by their key string.
   */
  private long nameLengths(String text, Tokens tokens, int i, int longest) {
    long bits = 0;
    long h = OFFSET;
    for (int n = 1; n <= longest; n++) {
      int k = i + n - 1;
      if (n > 1 && !contiguous(text, tokens, k - 1, 2)) {
        break; // a longer run is not contiguous either
      }
      h = stepToken(text, tokens, k, n > 1, h);
      long f = finish(h);
      if (nameHashes.contains(f)) {
        bits |= 1L << Math.min(n, 63);
      }
      if (!prefixHashes.contains(f)) {
        break; // no name goes on from here
      }
    }
    return bits;
  }

  /**
   * The running hash of a key ({@link #key}) taken on over token {@code k}: the separator before it
   * ({@code joined}: not the key's first token), then its characters.
   */
  private static long stepToken(String text, Tokens tokens, int k, boolean joined, long h) {
    if (joined) {
      String sep = separator(text, tokens, k);
      for (int c = 0; c < sep.length(); c++) {
        h = step(h, sep.charAt(c));
      }
    }
    for (int c = tokens.start[k]; c < tokens.end[k]; c++) {
      h = step(h, text.charAt(c));
    }
    return h;
  }

  /** Whether text[start, end) is a capital and one or two lower-case letters: St, Mt, Ft. */
  private static boolean shortAbbreviation(String text, int start, int end) {
    if (end - start < 2 || end - start > 3 || !Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (!Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tokens of a multi-word name must be separated by single spaces or hyphens, not by punctuation;
   * an abbreviation's final dot may come before the space (U.N. Security Council).
   */
  private static boolean contiguous(String text, Tokens tokens, int from, int n) {
    for (int k = from + 1; k < from + n; k++) {
      int gap = tokens.start[k] - tokens.end[k - 1];
      char sep = text.charAt(tokens.start[k] - 1);
      boolean abbreviation =
          gap == 2
              && sep == ' '
              && text.charAt(tokens.end[k - 1]) == '.'
              && (text.lastIndexOf('.', tokens.end[k - 1] - 1) >= tokens.start[k - 1]
                  // "St. Vincent and the Grenadines", "Mt. Kenya": a short word's abbreviation
                  || shortAbbreviation(text, tokens.start[k - 1], tokens.end[k - 1]));
      if (!abbreviation
          && (gap != 1 || (sep != ' ' && sep != '-'))
          && possessiveGap(text, tokens, k) == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The length of a possessive between token {@code k - 1} and {@code k} ("Lord's Resistance Army":
   * 3; "Kurdistan Workers' Party": 2), 0 if none. Names keep it in their key, so a name with a
   * possessive inside matches only text that has it there.
   */
  private static int possessiveGap(String text, Tokens tokens, int k) {
    return possessiveGap(text, tokens.end[k - 1], tokens.start[k]);
  }

  /**
   * The same for a word ending at {@code end} and the next starting at {@code next}: 3 for "'s ", 2
   * for "' " (either apostrophe), else 0.
   */
  static int possessiveGap(String text, int end, int next) {
    int gap = next - end;
    char q = text.charAt(end);
    if ((q != '\'' && q != '\u2019') || text.charAt(next - 1) != ' ') {
      return 0;
    }
    return gap == 3 && text.charAt(end + 1) == 's' ? 3 : gap == 2 ? 2 : 0;
  }

  /**
   * What stands between token {@code k - 1} and {@code k} in a key: one space, or the possessive
   * and a space. The key and its hash ({@link #nameLengths}) both take it from here.
   */
  private static String separator(String text, Tokens tokens, int k) {
    int gap = possessiveGap(text, tokens, k);
    return gap == 3 ? "'s " : gap == 2 ? "' " : " ";
  }

  private String key(String text, Tokens tokens, int from, int to) {
    if (to - from == 1) {
      return fold.apply(text.substring(tokens.start[from], tokens.end[from]));
    }
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        sb.append(separator(text, tokens, k));
      }
      sb.append(text, tokens.start[k], tokens.end[k]);
    }
    return fold.apply(sb.toString());
  }

  /** Word tokens of one text as parallel [start, end) offsets. */
  static final class Tokens {
    final String text;
    int[] start = new int[64];
    int[] end = new int[64];
    int size;

    private long[] hashes;

    Tokens(String text) {
      this.text = text;
    }

    /** Each token's {@link Gazetteer#hash}, computed once per text. */
    long[] hashes() {
      if (hashes == null) {
        hashes = new long[size];
        for (int k = 0; k < size; k++) {
          hashes[k] = hash(text, start[k], end[k]);
        }
      }
      return hashes;
    }

    void add(int s, int e) {
      if (size == start.length) {
        start = Arrays.copyOf(start, size * 2);
        end = Arrays.copyOf(end, size * 2);
      }
      start[size] = s;
      end[size] = e;
      size++;
    }
  }

  /**
   * The countries, cities, watchlist and recogniser all look up the same article text one after
   * another: the last text's tokens are kept per thread (by identity) so it is cut into words once,
   * not four times.
   */
  private static volatile Last last;

  /**
   * Texts shorter than this (a name, a title) are cut without the cache: the lookups of single
   * names between two of the article's would push its tokens out and have them cut again.
   */
  private static final int KEPT_LENGTH = 200;

  /**
   * The last text's tokens and the thread that cut them, in a field checked first: a {@code
   * ThreadLocal} probe per lookup cost more than the check. Each thread's last text stays in {@link
   * #PER_THREAD} too, so stream threads that interleave do not cut each other's texts again.
   */
  private record Last(Thread thread, Tokens tokens) {}

  private static final ThreadLocal<Tokens> PER_THREAD = new ThreadLocal<>();

  /**
   * What follows a name's hyphen and describes the next name (Iran-backed, United
   * Nations-authorised Gang Suppression Force, Soviet-era): cut off so that each name stands alone.
   * The nouns that do the same (Khmer-language) are the recogniser's {@code describing-end} list.
   */
  private static final Set<String> COMPOUND_SUFFIXES =
      WordSet.of(
          "flagged",
          "led",
          "backed",
          "based",
          "owned",
          "born",
          "made",
          "run",
          "held",
          "controlled",
          "allied",
          "linked",
          "registered",
          "bound",
          "sponsored",
          "occupied",
          "annexed",
          "administered",
          "funded",
          "brokered",
          "mediated",
          "aligned",
          "friendly",
          "listed",
          "headquartered",
          "affiliated",
          "operated",
          "supported",
          "authorised",
          "authorized",
          "mandated",
          "appointed",
          "approved",
          "sanctioned",
          "installed",
          "imposed",
          "recognised",
          "recognized",
          "designated",
          "commissioned",
          "endorsed",
          "nominated",
          "financed",
          "trained",
          "armed",
          "inspired",
          "dominated",
          "organised",
          "organized",
          "era",
          "style");

  private static boolean compoundSuffix(String s, int from) {
    int e = from;
    while (e < s.length() && e - from < 13 && s.charAt(e) >= 'a' && s.charAt(e) <= 'z') {
      e++;
    }
    return (e == s.length() || !Character.isLetterOrDigit(s.charAt(e)))
        && COMPOUND_SUFFIXES.contains(s.substring(from, e));
  }

  /**
   * Word tokens: letters and digits, with inner dots, apostrophes and hyphens kept (U.S, al-Adl)
   * except that a hyphen splits when both sides are capitalised words (Tehran-Islamabad); a
   * trailing possessive is left out.
   */
  static Tokens tokens(String s) {
    if (s.length() < KEPT_LENGTH) {
      return cut(s);
    }
    Thread thread = Thread.currentThread();
    Last cached = last;
    if (cached != null && cached.tokens.text == s && cached.thread == thread) {
      return cached.tokens;
    }
    Tokens mine = PER_THREAD.get();
    if (mine != null && mine.text == s) {
      last = new Last(thread, mine);
      return mine;
    }
    Tokens out = cut(s);
    PER_THREAD.set(out);
    last = new Last(thread, out);
    return out;
  }

  /** {@link #tokens} without the cache. */
  private static Tokens cut(String s) {
    Tokens out = new Tokens(s);
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (!TextNormalizer.isLetterOrDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean upper = false;
      while (i < n) {
        char c = s.charAt(i);
        if (TextNormalizer.isLetterOrDigit(c)) {
          upper |= TextNormalizer.isUpperCase(c);
          i++;
        } else if ((c == '.' || c == '\'' || c == '\u2019' || c == '-')
            && i + 1 < n
            && TextNormalizer.isLetterOrDigit(s.charAt(i + 1))) {
          if (c == '-'
              && (Character.isUpperCase(s.charAt(start)) && Character.isUpperCase(s.charAt(i + 1))
                  || upper && compoundSuffix(s, i + 1))) {
            // Tehran-Islamabad: two names; Greek-flagged, Saudi-led, al-Qaeda-linked: a name and a
            // participle
            break;
          }
          i++;
        } else {
          break;
        }
      }
      int end = i;
      if (end - start > 2 && (s.startsWith("'s", end - 2) || s.startsWith("\u2019s", end - 2))) {
        end -= 2;
      }
      out.add(start, end);
    }
    return out;
  }

  private static final long OFFSET = 0xcbf29ce484222325L;

  private static long step(long h, char c) {
    return (h ^ c) * 0x100000001b3L;
  }

  private static long finish(long h) {
    h ^= h >>> 29;
    return h == 0 ? 1 : h;
  }

  /** A 64-bit hash of the characters [from, to) of {@code s} (never 0). */
  static long hash(String s, int from, int to) {
    long h = OFFSET;
    for (int k = from; k < to; k++) {
      h = step(h, s.charAt(k));
    }
    return finish(h);
  }

  /** An open-addressing set of non-zero longs. */
  private static final class LongSet {
    /** Fibonacci hashing: the high bits of the product spread any input over the table. */
    private static int slot(long h, int mask) {
      return (int) ((h * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    private long[] table = new long[64];
    private int count;

    /**
     * A Bloom filter of the members, 8 bits per slot (16 to 32 per member), two bits each: most
     * tokens of a text start no name, and are turned away here, in a few cache-resident words,
     * rather than by a probe into the larger table.
     */
    private long[] bloom = new long[8];

    void add(long h) {
      if ((count + 1) * 2 > table.length) {
        long[] old = table;
        table = new long[old.length * 2];
        bloom = new long[table.length / 8];
        count = 0;
        for (long o : old) {
          if (o != 0) {
            add(o);
          }
        }
      }
      int bits = bloom.length * 64 - 1;
      int b1 = (int) h & bits;
      int b2 = (int) (h >>> 32) & bits;
      bloom[b1 >>> 6] |= 1L << b1;
      bloom[b2 >>> 6] |= 1L << b2;
      int mask = table.length - 1;
      int slot = slot(h, mask);
      while (table[slot] != 0) {
        if (table[slot] == h) {
          return;
        }
        slot = (slot + 1) & mask;
      }
      table[slot] = h;
      count++;
    }

    boolean contains(long h) {
      int bits = bloom.length * 64 - 1;
      int b1 = (int) h & bits;
      int b2 = (int) (h >>> 32) & bits;
      if ((bloom[b1 >>> 6] & (1L << b1)) == 0 || (bloom[b2 >>> 6] & (1L << b2)) == 0) {
        return false;
      }
      int mask = table.length - 1;
      int slot = slot(h, mask);
      while (table[slot] != 0) {
        if (table[slot] == h) {
          return true;
        }
        slot = (slot + 1) & mask;
      }
      return false;
    }
  }
}
