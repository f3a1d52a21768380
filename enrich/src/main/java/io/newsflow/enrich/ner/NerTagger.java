package io.newsflow.enrich.ner;

import io.newsflow.enrich.tag.ShippedResource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds person, organisation, place and other names in text with the shipped NER model.
 * Thread-safe.
 */
public final class NerTagger {
  /**
   * Where the shipped model lies in the jar; `newsflow train ner` writes it (README, "Entities").
   */
  public static final String MODEL_RESOURCE = "/io/newsflow/enrich/ner/ner-en.bin.gz";

  /** A recognised name: [start, end) in the text and its type (PER, ORG, LOC, MISC). */
  public record Mention(int start, int end, String type) {}

  private final NerModel model;
  private final NerLexicon lexicon;

  private static final class Holder {
    static final NerTagger SHIPPED = load();

    private static NerTagger load() {
      NerModel model =
          ShippedResource.read(
              NerTagger.class, MODEL_RESOURCE, "the NER model", "part of the jar", NerModel::read);
      return new NerTagger(model, NerLexicon.shipped());
    }
  }

  NerTagger(NerModel model, NerLexicon lexicon) {
    this.model = model;
    this.lexicon = lexicon;
  }

  public static NerTagger shipped() {
    return Holder.SHIPPED;
  }

  /**
   * A model file {@code newsflow train ner --out} wrote, with the shipped name lists: to score a
   * model trained on other splits (say, train only, to score on dev) as enrich would run it.
   */
  public static NerTagger read(Path modelFile) throws IOException {
    try (InputStream in = Files.newInputStream(modelFile)) {
      return new NerTagger(NerModel.read(in), NerLexicon.shipped());
    }
  }

  /** The names in the text, in order; a text is one document (its casing evidence is shared). */
  public List<Mention> tag(String text) {
    Tokens.Offsets o = Tokens.offsets(text);
    List<String[]> words = new ArrayList<>(o.sentenceEnds.size());
    int from = 0;
    for (int to : o.sentenceEnds) {
      String[] w = new String[to - from];
      for (int i = 0; i < w.length; i++) {
        w[i] = text.substring(o.start[from + i], o.end[from + i]);
      }
      words.add(w);
      from = to;
    }
    List<int[]> tags = model.tagDocument(words, lexicon);
    List<Mention> out = new ArrayList<>();
    from = 0;
    for (int s = 0; s < words.size(); s++) {
      String[] toks = words.get(s);
      for (int[] sp : NerModel.spans(tags.get(s))) {
        int first = sp[0];
        int last = sp[1] - 1;
        while (last > first && isClitic(toks[last])) {
          last--; // "North Korea's" names North Korea
        }
        boolean written = false;
        for (int k = first; k <= last; k++) {
          written |= edge(toks[k]);
        }
        // a name written with capitals neither begins nor ends with a lower-case word, a number or
        // punctuation
        // ("Murrayfield more", "Chelsea 1"); one written all in lower case (a tweet's "obama")
        // stays as it is
        while (written && last > first && !edge(toks[last])) {
          last--;
        }
        while (written && first < last && !edge(toks[first])) {
          first++;
        }
        out.add(new Mention(o.start[from + first], o.end[from + last], NerModel.TYPES.get(sp[2])));
      }
      from += toks.length;
    }
    return out;
  }

  /**
   * Whether a token may stand at the edge of a name: it starts with a capital or a letter of a
   * caseless script.
   */
  private static boolean edge(String t) {
    char c = t.charAt(0);
    return Character.isUpperCase(c)
        || Character.isLetter(c) && !Character.isLowerCase(c)
        || (c == '@' || c == '#') && t.length() > 1;
  }

  private static boolean isClitic(String t) {
    return t.length() >= 2 && (t.charAt(0) == '\'' || t.charAt(0) == '\u2019');
  }

  /** Labels for sentences already cut into tokens (evaluation on gold tokens). */
  public List<int[]> tagTokens(List<String[]> sentences) {
    return model.tagDocument(sentences, lexicon);
  }

  static NerTagger of(NerModel model) {
    return new NerTagger(model, NerLexicon.shipped());
  }
}
