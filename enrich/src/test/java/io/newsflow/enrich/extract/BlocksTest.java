package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Paragraph keys: letters and digits, lower-cased, one space between runs. */
class BlocksTest {
  /** The key as it was defined before its ASCII fast path: code point by code point. */
  static String reference(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        sb.appendCodePoint(Character.toLowerCase(cp));
        space = false;
      } else {
        space = true;
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  @Test
  void aBarOfChromeItemsIsChromeAndALineWithANewsItemIsNot() {
    assertThat(
            Blocks.classify(
                "Published 28 Nov 2026 \u00b7 4 min read \u00b7 Share on Facebook \u00b7 Share on X"))
        .isEqualTo(Blocks.Kind.CHROME);
    assertThat(Blocks.classify("Share on Facebook | Share on X | Email | Print"))
        .isEqualTo(Blocks.Kind.CHROME);
    assertThat(
            Blocks.classify(
                "Published 28 Nov 2026 \u00b7 Ghana's cocoa regulator raises the farmgate price"))
        .isNotEqualTo(Blocks.Kind.CHROME);
  }

  @Test
  void aClosingCallToTheReaderIsChromeAndANewsSentenceIsNot() {
    assertThat(
            Blocks.classify(
                "For the latest stories and breaking news updates download the Nationnews apps for"
                    + " iOS and Android."))
        .isEqualTo(Blocks.Kind.CHROME);
    assertThat(
            Blocks.classify(
                "When you join The Haitian Times family, you'll get unlimited digital access to"
                    + " high-quality journalism."))
        .isEqualTo(Blocks.Kind.CHROME);
    assertThat(Blocks.classify("Join now or renew to get:")).isEqualTo(Blocks.Kind.CHROME);
    // a share line names social networks, which must not be tagged as what the report is about
    assertThat(Blocks.classify("Share this article on Facebook, Twitter and WhatsApp"))
        .isEqualTo(Blocks.Kind.CHROME);
    assertThat(Blocks.classify("Share on WhatsApp")).isEqualTo(Blocks.Kind.CHROME);
    assertThat(
            Blocks.classify(
                "Share prices on Wall Street fell on Tuesday as investors weighed the Federal"
                    + " Reserve's minutes."))
        .isNotEqualTo(Blocks.Kind.CHROME);
    assertThat(
            Blocks.classify(
                "For the latest quarter, the company said users could download the app in 40"
                    + " countries, up from 12 a year earlier, and revenue rose."))
        .isNotEqualTo(Blocks.Kind.CHROME);
  }

  @Test
  void aLongCallToTheReaderAndLookAlikeSpamAreChrome() {
    String join =
        "When you join The Haitian Times family, you'll get unlimited digital access to"
            + " high-quality journalism about Haiti and Haitians you won't get anywhere else. We've"
            + " been at this for 20 years and pride ourselves on representing you, our diaspora"
            + " experience and a holistic view of Haiti that larger media doesn't show you.";
    assertThat(join.split(" ")).hasSizeGreaterThan(40);
    assertThat(Blocks.classify(join)).isEqualTo(Blocks.Kind.CHROME);
    assertThat(
            Blocks.classify(
                "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook"
                    + " @GleanerJamaica. Send us a message on WhatsApp."))
        .isEqualTo(Blocks.Kind.CHROME);
    assertThat(
            Blocks.classify(
                "Never miss the latest news by signing up to our newsletter today, it is free."))
        .isEqualTo(Blocks.Kind.CHROME);
    // Cyrillic look-alikes in Latin words
    assertThat(
            Blocks.classify(
                "\u0410dv\u0435rt\u0456\u0455\u0435 w\u0456th th\u0435 most visited news site in"
                    + " \u0412\u0435l\u0456z\u0435, we offer fully customizable packages."))
        .isEqualTo(Blocks.Kind.CHROME);
    // prose that mentions the same words is not
    assertThat(
            Blocks.classify(
                "Officials said they would follow up on the complaints, and residents who subscribe"
                    + " to the service will never miss a collection day again, the council said."))
        .isNotEqualTo(Blocks.Kind.CHROME);
    assertThat(
            Blocks.classify(
                "Москва и Санкт-Петербург объявили новые меры, сообщил мэр города в понедельник"
                    + " вечером."))
        .isNotEqualTo(Blocks.Kind.CHROME);
  }

  @Test
  void keysAreLowerCaseLettersAndDigitsBetweenSingleSpaces() {
    assertThat(Blocks.key("  Floods: 12 DEAD in Porto-Alegre!  "))
        .isEqualTo("floods 12 dead in porto alegre");
    assertThat(Blocks.key("İSTANBUL Ünal, 東京 — Ελλάδα"))
        .isEqualTo(reference("İSTANBUL Ünal, 東京 — Ελλάδα"));
    assertThat(Blocks.key("")).isEmpty();
  }

  @Test
  void theAsciiFastPathKeysAsEveryCodePointDid() {
    Random r = new Random(7);
    String pool = "aZ09 ,.-'\\n\\tÄéİıßΣς東京\uD83D\uDE00\uD801\uDC00\u00A0\u2019";
    for (int n = 0; n < 5_000; n++) {
      StringBuilder s = new StringBuilder();
      int len = r.nextInt(40);
      for (int i = 0; i < len; i++) {
        if (r.nextInt(4) == 0) {
          s.append((char) r.nextInt(0x3000));
        } else {
          s.append(pool.charAt(r.nextInt(pool.length())));
        }
      }
      assertThat(Blocks.key(s.toString())).as(s.toString()).isEqualTo(reference(s.toString()));
    }
  }
}
