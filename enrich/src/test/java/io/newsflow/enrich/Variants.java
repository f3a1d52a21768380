package io.newsflow.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Near-duplicate variants of an article, of every kind a syndicated or re-published copy shows.
 * Deterministic per seed. Each variant is a whole raw page (plain text or HTML), so it goes through
 * extraction like any input.
 */
final class Variants {
  /** A page: its media type and body. */
  record Page(String contentType, String body) {}

  /** An article as title and paragraphs. */
  record Story(String title, List<String> paragraphs) {}

  static final Map<String, BiFunction<Story, Random, Page>> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put(
        "other-chrome",
        (s, r) ->
            text(
                s,
                "Menu\nHome | World | Business | Sport\nSubscribe now\n",
                "Related stories\nMarkets slip as oil prices rise\nWeather warning for the weekend\nCopyright 2025 Other Media Group"));
    KINDS.put(
        "wire-dateline", (s, r) -> text(dateline(s, "KARACHI, March 12 (Reuters) - "), "", ""));
    KINDS.put(
        "byline",
        (s, r) ->
            text(
                new Story(
                    s.title(),
                    prepend(
                        s.paragraphs(),
                        "By Staff Correspondent",
                        "Updated: 12 March 2025 10:30 GMT")),
                "",
                ""));
    KINDS.put(
        "changed-headline",
        (s, r) ->
            text(
                new Story("What we know so far about the latest developments", s.paragraphs()),
                "",
                ""));
    KINDS.put(
        "paragraph-dropped",
        (s, r) -> {
          List<String> p = new ArrayList<>(s.paragraphs());
          if (p.size() >= 3) {
            p.remove(p.size() / 2);
          }
          return text(new Story(s.title(), p), "", "");
        });
    KINDS.put(
        "paragraph-added",
        (s, r) -> {
          List<String> p = new ArrayList<>(s.paragraphs());
          p.add(
              Math.min(2, p.size()),
              "The report could not be independently verified, and officials did not respond"
                  + " to requests for comment on Tuesday. Further details were expected later in the day.");
          return text(new Story(s.title(), p), "", "");
        });
    KINDS.put(
        "truncated",
        (s, r) -> {
          int keep = Math.max(2, (int) Math.ceil(s.paragraphs().size() * 0.4));
          return text(
              new Story(
                  s.title(), s.paragraphs().subList(0, Math.min(keep, s.paragraphs().size()))),
              "",
              "Read more");
        });
    KINDS.put("typos", (s, r) -> text(mapWords(s, r, 0.03, Variants::typo), "", ""));
    KINDS.put("ocr-noise", (s, r) -> text(mapChars(s, r, 0.02), "", ""));
    KINDS.put("quotes-whitespace-unicode", (s, r) -> text(unicode(s, r), "", ""));
    KINDS.put("html-rewrap", (s, r) -> html(s));
    KINDS.put(
        "truncated-hard",
        (s, r) ->
            text(
                new Story(
                    s.title(),
                    s.paragraphs()
                        .subList(
                            0,
                            Math.min(
                                s.paragraphs().size(), Math.max(2, s.paragraphs().size() / 4)))),
                "",
                "Continue reading"));
    KINDS.put("typos-heavy", (s, r) -> text(mapWords(s, r, 0.08, Variants::typo), "", ""));
    KINDS.put(
        "combined",
        (s, r) -> {
          Story x =
              dateline(
                  new Story("Officials respond as situation develops", s.paragraphs()), "(AFP) - ");
          List<String> p = new ArrayList<>(x.paragraphs());
          if (p.size() >= 4) {
            p.remove(p.size() - 1);
          }
          return text(
              mapWords(new Story(x.title(), p), r, 0.02, Variants::typo), "Top stories\n", "");
        });
  }

  private Variants() {}

  static Page text(Story s, String header, String footer) {
    StringBuilder sb = new StringBuilder(header).append('\n').append(s.title()).append("\n\n");
    s.paragraphs().forEach(p -> sb.append(p).append("\n\n"));
    return new Page("text/plain", sb.append(footer).append('\n').toString());
  }

  static Page html(Story s) {
    StringBuilder sb =
        new StringBuilder("<!doctype html><html><head><title>")
            .append(s.title())
            .append(
                " - Daily Example</title></head><body><header><nav><a href='/'>Home</a><a href='/world'>World</a>")
            .append("</nav></header><main><article><h1>")
            .append(s.title())
            .append("</h1>");
    s.paragraphs().forEach(p -> sb.append("<p>").append(p).append("</p>"));
    return new Page(
        "text/html",
        sb.append("</article><aside class='related'><h3>Related</h3><ul><li>Other news</li>")
            .append("</ul></aside></main><footer>© 2025 Daily Example</footer></body></html>")
            .toString());
  }

  private static Story dateline(Story s, String prefix) {
    List<String> p = new ArrayList<>(s.paragraphs());
    p.set(0, prefix + p.get(0));
    return new Story(s.title(), p);
  }

  private static List<String> prepend(List<String> p, String... lines) {
    List<String> out = new ArrayList<>(List.of(lines));
    out.addAll(p);
    return out;
  }

  private static Story mapWords(
      Story s, Random r, double rate, BiFunction<String, Random, String> f) {
    List<String> out = new ArrayList<>();
    for (String p : s.paragraphs()) {
      if (p.indexOf(' ') < 0) { // a script without spaces: damage characters instead
        out.add(mapChars(p, r, rate));
        continue;
      }
      StringBuilder sb = new StringBuilder();
      for (String w : p.split(" ")) {
        sb.append(r.nextDouble() < rate ? f.apply(w, r) : w).append(' ');
      }
      out.add(sb.toString().strip());
    }
    return new Story(s.title(), out);
  }

  private static String typo(String w, Random r) {
    if (w.length() < 4) {
      return w;
    }
    int i = 1 + r.nextInt(w.length() - 2);
    return r.nextBoolean()
        ? w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2) // swap
        : w.substring(0, i) + w.substring(i + 1); // drop
  }

  private static Story mapChars(Story s, Random r, double rate) {
    return new Story(s.title(), s.paragraphs().stream().map(p -> mapChars(p, r, rate)).toList());
  }

  private static String mapChars(String p, Random r, double rate) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (r.nextDouble() >= rate) {
        sb.append(c);
        continue;
      }
      switch (c) {
        case 'l' -> sb.append('1');
        case 'o' -> sb.append('0');
        case 'e' -> sb.append('c');
        case 'm' -> sb.append("rn");
        case 'i' -> sb.append('l');
        default -> {
          if (Character.isLetter(c) && !Character.isLowerCase(c) && !Character.isUpperCase(c)) {
            continue; // a character of a caseless script lost to noise
          }
          sb.append(c);
        }
      }
    }
    return sb.toString();
  }

  private static Story unicode(Story s, Random r) {
    List<String> out = new ArrayList<>();
    for (String p : s.paragraphs()) {
      String x =
          p.replace("\"", r.nextBoolean() ? "\u201c" : "\u201d")
              .replace("'", "\u2019")
              .replace(" - ", " \u2014 ")
              .replace(", ", ",  ")
              .replace(". ", ".\u200b ");
      StringBuilder sb = new StringBuilder();
      for (char c : x.toCharArray()) {
        sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '\uff10') : c); // full-width digits
      }
      out.add("\u200e" + sb);
    }
    return new Story(s.title(), out);
  }
}
