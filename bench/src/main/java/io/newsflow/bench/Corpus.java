package io.newsflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;

/**
 * A deterministic benchmark corpus: news pages of 2–8 KB with page chrome (text and HTML),
 * entity-dense text from every region, some non-English pages, and near-duplicates of every kind
 * the pipeline must catch (syndicated copies, re-wraps, light edits, truncations, typo noise, new
 * headlines). The same seed gives the same pages, byte for byte.
 */
public final class Corpus {
  /**
   * One page as ingest would read it. {@code group} is the story it reports; {@code kind} how it
   * was made.
   */
  public record Page(
      String url, String source, String contentType, String body, int group, String kind) {}

  static final String[] KINDS = {"copy", "rewrap", "edit", "truncation", "typos", "retitle"};

  // Real places and roles from every region; people and organisations are invented, so the
  // recogniser works from
  // context as it must on news it has never seen.
  static final String[][] COUNTRIES = {
    {"Kenya", "Nairobi", "Kenyan"},
    {"Nigeria", "Lagos", "Nigerian"},
    {"Ethiopia", "Addis Ababa", "Ethiopian"},
    {"Brazil", "Sao Paulo", "Brazilian"},
    {"Peru", "Lima", "Peruvian"},
    {"Mexico", "Guadalajara", "Mexican"},
    {"Colombia", "Medellin", "Colombian"},
    {"Indonesia", "Surabaya", "Indonesian"},
    {"Vietnam", "Hanoi", "Vietnamese"},
    {"Philippines", "Manila", "Philippine"},
    {"India", "Mumbai", "Indian"},
    {"Pakistan", "Karachi", "Pakistani"},
    {"Iran", "Tehran", "Iranian"},
    {"Turkey", "Izmir", "Turkish"},
    {"Egypt", "Alexandria", "Egyptian"},
    {"Ukraine", "Kharkiv", "Ukrainian"},
    {"Poland", "Krakow", "Polish"},
    {"Germany", "Hamburg", "German"},
    {"France", "Marseille", "French"},
    {"Canada", "Toronto", "Canadian"},
    {"Australia", "Brisbane", "Australian"},
    {"Japan", "Osaka", "Japanese"},
    {"South Korea", "Busan", "South Korean"},
    {"Kazakhstan", "Almaty", "Kazakh"},
    {"Sudan", "Khartoum", "Sudanese"},
    {"Chile", "Valparaiso", "Chilean"},
    {"Bangladesh", "Dhaka", "Bangladeshi"},
    {"Morocco", "Casablanca", "Moroccan"},
    {"Thailand", "Chiang Mai", "Thai"},
    {"Argentina", "Rosario", "Argentine"},
  };
  static final String[] FIRST = {
    "Amara", "Tomasz", "Lucia", "Kenji", "Farah", "Diego", "Ngozi", "Viktor", "Aisha", "Mateo",
    "Leila", "Hiroshi", "Samuel", "Ines", "Rashid", "Elena", "Kwame", "Sofia", "Arjun", "Marta"
  };
  static final String[] LAST = {
    "Okonkwo",
    "Kowalczyk",
    "Ferreira",
    "Tanaka",
    "Haddad",
    "Ramirez",
    "Adeyemi",
    "Petrenko",
    "Rahman",
    "Castillo",
    "Karimi",
    "Sato",
    "Mensah",
    "Moreau",
    "Qureshi",
    "Novak",
    "Boateng",
    "Lindqvist",
    "Sharma",
    "Duarte"
  };
  static final String[] TITLES = {
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Defence Minister",
    "Interior Minister",
    "Gen",
    "police spokesman",
    "Governor",
    "opposition leader",
    "Energy Minister"
  };
  static final String[] ORG_HEADS = {
    "Liberation Front",
    "Ministry of Energy",
    "Electoral Commission",
    "Border Guard",
    "Revolutionary Army",
    "Port Authority",
    "Workers' Union",
    "Development Agency",
    "Red Crescent",
    "National Guard"
  };
  static final String[] ORG_STEMS = {
    "Northern",
    "United",
    "Coastal",
    "Highland",
    "People's",
    "Eastern",
    "Federal",
    "Southern",
    "Free",
    "Western"
  };
  static final String[] EVENTS = {
    "gunmen attacked a police checkpoint",
    "heavy rain triggered floods and landslides",
    "thousands marched in protest",
    "the two governments signed a defence cooperation agreement",
    "a car bomb exploded near a market",
    "officials announced new sanctions",
    "voters went to the polls in a tense election",
    "an earthquake of magnitude 6.1 struck",
    "militants seized several hostages",
    "talks on the nuclear programme resumed",
    "a fire destroyed part of the port",
    "the central bank raised interest rates"
  };
  static final String[] VOCAB =
      ("the a of to in and on for with said after before during while since officials "
              + "government security forces residents local regional national minister ministry police army statement "
              + "spokesman report reports reported week month year monday tuesday wednesday thursday friday saturday sunday "
              + "morning evening night city town village province district border capital north south east west central "
              + "people killed injured wounded arrested dozens hundreds thousands several many more than at least about "
              + "according witnesses told reporters news agency television broadcast confirmed denied claimed responsibility "
              + "attack attacks blast explosion clashes fighting talks agreement deal meeting summit visit delegation "
              + "economy prices fuel food water power electricity roads bridge hospital school schools university market "
              + "trade exports imports oil gas mining farmers workers union strike protest protesters demonstrators rally "
              + "election vote votes campaign candidate party parliament court judge law ruling investigation inquiry "
              + "emergency rescue teams aid relief shelters displaced families homes damage flood floods storm rain drought "
              + "would could should might also however meanwhile earlier later still again already expected planned "
              + "announced warned urged called demanded promised agreed refused rejected accused blamed praised criticised")
          .split(" ");
  static final String[][] FOREIGN = {
    {
      "es",
      "El gobierno anunció nuevas medidas después de la reunión del consejo de ministros en la capital. "
          + "Los vecinos dijeron que la situación sigue siendo difícil y que esperan más ayuda de las autoridades. "
          + "La policía informó que varias personas fueron detenidas durante la noche. "
    },
    {
      "fr",
      "Le gouvernement a annoncé de nouvelles mesures après la réunion du conseil des ministres dans la capitale. "
          + "Les habitants ont déclaré que la situation restait difficile et qu'ils attendaient davantage d'aide. "
          + "La police a indiqué que plusieurs personnes avaient été arrêtées pendant la nuit. "
    },
    {
      "de",
      "Die Regierung kündigte nach der Sitzung des Kabinetts in der Hauptstadt neue Maßnahmen an. "
          + "Anwohner sagten, die Lage sei weiterhin schwierig und sie erwarteten mehr Hilfe von den Behörden. "
          + "Die Polizei teilte mit, dass in der Nacht mehrere Menschen festgenommen worden seien. "
    },
  };
  static final String[] HOSTS = {
    "dailyherald.example",
    "worldwire.example",
    "coastpost.example",
    "metro-news.example",
    "thecapital.example",
    "newsdesk.example",
    "agencyfeed.example",
    "morningstar.example"
  };

