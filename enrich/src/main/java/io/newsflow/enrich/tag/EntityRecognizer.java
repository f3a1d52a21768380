package io.newsflow.enrich.tag;

import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntBinaryOperator;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds people, organisations and places that no list names, from their context: a title or role
 * before a name (President, spokesman, Gen) makes a person; a head word (Army, Ministry, Front,
 * Agency) or an acronym defined in the text makes an organisation; a place cue (province of, the
 * city of, X province) makes a place. Within an article, variants resolve to one entity: acronyms
 * (BLA, defined or matching the initials), short forms after a first full mention (Putin; Gen
 * Bagheri), and spellings that differ only in vowels and particles (Jaish al-Adl / Jaish ul-Adl).
 * Ids are derived from the type and the canonical name ({@code org:baloch-liberation-army}).
 */
public final class EntityRecognizer {
  /** The word lists, from {@code kb/recognizer.tsv} beside the knowledge base. */
  private static final Lexicon LEXICON = Lexicon.load();

  private static final Set<String> CONNECTORS = LEXICON.list("connector");

  /** Connectors that join only a head to what follows (Commission on Human Rights). */
  private static final Set<String> HEAD_CONNECTORS = WordSet.of("for", "on");

  /** Words that open an office's name before "of" (Head of State, Chief of Staff). */
  private static final Set<String> OFFICE_OPENINGS = WordSet.of("head", "heads", "chief", "chiefs");

  /**
   * Articles after "de", "van" or "von" inside a name (Banco de la República, Hof van den Bosch).
   */
  private static final Set<String> ARTICLES_AFTER_CONNECTOR =
      WordSet.of("la", "las", "los", "el", "le", "les", "l'", "der", "den", "het");

  /** The words after one capitalised word that make it an organisation ("Likud party"). */
  private static final Set<String> ONE_WORD_ORG_AFTER = LEXICON.list("org-after-one");

  /** Lower-case words after a name that make it an organisation ("the Civil Defence agency"). */
  private static final Set<String> ORG_AFTER = union(LEXICON.list("org-after"), ONE_WORD_ORG_AFTER);

  /**
   * A name's last words that make it a body's mission before a lower-case "mission" ("the
   * Multinational Security Support mission"; not "the Artemis II mission").
   */
  private static final Set<String> MISSION_WORDS = LEXICON.list("mission-word");

  private static final Pattern ADJECTIVE_END = Pattern.compile("(?:ic|an|ist|ive|al|ern)$");

  /** Lower-case particle joined to a name: al-Assad, ul-Adl, bin-Salman. */
  private static final Set<String> PARTICLES =
      WordSet.of(
          "al", "ul", "el", "ad", "ar", "as", "at", "bin", "ibn", "abu", "abd", "de", "di", "da");

  /**
   * Organisations known by their whole name, compared lower-cased: the knowledge base's names and
   * aliases (acronyms aside, see AGENCIES) and the lexicon's few it lacks.
   */
  private static final Set<String> SINGLE_ORGS = LEXICON.knownOrgs();

  private static final Set<String> HONORIFICS = LEXICON.list("honorific");

  private static final Set<String> TITLES = union(LEXICON.list("title"), HONORIFICS);

  /** Ranks held "of" a place, which make "X of Y" a title (Eliza Countess of Gaverick). */
  private static final Set<String> RANKS_OF = LEXICON.list("rank-of");

