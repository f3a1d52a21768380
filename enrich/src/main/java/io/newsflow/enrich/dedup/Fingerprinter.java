package io.newsflow.enrich.dedup;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import io.newsflow.enrich.extract.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Similarity fingerprints of an article's text, for any script: the text is normalised and
 * lower-cased, cut into tokens (words where words are separated by spaces, single characters where
 * they are not), and every run of three tokens is a shingle. A SuperMinHash signature of the
 * shingles estimates Jaccard similarity; a second, smaller one over the first {@value #LEAD_TOKENS}
 * tokens recognises a copy truncated to its opening.
 *
 * <p>"The same content" has one definition, {@link #exact}: a hash of the text's letters and
 * digits, lower-cased. It decides that a re-fetched page is unchanged (revisions) and that a copy
 * is an exact duplicate. (Ingest's {@code contentHash} is another thing: the identity of the raw
 * input bytes, before any extraction, so that one run does not publish the same input twice.)
 */
public final class Fingerprinter {
  public static final int SHINGLE = 3;
  public static final int LEAD_TOKENS = 60;
  public static final SimilarityHashPolicy FULL = SimilarityHashing.superMinHash(128, 16);
  public static final SimilarityHashPolicy LEAD = SimilarityHashing.superMinHash(32, 16);
  private static final Hasher64 HASH = Hashing.komihash5_0();

  /**
   * The fingerprints of one text; signatures are empty when the text has no shingle.
   *
   * @param exact the text's {@link #exact} hash; empty when not known (entries written before it)
   */
  public record Fingerprint(byte[] signature, byte[] lead, int shingles, String exact) {
    public boolean isEmpty() {
      return signature.length == 0;
    }
  }

  private Fingerprinter() {}

  public static Fingerprint of(String text) {
    return of(text, exact(text));
  }

  /** The similarity fingerprints of a text whose {@link #exact} hash is already known. */
  public static Fingerprint of(String text, String exact) {
    String t = TextNormalizer.normalize(text).toLowerCase(Locale.ROOT);
    int[] bounds = tokenBounds(t);
    int tokens = bounds.length / 2;
    long[] all = shingles(t, bounds, tokens);
    int leadTokens = Math.min(tokens, LEAD_TOKENS);
    // the lead's shingles are the first of the text's whenever the lead holds a whole shingle
    long[] lead =
        leadTokens >= SHINGLE
            ? Arrays.copyOf(all, leadTokens - SHINGLE + 1)
            : shingles(t, bounds, leadTokens);
    return new Fingerprint(sign(FULL, all), sign(LEAD, lead), distinct(all), exact);
  }

  /**
   * Where the tokens of a normalised, lower-cased text stand, as start and end pairs: words where
   * words are separated by spaces, single characters where they are not. No token string is made.
   */
  static int[] tokenBounds(String t) {
    int[] out = new int[64];
    int n = 0;
    int wordStart = -1;
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean unspaced = isUnspaced(cp);
      if (TextNormalizer.isLetterOrDigit(cp) && !unspaced) {
        if (wordStart < 0) {
          wordStart = i;
        }
        i = next;
        continue;
      }
      if (n + 4 > out.length) {
        out = Arrays.copyOf(out, out.length * 2);
      }
      if (wordStart >= 0) {
        out[n++] = wordStart;
        out[n++] = i;
        wordStart = -1;
      }
      if (unspaced) {
        out[n++] = i;
        out[n++] = next;
      }
      i = next;
    }
    if (wordStart >= 0) {
      if (n + 2 > out.length) {
        out = Arrays.copyOf(out, out.length + 2);
      }
      out[n++] = wordStart;
      out[n++] = t.length();
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * The hash of every run of {@value #SHINGLE} tokens among the first {@code n}: each run's tokens,
   * each followed by a space, hashed from one reused buffer.
   */
  private static long[] shingles(String t, int[] bounds, int n) {
    if (n == 0) {
      return new long[0];
    }
    int k = Math.min(SHINGLE, n);
    long[] out = new long[n - k + 1];
    CharView view = new CharView();
    for (int i = 0; i + k <= n; i++) {
      view.length = 0;
      for (int j = i; j < i + k; j++) {
        view.append(t, bounds[2 * j], bounds[2 * j + 1]);
        view.append(' ');
      }
      out[i] = HASH.hashCharsToLong(view);
    }
    return out;
  }

  /** A growable character buffer seen as a CharSequence, so hashing needs no string. */
  private static final class CharView implements CharSequence {
    char[] chars = new char[64];
    int length;

    void append(String s, int from, int to) {
      int add = to - from;
      if (length + add > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + add));
      }
      s.getChars(from, to, chars, length);
      length += add;
    }

    void append(char c) {
      if (length == chars.length) {
        chars = Arrays.copyOf(chars, chars.length * 2);
      }
      chars[length++] = c;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
      return new String(chars, 0, length);
    }
  }

  /**
   * Whether two texts are the same content: 128 bits of SHA-256 over the text's letters and digits,
   * lower-cased (hex), so that punctuation, quotes and spacing do not count.
   */
  public static String exact(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (TextNormalizer.isLetterOrDigit(cp)) {
        sb.appendCodePoint(TextNormalizer.toLowerCase(cp));
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
        sb.append(' ');
      }
    }
    byte[] d = SHA256.get().digest(sb.toString().strip().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d, 0, 16);
  }

  /** One digest per thread: looking the algorithm up costs more than hashing a short text. */
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException(e);
            }
          });

  private static int distinct(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        n++;
      }
    }
    return n;
  }

  private static boolean isUnspaced(int cp) {
    if (cp < 0x0E00) {
      return false;
    }
    Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
    return sc == Character.UnicodeScript.HAN
        || sc == Character.UnicodeScript.HIRAGANA
        || sc == Character.UnicodeScript.KATAKANA
        || sc == Character.UnicodeScript.THAI
        || sc == Character.UnicodeScript.LAO
        || sc == Character.UnicodeScript.KHMER
        || sc == Character.UnicodeScript.MYANMAR
        || sc == Character.UnicodeScript.TIBETAN;
  }

  private static byte[] sign(SimilarityHashPolicy policy, long[] shingles) {
    if (shingles.length == 0) {
      return new byte[0];
    }
    return policy.createHasher().compute(ElementHashProvider.ofValues(shingles));
  }

  /** Estimated Jaccard similarity of two signatures of one policy (0 when either is empty). */
  public static double jaccard(SimilarityHashPolicy policy, byte[] a, byte[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    return policy.getFractionOfEqualComponents(a, b);
  }
}
