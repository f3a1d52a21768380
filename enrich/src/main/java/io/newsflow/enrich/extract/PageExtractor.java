package io.newsflow.enrich.extract;

import io.newsflow.enrich.extract.Blocks.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the articles on a page of text: drops chrome, splits pages that hold several articles,
 * takes each one's headline and paragraphs, and drops paragraphs repeated within an article. Works
 * on lines, so it serves plain-text scrapes; HTML goes through {@link DomExtractor}.
 */
public final class PageExtractor {
  private record Block(String text, Kind kind) {}

  private record Segment(List<Block> blocks, Kind openedBy) {}

  public List<ExtractedArticle> extract(String pageText, String titleHint) {
    List<Segment> segments = new ArrayList<>();
    for (Segment s : segments(pageText)) {
      segments.addAll(splitAtHeaders(s));
    }
    List<ExtractedArticle> out = new ArrayList<>();
    for (Segment seg : segments) {
      ExtractedArticle a = article(seg, out.isEmpty() && titleHint != null ? titleHint : null);
      if (a != null && qualifies(seg, a, out.isEmpty())) {
        out.add(a);
      }
    }
    if (out.isEmpty()) {
      ExtractedArticle brief = brief(segments, titleHint);
      if (brief != null) {
        out.add(brief);
      }
    }
    return out;
  }

  /**
   * Fewest words of running sentences that make a brief (a wire flash, a one-paragraph item) an
   * article.
   */
  static final int BRIEF_MIN_WORDS = 6;

  /**
   * A page with no paragraph long enough to open an article may still be a brief: a flash or a
   * one-paragraph item whose sentences are all short. Its sentences are the article when there are
   * enough words of them.
   */
  private static ExtractedArticle brief(List<Segment> segments, String titleHint) {
    List<String> body = new ArrayList<>();
    int words = 0;
    for (Segment seg : segments) {
      for (Block b : seg.blocks()) {
        if (isBody(b)) {
          body.add(b.text());
          words += Blocks.wordCount(b.text());
        }
      }
    }
    if (words < BRIEF_MIN_WORDS) {
      return null;
    }
    String title =
        titleHint == null || titleHint.isBlank() ? "" : TextNormalizer.normalize(titleHint);
    List<String> paragraphs = Paragraphs.withoutRepeats(body, title);
    return paragraphs.isEmpty() ? null : new ExtractedArticle(title, paragraphs);
  }

  private static List<Segment> segments(String pageText) {
    List<Segment> segs = new ArrayList<>();
    List<Block> cur = new ArrayList<>();
    Kind openedBy = null;
    boolean seenBody = false;
    for (String raw : pageText.split("\\R")) {
      String line = TextNormalizer.normalize(raw.replaceFirst("^\\s*[•·▪●◦‣∙*]+\\s*", ""));
      if (line.isEmpty()) {
        continue;
      }
      Kind k = Blocks.classify(line);
      if ((k == Kind.ARTICLE_END || k == Kind.SECTION) && !seenBody) {
        continue; // "Latest", "Trending" in the top navigation: no article has started yet
      }
      if (k == Kind.ARTICLE_END || k == Kind.SECTION) {
        segs.add(new Segment(cur, openedBy));
        cur = new ArrayList<>();
        // a listing stays a listing until an article proves otherwise
        openedBy =
            k == Kind.SECTION
                    || openedBy == Kind.SECTION && !hasProseRun(segs.get(segs.size() - 1), 3)
                ? Kind.SECTION
                : Kind.ARTICLE_END;
        continue;
      }
      seenBody |= k == Kind.PROSE;
      cur.add(new Block(line, k));
    }
    segs.add(new Segment(cur, openedBy));
    segs.replaceAll(PageExtractor::withTables);
    return segs;
  }