  /** Portfolios' nouns after a title's adjective (Foreign Affairs): no word of a person's name. */
  private static final Set<String> PORTFOLIO_NOUNS = LEXICON.list("portfolio-noun");

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return WordSet.copyOf(out);
  }

  private static final Set<String> ORG_HEADS = LEXICON.list("org-head");

  /**
   * Heads that are German common nouns too ("Sprecherin der Initiative", "Mitglied der Jury"), read
   * as heads only in a language that does not capitalise every noun.
   */
  private static final Set<String> ENGLISH_HEADS = LEXICON.list("org-head-en");

  private static final Set<String> STREET_HEADS = LEXICON.list("street-head");
  private static final Set<String> PLACE_HEADS = union(LEXICON.list("place-head"), STREET_HEADS);
  private static final Set<String> ORG_STARTS = LEXICON.list("org-start");

  /**
   * Organisations known by an acronym, matched as written (AP, not "Ap"): the lexicon's news
   * agencies the knowledge base lacks, and the knowledge base's acronyms.
   */
  private static final Set<String> AGENCIES = LEXICON.knownAcronyms();

  private static final Pattern IN_PLACE =
      Pattern.compile("^\\s+(?:in|near|outside)\\s+(\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?)");

  /** What mines yield, before "mine" in a mine's name ("the Oyu Tolgoi copper mine"). */
  public static final List<String> MINED =
      List.of(
          "gold",
          "copper",
          "coal",
          "iron ore",
          "nickel",
          "cobalt",
          "lithium",
          "diamond",
          "platinum",
          "uranium",
          "bauxite",
          "zinc",
          "tin",
          "silver");

  /** {@link #MINED} as a regex alternation, for the patterns here and in the mention rules. */
  public static final String MINED_ALTERNATION = String.join("|", MINED);

  /** The first words of {@link #MINED} ("iron" of "iron ore"). */
  public static final List<String> MINED_FIRST_WORDS =
      MINED.stream().map(w -> w.split(" ")[0]).toList();

  /** The nouns after a name that make it a place ("Idlib province", "the Omar oilfield"). */
  private static final List<String> PLACE_AFTER_NOUNS =
      List.of(
          "province",
          "region",
          "district",
          "county",
          "valley",
          "city",
          "town",
          "village",
          "governorate",
          "prefecture",
          "oblast",
          "state",
          "camp",
          "refugee camp",
          "crossing",
          "river",
          "border crossing",
          "mine",
          "oilfield",
          "oil field",
          "gas field",
          "prison",
          "jail",
          "dam",
          "reservoir",
          "pipeline",
          "gas fields",
          "oil fields",
          "oilfields",
          "field",
          "block",
          "checkpoint",
          "border post",
          "special economic zone",
          "economic zone",
          "free zone",
          "free trade zone",
          "regional government",
          "provincial government",
          "municipal government",
          "municipality",
          "rural municipality",
          "urban municipality",
          "air base",
          "airbase",
          "naval base");

  private static final Pattern PLACE_AFTER =
      Pattern.compile(
          "^('s)? ?("
              + String.join("|", PLACE_AFTER_NOUNS)
              + "|(?:"
              + MINED_ALTERNATION
              + ") mine)\\b");

  /** An appositive that gives a person's role: "Jimmy Cherizier, a former police officer". */
  private static final Pattern PERSON_APPOSITIVE =
      Pattern.compile(
          "^, (?:(?:a|an|the|who is|who was) |(?=[a-z]+ of ))(?:(?:former|senior|top|local|retired"
              // "the pro-independence leader", "the hard-line cleric": a compound in lower case
              + "|veteran|deputy|chief|exiled|jailed|[a-z]+-[a-z]+|[A-Z][a-z]+) )?"
              + "(?:(?:prime|foreign|finance|defence|defense|interior"
              + "|justice) )?(?:police officer|officer|commander|leader|"
              + "spokesman|spokeswoman|spokesperson|minister|lawmaker|politician|general|colonel|journalist|activist|"
              + "cleric|warlord|diplomat|envoy|official|president|governor|mayor|senator|ambassador|judge|businessman|"
              + "businesswoman|opposition leader|gang leader|militant|rebel leader|founder|co-founder"
              + "|chairman|chairwoman)\\b");

  /**
   * An appositive that says what an organisation is: "Ecopetrol, the state oil company", "VinFast,
   * the electric-car maker", "Hess, now part of Chevron", "X, a unit of Y" (not "Smith, the
   * company's chief").
   */
  private static final Pattern ORG_APPOSITIVE =
      Pattern.compile(
          ", (?:now (?:part|a unit|a subsidiary|a division) of (?=\\p{Lu})"
              // "Warisan, led by former chief minister Shafie Apdal, won": people are not led
              + "|led by (?=\\p{Lu}|former |the |its |opposition |ex-)"
              + "|(?:a|an|the) (?:[\\p{L}-]+ ){0,2}(?:unit|subsidiary|division|affiliate|arm|wing) of (?=\\p{Lu})|(?:a|an|the|\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*){0,2}['’]s) (?:[\\p{L}.-]+(?:['’]\\p{L}*)? ){0,4}(?:company|firm|group|maker|manufacturer|producer|miner"
              + "|carrier|airline|lender|insurer|broadcaster|newspaper|conglomerate|retailer"
              + "|operator|developer|utility|regulator|charity|startup|agency|militia|mission"
              + "|trader|supplier|exporter|importer|distributor|refiner|contractor|shipper|builder"
              + "|bloc|body|organisation|organization|outlet|website|association|federation|union|lobby"
              + "|chamber|winery|brewery|distillery|shipyard|chain|wing"
              // "Chadema, the main opposition party, was barred", "Banadesa, the state farm bank.",
              // "Samruk-Kazyna, the sovereign wealth fund that"; not "Smith, the party chairman",
              // "Jones, the bank chief", "Lee, the fund manager"
              + "|(?:party|movement|coalition|alliance|bank|venture|cooperative|exchange|fund|holding"
              // "SACO, Barry Callebaut's local unit, shut"
              + "|unit|subsidiary|affiliate)"
              // "Namdeb, the diamond joint venture with De Beers"
              + "(?=[,.;:)]| (?:that|which|of|in|with|between)\\b))"
              + "(?![\\p{L}'’])"
              // "in Basilan, the agency said": a reporting clause, not what the name is
              + "(?! (?:\\p{Lu}[\\p{L}.-]* ){0,3}(?:said|says|told|added|reported|wrote|announced"
              + "|stated|reports)\\b))");

  /**
   * Whether ", " and up to three capitalised words with a possessive "'s" follow {@code end}
   * ("QazaqGaz, Kazakhstan's ..."): the appositive pattern is tried only then.
   */
  private static boolean possessiveNameAfter(String text, int end) {
    int i = end + 2;
    if (i >= text.length()
        || !text.startsWith(", ", end)
        || !Character.isUpperCase(text.charAt(i))) {
      return false;
    }
    for (int n = text.length(); i < n && i < end + 40; i++) {
      char c = text.charAt(i);
      if ((c == '\'' || c == '\u2019') && text.startsWith("s ", i + 1)) {
        return true;
      }
      if (!Character.isLetter(c) && c != ' ' && c != '.' && c != '-') {
        return false;
      }
    }
    return false;
  }

  /**
   * An appositive that says what two names are, after the second: "(Olam) and Barry Callebaut, the
   * largest buyers", "(Digicel) and Flow, the two mobile carriers".
   */
  private static final Pattern ORGS_APPOSITIVE =
      Pattern.compile(
          "(?: and \\p{Lu}[\\p{L}&.-]*(?: \\p{Lu}[\\p{L}&.-]*){0,2})?, (?:the|both) (?:[\\p{L}.-]+ ){0,3}"
              + "(?:companies|firms|groups|makers|manufacturers|producers|miners|carriers|airlines|lenders"
              + "|banks|insurers|broadcasters|retailers|operators|developers|traders|suppliers|exporters"
              + "|importers|refiners|contractors|shippers|builders|conglomerates|utilities|buyers"
              + "|chains|brands|automakers|carmakers|chipmakers|drugmakers)(?![\\p{L}'’])");

  /**
   * An appositive that says what the place is: "Maungdaw, a town on the border" ("X, the region's
   * leader" is a person).
   */
  private static final Pattern PLACE_APPOSITIVE =
      Pattern.compile(
          "^, (?:a|an|the) (?:[a-z]+ )?(?:town|city|village|"
              + "district|province|region|camp|port|island|district capital|provincial capital"
              + "|capital of|(?:(?:"
              + MINED_ALTERNATION
              + ") (?:and (?:[a-z]+ ))?)mine)\\b(?!['’]s)");

  private static final Set<String> SENTENCE_WORDS = LEXICON.list("sentence-word");
  private static final Set<String> GERMAN_SENTENCE_WORDS = LEXICON.list("sentence-word-de");
  private static final Set<String> SPORTS = LEXICON.list("sport");
  private static final Set<String> MATCH_WORDS = LEXICON.list("match-word");

  /**
   * A word token; its string and lower-cased form are made on first use: most of a text's tokens
   * are passed over by their first character, and two strings for each cost more than the rest.
   */
  private static final class Token {
    private final String source;
    private final int start;
    private final int end;
    private final boolean sentenceStart;
    private final int index;
    private String text;
    private String lower;

    /** {@link EntityRecognizer#capitalised(Token)}, once asked: 0 not yet, 1 no, 2 yes. */
    private byte capitalised;

    Token(String source, int start, int end, boolean sentenceStart, int index) {
      this.source = source;
      this.start = start;
      this.end = end;
      this.sentenceStart = sentenceStart;
      this.index = index;
    }

    String text() {
      if (text == null) {
        text = source.substring(start, end);
      }
      return text;
    }

    String lower() {
      if (lower == null) {
        lower = text().toLowerCase(Locale.ROOT);
      }
      return lower;
    }

    int start() {
      return start;
    }

    int end() {
      return end;
    }

    boolean sentenceStart() {
      return sentenceStart;
    }

    int index() {
      return index;
    }

    /** The token's first character. */
    char first() {
      return source.charAt(start);
    }

    @Override
    public String toString() {
      return text();
    }
  }

  // a space may stand inside the brackets in tokenised wire copy: "the Indonesian Democratic Party
  // ( PDI )"; a lower-case letter may stand between capitals ("Refineria di Aruba (RdA)")
  private static final Pattern ACRONYM_AFTER =
      Pattern.compile("^\\s*\\( ?([A-Z](?:[A-Z0-9&-]|[a-z](?=[A-Z0-9])){1,9}) ?\\)");

  /** Whether a name at {@code start} opens the text, a sentence or a line. */
  public static boolean opensSentence(String text, int start) {
    return start == 0 || endsSentence(text, 0, start);
  }

  /**
   * Whether the gap text[from, to) between two tokens ends a sentence (a full stop, question,
   * colon, quote or line break).
   */
  private static boolean endsSentence(String text, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == '.' && initial(text, i)) {
        // Carissa F. Etienne; but "next year's Serie A. The Brazilian ..." ends a sentence
        int e = to;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
          e++;
        }
        return e > to && isSentenceWord(text.substring(to, e).toLowerCase(Locale.ROOT));
      }
      if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == '"') {
        return true;
      }
      if (datelineDash(text, i)) {
        return true; // "MANILA - The Philippine Coast Guard said", "(Reuters) - The ..."
      }
      if (!Character.isWhitespace(c) && c != '\'' && c != '(') {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a spaced dash ends a dateline: after a word in capitals or a closing parenthesis
   * ("LAGOS - ", "(Reuters) - "), not between two names ("Barcelona - Ronaldo").
   */
  private static boolean datelineDash(String text, int i) {
    char c = text.charAt(i);
    if (c != '-' && c != '\u2013' && c != '\u2014'
        || i < 2
        || i + 1 >= text.length()
        || text.charAt(i - 1) != ' '
        || text.charAt(i + 1) != ' ') {
      return false;
    }
    char before = text.charAt(i - 2);
    return before == ')'
        || Character.isUpperCase(before) && (i < 3 || !Character.isLowerCase(text.charAt(i - 3)))
        || Character.isDigit(before) && monthDayStart(text, i - 1) >= 0;
  }

  /**
   * Where a month and a day ending at {@code end} start ("Dec 4", "Dec. 4", "December 4"; a
   * dateline's date before its dash: "MANILA, Dec 4 - "), else -1.
   */
  private static int monthDayStart(String text, int end) {
    int d = end;
    while (d > 0 && end - d < 2 && Character.isDigit(text.charAt(d - 1))) {
      d--;
    }
    if (d == end || d > 0 && Character.isDigit(text.charAt(d - 1)) || d < 2) {
      return -1;
    }
    int e = text.charAt(d - 1) == ' ' ? d - 1 : -1;
    if (e > 0 && text.charAt(e - 1) == '.') {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return e > s && (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1))) && month(text, s, e)
        ? s
        : -1;
  }

  /**
   * Whether the capitalised word from {@code start} to {@code end} is a month or its short form.
   */
  private static boolean month(String text, int start, int end) {
    return Character.isUpperCase(text.charAt(start))
        && MONTHS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the text from {@code start} to {@code end} is a dateline's date: "Dec 4", "Dec. 4",
   * "December 4", "4 December".
   */
  public static boolean datelineDate(String text, int start, int end) {
    if (monthDayStart(text, end) == start) {
      return true;
    }
    int d = start;
    while (d < end && d - start < 2 && Character.isDigit(text.charAt(d))) {
      d++;
    }
    return d > start && d + 1 < end && text.charAt(d) == ' ' && month(text, d + 1, end);
  }

  /** Whether the period at {@code dot} ends a name's initial: one capital letter alone ("F."). */
  private static boolean initial(String text, int dot) {
    return dot > 0
        && Character.isUpperCase(text.charAt(dot - 1))
        && (dot == 1 || !Character.isLetter(text.charAt(dot - 2)));
  }

  private record Run(List<Token> tokens) {
    int start() {
      return tokens.get(0).start();
    }

    int end() {
      return tokens.get(tokens.size() - 1).end();
    }

    String text(String src) {
      return src.substring(start(), end());
    }
  }

  private static final class Found {
    final EntityType type;
    String name;
    String key;
    final List<Span> spans = new ArrayList<>();
    final List<String> aliases = new ArrayList<>();

    Found(EntityType type, String name) {
      this.type = type;
      this.name = name;
      this.key = NameKeys.loose(name);
    }
  }

  private final Predicate<String> isCountryName;
  private final Predicate<String> isPlaceName;
  private final Predicate<String> isGivenName;

  /**
   * Whether a lower-cased word is a title that alone names no one and nothing (the Honourable,
   * Emperor), unlike Army, State or Queen.
   */
  public static boolean isHonorific(String lower) {
    return HONORIFICS.contains(lower);
  }

  private static final Set<String> PEOPLES = LEXICON.list("people");

  private static final Set<String> TEAM_NICKNAMES = LEXICON.list("team-nickname");

  /** One of kb/recognizer.tsv's word lists, for the rules outside the recogniser. */
  public static Set<String> wordList(String name) {
    return LEXICON.list(name);
  }

  /**
   * The names league clubs bear after their city, state or country, as written: "Bulls", "Red Sox",
   * "Amazon Warriors" (kb/recognizer.tsv).
   */
  public static Set<String> teamNicknames() {
    return TEAM_NICKNAMES;
  }

  /** Whether a lower-cased word names a people or a faith (Hutu, Tamil, Sunni): no group's name. */
  public static boolean isPeople(String lower) {
    return PEOPLES.contains(lower);
  }

  /** Whether a lower-cased word belongs to a match report and alone names nothing (Halftime). */
  public static boolean isMatchWord(String lower) {
    return MATCH_WORDS.contains(lower);
  }

  /** Whether a lower-cased word names a sport (rugby, union, motor, racing). */
  public static boolean isSport(String lower) {
    return SPORTS.contains(lower);
  }

  /** Whether a lower-cased word opens sentences rather than names (The, However, Monday). */
  public static boolean isSentenceWord(String lower) {
    return SENTENCE_WORDS.contains(lower);
  }

  /** Whether a lower-cased word is a title or role before a name (President, Gen, minister). */
  public static boolean isTitle(String lower) {
    return TITLES.contains(lower);
  }

  /**
   * Whether text[start, end) may be a title, in any case, by its length and first letter alone:
   * false only where no title has both (most words), so that a caller makes no lower-cased copy of
   * them to look up. Words with other than ASCII letters are not judged here (true).
   */
  public static boolean mayBeTitle(String text, int start, int end) {
    int length = end - start;
    if (length <= 0 || length >= TITLE_SHAPES.length) {
      return length > 0;
    }
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c >= 128 || !Character.isLetter(c)) {
        return true;
      }
    }
    int first = (text.charAt(start) | 0x20) - 'a';
    return (TITLE_SHAPES[length] & (1 << first)) != 0;
  }

  /** Per length, a bit per first letter (a-z) of the titles of that length. */
  private static final int[] TITLE_SHAPES = titleShapes();

  private static int[] titleShapes() {
    int[] shapes = new int[32];
    for (String t : TITLES) {
      if (t.isEmpty() || t.length() >= shapes.length) {
        continue;
      }
      char c = t.charAt(0);
      // a title opening otherwise is matched by no word of ASCII letters: no bit to set
      if (c >= 'a' && c <= 'z') {
        shapes[t.length()] |= 1 << (c - 'a');
      }
    }
    return shapes;
  }

  /** Whether a lower-cased word opens an organisation's name (Ministry of ..., Banco ...). */
  public static boolean isOrgStart(String lower) {
    return ORG_STARTS.contains(lower);
  }

  /** Whether a lower-cased word heads a place's name whatever reads it otherwise (Sea, Coast). */
  public static boolean isPlaceHead(String lower) {
    return PLACE_HEADS.contains(lower);
  }

  /** Whether a lower-case word may stand inside a name (of, bin, de, al). */
  public static boolean isConnector(String lower) {
    return CONNECTORS.contains(lower);
  }

  /**
   * Whether a lower-cased word heads a street's name (Road, Avenue): a place's head that is no
   * surname, so a place even when the name opens with a given name (Grace Road).
   */
  public static boolean isStreetHead(String lower) {
    return STREET_HEADS.contains(lower);
  }

  /** The street's and site's heads, lower-cased (road, airport, stadium, square). */
  public static Set<String> streetHeads() {
    return STREET_HEADS;
  }

  private static final Set<String> PLACE_FIRST_WORDS = LEXICON.list("place-first");

  /**
   * Whether a lower-cased word opens a street's or a place's name (Avenue, Puerto, Port): no
   * person's name opens with one.
   */
  public static boolean isPlaceFirstWord(String lower) {
    return PLACE_FIRST_WORDS.contains(lower);
  }

  private static final Set<String> PLACE_OF_WORDS = LEXICON.list("place-of");

  /**
   * Whether a lower-cased word names a geographic feature "of" a place (Gulf of Thailand, Bay of
   * Bengal, Strait of Hormuz).
   */
  public static boolean isPlaceOfWord(String lower) {
    return PLACE_OF_WORDS.contains(lower);
  }

  /** What a body is for, which ends its name after "for" (Independent Patriots for Change). */
  private static final Set<String> CAUSES = LEXICON.list("cause");

  /** What a body's name is for, which goes on over "of the" (the Defence of the Homeland). */
  private static final Set<String> CAUSES_OF = LEXICON.list("cause-of");

  /**
   * Whether a lower-cased word is a cause a body's name may end in after "for" ({@link #CAUSES}).
   */
  public static boolean isCause(String lower) {
    return CAUSES.contains(lower);
  }

  /**
   * Whether the "for" at {@code j} joins a body's name over a cause ({@link #CAUSES}): after it
   * ("Coalition of Patriots for Change") or opening the run before it ("Democracy for Citizens
   * Party").
   */
  private static boolean forACause(List<Token> tokens, int j, List<Token> run) {
    return tokens.get(j).lower().equals("for")
        && j + 1 < tokens.size()
        && (CAUSES.contains(tokens.get(j + 1).lower())
            || run.size() == 1 && CAUSES.contains(run.get(0).lower())
            // "the Egyptian Initiative for Personal Rights": a cause after one more word
            || j + 2 < tokens.size()
                && CAUSES.contains(tokens.get(j + 2).lower())
                && Character.isUpperCase(tokens.get(j + 1).first())
                && Character.isUpperCase(tokens.get(j + 2).first()));
  }

  /** Where a party or a bloc stands, in lower case before its name ("the ruling X coalition"). */
  private static final Set<String> LEANS =
      WordSet.of(
          "ruling",
          "governing",
          "opposition",
          "conservative",
          "liberal",
          "centrist",
          "nationalist",
          "populist",
          "leftist",
          "socialist");

  /**
   * Whether the word right before {@code name} says where a bloc stands: one of {@link #LEANS} or a
   * hyphened "-right", "-left", "-wing" ("centre-right", "far-left", "right-wing").
   */
  private static boolean leanBefore(List<Token> tokens, Token name) {
    int k = name.index() - 1;
    if (k < 0 || name.start() - tokens.get(k).end() != 1) {
      return false;
    }
    String w = tokens.get(k).text();
    return LEANS.contains(w) || w.endsWith("-right") || w.endsWith("-left") || w.endsWith("-wing");
  }

  /** Whether a lower-cased word is an organisation's head word (Army, Ministry, Union). */
  public static boolean isOrgHead(String lower) {
    return ORG_HEADS.contains(lower);
  }

  /** {@link #headWord}, for rules after the recogniser. */
  public static boolean opensNameOverOf(String lower) {
    return headWord(lower);
  }

  /**
   * Whether a lower-cased word may open a name across a connector: an organisation's or a place's
   * head, a title (Bank of England, City of London, Governor of Texas).
   */
  private static boolean headWord(String lower) {
    return isOrgHead(lower)
        || ORG_STARTS.contains(lower)
        || TITLES.contains(lower)
        || isPlaceHead(lower)
        || PLACE_NOUNS.contains(lower);
  }

  /**
   * @param isCountryName names handled by the country tagger (countries, aliases, demonyms)
   * @param isPlaceName those and the places no country list names (places-extra.tsv: Soviet Union,
   *     Middle East), which no rule makes an organisation or a person
   * @param isGivenName given names (a person's name opening a run stops it at "of": "said John
   *     Smith of Chase Manhattan Bank" is a person and a bank)
   */
  public EntityRecognizer(
      Predicate<String> isCountryName,
      Predicate<String> isPlaceName,
      Predicate<String> isGivenName) {
    this.isCountryName = isCountryName;
    this.isPlaceName = isPlaceName;
    this.isGivenName = isGivenName;
  }

  public List<Entity> recognise(String text) {
    return recognise(text, CapsLines.of(text));
  }

  /** As {@link #recognise(String)}, given the text's lines in capitals ({@link CapsLines#of}). */
  public List<Entity> recognise(String text, List<int[]> capsLines) {
    return recognise(text, capsLines, false);
  }

  /**
   * As {@link #recognise(String, List)}; {@code nounsCapitalised}: the text is in a language that
   * capitalises every noun (German), where a capitalised word before "in" and a country is as
   * likely a noun as a town ("eine Fabrik in China", "der Krieg in Israel"), so that cue is not
   * read.
   */
  public List<Entity> recognise(String text, List<int[]> capsLines, boolean nounsCapitalised) {
    List<Token> tokens = tokens(text);
    List<Found> found = new ArrayList<>();
    Map<String, Found> byAcronym = new LinkedHashMap<>();
    List<Run> runs =
        acronymsJoined(
            text, andJoined(text, tokens, runs(text, tokens, capsLines, nounsCapitalised)));
    for (Run run : runs) {
      classify(text, tokens, run, found, byAcronym, nounsCapitalised);
    }
    mergeVariants(found);
    resolveShortForms(text, tokens, found, byAcronym);
    List<Entity> out = new ArrayList<>();
    for (Found f : found) {
      if (f.type == EntityType.ORGANIZATION && KINDS_OF_MEDIA.contains(f.name)) {
        continue; // "follow us on Social Media": a kind of media, no body (and page chrome)
      }
      f.spans.sort(Comparator.comparingInt(Span::getStart));
      dedupSpans(f.spans);
      if (f.type == EntityType.PERSON) {
        withPatronymics(text, f);
      } else if (f.type == EntityType.ORGANIZATION) {
        withCountryServed(text, f);
        withPortfolios(text, f);
        withFaction(text, f);
      }
      String prefix =
          f.type == EntityType.PERSON
              ? "person"
              : f.type == EntityType.ORGANIZATION ? "org" : "place";
      out.add(
          Entity.newBuilder()
              .setId(prefix + ":" + NameKeys.slug(f.name))
              .setName(f.name)
              .setType(f.type)
              .setMentions(f.spans.size())
              .setSpans(List.copyOf(f.spans))
              .build());
    }
    out.sort(Comparator.comparingInt(Entity::getMentions).reversed());
    return out;
  }

  /** Kinds of media and news, which "Media" or "News" as a body's head would make bodies. */
  private static final Set<String> KINDS_OF_MEDIA = LEXICON.list("media-kind");

  /**
   * A ministry's or a department's portfolios listed with commas, which the run stops at: "the
   * Ministry of Investment, Industry and Trade", and a chamber's trades after its commerce ("the
   * Chamber of Commerce, Industry and Agriculture"). Each listed portfolio is one or two
   * capitalised words that name no place and no person's given name ("the Ministry of Finance,
   * Kenya and Uganda" lists countries, not portfolios), the last after "and" and before no further
   * capital.
   */
  private void withPortfolios(String text, Found f) {
    lengthened(text, f, (start, end) -> portfoliosEnd(text, start, end));
  }

  /** Where {@link #withPortfolios}' list after the name at [start, end) ends; else {@code end}. */
  private int portfoliosEnd(String text, int start, int end) {
    if (!text.startsWith(", ", end)) {
      return end;
    }
    String name = text.substring(start, end);
    boolean portfolios =
        name.startsWith("Ministry of ")
            || name.startsWith("Department of ")
            || name.endsWith("Chamber of Commerce");
    // any other body "of" what it does lists only what bodies do: "the National Society of Mining,
    // Petroleum and Energy"
    int of = name.indexOf(" of ");
    boolean activities =
        !portfolios
            && of > 0
            && ORG_HEADS.contains(
                name.substring(name.lastIndexOf(' ', of - 1) + 1, of).toLowerCase(Locale.ROOT))
            && ACTIVITIES.contains(
                name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
    if (!portfolios && !activities) {
      return end;
    }
    Matcher m = PORTFOLIOS.matcher(text).region(end, text.length());
    if (!m.lookingAt()) {
      return end;
    }
    for (String w : m.group().substring(2).split(",? (and )?")) {
      if (isPlaceName.test(w)
          || isGivenName.test(w)
          || activities && !ACTIVITIES.contains(w.toLowerCase(Locale.ROOT))) {
        return end;
      }
    }
    return m.end();
  }

  /** {@link #withPortfolios}'s list: ", A, B and C" of one or two title-case words each. */
  private static final Pattern PORTFOLIOS =
      Pattern.compile(
          ", [A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)* and [A-Z][a-z]+"
              + "(?: [A-Z][a-z]+)?(?![\\p{L}\\d-]| [A-Z])");

  /**
   * A body "for" something with "in the" and the country it serves after it, which is part of its
   * name: "the Union for Peace in the Central African Republic" (the run stops at "in").
   */
  private void withCountryServed(String text, Found f) {
    lengthened(text, f, (start, end) -> countryServedEnd(text, start, end, isCountryName));
  }

  /**
   * A party's faction in brackets after its name, which is part of the name: "Janata Dal (United)",
   * "Lok Janshakti Party (Ram Vilas)", "Communist Party of Nepal (Unified Marxist-Leninist)". One
   * to four capitalised words, none in capitals alone (an acronym defined there), no place or
   * country ("the Democratic Party (Kosovo)" says where), after a party's head.
   */
  private void withFaction(String text, Found f) {
    lengthened(text, f, (start, end) -> factionEnd(text, start, end));
  }

  /** Where {@link #withFaction}'s bracket after the name at [start, end) ends; else {@code end}. */
  private int factionEnd(String text, int start, int end) {
    if (!text.startsWith(" (", end)) {
      return end;
    }
    int close = text.indexOf(')', end + 2);
    if (close < 0 || close - end > 48) {
      return end;
    }
    String name = text.substring(start, end).toLowerCase(Locale.ROOT);
    boolean party = false;
    for (String w : name.split(" ")) {
      party |= POLITICAL_HEADS.contains(w) || FACTION_HEADS.contains(w);
    }
    String inside = text.substring(end + 2, close);
    if (!party || inside.isEmpty() || isPlaceName.test(inside) || isCountryName.test(inside)) {
      return end;
    }
    String[] words = inside.split(" ");
    if (words.length > 4) {
      return end;
    }
    for (String w : words) {
      if (w.isEmpty()
          || !Character.isUpperCase(w.charAt(0))
          || w.length() == 1
          || w.equals(w.toUpperCase(Locale.ROOT))
          || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
        return end;
      }
    }
    return close + 1;
  }

  /**
   * Heads of South Asian parties' names beside {@link #POLITICAL_HEADS} (Janata Dal, Shiv Sena).
   */
  private static final Set<String> FACTION_HEADS = LEXICON.list("faction-head");

  /**
   * {@code f} with each span run on to where {@code endOf} (given a span's start and end) says its
   * name ends, and its name with it where the name was that span's words.
   */
  private static void lengthened(String text, Found f, IntBinaryOperator endOf) {
    for (int k = 0; k < f.spans.size(); k++) {
      Span sp = f.spans.get(k);
      int end = endOf.applyAsInt(sp.getStart(), sp.getEnd());
      if (end > sp.getEnd()) {
        if (f.name.equals(text.substring(sp.getStart(), sp.getEnd()))) {
          f.name = text.substring(sp.getStart(), end);
          f.key = NameKeys.loose(f.name);
        }
        f.spans.set(k, new Span(sp.getStart(), end));
      }
    }
  }

  /**
   * Where "in the" and a country after a body's name from {@code start} to {@code end} that holds "
   * for " end, or "in" and a country after a mission's or a force's head ({@link
   * #SERVING_IN_HEADS}); else {@code end}.
   */
  public static int countryServedEnd(
      String text, int start, int end, Predicate<String> isCountryName) {
    // a body "of" what it does is of the country after "of the": "the Chamber of Mines of the
    // Philippines", "the Bar Association of the Maldives"
    if (text.startsWith(" of the ", end)) {
      int head = text.indexOf(' ', start);
      boolean body =
          head > 0
              && head < end
              && (ORG_STARTS.contains(text.substring(start, head).toLowerCase(Locale.ROOT))
                  || ORG_HEADS.contains(
                      text.substring(text.lastIndexOf(' ', end - 1) + 1, end)
                          .toLowerCase(Locale.ROOT)));
      int country = body ? countryAfter(text, end + 7, isCountryName) : end + 7;
      if (country > end + 7) {
        return country;
      }
    }
    if (text.startsWith(" in the ", end) && text.lastIndexOf(" for ", end) >= start) {
      int country = countryAfter(text, end + 7, isCountryName);
      if (country > end + 7) {
        return country;
      }
    }
    // a mission, a force, a delegation serves in a country its name holds: "the European Union
    // Mission in Armenia" (not "the World Bank in Kenya", nor "the Post Office in India")
    if (text.startsWith(" in ", end)
        && SERVING_IN_HEADS.contains(
            text.substring(Math.max(start, text.lastIndexOf(' ', end - 1) + 1), end))) {
      int at = text.startsWith(" in the ", end) ? end + 7 : end + 3;
      int country = countryAfter(text, at, isCountryName);
      if (country > at) {
        return country;
      }
    }
    return end;
  }

  /** Heads of bodies named for where they serve, "in" and the place being part of the name. */
  private static final Set<String> SERVING_HEADS = wordList("serving-head");

  /**
   * Those of them whose name the rules carry on over "in" and a country (Mission, Force): an
   * "Office" or an "Authority" in a country is as often the body's branch there.
   */
  private static final Set<String> SERVING_IN_HEADS = wordList("serving-in-head");

  /** Whether a word heads a body named for where it serves (Mission, Office, Delegation). */
  public static boolean isServingHead(String word) {
    return SERVING_HEADS.contains(word);
  }

  /**
   * Where the country of up to four capitalised words after {@code end} and one space ends, else
   * {@code end}.
   */
  public static int countryAfter(String text, int end, Predicate<String> isCountryName) {
    if (end + 1 >= text.length() || text.charAt(end) != ' ') {
      return end;
    }
    int from = end + 1;
    int to = from;
    int best = end;
    for (int words = 0;
        words < 4 && to < text.length() && Character.isUpperCase(text.charAt(to));
        words++) {
      int e = to;
      while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) {
        e++;
      }
      if (isCountryName.test(text.substring(from, e))) {
        best = e;
      }
      if (e + 1 >= text.length() || text.charAt(e) != ' ') {
        break;
      }
      to = e + 1;
    }
    return best;
  }

  /** A person's spans and name with the patronymic word after them ({@link #patronymicEnd}). */
  private static void withPatronymics(String text, Found f) {
    for (int k = 0; k < f.spans.size(); k++) {
      Span sp = f.spans.get(k);
      int end = patronymicEnd(text, sp.getEnd());
      if (end > sp.getEnd()) {
        if (f.name.equals(text.substring(sp.getStart(), sp.getEnd()))) {
          f.name = text.substring(sp.getStart(), end);
        }
        f.spans.set(k, new Span(sp.getStart(), end));
      }
    }
  }

  /**
   * Where the lower-case patronymic word that ends Central Asian and Azerbaijani names ends, when
   * one follows a name ending at {@code end} ("Nurlanbek Turgunbek uulu", "Aida Kasymaly kyzy",
   * "Ilham Heydar oglu"); else {@code end}.
   */
  public static int patronymicEnd(String text, int end) {
    if (end + 5 > text.length()
        || text.charAt(end) != ' '
        || "ukqo".indexOf(text.charAt(end + 1)) < 0) {
      return end;
    }
    int e = end + 1;
    while (e < text.length() && Character.isLowerCase(text.charAt(e))) {
      e++;
    }
    if (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
      return end;
    }
    return PATRONYMIC_WORDS.contains(text.substring(end + 1, e)) ? e : end;
  }

  private static final Set<String> PATRONYMIC_WORDS =
      WordSet.of("uulu", "kyzy", "qizi", "oglu", "ogly", "ugli", "kizi");

  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int lastEnd = 0;
    Gazetteer.Tokens spans = Gazetteer.tokens(text);
    for (int k = 0; k < spans.size; k++) {
      int start = spans.start[k];
      int end = spans.end[k];
      while (end > start && text.charAt(end - 1) == '.') {
        end--; // "Gen." and "U.S." end a token, not a name
      }
      if (end == start) {
        continue;
      }
      boolean sentenceStart = out.isEmpty() || endsSentence(text, lastEnd, start);
      out.add(new Token(text, start, end, sentenceStart, out.size()));
      lastEnd = spans.end[k];
    }
    return out;
  }

  /** Whether a token reads as a name's word; asked of each token by many rules, so kept. */
  private static boolean capitalised(Token t) {
    if (t.capitalised == 0) {
      t.capitalised = (byte) (isCapitalised(t) ? 2 : 1);
    }
    return t.capitalised == 2;
  }

  private static boolean isCapitalised(Token t) {
    if (Character.isUpperCase(t.first())) {
      return true;
    }
    int dash = dashIn(t);
    if (dash < 0) {
      return false;
    }
    String x = t.text();
    return dash + 1 < x.length()
        && Character.isUpperCase(x.charAt(dash + 1))
        && PARTICLES.contains(x.substring(0, dash));
  }

  /**
   * Where the token's first hyphen stands within its first four characters (a particle's length and
   * one: "al-", "bin-"), relative to its start, or -1.
   */
  private static int dashIn(Token t) {
    for (int i = t.start() + 1; i < t.end() && i <= t.start() + 3; i++) {
      if (t.source.charAt(i) == '-') {
        return i - t.start();
      }
    }
    return -1;
  }

  private static final Set<String> PLACE_NOUNS = LEXICON.list("place-noun");

  /** The days of the week, lower-cased: a name never runs on over one. */
  public static final Set<String> WEEKDAYS =
      WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** The months' names, lower case. */
  public static final Set<String> MONTH_NAMES =
      WordSet.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /** Months and their abbreviations, lower case, without the period. */
  public static final Set<String> MONTHS = months();

  private static Set<String> months() {
    Set<String> out = new HashSet<>(MONTH_NAMES);
    MONTH_NAMES.forEach(m -> out.add(m.substring(0, 3)));
    out.add("sept");
    return Set.copyOf(out);
  }

  /**
   * Runs a possessive, an "and" or a small word cut apart that the acronym defined after them
   * spells together: "Tigray People's" "Liberation Front" (TPLF), "Bangladesh Garment Manufacturers
   * and Exporters Association (BGMEA)", "Board of Control for Cricket in India (BCCI)" are one
   * name.
   */
  private static List<Run> acronymsJoined(String text, List<Run> runs) {
    List<Run> out = null;
    for (int i = runs.size() - 1; i > 0; i--) {
      Run run = runs.get(i);
      String acr = acronymAfter(text, run.end(), 14);
      if (acr == null) {
        continue;
      }
      String letters = acr.replaceAll("[^A-Z]", "");
      List<String> words = new ArrayList<>(capitalised(run));
      int first = i;
      int spelt = -1;
      // back over the runs before it, while small words join them and their words still spell
      // the end of the acronym; the first run from which they spell all of it opens the name
      while (first > 0
          && first > i - 4
          && words.size() < letters.length()
          && spellsEnd(letters, words)
          && ACRONYM_GAPS.contains(
              text.substring(runs.get(first - 1).end(), runs.get(first).start()))) {
        first--;
        words.addAll(0, capitalised(runs.get(first)));
        if (spells(letters, 0, words, 0)) {
          spelt = first;
          break;
        }
      }
      first = spelt;
      if (first >= 0) {
        if (out == null) {
          out = new ArrayList<>(runs);
        }
        List<Token> joined = new ArrayList<>();
        for (int k = first; k <= i; k++) {
          joined.addAll(out.get(k).tokens());
        }
        out.subList(first + 1, i + 1).clear();
        out.set(first, new Run(joined));
        i = first;
      }
    }
    return out == null ? runs : out;
  }

  /**
   * A body named for what it is of or for takes the words an "and" adds to that ("Ministry of
   * Communication and Information Technology", "Department of Housing and Urban Development",
   * "Center for Science and Culture"), unless they are a name of their own: a head, a title, a
   * place, a given name, a possessive ("Ministry of Defence and Foreign Minister Lavrov", "the
   * Department of Justice and Central Bank").
   */
  private List<Run> andJoined(String text, List<Token> tokens, List<Run> runs) {
    List<Run> out = null;
    for (int i = runs.size() - 2; i >= 0; i--) {
      Run a = runs.get(i);
      Run b = runs.get(i + 1);
      if (!text.startsWith(" and ", a.end()) || b.start() != a.end() + 5) {
        continue;
      }
      boolean theBody = theAndBody(text, a, b);
      if (activityAndBody(text, a, b)
          || twoActivities(a, b)
          || activityPairBody(a, b)
          || utilityPair(a, b)
          || placesAndBody(text, a, b)) {
        out = joinedOverAnd(tokens, out == null ? new ArrayList<>(runs) : out, i, a, b);
        continue;
      }
      if (b.tokens().size() > 3 && !theBody
          || b.tokens().get(0).sentenceStart()
          // "ENEOS and Sumitomo Corporation": an acronym alone names a body whole
          || acronymAlone(text, a)
          || !headOfOrFor(a) && !sharedHead(text, a, b) && !theBody && !partyInTwo(text, a, b)
          || text.startsWith("'", b.end())
          || isPlaceName.test(b.text(text))
          // a given name opens a person's name, unless it is a word of bodies' names alone
          // ("Justice" in "the Party of Freedom and Justice")
          || isGivenName.test(b.tokens().get(0).text())
              && !(b.tokens().size() == 1 && headWord(b.tokens().get(0).lower()))
              // "the Maritime and River Transport Agency": a way of carrying, no given name
              && !TRANSPORT_MODES.contains(b.tokens().get(0).lower())
              // "the Ministry of Ports and Marine Transport": a given name before what a body
              // does is a word of its portfolio
              && !(b.tokens().size() >= 2
                  && ACTIVITIES.contains(b.tokens().get(b.tokens().size() - 1).lower()))) {
        continue;
      }
      boolean own = false;
      List<Token> bt = b.tokens();
      // "the Centre for Strategic and International Studies": "International" before a last word
      // that is no head is what the body studies, not a body of its own
      boolean plainLast = !headWord(bt.get(bt.size() - 1).lower());
      // "the Ministry of Mines and Minerals Development", "the Department of Housing and Urban
      // Development": words ending in what a body does are what it does, heads though they be
      String lastWord = bt.get(bt.size() - 1).lower();
      boolean activityLast =
          bt.size() > 1 && (ACTIVITIES.contains(lastWord) || PORTFOLIO_NOUNS.contains(lastWord));
      for (int k = 0; k < bt.size(); k++) {
        String w = bt.get(k).lower();
        // a title names someone only before a name: "the Party of Freedom and Justice" ends in one
        boolean title = TITLES.contains(w) || PERSON_TITLES.contains(w);
        own |=
            title && (k + 1 < bt.size() || isOrgHead(w))
                // "the Ministry of Water and Power": an activity alone is what the body is for
                || !title
                    && headWord(w)
                    && !(bt.size() == 1 && ACTIVITIES.contains(w))
                    && !(plainLast && k + 1 < bt.size() && SCOPE_WORDS.contains(w))
                    && !(activityLast && (k + 1 == bt.size() || ACTIVITIES.contains(w)))
                || w.equals("and");
      }
      if (own && headOfOrFor(a)) {
        continue;
      }
      out = joinedOverAnd(tokens, out == null ? new ArrayList<>(runs) : out, i, a, b);
    }
    return out == null ? runs : out;
  }

  /**
   * What a utility sells, paired over "and" to close its name: "Bahamas Power and Light", "Pacific
   * Gas and Electric", "Los Angeles Department of Water and Power".
   */
  private static final Set<String> UTILITY_PAIRS =
      Set.of(
          "power and light",
          "light and power",
          "gas and electric",
          "gas and electricity",
          "water and power",
          "power and water",
          "water and electricity",
          "electricity and water",
          "water and sewerage",
          "water and sewer");

  /** Whether a run of two words or more and a one-word run after "and" close a utility's name. */
  private static boolean utilityPair(Run a, Run b) {
    List<Token> at = a.tokens();
    return at.size() >= 2
        && b.tokens().size() == 1
        && UTILITY_PAIRS.contains(
            at.get(at.size() - 1).lower() + " and " + b.tokens().get(0).lower());
  }

  /** Whether a run ends in a utility's pair ({@link #UTILITY_PAIRS}). */
  private static boolean utilityName(List<Token> ts) {
    int n = ts.size();
    return n >= 4
        && ts.get(n - 2).lower().equals("and")
        && UTILITY_PAIRS.contains(ts.get(n - 3).lower() + " and " + ts.get(n - 1).lower());
  }

  /** Whether a run is one word of two to six capitals (ENEOS, TUI). */
  private static boolean acronymAlone(String text, Run a) {
    return a.tokens().size() == 1 && shortAcronym(text, a.start(), a.end());
  }

  /** Whether [start, end) is two to six capitals A-Z (ENEOS, TUI). */
  public static boolean shortAcronym(String text, int start, int end) {
    if (end - start < 2 || end - start > 6) {
      return false;
    }
    for (int c = start; c < end; c++) {
      if (text.charAt(c) < 'A' || text.charAt(c) > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** Heads that also say a scope before what a body is for ("International Studies"). */
  private static final Set<String> SCOPE_WORDS = LEXICON.list("scope-word");

  /** {@code out} with runs {@code i} ({@code a}) and {@code i + 1} ({@code b}) one over "and". */
  private static List<Run> joinedOverAnd(List<Token> tokens, List<Run> out, int i, Run a, Run b) {
    List<Token> joined = new ArrayList<>(a.tokens());
    joined.add(tokens.get(a.tokens().get(a.tokens().size() - 1).index() + 1));
    joined.addAll(b.tokens());
    out.set(i, new Run(joined));
    out.remove(i + 1);
    return out;
  }

  /** What a state's or a region's body does, after its place's name (kb/recognizer.tsv). */
  private static final Set<String> ACTIVITIES = LEXICON.list("activity");

  /** Whether a lower-cased word is what a body does ("Shipping", "Ports", "Construction"). */
  public static boolean isActivity(String lower) {
    return ACTIVITIES.contains(lower);
  }

  /**
   * Whether "A and B" is one firm named for two activities ("Jindal Steel and Power", "Druk Holding
   * and Investments"): A a name and an activity word (or holding), B one activity word alone.
   */
  private static boolean twoActivities(Run a, Run b) {
    List<Token> as = a.tokens();
    List<Token> bs = b.tokens();
    if (as.size() != 2 || bs.size() != 1 || bs.get(0).sentenceStart()) {
      return false;
    }
    return isActivityOrHolding(as.get(1).lower()) && ACTIVITIES.contains(bs.get(0).lower());
  }

  /** Whether a word of two letters or more is written in capitals (VLEN, PAIGC). */
  private static boolean inCapitals(String word) {
    if (word.length() < 2) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isUpperCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** An activity word ({@link #isActivity}), or "holding(s)", which names a firm the same way. */
  public static boolean isActivityOrHolding(String lower) {
    return ACTIVITIES.contains(lower) || lower.equals("holding") || lower.equals("holdings");
  }

  /**
   * Whether "A and B" is one body: A a place or a people and one activity word, B two to four
   * capitalised words ending in a body's head and opening with no place ("Ethiopian Shipping and
   * Logistics Services", "Djibouti Ports and Free Zones Authority"); "Kenya Ports and Uganda
   * Railways Corporation" are two.
   */
  private boolean activityAndBody(String text, Run a, Run b) {
    List<Token> as = a.tokens();
    List<Token> bs = b.tokens();
    if (as.size() != 2
        || bs.size() < 2
        || bs.size() > 4
        || as.get(1).start() != as.get(0).end() + 1
        || !ACTIVITIES.contains(as.get(1).lower())
        || !isOrgHead(bs.get(bs.size() - 1).lower())
        || bs.get(0).sentenceStart()) {
      return false;
    }
    String place = as.get(0).text();
    // "Shandong Iron and Steel Group": two activities over "and" need no listed place before them
    if (!isPlaceName.test(place)
        && !isCountryName.test(place)
        && !ACTIVITIES.contains(bs.get(0).lower())) {
      return false;
    }
    for (int k = 0; k < bs.size(); k++) {
      Token t = bs.get(k);
      if (!capitalised(t) || k > 0 && t.start() != bs.get(k - 1).end() + 1) {
        return false;
      }
    }
    String first = bs.get(0).text();
    return !isPlaceName.test(first)
        && !isCountryName.test(first)
        && !isPlaceName.test(text.substring(bs.get(0).start(), bs.get(1).end()));
  }

  /**
   * Whether "the A and B" is one body of two places: A one listed place or country after "the", B
   * opening with another and ending in a body's head after one to three more capitalised words
   * ("the England and Wales Cricket Board", "the Australia and New Zealand Banking Group").
   */
  private boolean placesAndBody(String text, Run a, Run b) {
    List<Token> bs = b.tokens();
    if (a.tokens().size() != 1
        || bs.size() < 2
        || bs.size() > 4
        || !(a.start() >= 4 && text.regionMatches(true, a.start() - 4, "the ", 0, 4))
        // "talks between the US and China Development Bank": two sides
        || text.startsWith("between ", a.start() - 12)
        || !isOrgHead(bs.get(bs.size() - 1).lower())) {
      return false;
    }
    String first = a.tokens().get(0).text();
    if (!isPlaceName.test(first) && !isCountryName.test(first)) {
      return false;
    }
    for (int n = 1; n < bs.size(); n++) { // the second place: one word or more before the rest
      String place = text.substring(bs.get(0).start(), bs.get(n - 1).end());
      if (isPlaceName.test(place) || isCountryName.test(place)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether "A and B" is one body named for two activities and its head: "Oil and Gas Development
   * Company" (A one activity word, B an activity, or a word and an activity, more words and a
   * body's head).
   */
  private static boolean activityPairBody(Run a, Run b) {
    List<Token> as = a.tokens();
    List<Token> bs = b.tokens();
    // the head may stand before "of" and what the body is of ("Petroleum and Natural Gas Senior
    // Staff Association of Nigeria")
    int words = bs.size();
    for (int k = 2; k + 1 < bs.size(); k++) {
      if (bs.get(k).lower().equals("of")) {
        words = k;
        break;
      }
    }
    if (as.size() != 1
        || words < 2
        || words > (words < bs.size() ? 6 : 4)
        || !ACTIVITIES.contains(as.get(0).lower())
        // "Oil and Natural Gas Corp": the second activity may follow a word that qualifies it
        || !ACTIVITIES.contains(bs.get(0).lower())
            && !(words >= 3 && ACTIVITIES.contains(bs.get(1).lower()))
        || !isOrgHead(bs.get(words - 1).lower())) {
      return false;
    }
    for (int k = 0; k < words; k++) {
      Token t = bs.get(k);
      if (!capitalised(t) || k > 0 && t.start() != bs.get(k - 1).end() + 1) {
        return false;
      }
    }
    return true;
  }

  /** Lower-case heads after "A and B" that make it one party's name. */
  private static final Set<String> PARTY_NOUNS =
      WordSet.of("party", "movement", "alliance", "front", "bloc", "coalition");

  /**
   * Whether "A and B party" names one party in two plain words or pairs of them: "the ruling
   * Liberty and Refoundation party"; not "Republican and Democratic party members", which are two.
   */
  private boolean partyInTwo(String text, Run a, Run b) {
    List<Token> as = a.tokens();
    List<Token> bs = b.tokens();
    return as.size() <= 2
        && bs.size() <= 2
        && PARTY_NOUNS.contains(nextWord(text, b.end(), 12))
        && text.startsWith(" ", b.end())
        && plainWords(as, as.size(), true, Set.of())
        && plainWords(bs, bs.size(), true, Set.of())
        && !PARTY_SIDES.contains(as.get(0).lower())
        && !SENTENCE_WORDS.contains(as.get(0).lower())
        && !isPlaceName.test(a.text(text))
        && !isGivenName.test(as.get(0).text());
  }

  /**
   * Whether an acronym's letters are the initials of a name's capitalised words in another order: a
   * name given in English and its acronym in the body's own language ("the Democratic Forces for
   * the Liberation of Rwanda (FDLR)", Forces démocratiques de libération du Rwanda).
   */
  public static boolean initialsReordered(String acronym, String name) {
    StringBuilder initials = new StringBuilder();
    boolean wordStart = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (wordStart && Character.isUpperCase(c)) {
        initials.append(c);
      }
      wordStart = c == ' ' || c == '-';
    }
    if (initials.length() != acronym.length() || initials.length() < 3) {
      return false;
    }
    char[] a = acronym.toCharArray();
    char[] b = initials.toString().toCharArray();
    java.util.Arrays.sort(a);
    java.util.Arrays.sort(b);
    return java.util.Arrays.equals(a, b);
  }

  /**
   * Whether "the A and B" names one body: after "the", A one or two capitalised words with no head,
   * title, place, given name or known organisation of its own, B a body's name of three words or
   * more up to its head (two after two: "the Lithuanian Farmers and Greens Union"), with at most
   * "of" and a place after it ("the Kanak and Socialist National Liberation Front", "the Petroleum
   * and Natural Gas Senior Staff Association of Nigeria", "The Nigerian Midstream and Downstream
   * Petroleum Regulatory Authority"; not "the Treasury and Foreign Ministry", "the Army and Navy").
   */
  private boolean theAndBody(String text, Run a, Run b) {
    List<Token> as = a.tokens();
    List<Token> bs = b.tokens();
    int s = a.start();
    if (as.size() > 2
        || bs.size() < 2
        || bs.size() > 7
        // B of two words names itself after one word ("the Treasury and Foreign Ministry"), not
        // after two ("the Lithuanian Farmers and Greens Union")
        || bs.size() == 2 && as.size() < 2
        || s < 4
        || !text.regionMatches(true, s - 4, "the ", 0, 4)
        || s > 4 && Character.isLetter(text.charAt(s - 5))
        || isPlaceName.test(a.text(text))
        // a given name and a surname are someone's; one word alone after "the" names no one ("the
        // Kanak and Socialist National Liberation Front": Kanak is a given name in the lists too)
        || as.size() > 1 && isGivenName.test(as.get(0).text())
        || SINGLE_ORGS.contains(a.text(text).toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (!plainWords(as, as.size(), true, Set.of())) {
      return false;
    }
    int head = bs.size() - 1; // the head ends the name, or stands before "of" and a place
    for (int k = 1; k + 1 < bs.size(); k++) {
      if (bs.get(k + 1).lower().equals("of")) {
        head = k;
        break;
      }
    }
    if (head < bs.size() - 1 && head < 2
        || !headWord(bs.get(head).lower())
        || ARTICLES.contains(bs.get(0).lower())) {
      return false; // "the Treasury and Foreign Ministry" is two: B names itself in two words
    }
    return head == bs.size() - 1
        || head + 2 < bs.size()
            && isPlaceName.test(
                text.substring(bs.get(head + 2).start(), bs.get(bs.size() - 1).end()));
  }

  /**
   * Whether the first {@code to} tokens name nothing of their own: no head (but {@code heads
   * allowed}), title or connector, and capitalised where {@code capitalised} asks it: one side of a
   * body's name over "and".
   */
  private static boolean plainWords(
      List<Token> ts, int to, boolean capitalised, Set<String> headsAllowed) {
    for (int k = 0; k < to; k++) {
      Token t = ts.get(k);
      String w = t.lower();
      if (capitalised && !capitalised(t)
          || headWord(w) && !headsAllowed.contains(w)
          || PERSON_TITLES.contains(w)
          || CONNECTORS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Articles that open a second name after "and" ("the Guardian US and The Washington Post"). */
  private static final Set<String> ARTICLES =
      WordSet.of("the", "a", "an", "la", "le", "el", "der", "die");

  /** The heads a public body's name ends in, which an "and" before may share. */
  private static final Set<String> SHARED_HEADS = LEXICON.list("shared-head");

  /**
   * Whether "A and B Head" names one body that ends in its head ({@link #SHARED_HEADS}): "the Food
   * and Drug Administration", "the Vietnam Disaster and Dyke Management Authority". A is one to
   * three capitalised words with no head, title, place or given name of its own; B two to four
   * words with no head but its last.
   */
  private boolean sharedHead(String text, Run a, Run b) {
    List<Token> as = a.tokens();
    List<Token> bs = b.tokens();
    if (as.size() > 4
        || bs.size() < 2
        || bs.size() > 4
        || !SHARED_HEADS.contains(bs.get(bs.size() - 1).lower())) {
      return tradeAndCompany(text, a, b);
    }
    String head = bs.get(bs.size() - 1).lower();
    if (head.equals("party") && as.size() == 1 && PARTY_SIDES.contains(as.get(0).lower())) {
      return false; // "Republican and Democratic Party leaders" are two parties' people
    }
    // a head may open A before a word of its own ("the State Investigation and Protection
    // Agency", "the Union Solidarity and Development Party")
    int from =
        as.size() >= 2
                && capitalised(as.get(0))
                && (isOrgHead(as.get(0).lower()) || ORG_STARTS.contains(as.get(0).lower()))
            ? 1
            : 0;
    // a trade inside B is what the body serves ("the National Geology and Mining Service")
    return plainWords(as.subList(from, as.size()), as.size() - from, true, TRADES_AND_MODES)
        && plainWords(bs, bs.size() - 1, false, TRADES_MODES_AND_SERVICES)
        && !SENTENCE_WORDS.contains(as.get(0).lower())
        && !isPlaceName.test(a.text(text))
        // "Digicel Tonga and Tonga Communications Corporation": a firm's national unit is a name
        // of its own
        && !(as.size() >= 2 && isCountryName.test(as.get(as.size() - 1).text()))
        && !isGivenName.test(as.get(0).text());
  }

  /**
   * Words a party's name may open with that also name its side alone, so that "A and B Party" is
   * two parties ("Republican and Democratic Party leaders", "Labour and Conservative Party
   * members").
   */
  private static final Set<String> PARTY_SIDES =
      Stream.concat(LEXICON.list("org-adjective").stream(), LEXICON.list("party-side").stream())
          .collect(Collectors.toUnmodifiableSet());

  /** Trades that are heads of companies' names (Navoi Mining) and what a public body serves. */
  private static final Set<String> TRADES = LEXICON.list("trade");

  /**
   * Whether a run is a power company: "Power" after "Electric", a place or an acronym (Shanghai
   * Electric Power, Kenya Power, ACWA Power; not "The Surprising Power", "More Power").
   */
  private boolean powerCompany(List<Token> ts) {
    int n = ts.size();
    if (n < 2 || !ts.get(n - 1).lower().equals("power")) {
      return false;
    }
    Token before = ts.get(n - 2);
    return before.lower().equals("electric")
        || inCapitals(before.text())
        || isPlaceName.test(before.text())
        || isCountryName.test(before.text());
  }

  /** Company heads named without the place they are "of" (International Resources Holding). */
  private static final Set<String> HEADS_WITHOUT_PLACE = LEXICON.list("head-without-place");

  /** Ways of carrying that a transport body's name lists before its shared head. */
  private static final Set<String> TRANSPORT_MODES = LEXICON.list("transport-mode");

  private static final Set<String> TRADES_AND_MODES = union(TRADES, TRANSPORT_MODES);

  /** And "Services" before the shared head ("Shipping and Logistics Services Enterprise"). */
  private static final Set<String> TRADES_MODES_AND_SERVICES =
      union(TRADES_AND_MODES, Set.of("services"));

  /**
   * Whether a run is a trade, "and" and a company's head ("Almalyk Mining and Metallurgical
   * Complex").
   */
  private static boolean tradeCompany(List<Token> ts) {
    if (ts.size() < 4 || !TRADE_COMPANY_HEADS.contains(ts.get(ts.size() - 1).lower())) {
      return false;
    }
    for (int k = 1; k + 1 < ts.size(); k++) {
      if (ts.get(k).lower().equals("and") && TRADES.contains(ts.get(k - 1).lower())) {
        return true;
      }
    }
    return false;
  }

  /** What a company is called after its trades ("Mining and Metallurgical Company"). */
  private static final Set<String> TRADE_COMPANY_HEADS =
      WordSet.of("company", "complex", "combine", "corporation", "group", "works");

  /**
   * Whether "A and B" names one company: A one to three words ending in a trade, B one or two
   * capitalised words and a company's head ("Almalyk Mining and Metallurgical Complex", "Norilsk
   * Mining and Metallurgical Company"), no head, title or given name of their own.
   */
  private boolean tradeAndCompany(String text, Run a, Run b) {
    List<Token> as = a.tokens();
    List<Token> bs = b.tokens();
    if (as.size() < 2
        || as.size() > 3
        || bs.size() < 2
        || bs.size() > 3
        || !TRADES.contains(as.get(as.size() - 1).lower())
        || !TRADE_COMPANY_HEADS.contains(bs.get(bs.size() - 1).lower())) {
      return false;
    }
    return plainWords(as, as.size() - 1, true, Set.of())
        && plainWords(bs, bs.size() - 1, false, Set.of())
        && !SENTENCE_WORDS.contains(as.get(0).lower())
        && !isGivenName.test(as.get(0).text());
  }

  /**
   * An organisation's head or first word and "of" or "for" in a run with no "and" yet (Ministry of
   * Health, Government for National Unity).
   */
  private static boolean headOfOrFor(Run run) {
    List<Token> ts = run.tokens();
    boolean head = false;
    for (int k = 0; k + 1 < ts.size(); k++) {
      String w = ts.get(k).lower();
      if (w.equals("and")) {
        return false;
      }
      String next = ts.get(k + 1).lower();
      head |= (isOrgHead(w) || ORG_STARTS.contains(w)) && (next.equals("of") || next.equals("for"));
    }
    return head;
  }

  /** What may stand between the runs an acronym spells: a possessive, "and", a connector. */
  private static final Set<String> ACRONYM_GAPS =
      WordSet.of(
          "'s ",
          " and ",
          " & ",
          " of ",
          " for ",
          " in ",
          " on ",
          " of the ",
          " for the ",
          " in the ",
          " on the ",
          " and the ");

  /** A run's capitalised words ("Liberation Front"). */
  private static List<String> capitalised(Run run) {
    List<String> out = new ArrayList<>(run.tokens().size());
    for (Token t : run.tokens()) {
      if (Character.isUpperCase(t.text().charAt(0))) {
        out.add(t.text());
      }
    }
    return out;
  }

  /**
   * Whether the words spell {@code letters} from {@code li} on, each word giving its first letter
   * or the first few ("Institute for Development of Economics and Finance": INDEF).
   */
  static boolean spells(String letters, int li, List<String> words, int wi) {
    if (wi == words.size()) {
      return li == letters.length();
    }
    String w = words.get(wi);
    for (int k = 1; k <= w.length() && li + k <= letters.length(); k++) {
      if (Character.toUpperCase(w.charAt(k - 1)) != letters.charAt(li + k - 1)) {
        return false;
      }
      if (spells(letters, li + k, words, wi + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words spell the end of {@code letters}. */
  private static boolean spellsEnd(String letters, List<String> words) {
    for (int from = letters.length() - words.size(); from >= 0; from--) {
      if (spells(letters, from, words, 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The acronym defined in brackets right after a name ending at {@code end} ("Name (ACR)"), read
   * within {@code window} characters of it, or null.
   */
  public static String acronymAfter(String text, int end, int window) {
    if (!parenthesisAfter(text, end)) {
      return null;
    }
    Matcher acr = ACRONYM_AFTER.matcher(text.substring(end, Math.min(text.length(), end + window)));
    return acr.find() ? acr.group(1) : null;
  }

  /**
   * A body's short name in brackets after its name and a lower-case head, a word that opens with
   * the name's letter and is no place: "the Liberty and Refoundation party (Libre)".
   */
  private static final Pattern SHORT_NAME_AFTER =
      Pattern.compile(
          "^(?: (?:" + String.join("|", PARTY_NOUNS) + "))? \\( ?(\\p{Lu}\\p{Ll}{2,11}) ?\\)");

  private String shortNameAfter(String text, int end, String name) {
    int bracket = text.indexOf('(', end);
    if (bracket < 0 || bracket > end + 12) {
      return null; // most names have no bracket after them: the pattern is tried only then
    }
    Matcher m = SHORT_NAME_AFTER.matcher(text).region(end, Math.min(text.length(), end + 28));
    return m.lookingAt() && m.group(1).charAt(0) == name.charAt(0) && !isPlaceName.test(m.group(1))
        ? m.group(1)
        : null;
  }

  /** Whether the next character after {@code from} that is not white space is '('. */
  private static boolean parenthesisAfter(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '(';
  }

  /** An age before a name makes a person ("identified as 54-year-old Bharrat Ramdehol"). */
  private static final Pattern AGE_BEFORE = Pattern.compile("\\b\\d{1,3}-year-old $");

  /**
   * Place cues after a name that nothing else explains: "X province" is a place whoever X is, while
   * "the X camp" or "X state visit" may follow a person.
   */
  private static final Pattern STRONG_PLACE_AFTER =
      Pattern.compile(
          "^('s)? ?(province|region|district|county|valley|city|town|village|governorate|"
              + "prefecture|regency|oblast|river|state|border crossing|border post|border town"
              + "|salt flats?"
              + "|(?:special )?economic zone|free(?: trade)? zone"
              + "|regional government|provincial government|municipal government"
              + "|(?:rural |urban )?municipality)"
              + "\\b");

  /**
   * The plural place nouns after two names joined by "and" ("Khanh Hoa and Lam Dong provinces").
   */
  private static final Pattern PLURAL_PLACE_AFTER =
      Pattern.compile(
          "^ (?:provinces|regions|districts|counties|states|crossings|rivers|islands|fields|oilfields"
              + "|gas fields|oil fields|mines|dams|ports|terminals|airports|villages|towns"
              + "|parishes|governorates|prefectures|regencies|municipalities|oblasts"
              + "|neighbourhoods|neighborhoods|suburbs|communes|settlements|salt flats|deserts|lakes)\\b");

  /**
   * Whether a name [start, end) is one of two capitalised names joined by "and" before a plural
   * place noun: both of "Khanh Hoa and Lam Dong provinces" are places. After one name the plural
   * describes ("Granite islands", "Western states").
   */
  static boolean pluralPlaceAfterPair(String text, int start, int end) {
    if (pluralPlaceAfterPair(text, end)) {
      return true;
    }
    if (start < 6
        || !text.startsWith(" and ", start - 5)
        || !Character.isLetter(text.charAt(start - 6))
        || !PLURAL_PLACE_AFTER
            .matcher(text)
            .region(end, Math.min(text.length(), end + 16))
            .lookingAt()) {
      return false;
    }
    int w = start - 6;
    while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '-')) {
      w--;
    }
    return Character.isUpperCase(text.charAt(w));
  }

  /** Whether " and ", one to three capitalised words and a plural place noun follow a name. */
  private static boolean pluralPlaceAfterPair(String text, int end) {
    if (!text.startsWith(" and ", end)) {
      return false;
    }
    int i = end + 5;
    int n = text.length();
    for (int words = 0; words < 3; words++) {
      if (i >= n || !Character.isUpperCase(text.charAt(i))) {
        return false;
      }
      while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      if (PLURAL_PLACE_AFTER.matcher(text).region(i, Math.min(n, i + 16)).lookingAt()) {
        return true;
      }
      if (i >= n || text.charAt(i) != ' ') {
        return false;
      }
      i++;
    }
    return false;
  }

  /**
   * Whether a cue that only a place takes stands around the name at [start, end): "the state of X",
   * "X province", "X, a town in ...". Such a cue outweighs the NER model's reading (the model
   * called "the state of Rio Grande do Sul" an organisation); the weak cue "in X" does not.
   */
  public static boolean strongPlaceCue(String text, int start, int end) {
    String post = text.substring(end, Math.min(text.length(), end + 40));
    return placeCueBefore(text, start)
        || pluralPlaceAfterPair(text, start, end)
        || strongPlaceAfter(text, start, end, post.stripLeading().toLowerCase(Locale.ROOT))
        || PLACE_APPOSITIVE.matcher(post).lookingAt();
  }

  /** Whether a place's noun only a place takes follows the name at [start, end). */
  public static boolean strongPlaceAfterName(String text, int start, int end) {
    String post = text.substring(end, Math.min(text.length(), end + 40));
    return strongPlaceAfter(text, start, end, post.stripLeading().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a place's noun only a place takes follows the name ({@link #STRONG_PLACE_AFTER});
   * "state" only after a name, not an adjective ("Yobe state", not "the Democratic state party").
   */
  private static boolean strongPlaceAfter(String text, int start, int end, String post) {
    Matcher m = STRONG_PLACE_AFTER.matcher(post);
    if (!m.lookingAt()) {
      return false;
    }
    return !m.group(2).equals("state")
        || !ADJECTIVE_END.matcher(text.substring(start, end).toLowerCase(Locale.ROOT)).find();
  }

  /** Whether " of " stands in [from, to): asked before the regex below, which few texts need. */
  private static boolean ofWithin(String text, int from, int to) {
    for (int i = to - 4; i >= from; i--) {
      if (text.charAt(i) == ' ' && text.startsWith(" of ", i)) {
        return true;
      }
    }
    return false;
  }

  /** A plural place noun, "of", one name and "and", ending where the second name starts. */
  private static final Pattern PLURAL_PLACES_OF_PAIR =
      Pattern.compile(
          "\\b(?:towns|cities|villages|provinces|regions|districts|ports|states|islands|atolls) of (?:the )?"
              + "\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,2} and $");

  /** Whether the text before a name ends with "<place noun> of" or "<place noun> of the". */
  private static boolean placeCueBefore(String text, int start) {
    if (capitalBefore(text, start)) {
      return true;
    }
    if (start > 5
        && text.startsWith(" and ", start - 5)
        && ofWithin(text, Math.max(0, start - 80), start - 5)
        && PLURAL_PLACES_OF_PAIR
            .matcher(text)
            .region(Math.max(0, start - 80), start)
            .useTransparentBounds(true)
            .find()) {
      return true; // "the towns of Debre Markos and Finote Selam": the second is a town too
    }
    if (text.startsWith(" bank of the ", start - 13)
        || text.startsWith(" banks of the ", start - 14)) {
      return true; // "the left bank of the Dniester": a river's (a bank is "the Bank of")
    }
    int i = start;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    if (i >= 3 && text.regionMatches(true, i - 3, "the", 0, 3)) {
      i -= 3;
      while (i > 0 && text.charAt(i - 1) == ' ') {
        i--;
      }
    }
    if (i < 2 || !text.regionMatches(true, i - 2, "of", 0, 2)) {
      return false;
    }
    i -= 2;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    int end = i;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return end > i && PLACE_NOUNS.contains(text.substring(i, end).toLowerCase(Locale.ROOT));
  }

  /** Words before "capital" that make it a city's role ("the regional capital Mekelle"). */
  private static final Set<String> CAPITAL_OF = LEXICON.list("capital-role");

  /**
   * Whether "capital" with a city's role word before it ends right before the name: "the regional
   * capital Mekelle", "the new capital Nusantara" ("venture capital", "political capital" name no
   * city).
   */
  private static boolean capitalBefore(String text, int start) {
    int i = start - 1;
    if (i < 8 || text.charAt(i) != ' ' || !text.startsWith("capital", i - 7)) {
      return false;
    }
    int end = i - 8; // the space before "capital"
    if (end < 1 || text.charAt(end) != ' ') {
      return false;
    }
    int w = end;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return w < end && CAPITAL_OF.contains(text.substring(w, end).toLowerCase(Locale.ROOT));
  }

  /** Verbs of saying that title-case headlines capitalise ("said" is a name too: Edward Said). */
  private static final Set<String> REPORTING_VERBS = LEXICON.list("headline-verb");

  /**
   * Runs of capitalised tokens, joined by lower-case connectors (Ministry of External Affairs,
   * Jaish ul-Adl).
   */
  private List<Run> runs(
      String text, List<Token> tokens, List<int[]> capsLines, boolean nounsCapitalised) {
    List<Run> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (!capitalised(t)
          || (t.sentenceStart() && SENTENCE_WORDS.contains(t.lower()))
          || nounsCapitalised && t.sentenceStart() && GERMAN_SENTENCE_WORDS.contains(t.lower())
          // a headline's verb after a title is no name: "..., Lawyer Says", "Spokesman Warns"
          || REPORTING_VERBS.contains(t.lower())
          // in a line in capitals every word is capitalised: a run would be the whole line ("THERE
          // ARE THE DEPARTURE TIMES" an organisation); the model and the body read those lines
          || !capsLines.isEmpty() && CapsLines.inAny(capsLines, t.start())) {
        i++;
        continue;
      }
      if (t.sentenceStart()
          && i + 1 < tokens.size()
          && tokens.get(i + 1).start() - t.end() == 1
          && capitalised(tokens.get(i + 1))
          && isCompanyNounOpening(t.lower())) {
        i++; // "Contractor Uzbekistan Railways built": the company is the name after its noun
        continue;
      }
      if (t.sentenceStart()
          && i + 1 < tokens.size()
          && CONNECTORS.contains(tokens.get(i + 1).lower())
          && !headWord(t.lower())) {
        // "Results of National Basketball Association games": a word capitalised only because it
        // opens the sentence does not open a name over a connector, unless it is a name's head
        // (Bank of England, Ministry of Defence, City of London)
        i++;
        continue;
      }
      List<Token> run = new ArrayList<>(List.of(t));
      int j = i + 1;
      while (j < tokens.size()) {
        Token n = tokens.get(j);
        Token prev = tokens.get(j - 1);
        // Jorge "Tuto" Quiroga: a quote may read as a sentence's opening, a nickname's is none
        boolean nickname = nicknameGap(text, prev, n);
        boolean adjacent =
            n.start() - prev.end() <= 1
                || n.start() - prev.end() == 2 && initial(text, prev.end()) // F. Etienne
                || peoplesPossessive(text, prev, n) // Cameroon People's Democratic Movement
                || nickname;
        if (!adjacent || !capsLines.isEmpty() && CapsLines.inAny(capsLines, n.start())) {
          break;
        }
        if (capitalised(n)
            && (!n.sentenceStart() || nickname)
            && !WEEKDAYS.contains(n.lower())
            && !REPORTING_VERBS.contains(n.lower())) {
          // a weekday after a name is when it happened ("the Supreme Court Wednesday")
          run.add(n);
          j++;
        } else if (CONNECTORS.contains(n.lower())
            // German's genitive article joins any two nouns ("die Suiten des Hotels"); French
            // "des" joins a name's words (the Societe des Amis du Louvre)
            && !(nounsCapitalised && n.lower().equals("des"))
            && !(n.lower().equals("of") && personBefore(run))
            // "International Resources Holding of Abu Dhabi", "Northland Power of Canada": a
            // holding or a power company is named without the place it is of
            && !(n.lower().equals("of") && HEADS_WITHOUT_PLACE.contains(prev.lower()))
            // "for" and "on" join a head to what it is for or on (Group for the Support of Islam,
            // Commission on Human Rights), never a name ("blamed Qassem Soleimani for Baloch")
            && !(HEAD_CONNECTORS.contains(n.lower())
                && !headWord(prev.lower())
                && !forACause(tokens, j, run))
            // "the Army on Monday": a day or a month after "on" is when, not what
            && !(n.lower().equals("on")
                && j + 1 < tokens.size()
                && (WEEKDAYS.contains(tokens.get(j + 1).lower())
                    || MONTHS.contains(tokens.get(j + 1).lower())))
            && j + 1 < tokens.size()
            && capitalised(tokens.get(j + 1))
            // "the Party of Democratic Action of President Alija Izetbegovic": a person's title
            // and name after a connector are a person, not more of the name
            && !titledPersonAt(tokens, j + 1)
            // "the Bangladesh Nationalist Party of Tarique Rahman": a given name and a surname
            // after "of" are its leader, not more of its name
            && !(n.lower().equals("of")
                && (POLITICAL_HEADS.contains(prev.lower())
                    // "the Democratic Party of Kosovo of Bedri Hamza": after the party's country
                    || partyOfPlace(run))
                && namedPersonAt(tokens, j + 1))
            && tokens.get(j + 1).start() - n.end() <= 1) {
          run.add(n);
          run.add(tokens.get(j + 1));
          j += 2;
        } else if ((n.lower().equals("of") || n.lower().equals("for"))
            && (isOrgHead(prev.lower())
                // "the Volunteers for the Defence of the Homeland": a body's first word before
                // "for the", and what it is for before "of the"
                || n.lower().equals("for") && run.size() == 1 && ORG_STARTS.contains(prev.lower())
                || n.lower().equals("of")
                    && CAUSES_OF.contains(prev.lower())
                    && run.stream().anyMatch(r -> r.lower().equals("for")))
            && j + 2 < tokens.size()
            && tokens.get(j + 1).text().equals("the")
            && capitalised(tokens.get(j + 2))
            && tokens.get(j + 1).start() - n.end() <= 1
            && tokens.get(j + 2).start() - tokens.get(j + 1).end() <= 1
            // "the Economic Court of the Dnipropetrovsk region": a place noun after the name ends
            // the body's name before "of the"
            && !(j + 3 < tokens.size() && PLACE_NOUNS.contains(tokens.get(j + 3).text()))) {
          // an organisation's head, "of the" or "for the" and a name go on as one name: the Armed
          // Forces of the Philippines, the Ministry of the Interior, the Democratic Forces for the
          // Liberation of Rwanda
          run.add(n);
          run.add(tokens.get(j + 1));
          run.add(tokens.get(j + 2));
          j += 3;
        } else if ((n.lower().equals("de") || n.lower().equals("para"))
            // "Banco Central de la República Argentina": one more word may stand before "de"
            // ("Comision para el Mercado Financiero": or "para")
            && run.size() <= 2
            && ORG_STARTS.contains(run.get(0).lower())
            && j + 2 < tokens.size()
            && ARTICLES_AFTER_CONNECTOR.contains(tokens.get(j + 1).text())
            && capitalised(tokens.get(j + 2))
            && tokens.get(j + 1).start() - n.end() <= 1
            && tokens.get(j + 2).start() - tokens.get(j + 1).end() <= 1) {
          // "Banco de la República", "Frente de los Trabajadores": a body's first word, "de" and
          // an article before the rest of its name (in Spanish prose "de la" joins no other run)
          run.add(n);
          run.add(tokens.get(j + 1));
          run.add(tokens.get(j + 2));
          j += 3;
        } else {
          break;
        }
      }
      // "the Khmer-language Fresh News website", "a Guayaquil-based group": a word that ends in a
      // lower-case part after its hyphen describes what follows and is no part of its name
      while (run.size() > 1 && describingCompound(run.get(0).text())) {
        run.remove(0);
      }
      // "Le Tribunal administratif fédéral": an article and a head alone, the rest of the name
      // in lower case after it, name nothing the run can tell
      if (!(run.size() == 2
          && ARTICLES_BEFORE_HEADS.contains(run.get(0).text())
          && isOrgHead(run.get(1).lower()))) {
        out.add(new Run(run));
      }
      i = j;
    }
    return out;
  }

  /**
   * What a company or a body is, in lower case right before its name, as a title is before a
   * person's: "budget carrier Vietjet", "state utility Vietnam Electricity", "mining giant Rio
   * Tinto", "automaker Toyota" (not "aircraft carrier Gerald R. Ford", a ship).
   */
  private static final Set<String> COMPANY_NOUNS = LEXICON.list("company-noun");

  private static final int COMPANY_NOUN_MIN =
      COMPANY_NOUNS.stream().mapToInt(String::length).min().orElse(0);
  private static final int COMPANY_NOUN_MAX =
      COMPANY_NOUNS.stream().mapToInt(String::length).max().orElse(0);

  /** What a group is, before "group" and its name ({@link #groupOfAKind}). */
  private static final Set<String> GROUP_KINDS = LEXICON.list("group-kind");

  private static final Set<String> GROUP_NOUNS = LEXICON.list("group-noun");

  private static final int GROUP_NOUN_MAX =
      GROUP_NOUNS.stream().mapToInt(String::length).max().orElse(0);

  /**
   * Whether {@code noun} is "group" after a word that says what kind ("rights group", "rebel
   * group"): alone, "the group Washington designated" names no group.
   */
  private static boolean groupOfAKind(String text, List<Token> tokens, Token noun) {
    int k = noun.index() - 1;
    return noun.end() - noun.start() <= GROUP_NOUN_MAX
        && Character.isLowerCase(text.charAt(noun.start()))
        && GROUP_NOUNS.contains(noun.text())
        && k >= 0
        && noun.start() - tokens.get(k).end() == 1
        // "Environmental group Walhi said": the kind may open the sentence
        && (GROUP_KINDS.contains(
                tokens.get(k).sentenceStart() ? tokens.get(k).lower() : tokens.get(k).text())
            // "the Meitei group Arambai Tenggol": a people's or a faith's name after "the"
            || noun.text().equals("group")
                && k >= 1
                && !tokens.get(k).sentenceStart()
                && Character.isUpperCase(tokens.get(k).first())
                && tokens.get(k - 1).lower().equals("the")
                && tokens.get(k).start() - tokens.get(k - 1).end() == 1);
  }

  /**
   * Whether a plural company noun opens the list a name stands in: right before it, or before up to
   * three capitalised names joined by commas and "and" before it ("grid operators Litgrid, AST and
   * Elering").
   */
  private static boolean pluralCompanyNounBeforeList(String text, List<Token> tokens, int first) {
    int i = first;
    for (int items = 0; items < 4; items++) {
      int j = i - 1;
      if (j < 0) {
        return false;
      }
      Token t = tokens.get(j);
      boolean joined = false;
      if (t.end() - t.start() == 3
          && text.startsWith("and", t.start())
          && t.end() + 1 == tokens.get(i).start()) {
        j--;
        joined = true;
      } else if (text.startsWith(", ", t.end()) && t.end() + 2 == tokens.get(i).start()) {
        joined = true;
      }
      if (!joined) {
        // "exporters including Becamo", "lenders such as Ecobank": the noun before the opener
        int right = tokens.get(i).start();
        if (t.end() - t.start() == 9 && j > 0 && text.startsWith("including", t.start())) {
          right = t.start();
          t = tokens.get(j - 1);
        } else if (t.end() - t.start() == 2
            && j > 1
            && text.startsWith("as", t.start())
            && text.startsWith("such ", tokens.get(j - 1).start())) {
          right = tokens.get(j - 1).start();
          t = tokens.get(j - 2);
        }
        // a plural of a company noun's length, asked before its string is made (this runs
        // before every capitalised run)
        int n = t.end() - t.start();
        if (t.end() + 1 != right
            || n <= COMPANY_NOUN_MIN
            || n > COMPANY_NOUN_MAX + 2
            || text.charAt(t.end() - 1) != 's'
            || !Character.isLowerCase(t.first()) && !t.sentenceStart()) {
          return false;
        }
        String w = t.lower();
        return n > 3
            && (w.endsWith("ies") && COMPANY_NOUNS.contains(w.substring(0, n - 3) + "y")
                || w.endsWith("s") && COMPANY_NOUNS.contains(w.substring(0, n - 1)));
      }
      // the previous item: capitalised words back to the list's noun
      int names = 0;
      while (j >= 0 && capitalised(tokens.get(j)) && names < 4) {
        j--;
        names++;
      }
      if (names == 0) {
        return false;
      }
      i = j + 1;
    }
    return false;
  }

  /** Whether a lower-case word says what a body is (budget carrier, state utility, party). */
  public static boolean isCompanyNoun(String lower) {
    return COMPANY_NOUNS.contains(lower);
  }

  /**
   * Company nouns that open names or a table's rows themselves, so are kept at a sentence's start:
   * Bank Rakyat, Federation Council, Association of Southeast Asian Nations, Trader Joe's, Maker
   * Fee.
   */
  private static final Set<String> NAME_OPENING_NOUNS = LEXICON.list("name-opening-noun");

  /**
   * Whether a lower-cased word opening a sentence before a name says what the company is ("Carmaker
   * Toyota said", "Contractor Uzbekistan Railways built", "Exporters Cargill and Olam"), rather
   * than opening its name.
   */
  public static boolean isCompanyNounOpening(String lower) {
    String singular = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    return (COMPANY_NOUNS.contains(lower) || COMPANY_NOUNS.contains(singular))
        && !NAME_OPENING_NOUNS.contains(singular);
  }

  /** Whether a company noun ({@link #COMPANY_NOUNS}) stands right before the name's first token. */
  private boolean companyNounBefore(String text, List<Token> tokens, Token first) {
    int k = first.index() - 1;
    if (k < 0 || first.start() - tokens.get(k).end() != 1 || first.sentenceStart()) {
      return false;
    }
    Token noun = tokens.get(k);
    if (pluralCompanyNounBeforeList(text, tokens, first.index())) {
      // "grid operators Litgrid, AST and Elering": each name of a list after a plural company noun
      return !isGivenName.test(first.text()) && !isPlaceName.test(first.text());
    }
    if (groupOfAKind(text, tokens, noun)) {
      // "the diaspora group Alga Karakalpakstan"; not "the ruling coalition Washington backs"
      return !isGivenName.test(first.text()) && !isPlaceName.test(first.text());
    }
    if (noun.sentenceStart()) {
      // "Retailer Ramayana Lestari said": the noun opening the sentence ({@link #runs} left it out)
      return text.charAt(noun.end()) == ' '
          && isCompanyNounOpening(noun.lower())
          && !isGivenName.test(first.text());
    }
    // a lower-case word of a company noun's length, asked before its string is made (this runs
    // before every capitalised run)
    if (noun.end() - noun.start() < COMPANY_NOUN_MIN
        || noun.end() - noun.start() > COMPANY_NOUN_MAX
        || !Character.isLowerCase(text.charAt(noun.start()))
        // a word of a path or a compound ("/opt/app COPY"): no noun of prose
        || noun.start() > 0 && !Character.isWhitespace(text.charAt(noun.start() - 1))
        || !COMPANY_NOUNS.contains(noun.text())) {
      return false;
    }
    return !(k > 0 && tokens.get(k - 1).lower().equals("aircraft"))
        && !isGivenName.test(first.text())
        // "reported it to the police station Monday": when, not a name
        && !WEEKDAYS.contains(first.lower())
        && !MONTH_NAMES.contains(first.lower());
  }

  /** Chinese and Vietnamese surnames written before a given name of two syllables apart. */
  private static final Set<String> SPACED_NAME_SURNAMES = LEXICON.list("spaced-name-surname");

  /**
   * One syllable of a Chinese or Vietnamese name, as written apart: an initial, vowels and a final
   * of the romanisations (Mun, Wai, Hsien, Loong, Bock, Minh, Thuong; not Milk).
   */
  private static final Pattern SYLLABLE =
      Pattern.compile(
          "(?:[BCDFGHJKLMNPQRSTVWXYZ]|Ch|Sh|Zh|Hs|Ts|Tz|Ng|Nh|Kw|Gw|Th|Tr|Ph|Kh|Gi|Qu)?"
              + "[aeiouy]{1,3}(?:ng|nh|ch|ck|n|m|h|k|t|p|w|c)?");

  /**
   * Whether three words are a listed surname and two syllables that are no common word, title,
   * head, weekday or month (Tan Cheng Bock, Chee Soon Juan, Pham Minh Chinh).
   */
  public static boolean spacedSyllableName(String surname, String first, String second) {
    if (!SPACED_NAME_SURNAMES.contains(surname.toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (String w : new String[] {first, second}) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (!SYLLABLE.matcher(w).matches()
          || isSentenceWord(lower)
          || isTitle(lower)
          || headWord(lower)
          || WEEKDAYS.contains(lower)
          || MONTH_NAMES.contains(lower)) {
        return false;
      }
    }
    return true;
  }

  /** Korean and Chinese surnames written before a given name of two hyphened syllables. */
  private static final Set<String> HYPHENED_NAME_SURNAMES = LEXICON.list("hyphened-name-surname");

  /**
   * A given name of two syllables joined by a hyphen, as Korean and Taiwanese names are written.
   */
  private static final Pattern SYLLABLE_PAIR = Pattern.compile("\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{1,5}");

  /** Words that open a clause after a company noun ("the company that transmits results"). */
  private static final Set<String> CLAUSE_OPENERS = LEXICON.list("clause-opener");

  /**
   * Whether a name stands in commas after "the" and a company noun, alone or with a clause of
   * lower-case words: "the firm, ASD, said"; "the company that transmits results, ASD, had".
   */
  private boolean companyInApposition(String text, List<Token> tokens, List<Token> ts) {
    Token first = ts.get(0);
    Token end = ts.get(ts.size() - 1);
    int k = first.index() - 1;
    if (k < 1
        || first.start() != tokens.get(k).end() + 2
        || !text.startsWith(", ", tokens.get(k).end())
        || end.end() >= text.length()
        || text.charAt(end.end()) != ',') {
      return false;
    }
    for (int j = k; j >= 1 && j >= k - 8; j--) {
      Token t = tokens.get(j);
      if (!Character.isLowerCase(t.first()) || j < k && tokens.get(j + 1).start() != t.end() + 1) {
        return false; // a clause of lower-case words only, in one piece
      }
      if (COMPANY_NOUNS.contains(t.text())
          && DETERMINERS.contains(tokens.get(j - 1).lower())
          && tokens.get(j - 1).end() + 1 == t.start()
          && (j == k || CLAUSE_OPENERS.contains(tokens.get(j + 1).text()))) {
        String whole = text.substring(first.start(), end.end());
        return !isGivenName.test(first.text()) && !isPlaceName.test(whole);
      }
    }
    return false;
  }

  /** Determiners before a company noun that a name stands in apposition to. */
  private static final Set<String> DETERMINERS = WordSet.of("the", "a", "an", "its", "their");

  /**
   * What a compound's noun after its hyphen says of the name after it ("Khmer-language"); unlike a
   * name's own compound ("Five-hundred-meter Aperture Spherical Radio Telescope"). Participles
   * ("Iran-backed") the tokeniser cuts off already (Gazetteer's COMPOUND_SUFFIXES).
   */
  private static final Set<String> DESCRIBING_ENDS = LEXICON.list("describing-end");

  /** Whether a word is a compound that describes the name after it (Khmer-language, US-backed). */
  static boolean describingCompound(String word) {
    int dash = word.lastIndexOf('-');
    return dash > 0 && DESCRIBING_ENDS.contains(word.substring(dash + 1));
  }

  /** Titles only a person bears before a name, never a word of an organisation's name. */
  private static final Set<String> PERSON_TITLES =
      WordSet.of(
          "president",
          "chairman",
          "premier",
          "prime",
          "mayor",
          "senator",
          "governor",
          "king",
          "queen",
          "sheikh",
          "emir",
          "mr",
          "mrs",
          "dr");

  /** Whether tokens k, k+1 and k+2 are a person's title and two capitalised words. */
  private static boolean titledPersonAt(List<Token> tokens, int k) {
    return k + 2 < tokens.size()
        && PERSON_TITLES.contains(tokens.get(k).lower())
        && capitalised(tokens.get(k + 1))
        && capitalised(tokens.get(k + 2));
  }

  /** Articles of other languages that may open a text's sentence before a body's head. */
  private static final Set<String> ARTICLES_BEFORE_HEADS = LEXICON.list("head-article");

  /** Heads of bodies that may be named with "of" and their leader (not the House of Luiz Caloi). */
  private static final Set<String> POLITICAL_HEADS = LEXICON.list("political-head");

  /** Whether a lower-cased word is a party's or a movement's head ({@link #POLITICAL_HEADS}). */
  public static boolean isPoliticalHead(String lower) {
    return POLITICAL_HEADS.contains(lower);
  }

  /**
   * Whether tokens {@code k} and {@code k + 1} are a given name and one more capitalised word that
   * ends the run, neither a head word: a person's name (Party of Tarique Rahman, not Party of
   * Democratic Action).
   */
  private boolean namedPersonAt(List<Token> tokens, int k) {
    return k + 1 < tokens.size()
            && (isGivenName.test(tokens.get(k).text())
                || mayBeLeadersName(tokens.get(k).text(), tokens.get(k + 1).text())
                    && !isPlaceName.test(tokens.get(k).text() + " " + tokens.get(k + 1).text()))
            && capitalised(tokens.get(k + 1))
            && !headWord(tokens.get(k + 1).lower())
            && (k + 2 >= tokens.size()
                || !capitalised(tokens.get(k + 2))
                || tokens.get(k + 2).start() - tokens.get(k + 1).end() > 1)
        // "the Progress Singapore Party of Tan Cheng Bock": a surname and two syllables
        || k + 2 < tokens.size()
            && spacedSyllableName(
                tokens.get(k).text(), tokens.get(k + 1).text(), tokens.get(k + 2).text())
            && (k + 3 >= tokens.size() || !capitalised(tokens.get(k + 3)));
  }

  /**
   * Whether a run ends in a party's head, "of" and one listed place (Democratic Party of Kosovo).
   */
  private boolean partyOfPlace(List<Token> run) {
    int n = run.size();
    return n >= 3
        && run.get(n - 2).lower().equals("of")
        && POLITICAL_HEADS.contains(run.get(n - 3).lower())
        && isPlaceName.test(run.get(n - 1).text());
  }

  /**
   * Whether two capitalised words after a party's head and "of" may be its leader's name though no
   * list holds the given name ("the Free Patriotic Movement of Gebran Bassil"): the first no
   * adjective (the Party of Democratic Action, the Front of National Salvation), the second no
   * plural (the Movement of Free Citizens), neither a head.
   */
  public static boolean mayBeLeadersName(String first, String second) {
    String a = first.toLowerCase(Locale.ROOT);
    String b = second.toLowerCase(Locale.ROOT);
    return a.length() > 2
        && b.length() > 2
        && !LEADER_ADJECTIVE.matcher(a).find()
        && !(b.endsWith("s") && !b.endsWith("ss"))
        && !headWord(a)
        && !headWord(b)
        && !isTitle(a);
  }

  /**
   * Endings of adjectives that open parties' names after "of" (Democratic, National, Socialist).
   */
  private static final Pattern LEADER_ADJECTIVE =
      Pattern.compile("(?:ic|al|ive|ian|ean|can|ist|ary)$");

  /**
   * Whether a run is a person's name, two or three words opening with a given name and none a title
   * or a head word: no connector joins it to what follows (John Smith of Chase Manhattan Bank).
   */
  private boolean personBefore(List<Token> run) {
    List<String> words = run.stream().map(Token::text).toList();
    String first = words.get(0).toLowerCase(Locale.ROOT);
    if (words.size() >= 3 && words.size() <= 4 && TITLES.contains(first) && !isOrgHead(first)) {
      // "Analyst Grace Mutasa of Harare Capital Partners"
      return isNameAfterTitle(words.subList(1, words.size()));
    }
    return isPersonBeforeOf(words);
  }

  /**
   * Whether the two or three words after a title are a person's name, whether or not the given name
   * is listed: capitalised, none a connector, rank, head word or place.
   */
  public boolean isNameAfterTitle(List<String> words) {
    if (words.size() < 2 || words.size() > 3) {
      return false;
    }
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (w.isEmpty()
          || !Character.isUpperCase(w.charAt(0))
          || CONNECTORS.contains(lower)
          || RANKS_OF.contains(lower)
          || headWord(lower)
          || isPlaceName.test(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether words before "of" are a person's name rather than a name's head ("John Smith of Chase
   * Manhattan Bank", unlike "Bank of England" or "Duke of York"): two or three capitalised words
   * opening with a given name, none a connector, rank held of a place, head word or place.
   */
  public boolean isPersonBeforeOf(List<String> words) {
    return words.size() >= 2 && isGivenName.test(words.get(0)) && isNameAfterTitle(words);
  }

  /**
   * Whether a token is a title before the next: not a title written in mixed case elsewhere that
   * stands in capitals before a word that does not ("MRS Oil", "MS Dhoni": an acronym or initials;
   * "CEO Elon Musk" is a title).
   */
  private static boolean isTitleBefore(Token t, Token next) {
    return TITLES.contains(t.lower()) && !capitalsNoTitle(t.text(), next.text());
  }

  /** Titles written in mixed case ("Mr", "Dr"): in capitals beside a word that is not, none. */
  private static final Set<String> MIXED_CASE_TITLES = WordSet.of("mr", "mrs", "ms", "dr");

  /**
   * Whether {@code word}, a title's word, stands in capitals before {@code next}, which does not,
   * and is a title written in mixed case: an acronym or initials ("MRS Oil", "MS Dhoni").
   */
  public static boolean capitalsNoTitle(String word, String next) {
    return MIXED_CASE_TITLES.contains(word.toLowerCase(Locale.ROOT))
        && upperCase(word)
        && !upperCase(next);
  }

  /** Whether a word has two or more letters and no lower-case one. */
  private static boolean upperCase(String word) {
    if (word.length() < 2) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void classify(
      String text,
      List<Token> tokens,
      Run run,
      List<Found> found,
      Map<String, Found> byAcronym,
      boolean nounsCapitalised) {
    List<Token> ts = run.tokens();
    // a title inside or just before the run marks what follows the last title word as a person
    int lastTitle = -1;
    for (int k = 0; k + 1 < ts.size(); k++) {
      // a title's possessive ("the Queen's Park Oval") names no one after it
      if (isTitleBefore(ts.get(k), ts.get(k + 1))
          && Gazetteer.possessiveGap(text, ts.get(k).end(), ts.get(k + 1).start()) == 0) {
        lastTitle = k;
      }
    }
    if (TITLES.contains(ts.get(ts.size() - 1).lower())) {
      lastTitle = ts.size() - 1;
    }
    int before = ts.get(0).index() - 1;
    boolean titleBefore =
        before >= 0
                && isTitleBefore(tokens.get(before), ts.get(0))
                && (ts.get(0).start() - tokens.get(before).end() <= 1
                        // a title ending a line (a heading's last word) names nothing on the next
                        && text.charAt(tokens.get(before).end()) != '\n'
                    // an abbreviated title keeps its period: "Dr. Sobhi Skaik", "Gen. X"
                    || ts.get(0).start() - tokens.get(before).end() == 2
                        && text.charAt(tokens.get(before).end()) == '.'
                        // an abbreviation: a whole title before a period ends a sentence ("as a
                        // journalist. We publish")
                        && tokens.get(before).end() - tokens.get(before).start() <= 4)
            || text.startsWith("-year-old ", run.start() - 10) // the regex's tail, checked first
                && AGE_BEFORE
                    .matcher(text.substring(Math.max(0, run.start() - 14), run.start()))
                    .find();
    if (ts.size() >= 3
        && text.startsWith("Head of ", run.start() - 8)
        && isGivenName.test(ts.get(1).text())
        && personLike(ts.subList(1, ts.size()))) {
      // "Head of Government Xavier Espot Zamora": the office's last word, then its holder
      int from = ts.get(1).start();
      add(found, EntityType.PERSON, text.substring(from, run.end()), from, run.end());
      return;
    }
    String last = ts.get(ts.size() - 1).lower();
    String first = ts.get(0).lower();
    String whole = run.text(text);
    if (isPlaceName.test(whole) || placeBeforeConnector(ts)) {
      return;
    }
    // "the Head of State", "Chief of Staff", "Heads of Mission": an office, however its last word
    // heads bodies, names no body (its holder's name after it is read above)
    if (ts.size() >= 3
        && ts.size() <= 4
        && OFFICE_OPENINGS.contains(first)
        && ts.get(1).lower().equals("of")
        && ts.subList(2, ts.size()).stream().noneMatch(t -> isGivenName.test(t.text()))) {
      return;
    }
    // "Minister of Trade and Industry Tobias Mwale": the last portfolio runs into its holder's name
    int holder = lastTitle < 0 && !titleBefore ? holderAfterPortfolios(text, tokens, ts) : -1;
    if (holder > 0) {
      int from = ts.get(holder).start();
      add(found, EntityType.PERSON, text.substring(from, run.end()), from, run.end());
      return;
    }
    // "Alain-Claude Bilie-By-Nze": two given names joined by a hyphen open a person's name, one
    // or two words of surname after them (not "Leslie-Clio-Album", nor a German run of nouns)
    if (ts.size() >= 3
        && lastTitle < 0
        && ts.get(1).start() == ts.get(0).end() + 1
        && text.charAt(ts.get(0).end()) == '-'
        && text.charAt(ts.get(1).end()) == ' '
        // one or two words of surname, particles aside ("Jean-Lucien Savi de Tove")
        && spaces(text, ts.get(1).end(), run.end())
                - ts.subList(2, ts.size()).stream()
                    .filter(t -> CONNECTORS.contains(t.lower()))
                    .count()
            <= 2
        && isGivenName.test(ts.get(0).text())
        && isGivenName.test(ts.get(1).text())
        && personLike(ts.subList(2, ts.size()))
        // "Douglas-Charles Airport": a site named after the person
        && !STREET_HEADS.contains(last)) {
      add(found, EntityType.PERSON, whole, run.start(), run.end());
      return;
    }
    // "led by Moon Yong-moon": an East Asian surname and a given name of two hyphened syllables
    if (ts.size() == 2
        && lastTitle < 0
        && HYPHENED_NAME_SURNAMES.contains(first)
        && SYLLABLE_PAIR.matcher(ts.get(1).text()).matches()) {
      add(found, EntityType.PERSON, whole, run.start(), run.end());
      return;
    }
    // "Leong Mun Wai and Hazel Poa": a Chinese or Vietnamese surname and a given name of two
    // syllables written apart, as Singapore, Malaysia and Vietnam write them
    if (ts.size() == 3
        && lastTitle < 0
        && whole.equals(ts.get(0).text() + " " + ts.get(1).text() + " " + ts.get(2).text())
        && spacedSyllableName(ts.get(0).text(), ts.get(1).text(), ts.get(2).text())
        && !isPlaceName.test(whole)) {
      add(found, EntityType.PERSON, whole, run.start(), run.end());
      return;
    }
    // acronym defined right after: Name (ACR)
    String acr = acronymAfter(text, run.end(), 12);
    boolean orgLike =
        (ts.size() >= 2
                && (ORG_HEADS.contains(last)
                    || !nounsCapitalised && ENGLISH_HEADS.contains(last)
                    || ORG_STARTS.contains(first) && !companyFormBeforeAcronym(ts)
                    || headOfPhrase(ts, nounsCapitalised)
                    || tradeCompany(ts)
                    || utilityName(ts)))
            // a country's airline: Air India, Air France, Air Marshall Islands
            || ts.size() >= 2
                && ts.size() <= 4
                && first.equals("air")
                && isCountryName.test(text.substring(ts.get(1).start(), run.end()))
            // and an airline named for its country first: Oman Air, Kenya Airways
            || ts.size() == 2
                && (last.equals("air") || last.equals("airways") || last.equals("airlines"))
                && isCountryName.test(ts.get(0).text())
            || peoplesBody(text, ts)
            // "Hotel Association Nepal", "Transparency International Kenya": a body's national
            // chapter, its country after its head (not a headline's "State Department Iraq": a
            // government's department is "of" a country)
            || ts.size() >= 3
                && ORG_HEADS.contains(ts.get(ts.size() - 2).lower())
                && !ts.get(ts.size() - 2).lower().equals("department")
                && isCountryName.test(ts.get(ts.size() - 1).text())
            // "the National Unity Government": three words or more, no people's or place's first
            || ts.size() >= 3
                && last.equals("government")
                && !PEOPLES.contains(first)
                && !isPlaceName.test(ts.get(0).text())
            || AGENCIES.contains(whole)
            || powerCompany(ts)
            || SINGLE_ORGS.contains(whole.toLowerCase(Locale.ROOT));
    // "the US Secretary of State": an office ending in "of State" is a title, no body
    orgLike &= !stateOfATitle(ts, ts.size() - 1);
    // "State", "Army" and "Cabinet" are titles (Secretary of State Antony Blinken) and heads:
    // opening a run with no title before it, they open a body's name (the State Great Khural, the
    // Army Corps of Engineers), no person's
    if (lastTitle == 0
        && ts.size() >= 3
        && !titleBefore
        && ORG_HEADS.contains(first)
        && personLike(ts.subList(1, ts.size()))) {
      lastTitle = -1;
      orgLike = true;
    }
    if (lastTitle >= 0
        && !orgLike
        && STRONG_PLACE_AFTER
            .matcher(text)
            .region(run.end(), Math.min(text.length(), run.end() + 20))
            .lookingAt()) {
      // "Aleppo's Sheikh Maqsoud district": a place named after a titled person is the place
      add(found, EntityType.LOCATION, whole, run.start(), run.end());
      return;
    }
    // "the State of Law coalition": a title that heads bodies opens a body's name before a group's
    // noun
    if (lastTitle == 0
        && ts.size() >= 2
        && !titleBefore
        && ORG_HEADS.contains(first)
        && ORG_AFTER.contains(nextWord(text, run.end(), 16))) {
      lastTitle = -1;
      orgLike = true;
    }
    // "Central Bank of Barbados Governor Kevin Greenidge": a body, its office and the person who
    // holds it, a given name first
    if (orgLike
        && lastTitle >= 2
        && ts.size() - lastTitle - 1 >= 2
        && !ORG_HEADS.contains(ts.get(lastTitle).lower())
        && isGivenName.test(ts.get(lastTitle + 1).text())
        && personLike(ts.subList(lastTitle + 1, ts.size()))) {
      Token bodyEnd = ts.get(lastTitle - 1);
      // "Secretary of State for Defence Tobias Mwale": a title's portfolio before "for" or "of"
      // ends no body; the office is all title
      if (!CONNECTORS.contains(bodyEnd.lower())) {
        add(
            found,
            EntityType.ORGANIZATION,
            text.substring(run.start(), bodyEnd.end()),
            run.start(),
            bodyEnd.end());
      }
      int from = ts.get(lastTitle + 1).start();
      add(found, EntityType.PERSON, text.substring(from, run.end()), from, run.end());
      return;
    }
    // "Secretary of State for Wales Jo Stevens", "Cabinet Secretary for Health Mary Muthoni": an
    // office, a title and "of" or "for" and its portfolio, is all title before its holder's name,
    // no body
    int office = officeStart(ts);
    if (office >= 0) {
      for (int k = Math.max(office + 3, ts.size() - 3); k <= ts.size() - 2; k++) {
        if (isGivenName.test(ts.get(k).text())
            && !isGivenName.test(ts.get(k - 1).text())
            && !CONNECTORS.contains(ts.get(k - 1).lower())
            && personLike(ts.subList(k, ts.size()))) {
          int from = ts.get(k).start();
          add(found, EntityType.PERSON, text.substring(from, run.end()), from, run.end());
          return;
        }
      }
    }
    if (lastTitle >= 0 && lastTitle < ts.size() - 1 && !orgLike) {
      List<Token> name = beforeOf(ts.subList(lastTitle + 1, ts.size()));
      // a title that also heads organisations names no one by one more word ("State House said",
      // Zambia's presidency; "Secretary of State Antony Blinken" stays)
      boolean headOfOne = name.size() == 1 && ORG_HEADS.contains(ts.get(lastTitle).lower());
      // a title hyphenated to the next word makes a compound, no title before a name
      // ("Major-Sieger", "Whistleblower-Meldung", "Commodore-Laufwerk")
      boolean compound = text.charAt(name.get(0).start() - 1) == '-';
      // one letter after a title is no name ("Gen Z protesters": a generation, no general)
      boolean letter = name.size() == 1 && name.get(0).end() - name.get(0).start() == 1;
      // "the Prince Moulay Abdellah Stadium": a site named after a titled person is the site, and
      // so is a city of sports, of medicine ("King Abdullah Sports City")
      boolean site =
          STREET_HEADS.contains(name.get(name.size() - 1).lower())
              || name.size() >= 3 && name.get(name.size() - 1).text().equals("City");
      if (site
          && lastTitle == 0
          && name.size() >= 3
          && name.get(name.size() - 1).text().equals("City")) {
        add(found, EntityType.LOCATION, whole, run.start(), run.end());
        return;
      }
      if (personLike(name) && !headOfOne && !compound && !letter && !site) {
        add(
            found,
            EntityType.PERSON,
            text.substring(name.get(0).start(), name.get(name.size() - 1).end()),
            name.get(0).start(),
            name.get(name.size() - 1).end());
      }
      return;
    }
    // "Turkish firm Kolin Madencilik, the minister said": a company noun before the name outweighs
    // a role after it, which may be the speaker's
    orgLike |= ts.size() <= 4 && lastTitle < 0 && companyNounBefore(text, tokens, ts.get(0));
    boolean roleAfter =
        ts.size() >= 2
            && ts.size() <= 4
            && lastTitle < 0
            && text.startsWith(", ", run.end())
            && PERSON_APPOSITIVE
                .matcher(text.substring(run.end(), Math.min(text.length(), run.end() + 48)))
                .lookingAt();
    if ((titleBefore || roleAfter) && !orgLike && ts.size() <= 4 && lastTitle < 0) {
      // "opposition leader Inia Seruiratu of FijiFirst": the person ends before "of" and a body
      List<Token> name = titleBefore ? beforeOf(ts) : ts;
      if (personLike(name)) {
        int end = name.get(name.size() - 1).end();
        add(found, EntityType.PERSON, text.substring(run.start(), end), run.start(), end);
        return;
      }
    }
    String next = nextWord(text, run.end(), 16);
    orgLike |= ts.size() <= 3 && lastTitle < 0 && companyInApposition(text, tokens, ts);
    // "Rosatom, the Russian state nuclear company": an appositive says what the name is
    orgLike |=
        ts.size() <= 4
            && (text.startsWith(", the ", run.end())
                || text.startsWith(", a ", run.end())
                || text.startsWith(", an ", run.end())
                || text.startsWith(", now ", run.end())
                || text.startsWith(", led by ", run.end())
                // "QazaqGaz, Kazakhstan's national gas company"
                || possessiveNameAfter(text, run.end()))
            // "However, the company said", "Separately, the firm"
            && !SENTENCE_WORDS.contains(ts.get(0).lower())
            && !(ts.get(0).sentenceStart() && ts.size() == 1 && ts.get(0).lower().endsWith("ly"))
            && !isPlaceName.test(whole)
            && ORG_APPOSITIVE
                .matcher(text)
                .region(run.end(), Math.min(text.length(), run.end() + 60))
                .lookingAt();
    // "Digicel and Flow, the two mobile carriers": a plural appositive after two names
    orgLike |=
        ts.size() <= 3
            && (text.startsWith(" and ", run.end())
                || text.startsWith(", the ", run.end())
                || text.startsWith(", both ", run.end()))
            && ORGS_APPOSITIVE
                .matcher(text)
                .region(run.end(), Math.min(text.length(), run.end() + 90))
                .lookingAt();
    orgLike |= next.equals("mission") && ts.size() >= 2 && MISSION_WORDS.contains(last);
    // "the Egyptian Initiative for Personal Rights", "Partnership for Change": a run joined over
    // "for" that ends in a cause names a body
    orgLike |=
        ts.size() >= 3
            && lastTitle < 0
            && CAUSES.contains(last)
            && ts.stream().anyMatch(t -> t.lower().equals("for"))
            && !isPlaceName.test(whole);
    // "Slawomir Mentzen of the far-right Confederation", "the ruling Frelimo", "Petr Fiala's
    // centre-right Spolu alliance": where a party stands, in lower case, before a name that is no
    // person's, place's, people's or plural (not "the Atlantic alliance", "the Western alliance")
    orgLike |=
        ts.size() <= 3
            && lastTitle < 0
            && !ts.get(0).sentenceStart()
            && leanBefore(tokens, ts.get(0))
            && !isGivenName.test(ts.get(0).text())
            // "conservative Nasry Asfura of the National Party": a person of a party
            && !(ts.size() >= 2 && text.startsWith(" of ", run.end()))
            && !isPlaceName.test(whole)
            && !isPlaceName.test(ts.get(0).text())
            && !PEOPLES.contains(first)
            && !ADJECTIVE_END.matcher(first).find()
            && !(ts.size() == 1 && first.endsWith("s"));
    orgLike |=
        ORG_AFTER.contains(next)
            && (ts.size() >= 2
                // one word names a party or a movement ("Likud party", "Hamas movement") unless it
                // is a place or reads as an adjective ("the Republican party", "an Islamic
                // movement")
                || (ONE_WORD_ORG_AFTER.contains(next)
                        // "the Beximco group", "the Adani group": a firm's group, where "the"
                        // stands before the one word, names the firm
                        || next.equals("group")
                            && ts.size() == 1
                            && text.startsWith("the ", run.start() - 4))
                    && !ts.get(0).sentenceStart()
                    && !isPlaceName.test(whole)
                    && !SENTENCE_WORDS.contains(ts.get(0).lower())
                    // "a Shia militia", "the Kurdish party": a people or a faith names no group
                    && !PEOPLES.contains(ts.get(0).lower())
                    // "the nationalist Revival party": a noun in -ival is no adjective, nor is a
                    // word of four letters ("the Amal movement")
                    && !(ADJECTIVE_END.matcher(ts.get(0).lower()).find()
                        && !ts.get(0).lower().endsWith("ival")
                        && ts.get(0).lower().length() > 4));
    // "the Intercafe coffee board", "the Ubwiza farmers' union": one word after "the", what the
    // body deals in or who it gathers, and its noun
    orgLike |=
        ts.size() == 1
            && bodyNounAfterNext(wordAfterNext(text, run.end()))
            && text.regionMatches(true, run.start() - 4, "the ", 0, 4)
            && !ts.get(0).sentenceStart()
            && !isPlaceName.test(whole)
            && !isGivenName.test(whole)
            && !PEOPLES.contains(first)
            && !ADJECTIVE_END.matcher(first).find();
    // "analyst Riina Saar Mets of Tallinn University of Technology": after a title, a person of a
    // body is two names, the person before "of"
    if (orgLike && titleBefore && lastTitle < 0) {
      int of = -1;
      for (int k = 2; k <= 3 && k + 1 < ts.size() && of < 0; k++) {
        of = ts.get(k).lower().equals("of") ? k : -1;
      }
      if (of > 0 && personLike(ts.subList(0, of)) && !ORG_HEADS.contains(ts.get(of - 1).lower())) {
        Token name = ts.get(of - 1);
        add(
            found,
            EntityType.PERSON,
            text.substring(run.start(), name.end()),
            run.start(),
            name.end());
        int from = ts.get(of + 1).start();
        add(found, EntityType.ORGANIZATION, text.substring(from, run.end()), from, run.end());
        return;
      }
    }
    // "Name (ACR)" defines an acronym that opens with the name's letter; "MEXICO CITY (AP) -" is
    // a dateline and its agency
    boolean defined =
        acr != null && ts.size() >= 2 && Character.toUpperCase(whole.charAt(0)) == acr.charAt(0);
    if (orgLike || defined) {
      int start = run.start();
      if (ts.size() == 2
          && acr == null
          && ONE_WORD_ORG_AFTER.contains(next)
          && (PEOPLES.contains(first)
              || first.endsWith("ist")
              // "the ethnic Albanian VLEN bloc": a people's adjective before an acronym
              || isCountryName.test(ts.get(0).text()) && inCapitals(ts.get(1).text()))) {
        // "the Islamist Tewassoul party", "the Shia Amal movement": the faith's or the creed's
        // adjective describes the party, its name is the word after it
        start = ts.get(1).start();
        whole = text.substring(start, run.end());
      }
      Found f = add(found, EntityType.ORGANIZATION, whole, start, run.end());
      if (acr == null) {
        acr = shortNameAfter(text, run.end(), whole);
      }
      if (acr != null) {
        byAcronym.put(acr, f);
        f.aliases.add(acr);
      }
      return;
    }
    if (placeCueBefore(text, run.start())
        || placeNounAfter(text, run.end())
        || pluralPlaceAfterPair(text, run.start(), run.end())
        || ts.size() <= 3 && !nounsCapitalised && placeInCountry(text, run.end())
        || (ts.size() <= 3
            && text.startsWith(", ", run.end())
            && PLACE_APPOSITIVE
                .matcher(text.substring(run.end(), Math.min(text.length(), run.end() + 40)))
                .lookingAt())) {
      add(found, EntityType.LOCATION, whole, run.start(), run.end());
    }
  }

  /**
   * Whether a place's noun follows a name ({@link #PLACE_AFTER}: "Idlib province", "Gaza's border
   * crossing"). The pattern is tried only where its first character can stand: most names are
   * followed by punctuation or other words.
   */
  private static boolean placeNounAfter(String text, int end) {
    // room for the longest noun after a possessive: "'s special economic zone"
    int limit = Math.min(text.length(), end + 28);
    int j = end;
    while (j < limit && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    if (j == limit) {
      return false;
    }
    char c = text.charAt(j);
    if ((c == '\'' || c == '\u2019')
        && j + 3 < limit
        && text.charAt(j + 2) == ' '
        && Character.isUpperCase(text.charAt(j + 3))) {
      return false; // "Nouri al-Maliki's State of Law coalition": a name after the possessive
    }
    if (c != '\'' && c != ' ') {
      // the next word must open one of the pattern's nouns: most names are followed by "said",
      // "in", "and", which are turned away without a string or a match
      int e = j;
      while (e < limit && Character.isLetter(text.charAt(e))) {
        e++;
      }
      if (e == j || !placeAfterFirstWord(text, j, e)) {
        return false;
      }
    }
    String post = text.substring(end, limit).toLowerCase(Locale.ROOT);
    return PLACE_AFTER.matcher(post.stripLeading()).lookingAt();
  }

  /**
   * Whether [from, to) is one of {@link #PLACE_AFTER_FIRST}, in any case, without a string made for
   * it: this runs after nearly every capitalised name.
   */
  private static boolean placeAfterFirstWord(String text, int from, int to) {
    int length = to - from;
    if (length < 3
        || length > PLACE_AFTER_LONGEST
        || PLACE_AFTER_INITIALS.indexOf(Character.toLowerCase(text.charAt(from))) < 0) {
      return false;
    }
    for (String w : PLACE_AFTER_FIRST) {
      if (w.length() == length && text.regionMatches(true, from, w, 0, length)) {
        return true;
      }
    }
    return false;
  }

  /** The first words of {@link #PLACE_AFTER}'s nouns (an apostrophe aside). */
  private static final List<String> PLACE_AFTER_FIRST =
      Stream.concat(
              PLACE_AFTER_NOUNS.stream().map(w -> w.split(" ")[0]), MINED_FIRST_WORDS.stream())
          .distinct()
          .toList();

  /** The first letters of {@link #PLACE_AFTER_FIRST}'s words. */
  private static final String PLACE_AFTER_INITIALS =
      PLACE_AFTER_FIRST.stream()
          .map(w -> w.substring(0, 1))
          .distinct()
          .collect(Collectors.joining());

  private static final int PLACE_AFTER_LONGEST =
      PLACE_AFTER_FIRST.stream().mapToInt(String::length).max().orElse(0);

  /**
   * Whether a name is a place by its "in <country>" cue alone, as one word opening a sentence
   * ("Voters in Kazakhstan", "Residents in Ukraine"): there its capital says nothing, and a common
   * noun takes that cue as often as a town does.
   */
  public boolean countryCueAlone(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    int before = start;
    while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
      before--;
    }
    return (before == 0 || endsSentence(text, 0, start))
        && placeInCountry(text, end)
        && !strongPlaceCue(text, start, end)
        && !placeNounAfter(text, end);
  }

  /** Whether "in", "near" or "outside" and a country follow a name ({@link #IN_PLACE}). */
  private boolean placeInCountry(String text, int end) {
    if (end >= text.length() || !Character.isWhitespace(text.charAt(end))) {
      return false; // the pattern opens with white space
    }
    Matcher inCountry = IN_PLACE.matcher(text.substring(end, Math.min(text.length(), end + 40)));
    return inCountry.find() && isCountryName.test(inCountry.group(1));
  }

  /**
   * The words before an "of" that two words or more stand before, else all: a titled name without
   * the place or body it is "of" ("Supervisor Alfredo Pedroza of Napa County", "Bishop Josep-Lluis
   * Serrano Pentinat of Urgell").
   */
  private static List<Token> beforeOf(List<Token> name) {
    for (int k = 2; k + 1 < name.size(); k++) {
      if (name.get(k).lower().equals("of")) {
        return name.subList(0, k);
      }
    }
    return name;
  }

  /**
   * Whether the run is a known place joined to more by a connector: "the Soviet Union for Israel"
   * names two places, not an organisation "for" something.
   */
  private boolean placeBeforeConnector(List<Token> ts) {
    for (int k = 1; k + 1 < ts.size(); k++) {
      if (CONNECTORS.contains(ts.get(k).lower())) {
        return isPlaceName.test(joined(ts.subList(0, k)));
      }
    }
    return false;
  }

  /** The tokens' words joined by single spaces, as the lists write names. */
  private static String joined(List<Token> ts) {
    StringBuilder out = new StringBuilder();
    for (Token t : ts) {
      out.append(out.isEmpty() ? "" : " ").append(t.text());
    }
    return out.toString();
  }

  /**
   * Whether token k is "State" after a title and "of": an office, all title ("Secretary of State
   * for Defence", "the US Secretary of State"), no body's head.
   */
  private static boolean stateOfATitle(List<Token> ts, int k) {
    return k >= 2
        && ts.get(k).lower().equals("state")
        && ts.get(k - 1).lower().equals("of")
        && TITLES.contains(ts.get(k - 2).lower());
  }

  /**
   * A head word before "of" or "for" inside the name: International Organization for Migration,
   * Bank of Japan.
   */
  private static boolean headOfPhrase(List<Token> ts, boolean nounsCapitalised) {
    for (int k = 0; k + 1 < ts.size(); k++) {
      String head = ts.get(k).lower();
      String w = ts.get(k + 1).lower();
      // "State of Israel", "Republic of Korea" name countries, not organisations
      boolean country = k == 0 && (head.equals("state") || head.equals("republic"));
      // "Construction of the Dakhla Atlantic port": an activity opening the run is the work done
      // to what follows, no body's head (a body names its activity after its head: "Ministry of
      // Construction")
      boolean work = k == 0 && ACTIVITIES.contains(head);
      // "Secretary of State for Defence", "Minister of State": an office, all title
      if (!country
          && !work
          && !stateOfATitle(ts, k)
          && (ORG_HEADS.contains(head)
              // "Gas Transmission System Operator of Ukraine", in text that does not capitalise
              // every noun
              || !nounsCapitalised && ENGLISH_HEADS.contains(head)
              || head.equals("house") && w.equals("of"))
          && (w.equals("of") || HEAD_CONNECTORS.contains(w))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a run that follows a title's portfolios joined by "and" ("Minister of Trade and ...")
   * goes on from the last portfolio into its holder's name, the index of the name's first word (a
   * given name, one or two words in, two words of name at least); else -1.
   */
  private int holderAfterPortfolios(String text, List<Token> tokens, List<Token> ts) {
    int and = ts.get(0).index() - 1;
    if (and >= 1
        && tokens.get(and).lower().equals("the")
        && tokens.get(and - 1).lower().equals("and")) {
      and--; // "Minister of Fisheries and the Blue Economy Jean-Francois Ferrari"
    }
    if (ts.size() < 3 || and < 3 || !tokens.get(and).lower().equals("and")) {
      return -1;
    }
    int of = -1;
    for (int b = and - 1; b >= Math.max(1, and - 8) && of < 0; b--) {
      Token t = tokens.get(b);
      String gap = text.substring(t.end(), tokens.get(b + 1).start());
      if (!gap.equals(" ") && !gap.equals(", ")) {
        return -1; // a sentence or a clause between
      }
      if (t.lower().equals("of") || t.lower().equals("for")) {
        of = b;
      } else if (!Character.isUpperCase(t.text().charAt(0)) && !t.lower().equals("and")) {
        return -1;
      }
    }
    if (of < 1
        || of == and - 1
        || !text.startsWith(" ", tokens.get(of - 1).end())
        || !TITLES.contains(tokens.get(of - 1).lower())) {
      return -1;
    }
    for (int k = 1; k <= 2 && ts.size() - k >= 2; k++) {
      // a given name no list holds is the holder's after a portfolio's noun ("Minister for
      // Business and Mineral Resources Naaja Nathanielsen"), two words to the run's end
      if ((givenNameOrHyphened(ts.get(k).text())
              || ts.size() - k == 2 && PORTFOLIO_NOUNS.contains(ts.get(k - 1).lower()))
          && !isGivenName.test(ts.get(k - 1).text())
          && personLike(ts.subList(k, ts.size()))) {
        return k;
      }
    }
    return -1;
  }

  /** A given name, or two joined by a hyphen whose first is one (Jean-Francois). */
  private boolean givenNameOrHyphened(String word) {
    int hyphen = word.indexOf('-');
    return isGivenName.test(word) || hyphen > 0 && isGivenName.test(word.substring(0, hyphen));
  }

  /**
   * The index of a title that "of" or "for" follows in a run, with a word after them and two more
   * words at least (Minister of Foreign Affairs Marise Payne); else -1.
   */
  private static int officeStart(List<Token> ts) {
    for (int j = 0; j + 4 < ts.size(); j++) {
      String w = ts.get(j + 1).lower();
      if ((w.equals("of") || w.equals("for")) && TITLES.contains(ts.get(j).lower())) {
        return j;
      }
    }
    return -1;
  }

  /**
   * A person's name: one to five words (particles aside), none a country, a demonym or an
   * organisation word.
   */
  private boolean personLike(List<Token> name) {
    long words = name.stream().filter(t -> !CONNECTORS.contains(t.lower())).count();
    if (name.isEmpty() || words > 5 || CONNECTORS.contains(name.get(0).lower())) {
      return false;
    }
    String first = name.get(0).lower();
    if (first.equals("the") || first.equals("a") || first.equals("an")) {
      return false; // a name that opens with an article is no person's ("journalist The Guardian")
    }
    for (int k = 0; k < name.size(); k++) {
      Token t = name.get(k);
      String w = t.lower();
      if (hasDigit(t.text()) // "Shor.3": a footnote, no name
          // an abstract noun ("General Coordination for Displaced Persons"): no person's word
          || w.length() > 6 && w.endsWith("tion")
          || isPlaceName.test(t.text())
          || ORG_HEADS.contains(w)
          || TITLES.contains(w)
          || PORTFOLIO_NOUNS.contains(w)
          // Islamic, Atlantic: adjectives, not names; Vucic, or any word after a given name
          // (Ratko Mladic, Luka Modric), is a surname
          || (w.endsWith("ic")
              && w.length() > 4
              && !southSlavicSurname(w)
              && !(k > 0 && isGivenName.test(name.get(k - 1).text())))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the two characters between two tokens open or close a one-word nickname in quotes
   * between a given name and a surname: ' "' before a word a quote closes, '" ' after a word a
   * quote opened (Jorge "Tuto" Quiroga, Joaquin "El Chapo" Guzman is two words and stays apart).
   */
  private static boolean nicknameGap(String text, Token prev, Token next) {
    if (next.start() - prev.end() != 2) {
      return false;
    }
    int a = prev.end();
    if (text.charAt(a) == ' ' && openingQuote(text.charAt(a + 1))) {
      // the nickname's one or two words, then the closing quote and the surname
      int q = nicknameEnd(text, next.start());
      return q > 0
          && q + 2 < text.length()
          && text.charAt(q + 1) == ' '
          && Character.isUpperCase(text.charAt(q + 2));
    }
    if (!closingQuote(text.charAt(a))
        || text.charAt(a + 1) != ' '
        // a surname follows a nickname, no connector ("in "Casino" von Martin Scorsese": a title)
        || !Character.isUpperCase(text.charAt(next.start()))) {
      return false;
    }
    // after the nickname: its opening quote before it or before the word before it (El Mayo)
    int open = prev.start() - 1;
    if (open >= 1 && openingQuote(text.charAt(open))) {
      return text.charAt(open - 1) == ' ';
    }
    int space = text.lastIndexOf(' ', prev.start() - 1);
    return space >= 3
        && space > prev.start() - 16
        && Character.isUpperCase(text.charAt(space + 1))
        && nicknameOpens(text, space);
  }

  /**
   * Where the closing quote of a nickname of one or two capitalised words opening at {@code from}
   * stands ("El Mayo"), or -1.
   */
  private static int nicknameEnd(String text, int from) {
    int i = from;
    for (int words = 0; words < 2; words++) {
      if (i >= text.length() || !Character.isUpperCase(text.charAt(i))) {
        return -1;
      }
      while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      if (i < text.length() && closingQuote(text.charAt(i))) {
        return i;
      }
      if (i >= text.length() || text.charAt(i) != ' ') {
        return -1;
      }
      i++;
    }
    return -1;
  }

  /**
   * Whether a two-word nickname's opening quote stands before the word that ends at {@code space}.
   */
  private static boolean nicknameOpens(String text, int space) {
    int w = space;
    while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '-')) {
      w--;
    }
    return w >= 2
        && w < space
        && Character.isUpperCase(text.charAt(w))
        && openingQuote(text.charAt(w - 1))
        && text.charAt(w - 2) == ' ';
  }

  private static boolean openingQuote(char c) {
    return c == '"' || c == '\u201c';
  }

  private static boolean closingQuote(char c) {
    return c == '"' || c == '\u201d';
  }

  /**
   * Whether a run opens with Indonesia's company form "PT" before a word in capitals or in lower
   * case: "PT e PDT" is two Brazilian parties, "PT Toba Pulp Lestari" one firm.
   */
  private static boolean companyFormBeforeAcronym(List<Token> ts) {
    return ts.get(0).text().equals("PT")
        && (inCapitals(ts.get(1).text()) || !capitalised(ts.get(1)));
  }

  /**
   * A conference after a plural's apostrophe is a standing body ("Catholic Bishops' Conference").
   */
  private static final String CONFERENCE = "Conference";

  /**
   * Whether a name holds "People's" before another word, as bodies' names do ("National People's
   * Power", "People's Daily"), or a plural's apostrophe before {@link #CONFERENCE}; a republic is a
   * country ("the People's Republic of China").
   */
  private static boolean peoplesBody(String text, List<Token> ts) {
    for (int k = 0; k + 1 < ts.size(); k++) {
      int gap = Gazetteer.possessiveGap(text, ts.get(k).end(), ts.get(k + 1).start());
      if (ts.get(k).lower().equals("people")
              && gap == 3
              && !ts.get(k + 1).lower().equals("republic")
          // "the Catholic Bishops' Conference": a conference that a plural owns is a standing body
          || gap == 2 && ts.get(k + 1).text().equals(CONFERENCE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether "People's" (or "Peoples'", "Nation's") stands between two tokens, or a capitalised
   * plural's apostrophe before an organisation's head ("Workers' Party", "Teachers' Union"): the
   * possessive inside many parties', unions' and movements' names, which the tokens leave out.
   */
  /**
   * Capitalised words whose possessive opens a body's or a place's name (King's College, Queen's
   * Park Oval, Women's Super League): no one's own name, so the possessive is the name's.
   */
  public static final Set<String> POSSESSIVE_OPENERS =
      WordSet.of("king", "queen", "prince", "princess", "lord", "lady", "children", "women", "men");

  private static boolean peoplesPossessive(String text, Token prev, Token next) {
    int gap = Gazetteer.possessiveGap(text, prev.end(), next.start());
    if (gap == 0) {
      return false;
    }
    String p = prev.lower();
    return p.equals("people")
        || p.equals("peoples")
        // "King's College Hospital", "Children's Investment Fund": a monarch's or a group's
        // possessive opens the name it stands in
        // ("the Queen's Birthday" is no one's)
        || gap == 3
            && POSSESSIVE_OPENERS.contains(p)
            && capitalised(prev)
            && capitalised(next)
            && headWord(next.lower())
            && !TITLES.contains(next.lower())
        // "the Nation's Future Party" (Egypt)
        || p.equals("nation") && capitalised(prev) && capitalised(next)
        // "the Special Prosecutor's Office Against Impunity", "the Prime Minister's Office": an
        // office's holder, capitalised, before "Office"
        || gap == 3 && TITLES.contains(p) && capitalised(prev) && next.text().equals("Office")
        || gap == 2
            && p.length() >= 4
            && p.endsWith("s")
            && capitalised(prev)
            && capitalised(next)
            && (isOrgHead(next.lower()) || next.text().equals(CONFERENCE));
  }

  /** How many spaces stand in [from, to) of the text. */
  public static int spaces(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += text.charAt(i) == ' ' ? 1 : 0;
    }
    return n;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a lower-cased word ending in "ic" has a South Slavic surname's ending that no English
   * adjective has: Vucic, Djokovic, Karadzic, Jokic (not Civic).
   */
  private static boolean southSlavicSurname(String w) {
    return (w.endsWith("vic") && !w.equals("civic"))
        || w.endsWith("cic")
        || w.endsWith("zic")
        || w.endsWith("kic")
        || w.endsWith("jic");
  }

  private static Found add(List<Found> found, EntityType type, String name, int start, int end) {
    String key = NameKeys.loose(name);
    for (Found f : found) {
      if (f.type == type && f.key.equals(key)) {
        f.spans.add(new Span(start, end));
        return f;
      }
    }
    Found f = new Found(type, name);
    f.spans.add(new Span(start, end));
    found.add(f);
    return f;
  }

  /** Spellings that differ in vowels or particles are one entity; the longest spelling names it. */
  private static void mergeVariants(List<Found> found) {
    for (int i = 0; i < found.size(); i++) {
      for (int j = found.size() - 1; j > i; j--) {
        Found a = found.get(i);
        Found b = found.get(j);
        if (a.type == b.type && a.key.equals(b.key)) {
          a.spans.addAll(b.spans);
          if (b.name.length() > a.name.length()) {
            a.name = b.name;
          }
          found.remove(j);
        }
      }
    }
  }

  /**
   * Later mentions by acronym or by a person's last name belong to the entity first named in full.
   */
  private void resolveShortForms(
      String text, List<Token> tokens, List<Found> found, Map<String, Found> byAcronym) {
    for (Found f : found) {
      // initials of two letters or more need two words at least
      if (f.type == EntityType.ORGANIZATION
          && (f.name.indexOf(' ') > 0 || f.name.indexOf('-') > 0)
          && !byAcronym.containsValue(f)) {
        String ini = NameKeys.initials(f.name);
        if (ini.length() >= 2) {
          byAcronym.putIfAbsent(ini, f);
        }
      }
    }
    Map<String, Found> byLastName = new HashMap<>();
    for (Found f : found) {
      if (f.type == EntityType.PERSON) {
        String name = f.name.strip();
        int space = name.lastIndexOf(' '); // a hyphenated surname is one word: Montoya-Lewis
        if (space > 0) {
          byLastName.putIfAbsent(name.substring(space + 1), f);
          String bare = NameKeys.withoutArabicArticle(name.substring(space + 1));
          if (bare != null) {
            byLastName.putIfAbsent(bare, f); // "Sadiq al-Kabir ... Kabir returned"
          }
        }
      }
    }
    for (Token t : tokens) {
      // every acronym key opens with a capital (no hash of each lower-case token's text)
      Found acr =
          !byAcronym.isEmpty() && Character.isUpperCase(t.first()) ? byAcronym.get(t.text()) : null;
      boolean definition =
          t.start() > 0
              && text.charAt(t.start() - 1) == '('
              && acr != null
              && acr.spans.stream()
                  .anyMatch(s -> t.start() - s.getEnd() <= 3 && t.start() > s.getEnd());
      if (acr != null && !definition) {
        // an acronym inside another name is that name's ("Lanka IOC", a unit of Indian Oil
        // Corporation, is no mention of it)
        if (!insideOtherFound(found, acr, t)) {
          acr.spans.add(new Span(t.start(), t.end()));
        }
        continue;
      }
      // the surname looked up first: most capitalised words are none, and need no more reading
      if (byLastName.isEmpty() || !capitalised(t)) {
        continue;
      }
      if (t.start() > 0 && text.charAt(t.start() - 1) == '-') {
        continue; // inside a hyphenated word: Lewis in Montoya-Lewis is not Jane Lewis
      }
      int end = hyphenatedEnd(text, t.end());
      Found person = byLastName.get(end == t.end() ? t.text() : text.substring(t.start(), end));
      if (person == null || SENTENCE_WORDS.contains(t.lower()) || isCountryName.test(t.text())) {
        continue;
      }
      if (insideLongerName(text, tokens, t, end, person.name)
          || opensNameOverConnector(text, tokens, t)) {
        continue; // Sher Bahadur Deuba is not Arzu Rana Deuba
      }
      person.spans.add(new Span(shortFormStart(text, tokens, t, person.name), end));
    }
    // "Gen Bagheri" before "Mohammad Bagheri" was named: a one-word person is the full name's short
    // form
    for (int i = found.size() - 1; i >= 0; i--) {
      Found f = found.get(i);
      if (f.type != EntityType.PERSON || f.name.contains(" ")) {
        continue;
      }
      for (Found g : found) {
        if (g != f
            && g.type == EntityType.PERSON
            && (endsWithAfter(g.name, f.name, ' ') || endsWithAfter(g.name, f.name, '-'))) {
          g.spans.addAll(f.spans);
          found.remove(i);
          break;
        }
      }
    }
  }

  /**
   * Whether a surname token opens a longer name over a connector: "Khalifa bin Salman Port" (a
   * port) is no mention of Salman bin Hamad Al Khalifa.
   */
  private static boolean opensNameOverConnector(String text, List<Token> tokens, Token t) {
    int k = t.index();
    if (k + 2 >= tokens.size()) {
      return false;
    }
    Token c = tokens.get(k + 1);
    Token n = tokens.get(k + 2);
    return c.start() == t.end() + 1
        && n.start() == c.end() + 1
        && Character.isLowerCase(c.first())
        && CONNECTORS.contains(c.text())
        && Character.isUpperCase(n.first());
  }

  /** Whether a token lies inside a longer span of a name other than {@code own}. */
  private static boolean insideOtherFound(List<Found> found, Found own, Token t) {
    for (Found g : found) {
      if (g != own) {
        for (Span s : g.spans) {
          if (s.getStart() <= t.start()
              && t.end() <= s.getEnd()
              && s.getEnd() - s.getStart() > t.end() - t.start()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Where a person's short form that ends in surname token {@code t} starts: at the word before it
   * when that is the full name's word before the surname too ("Jawhar Ben Mbarek ... Ben Mbarek
   * said", "Omar Garcia Harfuch ... Garcia Harfuch": two surnames, or a surname's particle), else
   * at {@code t}.
   */
  private static int shortFormStart(String text, List<Token> tokens, Token t, String fullName) {
    String name = fullName.strip();
    int last = name.lastIndexOf(' ');
    int before = last > 0 ? name.lastIndexOf(' ', last - 1) : -1;
    if (before <= 0 || t.index() == 0) {
      return t.start(); // fewer than three words: "Jane Smith ... Smith"
    }
    Token p = tokens.get(t.index() - 1);
    return t.start() - p.end() == 1
            && text.charAt(p.end()) == ' '
            && p.end() - p.start() == last - before - 1
            && text.regionMatches(p.start(), name, before + 1, last - before - 1)
        ? p.start()
        : t.start();
  }

  /** Whether {@code s} ends with {@code a + sep + b} (no string made for it). */
  private static boolean endsWithPair(String s, String a, String sep, String b) {
    int at = s.length() - b.length() - sep.length() - a.length();
    return at >= 0
        && s.startsWith(a, at)
        && s.startsWith(sep, at + a.length())
        && s.startsWith(b, at + a.length() + sep.length());
  }

  /** Whether {@code s} ends with {@code sep} and {@code suffix} (no string made per pair). */
  private static boolean endsWithAfter(String s, String suffix, char sep) {
    int at = s.length() - suffix.length();
    return at > 0 && s.charAt(at - 1) == sep && s.startsWith(suffix, at);
  }

  /**
   * Whether a surname token ends another person's name: right after a given name ("Dan Lipinski"
   * beside Bill Lipinski) or after two capitalised words ("Sher Bahadur Deuba" beside Arzu Rana
   * Deuba), none a title, or before another capitalised word ("President Prabowo Subianto" beside
   * Listyo Sigit Prabowo), and not the person's own name written again. One capitalised word alone
   * before it may be a title the lists lack ("Parteichef Meuthen").
   */
  private boolean insideLongerName(
      String text, List<Token> tokens, Token t, int end, String personName) {
    Token next = null;
    for (int k = t.index() + 1; k < tokens.size() && next == null; k++) {
      if (tokens.get(k).start() > end) {
        next = tokens.get(k); // after a hyphenated surname's parts (Montoya-Lewis)
      }
    }
    if (next != null) {
      if (next.start() == end + 1
          && text.charAt(end) == ' '
          && !next.sentenceStart()
          && Character.isUpperCase(next.text().charAt(0))
          && !personName.contains(text.substring(t.start(), end) + " " + next.text())) {
        return true; // "President Prabowo Subianto" is not Listyo Sigit Prabowo
      }
    }
    Token before = adjacentName(tokens, t);
    if (before == null
        || endsWithPair(personName, before.text(), " ", t.text())
        || endsWithPair(personName, before.text(), ". ", t.text())) {
      return false;
    }
    return isGivenName.test(before.text()) || adjacentName(tokens, before) != null;
  }

  /** The capitalised word right before a token, one space apart, if it is no title. */
  private static Token adjacentName(List<Token> tokens, Token t) {
    if (t.index() == 0 || t.sentenceStart()) {
      return null;
    }
    Token before = tokens.get(t.index() - 1);
    boolean name =
        before.end() + 1 == t.start()
            && Character.isUpperCase(before.text().charAt(0))
            && !TITLES.contains(before.lower())
            && !isTitle(before.lower())
            && !SENTENCE_WORDS.contains(before.lower());
    return name ? before : null;
  }

  /** Where the hyphenated word that a token ending at {@code end} opens ends (Montoya-Lewis). */
  private static int hyphenatedEnd(String text, int end) {
    int i = end;
    while (i + 1 < text.length()
        && text.charAt(i) == '-'
        && Character.isLetter(text.charAt(i + 1))) {
      i++;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
    }
    return i;
  }

  private static void dedupSpans(List<Span> spans) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (out.isEmpty() || s.getStart() >= out.get(out.size() - 1).getEnd()) {
        out.add(s);
      }
    }
    spans.clear();
    spans.addAll(out);
  }

  /** The recogniser's word lists by name, and the knowledge base's organisations. */
  private record Lexicon(Map<String, Set<String>> lists) {
    static Lexicon load() {
      Map<String, Set<String>> out = new HashMap<>();
      for (String[] row : TsvResource.rows("/io/newsflow/enrich/kb/recognizer.tsv")) {
        out.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1]);
      }
      return new Lexicon(out);
    }

    Set<String> list(String name) {
      Set<String> l = lists.get(name);
      if (l == null) {
        throw new IllegalStateException("kb/recognizer.tsv has no list '" + name + "'");
      }
      return WordSet.copyOf(l);
    }

    Set<String> knownOrgs() {
      Set<String> out = new HashSet<>();
      list("org").forEach(o -> out.add(o.toLowerCase(Locale.ROOT)));
      kbOrgNames().stream()
          .filter(n -> !acronym(n))
          .forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
      return WordSet.copyOf(out);
    }

    Set<String> knownAcronyms() {
      Set<String> out = new HashSet<>(list("agency"));
      kbOrgNames().stream().filter(Lexicon::acronym).forEach(out::add);
      return WordSet.copyOf(out);
    }

    private static List<String> kbOrgNames() {
      List<String> out = new ArrayList<>();
      for (KnowledgeBase.Entry e : KnowledgeBase.shipped().entries()) {
        if (e.type() == EntityType.ORGANIZATION) {
          out.add(e.name());
          out.addAll(e.aliases());
        }
      }
      return out;
    }

    /**
     * A capital inside a word (ISIS, LeT, McDonald's): matched as written, since a capitalised word
     * of the same letters ("Let", "Isis") is not the organisation.
     */
    private static boolean acronym(String name) {
      for (int i = 1; i < name.length(); i++) {
        char prev = name.charAt(i - 1);
        if (Character.isUpperCase(name.charAt(i)) && Character.isLetter(prev)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A body's noun after what it deals in ("coffee board", "shipping company"). */
  private static boolean bodyNounAfterNext(String w) {
    return ORG_AFTER.contains(w) || w.equals("company") || w.equals("firm");
  }

  /**
   * The word after the next one where the next is a lower-case noun one space away, past a plural's
   * apostrophe ("coffee board": board; "farmers' union": union); else "". A next word that may be a
   * verb (-ed, -s, said) has none.
   */
  private static String wordAfterNext(String text, int from) {
    if (from + 1 >= text.length() || text.charAt(from) != ' ') {
      return "";
    }
    int i = from + 1;
    while (i < text.length() && text.charAt(i) >= 'a' && text.charAt(i) <= 'z') {
      i++;
    }
    if (i == from + 1 || i + 1 >= text.length()) {
      return "";
    }
    boolean apostrophe = text.charAt(i) == '\'' || text.charAt(i) == '’';
    String next = text.substring(from + 1, i);
    if (!apostrophe && (next.endsWith("ed") || next.endsWith("s") || next.equals("said"))) {
      return "";
    }
    int at = apostrophe ? i + 1 : i;
    return at < text.length() && text.charAt(at) == ' ' ? nextWord(text, at + 1, 16) : "";
  }

  /**
   * The letters that follow {@code from} after any white space, within {@code window} characters
   * (what "the Civil Defence agency" has after the name: "agency").
   */
  static String nextWord(String text, int from, int window) {
    int limit = Math.min(text.length(), from + window);
    int i = from;
    while (i < limit && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int start = i;
    while (i < limit && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return text.substring(start, i);
  }
}
