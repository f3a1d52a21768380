package io.newsflow.enrich.ner;

import io.newsflow.enrich.tag.TsvResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Distant supervision from our own lists for the layouts of wire copy that the open training data
 * lack: datelines ({@code ROME 1996-12-06}), bylines, sports results and standings (a club named
 * after its city is an organisation there), ranked results with a country in brackets, tennis
 * results, cricket scorecards, golf leaderboards, and all-caps sports headlines. Every sentence is
 * generated from templates and the shipped lists (GeoNames cities, ISO countries, open name lists),
 * seeded, so the model is reproducible; none of it comes from any test set.
 */
final class NerSynthetic {
  private static final String[] SPORTS = {
    "SOCCER",
    "TENNIS",
    "GOLF",
    "CRICKET",
    "RUGBY UNION",
    "ATHLETICS",
    "BASKETBALL",
    "CYCLING",
    "BASEBALL",
    "MOTOR RACING",
    "ICE HOCKEY",
    "BOXING"
  };
  private static final String[] CLUB_SUFFIX = {
    "", "", "", " United", " City", " Rovers", " Athletic", " FC", " Town", " Wanderers"
  };

  /**
   * Headline words after IN that are no place: "IN SHOCK DEFEAT" must not teach that IN + capitals
   * is a place.
   */
  private static final String[] FILLER = {
    "SHOCK DEFEAT",
    "TOP FORM",
    "FINAL",
    "FRONT",
    "THE LEAD",
    "SURPRISE WIN",
    "SEMI-FINALS",
    "CONTENTION",
    "TROUBLE",
    "RECORD TIME",
    "FIRST ROUND",
    "DRAW",
    "COMEBACK",
    "FINE FORM"
  };

  private static final String[] VERBS = {
    "BEAT", "DRAW WITH", "HOLD", "EDGE", "THRASH", "STUN", "LOSE TO"
  };

  private NerSynthetic() {}

  static List<Conll.Doc> generate(int docs, long seed) {
    Random r = new Random(seed);
    List<String> cities = new ArrayList<>();
    for (String[] f : TsvResource.rows("/io/newsflow/enrich/kb/cities.tsv")) {
      if (f[1].matches("\\p{Lu}[\\p{L}-]+( \\p{Lu}[\\p{L}-]+)?")) {
        cities.add(f[1]);
      }
    }
    List<String> countries = new ArrayList<>();
    for (String cc : Locale.getISOCountries()) {
      String n = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
      if (n.matches("[\\p{L} ]+")) {
        countries.add(n);
      }
    }
    List<String> given = new ArrayList<>();
    List<String> surnames = new ArrayList<>();
    for (String[] f : TsvResource.rows("/io/newsflow/enrich/kb/names.tsv")) {
      if (f.length > 1 && f[0].matches("\\p{Lu}\\p{Ll}+")) {
        if (f[1].contains("F")) {
          given.add(f[0]);
        }
        if (f[1].contains("L")) {
          surnames.add(f[0]);
        }
      }
    }
    List<Conll.Doc> out = new ArrayList<>();
    for (int d = 0; d < docs; d++) {
      List<Conll.Sentence> s = new ArrayList<>();
      String sport = SPORTS[r.nextInt(SPORTS.length)].replace(" ", "/O ");
      String a = club(pick(r, cities), r);
      String b = club(pick(r, cities), r);
      String person = pick(r, surnames);
      switch (r.nextInt(4)) {
        case 3 ->
            s.add(
                sentence(
                    sport
                        + "/O -/O "
                        + (r.nextBoolean() ? up(a, "ORG") : up(person, "PER"))
                        + " IN/O "
                        + FILLER[r.nextInt(FILLER.length)].replace(" ", "/O ")
                        + "/O ./O"));
        case 0 ->
            s.add(
                sentence(
                    sport
                        + "/O -/O "
                        + up(a, "ORG")
                        + " "
                        + VERBS[r.nextInt(VERBS.length)].replace(" ", "/O ")
                        + "/O "
                        + up(b, "ORG")
                        + " "
                        + score(r)
                        + "/O ./O"));
        case 1 ->
            s.add(
                sentence(
                    sport
                        + "/O -/O "
                        + up(person, "PER")
                        + " WINS/O IN/O "
                        + up(pick(r, cities), "LOC")
                        + " ./O"));
        default ->
            s.add(
                sentence(
                    sport
                        + "/O -/O "
                        + up(pick(r, countries), "LOC")
                        + " "
                        + VERBS[r.nextInt(3)].replace(" ", "/O ")
                        + "/O "
                        + up(pick(r, countries), "LOC")
                        + " ./O"));
      }
      if (r.nextBoolean()) {
        s.add(sentence(tag(pick(r, given) + " " + pick(r, surnames), "PER"))); // a byline
      }
      String place = pick(r, cities);
      s.add(
          sentence(
              r.nextBoolean()
                  ? up(place, "LOC") + " " + date(r) + "/O"
                  : up(place, "LOC")
                      + " ,/O "
                      + tag(pick(r, countries), "LOC")
                      + " "
                      + date(r)
                      + "/O"));
      int lines = 2 + r.nextInt(5);
      int layout = r.nextInt(LAYOUTS);
      for (int i = 0; i < lines; i++) {
        s.add(sentence(line(layout, i, r, cities, countries, given, surnames)));
      }
      out.add(new Conll.Doc(s));
    }
    return out;
  }