  private final long seed;
  private final double dupRate;

  public Corpus(long seed, double dupRate) {
    if (dupRate < 0 || dupRate >= 1) {
      throw new IllegalArgumentException("dup rate must be in [0, 1): " + dupRate);
    }
    this.seed = seed;
    this.dupRate = dupRate;
  }

  /**
   * The first {@code n} pages: originals, each followed in time by its near-duplicates (about
   * dupRate of all).
   */
  public List<Page> pages(int n) {
    List<Page> out = new ArrayList<>(n);
    generate(n, (page, text) -> out.add(page));
    return out;
  }

  /**
   * Generates the first {@code n} pages one at a time (a million need not be held), each with the
   * article text an extractor should find on it: its headline and paragraphs.
   */
  public void generate(int n, BiConsumer<Page, String> sink) {
    SplittableRandom r = new SplittableRandom(seed);
    int made = 0;
    int group = 0;
    while (made < n) {
      Story s = story(r, group);
      sink.accept(
          render(s, r, HOSTS[r.nextInt(HOSTS.length)], r.nextInt(2) == 0, "original", group),
          s.text());
      made++;
      // a geometric number of copies keeps the expected share of duplicates at dupRate
      while (made < n && r.nextDouble() < dupRate) {
        String kind = KINDS[r.nextInt(KINDS.length)];
        Story v = variant(s, kind, r);
        sink.accept(
            render(v, r, HOSTS[r.nextInt(HOSTS.length)], r.nextInt(2) == 0, kind, group), v.text());
        made++;
      }
      group++;
    }
  }