  /**
   * Rows of results or figures a line of text introduces ("Results of English premier league
   * matches on Saturday:" then "Arsenal 2 West Ham 0", ...) are the article's body, not short lines
   * of chrome: the line and its rows count as sentences. A row names something and gives a number,
   * in at most 20 words; two rows at least make a table, three under a label of fewer than four
   * words ("Results:", "Leading scores:").
   */
  private static Segment withTables(Segment seg) {
    List<Block> blocks = seg.blocks();
    List<Block> out = null;
    for (int i = 0; i + 2 < blocks.size(); i++) {
      Block intro = blocks.get(i);
      // the rows may open under a subheading ("Men's singles")
      int first = i + 1 < blocks.size() && subheading(blocks, i + 1) ? i + 2 : i + 1;
      if (intro.kind() == Kind.CHROME
          || !intro.text().endsWith(":")
          || Blocks.wordCount(intro.text()) < 4 && rowsFrom(blocks, first) < 3
          || first + 1 >= blocks.size()
          || !row(blocks.get(first))
          || !row(blocks.get(first + 1))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(blocks);
      }
      out.set(i, new Block(intro.text(), Kind.TABLE));
      int j = i + 1;
      while (j < blocks.size() && (row(blocks.get(j)) || subheading(blocks, j))) {
        out.set(j, new Block(blocks.get(j).text(), Kind.TABLE));
        j++;
      }
      i = j - 1;
    }
    return out == null ? seg : new Segment(out, seg.openedBy());
  }

  /** How many rows follow one another from block {@code i}. */
  private static int rowsFrom(List<Block> blocks, int i) {
    int n = 0;
    while (i + n < blocks.size() && row(blocks.get(i + n))) {
      n++;
    }
    return n;
  }

  /**
   * Whether block {@code i} heads a group of rows: a short line of up to four words with no figure
   * ("Men's singles", "Group A"), followed by two rows.
   */
  private static boolean subheading(List<Block> blocks, int i) {
    Block b = blocks.get(i);
    return b.kind() == Kind.SHORT
        && Blocks.wordCount(b.text()) <= 4
        && !row(b)
        && i + 2 < blocks.size()
        && row(blocks.get(i + 1))
        && row(blocks.get(i + 2));
  }

  private static boolean row(Block b) {
    if (b.kind() != Kind.SHORT || Blocks.wordCount(b.text()) > 20) {
      return false;
    }
    boolean digit = false;
    boolean capital = false;
    String t = b.text();
    for (int i = 0; i < t.length() && !(digit && capital); i++) {
      char c = t.charAt(i);
      digit |= Character.isDigit(c);
      capital |= Character.isUpperCase(c);
    }
    return digit && capital;
  }

  private static boolean isBody(Block b) {
    return b.kind() == Kind.PROSE || b.kind() == Kind.SENTENCE || b.kind() == Kind.TABLE;
  }

  private static boolean headlineLike(Block b) {
    int w = Blocks.wordCount(b.text());
    return b.kind() == Kind.SHORT && w >= 4 && w <= 30;
  }

  /**
   * Pages that list several full articles without a "continue reading" between them still separate
   * them with a header cluster: a headline among three or more non-body lines (section label,
   * dateline, "Published", caption), with running text on both sides. A lone subheading inside an
   * article is not such a cluster.
   */
  private static List<Segment> splitAtHeaders(Segment seg) {
    List<Segment> out = new ArrayList<>();
    List<Block> blocks = seg.blocks();
    List<Block> cur = new ArrayList<>();
    Kind openedBy = seg.openedBy();
    int i = 0;
    while (i < blocks.size()) {
      if (isBody(blocks.get(i))) {
        cur.add(blocks.get(i++));
        continue;
      }
      int j = i;
      while (j < blocks.size() && !isBody(blocks.get(j))) {
        j++;
      }
      List<Block> cluster = blocks.subList(i, j);
      String currentTitle = Blocks.key(titleOf(cur));
      boolean newHeadline =
          cluster.stream()
              .anyMatch(b -> headlineLike(b) && !Blocks.key(b.text()).equals(currentTitle));
      if (cluster.size() >= 3
          && newHeadline
          && bodyRunAtEnd(cur) >= 2
          && bodyRunFrom(blocks, j) >= 2) {
        out.add(new Segment(cur, openedBy));
        cur = new ArrayList<>();
        openedBy = Kind.ARTICLE_END;
      }
      cur.addAll(cluster);
      i = j;
    }
    out.add(new Segment(cur, openedBy));
    return out;
  }

