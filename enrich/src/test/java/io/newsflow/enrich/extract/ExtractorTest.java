package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractorTest {
  final Extractor extractor = new Extractor();

  static final String P1 =
      "The central bank raised its main interest rate by half a point on Thursday, citing persistent inflation.";
  static final String P2 =
      "Analysts had expected a smaller increase, and the currency rose sharply after the announcement was made.";
  static final String P3 =
      "The governor said further rises could not be ruled out if prices kept climbing through the summer months.";

  @Test
  void aBriefOfShortSentencesIsAnArticleAndAFewWordsAreNot() {
    List<ExtractedArticle> flash =
        extractor.extract(
            "text/plain",
            "Путин провёл переговоры в Кремле.\n\nПо словам Путина, Россия готова к диалогу.\n");
    assertThat(flash).hasSize(1);
    assertThat(flash.get(0).text()).contains("Путина, Россия");
    assertThat(extractor.extract("text/plain", "Home | News | Sport\n")).isEmpty();
    assertThat(extractor.extract("text/plain", "Breaking news.\n")).isEmpty();
  }

  @Test
  void aDatelineOnItsOwnLineAboveTheFirstParagraphIsKept() {
    String page =
        "CRICKET - ZIMBABWE BEAT PAKISTAN BY 80 RUNS\n\nBULAWAYO, Zimbabwe 1996-11-24\n\n"
            + P1
            + "\n\n"
            + P2
            + "\n\nShare this article\n";
    List<ExtractedArticle> report = extractor.extract("text/plain", page);
    assertThat(report).hasSize(1);
    assertThat(report.get(0).paragraphs()).startsWith("BULAWAYO, Zimbabwe 1996-11-24", P1);
    // a short line that is no dateline stays out
    List<ExtractedArticle> other =
        extractor.extract("text/plain", "Central bank raises rates\n\nBy Staff\n\n" + P1);
    assertThat(other.get(0).paragraphs()).containsExactly(P1);
  }

  @Test
  void rowsOfResultsALineIntroducesAreTheBodyAndStrayFiguresAreNot() {
    String page =
        "SOCCER - ENGLISH PREMIER LEAGUE RESULTS\n\nLONDON 1996-08-24\n\n"
            + "Results of English premier league matches on Saturday:\n\n"
            + "Arsenal 2 West Ham 0\nBlackburn 1 Tottenham 2\nLeeds 0 Sheffield Wednesday 2\n\n"
            + "Home | Sport | Football\nPage 2 of 10\n";
    List<ExtractedArticle> results = extractor.extract("text/plain", page);
    assertThat(results).hasSize(1);
    assertThat(results.get(0).paragraphs())
        .containsExactly(
            "Results of English premier league matches on Saturday:",
            "Arsenal 2 West Ham 0",
            "Blackburn 1 Tottenham 2",
            "Leeds 0 Sheffield Wednesday 2");
    // groups of rows under subheadings ("Men's singles") are the body too
    String tennis =
        "TENNIS - RESULTS AT U.S. OPEN\n\nNEW YORK 1996-08-31\n\n"
            + "Results of third round matches at the U.S. Open on Saturday:\n\n"
            + "Men's singles\n\n"
            + "Pete Sampras ( U.S. ) beat Jiri Novak ( Czech Republic ) 6-3 1-6 6-3 4-6 6-4\n"
            + "Thomas Enqvist ( Sweden ) beat Marcelo Rios ( Chile ) 6-4 6-2 6-4\n\n"
            + "Women's singles\n\n"
            + "Monica Seles ( U.S. ) beat Dominique van Roost ( Belgium ) 7-5 6-0\n"
            + "Amanda Coetzer ( South Africa ) beat Naoko Kijimuta ( Japan ) 6-2 6-2\n";
    List<ExtractedArticle> rounds = extractor.extract("text/plain", tennis);
    assertThat(rounds).hasSize(1);
    assertThat(rounds.get(0).text())
        .contains("Men's singles", "Pete Sampras", "Women's singles", "Naoko Kijimuta");
    // rows before the report's first paragraph open its body (after its dateline); they are not
    // cut away with the lines above it
    List<ExtractedArticle> withReport =
        extractor.extract("text/plain", page.replace("Home | Sport", P1 + "\n\nHome | Sport"));
    assertThat(withReport.get(0).paragraphs())
        .startsWith(
            "LONDON 1996-08-24",
            "Results of English premier league matches on Saturday:",
            "Arsenal 2 West Ham 0")
        .contains(P1);
    // three rows or more under a short label ("Results:") after the report are its body too
    List<ExtractedArticle> labelled =
        extractor.extract(
            "text/plain",
            P1
                + "\n\n"
                + P2
                + "\n\nResults:\nTenerife 1 Celta 1\nAtletico Madrid 4 Hercules 0\n"
                + "Oviedo 2 Zaragoza 2\n");
    assertThat(labelled).hasSize(1);
    assertThat(labelled.get(0).paragraphs())
        .endsWith(
            "Results:",
            "Tenerife 1 Celta 1",
            "Atletico Madrid 4 Hercules 0",
            "Oviedo 2 Zaragoza 2");
    // an article's stray short lines with figures stay out: no line introduces them
    List<ExtractedArticle> article =
        extractor.extract("text/plain", P1 + "\n\nPage 2 of 10\nUpdated 3 May 2024\n\n" + P2);
    assertThat(article.get(0).text()).doesNotContain("Page 2").doesNotContain("Updated");
  }

  @Test
  void htmlChromeIsRemovedAndTheHeadlineKept() {
    String html =
        "<html><head><title>Rates up | Daily Example</title><script>var x=1;</script></head><body>"
            + "<header><nav><a>Home</a><a>World</a></nav></header>"
            + "<div class='cookie-banner'>We use cookies to improve your experience. Accept all cookies to continue.</div>"
            + "<main><h1>Central bank raises rates again</h1><p>"
            + P1
            + "</p><div class='share-tools'>Share on Facebook</div>"
            + "<p>"
            + P2
            + "</p><p>"
            + P3
            + "</p><aside class='related'><h3>Related</h3><p>Other story about something"
            + " else entirely that is long enough to look like a paragraph of prose.</p></aside></main>"
            + "<footer>Copyright 2025 Daily Example. All rights reserved.</footer></body></html>";
    List<ExtractedArticle> out = extractor.extract("text/html", html);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).title()).isEqualTo("Central bank raises rates again");
    assertThat(out.get(0).paragraphs()).containsExactly(P1, P2, P3);
  }

  static final String Q1 =
      "Heavy rain flooded hundreds of homes in the northern district on Tuesday, officials said, and"
          + " more storms are forecast for the rest of the week across the whole of the region.";
  static final String Q2 =
      "More than two thousand people were moved to shelters as the water rose, and the army sent"
          + " boats and trucks to the villages that were cut off by the flooding overnight.";
  static final String Q3 =
      "The regional governor said the damage would take months to repair and asked the national"
          + " government for emergency funds to rebuild roads, bridges and the local water supply.";
  static final String Q4 =
      "Farmers said their harvest had been ruined in many places, and prices of rice and vegetables"
          + " in the local markets rose sharply on Wednesday morning as supplies ran short.";

  @Test
  void severalFullArticlesMarkedUpAreSeveralParts() {
    String html =
        "<body><article><h2>Rates up</h2><p>"
            + P1
            + " "
            + P2
            + "</p><p>"
            + P2
            + " "
            + P3
            + "</p><p>"
            + P3
            + " "
            + P1
            + "</p><p>"
            + P1
            + " "
            + P3
            + "</p><p>"
            + P2
            + " "
            + P1
            + "</p></article>"
            + "<article><h2>Floods in the north</h2><p>"
            + Q1
            + "</p><p>"
            + Q2
            + "</p><p>"
            + Q3
            + "</p><p>"
            + Q4
            + "</p><p>"
            + Q2
            + " "
            + Q1
            + "</p></article></body>";
    List<ExtractedArticle> out = extractor.extract("text/html", html);
    assertThat(out)
        .extracting(ExtractedArticle::title)
        .containsExactly("Rates up", "Floods in the north");
  }

  @Test
  void teasersAndRelatedStoriesBesideAnArticleAreNotArticles() {
    String teaser =
        "<article class='teaser'><h3><a href='/x'>Storm closes schools across the region</a></h3><p>"
            + "Schools across the region were closed on Monday as a storm brought heavy snow.</p></article>";
    String html =
        "<body><main><article><h1>Floods in the north</h1><p>"
            + Q1
            + "</p><p>"
            + Q2
            + "</p><p>"
            + Q3
            + "</p><p>"
            + Q4
            + "</p></article><section class='related'><h2>Related stories</h2>"
            + teaser
            + teaser
            + teaser
            + "</section></main></body>";
    List<ExtractedArticle> out = extractor.extract("text/html", html);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).paragraphs()).containsExactly(Q1, Q2, Q3, Q4);
  }

  @Test
  void aListingOfTeasersAfterTheArticleIsNotAnArticle() {
    String text =
        "Rates up again\n\n"
            + P1
            + "\n\n"
            + P2
            + "\n\n"
            + P3
            + "\n\nMost read\n\n"
            + "Storm closes schools\n\nSchools across the region were closed on Monday as a storm brought heavy snow.\n\n"
            + "Team wins cup\n\nThe home side won the cup final in extra time after a dramatic second half comeback.\n";
    List<ExtractedArticle> out = extractor.extract("text/plain", text);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void normalisationUnifiesQuotesDashesWidthAndInvisibles() {
    assertThat(TextNormalizer.normalize("\u201cＩｒａｎ\u201d \u2014 it\u2019s\u200b  \u202eok\u202c"))
        .isEqualTo("\"Iran\" - it's ok");
  }

  @Test
  void scriptsWithoutSpacesStillHaveParagraphs() {
    String zh =
        "伊朗和巴基斯坦周三同意在边境地区组建联合快速反应部队，以打击恐怖主义活动，双方官员在会谈后表示。\n\n"
            + "两国领导人还讨论了贸易、能源和卫生领域的合作，并签署了一份关于卫生合作的谅解备忘录。";
    List<ExtractedArticle> out = extractor.extract("text/plain", zh);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).paragraphs()).hasSize(2);
  }
}