  record Story(String title, List<String> paragraphs, String lang) {
    String text() {
      return title + "\n\n" + String.join("\n\n", paragraphs);
    }
  }

  private Story story(SplittableRandom r, int group) {
    String[] c = COUNTRIES[r.nextInt(COUNTRIES.length)];
    String[] c2 = COUNTRIES[r.nextInt(COUNTRIES.length)];
    String person = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
    String person2 = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
    String title1 = TITLES[r.nextInt(TITLES.length)];
    String title2 = TITLES[r.nextInt(TITLES.length)];
    String org =
        ORG_STEMS[r.nextInt(ORG_STEMS.length)] + " " + ORG_HEADS[r.nextInt(ORG_HEADS.length)];
    String event = EVENTS[r.nextInt(EVENTS.length)];
    String surname = person.substring(person.indexOf(' ') + 1);
    String headline = cap(event.replaceFirst("^(the |a |an )", "")) + " in " + c[1];
    List<String> ps = new ArrayList<>();
    ps.add(
        c[1].toUpperCase(Locale.ROOT)
            + " (Newsflow) - In "
            + c[1]
            + ", "
            + event
            + " on "
            + day(r)
            + ", "
            + c[2]
            + " officials said, in the latest incident to hit "
            + c[0]
            + " this year.");
    ps.add(
        title1
            + " "
            + person
            + " said the "
            + org
            + " was investigating and urged calm. \"We will not "
            + "allow this to happen again,\" "
            + surname
            + " told reporters in "
            + c[1]
            + ".");
    int target = 2000 + r.nextInt(6000); // bytes of text: pages end up 2-8 KB with chrome
    int len = ps.get(0).length() + ps.get(1).length();
    while (len < target) {
      String p =
          switch (r.nextInt(6)) {
            case 0 ->
                title2
                    + " "
                    + person2
                    + " of "
                    + c2[0]
                    + " is due to visit "
                    + c[1]
                    + " next week, the "
                    + c2[2]
                    + " foreign ministry said. "
                    + words(r, 25 + r.nextInt(30));
            case 1 ->
                "The " + org + " said in a statement that " + words(r, 20 + r.nextInt(30)) + ".";
            case 2 -> surname + " added that " + words(r, 20 + r.nextInt(40)) + ".";
            default -> cap(words(r, 30 + r.nextInt(50))) + ".";
          };
      ps.add(p);
      len += p.length();
    }
    String lang = "en";
    if (group % 10 == 7) { // a tenth of the stories are not in English
      String[] f = FOREIGN[r.nextInt(FOREIGN.length)];
      lang = f[0];
      List<String> fps = new ArrayList<>();
      for (int i = 0; i < Math.max(4, ps.size() / 2); i++) {
        fps.add(f[1] + c[1] + ", " + c[0] + ". " + words(r, 10 + r.nextInt(10)));
      }
      ps = fps;
      headline = c[1] + ": " + f[1].substring(0, f[1].indexOf(' ', 30));
    }
    return new Story(headline, ps, lang);
  }

