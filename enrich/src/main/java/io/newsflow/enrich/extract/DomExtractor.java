package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article on an HTML page by scoring its DOM, site-agnostic. The page is cut into text
 * blocks (paragraphs, list items, cells, headings); each block is scored by its length and link
 * density; every element sums the scores of the blocks inside it, and the element with the highest
 * sum holds the article. Chrome (navigation, asides, footers, elements whose class or id names a
 * chrome role) only counts against an element, and is only dropped from inside the chosen one, and
 * only when it holds a minor share of the text: class names are hints, never grounds to delete what
 * holds the article. Several {@code <article>} elements become several parts only when each is a
 * full article and together they are the page.
 */
public final class DomExtractor {
  /** Chrome roles named by a class or id token (tokens split at white space, '-' and '_'). */
  private static final TokenSet CHROME_TOKENS =
      new TokenSet(
          "nav",
          "navbar",
          "navigation",
          "menu",
          "breadcrumb",
          "breadcrumbs",
          "footer",
          "sidebar",
          "share",
          "sharing",
          "social",
          "subscribe",
          "subscription",
          "newsletter",
          "cookie",
          "cookies",
          "consent",
          "gdpr",
          "related",
          "trending",
          "popular",
          "mostread",
          "recommended",
          "recommendations",
          "promo",
          "advert",
          "advertisement",
          "ad",
          "ads",
          "comment",
          "comments",
          "commentlist",
          "respond",
          "pagination",
          "pager",
          "tagcloud",
          "outbrain",
          "taboola",
          "teaser",
          "teasers",
          "skip",
          "author",
          "autor",
          "authorbox",
          "login",
          "registration",
          "signup",
          "modal",
          "overlay",
          "popup",
          "disqus",
          "shariff",
          "replies");

  /** Comment threads: chrome however much text they hold. */
  private static final TokenSet COMMENT_TOKENS =
      new TokenSet("comment", "comments", "commentlist", "disqus", "respond", "replies");

  /** Tokens that say an element holds content: they cancel a chrome token in the same attribute. */
  private static final TokenSet CONTENT_TOKENS =
      new TokenSet("article", "body", "content", "entry", "main", "story", "blog", "articlebody");

  /** Elements that never hold article text. */
  private static final Set<String> DROP =
      Set.of(
          "script",
          "style",
          "template",
          "svg",
          "iframe",
          "object",
          "embed",
          "canvas",
          "button",
          "select",
          "input",
          "textarea",
          "option",
          "datalist",
          "link",
          "meta",
          "head",
          "dialog",
          "map",
          "audio",
          "video",
          "picture",
          "math");

