package io.newsflow.enrich.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads CoNLL-style NER files: {@code token TAG} a line (or {@code token POS chunk TAG}; the tag is
 * the last column), a blank line between sentences, {@code -DOCSTART-} between documents, BIO or
 * IOB1 tags (IOB1 is turned into BIO); {@code .gz} files are read through gzip.
 */
public final class Conll {
  /** One sentence: tokens and their BIO tags. */
  public record Sentence(String[] tokens, String[] tags) {}

  /** One document: its sentences. */
  public record Doc(List<Sentence> sentences) {}

  private Conll() {}

  public static List<Doc> read(Path p) throws IOException {
    try (InputStream raw = Files.newInputStream(p);
        InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<Doc> docs = new ArrayList<>();
      List<Sentence> sentences = new ArrayList<>();
      List<String> toks = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        String t = line.strip();
        if (t.isEmpty()) {
          flush(sentences, toks, tags);
          continue;
        }
        String[] f = t.split("[\\t ]+");
        if (f[0].equals("-DOCSTART-")) {
          flush(sentences, toks, tags);
          if (!sentences.isEmpty()) {
            docs.add(new Doc(sentences));
            sentences = new ArrayList<>();
          }
          continue;
        }
        if (f.length < 2) {
          throw new IOException(p + ":" + lineNo + ": expected 'token TAG', got '" + line + "'");
        }
        String tag = f[f.length - 1];
        if (!tag.equals("O")
            && !(tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-")))) {
          throw new IOException(p + ":" + lineNo + ": '" + tag + "' is not a BIO/IOB1 tag");
        }
        toks.add(f[0]);
        tags.add(tag);
      }
      flush(sentences, toks, tags);
      if (!sentences.isEmpty()) {
        docs.add(new Doc(sentences));
      }
      return docs;
    }
  }

  private static void flush(List<Sentence> sentences, List<String> toks, List<String> tags) {
    if (toks.isEmpty()) {
      return;
    }
    String[] t = tags.toArray(String[]::new);
    // IOB1 -> BIO: an I- that does not continue an entity of its type starts one
    for (int i = 0; i < t.length; i++) {
      if (t[i].startsWith("I-")
          && (i == 0 || t[i - 1].equals("O") || !t[i - 1].substring(2).equals(t[i].substring(2)))) {
        t[i] = "B-" + t[i].substring(2);
      }
    }
    sentences.add(new Sentence(toks.toArray(String[]::new), t));
    toks.clear();
    tags.clear();
  }

  /** Entity spans of a sentence as [startToken, endToken) with types. */
  public static List<int[]> spans(String[] tags, List<String> types) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < tags.length) {
      if (tags[i].startsWith("B-")) {
        String ty = tags[i].substring(2);
        int j = i + 1;
        while (j < tags.length && tags[j].equals("I-" + ty)) {
          j++;
        }
        int idx = types.indexOf(ty);
        if (idx >= 0) {
          out.add(new int[] {i, j, idx});
        }
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }
}