  private static String titleOf(List<Block> blocks) {
    for (Block b : blocks) {
      if (b.kind() == Kind.PROSE) {
        return "";
      }
      if (headlineLike(b)) {
        return b.text();
      }
    }
    return "";
  }

  private static int bodyRunAtEnd(List<Block> blocks) {
    int n = 0;
    for (int k = blocks.size() - 1; k >= 0 && isBody(blocks.get(k)); k--) {
      n++;
    }
    return n;
  }

  private static int bodyRunFrom(List<Block> blocks, int from) {
    int n = 0;
    for (int k = from; k < blocks.size() && isBody(blocks.get(k)); k++) {
      n++;
    }
    return n;
  }

  /**
   * A dateline's place in capitals (group 1), perhaps after a comma its region or country (group
   * 2): "BULAWAYO, Zimbabwe", "ST JOHN'S, Antigua", "ST. GEORGE'S", "LONDON". The tagger reads
   * datelines with it too.
   */
  public static final String DATELINE_PLACE =
      "(\\p{Lu}[\\p{Lu}'’.-]*\\p{Lu}(?:\\.? \\p{Lu}[\\p{Lu}'’.-]*\\p{Lu}){0,3})"
          + "(?: ?, (\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,3}))?";

  /**
   * A dateline alone on a line: a place in capitals, perhaps a comma and its region or country, and
   * the day ("LONDON 1996-08-30", "BULAWAYO, Zimbabwe 1996-11-24", "CAIRO, Nov 29").
   */
  private static final Pattern DATELINE_LINE =
      Pattern.compile(
          DATELINE_PLACE
              + ",? (?:\\d{4}-\\d\\d-\\d\\d|\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}(?:, \\d{4})?)");

  private static ExtractedArticle article(Segment seg, String titleHint) {
    String title = titleOf(seg.blocks());
    int firstBody = -1;
    for (int i = 0; i < seg.blocks().size(); i++) {
      if (seg.blocks().get(i).kind() == Kind.PROSE) {
        firstBody = i;
        break;
      }
    }
    if (firstBody < 0) {
      return null;
    }
    if (titleHint != null && !titleHint.isBlank()) {
      title = TextNormalizer.normalize(titleHint);
    }
    // a table of results its line introduces may come before the first paragraph ("LONDON, Dec 6
    // - Results of English Premier League matches on Saturday:" and its rows): it opens the body
    while (firstBody > 0 && seg.blocks().get(firstBody - 1).kind() == Kind.TABLE) {
      firstBody--;
    }
    List<String> body = new ArrayList<>();
    if (firstBody > 0) {
      // a wire report's dateline on its own line above the first paragraph ("BULAWAYO, Zimbabwe
      // 1996-11-24") names where the report is from: the tagger reads its place
      String above = seg.blocks().get(firstBody - 1).text();
      if (!above.equals(title) && DATELINE_LINE.matcher(above).matches()) {
        body.add(above);
      }
    }
    for (int i = firstBody; i < seg.blocks().size(); i++) {
      Block b = seg.blocks().get(i);
      if (isBody(b)) {
        body.add(b.text());
      }
    }
    List<String> paragraphs = Paragraphs.withoutRepeats(body, title);
    return paragraphs.isEmpty() ? null : new ExtractedArticle(title, paragraphs);
  }

  /**
   * The first article needs only text; one after "continue reading" a little more; one inside a
   * listing a lot.
   */
  private static boolean qualifies(Segment seg, ExtractedArticle a, boolean first) {
    if (first && seg.openedBy() == null) {
      return true;
    }
    if (seg.openedBy() == Kind.SECTION) {
      return hasProseRun(seg, 3) && a.words() >= 120;
    }
    return hasProseRun(seg, 2) || a.words() >= 80;
  }

  /**
   * Whether the segment has {@code n} body paragraphs in a row: articles do, lists of teasers do
   * not.
   */
  private static boolean hasProseRun(Segment seg, int n) {
    int run = 0;
    for (Block b : seg.blocks()) {
      if (isBody(b)) {
        if (++run >= n) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }
}
