package io.newsflow.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.xml.sax.InputSource;

/**
 * RSS 2.0 and Atom (and RSS 0.9x/1.0) through Rome. Documents with a DOCTYPE are refused outright,
 * so neither entity expansion nor external entities (files, network) can be triggered by a feed.
 */
public final class FeedParser {
  /** One feed item: its link, title, stated date, and its content or summary as HTML. */
  public record Entry(String link, String title, Instant published, String html) {}

  private FeedParser() {}

  /**
   * The entries' positions, oldest first: dated entries by publication time (equal times in the
   * feed's order), then the undated in the feed's order. Feeds list their newest item first; sent
   * oldest first, a feed's reports reach the de-duplicator in publication order, so an original is
   * the canonical and its later re-wrap the copy even when the decision is taken on arrival.
   */
  public static int[] oldestFirst(List<Entry> entries) {
    return java.util.stream.IntStream.range(0, entries.size())
        .boxed()
        .sorted(
            java.util.Comparator.comparing(
                (Integer k) -> entries.get(k).published(),
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  public static List<Entry> parse(byte[] xml) throws FeedException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    input.setXmlHealerOn(false);
    SyndFeed feed;
    try {
      feed = input.build(new InputSource(new ByteArrayInputStream(xml)));
    } catch (IllegalArgumentException e) {
      throw new FeedException(e.getMessage(), e);
    }
    List<Entry> out = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      String link = e.getLink();
      if ((link == null || link.isBlank()) && !e.getLinks().isEmpty()) {
        link = e.getLinks().get(0).getHref();
      }
      Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      StringBuilder html = new StringBuilder();
      for (SyndContent c : e.getContents()) {
        html.append(c.getValue() == null ? "" : c.getValue()).append('\n');
      }
      if (html.toString().isBlank()
          && e.getDescription() != null
          && e.getDescription().getValue() != null) {
        html.append(e.getDescription().getValue());
      }
      String title = e.getTitle() == null ? "" : e.getTitle().strip();
      out.add(
          new Entry(
              link == null ? null : link.strip(),
              title,
              d == null ? null : d.toInstant(),
              html.toString().strip()));
    }
    return out;
  }

  /**
   * An item as a page of its own: its title as headline and its content as body (for feeds read
   * offline).
   */
  static String asPage(Entry e) {
    return "<html><head><title>"
        + escape(e.title())
        + "</title></head><body><article><h1>"
        + escape(e.title())
        + "</h1>"
        + e.html()
        + "</article></body></html>";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Whether bytes look like a feed document rather than a page. */
  static boolean looksLikeFeed(byte[] body) {
    String head =
        new String(body, 0, Math.min(body.length, 1024), StandardCharsets.UTF_8)
            .toLowerCase(Locale.ROOT);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
  }
}
