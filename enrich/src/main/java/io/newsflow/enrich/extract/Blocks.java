package io.newsflow.enrich.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Classifies the lines of a page. The vocabulary below is the generic language of page chrome
 * (navigation, share prompts, listings, footers), not rules for particular sites.
 */
final class Blocks {
  enum Kind {
    /** Running text: a paragraph of an article. */
    PROSE,
    /** A short complete sentence; body text when it stands among prose. */
    SENTENCE,
    /** A line of a table of results or figures that a line introduces: body text. */
    TABLE,
    /** Short line: headline, label, byline, menu item. */
    SHORT,
    /** Page chrome: dropped wherever it stands. */
    CHROME,
    /** Ends the current article; another article may follow ("Continue reading"). */
    ARTICLE_END,
    /**
     * Starts a listing of other stories ("Trending", "Most read"); only a full article may follow.
     */
    SECTION
  }

  private static final Pattern ARTICLE_END =
      Pattern.compile(
          "(?i)^(continue reading|read more|read the (full|whole) (story|article)|read full (story|article)|"
              + "full story|keep reading|back to top)\\W*$");
  private static final Pattern SECTION =
      Pattern.compile(
          "(?i)^(trending( now| stories| news)?|most (read|popular|viewed|shared|watched)|popular( (now|stories|news))?|"
              + "latest( news| stories| headlines)?|related( stories| articles| news| content| posts| coverage)?|"
              + "(you|you might|you may) (also )?like|recommended( for you| stories)?|more (stories|news|from [\\p{L} ]+)|"
              + "top stories|editor'?s picks?|also read|see also|in other news|(opinion|blogs?|videos?|podcasts?|"
              + "photos|galleries|multimedia)([ /|&-]+(opinion|blogs?|interviews?|videos?|podcasts?|photos|analysis))*|"
              + "(leave|post) a (comment|reply)|\\d* ?comments?:?|no comments:?|sponsored( content)?|partner content|"
              + "more in [\\p{L} ]+|what to read next|explore further|read next|further reading|"
              // the same headings in the other languages of the open web
              + "ähnliche (beiträge|artikel|themen|nachrichten)|mehr (zum thema|dazu|aus dem ressort|artikel)|"
              + "auch interessant|das könnte sie (auch )?interessieren|weitere (artikel|beiträge|themen|nachrichten)|"
              + "verwandte (artikel|beiträge|themen)|lesen sie (auch|mehr)|meistgelesen|kommentare?|kommentieren|"
              + "(à )?lire aussi|sur le même sujet|articles? (similaires|liés|recommandés)|voir aussi|les plus lus|"
              + "noticias relacionadas|te puede interesar|artículos relacionados|lo más leído|leggi anche|"
              + "articoli correlati|potrebbe interessarti|zobacz (też|także)|czytaj (też|także)|podobne artykuły|"
              + "похожие (статьи|новости)|читайте также|empfohlene (beiträge|artikel)|mehr \\p{L}+ (auf|bei|von) .*|"
              + "(notas|noticias|artículos|articulos|temas) relacionad[oa]s.*|lo último|lo mas leído|más noticias|"
              + "(new and exciting )?similar( (articles|posts|stories|recipes))?|you (may|might) also (like|enjoy)|"
              + "auch auf [\\p{L}.]+|more from [\\p{L} .]+|don't miss|nicht verpassen|entdecken sie (jetzt|mehr|auch))\\W*$");
  private static final Pattern CHROME =
      Pattern.compile(
          "(?i)^(advertisements?|sponsored|ad|skip to (main )?content|connect with us|follow us.*|share( this)?( article| story)?:?|"
              + "share on \\w+|tweet|email|print|whatsapp|facebook|twitter|linkedin|telegram|subscribe.*|sign (up|in).*|"
              + "log ?in|register|newsletter.*|menu|search|home|close|published|updated|on|by|"
              + "\\(?last updated on:? ?\\)?|copyright.*|©.*|accept( all)?( cookies)?|privacy policy|"
              + "terms (of (use|service)|and conditions)|ends|-?ends-?|loading\\W*|download (the |our )?.*\\bapps?\\b.*|"
              // a closing call to the reader: "For the latest stories ... download the X app"
              + "(for|to get) (the |all the )?(latest|breaking)( news)? (news|stories|updates|headlines)\\b.*"
              + "\\b(download|subscribe|sign up|follow us)\\b.*|"
              + "when you (join|subscribe to|become a member of) .*|join (now|today)\\b.*|"
              + "get the .*\\bapp\\b.*|(image|photo|picture|video) (credit|source|courtesy)s?:.*|file (photo|image)\\b.*|"
              + "\\(?this (story|article|report) (has|was|is) (not )?(been )?(edited|auto-generated|generated|published)"
              + ".*(feed|agency|staff|wire).*|(published|posted|created|updated|last updated)( on| at)?:? ?[\\d\\p{L} ,:.-]{0,40}"
              + "|by [\\p{Lu}][\\p{L}.'-]+( [\\p{Lu}][\\p{L}.'-]+){0,3}|[\\p{P}\\p{S}\\s]*|\\d{1,2}:\\d{2}( ?[ap]m)?( [A-Z]{2,4})?"
              + "|[\\d\\p{Punct} ]+"
              + "|gefällt mir|teilen|weiter(lesen)?|zurück|drucken|-? ?anzeige ?-?|werbung|kontakt:?|impressum|"
              + "datenschutz(erklärung)?|(photo|image|picture) credits?:?.*|credits?:.*|crédits? photos?:?.*|"
              + "photograph(ed)? by .*|bildquelle:?.*|fotos?:.*|war (der|dieser) (artikel|beitrag) (hilfreich|nützlich)\\??|"
              + "(möchten sie|jetzt) (den|diesen) (artikel|beitrag) teilen\\??|aufrufe:.*|ultima modifica.*|"
              + "\\(?noch keine bewertungen\\)?|beitragsbild|advertisement:?|publicité|publicidad|pubblicità|reklama)$");

