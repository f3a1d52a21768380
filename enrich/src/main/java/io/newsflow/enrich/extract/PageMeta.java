package io.newsflow.enrich.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What a page says about itself: its headline (from {@code h1}, {@code og:title}, JSON-LD or {@code
 * <title>}, without the site name or a section label around it) and a JSON-LD {@code articleBody}
 * where one is stated.
 */
record PageMeta(String title, String articleBody) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Separators between a headline and the site or section name in titles. */
  private static final Pattern SEPARATOR = Pattern.compile(" (?:\\||-|::|·|»|/|•) ");

  private static final int MAX_LD_CHARS = 2_000_000;

  private static final Evaluator SITE_NAME =
      QueryParser.parse("meta[property=og:site_name], meta[name=application-name]");
  private static final Evaluator OG_TITLE =
      QueryParser.parse("meta[property=og:title], meta[name=twitter:title]");

  /**
   * From the document, its JSON-LD scripts and its {@code h1}s (collected by the caller's one walk
   * of the page).
   */
  static PageMeta of(Document doc, List<Element> jsonLd, List<Element> h1s) {
    String siteName = meta(doc, SITE_NAME);
    String og = meta(doc, OG_TITLE);
    String headline = null;
    String body = null;
    for (Element s : jsonLd) {
      String data = s.data();
      if (data.length() > MAX_LD_CHARS) {
        continue;
      }
      try {
        JsonNode n = JSON.readTree(data);
        List<JsonNode> found = new ArrayList<>();
        collect(n, found, 0);
        for (JsonNode a : found) {
          if (headline == null && a.path("headline").isTextual()) {
            headline = a.path("headline").asText();
          }
          if (body == null && a.path("articleBody").isTextual()) {
            body = a.path("articleBody").asText();
          }
          if (siteName == null && a.path("publisher").path("name").isTextual()) {
            siteName = a.path("publisher").path("name").asText();
          }
        }
      } catch (Exception malformed) {
        // publishers ship broken JSON-LD; it is a hint, the DOM still holds the page
      }
    }
    Element h1 = headline(h1s);
    String h1Text = h1 == null ? "" : TextNormalizer.normalize(h1.text());
    String docTitle = TextNormalizer.normalize(doc.title());
    String title;
    String h1Key = Blocks.key(h1Text);
    boolean h1IsSite = !h1Key.isEmpty() && siteName != null && h1Key.equals(Blocks.key(siteName));
    if (!h1Key.isEmpty() && !h1IsSite && Blocks.wordCount(h1Text) >= 2) {
      title = h1Text; // the visible headline
    } else if (og != null && !og.isBlank()) {
      title = clean(og, siteName);
    } else if (headline != null && !headline.isBlank()) {
      title = clean(headline, siteName);
    } else if (!docTitle.isBlank()) {
      title = clean(docTitle, siteName);
    } else {
      title = h1Text;
    }
    return new PageMeta(TextNormalizer.normalize(title), body);
  }

  /**
   * The first {@code h1} that is not a logo: not a link, not in navigation or a page header outside
   * an article.
   */
  private static Element headline(List<Element> h1s) {
    for (Element h : h1s) {
      if (h.closest("a") != null
          || h.selectFirst("a") != null && h.select("a").text().length() == h.text().length()
          || h.closest("nav") != null
          || h.closest("header") != null
              && h.closest("article") == null
              && h.closest("main") == null
              && h.text().length() < 20) {
        continue;
      }
      return h;
    }
    return null;
  }

  private static void collect(JsonNode n, List<JsonNode> out, int depth) {
    if (depth > 6 || n == null) {
      return;
    }
    if (n.isArray()) {
      n.forEach(c -> collect(c, out, depth + 1));
    } else if (n.isObject()) {
      if (n.has("headline") || n.has("articleBody")) {
        out.add(n);
      }
      if (n.has("@graph")) {
        collect(n.get("@graph"), out, depth + 1);
      }
    }
  }

  private static String meta(Document doc, Evaluator query) {
    Element e =
        doc.head().selectFirst(query); // meta tags live in the head: no walk over the whole page
    return e == null || e.attr("content").isBlank()
        ? null
        : TextNormalizer.normalize(e.attr("content"));
  }

  /**
   * A headline without the site name after it ("... - TechCrunch", "... | ZDNet") or a section
   * label before it ("Opinion | ..."): a short segment at either end goes when the rest is a
   * headline of its own; a short segment before a dash stays ("Sudan - ...": a dateline-like topic
   * is part of many headlines).
   */
  static String clean(String raw, String siteName) {
    String t = TextNormalizer.normalize(raw);
    String site = siteName == null ? "" : Blocks.key(siteName);
    for (int round = 0; round < 3; round++) {
      List<String> parts = List.of(SEPARATOR.split(t));
      if (parts.size() < 2) {
        break;
      }
      String first = parts.get(0);
      String last = parts.get(parts.size() - 1);
      String restAfterFirst = t.substring(first.length()).replaceFirst("^ \\S+ ", "");
      String restBeforeLast =
          t.substring(0, t.length() - last.length()).replaceFirst(" \\S+ $", "");
      if (isSiteName(last, site)
          || Blocks.wordCount(last) <= 4
              && Blocks.wordCount(restBeforeLast) >= 4
              && Blocks.wordCount(restBeforeLast) > Blocks.wordCount(last)) {
        t = restBeforeLast;
      } else if (isSiteName(first, site)
          || Blocks.wordCount(first) <= 2
              && Blocks.wordCount(restAfterFirst) >= 4
              && !t.startsWith(first + " - ")) {
        t = restAfterFirst;
      } else {
        break;
      }
    }
    return t.strip();
  }

  private static boolean isSiteName(String segment, String siteKey) {
    String k = Blocks.key(segment);
    return !k.isEmpty()
        && (k.equals(siteKey)
            || k.replace(" ", "").equals(siteKey.replace(" ", ""))
            || segment
                .toLowerCase(Locale.ROOT)
                .matches(".*\\.(com|org|net|de|co\\.uk|fr|it|es|info|io)$"));
  }
}
