package io.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import io.newsflow.enrich.extract.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Fingerprints are stored state: a canonical filed by one release must match its copies under the
 * next. The tokeniser that hashes from token bounds (no token strings) must give, bit for bit, what
 * the one that built a string per token and per shingle gave.
 */
class FingerprinterTest {
  static final Hasher64 HASH = Hashing.komihash5_0();

  /** The fingerprint as the previous release computed it: a string per token and per shingle. */
  static Fingerprinter.Fingerprint before(String text) {
    List<String> tokens = new ArrayList<>();
    String t = TextNormalizer.normalize(text).toLowerCase(Locale.ROOT);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      i += Character.charCount(cp);
      boolean unspaced = unspaced(cp);
      if (TextNormalizer.isLetterOrDigit(cp) && !unspaced) {
        word.appendCodePoint(cp);
        continue;
      }
      if (word.length() > 0) {
        tokens.add(word.toString());
        word.setLength(0);
      }
      if (unspaced) {
        tokens.add(new String(Character.toChars(cp)));
      }
    }
    if (word.length() > 0) {
      tokens.add(word.toString());
    }
    long[] all = shingles(tokens, tokens.size());
    int leadTokens = Math.min(tokens.size(), Fingerprinter.LEAD_TOKENS);
    long[] lead =
        leadTokens >= Fingerprinter.SHINGLE
            ? Arrays.copyOf(all, leadTokens - Fingerprinter.SHINGLE + 1)
            : shingles(tokens, leadTokens);
    return new Fingerprinter.Fingerprint(
        sign(Fingerprinter.FULL.createHasher(), all),
        sign(Fingerprinter.LEAD.createHasher(), lead),
        (int) Arrays.stream(all).distinct().count(),
        "");
  }

  /**
   * A frozen copy of the script test the fingerprints were made with, kept here on purpose: should
   * {@code Fingerprinter}'s change, this test must notice.
   */
  static boolean unspaced(int cp) {
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

  static long[] shingles(List<String> tokens, int n) {
    if (n == 0) {
      return new long[0];
    }
    int k = Math.min(Fingerprinter.SHINGLE, n);
    long[] out = new long[n - k + 1];
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i + k <= n; i++) {
      sb.setLength(0);
      for (int j = i; j < i + k; j++) {
        sb.append(tokens.get(j)).append(' ');
      }
      out[i] = HASH.hashCharsToLong(sb);
    }
    return out;
  }

  static byte[] sign(SimilarityHasher hasher, long[] shingles) {
    return shingles.length == 0
        ? new byte[0]
        : hasher.compute(ElementHashProvider.ofValues(shingles));
  }

  static final String[] SAMPLES = {
    "",
    "One",
    "Two words",
    "Exactly three words",
    "Floods in Porto Alegre forced 20,000 people from their homes on Monday, officials said.",
    "北京市政府周一表示，暴雨导致多条道路封闭。东京 の 天気は 晴れ です。",
    "กรุงเทพฯ น้ำท่วมหนัก ผู้คนอพยพ",
    "Москва — «Заявление» министерства: 12 человек погибли.",
    "Emoji 🚀 and ligatures ﬁne, full-width ＡＢＣ１２３, tabs\tand\nlines",
    "Ａｌ-Ｆａｓｈｅｒ Ｃａｍｐ … “quoted” — dash ‘single’ ÉCOLE Straße İstanbul",
  };

  @Test
  void theSameFingerprintsAsTheStringBuildingTokeniser() {
    List<String> texts = new ArrayList<>(List.of(SAMPLES));
    SplittableRandom r = new SplittableRandom(5);
    String alphabet = "abcdeéfghij KLMNOP 0123 ,.;—\n\t北京東京กรุง«»’";
    for (int i = 0; i < 300; i++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(600);
      for (int c = 0; c < len; c++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      texts.add(sb.toString());
    }
    for (String text : texts) {
      Fingerprinter.Fingerprint now = Fingerprinter.of(text, "");
      Fingerprinter.Fingerprint then = before(text);
      assertThat(now.signature()).as(text).isEqualTo(then.signature());
      assertThat(now.lead()).as(text).isEqualTo(then.lead());
      assertThat(now.shingles()).as(text).isEqualTo(then.shingles());
    }
  }
}