  /**
   * Chrome recognised by a phrase anywhere in a short line (searched, not matched: no leading
   * wildcard).
   */
  private static final Pattern CHROME_PHRASE =
      Pattern.compile(
          "(?i)\\bleft menu\\b|all rights reserved|\\b(image|photo) credit:|\\bcookies?\\b.*\\b(accept|consent|policy|use)\\b");

  /**
   * A call to the reader that opens a paragraph: follow us, send us a message, sign up, never miss,
   * subscribe, advertise with us. Such paragraphs close many news pages and can be long ("When you
   * join ... family, you'll get unlimited digital access ..."); they name the site and its social
   * networks, which must not be tagged as what the article is about.
   */
  private static final Pattern PROMO =
      Pattern.compile(
          "(?i)^(follow (us|the [\\p{L}.]+|[\\p{L}.]+) on (twitter|facebook|instagram|x|tiktok|"
              + "youtube|linkedin|telegram|whatsapp)\\b|"
              // "Share this article on Facebook, Twitter and WhatsApp": the networks are no news
              + "share (this|the) (article|story|post|page|report|video) (on|via|with)\\b|"
              + "share (it )?(on|via) (twitter|facebook|instagram|x|whatsapp|linkedin|telegram|email)\\b|send us (a message|an e-?mail|your)\\b|"
              + "never miss (a|the|an)\\b|sign up (for|to) (our|the|a) [\\p{L} -]*newsletters?\\b|"
              + "(subscribe|sign up) (to|for) our\\b|when you (join|subscribe to|become a member of)\\b|"
              + "become a (member|subscriber|supporter)\\b|support (our|independent|local) journalism\\b|"
              + "advertise with\\b|(if you(['’]re| are) seeing this message|first-time subscribers|"
              + "simply pop your e-?mail|you can unsubscribe)\\b)");

  private Blocks() {}

  static Kind classify(String line) {
    String s = line.strip();
    int words = wordCount(s);
    if (words <= 8 && ARTICLE_END.matcher(s).matches()) {
      return Kind.ARTICLE_END;
    }
    if (words <= 6 && SECTION.matcher(s).matches()) {
      return Kind.SECTION;
    }
    if (words <= 40
        && (CHROME.matcher(s).matches()
            || mayHoldChromePhrase(s) && CHROME_PHRASE.matcher(s).find()
            || chromeSegments(s))) {
      return Kind.CHROME;
    }
    if (words <= 80 && PROMO.matcher(s).lookingAt() || mixedScriptWords(s) >= 2) {
      return Kind.CHROME;
    }
    boolean sentence = endsLikeSentence(s);
    if ((words >= 12 && sentence) || words >= 25) {
      return Kind.PROSE;
    }
    if (words >= 4 && sentence) {
      return Kind.SENTENCE;
    }
    return Kind.SHORT;
  }

