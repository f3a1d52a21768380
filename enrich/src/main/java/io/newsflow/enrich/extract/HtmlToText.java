package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page into lines of text, one block element a line, with the page's structural chrome (scripts,
 * navigation, headers, footers, asides, forms, and elements whose class or id names a chrome role) removed. When the
 * page marks up several {@code <article>}s, each becomes its own part.
 */
public final class HtmlToText {
  /** A part of a page: its headline from the markup (may be empty) and its text as lines. */
  public record Part(String title, String text) {}

  private static final Pattern CHROME_ROLE = Pattern.compile(
      "(?i)(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|footer|header|masthead|sidebar|widget|share|sharing|social|"
          + "subscribe|subscription|newsletter|cookie|consent|gdpr|related|trending|popular|most-read|mostread|"
          + "recommended|promo|advert|advertisement|ads|ad-slot|banner|comments?|pagination|tags|byline-share|"
          + "outbrain|taboola)($|[\\s_-])");
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
      "pre", "figcaption", "figure", "table", "tr", "td", "th", "dt", "dd", "br", "hr", "header", "address");
  /** Guard against pathological nesting: jsoup's tree stays bounded and so does our traversal. */
  private static final int MAX_DEPTH = 512;

  private HtmlToText() {}

  public static List<Part> parts(String html) {
    Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
    Document doc = Jsoup.parse(html, "", parser);
    String pageTitle = pageTitle(doc);
    doc.select("script, style, noscript, template, svg, iframe, form, button, select, nav, aside, footer, "
        + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary]")
        .remove();
    for (Element e : doc.select("[class], [id]")) {
      if (e.parent() != null && !e.tagName().equals("body") && !e.tagName().equals("article")
          && !e.tagName().equals("main") && CHROME_ROLE.matcher(e.className() + " " + e.id()).find()) {
        e.remove();
      }
    }
    // a page header outside any article is chrome; an article's own header holds its headline
    for (Element h : doc.select("header")) {
      if (h.closest("article") == null) {
        h.remove();
      }
    }
    List<Part> parts = new ArrayList<>();
    Elements articles = doc.select("article").not("article article");
    if (articles.size() >= 2) {
      for (Element a : articles) {
        Element h = a.selectFirst("h1, h2, h3");
        parts.add(new Part(h == null ? "" : h.text(), text(a)));
      }
      return parts;
    }
    Element root = articles.size() == 1 ? articles.first() : doc.body();
    Element h1 = root.selectFirst("h1");
    String title = h1 != null ? h1.text() : pageTitle;
    parts.add(new Part(title == null ? "" : title, text(root)));
    return parts;
  }

  private static String pageTitle(Document doc) {
    Element og = doc.selectFirst("meta[property=og:title], meta[name=twitter:title]");
    if (og != null && !og.attr("content").isBlank()) {
      return og.attr("content");
    }
    return doc.title();
  }

  static String text(Element root) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          sb.append(t.text());
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          sb.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          sb.append('\n');
        }
      }
    }, root);
    return sb.toString();
  }
}