  /** Layouts of a results page's lines; one per document, as on a real page. */
  private static final int LAYOUTS = 6;

  /**
   * One line of a results page, as tagged words. People in results are PER, clubs ORG, national
   * teams and countries LOC (a country's team is named by the country).
   */
  private static String line(
      int layout,
      int i,
      Random r,
      List<String> cities,
      List<String> countries,
      List<String> given,
      List<String> surnames) {
    String person = tag(pick(r, given) + " " + pick(r, surnames), "PER");
    String surname = tag(pick(r, surnames), "PER");
    String country = tag(pick(r, countries), "LOC");
    String club = tag(club(pick(r, cities), r), "ORG");
    return switch (layout) {
      case 0 -> // match results: Leeds 0 Sheffield Wednesday 2
          club
              + " "
              + r.nextInt(5)
              + "/O "
              + tag(club(pick(r, cities), r), "ORG")
              + " "
              + r.nextInt(5)
              + "/O";
      case 1 -> { // a standings row: played, won, drawn, lost, goals for, against, points
        StringBuilder row = new StringBuilder(club);
        for (int k = 0; k < 7; k++) {
          row.append(' ').append(r.nextInt(40)).append("/O");
        }
        yield row.toString();
      }
      case 2 -> // ranked results with the country in brackets, and a time
          (i + 1)
              + "/O ./O "
              + person
              + " (/O "
              + country
              + " )/O "
              + (1 + r.nextInt(3))
              + ":"
              + (10 + r.nextInt(50))
              + "."
              + r.nextInt(10)
              + "/O";
      case 3 -> // tennis: 1 - Pete Sampras ( U.S. ) beat Mikael Tillstrom ( Sweden ) 6-4 6-3
          (r.nextBoolean() ? (1 + r.nextInt(16)) + "/O -/O " : "")
              + person
              + " (/O "
              + country
              + " )/O beat/O "
              + tag(pick(r, given) + " " + pick(r, surnames), "PER")
              + " (/O "
              + tag(pick(r, countries), "LOC")
              + " )/O "
              + set(r)
              + " "
              + set(r);
      case 4 -> cricket(r, r.nextBoolean() ? person : surname, surnames);
      default -> // golf: 272 Ernie Els ( South Africa ) 68 67 69 68
          (270 + r.nextInt(15))
              + "/O "
              + person
              + (r.nextBoolean() ? " (/O " + country + " )/O" : "")
              + " "
              + (66 + r.nextInt(8))
              + "/O "
              + (66 + r.nextInt(8))
              + "/O "
              + (66 + r.nextInt(8))
              + "/O";
    };
  }

  /** A cricket scorecard line: Saeed Anwar c Croft b Cork 176, Atherton lbw b Wasim 31. */
  private static String cricket(Random r, String batsman, List<String> surnames) {
    String fielder = tag(pick(r, surnames), "PER");
    String bowler = tag(pick(r, surnames), "PER");
    int runs = r.nextInt(120);
    return switch (r.nextInt(6)) {
      case 0 -> batsman + " c/O " + fielder + " b/O " + bowler + " " + runs + "/O";
      case 1 -> batsman + " lbw/O b/O " + bowler + " " + runs + "/O";
      case 2 -> batsman + " not/O out/O " + runs + "/O";
      case 3 -> batsman + " run/O out/O " + runs + "/O";
      case 4 -> batsman + " b/O " + bowler + " " + runs + "/O";
      default -> // bowling figures: overs-maidens-runs-wickets
          bowler
              + " "
              + (5 + r.nextInt(20))
              + "-"
              + r.nextInt(6)
              + "-"
              + (10 + r.nextInt(80))
              + "-"
              + r.nextInt(6)
              + "/O";
    };
  }

  private static String set(Random r) {
    return r.nextBoolean()
        ? (6 + "-" + r.nextInt(5) + "/O")
        : ("7-6/O (/O 7-" + r.nextInt(6) + "/O )/O");
  }

  private static String pick(Random r, List<String> l) {
    return l.get(r.nextInt(l.size()));
  }

  private static String club(String city, Random r) {
    return city + CLUB_SUFFIX[r.nextInt(CLUB_SUFFIX.length)];
  }

  private static String score(Random r) {
    return r.nextInt(5) + "-" + r.nextInt(5);
  }

  private static String date(Random r) {
    return String.format(
        Locale.ROOT, "%d-%02d-%02d", 1990 + r.nextInt(36), 1 + r.nextInt(12), 1 + r.nextInt(28));
  }

  private static String up(String name, String type) {
    return tag(name.toUpperCase(Locale.ROOT), type);
  }

  /** "New York" -> "New/B-LOC York/I-LOC". */
  private static String tag(String name, String type) {
    String[] w = name.split(" ");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      sb.append(i == 0 ? "" : " ").append(w[i]).append(i == 0 ? "/B-" : "/I-").append(type);
    }
    return sb.toString();
  }

  /** "word/TAG word/TAG ..." -> a sentence. */
  private static Conll.Sentence sentence(String tagged) {
    String[] parts = tagged.trim().split(" +");
    String[] toks = new String[parts.length];
    String[] tags = new String[parts.length];
    for (int i = 0; i < parts.length; i++) {
      int slash = parts[i].lastIndexOf('/');
      toks[i] = parts[i].substring(0, slash);
      tags[i] = parts[i].substring(slash + 1);
    }
    return new Conll.Sentence(toks, tags);
  }
}