  /**
   * Words that mix Latin letters with Cyrillic or Greek look-alikes ("Аdvеrtіѕе wіth"): spam that
   * slips past filters, never an article's prose.
   */
  static int mixedScriptWords(String s) {
    int mixed = 0;
    boolean latin = false;
    boolean other = false;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        if (c < 0x250) {
          latin = true;
        } else if (c >= 0x370 && c < 0x530) {
          other = true; // Greek and Cyrillic
        }
      } else {
        if (latin && other) {
          mixed++;
        }
        latin = false;
        other = false;
      }
    }
    return mixed;
  }

  /** What separates the items of a meta or share bar: a middle dot, a bullet, a bar. */
  private static final Pattern SEGMENT_SEPARATOR = Pattern.compile(" [\u00b7\u2022|] ");

  /** An item of such a bar that the whole-line patterns do not know: "4 min read". */
  private static final Pattern READING_TIME =
      Pattern.compile("(?i)\\d+ ?(min|mins|minutes?)( read|\\.? ?lesezeit| de lecture)?");

  /**
   * A bar of items each of them chrome ("Published 28 Nov 2026 · 4 min read · Share on Facebook ·
   * Share on X"): the items alone are known chrome, joined into one line they were not, and the
   * networks they name were tagged as what the article is about.
   */
  private static boolean chromeSegments(String s) {
    if (s.indexOf(" \u00b7 ") < 0 && s.indexOf(" \u2022 ") < 0 && s.indexOf(" | ") < 0) {
      return false;
    }
    for (String item : SEGMENT_SEPARATOR.split(s)) {
      String t = item.strip();
      if (!(CHROME.matcher(t).matches() || READING_TIME.matcher(t).matches())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every CHROME_PHRASE match holds one of these: searching a line for them is far cheaper than the
   * regex.
   */
  private static boolean mayHoldChromePhrase(String s) {
    String t = s.toLowerCase(Locale.ROOT);
    return t.contains("menu")
        || t.contains("rights reserved")
        || t.contains("credit:")
        || t.contains("cookie");
  }

  /** Words for spaced scripts; scripts written without spaces count about two characters a word. */
  static int wordCount(String s) {
    int words = 0;
    boolean inWord = false;
    int unspaced = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (isUnspacedScript(cp)) {
        unspaced++;
        inWord = false;
      } else if (TextNormalizer.isLetterOrDigit(cp)) {
        if (!inWord) {
          words++;
          inWord = true;
        }
      } else if (Character.isWhitespace(cp)) {
        inWord = false;
      }
    }
    return words + unspaced / 2;
  }

  static boolean isUnspacedScript(int cp) {
    if (cp < 0x0E00) {
      return false; // Latin, Greek, Cyrillic, Arabic, Indic...: all written with spaces
    }
    Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
    return sc == Character.UnicodeScript.HAN
        || sc == Character.UnicodeScript.HIRAGANA
        || sc == Character.UnicodeScript.KATAKANA
        || sc == Character.UnicodeScript.THAI
        || sc == Character.UnicodeScript.LAO
        || sc == Character.UnicodeScript.KHMER
        || sc == Character.UnicodeScript.MYANMAR;
  }

  static boolean endsLikeSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0 && "\"')]}»’”".indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?…。！？؟۔।:;".indexOf(s.charAt(i)) >= 0 && s.charAt(i) != ':';
  }

  /** Lower-cased letters and digits only: for comparing paragraphs. */
  static String key(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (c < 128) { // most of a page: no code point or case lookups
        i++;
        if (TextNormalizer.isLetterOrDigit(c)) {
          if (space && sb.length() > 0) {
            sb.append(' ');
          }
          sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
          space = false;
        } else {
          space = true;
        }
        continue;
      }
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (TextNormalizer.isLetterOrDigit(cp)) {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        sb.appendCodePoint(TextNormalizer.toLowerCase(cp));
        space = false;
      } else {
        space = true;
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
