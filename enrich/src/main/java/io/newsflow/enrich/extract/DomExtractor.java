package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * Finds the article on an HTML page by scoring its DOM, site-agnostic. The page is cut into text blocks (paragraphs,
 * list items, cells, headings); each block is scored by its length and link density; every element sums the scores
 * of the blocks inside it, and the element with the highest sum holds the article. Chrome (navigation, asides,
 * footers, elements whose class or id names a chrome role) only counts against an element, and is only dropped
 * from inside the chosen one, and only when it holds a minor share of the text: class names are hints, never
 * grounds to delete what holds the article. Several {@code <article>} elements become several parts only when each
 * is a full article and together they are the page.
 */
public final class DomExtractor {
  /** Chrome roles named by a class or id token (tokens split at white space, '-' and '_'). */
  private static final java.util.Set<String> CHROME_TOKENS = java.util.Set.of(
      "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "footer", "sidebar", "share", "sharing",
      "social", "subscribe", "subscription", "newsletter", "cookie", "cookies", "consent", "gdpr", "related",
      "trending", "popular", "mostread", "recommended", "recommendations", "promo", "advert", "advertisement", "ad", "ads",
      "comment", "comments", "commentlist", "respond", "pagination", "pager", "tagcloud", "outbrain", "taboola",
      "teaser", "teasers", "skip", "author", "autor", "authorbox", "login", "registration", "signup", "modal",
      "overlay", "popup", "disqus", "shariff", "replies");
  /** Comment threads: chrome however much text they hold. */
  private static final java.util.Set<String> COMMENT_TOKENS = java.util.Set.of(
      "comment", "comments", "commentlist", "disqus", "respond", "replies");
  /** Tokens that say an element holds content: they cancel a chrome token in the same attribute. */
  private static final java.util.Set<String> CONTENT_TOKENS = java.util.Set.of(
      "article", "body", "content", "entry", "main", "story", "blog", "articlebody");
  /** Elements that never hold article text. */
  private static final java.util.Set<String> DROP = java.util.Set.of(
      "script", "style", "template", "svg", "iframe", "object", "embed", "canvas", "button", "select",
      "input", "textarea", "option", "datalist", "link", "meta", "head", "dialog", "map", "audio", "video", "picture",
      "math");
  /** Structural chrome by tag; treated like a chrome class (it may not hold the article). */
  private static final java.util.Set<String> CHROME_TAGS = java.util.Set.of("nav", "aside", "footer", "header",
      "menu");
  private static final java.util.Set<String> BLOCKS = java.util.Set.of(
      "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
      "blockquote", "pre", "figcaption", "figure", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "dt", "dd",
      "br", "hr", "header", "footer", "aside", "nav", "address", "form", "fieldset", "center", "body", "html",
      "details", "summary", "caption", "menu", "legend", "output", "hgroup");
  /** Guard against pathological nesting: jsoup's tree stays bounded and so does our traversal. */
  private static final int MAX_DEPTH = 512;

  /** One run of text between block boundaries. */
  static final class Block {
    final Element owner;
    /** White space collapsed, not yet normalised: most blocks of a page are never output. */
    final String raw;
    private String text;
    final int chars;
    final int linkChars;
    final String tag;
    final int words;
    double value;

    Block(Element owner, String text, int linkChars) {
      this.owner = owner;
      this.raw = text;
      this.chars = text.length();
      this.linkChars = Math.min(linkChars, chars);
      this.tag = owner.normalName();
      this.words = Blocks.wordCount(text);
    }

    /** The block's text, normalised. */
    String text() {
      if (text == null) {
        text = TextNormalizer.normalize(raw);
      }
      return text;
    }

    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }

    boolean heading() {
      return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /** Running text: long enough to be a paragraph, and mostly not links. */
    boolean prose() {
      return !heading() && linkDensity() < (words >= 40 ? 0.5 : 0.3)
          && (words >= 12 || words >= 7 && Blocks.endsLikeSentence(raw));
    }
  }

  private DomExtractor() {}