  /** Structural chrome by tag; treated like a chrome class (it may not hold the article). */
  private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "header", "menu");

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "blockquote",
          "pre",
          "figcaption",
          "figure",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "td",
          "th",
          "dt",
          "dd",
          "br",
          "hr",
          "header",
          "footer",
          "aside",
          "nav",
          "address",
          "form",
          "fieldset",
          "center",
          "body",
          "html",
          "details",
          "summary",
          "caption",
          "menu",
          "legend",
          "output",
          "hgroup");

  /** Guard against pathological nesting: jsoup's tree stays bounded and so does our traversal. */
  private static final int MAX_DEPTH = 512;

  /** One run of text between block boundaries. */
  static final class Block {
    /** Index of the nearest block element around the text (see {@link Page}). */
    final int owner;

    /** White space collapsed, not yet normalised: most blocks of a page are never output. */
    final String raw;

    private String text;
    final int chars;
    final int linkChars;
    final String tag;
    final int words;
    final boolean inCaption;
    double value;

    Block(int owner, String tag, String text, int linkChars, boolean inCaption) {
      this.owner = owner;
      this.raw = text;
      this.chars = text.length();
      this.linkChars = Math.min(linkChars, chars);
      this.tag = tag;
      this.words = Blocks.wordCount(text);
      this.inCaption = inCaption;
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
      return tag.length() == 2
          && tag.charAt(0) == 'h'
          && tag.charAt(1) >= '1'
          && tag.charAt(1) <= '6';
    }

    /** Running text: long enough to be a paragraph, and mostly not links. */
    boolean prose() {
      return !heading() && linkDensity() < (words >= 40 ? 0.5 : 0.3) && sentenceLike(words, raw);
    }

    /** As output (normalised): a sentence or paragraph, where the article's text begins. */
    boolean opensText() {
      return sentenceLike(Blocks.wordCount(text()), text());
    }

    /**
     * As output: a short line that is no sentence and no list item or cell (tags, an author line,
     * "More").
     */
    boolean furniture() {
      return !tag.equals("li")
          && !tag.equals("td")
          && !tag.equals("th")
          && !tag.equals("dd")
          && !tag.equals("pre")
          && Blocks.wordCount(text()) < 7
          && !Blocks.endsLikeSentence(text());
    }

    /** Twelve words, or seven that end like a sentence. */
    static boolean sentenceLike(int words, String s) {
      return words >= 12 || words >= 7 && Blocks.endsLikeSentence(s);
    }
  }

  /**
   * The page as arrays over its elements in document order (index 0 is the body): each element's
   * parent, the running text and score summed over the blocks inside it, its first block, and
   * chrome verdicts. Walking up through int arrays instead of maps keeps scoring a small share of
   * the parse.
   */
  static final class Page {
    final List<Element> elements = new ArrayList<>();
    int[] parent = new int[256];
    final List<Block> blocks = new ArrayList<>();
    final List<Integer> articles = new ArrayList<>();
    final List<Element> jsonLd = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    int headline = -1;
    double[] good;
    double[] score;
    int[] firstBlock;

    /** 0 not decided, 1 not chrome, 2 chrome. */
    byte[] chrome;

    /** The same for what the element's tag, role, class and id say alone (decided once). */
    byte[] hint;

    int protectedRoot = -1;
    double cap = 1;

    int add(Element e, int parentIndex) {
      int i = elements.size();
      elements.add(e);
      if (i == parent.length) {
        parent = Arrays.copyOf(parent, i * 2);
      }
      parent[i] = parentIndex;
      return i;
    }

    void sized() {
      int n = elements.size();
      good = new double[n];
      score = new double[n];
      firstBlock = new int[n];
      Arrays.fill(firstBlock, -1);
      chrome = new byte[n];
      hint = new byte[n];
    }

    boolean hinted(int e) {
      if (hint[e] == 0) {
        hint[e] = (byte) (chromeElement(elements.get(e)) ? 2 : 1);
      }
      return hint[e] == 2;
    }

    boolean isAncestor(int a, int b) {
      for (int e = parent[b]; e >= 0; e = parent[e]) {
        if (e == a) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether an element sits inside chrome (below {@code top}) that holds a minor share of the
     * text.
     */
    boolean inChrome(int owner, int top) {
      for (int e = owner; e >= 0 && e != top; e = parent[e]) {
        if (chrome[e] == 0) {
          Element el = elements.get(e);
          boolean c =
              hinted(e)
                  && (good[e] < cap || hasToken(el, COMMENT_TOKENS))
                  && (protectedRoot < 0 || e != protectedRoot && !isAncestor(e, protectedRoot))
                  && (headline < 0 || !isAncestor(e, headline));
          chrome[e] = (byte) (c ? 2 : 1);
        }
        if (chrome[e] == 2) {
          return true;
        }
      }
      return false;
    }

    int argmaxScore() {
      int best = 0;
      for (int i = 1; i < score.length; i++) {
        // ties go to the deeper element: the tighter container of the same text
        if (score[i] > score[best] || score[i] == score[best] && isAncestor(best, i)) {
          best = i;
        }
      }
      return best;
    }
  }

  private DomExtractor() {}

  /** The articles on the page; empty when it holds no article text. */
  public static List<ExtractedArticle> extract(String html) {
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setMaxDepth(MAX_DEPTH));
    Page pg = read(doc.body());
    List<Element> jsonLd = new ArrayList<>();
    for (Element sc :
        doc.head().getElementsByTag("script")) { // the head is small; the body was read once above
      if (sc.attr("type").equalsIgnoreCase("application/ld+json")) {
        jsonLd.add(sc);
      }
    }
    jsonLd.addAll(pg.jsonLd);
    PageMeta meta = PageMeta.of(doc, jsonLd, pg.h1s);
    List<Block> blocks = pg.blocks;
    // how much running text each element holds, so chrome hints can be weighed against it
    double total = 0;
    for (int bi = 0; bi < blocks.size(); bi++) {
      Block b = blocks.get(bi);
      double good = b.prose() ? b.chars * (1 - b.linkDensity()) : 0;
      total += good;
      for (int e = b.owner; e >= 0; e = pg.parent[e]) {
        pg.good[e] += good;
        if (pg.firstBlock[e] < 0) {
          pg.firstBlock[e] = bi;
        }
      }
    }
    pg.cap = Math.max(0.5 * total, 1);
    // every element sums the scores of the blocks inside it (running text for, links and chrome
    // against); the
    // element with the highest sum holds the article
    for (Block b : blocks) {
      b.value = value(b, pg.inChrome(b.owner, 0));
      for (int e = b.owner; e >= 0; e = pg.parent[e]) {
        pg.score[e] += b.value;
      }
    }
    int top = pg.argmaxScore();
    // chrome hints never touch the chosen element or its ancestors
    pg.protectedRoot = top;
    Arrays.fill(pg.chrome, (byte) 0);
    int[] scope = scope(top, pg);
    List<ExtractedArticle> out = new ArrayList<>();
    List<Integer> articles = fullArticles(pg, total);
    if (articles.size() >= 2) {
      for (int a : articles) {
        Element h = pg.elements.get(a).selectFirst("h1, h2, h3");
        String title = h == null ? "" : TextNormalizer.normalize(h.text());
        ExtractedArticle part = article(pg, new int[] {a}, title);
        if (part != null) {
          out.add(part);
        }
      }
      if (out.size() >= 2) {
        return out;
      }
      out.clear();
    }
    ExtractedArticle one = article(pg, scope, meta.title());
    String ld = meta.articleBody();
    // a page that renders its text by script may still state it in JSON-LD: use that when the DOM
    // holds far less
    if (ld != null
        && ld.length() >= 200
        && (one == null || one.text().length() < 0.3 * ld.length())) {
      List<String> paras = new ArrayList<>();
      for (String p : ld.split("\\n\\s*\\n|\\r?\\n")) {
        String t = TextNormalizer.normalize(Jsoup.parse(p).text());
        if (!t.isEmpty()) {
          paras.add(t);
        }
      }
      one =
          paras.isEmpty()
              ? one
              : new ExtractedArticle(meta.title(), Paragraphs.withoutRepeats(paras, meta.title()));
    }
    if (one == null) {
      one = resultsTables(doc, meta.title());
    }
    if (one != null) {
      out.add(one);
    }
    return out;
  }

  /**
   * A page whose content is tables of results, standings or prices and no prose (a sports desk's
   * results page): its rows, one line each, cells joined by spaces ("Arsenal 2 West Ham 0"), as
   * wire services write them. Only tables outside page chrome, of two rows at least that hold a
   * number and a word, with most of their text outside links (a table of links is navigation).
   */
  private static ExtractedArticle resultsTables(Document doc, String title) {
    List<String> lines = new ArrayList<>();
    for (Element table : doc.body().getElementsByTag("table")) {
      if (table.getElementsByTag("table").size() > 1 // itself and another
          || table.closest("nav, header, footer, aside, form") != null) {
        continue; // a layout table holding others, or one in the page's chrome
      }
      int linked = 0;
      for (Element a : table.getElementsByTag("a")) {
        linked += a.text().length();
      }
      if (linked > 0.5 * table.text().length()) {
        continue;
      }
      List<String> rows = new ArrayList<>();
      for (Element tr : table.getElementsByTag("tr")) {
        List<String> cells = new ArrayList<>();
        for (Element cell : tr.children()) {
          String t = TextNormalizer.normalize(cell.text());
          if ((cell.tagName().equals("td") || cell.tagName().equals("th")) && !t.isEmpty()) {
            cells.add(t);
          }
        }
        String row = String.join(" ", cells);
        if (cells.size() >= 2
            && row.chars().anyMatch(Character::isDigit)
            && row.chars().anyMatch(Character::isLetter)) {
          rows.add(row);
        }
      }
      if (rows.size() >= 2) {
        lines.addAll(rows);
      }
    }
    return lines.isEmpty() ? null : new ExtractedArticle(title == null ? "" : title, lines);
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

  private static boolean chromeElement(Element e) {
    String tag = e.normalName();
    if (tag.equals("html") || tag.equals("body")) {
      return false;
    }
    if (CHROME_TAGS.contains(tag)) {
      if (tag.equals("header")) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
          if (a.normalName().equals("article")) {
            return false; // an article's own header holds its headline
          }
        }
      }
      return true;
    }
    String role = e.attr("role");
    if (role.equals("navigation")
        || role.equals("banner")
        || role.equals("contentinfo")
        || role.equals("complementary")
        || role.equals("dialog")) {
      return true;
    }
    return hasToken(e, CHROME_TOKENS) && !hasToken(e, CONTENT_TOKENS);
  }

  /**
   * Whether the element's class or id holds one of these tokens; split by hand, this runs for many
   * elements.
   */
  static boolean hasToken(Element e, TokenSet tokens) {
    return tokens.anyIn(e.attributes().getIgnoreCase("class"))
        || tokens.anyIn(e.attributes().getIgnoreCase("id"));
  }

  /**
   * A set of lower-case class-name tokens, looked up without allocating: a token is compared only
   * with the entries of its length and first letter, case-insensitively in place.
   */
  static final class TokenSet {
    private final String[][] byKey = new String[27 * 32][];

    TokenSet(String... tokens) {
      for (String t : tokens) {
        int k = key(t.charAt(0), t.length());
        String[] old = byKey[k];
        String[] now = old == null ? new String[1] : Arrays.copyOf(old, old.length + 1);
        now[now.length - 1] = t;
        byKey[k] = now;
      }
    }

    private static int key(char first, int len) {
      char c = Character.toLowerCase(first);
      int letter = c >= 'a' && c <= 'z' ? c - 'a' : 26;
      return letter * 32 + Math.min(len, 31);
    }

    boolean anyIn(String attr) {
      int n = attr.length();
      int start = 0;
      for (int i = 0; i <= n; i++) {
        char c = i < n ? attr.charAt(i) : ' ';
        if (c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n') {
          int len = i - start;
          if (len > 0 && len < 31) {
            String[] cands = byKey[key(attr.charAt(start), len)];
            if (cands != null) {
              for (String t : cands) {
                if (attr.regionMatches(true, start, t, 0, len)) {
                  return true;
                }
              }
            }
          }
          start = i + 1;
        }
      }
      return false;
    }
  }

  /**
   * Top-level {@code <article>} elements that are each a full article (a headline of its own that
   * is not a link, three paragraphs of running text, 150 words), when together they hold most of
   * the page's text and none dominates: teasers, comments, a story cut into sections and a related
   * story beside the main one do not.
   */
  private static List<Integer> fullArticles(Page pg, double total) {
    if (pg.articles.size() < 2) {
      return List.of(); // most pages: no need to read the one article again
    }
    List<Integer> full = new ArrayList<>();
    double held = 0;
    double max = 0;
    for (int ai : pg.articles) {
      boolean nested = false;
      for (int e = pg.parent[ai]; e >= 0 && !nested; e = pg.parent[e]) {
        nested = pg.elements.get(e).normalName().equals("article");
      }
      if (nested || pg.inChrome(ai, 0)) {
        continue;
      }
      Element a = pg.elements.get(ai);
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
      // its headline stands before its first paragraph: the first of both kinds is the heading
      boolean ownHeadline =
          h != null
              && h.select("a").text().length() < h.text().length()
              && a.selectFirst("h1, h2, h3, p") == h;
      if (prose >= 3 && words >= 150 && ownHeadline) {
        full.add(ai);
        held += pg.good[ai];
        max = Math.max(max, pg.good[ai]);
      }
    }
    if (full.size() < 2 || held < 0.7 * total || max > 0.7 * held) {
      return List.of();
    }
    return full;
  }

  /**
   * The best element and those of its siblings that continue it (readability's rule): siblings that
   * hold a fair share of running text themselves and are not chrome.
   */
  private static int[] scope(int top, Page pg) {
    int parent = pg.parent[top];
    if (parent < 0) {
      return new int[] {top};
    }
    double topGood = pg.good[top];
    List<Integer> out = new ArrayList<>();
    for (int i = parent + 1; i < pg.elements.size(); i++) {
      if (pg.parent[i] != parent) {
        continue;
      }
      if (i == top) {
        out.add(i);
      } else if (pg.good[i] > 0
          && pg.score[i] > 0
          && pg.good[i] >= 0.2 * topGood
          && !pg.hinted(i)) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The scope element that holds this one, or -1. */
  private static int rootIn(int[] scope, Page pg, int e) {
    for (int i = e; i >= 0; i = pg.parent[i]) {
      for (int r : scope) {
        if (r == i) {
          return i;
        }
      }
    }
    return -1;
  }

  private static ExtractedArticle article(Page pg, int[] scope, String title) {
    List<Block> lines = new ArrayList<>();
    String titleKey = Blocks.key(title == null ? "" : title);
    boolean body0 = false;
    int proseSeen = 0;
    int skipUnder = -1;
    boolean skipShort = false;
    for (int bi = 0; bi < pg.blocks.size(); bi++) {
      Block b = pg.blocks.get(bi);
      int root = rootIn(scope, pg, b.owner);
      if (root < 0) {
        continue;
      }
      if (skipUnder >= 0 && (b.owner == skipUnder || pg.isAncestor(skipUnder, b.owner))) {
        continue;
      }
      skipUnder = -1;
      if (skipShort && !b.prose() && !b.heading()) {
        continue;
      }
      skipShort = false;
      if (b.inCaption || pg.inChrome(b.owner, root)) {
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
        int c = b.owner;
        while (pg.parent[c] >= 0 && pg.parent[c] != root && pg.firstBlock[pg.parent[c]] == bi) {
          c = pg.parent[c];
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
      lines.add(b);
    }
    // lines before the first paragraph are headline furniture (kicker, byline, date) unless they
    // are list items
    // or sub-headings of a text that starts with them
    int first = 0;
    while (first < lines.size() && !lines.get(first).opensText()) {
      first++;
    }
    if (first >= lines.size()) {
      return null;
    }
    // and short lines after the last paragraph are its furniture (tags, author line, "more
    // information")
    int end = lines.size();
    while (end > first + 1 && lines.get(end - 1).furniture()) {
      end--;
    }
    List<String> paras = new ArrayList<>(end - first);
    lines.subList(first, end).forEach(b -> paras.add(b.text()));
    List<String> kept = Paragraphs.withoutRepeats(paras, title);
    return kept.isEmpty() ? null : new ExtractedArticle(title == null ? "" : title, kept);
  }

  /**
   * Reads the page below {@code root} in one pass: its elements (what never holds text skipped),
   * and its text blocks in document order, each with its owner (the nearest block element) and link
   * text.
   */
  static Page read(Element root) {
    Page pg = new Page();
    StringBuilder sb = new StringBuilder(1024);
    int[] links = new int[1];
    int[] owner = {0};
    int[] inLink = new int[1];
    int[] inCaption = new int[1];
    int[] stack = new int[MAX_DEPTH + 8];
    boolean[] blockAt = new boolean[MAX_DEPTH + 8];
    int[] depth = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int d) {
            if (node instanceof TextNode t) {
              int before = sb.length();
              appendCollapsed(sb, t.getWholeText());
              if (inLink[0] > 0) {
                links[0] += sb.length() - before;
              }
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
              return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (DROP.contains(tag) || e.hasAttr("hidden")) {
              if (tag.equals("script") && e.attr("type").equalsIgnoreCase("application/ld+json")) {
                pg.jsonLd.add(e); // what the page says of itself, for its headline and body
              }
              return FilterResult.SKIP_ENTIRELY; // never article text: not read, not scored
            }
            int idx = pg.add(e, depth[0] == 0 ? -1 : stack[depth[0] - 1]);
            stack[depth[0]++] = idx;
            boolean block = BLOCKS.contains(tag);
            blockAt[depth[0] - 1] = block;
            if (tag.equals("article")) {
              pg.articles.add(idx);
            } else if (tag.equals("h1")) {
              pg.h1s.add(e);
              if (pg.headline < 0) {
                pg.headline = idx;
              }
            } else if (tag.equals("figcaption")) {
              inCaption[0]++;
            }
            if (block) {
              flush();
              owner[0] = idx;
            } else if (tag.equals("a")) {
              inLink[0]++;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int d) {
            if (node instanceof Element e) {
              String tag = e.normalName();
              boolean block = blockAt[depth[0] - 1];
              int idx = stack[--depth[0]];
              if (block) {
                flush();
                owner[0] = Math.max(0, pg.parent[idx]);
              } else if (tag.equals("a")) {
                inLink[0]--;
              }
              if (tag.equals("figcaption")) {
                inCaption[0]--;
              }
            }
            return FilterResult.CONTINUE;
          }

          private void flush() {
            String text = sb.toString().strip();
            if (!text.isEmpty()) {
              // leading/trailing spaces were counted as link text too; the cap in Block keeps
              // density <= 1
              pg.blocks.add(
                  new Block(
                      owner[0],
                      pg.elements.get(owner[0]).normalName(),
                      text,
                      links[0],
                      inCaption[0] > 0));
            }
            sb.setLength(0);
            links[0] = 0;
          }
        },
        root); // the root (the body) is a block element: its tail flushes the last text
    pg.sized();
    return pg;
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
