package io.newsflow.enrich.ner;

import io.newsflow.enrich.tag.KnowledgeBase;
import io.newsflow.enrich.tag.TsvResource;
import java.util.List;
import java.util.Locale;

/**
 * Our own lists as evidence for the model, never as tags: the knowledge base (people,
 * organisations, places), GeoNames cities, regions, countries and their demonyms, extra places, and
 * given names and surnames. A sequence of tokens on a list marks its first token B and the rest I
 * for that list; the model learns how much each mark counts in context (a city's name in "Leeds
 * beat Chelsea" is a club).
 */
public final class NerLexicon {
  /** List kinds; each has a B and an I bit. */
  static final int PER = 0;

  static final int ORG = 1;
  static final int LOC = 2;
  static final int COUNTRY = 3;
  static final int DEMONYM = 4;
  static final int GIVEN = 5;
  static final int SURNAME = 6;
  static final int KINDS = 7;
  static final int MAX_LEN = 6;
  private static final int PREFIX = 1 << 30;

  /**
   * Sequence hash of lower-cased tokens -> bit set of kinds. Started small and grown as names come
   * (to about 51,000 keys in 2 MB, half full): every token of a text probes it, and a table larger
   * than need be holds fewer of its rows in the CPU's cache.
   */
  private final LongIntMap entries = new LongIntMap(1 << 10);

  /**
   * A Bloom filter of {@link #entries}' keys (64 KB, two bits per key, about 3 % false positives):
   * two of three tokens of a text start no listed name and are turned away here, not by a probe
   * into the 2 MB table.
   */
  private final long[] bloom = new long[1 << 13];

  private static final int BLOOM_BITS = (1 << 13) * 64 - 1;

  /** One of a key's two filter bits: {@code shift} 40 or 13 of its Fibonacci product. */
  private static int bit(long key, int shift) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift) & BLOOM_BITS;
  }

  private void remember(long key) {
    int b1 = bit(key, 40);
    int b2 = bit(key, 13);
    bloom[b1 >>> 6] |= 1L << b1;
    bloom[b2 >>> 6] |= 1L << b2;
  }

  /** The key's kinds and prefix bit, 0 for a key no name has. */
  private int kinds(long key) {
    int b1 = bit(key, 40);
    int b2 = bit(key, 13);
    if ((bloom[b1 >>> 6] & (1L << b1)) == 0 || (bloom[b2 >>> 6] & (1L << b2)) == 0) {
      return 0;
    }
    return entries.get(key, 0);
  }

  /** Word classes from unlabelled text, read beside the lists. */
  final WordClusters clusters;

  NerLexicon(WordClusters clusters) {
    this.clusters = clusters;
  }

  private static final class Holder {
    static final NerLexicon SHIPPED = load();
  }

  public static NerLexicon shipped() {
    return Holder.SHIPPED;
  }

  private static NerLexicon load() {
    NerLexicon lex = new NerLexicon(WordClusters.shipped());
    String kb = "/io/newsflow/enrich/kb/";
    for (KnowledgeBase.Entry e : KnowledgeBase.shipped().entries()) {
      int kind =
          switch (e.type()) {
            case PERSON -> PER;
            case ORGANIZATION -> ORG;
            default -> LOC;
          };
      lex.add(e.name(), kind);
      e.aliases().forEach(a -> lex.add(a, kind));
    }
    for (String[] f : TsvResource.rows(kb + "cities.tsv")) {
      lex.add(f[1], LOC);
      lex.addAll(f, 4, "[|,]", LOC);
    }
    for (String[] f : TsvResource.rows(kb + "regions.tsv")) {
      lex.add(f[1], LOC);
      lex.addAll(f, 3, "\\|", LOC);
    }
    for (String[] f : TsvResource.rows(kb + "places-extra.tsv")) {
      lex.add(f[0], LOC);
    }
    for (String cc : Locale.getISOCountries()) {
      lex.add(new Locale("", cc).getDisplayCountry(Locale.ENGLISH), COUNTRY);
    }
    for (String[] f : TsvResource.rows("/io/newsflow/enrich/country-aliases.tsv")) {
      if (f.length > 1) {
        for (String a : f[1].split("\\|")) {
          lex.add(a, COUNTRY);
        }
      }
      if (f.length > 2) {
        for (String a : f[2].split("\\|")) {
          lex.add(a, DEMONYM);
        }
      }
    }
    for (String[] f : TsvResource.rows(kb + "names.tsv")) {
      if (f.length > 1) {
        if (f[1].contains("F")) {
          lex.add(f[0], GIVEN);
        }
        if (f[1].contains("L")) {
          lex.add(f[0], SURNAME);
        }
      }
    }
    return lex;
  }

  /**
   * The names in column {@code col} of a row, split by {@code separator}, when the row has that
   * column.
   */
  private void addAll(String[] row, int col, String separator, int kind) {
    if (row.length > col) {
      for (String a : row[col].split(separator)) {
        add(a, kind);
      }
    }
  }

  private void add(String name, int kind) {
    String n = name.strip();
    if (n.isEmpty()) {
      return;
    }
    List<List<Tokens.Token>> s = Tokens.sentences(n);
    if (s.size() != 1 || s.get(0).size() > MAX_LEN) {
      return;
    }
    long h = 0;
    List<Tokens.Token> toks = s.get(0);
    for (int i = 0; i < toks.size(); i++) {
      h = combine(h, NerFeatures.lowerHash(toks.get(i).text()));
      // a proper prefix is marked so lookups can stop as soon as no listed name continues
      entries.or(h, i == toks.size() - 1 ? 1 << kind : PREFIX);
      remember(h);
    }
  }

  static long combine(long h, int tokenHash) {
    return (h ^ tokenHash) * 0x100000001B3L + 0x9E3779B97F4A7C15L;
  }

  /**
   * Marks the listed names starting at token {@code i} into {@code m}: bit {@code 2*kind} on token
   * i where a name of that kind starts there, {@code 2*kind+1} on each token it continues to. A
   * token's marks are all there once this ran for it and the {@code MAX_LEN - 1} tokens before it
   * (the tagger asks for few tokens' marks, so not every token's are looked up).
   */
  void markFrom(int[] lowerHashes, int i, int[] m) {
    int n = lowerHashes.length;
    long h = 0;
    for (int len = 1; len <= MAX_LEN && i + len <= n; len++) {
      h = combine(h, lowerHashes[i + len - 1]);
      int kinds = kinds(h);
      if (kinds == 0) {
        break;
      }
      if ((kinds & ~PREFIX) != 0) {
        for (int k = 0; k < KINDS; k++) {
          if ((kinds & (1 << k)) != 0) {
            m[i] |= 1 << (2 * k);
            for (int j = i + 1; j < i + len; j++) {
              m[j] |= 1 << (2 * k + 1);
            }
          }
        }
      }
    }
  }

  /**
   * Whether a single word is a given name or surname on our lists, or a listed person's one-word
   * name.
   */
  public boolean isPersonName(String word) {
    int kinds = entries.get(combine(0, NerFeatures.lowerHash(word)), 0);
    return (kinds & ((1 << GIVEN) | (1 << SURNAME) | (1 << PER))) != 0;
  }

  /** Whether a single word is a given name on our lists. */
  public boolean isGivenName(String word) {
    return (entries.get(combine(0, NerFeatures.lowerHash(word)), 0) & (1 << GIVEN)) != 0;
  }

  int size() {
    return entries.size();
  }
}
