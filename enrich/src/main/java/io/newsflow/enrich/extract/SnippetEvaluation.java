package io.newsflow.enrich.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.pages.DeclaredCharset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Scores an extractor on pages annotated with snippets that must ({@code with}) and must not
 * ({@code without}) appear in the article text, the format of trafilatura's evaluation set: a
 * snippet passes when its whitespace-normalised form is a substring of the whitespace-normalised
 * output. The pages are read from where they lie; nothing of them is kept.
 */
public final class SnippetEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Counts for one language (or all). */
  public static final class Score {
    public int pages;
    public int withFound;
    public int withTotal;
    public int withoutAvoided;
    public int withoutTotal;
    public int empty;
    public int split;

    public double withShare() {
      return withTotal == 0 ? 1 : (double) withFound / withTotal;
    }

    public double withoutShare() {
      return withoutTotal == 0 ? 1 : (double) withoutAvoided / withoutTotal;
    }

    /**
     * trafilatura's summary of this set: a found {@code with} is a true positive, a found {@code
     * without} a false one.
     */
    public double precision() {
      int fp = withoutTotal - withoutAvoided;
      return withFound + fp == 0 ? 1 : (double) withFound / (withFound + fp);
    }

    public double f1() {
      double p = precision();
      double r = withShare();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    void add(Score o) {
      pages += o.pages;
      withFound += o.withFound;
      withTotal += o.withTotal;
      withoutAvoided += o.withoutAvoided;
      withoutTotal += o.withoutTotal;
      empty += o.empty;
      split += o.split;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "pages %4d  with found %5.1f %% (%d/%d)  without avoided %5.1f %% (%d/%d)  "
              + "F1 %.3f  empty %d  split %d",
          pages,
          100 * withShare(),
          withFound,
          withTotal,
          100 * withoutShare(),
          withoutAvoided,
          withoutTotal,
          f1(),
          empty,
          split);
    }
  }

  private SnippetEvaluation() {}

  /**
   * Scores per language ({@code html_lang}'s first two letters, "??" when unstated), plus "all".
   */
  public static Map<String, Score> run(
      Path dataDir, Function<String, List<ExtractedArticle>> extractor, List<String> failures)
      throws IOException {
    JsonNode eval = JSON.readTree(dataDir.resolve("evaldata.json").toFile());
    Map<String, Score> out = new TreeMap<>();
    Score all = new Score();
    for (Map.Entry<String, JsonNode> e : eval.properties()) {
      Path page = dataDir.resolve("html").resolve(e.getKey());
      if (!Files.exists(page)) {
        continue;
      }
      String html = decode(readGz(page));
      List<ExtractedArticle> parts = extractor.apply(html);
      StringBuilder sb = new StringBuilder();
      for (ExtractedArticle a : parts) {
        sb.append(a.text()).append('\n');
      }
      String text = squash(sb.toString());
      Score s = new Score();
      s.pages = 1;
      s.empty = parts.isEmpty() ? 1 : 0;
      s.split = parts.size() > 1 ? 1 : 0;
      for (JsonNode w : e.getValue().path("with")) {
        s.withTotal++;
        if (text.contains(squash(w.asText()))) {
          s.withFound++;
        } else if (failures != null) {
          failures.add(e.getKey() + "\tmissing\t" + w.asText());
        }
      }
      for (JsonNode w : e.getValue().path("without")) {
        s.withoutTotal++;
        if (!text.contains(squash(w.asText()))) {
          s.withoutAvoided++;
        } else if (failures != null) {
          failures.add(e.getKey() + "\tunwanted\t" + w.asText());
        }
      }
      String lang = e.getValue().path("html_lang").asText("");
      lang = lang.length() >= 2 ? lang.substring(0, 2).toLowerCase(Locale.ROOT) : "??";
      out.computeIfAbsent(lang, k -> new Score()).add(s);
      all.add(s);
    }
    out.put("all", all);
    return out;
  }

  static byte[] readGz(Path p) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      return in.readAllBytes();
    }
  }

  /**
   * The page's declared charset (BOM, then {@code <meta charset>}), else UTF-8; undecodable bytes
   * replaced.
   */
  static String decode(byte[] body) {
    Charset cs = StandardCharsets.UTF_8;
    String declared = DeclaredCharset.of(body);
    if (declared != null) {
      try {
        cs = Charset.forName(declared);
      } catch (IllegalArgumentException unknown) {
        cs = StandardCharsets.UTF_8;
      }
    }
    if (cs.name().startsWith("UTF-16")) {
      cs =
          StandardCharsets
              .UTF_8; // a page read as bytes cannot be UTF-16 when its meta tag was ASCII-readable
    }
    return new String(body, cs);
  }

  static String squash(String s) {
    return TextNormalizer.normalize(s.replace('\n', ' '));
  }
}