  /** The articles on the page; empty when it holds no article text. */
  public static List<ExtractedArticle> extract(String html) {
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setMaxDepth(MAX_DEPTH));
    PageMeta meta = PageMeta.of(doc);
    Element body = doc.body();
    List<Block> blocks = blocks(body);
    Scoring sc = new Scoring();
    // how much running text each element holds, so chrome hints can be weighed against it
    double total = 0;
    for (Block b : blocks) {
      double good = b.prose() ? b.chars * (1 - b.linkDensity()) : 0;
      total += good;
      for (Element e = b.owner; e != null; e = e.parent()) {
        sc.sums.computeIfAbsent(e, k -> new double[2])[0] += good;
        sc.firstBlock.putIfAbsent(e, b);
      }
    }
    sc.cap = Math.max(0.5 * total, 1);
    sc.headline = body.selectFirst("h1");
    // pass 1: every element sums the scores of the blocks inside it (running text for, links and chrome against);
    // the element with the highest sum holds the article
    for (Block b : blocks) {
      b.value = value(b, sc.inChrome(b.owner, body));
      for (Element e = b.owner; e != null; e = e.parent()) {
        sc.sums.get(e)[1] += b.value;
      }
    }
    Element top = argmax(sc.sums, 1, body);
    // chrome hints never touch the chosen element or its ancestors
    sc.protectedRoot = top;
    sc.chrome.clear();
    List<Element> scope = scope(top, sc);
    List<ExtractedArticle> out = new ArrayList<>();
    List<Element> articles = fullArticles(body, sc, total);
    if (articles.size() >= 2) {
      for (Element a : articles) {
        Element h = a.selectFirst("h1, h2, h3");
        String title = h == null ? "" : TextNormalizer.normalize(h.text());
        ExtractedArticle part = article(blocks, List.of(a), title, sc);
        if (part != null) {
          out.add(part);
        }
      }
      if (out.size() >= 2) {
        return out;
      }
      out.clear();
    }
    ExtractedArticle one = article(blocks, scope, meta.title(), sc);
    String ld = meta.articleBody();
    // a page that renders its text by script may still state it in JSON-LD: use that when the DOM holds far less
    if (ld != null && ld.length() >= 200 && (one == null || one.text().length() < 0.3 * ld.length())) {
      List<String> paras = new ArrayList<>();
      for (String p : ld.split("\\n\\s*\\n|\\r?\\n")) {
        String t = TextNormalizer.normalize(Jsoup.parse(p).text());
        if (!t.isEmpty()) {
          paras.add(t);
        }
      }
      one = paras.isEmpty() ? one : new ExtractedArticle(meta.title(), Paragraphs.withoutRepeats(paras, meta.title()));
    }
    if (one != null) {
      out.add(one);
    }
    return out;
  }

  private static double value(Block b, boolean chrome) {
    double ld = b.linkDensity();
    if (chrome) {
      return -b.chars;
    }
    if (b.prose()) {
      // longer paragraphs weigh more: a teaser's one-line summary is not an article's paragraph
      double weight = Math.min(1.0, 0.4 + b.words / 50.0);
      return b.chars * (1 - ld) * weight;
    }
    if (ld >= 0.5) {
      return -b.chars * ld;
    }
    return b.heading() ? 0 : -0.2 * b.chars;
  }

  /** Per-page scoring state: text sums per element, each element's first block, and the chrome verdicts. */
  private static final class Scoring {
    /** Per element: running text held, and its score. */
    final Map<Element, double[]> sums = new IdentityHashMap<>();
    final Map<Element, Block> firstBlock = new IdentityHashMap<>();
    final Map<Element, Boolean> chrome = new IdentityHashMap<>();
    Element protectedRoot;
    Element headline;
    double cap = 1;

    /** Whether a block's owner sits inside chrome (below {@code top}) that holds a minor share of the text. */
    boolean inChrome(Element owner, Element top) {
      for (Element e = owner; e != null && e != top; e = e.parent()) {
        Boolean c = chrome.get(e);
        if (c == null) {
          double[] s = sums.get(e);
          c = chromeElement(e) && (s == null || s[0] < cap || hasToken(e, COMMENT_TOKENS))
              && (protectedRoot == null || e != protectedRoot && !isAncestor(e, protectedRoot))
              && (headline == null || !isAncestor(e, headline));
          chrome.put(e, c);
        }
        if (c) {
          return true;
        }
      }
      return false;
    }
  }

  private static Element argmax(Map<Element, double[]> sums, int column, Element fallback) {
    Element root = fallback;
    double best = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, double[]> en : sums.entrySet()) {
      double s = en.getValue()[column];
      if (s > best || s == best && isAncestor(root, en.getKey())) {
        best = s;
        root = en.getKey();
      }
    }
    return root;
  }

  private static boolean chromeElement(Element e) {
    String tag = e.normalName();
    if (tag.equals("html") || tag.equals("body")) {
      return false;
    }
    if (CHROME_TAGS.contains(tag)) {
      return !tag.equals("header") || e.closest("article") == null;
    }
    String role = e.attr("role");
    if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo")
        || role.equals("complementary") || role.equals("dialog")) {
      return true;
    }
    return hasToken(e, CHROME_TOKENS) && !hasToken(e, CONTENT_TOKENS);
  }

  /** Whether the element's class or id holds one of these tokens; split by hand, this runs for many elements. */
  static boolean hasToken(Element e, java.util.Set<String> tokens) {
    return hasToken(e.attributes().getIgnoreCase("class"), tokens)
        || hasToken(e.attributes().getIgnoreCase("id"), tokens);
  }

  private static boolean hasToken(String attr, java.util.Set<String> tokens) {
    int n = attr.length();
    int start = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? attr.charAt(i) : ' ';
      if (c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n') {
        if (i > start && i - start <= 20 && tokens.contains(attr.substring(start, i).toLowerCase(Locale.ROOT))) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }

  private static boolean isAncestor(Element a, Element b) {
    for (Element e = b.parent(); e != null; e = e.parent()) {
      if (e == a) {
        return true;
      }
    }
    return false;
  }

  /**
   * Top-level {@code <article>} elements that are each a full article (a headline of its own that is not a link,
   * three paragraphs of running text, 150 words), when together they hold most of the page's text and none
   * dominates: teasers, comments, a story cut into sections and a related story beside the main one do not.
   */
  private static List<Element> fullArticles(Element body, Scoring sc, double total) {
    List<Element> full = new ArrayList<>();
    double held = 0;
    double max = 0;
    for (Element a : body.getElementsByTag("article")) {
      if (a.parent() != null && a.parent().closest("article") != null) {
        continue;
      }
      double[] s = sc.sums.get(a);
      if (s == null || sc.inChrome(a, body)) {
        continue;
      }
      int prose = 0;
      int words = 0;
      for (Element p : a.getElementsByTag("p")) {
        int w = Blocks.wordCount(p.text());
        words += w;
        if (w >= 12 && p.select("a").text().length() < 0.3 * p.text().length()) {
          prose++;
        }
      }
      Element h = a.selectFirst("h1, h2, h3");
      Element firstP = a.selectFirst("p");
      boolean ownHeadline = h != null && h.select("a").text().length() < h.text().length()
          && (firstP == null || h.siblingIndex() >= 0 && precedes(h, firstP));
      if (prose >= 3 && words >= 150 && ownHeadline) {
        full.add(a);
        held += s[0];
        max = Math.max(max, s[0]);
      }
    }
    if (full.size() < 2 || held < 0.7 * total || max > 0.7 * held) {
      return List.of();
    }
    return full;
  }

  private static boolean isFurniture(String line, String tag) {
    return !tag.equals("li") && !tag.equals("td") && !tag.equals("th") && !tag.equals("dd") && !tag.equals("pre")
        && Blocks.wordCount(line) < 7 && !Blocks.endsLikeSentence(line);
  }

  /** Whether {@code a} comes before {@code b} in document order. */
  private static boolean precedes(Element a, Element b) {
    for (Element e : a.ownerDocument().getAllElements()) {
      if (e == a) {
        return true;
      }
      if (e == b) {
        return false;
      }
    }
    return false;
  }

  /**
   * The best element and those of its siblings that continue it (readability's rule): siblings that hold a fair
   * share of running text themselves, or are paragraphs of running text, and are not chrome.
   */
  private static List<Element> scope(Element top, Scoring sc) {
    Element parent = top.parent();
    if (parent == null || top.normalName().equals("body")) {
      return List.of(top);
    }
    double topGood = sc.sums.get(top)[0];
    List<Element> out = new ArrayList<>();
    for (Element sib : parent.children()) {
      if (sib == top) {
        out.add(sib);
        continue;
      }
      double[] s = sc.sums.get(sib);
      if (s == null || s[0] == 0 || chromeElement(sib) || s[1] <= 0) {
        continue;
      }
      if (s[0] >= 0.2 * topGood) {
        out.add(sib);
      }
    }
    return out;
  }

  private static boolean within(List<Element> scope, Element e) {
    for (Element r : scope) {
      if (r == e || isAncestor(r, e)) {
        return true;
      }
    }
    return false;
  }

  private static ExtractedArticle article(List<Block> blocks, List<Element> scope, String title, Scoring sc) {
    List<String> paras = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String titleKey = Blocks.key(title == null ? "" : title);
    boolean body0 = false;
    int proseSeen = 0;
    Element skipUnder = null;
    boolean skipShort = false;
    for (Block b : blocks) {
      if (!within(scope, b.owner)) {
        continue;
      }
      Element root = b.owner;
      while (root != null && !scope.contains(root)) {
        root = root.parent();
      }
      if (skipUnder != null && (b.owner == skipUnder || isAncestor(skipUnder, b.owner))) {
        continue;
      }
      skipUnder = null;
      if (skipShort && !b.prose() && !b.heading()) {
        continue;
      }
      skipShort = false;
      if (sc.inChrome(b.owner, root) || b.tag.equals("figcaption") || b.owner.closest("figcaption") != null) {
        continue;
      }
      if (b.linkDensity() >= (b.words >= 40 ? 0.5 : 0.35)) {
        continue;
      }
      Blocks.Kind kind = Blocks.classify(b.text());
      if (kind == Blocks.Kind.CHROME && !b.tag.equals("td") && !b.tag.equals("th")) {
        continue;
      }
      String key = Blocks.key(b.text());
      if (key.isEmpty() || key.equals(titleKey) && proseSeen == 0) {
        continue;
      }
      if (b.tag.equals("h1") && !body0) {
        continue; // the page headline; the title says it
      }
      if (kind == Blocks.Kind.SECTION && body0) {
        // "Related articles", "Kommentare": the box this heading opens is not the article
        Element c = b.owner;
        while (c.parent() != null && c.parent() != root && sc.firstBlock.get(c.parent()) == b) {
          c = c.parent();
        }
        if (c != b.owner || !b.heading()) {
          skipUnder = c;
        } else {
          skipShort = true;
        }
        continue;
      }
      if (b.prose()) {
        proseSeen++;
        body0 = true;
      }
      paras.add(b.text());
      tags.add(b.tag);
    }
    // lines before the first paragraph are headline furniture (kicker, byline, date) unless they are list items
    // or sub-headings of a text that starts with them
    int first = 0;
    for (; first < paras.size(); first++) {
      String p = paras.get(first);
      if (Blocks.wordCount(p) >= 12 || Blocks.endsLikeSentence(p) && Blocks.wordCount(p) >= 7) {
        break;
      }
    }
    if (first >= paras.size()) {
      return null;
    }
    // and short lines after the last paragraph are its furniture (tags, author line, "more information")
    int end = paras.size();
    while (end > first + 1 && isFurniture(paras.get(end - 1), tags.get(end - 1))) {
      end--;
    }
    List<String> kept = Paragraphs.withoutRepeats(paras.subList(first, end), title);
    return kept.isEmpty() ? null : new ExtractedArticle(title == null ? "" : title, kept);
  }

  /** The page's text blocks in document order, each with its owner (the nearest block element) and link text. */
  static List<Block> blocks(Element root) {
    List<Block> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    int[] links = new int[1];
    Element[] owner = {root};
    int[] inLink = new int[1];
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e && (DROP.contains(e.normalName()) || e.hasAttr("hidden"))) {
          return FilterResult.SKIP_ENTIRELY; // never article text: not read, not scored
        }
        if (node instanceof TextNode t) {
          String s = t.getWholeText();
          int before = sb.length();
          appendCollapsed(sb, s);
          if (inLink[0] > 0) {
            links[0] += sb.length() - before;
          }
        } else if (node instanceof Element e) {
          if (BLOCKS.contains(e.normalName())) {
            flush();
            owner[0] = e;
          } else if (e.normalName().equals("a")) {
            inLink[0]++;
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
          if (BLOCKS.contains(e.normalName())) {
            flush();
            owner[0] = e.parent() == null ? root : e.parent();
          } else if (e.normalName().equals("a")) {
            inLink[0]--;
          }
        }
        return FilterResult.CONTINUE;
      }

      private void flush() {
        String text = sb.toString().strip();
        if (!text.isEmpty()) {
          // leading/trailing spaces were counted as link text too; the cap in Block keeps density <= 1
          out.add(new Block(owner[0], text, links[0]));
        }
        sb.setLength(0);
        links[0] = 0;
      }
    }, root);
    if (sb.length() > 0) {
      String text = sb.toString().strip();
      if (!text.isEmpty()) {
        out.add(new Block(owner[0], text, links[0]));
      }
    }
    return out;
  }

  private static void appendCollapsed(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        c = ' ';
      }
      if (c == ' ' && (sb.length() == 0 || sb.charAt(sb.length() - 1) == ' ')) {
        continue;
      }
      sb.append(c);
    }
  }
}
