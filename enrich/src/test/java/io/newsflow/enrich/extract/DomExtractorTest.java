package io.newsflow.enrich.extract;

import static io.newsflow.enrich.extract.ExtractorTest.Q1;
import static io.newsflow.enrich.extract.ExtractorTest.Q2;
import static io.newsflow.enrich.extract.ExtractorTest.Q3;
import static io.newsflow.enrich.extract.ExtractorTest.Q4;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The failure classes real pages showed: chrome-looking class tokens on the article's ancestors,
 * lists, titles.
 */
class DomExtractorTest {
  static String page(String htmlAttrs, String wrapperClass, String inner) {
    return "<html "
        + htmlAttrs
        + "><head><title>Floods in the north - Daily Example</title></head><body>"
        + "<nav><a href='/'>Home</a> <a href='/w'>World</a> <a href='/s'>Sport</a></nav>"
        + "<div class='"
        + wrapperClass
        + "'>"
        + inner
        + "</div>"
        + "<footer>Copyright 2025 Daily Example. All rights reserved.</footer></body></html>";
  }

  static final String BODY = "<p>" + Q1 + "</p><p>" + Q2 + "</p><p>" + Q3 + "</p><p>" + Q4 + "</p>";

  @Test
  void aChromeLookingClassOnTheArticlesAncestorsNeverDeletesIt() {
    for (String[] c :
        new String[][] {
          {"class='header-spacing'", "content"},
          {"", "content-with-sidebar-wrp"},
          {"", "l-sidebar-fixed l-article-body-segment"},
          {"", "widget Blog"},
          {"", "has-section-nav"},
          {"", "pagination-first"},
          {"", "elementor-widget-container"}
        }) {
      List<ExtractedArticle> out = DomExtractor.extract(page(c[0], c[1], BODY));
      assertThat(out).as(c[0] + " " + c[1]).hasSize(1);
      assertThat(out.get(0).paragraphs()).as(c[0] + " " + c[1]).containsExactly(Q1, Q2, Q3, Q4);
    }
  }

  @Test
  void aFormWrappingThePageIsNotChrome() {
    String html =
        "<body><form id='aspnetForm' action='/x'><div class='page'><h1>Floods in the north</h1>"
            + BODY
            + "</div></form></body>";
    assertThat(DomExtractor.extract(html).get(0).paragraphs()).containsExactly(Q1, Q2, Q3, Q4);
  }

  @Test
  void commentsAreNotTheArticleEvenWhenLonger() {
    String comment =
        "<li class='comment'><p>"
            + Q2
            + " I really think so and I said it before, many times.</p></li>";
    String html =
        "<body><div class='wrap'><article><h1>Floods in the north</h1><p>"
            + Q1
            + "</p><p>"
            + Q3
            + "</p></article><ol class='commentlist'>"
            + comment.repeat(8)
            + "</ol></div></body>";
    List<ExtractedArticle> out = DomExtractor.extract(html);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).paragraphs()).containsExactly(Q1, Q3);
  }

  @Test
  void listsTablesAndQuotesInsideTheArticleAreKept() {
    String html =
        page(
            "",
            "story",
            "<h1>Floods in the north</h1><p>"
                + Q1
                + "</p><ul><li>Roads closed in three"
                + " districts</li><li>Schools shut until Friday</li></ul><p>"
                + Q2
                + "</p><table><tr><td>District</td><td>"
                + "Homes flooded</td></tr><tr><td>Northern</td><td>412</td></tr></table><blockquote>We lost everything,"
                + " one farmer said.</blockquote><p>"
                + Q3
                + "</p>");
    List<String> paras = DomExtractor.extract(html).get(0).paragraphs();
    assertThat(paras)
        .contains(
            "Roads closed in three districts",
            "Schools shut until Friday",
            "Northern",
            "412",
            "We lost everything, one farmer said.");
  }

  @Test
  void aPageOfResultsTablesAndNoProseIsItsRowsButATableOfLinksIsNothing() {
    String results =
        "<html><head><title>Soccer: English Premier League results</title></head><body>"
            + "<nav><table><tr><td><a href=/>Home</a></td><td><a href=/s>Sport 24</a></td></tr>"
            + "<tr><td><a href=/f>Football 7</a></td><td><a href=/t>Tennis</a></td></tr></table></nav>"
            + "<h1>Soccer: English Premier League results</h1><table>"
            + "<tr><th>Home</th><th></th><th>Away</th><th></th></tr>"
            + "<tr><td>Arsenal</td><td>2</td><td>West Ham</td><td>0</td></tr>"
            + "<tr><td>Leeds</td><td>0</td><td>Sheffield Wednesday</td><td>2</td></tr>"
            + "</table><footer>Copyright 2026</footer></body></html>";
    List<ExtractedArticle> out = DomExtractor.extract(results);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).title()).isEqualTo("Soccer: English Premier League results");
    assertThat(out.get(0).paragraphs())
        .containsExactly("Arsenal 2 West Ham 0", "Leeds 0 Sheffield Wednesday 2");

    String links =
        "<html><body><table><tr><td><a href=/a>Page 1</a></td><td><a href=/b>Page 2</a></td></tr>"
            + "<tr><td><a href=/c>Page 3</a></td><td><a href=/d>Page 4</a></td></tr></table>"
            + "</body></html>";
    assertThat(DomExtractor.extract(links)).isEmpty();
  }

  @Test
  void titlesLoseSiteNamesAndSectionLabels() {
    assertThat(PageMeta.clean("Apple buys a small AI start-up for its chips - TechCrunch", null))
        .isEqualTo("Apple buys a small AI start-up for its chips");
    assertThat(PageMeta.clean("Windows 12 arrives next spring, sources say | ZDNet", null))
        .isEqualTo("Windows 12 arrives next spring, sources say");
    assertThat(PageMeta.clean("Opinion | The case for a four-day week", null))
        .isEqualTo("The case for a four-day week");
    assertThat(PageMeta.clean("Floods in the north | World | Daily Example", "Daily Example"))
        .isEqualTo("Floods in the north");
    assertThat(PageMeta.clean("Sudan - Darfur - El Fasher under siege as talks stall", null))
        .isEqualTo("Sudan - Darfur - El Fasher under siege as talks stall");
    String og =
        "<html><head><meta property='og:title' content='Floods in the north - Daily Example'>"
            + "<meta property='og:site_name' content='Daily Example'></head><body><div>"
            + BODY
            + "</div></body></html>";
    assertThat(DomExtractor.extract(og).get(0).title()).isEqualTo("Floods in the north");
  }

  @Test
  void aPageThatRendersByScriptFallsBackToItsJsonLdBody() {
    String html =
        "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Floods\","
            + "\"articleBody\":\""
            + Q1
            + "\\n\\n"
            + Q2
            + "\"}</script></head><body><div id='app'></div></body></html>";
    List<ExtractedArticle> out = DomExtractor.extract(html);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).paragraphs()).containsExactly(Q1, Q2);
  }

  @Test
  void aPageOfTeasersOnlyHoldsNoArticle() {
    String teaser =
        "<div class='card'><h3><a href='/x'>Storm closes schools across the whole region today</a></h3>"
            + "<a href='/x'>Schools across the region were closed on Monday as a storm brought heavy snow.</a></div>";
    assertThat(DomExtractor.extract("<body>" + teaser.repeat(10) + "</body>")).isEmpty();
  }
}