  private Story variant(Story s, String kind, SplittableRandom r) {
    List<String> ps = new ArrayList<>(s.paragraphs());
    return switch (kind) {
      case "copy", "rewrap" ->
          s; // same text; a copy lands on another site's chrome, a re-wrap in the other format
      case "edit" -> {
        int i = 1 + r.nextInt(ps.size() - 1);
        ps.set(i, ps.get(i).replace(" said ", " stated ").replace(" the ", " this "));
        ps.add("This story has been updated with more details.");
        yield new Story(s.title(), ps, s.lang());
      }
      case "truncation" ->
          new Story(s.title(), ps.subList(0, Math.max(2, (int) (ps.size() * 0.6))), s.lang());
      case "typos" -> {
        List<String> noisy = new ArrayList<>();
        for (String p : ps) {
          noisy.add(typos(p, r, 0.03));
        }
        yield new Story(s.title(), noisy, s.lang());
      }
      case "retitle" -> new Story("UPDATE: " + s.title(), ps, s.lang());
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private static Page render(
      Story s, SplittableRandom r, String host, boolean html, String kind, int group) {
    String path = "/" + (group) + "-" + kind + "-" + Integer.toHexString(r.nextInt());
    String url = "https://" + host + path;
    String trending =
        "Trending: "
            + COUNTRIES[r.nextInt(COUNTRIES.length)][0]
            + " cup final | "
            + FIRST[r.nextInt(FIRST.length)]
            + " "
            + LAST[r.nextInt(LAST.length)]
            + " wins award | Weather";
    if (html) {
      StringBuilder b = new StringBuilder(s.paragraphs().size() * 400 + 1500);
      b.append("<!doctype html><html lang=\"")
          .append(s.lang())
          .append("\"><head><meta charset=\"utf-8\"><title>")
          .append(esc(s.title()))
          .append(" | ")
          .append(host)
          .append("</title></head><body>")
          .append(
              "<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/business\">Business</a>")
          .append(" <a href=\"/sport\">Sport</a></nav></header><main><article><h1>")
          .append(esc(s.title()))
          .append("</h1>")
          .append("<p class=\"byline\">By Staff Reporter</p>");
      for (String p : s.paragraphs()) {
        b.append("<p>").append(esc(p)).append("</p>");
      }
      b.append("</article><aside><h3>Most read</h3><ul><li>")
          .append(esc(trending))
          .append("</li></ul></aside></main>")
          .append("<footer><p>Copyright 2026 ")
          .append(host)
          .append(". All rights reserved.</p>")
          .append("<p>We use cookies to improve your experience.</p></footer></body></html>");
      return new Page(url, host, "text/html", b.toString(), group, kind);
    }
    StringBuilder b = new StringBuilder(s.paragraphs().size() * 400 + 500);
    b.append("Home | World | Business | Sport | Opinion\n\n").append(s.title()).append("\n\n");
    for (String p : s.paragraphs()) {
      b.append(p).append("\n\n");
    }
    b.append("Share this article\n\n")
        .append(trending)
        .append("\n\nCopyright 2026 ")
        .append(host)
        .append(". All rights reserved.\n");
    return new Page(url, host, "text/plain", b.toString(), group, kind);
  }

  private static String words(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder(n * 7);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(VOCAB[r.nextInt(VOCAB.length)]);
    }
    return b.toString();
  }

  private static String typos(String p, SplittableRandom r, double rate) {
    String[] ws = p.split(" ");
    for (int i = 0; i < ws.length; i++) {
      if (ws[i].length() > 3 && r.nextDouble() < rate) {
        char[] cs = ws[i].toCharArray();
        int j = 1 + r.nextInt(cs.length - 2);
        char t = cs[j];
        cs[j] = cs[j + 1];
        cs[j + 1] = t;
        ws[i] = new String(cs);
      }
    }
    return String.join(" ", ws);
  }

  private static String day(SplittableRandom r) {
    return new String[] {
          "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
        }
        [r.nextInt(7)];
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Country names the corpus uses: a rule on these fires for every English canonical story. */
  public static List<String> countryNames() {
    List<String> out = new ArrayList<>();
    for (String[] c : COUNTRIES) {
      out.add(c[0]);
    }
    return out;
  }
}
