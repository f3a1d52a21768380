package io.newsflow.enrich;

import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.Span;
import io.newsflow.enrich.extract.PageExtractor;
import io.newsflow.enrich.extract.TextNormalizer;
import io.newsflow.enrich.ner.NerLexicon;
import io.newsflow.enrich.ner.NerTagger.Mention;
import io.newsflow.enrich.tag.CapsLines;
import io.newsflow.enrich.tag.EntityRecognizer;
import io.newsflow.enrich.tag.NameKeys;
import io.newsflow.enrich.tag.WordSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a found name begins and ends, and what it is, settled by what the text around it shows.
 * Real pages showed the model's and the rules' edges going wrong in ways no training set corrects:
 * a name split at a middle initial ("Carissa" "F. Etienne"), a weekday taken into a name ("John
 * Rankin Thursday"), a hyphenated surname cut in two ("Montoya-[Lewis]"), a pronoun or an e-mail
 * address read as a name, and one name given two types in one text ("Ramdehol" a person nine times,
 * a place once). These rules mend those, for every source but the lists a user or a curator wrote.
 */
final class MentionRules {
  private MentionRules() {}

  /** Words that are never a name on their own, as written in running text (The, I, For). */
  private static final Set<String> FUNCTION_WORDS =
      WordSet.of(
          "the", "a", "an", "i", "we", "he", "she", "it", "they", "you", "me", "us", "him", "them",
          "my", "our", "his", "her", "their", "its", "your", "this", "that", "these", "those",
          "for", "of", "and", "or", "but", "in", "on", "at", "to", "by", "with", "from", "as", "if",
          "so", "not", "no", "yes", "all", "there", "here", "what", "who", "when", "where", "why",
          "how");

  /** Whether [from, end) is two or more lower-case letters and nothing else. */
  static boolean lowerAfter(String text, int from, int end) {
    if (end - from < 2) {
      return false;
    }
    for (int i = from; i < end; i++) {
      if (!Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Words that say how long an office is held, which open a title: never a name alone. */
  private static final Set<String> OFFICE_TERMS =
      WordSet.of("acting", "interim", "outgoing", "incoming", "former");

  /**
   * Days and the months no one is named after: a date beside a name is not part of it. (April, May,
   * June and August are names too.)
   */
  private static final Set<String> DATE_WORDS = dateWords();

  private static Set<String> dateWords() {
    Set<String> out = new HashSet<>(EntityRecognizer.MONTH_NAMES);
    out.removeAll(List.of("april", "may", "june", "july", "august")); // names too
    out.addAll(List.of("jan.", "feb.", "sept.", "sep.", "oct.", "nov.", "dec."));
    out.addAll(EntityRecognizer.WEEKDAYS);
    return Set.copyOf(out);
  }

  /** The words that name a storm, just before its name (Tropical Storm, Super Typhoon too). */
  private static final List<String> STORMS =
      List.of("Hurricane ", "Typhoon ", "Cyclone ", "Storm ");

  /** Months and their abbreviations, lower case, without the period. */
  private static final Set<String> MONTHS = EntityRecognizer.MONTHS;

  /** Lower-case articles that open an Arabic surname joined by a hyphen (al-Safi, el-Sisi). */
  private static final Set<String> SURNAME_ARTICLES =
      WordSet.of("al", "el", "ul", "ad", "ash", "as", "at", "az", "an", "ar", "bin", "ben", "abu");

  /**
   * The model's mentions with their edges mended: two people side by side with one space between
   * them are one ("Carissa" "F. Etienne"); a title ahead of a name, a date at either end and a
   * surname's article are handled as the shape of news names asks; what is left that is no name (a
   * pronoun, a lone title, an e-mail address) goes.
   */
  static List<Mention> shaped(String text, List<Mention> found) {
    List<Mention> joined = new ArrayList<>(found.size());
    for (Mention m : joinParticles(text, verbsApart(text, found))) {
      Mention last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null
          && last.type().equals("PER")
          && m.type().equals("PER")
          && (m.start() == last.end() + 1
              // "Salman F Rahman": a middle initial the model read as no name between the two
              || middleInitialBetween(text, last.end(), m.start()))
          && text.charAt(last.end()) == ' '
          && (Character.isLetter(text.charAt(last.end() - 1)) || text.charAt(last.end() - 1) == '.')
          && Character.isUpperCase(text.charAt(m.start()))) {
        joined.set(joined.size() - 1, new Mention(last.start(), m.end(), "PER"));
      } else {
        joined.add(m);
      }
    }
    List<Mention> out = new ArrayList<>(joined.size());
    for (Mention m1 : joined) {
      Mention m0 =
          withHyphenatedStart(
              text,
              withAbbreviatedFirstWord(
                  text,
                  withNameArticle(
                      text,
                      withoutArticle(
                          text,
                          withoutFunctionWordAtEnd(
                              text, withoutDatelineDate(text, nationalBeforeName(text, m1)))))));
      // first: "Supreme Court Wednesday" ends in its head; an organisation may be named after a day
      Mention m =
          m0.type().equals("ORG")
              ? withCause(text, withoutWhen(text, m0))
              : withoutDates(text, withoutInMonth(text, m0));
      if (m != null) {
        m =
            withHyphenatedSurname(
                text,
                withPatronymic(
                    text,
                    withParticleSurname(
                        text,
                        withoutTitle(
                            text,
                            withoutRoleAfter(
                                text,
                                withoutFunctionWordAtEnd(
                                    text, withoutCompanyNounFirst(text, m)))))));
      }
      if (m != null
          && !junk(text, m.start(), m.end(), m.type())
          && !group(text, m)
          && !storm(text, m)) {
        Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
        Mention whole = withBodyBeforeCause(text, m);
        if (whole != m && (last == null || whole.start() >= last.end())) {
          m = whole;
        }
        if (last == null || m.start() >= last.end()) { // not inside a company's name taken before
          out.add(
              withArabicArticle(
                  text,
                  withOrgAdjective(
                      text, retyped(text, withCompanyForm(text, spanishPlural(text, m))))));
        }
      }
    }
    return out;
  }

  /**
   * A capitalised word, "bin" or "ibn" and capitalised words name a person, whatever the model read
   * there ("Osama bin Laden", nothing or a place "Osama"): the words name a son and his father.
   * Where a body or place the model read runs on past the name ("the Khalifa bin Salman Port"), it
   * stays; a person read in part takes the whole.
   */
  static List<Mention> sonsNamed(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int b = text.indexOf(" bin "); b >= 0; b = text.indexOf(" bin ", b + 1)) {
      out = sonNamed(text, found, out, b);
    }
    for (int b = text.indexOf(" ibn "); b >= 0; b = text.indexOf(" ibn ", b + 1)) {
      out = sonNamed(text, found, out, b);
    }
    return sortedOr(found, out);
  }

  /** {@link #sonsNamed} at the " bin " or " ibn " at {@code b}. */
  private static List<Mention> sonNamed(
      String text, List<Mention> found, List<Mention> out, int b) {
    int w = b;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    int end = b + 5;
    if (w == b
        || !Character.isUpperCase(text.charAt(w))
        || w > 0 && !wordEdge(text, w - 1)
        || end >= text.length()
        || !Character.isUpperCase(text.charAt(end))) {
      return out;
    }
    // the father's name: capitalised words, and "al-" or "Al" before them, up to three
    for (int words = 0; words < 3; words++) {
      int e = end;
      if (words > 0) {
        if (e + 1 >= text.length() || text.charAt(e) != ' ') {
          break;
        }
        e++;
      }
      int s0 = e;
      while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) {
        e++;
      }
      if (e == s0 || !Character.isUpperCase(text.charAt(s0)) && !text.startsWith("al-", s0)) {
        break;
      }
      end = e;
    }
    int start = w;
    int stop = end;
    int s1 = start;
    int e1 = stop;
    for (Mention m : out == null ? found : out) {
      if (m.start() < stop && start < m.end()) {
        if (!m.type().equals("PER") && (m.start() < start || m.end() > stop)) {
          return out; // inside a longer name of another kind
        }
        s1 = Math.min(s1, m.start()); // a person read in part takes the whole
        e1 = Math.max(e1, m.end());
      }
    }
    List<Mention> copy = out == null ? new ArrayList<>(found) : out;
    if (s1 == start && e1 == stop && copy.contains(new Mention(start, stop, "PER"))) {
      return out;
    }
    copy.removeIf(m -> m.start() < stop && start < m.end());
    copy.add(new Mention(s1, e1, "PER"));
    return copy;
  }

  /**
   * Two people the model read as one over the verb between them ("Nkosinathi Sibisi fouled Iqraam
   * Rayners"): decoding scores a lower-case word only inside a name, and there it may go on. A word
   * of four or more lower-case letters inside a person's name is no particle (those are shorter, or
   * listed: della, binti, arap), so the name ends before it and another may start after it. A body
   * or a place read over "said" ends before it.
   */
  static List<Mention> verbsApart(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int k = 0; k < found.size(); k++) {
      Mention m = found.get(k);
      boolean person = m.type().equals("PER");
      int cut = person ? lowerWordInside(text, m.start(), m.end()) : -1;
      // "The U.S. State Department said Washington was": a body or place ends before "said"; what
      // follows is left to the rules that read a sentence's subject
      int said = person ? -1 : saidInside(text, m);
      if (said > m.start()) {
        if (out == null) {
          out = new ArrayList<>(found.subList(0, k));
        }
        out.add(new Mention(m.start(), said, m.type()));
        continue;
      }
      // "from Decatur to Stonecrest along Interstate 20": a way's preposition ends a place's name
      // and opens the next
      int way = person ? -1 : wayInside(text, m);
      if (way > m.start()) {
        if (out == null) {
          out = new ArrayList<>(found.subList(0, k));
        }
        out.add(new Mention(m.start(), way, m.type()));
        int next = text.indexOf(' ', way + 1) + 1;
        if (next > 0 && next < m.end() && Character.isUpperCase(text.charAt(next))) {
          out.add(new Mention(next, m.end(), m.type()));
        }
        continue;
      }
      if (cut < 0) {
        if (out != null) {
          out.add(m);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found.subList(0, k));
      }
      int from = m.start();
      while (cut >= 0) {
        int wordEnd = cut;
        while (wordEnd < m.end() && Character.isLetter(text.charAt(wordEnd))) {
          wordEnd++;
        }
        // "Dashzegviin Amarbayasgalan of the ruling ...": the words in lower case before the verb
        // end no name either
        int end = cut - 1;
        for (int space = text.lastIndexOf(' ', end - 1);
            space > from && Character.isLowerCase(text.charAt(space + 1));
            space = text.lastIndexOf(' ', end - 1)) {
          end = space;
        }
        out.add(new Mention(from, end, "PER"));
        from = wordEnd + 1;
        cut = lowerWordInside(text, from, m.end());
      }
      out.add(new Mention(from, m.end(), "PER"));
    }
    return out == null ? found : out;
  }

  /**
   * Prepositions of a way, which no place's or body's name holds in lower case ("near" has its own
   * rule).
   */
  private static final Set<String> WAY_PREPOSITIONS =
      WordSet.of("along", "via", "towards", "toward", "through", "past", "across");

  /** Where the space before a {@link #WAY_PREPOSITIONS} word inside a mention stands, or -1. */
  private static int wayInside(String text, Mention m) {
    for (int i = m.start(); i < m.end() - 2; i++) {
      if (text.charAt(i) == ' ' && Character.isLowerCase(text.charAt(i + 1))) {
        int e = letterWordEnd(text, i + 1);
        if (e < m.end() && WAY_PREPOSITIONS.contains(text.substring(i + 1, e))) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Where " said " or " says " stands inside a mention, or -1. */
  private static int saidInside(String text, Mention m) {
    int said = within(text, " said ", m);
    return said >= 0 ? said : within(text, " says ", m);
  }

  /** Particles of four letters or more, in lower case, inside a person's name. */
  private static final Set<String> LONG_PARTICLES =
      WordSet.of("della", "delle", "dello", "degli", "dalla", "binti", "bint", "arap", "ould");

  /** Short prepositions the model reads a person on over, which no name holds. */
  private static final Set<String> PREPOSITIONS_INSIDE = WordSet.of("at", "in", "on", "to", "for");

  /**
   * The start of the first word of four or more lower-case letters, no particle, or a short
   * preposition ({@link #PREPOSITIONS_INSIDE}), between two capitalised words inside [from, end)
   * (after a space, before one), or -1.
   */
  private static int lowerWordInside(String text, int from, int end) {
    for (int i = text.indexOf(' ', from); i >= 0 && i < end; i = text.indexOf(' ', i + 1)) {
      int s = i + 1;
      int e = s;
      while (e < end && text.charAt(e) >= 'a' && text.charAt(e) <= 'z') {
        e++;
      }
      // "replaces Joseph Boahen Aidoo at Cocobod": a preposition is no particle either
      if ((e - s >= 4 || PREPOSITIONS_INSIDE.contains(text.substring(s, e)))
          && e < end
          && text.charAt(e) == ' '
          && Character.isUpperCase(text.charAt(e + 1))
          && i > from
          && Character.isLetter(text.charAt(i - 1))
          && !LONG_PARTICLES.contains(text.substring(s, e))) {
        return s;
      }
    }
    return -1;
  }

  /**
   * A body the model read without the cause it is for, which ends its name ("Independent Patriots
   * for Change", "Citizens for Democratic Renewal"): capitalised words after "for" that end in a
   * cause ({@link EntityRecognizer#isCause}).
   */
  static Mention withCause(String text, Mention m) {
    if (!m.type().equals("ORG") || !text.startsWith(" for ", m.end()) || within(text, " ", m) < 0) {
      return m;
    }
    int from = m.end() + 5;
    int end = bodyRunEnd(text, from);
    if (end <= from
        || !EntityRecognizer.isCause(wordEndingAt(text, end).toLowerCase(Locale.ROOT))) {
      return m;
    }
    return new Mention(m.start(), end, "ORG");
  }

  /**
   * A body the model read as the cause after its "for" alone ("A Partnership for National Unity"
   * read as a place, "National Unity"): one to three capitalised words right before "for" and the
   * cause are one body, as {@link #withCause} joins them from the other side (not a person: "for
   * Bob Hope").
   */
  static Mention withBodyBeforeCause(String text, Mention m) {
    if (m.type().equals("PER")
        || m.start() < 7
        || !endsBefore(text, m.start(), " for ")
        || !EntityRecognizer.isCause(wordEndingAt(text, m.end()).toLowerCase(Locale.ROOT))) {
      return m;
    }
    int s = capitalisedRunBefore(text, m.start() - 5, 1);
    if (s < 0
        || EntityRecognizer.isSentenceWord(
            text.substring(s, nameWordEnd(text, s)).toLowerCase(Locale.ROOT))) {
      return m;
    }
    return new Mention(s, m.end(), "ORG");
  }

  /** Sports whose national governing bodies are named with their country (Sri Lanka Cricket). */
  private static final Set<String> GOVERNED_SPORTS =
      WordSet.of(
          "Cricket",
          "Rugby",
          "Football",
          "Hockey",
          "Athletics",
          "Tennis",
          "Netball",
          "Cycling",
          "Swimming",
          "Basketball",
          "Golf");

  /** The last letters of {@link #GOVERNED_SPORTS}. */
  private static final String SPORT_LAST_LETTERS = lastLetters(GOVERNED_SPORTS);

  /** Abbreviations clubs put after their name: Simba SC, Pyramids FC, Bodo/Glimt FK. */
  private static final Set<String> CLUB_AFTER = WordSet.of("FC", "SC", "AFC", "CF", "FK", "SK");

  /**
   * Sports bodies the model reads as their country or leaves in part: a country and a sport's name
   * are its governing body ("Zimbabwe Cricket said", "Sri Lanka Cricket confirmed"; "Cricket
   * Australia", "Rugby Australia", and before a listed region: "Cricket West Indies"), a name and a
   * club's abbreviation after it the club ("Simba SC"; not after a listed place: "Columbia SC" is a
   * town in a U.S. state), and so is that name alone. {@code isCountry}: a country's name; {@code
   * isPlace}: a listed place.
   */
  static List<Mention> sportsBodies(
      String text, List<Mention> found, Predicate<String> isCountry, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int last = m.type().equals("ORG") ? -1 : text.lastIndexOf(' ', m.end() - 1);
      if (last > m.start()
          && SPORT_INITIALS.indexOf(text.charAt(last + 1)) >= 0
          && GOVERNED_SPORTS.contains(text.substring(last + 1, m.end()))
          && isCountry.test(text.substring(m.start(), last))) {
        // "Zimbabwe Cricket" read as a place whole (placed, not set at i: an earlier change in
        // this loop may have moved the copy's mentions)
        out = placed(found, out, m.start(), m.end(), "ORG");
        continue;
      }
      int first = m.type().equals("ORG") ? -1 : text.indexOf(' ', m.start());
      if (first > m.start()
          && first < m.end()
          && SPORT_INITIALS.indexOf(text.charAt(m.start())) >= 0
          && GOVERNED_SPORTS.contains(text.substring(m.start(), first))
          && isCountry.test(text.substring(first + 1, m.end()))) {
        // "Cricket Ireland" read as a place or a person whole
        out = placed(found, out, m.start(), m.end(), "ORG");
        continue;
      }
      if (m.end() + 3 <= text.length()
          && text.charAt(m.end()) == ' '
          && (SPORT_INITIALS + CLUB_INITIALS).indexOf(text.charAt(m.end() + 1)) >= 0) {
        int e = nameWordEnd(text, m.end() + 1);
        String after = text.substring(m.end() + 1, e);
        boolean wordEnds = e >= text.length() || !Character.isLetterOrDigit(text.charAt(e));
        boolean nameGoesOn =
            e + 1 < text.length()
                && text.charAt(e) == ' '
                && Character.isUpperCase(text.charAt(e + 1));
        if (GOVERNED_SPORTS.contains(after)
                && wordEnds
                && !nameGoesOn
                && isCountry.test(text.substring(m.start(), m.end()))
            || CLUB_AFTER.contains(after)
                && wordEnds
                && atMostTwoWords(text, m)
                && !(after.equals("SC") && isPlace.test(text.substring(m.start(), m.end())))) {
          out = placed(found, out, m.start(), e, "ORG");
          continue;
        }
      }
      // "Cricket Australia said": the sport before its country
      int b = m.start() - 1;
      // the word before ends in a sport's last letter, or is not looked at
      int ws =
          b > 0 && text.charAt(b) == ' ' && SPORT_LAST_LETTERS.indexOf(text.charAt(b - 1)) >= 0
              ? nameWordStart(text, b)
              : b;
      if (ws < b
          && SPORT_INITIALS.indexOf(text.charAt(ws)) >= 0
          && GOVERNED_SPORTS.contains(text.substring(ws, b))
          // or its region or state, read as a side ("Cricket West Indies"; not "Swimming Pool")
          && (isCountry.test(text.substring(m.start(), m.end()))
              || m.type().equals("ORG") && isPlace.test(text.substring(m.start(), m.end())))
          && (ws == 0 || !Character.isLetter(text.charAt(ws - 1)))
          && !(m.end() < text.length() && text.charAt(m.end()) == ':')) {
        out = placed(found, out, ws, m.end(), "ORG");
      }
    }
    return clubsWithoutAbbreviation(text, sortedOr(found, out));
  }

  /** Whether a mention holds one space at most. */
  private static boolean atMostTwoWords(String text, Mention m) {
    int first = within(text, " ", m);
    return first < 0 || within(text, " ", first + 1, m.end()) < 0;
  }

  /**
   * The first letters of {@link #GOVERNED_SPORTS} and {@link #CLUB_AFTER}: most words have none.
   */
  private static final String SPORT_INITIALS = "CRFHATNSBG";

  private static final String CLUB_INITIALS = "FSAC";

  /** "Pyramids FC ... Pyramids will face": a club's name without its abbreviation is the club. */
  private static List<Mention> clubsWithoutAbbreviation(String text, List<Mention> found) {
    Set<String> clubs = null;
    for (Mention m : found) {
      int last = m.type().equals("ORG") ? text.lastIndexOf(' ', m.end() - 1) : -1;
      if (last > m.start()
          && m.end() - last <= 4
          && CLUB_AFTER.contains(text.substring(last + 1, m.end()))) {
        if (clubs == null) {
          clubs = new HashSet<>();
        }
        clubs.add(text.substring(m.start(), last));
      }
    }
    if (clubs == null) {
      return found;
    }
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!m.type().equals("ORG") && clubs.contains(text.substring(m.start(), m.end()))) {
        out = setAt(found, out, i, new Mention(m.start(), m.end(), "ORG"));
      }
    }
    return out == null ? found : out;
  }

  /**
   * The syllables that end the names of the state energy firms of the former Soviet Union and its
   * neighbours: Moldovagaz, Transgaz, Naftogaz, Transneft, Gazprom, Energoatom, Ukrenergo.
   */
  private static final String[] TRADE_SYLLABLES = {"gaz", "neft", "prom", "atom", "energo"};

  /**
   * A firm named with an energy trade's syllable ({@link #TRADE_SYLLABLES}: a word of letters, not
   * hyphened, a capital and at least two more letters before the syllable) is an organisation,
   * whatever the model read in it ("Moldovagaz said" a person, "Romania's Transgaz" a place), and
   * so is "Petro" and a country's name in one word (Petroecuador). {@code isCountry}: a country's
   * name. Found by the syllables, not a pattern tried at every character: the syllables stand in
   * most texts inside common words (promise, from), and the pattern was 6 % of the entity step.
   */
  static List<Mention> tradeSuffixedFirms(
      String text, List<Mention> found, Predicate<String> isCountry) {
    List<int[]> words = null;
    for (String syllable : TRADE_SYLLABLES) {
      for (int at = text.indexOf(syllable); at >= 0; at = text.indexOf(syllable, at + 1)) {
        int e0 = at + syllable.length();
        int s0 = at;
        while (s0 > 0 && Character.isLetter(text.charAt(s0 - 1))) {
          s0--;
        }
        if (e0 - s0 >= syllable.length() + 3
            && Character.getType(text.charAt(s0)) == Character.UPPERCASE_LETTER
            && unhyphenedWord(text, s0, e0)
            && (!text.startsWith("Petro", s0) || syllable.equals("gaz"))) {
          // a "Petro" word of another syllable is read below, by its country
          words = words == null ? new ArrayList<>() : words;
          words.add(new int[] {s0, e0});
        }
      }
    }
    for (int at = text.indexOf("Petro"); at >= 0; at = text.indexOf("Petro", at + 1)) {
      int e0 = at + 5;
      while (e0 < text.length() && Character.isLetter(text.charAt(e0))) {
        e0++;
      }
      if (e0 - at >= 9 && unhyphenedWord(text, at, e0) && !text.startsWith("gaz", e0 - 3)) {
        // a state oil firm named "Petro" and its country (Petroecuador, PetroChina), not a
        // surname (Petrov, Petrosyan); "Petro...gaz" was taken by its syllable
        String rest = text.substring(at + 5, e0);
        if (isCountry.test(Character.toUpperCase(rest.charAt(0)) + rest.substring(1))) {
          words = words == null ? new ArrayList<>() : words;
          words.add(new int[] {at, e0});
        }
      }
    }
    if (words == null) {
      return found;
    }
    words.sort(Comparator.comparingInt(w -> w[0]));
    List<Mention> out = null;
    for (int[] w : words) {
      int s0 = w[0];
      int e0 = w[1];
      List<Mention> current = out == null ? found : out;
      if (current.stream()
          .anyMatch(
              f ->
                  f.start() < e0
                      && s0 < f.end()
                      && (f.type().equals("ORG") || f.start() < s0 || f.end() > e0))) {
        continue; // an organisation already, or a longer name
      }
      out = placed(found, out, s0, e0, "ORG");
    }
    return sortedOr(found, out);
  }

  /**
   * Whether text[s0, e0) is a whole word of letters that is not part of a hyphened word: no letter
   * or hyphen stands either side.
   */
  private static boolean unhyphenedWord(String text, int s0, int e0) {
    return (s0 == 0 || (text.charAt(s0 - 1) != '-' && !Character.isLetter(text.charAt(s0 - 1))))
        && (e0 == text.length()
            || (text.charAt(e0) != '-' && !Character.isLetter(text.charAt(e0))));
  }

  /** A name between "the" and what kind of rights body it is: "the Viasna human rights centre". */
  private static final Pattern RIGHTS_BODY =
      Pattern.compile(
          "\\b[Tt]he ((?:\\p{Lu}[\\p{L}-]+ ){1,3})(?:human |civil |minority |women's |press )?rights"
              + " (?:group|centre|center|organisation|organization|watchdog|body|monitor|NGO)\\b");

  /**
   * A name before "rights group" or "human rights centre" is the body's ("the Viasna human rights
   * centre", "the Memorial rights group"), whatever the model read in it.
   */
  static List<Mention> rightsBodies(String text, List<Mention> found) {
    if (text.indexOf("rights ") < 0) {
      return found;
    }
    List<Mention> out = null;
    Matcher m = RIGHTS_BODY.matcher(text);
    while (m.find()) {
      int s0 = m.start(1);
      int e0 = m.end(1) - 1;
      List<Mention> current = out == null ? found : out;
      if (current.stream()
          .anyMatch(
              f ->
                  f.start() < e0
                      && s0 < f.end()
                      && (f.type().equals("ORG") || f.start() < s0 || f.end() > e0))) {
        continue;
      }
      out = placed(found, out, s0, e0, "ORG");
    }
    return sortedOr(found, out);
  }

  /** An acronym joined by an ampersand: C&T, AT&T, S&P. */
  private static final Pattern AMPERSAND_ACRONYM = Pattern.compile("\\p{Lu}{1,3}&\\p{Lu}{1,3}\\b");

  /**
   * A company named with a word and an ampersand acronym after it ("Samsung C&T"), which the model
   * reads in part. (An acronym and any capitalised word after it is no such name: "IBM Watson" and
   * "BBC Countryfile" are a product and a programme.)
   */
  static List<Mention> acronymFirmsOn(String text, List<Mention> found) {
    if (text.indexOf('&') < 0) {
      return found; // most texts hold no ampersand: no matcher per organisation
    }
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!m.type().equals("ORG")
          || m.end() + 3 >= text.length()
          || text.charAt(m.end()) != ' '
          || !Character.isUpperCase(text.charAt(m.end() + 1))) {
        continue;
      }
      Mention next = i + 1 < found.size() ? found.get(i + 1) : null;
      Matcher amp = AMPERSAND_ACRONYM.matcher(text).region(m.end() + 1, text.length());
      if (amp.lookingAt() && within(text, " ", m) < 0) {
        int e0 = amp.end();
        if (next == null || next.start() >= e0 || next.start() == m.end() + 1 && next.end() == e0) {
          out = placed(found, out, m.start(), e0, "ORG");
          i++;
        }
      }
    }
    return sortedOr(found, out);
  }

  /**
   * A body named after its holder's office: "the Specialised Anti-Corruption Prosecutor's Office".
   */
  private static final Pattern POSSESSIVE_OFFICE =
      Pattern.compile(
          "(?:\\p{Lu}[\\p{L}.-]+ ){0,4}(\\p{Lu}\\p{Ll}+)['’]s (?:Office|Bureau|Department|Chambers)\\b");

  /**
   * A body named with its holder's title and a possessive is one organisation ("the Prosecutor
   * General's Office", "the Specialised Anti-Corruption Prosecutor's Office", "the President's
   * Office"), which the model reads in part or not at all; the title before "'s" makes it one.
   */
  static List<Mention> possessiveOffices(String text, List<Mention> found) {
    if (text.indexOf("s Office") < 0
        && text.indexOf("s Bureau") < 0
        && text.indexOf("s Department") < 0
        && text.indexOf("s Chambers") < 0) {
      return found;
    }
    List<Mention> out = null;
    Matcher m = POSSESSIVE_OFFICE.matcher(text);
    while (m.find()) {
      if (!EntityRecognizer.isTitle(m.group(1).toLowerCase(Locale.ROOT))) {
        continue;
      }
      int s0 = m.start();
      // not the sentence's article or another word that opens no name ("The President's Office")
      while (s0 < m.start(1)) {
        int sp = text.indexOf(' ', s0);
        if (!EntityRecognizer.isSentenceWord(text.substring(s0, sp).toLowerCase(Locale.ROOT))) {
          break;
        }
        s0 = sp + 1;
      }
      int start = s0;
      int e0 = m.end();
      List<Mention> current = out == null ? found : out;
      if (current.stream()
          .anyMatch(f -> f.start() < start && start < f.end() || f.start() < e0 && e0 < f.end())) {
        continue;
      }
      out = placed(found, out, start, e0, "ORG");
    }
    return sortedOr(found, out);
  }

  /**
   * A name a group gives itself is a body's: "a group calling itself GenZ 212", "a militia called
   * the Ansar Brigade", "a startup named Wingly". One to four capitalised words or numbers after a
   * group's or a company's noun (kb/recognizer.tsv group-noun, company-noun, org-after-one) and
   * "calling itself", "called" or "named", where no person was read.
   */
  static List<Mention> groupsNamed(String text, List<Mention> found) {
    List<Mention> out = null;
    for (String cue : NAMING_CUES) {
      for (int at = text.indexOf(cue); at > 0; at = text.indexOf(cue, at + 1)) {
        int noun = letterWordStart(text, at);
        String word = text.substring(noun, at);
        if (!(GROUP_NOUNS.contains(word)
            || BODY_NOUNS.contains(word)
            || EntityRecognizer.isCompanyNoun(word))) {
          continue;
        }
        int start = at + cue.length();
        if (text.startsWith("the ", start)) {
          start += 4;
        }
        int end = start;
        for (int words = 0; words < 4; words++) {
          int from = words == 0 ? start : end + 1;
          if (words > 0 && (from >= text.length() || text.charAt(end) != ' ')) {
            break;
          }
          if (from >= text.length()
              || !(Character.isUpperCase(text.charAt(from))
                  || words > 0 && Character.isDigit(text.charAt(from)))) {
            break;
          }
          int e = from;
          while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
          }
          end = e;
        }
        int s0 = start;
        int e0 = end;
        if (e0 <= s0
            || crossed(
                out == null ? found : out,
                s0,
                e0,
                f -> !f.type().equals("PER") && f.start() >= s0 && f.end() <= e0)) {
          continue;
        }
        out = placed(found, out, s0, e0, "ORG");
      }
    }
    return sortedOr(found, out);
  }

  private static final List<String> NAMING_CUES =
      List.of(" calling itself ", " calling themselves ", " called ", " named ");

  private static final Set<String> GROUP_NOUNS = EntityRecognizer.wordList("group-noun");

  /**
   * Names joined by "known as" are one thing's: a capitalised name nothing was found in before ",
   * also known as" and a name found takes its type ("Kiritimati, also known as Christmas Island,");
   * another name after a found one nothing was found in takes the first's (a person's nickname when
   * it ends the clause).
   */
  static List<Mention> namesKnownAs(String text, List<Mention> found) {
    if (text.indexOf("known as ") < 0) {
      return found;
    }
    List<Mention> out = null;
    for (int at = text.indexOf("known as "); at >= 0; at = text.indexOf("known as ", at + 1)) {
      int after = at + "known as ".length();
      int before;
      if (text.startsWith(", also ", at - 7)) {
        before = at - 7;
      } else if (text.startsWith(", ", at - 2)) {
        before = at - 2;
      } else {
        continue;
      }
      List<Mention> current = out == null ? found : out;
      Mention first = null;
      Mention second = null;
      for (Mention f : current) {
        if (f.end() == before) {
          first = f;
        } else if (f.start() == after) {
          second = f;
        }
      }
      if (first == null && bodyNounEndingAt(text, before)) {
        // "The institute, known as Ihcafe,", "the company, known as Alba,": the body's own name
        if (second != null) {
          if (!second.type().equals("ORG")) {
            out = placed(found, out, second.start(), second.end(), "ORG");
          }
        } else {
          int e0 = nameWordEnd(text, after);
          if (e0 > after + 1
              && Character.isUpperCase(text.charAt(after))
              && current.stream().noneMatch(f -> f.start() < e0 && after < f.end())) {
            out = placed(found, out, after, e0, "ORG");
          }
        }
        continue;
      }
      if (first == null && second != null && !second.type().equals("PER")) {
        int s0 = nameWordStart(text, before);
        if (s0 < before
            && Character.isUpperCase(text.charAt(s0))
            && (s0 == 0 || !Character.isLetterOrDigit(text.charAt(s0 - 1)))
            && !EntityRecognizer.isSentenceWord(text.substring(s0, before).toLowerCase(Locale.ROOT))
            && current.stream().noneMatch(f -> f.start() < before && s0 < f.end())) {
          out = placed(found, out, s0, before, second.type());
        }
      } else if (second == null && first != null) {
        int e0 = nameWordEnd(text, after);
        if (e0 > after + 1
            && Character.isUpperCase(text.charAt(after))
            // a person's nickname ends the clause ("Jimmy Cherizier, known as Barbecue,"); "known
            // as Britain's ..." describes
            && (!first.type().equals("PER")
                || e0 < text.length() && ",.;)".indexOf(text.charAt(e0)) >= 0)
            && current.stream().noneMatch(f -> f.start() < e0 && after < f.end())) {
          out = placed(found, out, after, e0, first.type());
        }
      }
    }
    return sortedOr(found, out);
  }

  /**
   * Whether a company noun or a body's head in lower case ends at {@code end} ("the institute").
   */
  private static boolean bodyNounEndingAt(String text, int end) {
    String word = lowerWordEndingAt(text, end);
    return word != null
        && (EntityRecognizer.isCompanyNoun(word) || EntityRecognizer.isOrgHead(word));
  }

  /** Endings of peoples' and faiths' adjectives (Shiite, Alawite, Lebanese, Kurdish, Islamic). */
  private static final Pattern ADJECTIVE_SUFFIX = Pattern.compile("(?:ite|ic|ian|ese|ish|ist)$");

  /**
   * A capitalised word nothing was found in right after an organisation and "and" is another
   * ("TotalEnergies and Shell had delayed"), or after a comma in a list ("Sinn Fein, Labour and the
   * Social Democrats"), or right before "and" and an organisation after a word in lower case ("made
   * by Shell and TotalEnergies"): one word, then a lower-case word or punctuation (two words after
   * "and" before a comma, the first no given name: "Newmont and Gold Fields, which"); not a listed
   * place, a word that opens sentences ("and The"), a title, or a people's or a faith's adjective
   * ("Sunni Arab and Shiite insurgencies").
   */
  static List<Mention> organisationsAfterAnd(
      String text,
      List<Mention> found,
      Predicate<String> isDemonym,
      Predicate<String> isPlace,
      Predicate<String> isGivenName) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      boolean and = text.startsWith(" and ", m.end());
      if (!m.type().equals("ORG") || !and && !text.startsWith(", ", m.end())) {
        continue;
      }
      int w = m.end() + (and ? 5 : 2);
      int e = looseWordEnd(text, w);
      // after a comma, a list goes on after the word: "Sinn Fein, Labour and the Social Democrats"
      if (!and && !(text.startsWith(" and ", e) || text.startsWith(", ", e))) {
        continue;
      }
      // two words after "and" and before a comma ("Newmont and Gold Fields, which run mines"),
      // the first no given name (not "and John Smith,")
      int e2 = e + 1 < text.length() && text.charAt(e) == ' ' ? looseWordEnd(text, e + 1) : e;
      if (and
          && e2 > e + 1
          && text.startsWith(", ", e2)
          && !isGivenName.test(text.substring(w, e))
          && !isPlace.test(text.substring(w, e2))) {
        e = e2;
      }
      Mention next = i + 1 < found.size() ? found.get(i + 1) : null;
      if (e <= w
          || next != null && next.start() < e + 2
          || e >= text.length() // (a text's last word ends in a full stop)
          || !(text.charAt(e) == ' '
                  && e + 1 < text.length()
                  && Character.isLowerCase(text.charAt(e + 1))
              || text.charAt(e) == ','
              || text.charAt(e) == '.')) {
        continue;
      }
      if (!mayBeABodysWord(text.substring(w, e), isDemonym, isPlace)) {
        continue;
      }
      out = placed(found, out, w, e, "ORG");
    }
    // and before it, after a word in lower case: "made by Shell and TotalEnergies"
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int e = m.start() - 5;
      if (!m.type().equals("ORG") || e < 3 || !text.startsWith(" and ", e)) {
        continue;
      }
      int w = letterWordStart(text, e);
      Mention last = i > 0 ? found.get(i - 1) : null;
      int before = w - 1; // the word before, possessive and all ("Brazil's Mines and Energy")
      while (before > 0
          && (Character.isLetter(text.charAt(before - 1)) || text.charAt(before - 1) == '\'')) {
        before--;
      }
      if (w < 2
          || looseWordEnd(text, w) != e
          || text.charAt(w - 1) != ' '
          || before == w - 1
          || !Character.isLowerCase(text.charAt(before))
          || last != null && last.end() > w - 2
          || PORTFOLIOS.contains(text.substring(w, e).toLowerCase(Locale.ROOT))
          || !mayBeABodysWord(text.substring(w, e), isDemonym, isPlace)) {
        continue;
      }
      // "the Freedom and Justice Party", "the Peace and Development Party": two causes over "and"
      // are one name
      boolean causes =
          EntityRecognizer.isCause(text.substring(w, e).toLowerCase(Locale.ROOT))
              && EntityRecognizer.isCause(
                  text.substring(m.start(), looseWordEnd(text, m.start()))
                      .toLowerCase(Locale.ROOT));
      out = placed(found, out, w, causes ? m.end() : e, "ORG");
    }
    return sortedOr(found, out);
  }

  /**
   * One word the model read as a person, or as a place no list holds, beside a body over "and" is
   * another body where no list holds it as a person's name and no person of the text bears it:
   * "Banco Atlantida and Ficohsa said", "Banco Pichincha and Produbanco closed branches" (not
   * "Google and Smith", a listed surname). {@code listedBodies}: the bodies the lists read; {@code
   * isPersonName}: a listed given name or surname; {@code isPlace}: a listed place, country or
   * demonym.
   */
  static List<Mention> peopleBesideBodies(
      String text,
      List<Mention> found,
      Supplier<List<Mention>> listedBodies,
      Predicate<String> isPersonName,
      Predicate<String> isPlace) {
    Set<Integer> bodyStarts = null; // where the bodies start and end, made on first need
    Set<Integer> bodyEnds = null;
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      boolean andBefore = endsBefore(text, m.start(), " and ");
      boolean andAfter = text.startsWith(" and ", m.end());
      int space = text.indexOf(' ', m.start());
      if (!(andBefore || andAfter)
          || space >= 0 && space < m.end()
          || !(m.type().equals("PER")
              || m.type().equals("LOC") && !isPlace.test(text.substring(m.start(), m.end())))) {
        continue; // most mentions stand beside no "and": turned away before any set is made
      }
      if (bodyStarts == null) {
        bodyStarts = new HashSet<>();
        bodyEnds = new HashSet<>();
        for (List<Mention> list : List.of(found, listedBodies.get())) {
          for (Mention b : list) {
            if (b.type().equals("ORG")) {
              bodyStarts.add(b.start());
              bodyEnds.add(b.end());
            }
          }
        }
      }
      if (!(andBefore && bodyEnds.contains(m.start() - 5)
          || andAfter && bodyStarts.contains(m.end() + 5))) {
        continue;
      }
      String word = text.substring(m.start(), m.end());
      if (isPersonName.test(word)
          || surnameOfAPerson(text, found, m, List.of(word))
          // "Talks between Sunni and Hezbollah leaders": a people's or a faith's word
          || !mayBeABodysWord(word, isPlace, isPlace)) {
        continue;
      }
      out = setAt(found, out, i, new Mention(m.start(), m.end(), "ORG"));
    }
    return out == null ? found : out;
  }

  /**
   * Whether one capitalised word beside a body over "and" may be another body's name: not a title,
   * a people's or a faith's adjective ("Sunni Arab and Shiite insurgencies"), nor a listed place.
   */
  private static boolean mayBeABodysWord(
      String word, Predicate<String> isDemonym, Predicate<String> isPlace) {
    String lower = word.toLowerCase(Locale.ROOT);
    return !(EntityRecognizer.isTitle(lower)
        || EntityRecognizer.isHonorific(lower)
        || EntityRecognizer.isPeople(lower)
        || isDemonym.test(word)
        || isPlace.test(word)
        || ADJECTIVE_SUFFIX.matcher(lower).find());
  }

  /**
   * A body read without the particle and the words that end its name ("Esperance Sportive de
   * Tunis", read as a body and a place): up to three capitalised words after " de ", " del ", " de
   * la ", " da ", " do ", " du " or " des " right after it, whatever was read there.
   */
  static List<Mention> bodiesThroughParticles(String text, List<Mention> found) {
    List<Mention> out = null;
    for (Mention m : found) {
      if (!m.type().equals("ORG")) {
        continue;
      }
      for (String p : ORG_PARTICLES) {
        if (!text.startsWith(p, m.end())) {
          continue;
        }
        int from = m.end() + p.length();
        int end = bodyRunEnd(text, from, word -> false);
        if (end > from) {
          out = placed(found, out, m.start(), end, "ORG");
        }
        break;
      }
    }
    return sortedOr(found, out);
  }

  /**
   * An organisation the model read over "and" that opens with an acronym alone is two ("TUI and
   * Binter Canarias have added flights"): a body's name joins words by "and", not an acronym to a
   * name. The acronym, two to six capitals, then the capitalised words after "and".
   */
  static List<Mention> acronymsApartOverAnd(String text, List<Mention> found) {
    List<Mention> out = null;
    for (Mention m : found) {
      if (!m.type().equals("ORG")) {
        continue;
      }
      int and = within(text, " and ", m);
      if (and < 0
          || !EntityRecognizer.shortAcronym(text, m.start(), and)
          || !Character.isUpperCase(text.charAt(and + 5))) {
        continue;
      }
      out =
          split(
              found,
              out,
              m,
              new Mention(m.start(), and, "ORG"),
              new Mention(and + 5, m.end(), "ORG"));
    }
    return sortedOr(found, out);
  }

  /**
   * An organisation the model read over "and" where a known organisation stands on one side is two
   * ("TotalEnergies and Shell had delayed", TotalEnergies known): each side up to three capitalised
   * words. {@code isKnown}: an organisation the knowledge base found in the text by that name.
   */
  static List<Mention> knownOrgsApartOverAnd(
      String text, List<Mention> found, Predicate<String> isKnown) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int and = m.type().equals("ORG") ? within(text, " and ", m) : -1;
      if (and <= m.start() || within(text, " and ", and + 5, m.end()) >= 0) {
        continue;
      }
      if (!(isKnown.test(text.substring(m.start(), and))
              || isKnown.test(text.substring(and + 5, m.end())))
          || !capitalisedWords(text, m.start(), and, 3)
          || !capitalisedWords(text, and + 5, m.end(), 3)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      out.set(out.indexOf(m), new Mention(m.start(), and, "ORG"));
      out.add(new Mention(and + 5, m.end(), "ORG"));
    }
    return sortedOr(found, out);
  }

  /**
   * A place's or a people's activity, "and", and a body's name ending in its head are one body
   * ("Ethiopian Shipping and Logistics Services", "Djibouti Ports and Free Zones Authority"), where
   * the model reads two (the recogniser's runs: EntityRecognizer.activityAndBody). The first is the
   * place and one activity word only, and the second opens with no place, so two firms listed
   * ("Kenya Ports and Uganda Railways Corporation", "Reliance Industries and Tata Motors") stay
   * two. {@code isPlace}: a listed place, a country or a demonym.
   */
  static List<Mention> activityBodiesOverAnd(
      String text, List<Mention> found, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int i = 0; i + 1 < found.size(); i++) {
      Mention a = found.get(i);
      Mention b = found.get(i + 1);
      if (!a.type().equals("ORG")
          || !b.type().equals("ORG")
          || b.start() != a.end() + 5
          || !text.startsWith(" and ", a.end())) {
        continue;
      }
      int space = text.indexOf(' ', a.start());
      if (space < 0
          || space >= a.end()
          || text.indexOf(' ', space + 1) < a.end()
          || !EntityRecognizer.isActivity(
              text.substring(space + 1, a.end()).toLowerCase(Locale.ROOT))
          || !isPlace.test(text.substring(a.start(), space))) {
        continue;
      }
      int bFirst = text.indexOf(' ', b.start());
      int bLast = text.lastIndexOf(' ', b.end() - 1);
      if (bFirst < 0
          || bFirst >= b.end()
          || !allWordsCapitalised(text, b.start(), b.end())
          || !EntityRecognizer.isOrgHead(
              text.substring(bLast + 1, b.end()).toLowerCase(Locale.ROOT))
          || isPlace.test(text.substring(b.start(), bFirst))
          || bLast > bFirst
              && isPlace.test(text.substring(b.start(), text.indexOf(' ', bFirst + 1)))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      out.remove(b);
      out.set(out.indexOf(a), new Mention(a.start(), b.end(), "ORG"));
      i++;
    }
    return out == null ? found : out;
  }

  /**
   * A firm named for two activities over "and" is one body ("Jindal Steel and Power", read as a
   * firm and another; the recogniser's twin is EntityRecognizer.twoActivities): a body of two words
   * ending in an activity (or holding), "and", and one more activity word in title case that ends
   * the name (before a word in lower case or punctuation), read as one word or not at all.
   */
  static List<Mention> firmsOfTwoActivities(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention a = found.get(i);
      int w = a.end() + 5;
      if (!a.type().equals("ORG")
          || !text.startsWith(" and ", a.end())
          || w >= text.length()
          || !Character.isUpperCase(text.charAt(w))) {
        continue;
      }
      int space = text.indexOf(' ', a.start());
      int e = nextWordEnd(text, w - 1);
      if (space < 0
          || space >= a.end()
          || text.indexOf(' ', space + 1) < a.end()
          || e <= w
          || e + 1 < text.length()
              && !(text.charAt(e) == ' ' && Character.isLowerCase(text.charAt(e + 1))
                  || text.charAt(e) == ','
                  || text.charAt(e) == '.')
          || !EntityRecognizer.isActivityOrHolding(
              text.substring(space + 1, a.end()).toLowerCase(Locale.ROOT))
          || !EntityRecognizer.isActivity(text.substring(w, e).toLowerCase(Locale.ROOT))) {
        continue;
      }
      Mention b = readOver(out == null ? found : out, w, e);
      if (b == CROSSING || b != null && b.type().equals("PER")) {
        continue;
      }
      out = placed(found, out, a.start(), e, "ORG");
    }
    return sortedOr(found, out);
  }

  /** Whether text[start, end) is one to {@code most} words, each capitalised. */
  private static boolean capitalisedWords(String text, int start, int end, int most) {
    int words = 1;
    for (int k = start; k < end; k++) {
      words += text.charAt(k) == ' ' ? 1 : 0;
    }
    return words <= most && allWordsCapitalised(text, start, end);
  }

  /**
   * A firm's national or local unit named in a list of firms is one organisation: a capitalised
   * word and a listed place after it, beside an organisation over a comma or "and" ("Sands China,
   * Galaxy Entertainment and MGM China all gained"), where the model reads a place or a firm and a
   * place. {@code isPlace}: a listed country or city.
   */
  static List<Mention> unitsInFirmLists(
      String text, List<Mention> found, Predicate<String> isPlace) {
    List<Mention> out = null;
    int done = -1; // lists are read once, from their first organisation
    for (Mention a : found) {
      if (!a.type().equals("ORG") || a.start() < done) {
        continue;
      }
      // the list's items: capitalised words joined by ", ", " and ", ", and "
      List<int[]> items = new ArrayList<>();
      int s0 = a.start();
      while (true) {
        int to = listJoinBefore(text, s0);
        if (to < 0) {
          break;
        }
        int ws = capitalisedWordsBefore(text, to);
        if (ws < 0) {
          break;
        }
        items.add(new int[] {ws, to});
        s0 = ws;
      }
      int e0 = capitalisedWordsAfter(text, a.start());
      items.add(new int[] {a.start(), Math.max(e0, a.end())});
      int end = Math.max(e0, a.end());
      while (true) {
        int from = listJoinAfter(text, end);
        if (from < 0) {
          break;
        }
        int e = capitalisedWordsAfter(text, from);
        if (e < 0) {
          break;
        }
        items.add(new int[] {from, e});
        end = e;
      }
      done = end;
      if (items.size() < 2) {
        continue;
      }
      for (int[] item : items) {
        if (unitEnd(text, item[0], isPlace) == item[1]) {
          out = unitAt(text, found, out, item[0], isPlace);
        }
      }
    }
    return sortedOr(found, out);
  }

  /** Where the list item before a ", ", " and " or ", and " that ends at {@code at} ends, or -1. */
  private static int listJoinBefore(String text, int at) {
    if (at >= 6 && text.startsWith(", and ", at - 6)) {
      return at - 6;
    }
    if (at >= 5 && text.startsWith(" and ", at - 5)) {
      return at - 5;
    }
    return at >= 2 && text.startsWith(", ", at - 2) ? at - 2 : -1;
  }

  /** Where the next list item starts after a ", ", " and " or ", and " at {@code at}, or -1. */
  private static int listJoinAfter(String text, int at) {
    if (text.startsWith(", and ", at)) {
      return at + 6;
    }
    if (text.startsWith(" and ", at)) {
      return at + 5;
    }
    return text.startsWith(", ", at) ? at + 2 : -1;
  }

  /** Where one to four capitalised words that end at {@code end} start, or -1. */
  private static int capitalisedWordsBefore(String text, int end) {
    return capitalisedWordsBefore(text, end, 4);
  }

  /** Where one to {@code most} capitalised words that end at {@code end} start, or -1. */
  private static int capitalisedWordsBefore(String text, int end, int most) {
    int start = -1;
    int at = end;
    for (int words = 0; words < most; words++) {
      int w = nameWordStart(text, at);
      if (w >= at || !Character.isUpperCase(text.charAt(w))) {
        break;
      }
      start = w;
      if (w < 2 || text.charAt(w - 1) != ' ') {
        break;
      }
      at = w - 1;
    }
    return start;
  }

  /** Where one to four capitalised words from {@code start} end, or -1. */
  private static int capitalisedWordsAfter(String text, int start) {
    return capitalisedWordsAfter(text, start, 4);
  }

  /**
   * Where one to {@code most} capitalised words from {@code start} end, or -1; an apostrophe
   * between letters stays inside a word ("Johor Darul Ta'zim"), a possessive's does not.
   */
  private static int capitalisedWordsAfter(String text, int start, int most) {
    int end = -1;
    int at = start;
    for (int words = 0; words < most && at < text.length(); words++) {
      if (!Character.isUpperCase(text.charAt(at))) {
        break;
      }
      int e = nameWordEnd(text, at);
      while (e > at
          && e + 2 < text.length()
          && text.charAt(e) == '\''
          && Character.isLowerCase(text.charAt(e + 1))
          && Character.isLetter(text.charAt(e + 2))) {
        e = nameWordEnd(text, e + 1);
      }
      if (e <= at) {
        break;
      }
      end = e;
      if (e + 1 >= text.length() || text.charAt(e) != ' ') {
        break;
      }
      at = e + 1;
    }
    return end;
  }

  /** {@link #unitsInFirmLists} for the item at {@code from}, if it is a firm's unit. */
  private static List<Mention> unitAt(
      String text, List<Mention> found, List<Mention> out, int from, Predicate<String> isPlace) {
    int end = unitEnd(text, from, isPlace);
    if (end < 0) {
      return out;
    }
    List<Mention> current = out == null ? found : out;
    int space = text.indexOf(' ', from);
    for (Mention f : current) {
      if (f.start() < end
          && from < f.end()
          && (f.start() < from || f.end() > end)
          && !(f.start() == from && f.end() == space)) {
        return out; // a longer name
      }
      if (f.start() == from && f.end() == end && f.type().equals("ORG")) {
        return out;
      }
    }
    return placed(found, out, from, end, "ORG");
  }

  /**
   * Where a firm's unit at {@code from} ends: one capitalised word that opens no sentence, then a
   * listed place of one or two words, then a comma, "and" or a lower-case word; else -1.
   */
  private static int unitEnd(String text, int from, Predicate<String> isPlace) {
    int space = text.indexOf(' ', from);
    if (space < 0
        || space - from < 2
        || !Character.isUpperCase(text.charAt(from))
        || EntityRecognizer.isSentenceWord(text.substring(from, space).toLowerCase(Locale.ROOT))
        || isPlace.test(text.substring(from, space))) {
      return -1;
    }
    int e = nameWordEnd(text, space + 1);
    if (e <= space + 1 || !Character.isUpperCase(text.charAt(space + 1))) {
      return -1;
    }
    if (!isPlace.test(text.substring(space + 1, e))) {
      int e2 = e + 1 < text.length() && text.charAt(e) == ' ' ? nameWordEnd(text, e + 1) : e;
      if (e2 <= e + 1 || !isPlace.test(text.substring(space + 1, e2))) {
        return -1;
      }
      e = e2;
    }
    boolean closes =
        e >= text.length()
            || text.charAt(e) == ','
            || text.charAt(e) == '.'
            || e + 1 < text.length()
                && text.charAt(e) == ' '
                && Character.isLowerCase(text.charAt(e + 1));
    return closes ? e : -1;
  }

  /** A place named after a date: "the 30 June Stadium", "26th of July Bridge". */
  private static final Pattern DATE_NAMED_PLACE =
      Pattern.compile(
          "\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:January|February|March|April|May|June|July|August"
              + "|September|October|November|December) (?:Stadium|Square|Bridge|Street|Avenue|Road"
              + "|Airport|Park)\\b");

  /**
   * Places named after a date ("at the 30 June Stadium", "on 6th of October Bridge"), which the
   * model reads as a date and a word.
   */
  static List<Mention> dateNamedPlaces(String text, List<Mention> found) {
    if (text.indexOf(" Stadium") < 0
        && text.indexOf(" Square") < 0
        && text.indexOf(" Bridge") < 0
        && text.indexOf(" Street") < 0
        && text.indexOf(" Avenue") < 0
        && text.indexOf(" Road") < 0
        && text.indexOf(" Airport") < 0
        && text.indexOf(" Park") < 0) {
      return found;
    }
    List<Mention> out = null;
    Matcher m = DATE_NAMED_PLACE.matcher(text);
    while (m.find()) {
      int s0 = m.start();
      int e0 = m.end();
      List<Mention> current = out == null ? found : out;
      if (current.stream()
          .anyMatch(f -> f.start() < s0 && s0 < f.end() || f.start() < e0 && e0 < f.end())) {
        continue; // inside a longer name
      }
      out = placed(found, out, s0, e0, "LOC");
    }
    return sortedOr(found, out);
  }

  /** Participles after a name and a comma that make it a body: "Hlas, led by Matus Sutaj Estok". */
  private static final Pattern LED_BY =
      Pattern.compile(", (?:led|headed|founded|chaired|co-founded) by \\p{Lu}");

  /** A body's kind and what it did or is after a name and a comma: ", the party launched by". */
  private static final Pattern BODY_APPOSED =
      Pattern.compile(
          ", the (?:party|movement|company|firm|airline|bank|lender|broadcaster|charity|group"
              + "|startup|carrier|insurer|miner) (?:launched|founded|formed|set up|created|started"
              + "|backed|owned|run|led|headed|which|that|whose|behind)\\b");

  /**
   * A place after a name and a comma that makes the name a city: "Comrat, the region's capital".
   */
  private static final Pattern CAPITAL_AFTER =
      Pattern.compile(
          ", the (?:(?:region|province|state|country|island|district|territory)['’]s"
              + "|regional|provincial|state|district) capital\\b");

  /**
   * Names a comma and what follows type: a one-word "person" led, headed or founded by someone is a
   * body, and so are its other one-word mentions ("and Hlas, led by Peter Pellegrini's successor"),
   * as is a "person" that is a party or a firm that did something ("Jan Suraaj, the party launched
   * by"); a capitalised name followed by "the region's capital", "the provincial capital" is a
   * city, read or not ("Comrat, the region's capital, saw a small protest").
   */
  static List<Mention> namesByApposition(String text, List<Mention> found) {
    boolean the = text.indexOf(", the ") >= 0;
    if (text.indexOf(" by ") < 0 && text.indexOf(" capital") < 0 && !the) {
      return found;
    }
    List<Mention> out = null;
    Set<String> bodies = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      // the comma first: no matcher for the mentions no comma follows
      if (!text.startsWith(", ", m.end())) {
        continue;
      }
      if (the
          && m.type().equals("PER")
          && BODY_APPOSED
              .matcher(text)
              .region(m.end(), Math.min(text.length(), m.end() + 40))
              .lookingAt()) {
        // "Jan Suraaj, the party launched by Prashant Kishor": no person is a party
        if (bodies == null) {
          bodies = new HashSet<>();
        }
        bodies.add(text.substring(m.start(), m.end()));
        continue;
      }
      if (!LED_BY
          .matcher(text)
          .region(m.end(), Math.min(text.length(), m.end() + 20))
          .lookingAt()) {
        continue;
      }
      int and = m.type().equals("ORG") ? within(text, " and ", m) : -1;
      if (m.type().equals("PER") && within(text, " ", m) < 0) {
        if (bodies == null) {
          bodies = new HashSet<>();
        }
        bodies.add(text.substring(m.start(), m.end()));
      } else if (and > m.start() && text.indexOf(' ', and + 5) < 0
          || and > m.start() && text.indexOf(' ', and + 5) >= m.end()) {
        // "the Slovak National Party and Hlas, led by ...": two bodies, the second led
        if (out == null) {
          out = new ArrayList<>(found);
        }
        out.set(out.indexOf(m), new Mention(m.start(), and, "ORG"));
        out.add(new Mention(and + 5, m.end(), "ORG"));
        if (bodies == null) {
          bodies = new HashSet<>();
        }
        bodies.add(text.substring(and + 5, m.end()));
      }
    }
    if (bodies != null) {
      if (out == null) {
        out = new ArrayList<>(found);
      }
      for (int i = 0; i < out.size(); i++) {
        Mention m = out.get(i);
        if (m.type().equals("PER") && bodies.contains(text.substring(m.start(), m.end()))) {
          out.set(i, new Mention(m.start(), m.end(), "ORG"));
        }
      }
    }
    // the pattern only where it can match: " by " opens this rule in nearly every text
    Matcher c = CAPITAL_AFTER.matcher(text.indexOf(" capital") < 0 ? "" : text);
    while (c.find()) {
      int e0 = c.start();
      int s0 = nameWordStart(text, e0);
      if (s0 >= e0 || !Character.isUpperCase(text.charAt(s0))) {
        continue;
      }
      if (s0 >= 2 && text.charAt(s0 - 1) == ' ') {
        int w =
            nameWordStart(text, s0 - 1); // a name of two words: "Santa Cruz, the regional capital"
        if (w < s0 - 1
            && Character.isUpperCase(text.charAt(w))
            && !EntityRecognizer.isSentenceWord(
                text.substring(w, s0 - 1).toLowerCase(Locale.ROOT))) {
          s0 = w;
        }
      }
      int start = s0;
      List<Mention> current = out == null ? found : out;
      if (start == e0
          || EntityRecognizer.isSentenceWord(text.substring(start, e0).toLowerCase(Locale.ROOT))
          || current.stream()
              .anyMatch(
                  f ->
                      f.start() < e0 && start < f.end() && (f.start() != start || f.end() != e0)
                          || f.start() == start && f.end() == e0 && f.type().equals("LOC"))) {
        continue;
      }
      out = placed(found, out, start, e0, "LOC");
    }
    return sortedOr(found, out);
  }

  /** A surname's particle and one capitalised word after it: " des Cars", " de la Fuente". */
  private static final Pattern PARTICLE_AND_SURNAME =
      Pattern.compile(
          "^ (?:des|du|de|de la|della|di|van|van der|van den|von|da|dos) \\p{Lu}\\p{Ll}[\\p{L}'’]*");

  /**
   * A listed given name the model read alone before a particle and one capitalised word that
   * nothing was read in is a person with that surname: "Louvre director Laurence des Cars" (not
   * "Jean de Brebeuf Park": no capitalised word after it).
   */
  static List<Mention> particleSurnames(
      String text, List<Mention> found, Predicate<String> isGivenName) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!m.type().equals("PER")
          || m.end() + 4 >= text.length()
          || text.charAt(m.end()) != ' '
          || text.indexOf(' ', m.start()) < m.end() && text.indexOf(' ', m.start()) >= 0
          || !isGivenName.test(text.substring(m.start(), m.end()))) {
        continue;
      }
      Matcher p =
          PARTICLE_AND_SURNAME.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
      if (!p.lookingAt()) {
        continue;
      }
      int end = p.end();
      Mention next = i + 1 < found.size() ? found.get(i + 1) : null;
      if (end < text.length()
              && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')
          || next != null && next.start() < end
          || text.startsWith(" ", end)
              && end + 1 < text.length()
              && Character.isUpperCase(text.charAt(end + 1))
          || EntityRecognizer.isSentenceWord(
              text.substring(text.lastIndexOf(' ', end - 1) + 1, end).toLowerCase(Locale.ROOT))) {
        continue;
      }
      out = placed(found, out, m.start(), end, "PER");
    }
    return sortedOr(found, out);
  }

  /**
   * A person the model read in pieces is one: a capitalised word between two one-word people
   * ("[Issa] Tchiroma [Bakary]"); a capitalised word inside a sentence before a surname that
   * another person of the text ends in ("Paetongtarn Shinawatra ... Her father, Thaksin
   * [Shinawatra]": a relative); a one-word person before the first word of a company the text names
   * after its founder, the word not opening that company's name here ("Dangote Cement ... [Aliko]
   * Dangote's refinery"); two people joined by a Romance connector ("[Marcelo Rebelo] de [Sousa]").
   * Not a title, a sentence's opening word or a word something else was found in. Then a political
   * label and a sentence's first word that opens no name go ({@link #politicalLabelsApart}, {@link
   * #openersOff}), and a given name before a person joins it ({@link #givenNamesBefore}). A listed
   * given name the model read alone takes the surname after it that nothing was read in, in a
   * sentence ("beat [Amanda] Anisimova 6-3"; not "Christian America": {@code isPlace}).
   */
  static List<Mention> personsInPieces(
      String text, List<Mention> found, Predicate<String> isGivenName, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!m.type().equals("PER")) {
        continue;
      }
      Mention next = i + 1 < found.size() ? found.get(i + 1) : null;
      if (next != null
          && next.type().equals("PER")
          && next.start() - m.end() >= 3
          && next.start() - m.end() <= 5
          && text.charAt(m.end()) == ' '
          && text.charAt(next.start() - 1) == ' '
          && PERSON_CONNECTORS.contains(text.substring(m.end() + 1, next.start() - 1))) {
        // "[Marcelo Rebelo] de [Sousa]": a connector inside one person's name
        out = placed(found, out, m.start(), next.end(), "PER");
        i++;
        continue;
      }
      if (within(text, " ", m) >= 0) {
        continue;
      }
      int w = m.end() + 1;
      int e = looseWordEnd(text, w);
      if (next != null
          && next.type().equals("PER")
          && e > w
          && next.start() == e + 1
          && text.charAt(m.end()) == ' '
          && text.charAt(e) == ' '
          && within(text, " ", next) < 0
          && Character.isUpperCase(text.charAt(next.start()))
          && inProse(text, m.start(), next.end())) {
        out = placed(found, out, m.start(), next.end(), "PER");
        i++;
        continue;
      }
      if (e > w
          && text.charAt(m.end()) == ' '
          && (next == null || next.start() > e)
          && (text.startsWith("'s ", e) || text.startsWith("’s ", e))
          && startsACompany(text, found, text.substring(w, e))) {
        out = placed(found, out, m.start(), e, "PER");
        continue;
      }
      // "beat [Amanda] Anisimova 6-3": a listed given name the model read alone, and a surname
      // in title case nothing was read in
      if (e - w >= 3
          && text.charAt(m.end()) == ' '
          && (next == null || next.start() > e)
          && isGivenName.test(text.substring(m.start(), m.end()))
          && surnameShaped(text, w, e)
          && !isPlace.test(text.substring(w, e))
          // in a sentence, not a heading's words ("Price Alerts", "Unique Features"); a score
          // may follow a player
          && (inProse(text, m.start(), e)
              || m.start() >= 2
                  && text.charAt(m.start() - 1) == ' '
                  && Character.isLowerCase(text.charAt(m.start() - 2))
                  && e + 1 < text.length()
                  && text.charAt(e) == ' '
                  && Character.isDigit(text.charAt(e + 1)))) {
        out = placed(found, out, m.start(), e, "PER");
        continue;
      }
      int b = m.start() - 1;
      if (b < 2 || text.charAt(b) != ' ') {
        continue;
      }
      int ws = b;
      while (ws > 0 && Character.isLetter(text.charAt(ws - 1))) {
        ws--;
      }
      Mention prev = i > 0 ? found.get(i - 1) : null;
      if (ws < b
          && (prev == null || prev.end() < ws)
          && capitalisedWord(text, ws, b)
          && ws >= 2
          && text.charAt(ws - 1) == ' '
          && (text.charAt(ws - 2) == ',' || Character.isLowerCase(text.charAt(ws - 2)))
          && endsAPerson(text, found, text.substring(m.start(), m.end()))) {
        out = placed(found, out, ws, m.end(), "PER");
      }
    }
    return givenNamesBefore(
        text,
        openersOff(text, politicalLabelsApart(text, sortedOr(found, out))),
        isGivenName,
        isPlace);
  }

  /** Words that open a sentence and never a name, which the model may read into one. */
  private static final Set<String> OPENERS_NO_NAME =
      WordSet.of(
          "Rival",
          "Rivals",
          "His",
          "Her",
          "Their",
          "Its",
          "Our",
          "My",
          "Your",
          "This",
          "These",
          "Those",
          "Every",
          "Each",
          "Another",
          "Several",
          "Both",
          "Neither",
          "Such",
          "Meanwhile",
          "However",
          "Also",
          "Later",
          "Then",
          "Still",
          "Even",
          "Yesterday",
          "Today",
          "Tomorrow",
          "Elsewhere",
          "Here",
          "Finally",
          "Besides",
          "Likewise");

  /**
   * A name the model read from a sentence's first word that opens no name is the rest ("Rival
   * Country Garden won approval", "Meanwhile Reuters reported").
   */
  private static List<Mention> openersOff(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int space = text.indexOf(' ', m.start());
      if (space < 0
          || space + 1 >= m.end()
          || !OPENERS_NO_NAME.contains(text.substring(m.start(), space))
          || !EntityRecognizer.opensSentence(text, m.start())
          || !Character.isUpperCase(text.charAt(space + 1))) {
        continue;
      }
      out = setAt(found, out, i, new Mention(space + 1, m.end(), m.type()));
    }
    return out == null ? found : out;
  }

  /**
   * Lower-case words inside people's names of Romance languages: Rebelo de Sousa, Gouveia e Melo.
   */
  private static final Set<String> PERSON_CONNECTORS =
      WordSet.of("de", "da", "do", "dos", "das", "del", "e", "y");

  /** Political labels a report puts before a person's name: no part of it. */
  private static final Set<String> POLITICAL_LABELS =
      WordSet.of(
          "Communist",
          "Socialist",
          "Republican",
          "Democrat",
          "Conservative",
          "Liberal",
          "Labour",
          "Islamist",
          "Nationalist",
          "Maoist",
          "Marxist",
          "Centrist",
          "Leftist",
          "Populist");

  /**
   * A person the model read with a political label before the name is the name ("Kast and Communist
   * Jeannette Jara"): the label goes when two words or more are left, a given name first.
   */
  private static List<Mention> politicalLabelsApart(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (m.type().equals("PER")
          && m.end() - m.start() > 10
          && text.startsWith(" Democrats", m.end() - 10)) {
        // "the Social Democrats": a party in the plural, no one's name
        out = setAt(found, out, i, new Mention(m.start(), m.end(), "ORG"));
        continue;
      }
      int space = m.type().equals("PER") ? text.indexOf(' ', m.start()) : -1;
      if (space < 0
          || space >= m.end()
          || !POLITICAL_LABELS.contains(text.substring(m.start(), space))) {
        continue;
      }
      int next = text.indexOf(' ', space + 1);
      if (next > 0 && next < m.end()) {
        out = setAt(found, out, i, new Mention(space + 1, m.end(), "PER"));
      }
    }
    return out == null ? found : out;
  }

  /**
   * A given name inside a sentence right before a person the model read without it is the name's
   * first word ("Puntland's leader, Said Abdullahi Deni," where "Said" may be read as the verb).
   */
  private static List<Mention> givenNamesBefore(
      String text, List<Mention> found, Predicate<String> isGivenName, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int b = m.start() - 1;
      if (!m.type().equals("PER") || b < 3 || text.charAt(b) != ' ') {
        continue;
      }
      int ws = nameWordStart(text, b);
      if (ws >= b
          || !capitalisedWord(text, ws, b)
          || !(isGivenName.test(text.substring(ws, b))
              // after a word in lower case: a sentence's or a heading's word may be any word
              // ("Because Elsa", "How We Evaluated Coinbase")
              || within(text, " ", m) < 0
                  && Character.isUpperCase(text.charAt(m.start()))
                  && ws >= 2
                  && text.charAt(ws - 1) == ' '
                  && Character.isLowerCase(text.charAt(letterWordStart(text, ws - 1)))
                  && unknownWord(text, ws, b, isPlace))) {
        continue;
      }
      Mention prev = i > 0 ? found.get(i - 1) : null;
      // "Socialist [Antonio] Jose Seguro": a label the model read as a name before it goes too
      boolean label =
          prev != null
              && prev.end() == ws - 1
              && text.charAt(ws - 1) == ' '
              && POLITICAL_LABELS.contains(text.substring(prev.start(), prev.end()));
      if (!label && (prev != null && prev.end() >= ws || !openerOrProse(text, ws))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      out.set(i, new Mention(ws, m.end(), "PER"));
      if (label) {
        out.set(i - 1, null);
      }
    }
    if (out == null) {
      return found;
    }
    out.removeIf(x -> x == null);
    return out;
  }

  /**
   * Whether [ws, b) is a capitalised word of lower-case letters that none of the lists knows: not a
   * title, a people's or a faith's word, a sentence's word, a body's or a place's word, a date's, a
   * demonym or a listed place. Before a one-word person in prose such a word is most often the
   * person's given name that no list holds ("the Kurdistan Democratic Party of Masoud Barzani").
   */
  private static boolean unknownWord(String text, int ws, int b, Predicate<String> isPlace) {
    if (b - ws < 4) { // "Min", "Sec": titles cut short
      return false;
    }
    for (int k = ws + 1; k < b; k++) {
      if (!Character.isLowerCase(text.charAt(k))) {
        return false;
      }
    }
    String word = text.substring(ws, b);
    String lower = word.toLowerCase(Locale.ROOT);
    return !(EntityRecognizer.isTitle(lower)
        || EntityRecognizer.isHonorific(lower)
        || EntityRecognizer.isPeople(lower)
        || EntityRecognizer.isSentenceWord(lower)
        || EntityRecognizer.isOrgHead(lower)
        || EntityRecognizer.isOrgStart(lower)
        || EntityRecognizer.isPlaceHead(lower)
        || EntityRecognizer.isCompanyNoun(lower)
        || EntityRecognizer.isActivity(lower)
        || DATE_WORDS.contains(lower)
        || MONTHS.contains(lower)
        || ADJECTIVE_SUFFIX.matcher(lower).find()
        || isPlace.test(word));
  }

  /**
   * Whether the word at {@code ws} opens the text, a line or a sentence, or follows a lower-case
   * word or a comma: not inside a run of capitalised words (a title-case heading).
   */
  private static boolean openerOrProse(String text, int ws) {
    if (ws == 0 || text.charAt(ws - 1) == '\n') {
      return true;
    }
    if (ws < 2 || text.charAt(ws - 1) != ' ') {
      return false;
    }
    char c = text.charAt(ws - 2);
    return Character.isLowerCase(c) || ",.;:—–-\"“(".indexOf(c) >= 0;
  }

  /**
   * Whether text[start, end) stands inside a sentence's prose: after a lower-case word or a comma,
   * before a lower-case word, a comma or a possessive; not in a heading or a list of references
   * ("Coinbase Pro Unique Features", "J Investig Allergol Clin Immunol.").
   */
  private static boolean inProse(String text, int start, int end) {
    if (start < 2
        || text.charAt(start - 1) != ' '
        || !(Character.isLowerCase(text.charAt(start - 2)) || text.charAt(start - 2) == ',')
        || end + 2 >= text.length()) {
      return false;
    }
    char c = text.charAt(end);
    return c == ','
        || c == '\'' && text.charAt(end + 1) == 's'
        || c == '’' && text.charAt(end + 1) == 's'
        || c == ' ' && Character.isLowerCase(text.charAt(end + 1));
  }

  /** Where the capitalised word of letters at {@code from} ends, or {@code from}. */
  private static int looseWordEnd(String text, int from) {
    if (from >= text.length() || !Character.isUpperCase(text.charAt(from))) {
      return from;
    }
    int e = from + 1;
    while (e < text.length() && Character.isLowerCase(text.charAt(e))) {
      e++;
    }
    return e - from >= 3
            && !EntityRecognizer.isSentenceWord(text.substring(from, e).toLowerCase(Locale.ROOT))
        ? e
        : from;
  }

  /**
   * Whether text[from, end) is shaped as a surname: a {@link #capitalisedWord} that is no month,
   * day or head of a place's or a body's name.
   */
  private static boolean surnameShaped(String text, int from, int end) {
    if (!capitalisedWord(text, from, end)) {
      return false;
    }
    String lower = text.substring(from, end).toLowerCase(Locale.ROOT);
    return !MONTHS.contains(lower)
        && !DATE_WORDS.contains(lower)
        && !EntityRecognizer.isPlaceHead(lower)
        && !EntityRecognizer.isOrgHead(lower);
  }

  /** Whether text[start, end) is a capitalised word that is no title and no sentence word. */
  private static boolean capitalisedWord(String text, int start, int end) {
    if (end - start < 3 || !Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    for (int k = start + 1; k < end; k++) {
      if (!Character.isLowerCase(text.charAt(k))) {
        return false;
      }
    }
    String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
    return !EntityRecognizer.isTitle(lower)
        && !EntityRecognizer.isHonorific(lower)
        && !EntityRecognizer.isSentenceWord(lower);
  }

  /** Whether an organisation of the text opens with {@code word} and another word. */
  private static boolean startsACompany(String text, List<Mention> found, String word) {
    for (Mention f : found) {
      if (f.type().equals("ORG")
          && f.end() - f.start() > word.length() + 1
          && text.startsWith(word, f.start())
          && text.charAt(f.start() + word.length()) == ' ') {
        return true;
      }
    }
    return false;
  }

  /** Whether a person of two words or more in the text ends in the surname {@code surname}. */
  private static boolean endsAPerson(String text, List<Mention> found, String surname) {
    for (Mention f : found) {
      int at = f.end() - surname.length();
      if (f.type().equals("PER")
          && at - 2 > f.start()
          && text.charAt(at - 1) == ' '
          && text.startsWith(surname, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A person's hyphenated surname alone elsewhere in the text is that person, whatever the model
   * read there or missed: "Jennifer Geerlings-Simons ... Geerlings-Simons, a doctor" (read as a
   * body), "Tareq al-Roumi ... Al-Roumi, a former executive" (missed at the sentence's start).
   * Compound surnames only: a plain one may be a company's or a place's name too (Ford, Paris).
   */
  static List<Mention> hyphenatedSurnamesAlone(String text, List<Mention> found) {
    List<Mention> out = null;
    for (Mention p : found) {
      int space = p.type().equals("PER") ? text.lastIndexOf(' ', p.end() - 1) : -1;
      int dash = space < p.start() ? -1 : text.indexOf('-', space);
      if (dash < 0 || dash >= p.end() - 1 || p.end() - space < 6) {
        continue;
      }
      String surname = text.substring(space + 1, p.end());
      String capital = Character.toUpperCase(surname.charAt(0)) + surname.substring(1);
      for (String s : surname.equals(capital) ? List.of(surname) : List.of(surname, capital)) {
        for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
          int end = at + s.length();
          if (at > 0
                  && (Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '-')
              || end < text.length()
                  && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
            continue;
          }
          List<Mention> current = out == null ? found : out;
          boolean other = false;
          for (Mention f : current) {
            // inside a longer name, or the person already: leave it
            other |=
                f.start() < end
                    && at < f.end()
                    && (f.type().equals("PER") || f.start() != at || f.end() != end);
          }
          if (!other) {
            out = placed(found, out, at, end, "PER");
          }
        }
      }
    }
    return sortedOr(found, out);
  }

  /**
   * Two places the model read as one over "and" are two ("clashes in Zvečan and Leposavić"), unless
   * the whole is a listed place (Trinidad and Tobago, Bosnia and Herzegovina): one word each side.
   * So are a "body" the model read over "and" from a name ending in a place's head to a listed
   * place ("the Central Province and Kandy").
   */
  static List<Mention> placesApartOverAnd(
      String text, List<Mention> found, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (m.type().equals("ORG")) {
        int and = within(text, " and ", m);
        if (and > m.start()
            && isPlace.test(text.substring(and + 5, m.end()))
            && EntityRecognizer.isPlaceHead(
                text.substring(text.lastIndexOf(' ', and - 1) + 1, and).toLowerCase(Locale.ROOT))) {
          out = setAt(found, out, i, new Mention(m.start(), and, "LOC"));
          out.add(new Mention(and + 5, m.end(), "LOC"));
        }
        continue;
      }
      int and = m.type().equals("LOC") ? within(text, " and ", m) : -1;
      int spaceAfter = and < 0 ? -1 : text.indexOf(' ', and + 5);
      if (and < 0
          || text.indexOf(' ', m.start()) != and
          || spaceAfter >= 0 && spaceAfter < m.end()
          || and + 5 >= m.end()
          || !Character.isUpperCase(text.charAt(and + 5))
          || isPlace.test(text.substring(m.start(), m.end()))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      out.set(out.indexOf(m), new Mention(m.start(), and, "LOC"));
      out.add(new Mention(and + 5, m.end(), "LOC"));
    }
    return sortedOr(found, out);
  }

  /**
   * A hyphenated surname of two capitalised parts right after a person the model read without it
   * ("Alix Didier Fils-Aime"); not a pair of peoples or places ("Franco-German ties").
   */
  private static final Pattern HYPHENATED_SURNAME =
      Pattern.compile(
          " (?!(?:Anglo|Franco|Sino|Indo|Afro|Euro|Russo|Greco|Austro|Judeo|Italo|Hispano|Luso|Arab|Israeli|Saudi|US|UK|EU)-)"
              + "\\p{Lu}\\p{Ll}+-\\p{Lu}\\p{Ll}+(?![\\p{L}\\p{N}'\u2019-])");

  static Mention withHyphenatedSurname(String text, Mention m) {
    int dash = m.type().equals("PER") ? text.indexOf('-', m.end()) : -1;
    if (dash < 0 || dash > m.end() + 40 || m.end() - m.start() < 3) {
      // no hyphen within the pattern's reach, which most people's names have not; "A
      // Sword-Shaped": a lone letter is no name to go on from
      return m;
    }
    Matcher x =
        HYPHENATED_SURNAME.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
    return x.lookingAt()
            && !text.startsWith("ed", x.end() - 2)
            && !text.startsWith("ing", x.end() - 3)
        ? new Mention(m.start(), x.end(), "PER")
        : m;
  }

  /**
   * A person with the patronymic word the model leaves out ({@link
   * EntityRecognizer#patronymicEnd}).
   */
  static Mention withPatronymic(String text, Mention m) {
    if (m == null || !m.type().equals("PER")) {
      return m;
    }
    int end = EntityRecognizer.patronymicEnd(text, m.end());
    return end == m.end() ? m : new Mention(m.start(), end, "PER");
  }

  /**
   * A body without the role the model read into it before a person's name: "Parliament Speaker
   * Nabih Berri" names the parliament, then the speaker. What is left must end in a body's head
   * ("Finance Minister" is no body).
   */
  static Mention withoutRoleAfter(String text, Mention m) {
    int space = text.lastIndexOf(' ', m.end() - 1);
    if (!m.type().equals("ORG")
        || space <= m.start()
        || m.end() + 1 >= text.length()
        || text.charAt(m.end()) != ' '
        || !Character.isUpperCase(text.charAt(m.end() + 1))
        || !ROLES_AFTER_BODY.contains(text.substring(space + 1, m.end()))) {
      return m;
    }
    int head = text.lastIndexOf(' ', space - 1) + 1;
    return head < m.start()
            || !EntityRecognizer.isOrgHead(text.substring(head, space).toLowerCase(Locale.ROOT))
        ? m
        : new Mention(m.start(), space, m.type());
  }

  private static final Set<String> ROLES_AFTER_BODY =
      WordSet.of(
          "Speaker",
          "President",
          "Chairman",
          "Chairwoman",
          "Minister",
          "Spokesman",
          "Spokeswoman",
          "Spokesperson",
          "Governor",
          "Mayor",
          "Leader",
          "Chief",
          "Commander",
          "Director",
          "CEO",
          "Premier");

  /**
   * Whether a mention is a storm's name or its word ("Typhoon Kalmaegi", "Hurricane Melissa",
   * "Typhoon" alone): a storm is neither a place nor a person, though named like one. A body named
   * after storms stays (the National Hurricane Center).
   */
  static boolean storm(String text, Mention m) {
    if (m.type().equals("ORG")) {
      return false;
    }
    if (stormWord(text, m.start())) {
      return true;
    }
    int w = m.start() - 1;
    if (w < 5 || text.charAt(w) != ' ') {
      return false;
    }
    if (STORM_LAST_LETTERS.indexOf(text.charAt(w - 1)) < 0) {
      return false; // the word before is no storm's word: most are turned away unread
    }
    int from = w;
    while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
      from--;
    }
    return from < w && stormWord(text, from);
  }

  /** Whether a storm's word ({@link #STORM_WORDS}) stands whole at {@code at}. */
  private static boolean stormWord(String text, int at) {
    if ("HTCS".indexOf(text.charAt(at)) < 0) {
      return false; // most words are turned away unread
    }
    return wholeWordAt(text, at, STORM_WORDS);
  }

  /** Whether one of {@code words} stands at {@code at} with no letter right after it. */
  private static boolean wholeWordAt(String text, int at, Collection<String> words) {
    for (String w : words) {
      int end = at + w.length();
      if (text.startsWith(w, at)
          && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> STORM_WORDS =
      WordSet.of(
          "Hurricane",
          "Typhoon",
          "Cyclone",
          "Storm",
          "Tropical",
          "HURRICANE",
          "TYPHOON",
          "CYCLONE");

  /** The last letters of {@link #STORM_WORDS}. */
  private static final String STORM_LAST_LETTERS = lastLetters(STORM_WORDS);

  /** The distinct last characters of the words, as one string to look a character up in. */
  private static String lastLetters(Set<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      char c = w.charAt(w.length() - 1);
      if (out.indexOf(String.valueOf(c)) < 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A place with the Arabic article and the word after it, which the model left out ("Deir el-Zor"
   * read as "Deir", "Sharm el-Sheikh"): the article is lower case and hyphenated to a capitalised
   * word.
   */
  private static Mention withArabicArticle(String text, Mention m) {
    int at = m.end() + 1;
    if (!m.type().equals("LOC") || at + 4 >= text.length() || text.charAt(m.end()) != ' ') {
      return m;
    }
    int dash = text.indexOf('-', at);
    if (dash < at + 2
        || dash > at + 3
        || dash + 1 >= text.length()
        || !Character.isUpperCase(text.charAt(dash + 1))
        || !ARABIC_ARTICLES.contains(text.substring(at, dash))) {
      return m;
    }
    int end = dash + 1;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return new Mention(m.start(), end, "LOC");
  }

  private static final Set<String> ARABIC_ARTICLES =
      WordSet.of("al", "el", "ez", "es", "ed", "ad", "ash", "as", "an", "en", "ar", "az", "at");

  /**
   * A body with the capitalised adjective that opens its name, which the model left out ("his
   * National Unity Platform" read as "Unity Platform"): the adjectives of kb/recognizer.tsv's
   * {@code org-adjective} list, which open bodies' names and no place's or person's alone, and a
   * point of the compass before an adjective in -an ("West African Resources").
   */
  private static Mention withOrgAdjective(String text, Mention m) {
    int space = m.start() - 1;
    if (!m.type().equals("ORG") || space < 4 || text.charAt(space) != ' ') {
      return m;
    }
    int w = space;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    if (space - w < 4
        || !Character.isUpperCase(text.charAt(w))
        || w > 0 && !Character.isWhitespace(text.charAt(w - 1))
        || !(ORG_ADJECTIVES.contains(text.substring(w, space).toLowerCase(Locale.ROOT))
            || compassBeforeAdjective(text, w, space, m))) {
      return m;
    }
    return new Mention(w, m.end(), "ORG");
  }

  /**
   * Whether [w, space) is a point of the compass before a body opening with an adjective in -an:
   * "West African Resources" (read as "African Resources"), "South African Airways".
   */
  private static boolean compassBeforeAdjective(String text, int w, int space, Mention m) {
    int firstEnd = text.indexOf(' ', m.start());
    return COMPASS.contains(text.substring(w, space))
        && firstEnd > m.start() + 3
        && firstEnd < m.end()
        && text.startsWith("an", firstEnd - 2);
  }

  private static final Set<String> COMPASS =
      WordSet.of("West", "East", "North", "South", "Central");

  private static final Set<String> ORG_ADJECTIVES = EntityRecognizer.wordList("org-adjective");

  /**
   * A "person" opening with Spanish "Los" or "Las" is a group, a band or a company, never one
   * person (the Los Choneros and Los Lobos gangs; Las Bambas, a mine).
   */
  private static Mention spanishPlural(String text, Mention m) {
    if (m.type().equals("PER")
        && m.end() - m.start() > 4
        && (text.startsWith("Los ", m.start()) || text.startsWith("Las ", m.start()))) {
      return new Mention(m.start(), m.end(), "ORG");
    }
    return m;
  }

  /**
   * A minister's portfolio and a person's name the model read as one name of another kind, after
   * "Minister of" or "Secretary of": the name from its listed given name on is the person
   * ("Minister of Tourism Anthony Mahler said", read as one MISC).
   */
  static List<Mention> peopleAfterPortfolios(
      String text, List<Mention> found, Predicate<String> isGivenName) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!(endsBefore(text, m.start(), "Minister of ")
              || endsBefore(text, m.start(), "Secretary of ")
              || endsBefore(text, m.start(), "Minister for "))
          // a person's name that opens with a given name is that name
          || m.type().equals("PER")
              && isGivenName.test(text.substring(m.start(), nameWordEnd(text, m.start())))) {
        continue;
      }
      // the first listed given name after the portfolio's first word, then capitalised words
      for (int w = text.indexOf(' ', m.start()) + 1; w > 0 && w < m.end(); ) {
        int e = nameWordEnd(text, w);
        if (isGivenName.test(text.substring(w, e)) && e < m.end()) {
          if (allWordsCapitalised(text, w, m.end())) {
            out = setAt(found, out, i, new Mention(w, m.end(), "PER"));
          }
          break;
        }
        w = text.indexOf(' ', w) + 1;
      }
    }
    return out == null ? found : out;
  }

  /**
   * A name of two words or more followed by an age in commas is a person's, however the model read
   * it: "Miner Budi Santoso, 34, who escaped" (the company noun before it, which made it a firm,
   * goes). An age is two or three digits under 120 between commas, which no score or year is.
   */
  static List<Mention> peopleByAge(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int d = m.end() + 2;
      if (m.type().equals("PER")
          || !text.startsWith(", ", m.end())
          || d >= text.length()
          || !Character.isDigit(text.charAt(d))
          || text.indexOf(' ', m.start()) < 0
          || text.indexOf(' ', m.start()) >= m.end()) {
        continue;
      }
      int e = d;
      while (e < text.length() && Character.isDigit(text.charAt(e)) && e - d < 4) {
        e++;
      }
      if (e - d < 2
          || e - d > 3
          || !text.startsWith(", ", e)
          || Integer.parseInt(text.substring(d, e)) >= 120) {
        continue;
      }
      // the name without a company noun the model took in at a sentence's start ("Miner")
      int start = m.start();
      int space = text.indexOf(' ', start);
      if (EntityRecognizer.isCompanyNoun(text.substring(start, space).toLowerCase(Locale.ROOT))) {
        start = space + 1;
      }
      out = setAt(found, out, i, new Mention(start, m.end(), "PER"));
    }
    return out == null ? found : out;
  }

  /**
   * A firm's former name after it and "formerly" is a firm too, however the model read it: "Italy's
   * Webuild, formerly Salini Impregilo, built the dam". {@code isPlace}: a listed place.
   */
  static List<Mention> formerNames(String text, List<Mention> found, Predicate<String> isPlace) {
    if (text.indexOf("formerly ") < 0) {
      return found;
    }
    List<Mention> out = null;
    for (int i = 1; i < found.size(); i++) {
      Mention m = found.get(i);
      Mention firm = found.get(i - 1);
      boolean former =
          (text.startsWith(", formerly ", firm.end()) || text.startsWith(" (formerly ", firm.end()))
              && m.start() == firm.end() + 11;
      // the firm the model read as a body, or as a place no list holds
      if (former
          && !m.type().equals("ORG")
          && (firm.type().equals("ORG")
              || firm.type().equals("LOC")
                  && !isPlace.test(text.substring(firm.start(), firm.end())))) {
        out = setAt(found, out, i - 1, new Mention(firm.start(), firm.end(), "ORG"));
        out = setAt(found, out, i, new Mention(m.start(), m.end(), "ORG"));
      }
    }
    return out == null ? found : out;
  }

  /**
   * A listed country that is a given name too, after a title and before a capitalised word that
   * nothing was read in, no head, place or sentence word, opens a person's name: "party president
   * Jordan Bardella said" (not "in Jordan", "Jordan Valley"). {@code isCountry}: a country's name;
   * {@code isPlace}: a listed place.
   */
  static List<Mention> peopleNamedLikeCountries(
      String text,
      List<Mention> found,
      Predicate<String> isCountry,
      Predicate<String> isGivenName,
      Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      String word = text.substring(m.start(), m.end());
      int s = m.end() + 1;
      if (!m.type().equals("LOC")
          || s + 2 >= text.length()
          || text.charAt(m.end()) != ' '
          || !Character.isUpperCase(text.charAt(s))
          || word.indexOf(' ') >= 0
          || !isCountry.test(word)
          || !isGivenName.test(word)
          || i + 1 < found.size() && found.get(i + 1).start() <= s + 1) {
        continue;
      }
      int before = m.start() - 1;
      int w = before > 0 && text.charAt(before) == ' ' ? letterWordStart(text, before) : before;
      if (w >= before
          || !EntityRecognizer.isTitle(text.substring(w, before).toLowerCase(Locale.ROOT))) {
        continue;
      }
      int e = loneSurnameEnd(text, s, n -> isPlace.test(n) || isCountry.test(n));
      if (e < 0) {
        continue;
      }
      out = setAt(found, out, i, new Mention(m.start(), e, "PER"));
    }
    return out == null ? found : out;
  }

  /** Last words of firms' names that end no person's (Kotak Mahindra Capital, BofA Securities). */
  private static final Set<String> FIRM_LAST_WORDS = EntityRecognizer.wordList("firm-last-word");

  /** Acronyms of things that alone name no body (kb/recognizer.tsv thing-acronym: TV, CPU, SMS). */
  private static final Set<String> THING_ACRONYMS = EntityRecognizer.wordList("thing-acronym");

  /** Contractions of a pronoun the model may read as a name at a sentence's start ("I'll"). */
  private static final Pattern CONTRACTION =
      Pattern.compile("(?:I|We|You|They|He|She|It|That|There)['’](?:ll|m|ve|d|re|s)");

  /** Whether a word, as written, is one of {@link #FIRM_LAST_WORDS}. */
  static boolean isFirmLastWord(String word) {
    return FIRM_LAST_WORDS.contains(word);
  }

  /**
   * A "person" of two words or more that ends in a firm's word, a bank's compound or in a country's
   * name no list holds as a person's is a firm, its national unit: "Kotak Mahindra Capital",
   * "rivals Voltas and Havells India" (not "Michael Jordan": Jordan is a listed surname). {@code
   * isPersonName}: a listed given name or surname.
   */
  static List<Mention> firmsByLastWord(
      String text,
      List<Mention> found,
      Predicate<String> isCountry,
      Predicate<String> isPersonName) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      // "returned from Trabzonspor": a Turkish club's "-spor" (sport) ends no place's name
      if (!m.type().equals("ORG")
          && m.end() - m.start() > 6
          && text.startsWith("spor", m.end() - 4)
          && text.lastIndexOf(' ', m.end() - 1) < m.start()) {
        out = setAt(found, out, i, new Mention(m.start(), m.end(), "ORG"));
        continue;
      }
      boolean place = m.type().equals("LOC");
      int space = place || m.type().equals("PER") ? text.lastIndexOf(' ', m.end() - 1) : -1;
      if (space <= m.start()) {
        continue;
      }
      String last = text.substring(space + 1, m.end());
      if (place) {
        // "Prony Resources, which runs the mine": a firm, unless a region's word ends it
        if (FIRM_LAST_WORDS.contains(last)
            && !REGION_FIRM_WORDS.contains(last)
            && allWordsCapitalised(text, m.start(), m.end())) {
          out = setAt(found, out, i, new Mention(m.start(), m.end(), "ORG"));
        }
        continue;
      }
      // "Munck Civil Engineering of Denmark": a firm's word before "of" ends a firm, of a place
      int of = ofWithin(text, m.start(), m.end());
      if (of > m.start()) {
        int lastSpace = text.lastIndexOf(' ', of - 1);
        if (lastSpace > m.start()
            && FIRM_LAST_WORDS.contains(text.substring(lastSpace + 1, of))
            && allWordsCapitalised(text, m.start(), of)) {
          out = setAt(found, out, i, new Mention(m.start(), of, "ORG"));
          continue;
        }
      }
      // every word capitalised: "Carlos dos Santos of Angola" is a person of a country
      if (allWordsCapitalised(text, m.start(), m.end())
          && (FIRM_LAST_WORDS.contains(last)
              || bankCompound(last)
              || isCountry.test(last) && !isPersonName.test(last))) {
        out = setAt(found, out, i, new Mention(m.start(), m.end(), "ORG"));
      }
    }
    return out == null ? found : out;
  }

  /** Firms' last words that end regions' names too (Federal Capital, Region Maritime). */
  private static final Set<String> REGION_FIRM_WORDS =
      WordSet.of("Capital", "Maritime", "Maritima");

  /**
   * A bank's name of one compound word ("Liechtensteinische Landesbank", "Commerzbank",
   * "Handelsbanken"): nine letters or more, so no surname ("Chris Eubank", "Fairbank").
   */
  private static boolean bankCompound(String word) {
    return word.length() >= 9 && (word.endsWith("bank") || word.endsWith("banken"));
  }

  /**
   * The end of one capitalised word at {@code s} that may be a surname ending a name: three letters
   * or more, no place ({@code isPlace}), head or sentence word, and no capitalised word after it;
   * else -1.
   */
  private static int loneSurnameEnd(String text, int s, Predicate<String> isPlace) {
    int e = nameWordEnd(text, s);
    String surname = text.substring(s, e);
    String lower = surname.toLowerCase(Locale.ROOT);
    boolean more =
        text.startsWith(" ", e)
            && e + 1 < text.length()
            && Character.isUpperCase(text.charAt(e + 1));
    return e - s < 3
            || more
            || isPlace.test(surname)
            || EntityRecognizer.isOrgHead(lower)
            || EntityRecognizer.isSentenceWord(lower)
        ? -1
        : e;
  }

  /**
   * A listed given name and one capitalised word after a country's possessive, where nothing was
   * read, are a person: "beating Dorcas Ewoi and Australia's Jessica Hull" (sports copy names
   * athletes by their country). Not before another capitalised word, nor a listed place's name.
   * {@code isCountry}: a country's name; {@code isPlace}: a listed place.
   */
  static List<Mention> peopleOfCountries(
      String text,
      List<Mention> found,
      Predicate<String> isCountry,
      Predicate<String> isGivenName,
      Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention c = found.get(i);
      int given = c.end() + 3;
      if (!c.type().equals("LOC")
          || !text.startsWith("'s ", c.end())
          || given >= text.length()
          || !Character.isUpperCase(text.charAt(given))
          || i + 1 < found.size() && found.get(i + 1).start() < given + 1
          || !isCountry.test(text.substring(c.start(), c.end()))) {
        continue;
      }
      int givenEnd = nameWordEnd(text, given);
      int surname = givenEnd + 1;
      if (!text.startsWith(" ", givenEnd)
          || surname >= text.length()
          || !Character.isUpperCase(text.charAt(surname))
          || !isGivenName.test(text.substring(given, givenEnd))) {
        continue;
      }
      int end = loneSurnameEnd(text, surname, isPlace);
      Mention next = i + 1 < found.size() ? found.get(i + 1) : null;
      if (end < 0
          || next != null && next.start() < end
          || isPlace.test(text.substring(given, end))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      out.add(new Mention(given, end, "PER"));
    }
    return sortedOr(found, out);
  }

  /**
   * A lone word the model calls a place, right before a person it found, that no list knows as a
   * place opens the person's name: "Sri Mulyani Indrawati" (read as "Sri" and "Mulyani Indrawati").
   * A listed place there stays ("Kenya's", "Harare Mnangagwa" is two names).
   */
  static List<Mention> unlistedPlaceBeforePerson(
      String text, List<Mention> found, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int i = 0; i + 1 < found.size(); i++) {
      Mention loc = found.get(i);
      Mention per = found.get(i + 1);
      if (!loc.type().equals("LOC")
          || !per.type().equals("PER")
          || per.start() != loc.end() + 1
          || text.charAt(loc.end()) != ' '
          || text.lastIndexOf(' ', loc.end() - 1) >= loc.start()
          || !titleCaseWord(text, loc.start(), loc.end())
          || isPlace.test(text.substring(loc.start(), loc.end()))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      out.set(i, new Mention(loc.start(), per.end(), "PER"));
      out.set(i + 1, null);
    }
    if (out == null) {
      return found;
    }
    out.removeIf(m -> m == null);
    return out;
  }

  /**
   * One capital then lower-case letters only, or such an abbreviation ("St."): a given name's or a
   * saint's shape (not "VOLTA", not "macOS").
   */
  private static boolean titleCaseWord(String text, int start, int end) {
    if (end - start < 2 || !Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    int last = text.charAt(end - 1) == '.' ? end - 1 : end;
    for (int i = start + 1; i < last; i++) {
      if (!Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Words after a city's name that make a district, a treaty, a network or an event, no person. */
  private static final Set<String> NO_SURNAME_AFTER_CITY =
      WordSet.of(
          "North",
          "South",
          "East",
          "West",
          "Central",
          "Agreement",
          "Accord",
          "Accords",
          "Treaty",
          "Declaration",
          "Convention",
          "Protocol",
          "Underground",
          "Overground",
          "Metro",
          "Marathon",
          "Open",
          "Summit",
          "Games");

  /**
   * A "place" of a given name that is also a city's and one more capitalised word that no list and
   * no head makes a place is a person: "Milan Radoicic", "Santiago Pena" (the model reads the
   * city's name; "Santiago de Chile", "Victoria Station" and "Milan Italy" stay).
   */
  static List<Mention> peopleNamedAfterCities(
      String text, List<Mention> found, Predicate<String> isGivenName, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!m.type().equals("LOC")) {
        continue;
      }
      int space = text.indexOf(' ', m.start());
      if (space < 0 || space >= m.end() - 2) {
        continue;
      }
      int third = text.indexOf(' ', space + 1);
      if (third > 0 && third < m.end()) {
        continue; // two words only
      }
      String first = text.substring(m.start(), space);
      String second = text.substring(space + 1, m.end());
      if (!isGivenName.test(first)
          || !isPlace.test(first)
          || second.length() < 3
          || !Character.isUpperCase(second.charAt(0))
          || !lettersOnly(second)
          || NO_SURNAME_AFTER_CITY.contains(second)
          || isPlace.test(second)
          || isPlace.test(text.substring(m.start(), m.end()))
          || EntityRecognizer.isPlaceHead(second.toLowerCase(Locale.ROOT))
          || EntityRecognizer.isOrgHead(second.toLowerCase(Locale.ROOT))
          || TEAM_NICKNAMES.contains(second)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      out.set(i, new Mention(m.start(), m.end(), "PER"));
    }
    return out == null ? found : out;
  }

  /** "Mission in Libya": a mission and the country it serves in. */
  private static final Pattern MISSION_IN =
      Pattern.compile(" in (\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){0,2})");

  /**
   * A mission's name holds the country it serves in: the "United Nations Support Mission in Libya"
   * (UNSMIL), the "United Nations Mission in South Sudan". The country's own mention there goes.
   */
  static List<Mention> missionsIn(String text, List<Mention> found, Predicate<String> isCountry) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!m.type().equals("ORG") || !text.startsWith("Mission", m.end() - 7)) {
        continue;
      }
      Matcher in = MISSION_IN.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
      if (!in.lookingAt()) {
        continue;
      }
      // the longest country among the capitalised words after "in"
      int end = -1;
      for (int e = in.end(1); e > in.start(1); e = text.lastIndexOf(' ', e - 1)) {
        if (isCountry.test(text.substring(in.start(1), e))) {
          end = e;
          break;
        }
      }
      if (end < 0) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      int s0 = m.start();
      int e0 = end;
      out.set(i, new Mention(s0, e0, "ORG"));
      Mention mission = out.get(i);
      out.removeIf(f -> f != mission && f.start() < e0 && s0 < f.end());
    }
    return out == null ? found : out;
  }

  /**
   * The names after a plural place noun and "such as" are places, whatever the model read ("rivers
   * such as the Pra and Ankobra", one body to the model; "cities such as Kumasi, Tamale and
   * Takoradi"), or after "the", a plural place noun and "of" ("the islands of Villingili,
   * Gulhifalhu and Thilafushi"): each capitalised name of the list, split at its "and" where one
   * mention ran over it.
   */
  static List<Mention> placesSuchAs(String text, List<Mention> found) {
    List<Mention> out = null;
    for (String cue : List.of(" such as ", " of ")) {
      for (int at = text.indexOf(cue); at > 0; at = text.indexOf(cue, at + 1)) {
        int w = letterWordStart(text, at);
        if (PLURAL_PLACE_NOUNS.contains(text.substring(w, at))
            && (cue.equals(" such as ") || endsWithWord(text, w, "the "))) {
          out = placesListed(text, found, out, at + cue.length());
        }
      }
    }
    return sortedOr(found, out);
  }

  /** {@link #placesSuchAs}' list of names from {@code from}. */
  private static List<Mention> placesListed(
      String text, List<Mention> found, List<Mention> out, int from) {
    if (text.startsWith("the ", from)) {
      from += 4;
    }
    // the list: capitalised names joined by ", ", " and " or ", and "
    for (int p = from, items = 0; items < 8 && p < text.length(); items++) {
      int end = capitalisedWordsEnd(text, p, p);
      if (end <= p) {
        break;
      }
      out = placed(found, out, p, end, "LOC");
      if (text.startsWith(", and ", end)) {
        p = end + 6;
      } else if (text.startsWith(" and ", end)) {
        p = end + 5;
      } else if (text.startsWith(", ", end)) {
        p = end + 2;
      } else {
        break;
      }
    }
    return out;
  }

  private static final Set<String> PLURAL_PLACE_NOUNS =
      WordSet.of(
          "rivers",
          "cities",
          "towns",
          "villages",
          "provinces",
          "regions",
          "districts",
          "islands",
          "ports",
          "lakes",
          "states",
          "capitals",
          "counties");

  /**
   * A "person" the model found where news writes places: right after "near" or "outside" (in the
   * open NER data's train and dev splits 36 names stand there, none a person) or where one travels
   * or flies to ("travel to Challhuahuacho"), after "in" unless a possessive follows or it opens
   * with a given name ("in Farchana"; not "in Trump's", "in John Smith"), or in a list joined by
   * "and", after such a word, that holds at least as many places as people ("around Adre and
   * Farchana", "in North Mitrovica, Zvecan and Zubin Potok"); and a "body" named with "City" there
   * ("in Hulhumale and Addu City").
   */
  static List<Mention> placesByContext(
      String text,
      List<Mention> found,
      Predicate<String> isGivenName,
      Predicate<String> isPersonName) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      // a club's name elsewhere (Manchester City)
      if (!(m.type().equals("PER")
              || m.type().equals("ORG") && text.startsWith(" City", m.end() - 5))
          || !placeByContext(text, found, i, isGivenName, isPersonName)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      out.set(i, new Mention(m.start(), m.end(), "LOC"));
    }
    return out == null ? found : out;
  }

  private static boolean placeByContext(
      String text,
      List<Mention> found,
      int i,
      Predicate<String> isGivenName,
      Predicate<String> isPersonName) {
    Mention m = found.get(i);
    int s = m.start();
    if (anyWordBefore(text, s, NEAR_WORDS)) {
      return true;
    }
    // "seized Moqokori": not a person's goods ("seized Pablo Escobar's assets")
    if (anyWordBefore(text, s, TAKEN_WORDS)
        && !scorerThrough(text, s)
        && Character.isUpperCase(text.charAt(s))
        && !possessiveAt(text, m.end())
        && !isGivenName.test(text.substring(s, nameWordEnd(text, s)))) {
      return true;
    }
    // "flies from Nadi to Funafuti": a route's ends, one of them a place
    Mention next = i + 1 < found.size() ? found.get(i + 1) : null;
    Mention prev = i > 0 ? found.get(i - 1) : null;
    if (endsWithWord(text, s, "from ")
            && next != null
            && next.type().equals("LOC")
            && next.start() == m.end() + 4
            && text.startsWith(" to ", m.end())
        || endsWithWord(text, s, "to ")
            && prev != null
            && prev.type().equals("LOC")
            && prev.end() == s - 4
            && endsWithWord(text, prev.start(), "from ")) {
      return true;
    }
    if (endsWithWord(text, s, "in ")) {
      int space = text.indexOf(' ', s);
      String first = text.substring(s, space < 0 || space > m.end() ? m.end() : space);
      boolean possessive =
          text.startsWith("'s", m.end())
              || text.startsWith("\u2019s", m.end())
              || text.startsWith(" 's", m.end());
      if (!possessive && !isGivenName.test(first)) {
        return true;
      }
    }
    // the list the name stands in: names joined by commas and an "and"; not a person of three
    // words or more opening with a given name ("in Braga and Viseu, and Marcelo Rebelo de Sousa
    // leaves": a clause of its own)
    int firstSpace = text.indexOf(' ', s);
    if (firstSpace > 0
        && firstSpace < m.end()
        && isGivenName.test(text.substring(s, firstSpace))
        && (text.indexOf(' ', firstSpace + 1) > 0 && text.indexOf(' ', firstSpace + 1) < m.end()
            || isPersonName.test(
                text.substring(text.lastIndexOf(' ', m.end() - 1) + 1, m.end())))) {
      return false; // nor one of two words, a given name and a surname ("in Paris and John Smith")
    }
    if (reportsAfterAnd(text, m)) {
      return false;
    }
    int lo = i;
    while (lo > 0 && listJoin(text, found.get(lo - 1).end(), found.get(lo).start())) {
      lo--;
    }
    int hi = i;
    while (hi + 1 < found.size()
        && listJoin(text, found.get(hi).end(), found.get(hi + 1).start())) {
      hi++;
    }
    boolean and = false;
    int places = 0;
    int people = 0;
    for (int k = lo; k <= hi; k++) {
      if (k > lo
          && (text.startsWith(" and", found.get(k - 1).end())
              || text.startsWith(", and", found.get(k - 1).end()))) {
        and = true;
      }
      String type = found.get(k).type();
      places += type.equals("LOC") ? 1 : 0;
      people += type.equals("PER") ? 1 : 0;
    }
    // "Deqa Dhalac, South Portland" is a person and her town: only a list with an "and" counts,
    // and only after a word that places it ("the deal between Aoun and Hariri" is two people)
    return and
        && (places > 0
                && places >= people
                && anyWordBefore(text, found.get(lo).start(), PLACE_WORDS)
            // "fighters seized Moqokori and Adan Yabaal": what fighters take is places
            || anyWordBefore(text, found.get(lo).start(), TAKEN_WORDS)
                && !scorerThrough(text, found.get(lo).start()));
  }

  /** Verbs of a goal, whose scorers a side's goals come "through" ("equalised twice through X"). */
  private static final List<String> GOAL_VERBS =
      List.of("equalis", "equaliz", "levell", "leveled", "scored", "replied", "pulled", "struck");

  /**
   * Whether "through" right before {@code at} follows a verb of a goal within its clause's last few
   * words: "Brann equalised twice through Bard Finne" passes through no place.
   */
  private static boolean scorerThrough(String text, int at) {
    int through = at - "through ".length();
    if (through < 0 || !text.startsWith("through ", through)) {
      return false;
    }
    String before = text.substring(Math.max(0, through - 30), through);
    for (String v : GOAL_VERBS) {
      if (before.contains(v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name after ", and" says something: the subject of a clause of its own, no list's last
   * item ("cut output at Oranjemund, and Galp said").
   */
  private static boolean reportsAfterAnd(String text, Mention m) {
    return endsAt(text, m.start(), ", and ")
        && (text.startsWith(" said", m.end()) || text.startsWith(" says", m.end()));
  }

  /**
   * Verbs of fighting over ground, whose object is a place (people are captured, not seized), and
   * "through", before a place passed through ("through Colchane"; not "via", which tweets write
   * before a handle).
   */
  private static final List<String> TAKEN_WORDS =
      List.of("seized ", "overran ", "recaptured ", "retook ", "through ");

  /**
   * The names a list of places holds after a place the model found, which the model left out or
   * read in part ("attacked Mirebalais, Saut-d'Eau and Petite-Riviere de l'Artibonite"): each
   * capitalised name after a comma, up to the one after "and", is a place, with the particles of a
   * French, Spanish or Portuguese place's name inside it. A list stops at a name the model read as
   * a person or a body whole, and counts only when an "and" closes it.
   */
  static List<Mention> placeListsFilled(
      String text, List<Mention> found, Predicate<String> isPersonName) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!m.type().equals("LOC")
          || !text.startsWith(", ", m.end())
              && !(text.startsWith(" and ", m.end()) && placePair(text, m))
          || m.start() > 0 && text.charAt(m.start() - 1) == '(') {
        continue; // "variations (Rye, Buttered, White and Burnt)": a bracket lists anything
      }
      List<int[]> items = new ArrayList<>();
      boolean closed = false;
      boolean fills = false;
      int pos = m.end();
      while (!closed) {
        int from = listItemStart(text, pos);
        if (from < 0) {
          break;
        }
        closed = closesList(text, pos);
        int end = placeRunEnd(text, from);
        if (end <= from) {
          break;
        }
        String kind = coveredAs(text, found, from, end, isPersonName);
        if (kind == null
            || kind.equals("part") && !withParticle(text, from, end)
            || !kind.equals("LOC") && notAPlace(text, from, end)
            || closed && reportsAfterAnd(text, new Mention(from, end, "LOC"))) {
          break; // a person's or a body's name, or one read across the list
        }
        fills |= !kind.equals("LOC");
        items.add(new int[] {from, end});
        pos = end;
      }
      if (!closed || !fills) {
        continue;
      }
      for (int[] item : items) {
        out = placed(found, out, item[0], item[1], "LOC");
      }
    }
    return sortedOr(found, out);
  }

  /**
   * What stands before the first of two names joined by "and" that makes the pair places, not
   * people: "Residents of Huancuire and Chila", "villages near X and Y".
   */
  private static final List<String> PAIR_PLACE_CUES =
      List.of("esidents of ", "illages of ", "towns of ", "ommunities of ", " near ");

  /**
   * Whether a place and "and" open a pair of places: after {@link #PAIR_PLACE_CUES}, or after "in"
   * or "at" when the pair closes a clause ("Farmers in Sefwi Wiawso and Goaso, in the"; "the mines
   * at Sveagruva and Ny-Alesund,"; not "talks in Paris and Macron said").
   */
  private static boolean placePair(String text, Mention m) {
    if (endsWithAny(text, m.start(), PAIR_PLACE_CUES)) {
      return true;
    }
    if (!endsWithWord(text, m.start(), "in ") && !endsWithWord(text, m.start(), "at ")) {
      return false;
    }
    int end = placeRunEnd(text, m.end() + 5);
    // a word's end, not an abbreviation's first letter ("in Sacramento and D.C.")
    return end >= m.end() + 8
        && end + 1 < text.length()
        && (text.charAt(end) == ',' || text.charAt(end) == '.' || text.charAt(end) == ';')
        && Character.isWhitespace(text.charAt(end + 1));
  }

  /** Whether one of {@code ends} ends the text at {@code at}. */
  private static boolean endsWithAny(String text, int at, List<String> ends) {
    for (String e : ends) {
      if (at >= e.length() && text.startsWith(e, at - e.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether no word of [start, end) is a given name or surname on our lists. */
  private static boolean noWordIsAName(
      String text, int start, int end, Predicate<String> isPersonName) {
    for (int w = start; w < end; ) {
      int e = text.indexOf(' ', w);
      e = e < 0 || e > end ? end : e;
      if (isPersonName.test(text.substring(w, e))) {
        return false;
      }
      w = e + 1;
    }
    return true;
  }

  /**
   * The names a list of bodies holds after a body the model found or {@code known} holds (the
   * knowledge base's spans of bodies), which the model left out ("buyers including H&M, Inditex and
   * Primark"): each capitalised name of up to three words after a comma, up to the one after "and",
   * is a body, when nothing was read in it or the model read one word no list knows as a person's.
   * A list stops at a name our lists place, one opening with a person's name, a sentence's word, a
   * month or day, or a plural of capitals (NGOs); it counts only when an "and" closes it. {@code
   * isPlace}: a listed place or country.
   */
  static List<Mention> bodyListsFilled(
      String text,
      List<Mention> found,
      List<int[]> known,
      Predicate<String> isPersonName,
      Predicate<String> isPlace) {
    List<int[]> bodies = new ArrayList<>(known);
    for (Mention m : found) {
      if (m.type().equals("ORG")) {
        bodies.add(new int[] {m.start(), m.end()});
      }
    }
    List<Mention> names = null;
    List<Mention> out = null;
    for (int[] body : bodies) {
      if (!text.startsWith(", ", body[1])) {
        continue;
      }
      if (names == null) {
        // a nationality's or an event's reading (MISC) across the list does not stop it: the
        // model read "Inditex and Primark" as one
        names = found.stream().filter(f -> !f.type().equals("MISC")).toList();
      }
      List<int[]> items = new ArrayList<>();
      boolean closed = false;
      int pos = body[1];
      while (!closed) {
        int from = listItemStart(text, pos);
        if (from < 0) {
          break;
        }
        closed = closesList(text, pos);
        int end = bodyRunEnd(text, from, isPersonName);
        if (end <= from || isPlace.test(text.substring(from, end))) {
          break;
        }
        String kind = coveredAs(text, names, from, end, isPersonName);
        if (kind == null
            || kind.equals("part")
            || kind.equals("LOC")
            || kind.equals("person")
                && text.indexOf(' ', from) > 0
                && text.indexOf(' ', from) < end) {
          int f0 = from;
          int e0 = end;
          if (kind == null && names.contains(new Mention(from, end, "ORG"))
              || known.stream().anyMatch(k -> k[0] == f0 && k[1] == e0)) {
            pos = end; // a body the model or the lists read: the list goes on
            continue;
          }
          break;
        }
        items.add(new int[] {from, end});
        pos = end;
      }
      if (!closed || items.isEmpty()) {
        continue;
      }
      for (int[] item : items) {
        out = placed(found, out, item[0], item[1], "ORG");
      }
    }
    return sortedOr(found, out);
  }

  /**
   * Where a body's name in a list ends: up to three capitalised words (letters, digits, hyphens,
   * apostrophes and "&": H&M); {@code from} if the first opens with a person's name on our lists or
   * is a sentence's word, a month, a day or a plural of capitals.
   */
  private static int bodyRunEnd(String text, int from, Predicate<String> isPersonName) {
    int end = from;
    int pos = from;
    for (int words = 0; words < 3 && pos < text.length(); words++) {
      if (!Character.isUpperCase(text.charAt(pos))) {
        break;
      }
      int e = pos;
      while (e < text.length()
          && (Character.isLetterOrDigit(text.charAt(e)) || "-'’&".indexOf(text.charAt(e)) >= 0)) {
        e++;
      }
      String word = text.substring(pos, e);
      String lower = word.toLowerCase(Locale.ROOT);
      if (e - pos < 2
          || EntityRecognizer.isSentenceWord(lower)
          || MONTHS.contains(lower)
          || DATE_WORDS.contains(lower)
          || words == 0 && isPersonName.test(word)
          || word.endsWith("s") && e - pos > 2 && Character.isUpperCase(text.charAt(e - 2))) {
        return words == 0 ? from : end;
      }
      end = e;
      if (!text.startsWith(" ", e) || e + 1 >= text.length()) {
        break;
      }
      pos = e + 1;
    }
    return end;
  }

  /** What a body is said to be based in: a place. */
  private static final List<String> BASED_IN =
      List.of("based in ", "headquartered in ", "headquarters in ");

  /**
   * A name of up to three capitalised words after "based in" or "headquartered in" is a place, read
   * as nothing or as a person ("The Cocoa Research Institute of Ghana, based in New Tafo"): a body
   * is based in a place. Not a sentence's word, a month or a day, nor a name opening with a
   * person's name on our lists.
   */
  static List<Mention> placesBasedIn(
      String text, List<Mention> found, Predicate<String> isPersonName) {
    List<Mention> out = null;
    for (int[] cue : cuesAt(text, BASED_IN)) {
      int s0 = cue[1];
      int e0 = bodyRunEnd(text, s0, isPersonName);
      if (e0 <= s0) {
        continue;
      }
      Mention same = readOver(out == null ? found : out, s0, e0);
      if (same == CROSSING || same != null && !same.type().equals("PER")) {
        continue;
      }
      out = placed(found, out, s0, e0, "LOC");
    }
    return sortedOr(found, out);
  }

  /**
   * Where the next item of a list of names starts after {@code pos}: after ", ", " and " or ", and
   * "; -1 where the list stops.
   */
  private static int listItemStart(String text, int pos) {
    if (text.startsWith(", and ", pos)) {
      return pos + 6;
    }
    if (text.startsWith(" and ", pos)) {
      return pos + 5;
    }
    return text.startsWith(", ", pos) ? pos + 2 : -1;
  }

  /** Whether the item after {@code pos} closes its list: an "and" stands before it. */
  private static boolean closesList(String text, int pos) {
    return text.startsWith(", and ", pos) || text.startsWith(" and ", pos);
  }

  /**
   * Whether [start, end) holds a place name's particle or an elided article (Petite-Riviere de
   * l'Artibonite): only then does a place the model read in part grow to the whole name (not
   * "Imperial College London" from its "London").
   */
  private static boolean withParticle(String text, int start, int end) {
    for (int i = text.indexOf(' ', start); i >= 0 && i < end; i = text.indexOf(' ', i + 1)) {
      int e = nameWordEnd(text, i + 1);
      if (PLACE_LIST_PARTICLES.contains(text.substring(i + 1, e))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name in a list is no place whatever the list: "I" ("Github, and I've seen"), or a
   * name with a body's head (Imperial College, Oxford University).
   */
  private static boolean notAPlace(String text, int start, int end) {
    if (text.startsWith("I ", start) || text.startsWith("I'", start)) {
      return true;
    }
    for (int w = start; w < end; ) {
      int e = nameWordEnd(text, w);
      if (e > w && EntityRecognizer.isOrgHead(text.substring(w, e).toLowerCase(Locale.ROOT))) {
        return true;
      }
      w = e + 1;
    }
    return false;
  }

  /**
   * How the model read [start, end): "LOC" a place whole, "" nothing or a part of it before its
   * particles ("Petite-Riviere" of "Petite-Riviere de l'Artibonite"); null a person, a body or a
   * name across its edges.
   */
  private static String coveredAs(
      String text, List<Mention> found, int start, int end, Predicate<String> isPersonName) {
    String kind = "";
    for (Mention f : found) {
      if (f.end() <= start || f.start() >= end) {
        continue;
      }
      if (f.start() < start || f.end() > end) {
        return null;
      }
      if (f.start() == start && f.end() == end) {
        int space = text.indexOf(' ', start);
        boolean oneWord = space < 0 || space >= end;
        if (f.type().equals("PER") && noWordIsAName(text, start, end, isPersonName)) {
          // words no list knows as a name: "Beylikduzu, Avcilar and Bayrampasa", "Wete, Chake
          // Chake and Mkoani"
          kind = "person";
          continue;
        }
        if (!f.type().equals("LOC")) {
          return null;
        }
        kind = kind.isEmpty() ? "LOC" : kind;
      } else {
        kind = "part";
      }
    }
    return kind;
  }

  /**
   * Where a place's name from {@code from} ends: up to four capitalised words (letters, hyphens,
   * apostrophes: Saut-d'Eau), over particles (de, du, da, do, dos, des, del, la, le) and a word
   * opening with "l'" or "d'" (de l'Artibonite); {@code from} if no capitalised word opens it.
   */
  private static int placeRunEnd(String text, int from) {
    int n = text.length();
    int end = from;
    int pos = from;
    for (int words = 0; words < 6 && pos < n; words++) {
      int e = pos;
      while (e < n
          && (Character.isLetter(text.charAt(e))
              || text.charAt(e) == '-'
              || text.charAt(e) == '\''
              || text.charAt(e) == '’')) {
        e++;
      }
      if (e == pos) {
        break;
      }
      String word = text.substring(pos, e);
      boolean elided =
          word.length() > 2
              && (word.startsWith("l'") || word.startsWith("d'"))
              && Character.isUpperCase(word.charAt(2));
      if (Character.isUpperCase(word.charAt(0)) || elided && end > from) {
        if (end == from && EntityRecognizer.isSentenceWord(word.toLowerCase(Locale.ROOT))) {
          break; // "The", "However"
        }
        end = e;
      } else if (end == from || !PLACE_LIST_PARTICLES.contains(word)) {
        break;
      }
      if (e + 1 >= n || text.charAt(e) != ' ') {
        break;
      }
      pos = e + 1;
    }
    return end;
  }

  private static final Set<String> PLACE_LIST_PARTICLES =
      WordSet.of("de", "du", "da", "do", "dos", "das", "des", "del", "la", "le");

  private static final List<String> NEAR_WORDS =
      List.of(
          "near ",
          "outside ",
          "travel to ",
          "travels to ",
          "travelled to ",
          "traveled to ",
          "fly to ",
          "flies to ",
          "flew to ");

  private static final List<String> PLACE_WORDS =
      List.of(
          "in ",
          "near ",
          "around ",
          "outside ",
          "across ",
          "at ",
          "from ",
          "to ",
          "into ",
          "through ",
          "via ",
          // islands: "Turnout was high on Mahe, Praslin and La Digue"
          "on ");

  /** Whether one of {@code words} ends right at {@code at}, a whole word ("in ", not "within "). */
  private static boolean anyWordBefore(String text, int at, List<String> words) {
    for (String w : words) {
      if (endsWithWord(text, at, w)) {
        return true;
      }
    }
    return false;
  }

  /** The words before {@code at} end with {@code word}, a whole word. */
  private static boolean endsWithWord(String text, int at, String word) {
    int from = at - word.length();
    return from >= 0
        && text.startsWith(word, from)
        && (from == 0 || !Character.isLetter(text.charAt(from - 1)));
  }

  /** Only a list's comma or "and" stands between two names. */
  private static boolean listJoin(String text, int end, int start) {
    if (start <= end) {
      return false;
    }
    String between = text.substring(end, start);
    return between.equals(", ") || between.equals(" and ") || between.equals(", and ");
  }

  /**
   * A mention without the date and dash of a dateline the model read into it ("Dec 4 - The
   * Philippine Senate"), and without the "The" that opens the story after the dash, which the model
   * reads inside a sentence.
   */
  static Mention withoutDatelineDate(String text, Mention m) {
    int start = m.start();
    int dash = within(text, " - ", m);
    if (dash > start && dash + 3 < m.end() && EntityRecognizer.datelineDate(text, start, dash)) {
      start = dash + 3;
    }
    if (start >= 2
        && text.startsWith("- ", start - 2)
        && text.startsWith("The ", start)
        && start + 4 < m.end()
        && Character.isUpperCase(text.charAt(start + 4))) {
      start += 4;
    }
    return start == m.start() ? m : new Mention(start, m.end(), m.type());
  }

  /**
   * A place or a body with the abbreviated first word the model cut off at its period, which it
   * read as a sentence's end: "the parishes of St. Elizabeth", "Mt. Kenya", "Ft. Lauderdale".
   */
  static Mention withAbbreviatedFirstWord(String text, Mention m) {
    if (m.type().equals("PER")) {
      // "in St Elizabeth and Westmoreland": a saint's name after a place's preposition is the
      // place named after the saint (a Jamaican parish), not a person
      int w = saintBefore(text, m.start());
      return w < m.start() && (afterPlacePreposition(text, w) || afterPlaceAndAnd(text, w))
          ? new Mention(w, m.end(), "LOC")
          : m;
    }
    int w = abbreviatedFirstWord(text, m.start());
    return w == m.start() ? m : new Mention(w, m.end(), m.type());
  }

  /** Whether [start, end) holds no lower-case letter: an acronym ("NASA", "U.S."). */
  private static boolean isUpperCase(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether [from, to) is " X " or " X. ", a capital letter: a middle initial. */
  private static boolean middleInitialBetween(String text, int from, int to) {
    int n = to - from;
    return (n == 3 || n == 4 && text.charAt(from + 2) == '.')
        && text.charAt(from) == ' '
        && Character.isUpperCase(text.charAt(from + 1))
        && text.charAt(to - 1) == ' ';
  }

  /** Where "St " or "St. " right before {@code s} starts, else {@code s}. */
  private static int saintBefore(String text, int s) {
    int w = endsBefore(text, s, "St. ") ? s - 4 : endsBefore(text, s, "St ") ? s - 3 : s;
    return w < s
            && text.startsWith("St", w)
            && (w == 0 || !Character.isLetterOrDigit(text.charAt(w - 1)))
        ? w
        : s;
  }

  /** {@link #withAbbreviatedFirstWord} for a span of a place or a body. */
  static Span withAbbreviatedFirstWord(String text, Span sp) {
    int w = abbreviatedFirstWord(text, sp.getStart());
    return w == sp.getStart() ? sp : new Span(w, sp.getEnd());
  }

  /** Where the abbreviated word before a name at {@code s} starts ("St. "), else {@code s}. */
  private static int abbreviatedFirstWord(String text, int s) {
    if (s < 4 || text.charAt(s - 1) != ' ' || text.charAt(s - 2) != '.') {
      return s;
    }
    int w = s - 2;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return (w == 0 || !Character.isLetterOrDigit(text.charAt(w - 1)))
            && ABBREVIATED_FIRST_WORDS.contains(text.substring(w, s - 2))
        ? w
        : s;
  }

  private static final Set<String> ABBREVIATED_FIRST_WORDS =
      WordSet.of("St", "Ste", "Mt", "Ft", "Pt", "Sta");

  /**
   * A mention without the lower-case preposition the model read on into at its end ("held in
   * Marmara Prison since March" read as "Marmara Prison since").
   */
  static Mention withoutFunctionWordAtEnd(String text, Mention m) {
    int space = text.lastIndexOf(' ', m.end() - 1);
    if (space <= m.start() || !Character.isLowerCase(text.charAt(space + 1))) {
      return m;
    }
    return TRAILING_FUNCTION_WORDS.contains(text.substring(space + 1, m.end()))
        ? new Mention(m.start(), space, m.type())
        : m;
  }

  private static final Set<String> TRAILING_FUNCTION_WORDS =
      WordSet.of(
          "since", "in", "on", "at", "from", "after", "before", "until", "during", "near", "with",
          "to", "by");

  /**
   * A place or a body with the capitalised first part of its hyphenated word, which the model left
   * out ("in Ibeju-Lekki" read as "Lekki").
   */
  static Mention withHyphenatedStart(String text, Mention m) {
    int s = m.start();
    if (m.type().equals("PER")
        || s < 2
        || text.charAt(s - 1) != '-'
        || !Character.isLetter(text.charAt(s - 2))) {
      return m;
    }
    int w = s - 1;
    while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '-')) {
      w--;
    }
    return Character.isUpperCase(text.charAt(w)) ? new Mention(w, m.end(), m.type()) : m;
  }

  /**
   * A mention without the indefinite article that opens its sentence ("A Nairobi court jailed"): no
   * name starts with "A" or "An" as a word. ("The" may: The Hague, The Times.)
   */
  static Mention withoutArticle(String text, Mention m) {
    int skip = text.startsWith("A ", m.start()) ? 2 : text.startsWith("An ", m.start()) ? 3 : 0;
    if (skip == 0
        || m.start() + skip >= m.end()
        || !Character.isUpperCase(text.charAt(m.start() + skip))) {
      return m;
    }
    return new Mention(m.start() + skip, m.end(), m.type());
  }

  /**
   * A line of results: two sides, each a name of up to four capitalised words (or "&"; the first
   * may hold a slash, the last be a club's two digits before the score: "Bodo/Glimt 3 Sarpsborg 08
   * 0"), its country in brackets in a European cup, and its score: "Arsenal 2 West Ham 0", "Leeds 0
   * Sheffield Wednesday 2", "Valencia ( Spain ) 3 Bayern Munich ( Germany ) 1".
   */
  private static final Pattern RESULT_LINE =
      Pattern.compile(
          "(\\p{Lu}[\\p{L}.'/-]*(?: (?:\\p{Lu}[\\p{L}.'-]*|&)){0,3}(?: \\d{2}(?= \\d))?)"
              + "(?: \\( \\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,2} \\))? \\d{1,3}(?: ?\\([^()\\n]*\\))? "
              + "(\\p{Lu}[\\p{L}.'/-]*(?: (?:\\p{Lu}[\\p{L}.'-]*|&)){0,3}(?: \\d{2}(?= \\d))?)"
              + "(?: \\( \\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,2} \\))? \\d{1,3}");

  /**
   * A line of a league table: a name of up to four capitalised words and four numbers or more
   * (played, won, drawn, lost, goals, points; a percentage, games behind): "Real Madrid 5 3 2 0 9 4
   * 11", "NEW YORK 74 57 .565 -".
   */
  private static final Pattern STANDINGS_LINE =
      Pattern.compile(
          "(\\p{Lu}[\\p{L}.'-]*(?: (?:\\p{Lu}[\\p{L}.'-]*|&)){0,3})"
              + "(?: (?:\\d{1,4}|\\d{0,3}\\.\\d{3}|-|\\d/\\d)){4,}");

  /**
   * Where a results line's sides start after a group's label ("Group A : Grasshoppers ( Switzerland
   * ) 0 Ajax ( Netherlands ) 1", "Pool B: ..."), else {@code from}.
   */
  private static int afterGroupLabel(String text, int from) {
    if (!text.startsWith("Group ", from) && !text.startsWith("Pool ", from)) {
      return from;
    }
    int colon = text.indexOf(':', from);
    int nl = text.indexOf('\n', from);
    if (colon < 0 || colon > from + 12 || nl >= 0 && colon > nl) {
      return from;
    }
    int start = colon + 1;
    while (start < text.length() && text.charAt(start) == ' ') {
      start++;
    }
    return start;
  }

  /**
   * In a line of results each side is a team: a club (an organisation, though it bears a city's
   * name) or a country's side (the country). The model's mention of a side takes the side's whole
   * name and that type; a side it left out is added ("Arsenal" at the start of a line).
   */
  static List<Mention> resultTeams(String text, List<Mention> found, Predicate<String> isCountry) {
    List<Mention> teams = null;
    Matcher standing = STANDINGS_LINE.matcher(text);
    int from = 0;
    int n = text.length();
    while (from < n) {
      int to = text.indexOf('\n', from);
      if (to < 0) {
        to = n;
      }
      int last = trimmed(text, from, to);
      // what a results line says after the score: "Heerenveen 2 ( Tomasson 12 ) Utrecht 0 .
      // Halftime 1-0 . Attendance 12,500"
      for (int dot = text.indexOf('.', from); dot > from && dot < last; ) {
        if (startsWithAny(text, dot + 1, AFTER_RESULT)) {
          last = trimmed(text, from, dot);
          break;
        }
        dot = text.indexOf('.', dot + 1);
      }
      if (last > from && text.charAt(last - 1) == ')') {
        // a note after a result is no side: "Houston 6 Pittsburgh 5 ( 10 innings )"
        int open = text.lastIndexOf('(', last - 1);
        if (open > from) {
          last = trimmed(text, from, open);
        }
      }
      // only a line that ends in a digit (or a table's "-": no games behind) can be one: prose is
      // not matched at all
      if (last > from
          && (Character.isDigit(text.charAt(last - 1)) || text.charAt(last - 1) == '-')) {
        Matcher m = RESULT_LINE.matcher(text).region(afterGroupLabel(text, from), last);
        if (m.matches()) {
          if (teams == null) {
            teams = new ArrayList<>();
          }
          // a poll's two people the model reads as such stay people: "Bill Clinton 49 Bob Dole 41"
          boolean poll =
              namedPerson(text, found, m.start(1), m.end(1))
                  && namedPerson(text, found, m.start(2), m.end(2));
          for (int g = 1; g <= 2 && !poll; g++) {
            String side = m.group(g);
            // a side with its country after it is a club, even one named as a country (Monaco)
            boolean club = !isCountry.test(side) || text.startsWith(" ( ", m.end(g));
            teams.add(new Mention(m.start(g), m.end(g), club ? "ORG" : "LOC"));
          }
        } else if (standing.region(from, last).matches()) {
          if (teams == null) {
            teams = new ArrayList<>();
          }
          String side = standing.group(1);
          teams.add(
              new Mention(
                  standing.start(1), standing.end(1), isCountry.test(side) ? "LOC" : "ORG"));
        }
      }
      from = to + 1;
    }
    if (teams == null) {
      return found;
    }
    List<Mention> out = new ArrayList<>(found.size() + teams.size());
    for (Mention f : found) {
      if (teams.stream().noneMatch(t -> f.start() < t.end() && t.start() < f.end())) {
        out.add(f);
      }
    }
    out.addAll(teams);
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /** Where [from, to) of the text ends without its trailing white space. */
  private static int trimmed(String text, int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /** What follows a results line's score and ends its sides: halftime, attendance. */
  private static final List<String> AFTER_RESULT =
      List.of(" Halftime", " Half-time", " Attendance");

  /** Whether one of {@code words} stands at {@code at}. */
  private static boolean startsWithAny(String text, int at, List<String> words) {
    for (String w : words) {
      if (text.startsWith(w, at)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the model read [start, end) as a person named in two words or more. */
  private static boolean namedPerson(String text, List<Mention> found, int start, int end) {
    for (Mention f : found) {
      if (f.start() == start
          && f.end() == end
          && f.type().equals("PER")
          && text.lastIndexOf(' ', end - 1) > start) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of a match between two sides, with the spaces around them. */
  private static final List<String> MATCH_VERBS =
      List.of(
          " beat ",
          " beats ",
          " defeated ",
          " drew with ",
          " draw with ",
          " lost to ",
          " were beaten by ",
          " was beaten by ",
          " were held by ",
          " held ",
          " thrashed ",
          " edged ",
          " drew ",
          " routed ",
          // a player's club: "who plays for Barcelona", "Nilis equalised for PSV"
          " plays for ",
          " played for ",
          " signed for ",
          " scored for ",
          " equalised for ",
          " equalized for ");

  /** A score and what links it to the other side: "lost 2-1 at Heerenveen", "drew 1-1 with". */
  private static final Pattern SCORE_BEFORE =
      Pattern.compile(
          "\\b\\d{1,2}-\\d{1,2}(?: (?:draw|win|victory|defeat|home win|away win))?(?: at home| away)?"
              + " (?:at|against|to|with|by|over|away to|at home to) $");

  /**
   * The sides of a match in prose are teams: "Leeds beat Chelsea", "Arsenal drew with West Ham",
   * "lost 2-1 at Heerenveen", "plays for Barcelona". A place the model finds on either side of a
   * match verb (or a city it calls a person) is a club unless it is a country or another listed
   * place: a national side, which news data count as the country (Scotland), or a ground ("won 2-1
   * at Anfield").
   */
  static List<Mention> matchSides(
      String text, List<Mention> found, Predicate<String> isCountry, Predicate<String> isCity) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      String name = text.substring(m.start(), m.end());
      // a city the model calls a person is a club too (Valencia): a player who beats another
      // (Sampras beat Agassi) bears no city's name
      boolean side =
          m.type().equals("LOC") || m.type().equals("PER") && isCity.test(name)
              ? sideOfMatch(text, m.start(), m.end())
                  || isCity.test(name) && pluralVerbAt(text, m.start(), m.end())
              // a "person" with a result a team wins, one score and where ("Aston Villa won 2-0
              // at Leeds"): a player's is a set after a set ("Sampras won 6-3 6-4")
              : m.type().equals("PER")
                  && (teamResultAfter(text, m.end())
                      // "Olimpia beat Cerro Porteño 2-1": a club's opponent is a club (not a
                      // golfer who plays at a club's course: "at Royal Melbourne to beat Cameron
                      // Smith")
                      || opponentClub(text, m, i + 1 < found.size() ? found.get(i + 1) : null)
                      || opponentClub(text, m, i > 0 ? found.get(i - 1) : null)
                      || oneScoreAfter(text, m.end()) && matchVerbBefore(text, m.start())
                      || name.indexOf(' ') < 0 && standingBefore(text, m.start())
                      || clubOverAndWithResult(text, found, i)
                      || footballScoreBefore(text, m.start()));
      if (!side || isCountry.test(name)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      out.set(i, new Mention(m.start(), m.end(), "ORG"));
    }
    // a "person" whose opponent was found a club only now is a club too: "Al Qadsiah beat Al
    // Taawoun 2-0", the second a club by its score, the first by its opponent (not "Valencia and
    // Sampras beat Agassi": a club beside, no opponent)
    for (int i = 0; out != null && i < out.size(); i++) {
      Mention m = out.get(i);
      if (m.type().equals("PER")
          && (opponentClub(text, m, i + 1 < out.size() ? out.get(i + 1) : null)
              || opponentClub(text, m, i > 0 ? out.get(i - 1) : null))
          && !isCountry.test(text.substring(m.start(), m.end()))) {
        out.set(i, new Mention(m.start(), m.end(), "ORG"));
      }
    }
    return out == null ? found : out;
  }

  /**
   * Whether {@code o} is a club that {@code m} plays: between them a few words in lower case with a
   * match verb or a score ("beat", "drew 1-1 with"), not a player's club ("equalised for") nor a
   * verb of someone else's ("at Royal Melbourne to beat Cameron Smith").
   */
  private static boolean opponentClub(String text, Mention m, Mention o) {
    if (o == null || !o.type().equals("ORG")) {
      return false;
    }
    int from = o.start() >= m.end() ? m.end() : o.end();
    int to = o.start() >= m.end() ? o.start() : m.start();
    if (to - from > 20 || to - from < 3 || o.end() > m.start() && o.start() < m.end()) {
      return false;
    }
    String between = text.substring(from, to);
    for (int k = 0; k < between.length(); k++) {
      char c = between.charAt(k);
      if (Character.isUpperCase(c) || c == '.' || c == '\n') {
        return false;
      }
    }
    if (between.startsWith(" to ") || between.endsWith(" for ")) {
      return false;
    }
    if (hasScore(text, from, to)) {
      return true;
    }
    for (String v : MATCH_VERBS) {
      if (between.contains(v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A city or state and a league club's nickname are that club ("the Chicago Bulls", "Boston Red
   * Sox"), and so are the city alone and the nickname alone anywhere else in the text ("Toronto
   * led", "the Bulls improved"), except a city after "in". A nickname after no listed place
   * ("Catholic Cardinals") is left alone. {@code isPlace}: a listed city or region.
   */
  static List<Mention> nicknamedTeams(String text, List<Mention> found, Predicate<String> isPlace) {
    List<Mention> out = null;
    Set<String> teams = null;
    int n = text.length();
    // a nickname follows a place's word and one space: only such words are looked up
    int from = 1; // after a team found, the words after its nickname
    for (int i : capitalsAfterSpaces(text)) {
      int sp = i - 1;
      if (sp + 2 >= n) {
        break;
      }
      char c = text.charAt(i);
      char before = sp > 0 ? text.charAt(sp - 1) : ' ';
      if (sp < from || !(TextNormalizer.isLetter(before) || before == '.')) {
        continue;
      }
      int end = i;
      while (end < n && Character.isLetterOrDigit(text.charAt(end))) {
        end++;
      }
      if (end - i < 3 || !nicknameEdges(c, text.charAt(end - 1))) {
        continue;
      }
      // the nickname: one word, or two ("Red Sox")
      int nickEnd = -1;
      int second = nextWordEnd(text, end);
      if (second > end && TEAM_NICKNAMES.contains(text.substring(i, second))) {
        nickEnd = second;
      } else if (TEAM_NICKNAMES.contains(text.substring(i, end))) {
        nickEnd = end;
      }
      int placeStart = nickEnd < 0 ? -1 : placeBefore(text, i, isPlace);
      if (placeStart < 0 && nickEnd > 0) {
        placeStart = teamBeforeNickname(text, out == null ? found : out, i, isPlace);
      }
      if (placeStart < 0) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
        teams = new HashSet<>();
      }
      int start = placeStart;
      for (Mention f : out) {
        // "the Kobelco Kobe Steelers": a sponsor's word the model read before the place stays
        if (f.type().equals("ORG")
            && f.end() == nickEnd
            && f.start() < placeStart
            && text.lastIndexOf(' ', placeStart - 2) < f.start()) {
          start = f.start();
        }
      }
      int s0 = start;
      int e0 = nickEnd;
      out.removeIf(f -> f.start() < e0 && s0 < f.end());
      out.add(new Mention(s0, e0, "ORG"));
      teams.add(text.substring(placeStart, i - 1));
      teams.add(text.substring(i, nickEnd));
      from = nickEnd;
    }
    if (out != null) {
      spread(text, out, teams, "ORG");
    }
    return sortedOr(found, out);
  }

  /**
   * Where a body the model read one space before a nickname at {@code at} starts, when it opens
   * with a listed place and runs two or three words ("the Saitama Wild" "Knights": the team's name
   * is the place, a word and the nickname); else -1.
   */
  private static int teamBeforeNickname(
      String text, List<Mention> found, int at, Predicate<String> isPlace) {
    for (Mention f : found) {
      if (f.end() == at - 1 && f.type().equals("ORG")) {
        int space = text.indexOf(' ', f.start());
        int words = EntityRecognizer.spaces(text, f.start(), f.end()) + 1;
        return words >= 2 && words <= 3 && isPlace.test(text.substring(f.start(), space))
            ? f.start()
            : -1;
      }
    }
    return -1;
  }

  /**
   * Where the longest listed place of up to three capitalised words ending one space before {@code
   * at} starts (an "and" between two of them allowed), or -1.
   */
  private static int placeBefore(String text, int at, Predicate<String> isPlace) {
    int best = -1;
    int start = at - 1;
    for (int words = 0; words < 4 && start > 0 && text.charAt(start) == ' '; words++) {
      int w = start;
      while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
        w--;
      }
      if (words > 0 && start - w == 3 && text.startsWith("and", w)) {
        start = w - 1; // a country of two names ("Antigua and Barbuda Falcons")
        continue;
      }
      if (w == start || !Character.isUpperCase(text.charAt(w))) {
        break;
      }
      if (isPlace.test(text.substring(w, at - 1))) {
        best = w;
      }
      start = w - 1;
    }
    return best;
  }

  private static final Set<String> TEAM_NICKNAMES = EntityRecognizer.teamNicknames();

  /**
   * The first and last letters of the nicknames' first words, ASCII: a word with others is no
   * nickname, and is not cut out and looked up.
   */
  private static final boolean[] NICKNAME_EDGES = new boolean[128 * 128];

  static {
    for (String nick : TEAM_NICKNAMES) {
      int space = nick.indexOf(' ');
      String first = space < 0 ? nick : nick.substring(0, space);
      NICKNAME_EDGES[first.charAt(0) * 128 + first.charAt(first.length() - 1)] = true;
    }
  }

  private static boolean nicknameEdges(char first, char last) {
    return first < 128 && last < 128 && NICKNAME_EDGES[first * 128 + last];
  }

  /** A player's position between a team and the player: "Bath centre Phil de Glanville". */
  private static final Set<String> POSITIONS =
      WordSet.of(
          "striker",
          "midfielder",
          "defender",
          "goalkeeper",
          "winger",
          "full-back",
          "centre-back",
          "centre",
          "lock",
          "prop",
          "flanker",
          "fly-half",
          "scrum-half",
          "hooker",
          "batsman",
          "bowler",
          "all-rounder",
          "wicketkeeper",
          "wicket-keeper",
          "spinner",
          "paceman",
          "quarterback",
          "pitcher",
          "shortstop",
          "linebacker",
          "outfielder",
          "fullback",
          "forward",
          "coach",
          "manager",
          "captain",
          "team-mate",
          "teammate",
          "driver",
          "rider");

  private static final boolean[] POSITION_FIRST_LETTERS = new boolean[26];

  static {
    POSITIONS.forEach(p -> POSITION_FIRST_LETTERS[p.charAt(0) - 'a'] = true);
  }

  /**
   * A name before a player's position and the player is the player's team: "Wasps lock Lawrence
   * Dallaglio", "Bath centre Phil de Glanville" (a club, though a city's name). A country or a
   * people before it is a national side ("England centre", the country) or a nationality, and
   * stays. Only a word the model or the city list read as a name is retyped.
   */
  static List<Mention> positionTeams(
      String text, List<Mention> found0, List<Mention> cities, Predicate<String> isCountry) {
    List<Mention> found = apartAtPositions(text, found0);
    List<Mention> out = null;
    int n = text.length();
    // only a space right after a name the model or the city list read can end a team (below), so
    // only those spaces are tried, not every word of the text
    int[] spaces = spacesAfter(text, found, cities);
    for (int sp : spaces) {
      if (sp + 3 >= n) {
        break;
      }
      char c = text.charAt(sp + 1);
      if (c < 'a' || c > 'z' || !POSITION_FIRST_LETTERS[c - 'a']) {
        continue; // most words are passed over here
      }
      int end = sp + 1;
      while (end < n && (Character.isLowerCase(text.charAt(end)) || text.charAt(end) == '-')) {
        end++;
      }
      if (end + 2 >= n
          || text.charAt(end) != ' '
          || !Character.isUpperCase(text.charAt(end + 1))
          || !POSITIONS.contains(text.substring(sp + 1, end))) {
        continue;
      }
      // the team: the one capitalised word before the position
      int start = sp;
      while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      if (start == sp
          || !Character.isUpperCase(text.charAt(start))
          || start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
        continue;
      }
      String team = text.substring(start, sp);
      if (isCountry.test(team) || EntityRecognizer.isPeople(team.toLowerCase(Locale.ROOT))) {
        continue;
      }
      int s0 = start;
      List<Mention> current = out == null ? found : out;
      Mention there = null;
      for (Mention f : current) {
        if (f.start() < sp && s0 < f.end()) {
          there = f;
        }
      }
      if (there != null
          && (there.start() != s0 || there.end() != sp || there.type().equals("ORG"))) {
        continue; // a longer name, or the team already
      }
      int e0 = sp;
      if (there == null && cities.stream().noneMatch(m -> m.start() == s0 && m.end() == e0)) {
        continue; // a word no one read as a name: the lists and the model know better
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      if (there != null) {
        out.remove(there);
      }
      out.add(new Mention(s0, sp, "ORG"));
    }
    return sortedOr(found, out);
  }

  /**
   * A person the model read on from the team before a position ("Williams driver Damon Hill") is
   * two names: the team's word, which {@link #positionTeams} then types, and the person after the
   * position.
   */
  private static List<Mention> apartAtPositions(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int k = 0; k < found.size(); k++) {
      Mention m = found.get(k);
      if (!m.type().equals("PER")) {
        continue;
      }
      for (int sp = text.indexOf(' ', m.start()); sp > 0 && sp < m.end(); ) {
        int end = text.indexOf(' ', sp + 1);
        if (end < 0 || end + 1 >= m.end()) {
          break;
        }
        if (Character.isLowerCase(text.charAt(sp + 1))
            && Character.isUpperCase(text.charAt(end + 1))
            && POSITIONS.contains(text.substring(sp + 1, end))) {
          if (out == null) {
            out = new ArrayList<>(found);
          }
          out.set(k, new Mention(m.start(), sp, "PER"));
          out.add(new Mention(end + 1, m.end(), "PER"));
          break;
        }
        sp = end;
      }
    }
    return sortedOr(found, out);
  }

  /** The distinct offsets, in order, of a space right after any of the mentions. */
  private static int[] spacesAfter(String text, List<Mention> a, List<Mention> b) {
    int[] out = new int[a.size() + b.size()];
    int k = 0;
    for (List<Mention> list : List.of(a, b)) {
      for (Mention m : list) {
        if (m.end() > 0 && m.end() < text.length() && text.charAt(m.end()) == ' ') {
          out[k++] = m.end();
        }
      }
    }
    Arrays.sort(out, 0, k);
    int distinct = 0;
    for (int i = 0; i < k; i++) {
      if (distinct == 0 || out[distinct - 1] != out[i]) {
        out[distinct++] = out[i];
      }
    }
    return Arrays.copyOf(out, distinct);
  }

  /**
   * Whether one score follows a side, not a set after a set: "beat Benfica 2-1 on Sunday" is a
   * team's result, "beat Agassi 6-4 6-3" and "beat Alcaraz 7-6(4) 7-5" a player's.
   */
  private static boolean oneScoreAfter(String text, int end) {
    if (end + 4 >= text.length()
        || text.charAt(end) != ' '
        || !Character.isDigit(text.charAt(end + 1))) {
      return false; // most names have no score after them
    }
    Matcher m = ONE_SCORE.matcher(text).region(end, Math.min(text.length(), end + 24));
    return m.lookingAt();
  }

  // a bracket right after a score is a tie-break's, a set's: "beat Alcaraz 7-6(4) 7-5"
  private static final Pattern ONE_SCORE =
      Pattern.compile(" \\d{1,3}-\\d{1,3}(?![\\d(-])(?! \\(?\\d{1,3}-\\d)");

  /** Whether a team's standing is named right before: "behind leaders Fenerbahce". */
  private static boolean standingBefore(String text, int start) {
    return anyBefore(text, start, STANDINGS);
  }

  /** Whether one of {@code words} ends right at {@code start}. */
  static boolean anyBefore(String text, int start, List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      if (endsAt(text, start, words.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code w} ends at {@code end}, compared from its last character: the phrases looked for
   * before a name all end in a space, and most differ from the text a letter before it.
   */
  private static boolean endsAt(String text, int end, String w) {
    int at = end - w.length();
    if (at < 0) {
      return false;
    }
    for (int k = w.length() - 1; k >= 0; k--) {
      if (text.charAt(at + k) != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static final List<String> STANDINGS =
      List.of(" leaders ", " champions ", " holders ", " Leaders ", " Champions ", " Holders ");

  /**
   * Whether a plural verb follows a city's name that opens a sentence: a club, in British usage
   * ("Wigan have signed", "Newcastle are third"); a city is one place ("Paris has").
   */
  private static boolean pluralVerbAt(String text, int start, int end) {
    // the subject alone, opening its sentence: "Tehran and Islamabad are", "around Cork have" are
    // places
    if (start > 0
        && !(start >= 2 && text.charAt(start - 2) == '.' || text.charAt(start - 1) == '\n')) {
      return false;
    }
    for (String v : PLURAL_VERBS) {
      int after = end + v.length();
      if (text.startsWith(v, end)
          && after < text.length()
          && Character.isLowerCase(text.charAt(after))) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> PLURAL_VERBS = List.of(" have ", " are ", " were ");

  /** Whether the words around [start, end) make it a side of a match ({@link #matchSides}). */
  private static boolean sideOfMatch(String text, int start, int end) {
    return matchVerbAt(text, end)
        || matchVerbBefore(text, start)
        || hasScore(text, start - 40, start)
            && SCORE_BEFORE.matcher(text).region(Math.max(0, start - 40), start).find()
        || scoreAfter(text, end)
        || versus(text, start, end);
  }

  /**
   * Whether [from, to) of the text holds a score, a digit, a dash and a digit: the score patterns
   * are tried only then (most names stand nowhere near one).
   */
  private static boolean hasScore(String text, int from, int to) {
    int end = Math.min(text.length() - 1, to);
    for (int i = Math.max(1, from); i < end; i++) {
      if (text.charAt(i) == '-'
          && Character.isDigit(text.charAt(i - 1))
          && Character.isDigit(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A city the lists found where the model saw no name, standing as a side of a match ("Stuttgart
   * lost 3-1 at Duisburg"), is a club as {@link #matchSides} reads the model's places: the model's
   * mention it becomes shadows the city. A country or another listed place stays.
   */
  static List<Mention> citySides(
      String text, List<Mention> found, List<Mention> cities, Predicate<String> isCountry) {
    List<Mention> out = null;
    for (Mention c : cities) {
      if (crossed(found, c.start(), c.end(), f -> false)
          || isCountry.test(text.substring(c.start(), c.end()))
          || !sideOfMatch(text, c.start(), c.end()) && !pluralVerbAt(text, c.start(), c.end())) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      out.add(new Mention(c.start(), c.end(), "ORG"));
    }
    return sortedOr(found, out);
  }

  /**
   * A result after a side, across a clause about it: "Newcastle drew 1-1 at Everton", "Ajax, who
   * lead the table, won 3-0".
   */
  private static final Pattern SCORE_AFTER =
      Pattern.compile(
          "(?: ?, (?:who|which) [^,\\n]{1,100}?(?: ,|,))? (?:won|win|lost|lose|drew|beat|thrashed|edged|routed"
              + "|were beaten|was beaten|went down|were held to a|was held to a)"
              + " \\d{1,2}-\\d{1,2}(?![\\d-])");

  /** A result after a side, one score and then where or against whom: a team's result. */
  private static boolean teamResultAfter(String text, int end) {
    int score = scoreEnd(text, end);
    return score >= 0 && TEAM_SCORE_TAIL.matcher(text).region(score, text.length()).lookingAt();
  }

  /** What follows a team's score: where or against whom, not another set. */
  private static final Pattern TEAM_SCORE_TAIL =
      Pattern.compile(
          "(?: (?:draw|win|victory|defeat))? (?:at|against|over|away|at home|in|on|with|by) ");

  private static boolean scoreAfter(String text, int end) {
    return scoreEnd(text, end) >= 0;
  }

  /** Where the result after a side ({@link #SCORE_AFTER}) ends, or -1. */
  private static int scoreEnd(String text, int end) {
    if (end + 8 >= text.length()
        || text.charAt(end) != ' ' && text.charAt(end) != ','
        || !hasScore(text, end, end + 140)) {
      return -1;
    }
    Matcher m = SCORE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 140));
    return m.lookingAt() ? m.end() : -1;
  }

  /**
   * Whether a side stands in a cup draw's "or" on a line with " v " ("Bolton or Tottenham v
   * Wimbledon", "Stockport v Southampton or Oxford"): the winner of a tie still to be played.
   */
  private static boolean orInDraw(String text, int start, int end) {
    boolean orAfter = text.startsWith(" or ", end);
    boolean orBefore = start >= 4 && text.startsWith(" or ", start - 4);
    if (!orAfter && !orBefore) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', start) + 1;
    int lineEnd = text.indexOf('\n', end);
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    return line.length() < 120 && line.contains(" v ");
  }

  /** " v ", " vs " or " vs. " between two sides: "Essex 532-8 declared (...) v Derbyshire". */
  private static final List<String> VERSUS = List.of(" v ", " v. ", " vs ", " vs. ");

  /**
   * A cricket scorecard's header line, "Essex 532-8 declared ( N. Hussain 154 ) v Derbyshire": the
   * side that batted, its score, what happened, " v " and the other side, alone on the line.
   */
  private static final Pattern SCORECARD =
      Pattern.compile(
          "(?m)^(\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,3}) \\d+(?:-\\d+)?(?: (?:declared|dec|all out))?"
              + "(?: \\([^()\\n]*\\))?(?: and \\d+(?:-\\d+)?(?: (?:declared|dec))?(?: \\([^()\\n]*\\))?)?"
              + " vs?\\.? (\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,3}) *$");

  /**
   * Both sides of every scorecard header line are teams: clubs or counties (an organisation), or
   * countries (a national side, which news data count as the country). A side the model left out is
   * added.
   */
  static List<Mention> scorecardSides(
      String text, List<Mention> found, Predicate<String> isCountry) {
    List<Mention> out = null;
    if (text.startsWith("At ") || text.contains("\nAt ")) {
      out = groundSides(text, found, isCountry);
    }
    if (VERSUS.stream().noneMatch(text::contains)) {
      return sortedOr(found, out); // no scorecard header: most texts, so the regex runs on few
    }
    Matcher mt = SCORECARD.matcher(text);
    while (mt.find()) {
      for (int g = 1; g <= 2; g++) {
        int start = mt.start(g);
        int end = mt.end(g);
        String type = isCountry.test(text.substring(start, end)) ? "LOC" : "ORG";
        if (out == null) {
          out = new ArrayList<>(found);
        }
        out.removeIf(m -> m.start() < end && start < m.end());
        out.add(new Mention(start, end, type));
      }
    }
    return sortedOr(found, out);
  }

  private static final String SIDE = "\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,3}";

  private static final String INNINGS =
      "\\d+(?:-\\d+)?(?: (?:declared|dec|all out))?(?: \\([^()\\n]*\\))?";

  /**
   * A close-of-play line of a county round-up: the ground, then each side with its innings, the two
   * sides apart by a full stop or " v " ("At Taunton : Somerset 285-8 ( P. Bowler 78 ) v
   * Lancashire", "At Chester-le-Street : Durham 326 ( J. Morris 123 ) . Glamorgan 92-2").
   */
  private static final Pattern GROUND_LINE =
      Pattern.compile(
          "(?m)^At ("
              + SIDE
              + ") ?: ("
              + SIDE
              + ") "
              + INNINGS
              + "(?: and "
              + INNINGS
              + ")?(?: ?\\.)? (?:vs?\\.? )?("
              + SIDE
              + ")(?: "
              + INNINGS
              + "(?: and "
              + INNINGS
              + ")?)?[ .]*$");

  /**
   * The ground of a close-of-play line is a place and its sides are teams ({@link #GROUND_LINE}).
   */
  private static List<Mention> groundSides(
      String text, List<Mention> found, Predicate<String> isCountry) {
    List<Mention> out = null;
    Matcher mt = GROUND_LINE.matcher(text);
    while (mt.find()) {
      for (int g = 1; g <= 3; g++) {
        int start = mt.start(g);
        int end = mt.end(g);
        String type = g == 1 || isCountry.test(text.substring(start, end)) ? "LOC" : "ORG";
        if (out == null) {
          out = new ArrayList<>(found);
        }
        out.removeIf(m -> m.start() < end && start < m.end());
        out.add(new Mention(start, end, type));
      }
    }
    return out;
  }

  private static boolean versus(String text, int start, int end) {
    if (orInDraw(text, start, end)) {
      return true;
    }
    for (String v : VERSUS) {
      int at = start - v.length();
      if (at > 0 && text.startsWith(v, at) && !Character.isWhitespace(text.charAt(at - 1))
          || text.startsWith(v, end)
              && end + v.length() < text.length()
              && Character.isUpperCase(text.charAt(end + v.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A firm before its founder's or chief's role and name ("former Blackwater founder Erik Prince",
   * "Zimplats chairman Fholisani Mufamadi", "Vectus chief executive John Doe"), whatever the model
   * read there: a company role is held of a company. A place or a people before the role stays
   * ("Texas governor", "Kazakh steel boss"); the roles are a company's only, so a country's
   * president is not asked.
   */
  static List<Mention> firmsBeforeRoles(
      String text, List<Mention> found, Predicate<String> isPlaceOrPeople) {
    List<Mention> out = null;
    for (String role : FIRM_ROLES) {
      for (int at = text.indexOf(role); at > 0; at = text.indexOf(role, at + 1)) {
        int after = at + role.length();
        if (after >= text.length() || !Character.isUpperCase(text.charAt(after))) {
          continue; // a name follows the role
        }
        int start = capitalisedRunBefore(text, at, 1);
        if (start < 0) {
          continue;
        }
        int firstEnd = nameWordEnd(text, start);
        if (EntityRecognizer.isSentenceWord(
            text.substring(start, firstEnd).toLowerCase(Locale.ROOT))) {
          if (firstEnd >= at) {
            continue;
          }
          start = firstEnd + 1; // "The Vectus chief executive"
        }
        String firm = text.substring(start, at);
        String lower = firm.toLowerCase(Locale.ROOT);
        if (isPlaceOrPeople.test(firm)
            || EntityRecognizer.isTitle(lower)
            || OFFICE_TERMS.contains(lower) // "Acting chairman Masoud Suleman"
            || EntityRecognizer.isOrgHead(lower)
            // "Defence chief", "Intelligence chief": a portfolio's or a service's chief
            || role.equals(" chief ")
                && (PORTFOLIOS.contains(lower)
                    || CHIEFS_OF.contains(lower)
                    || opensSentence(text, start))
            // "Business owner Lily Tasso", "Gang boss": a word opening a sentence that the model
            // reads as no name is a trade's, not a firm's
            || (role.equals(" owner ") || role.equals(" boss "))
                && opensSentence(text, start)
                && firm.indexOf(' ') < 0
                && !crossed(found, start, at, f -> false) // the model read nothing there
            || crossed(found, start, at, f -> true)) {
          continue;
        }
        out = placed(found, out, start, at, "ORG");
      }
    }
    return sortedOr(found, out);
  }

  /** Whether {@code at} opens a text, a line or a sentence (after ". ", "! ", "? "). */
  private static boolean opensSentence(String text, int at) {
    int k = at - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    if (k < 0) {
      return true;
    }
    char c = text.charAt(k);
    return c == '\n' || (c == '.' || c == '!' || c == '?') && k < at - 1;
  }

  private static final List<String> FIRM_ROLES =
      List.of(
          " founder ",
          " co-founder ",
          " cofounder ",
          " chief executive ",
          " CEO ",
          " chairman ",
          " chairwoman ",
          " boss ",
          " owner ",
          " secretary general ",
          " secretary-general ",
          " chief ");

  /** What a chief is chief of besides a firm, capitalised at times ("Intelligence chief"). */
  private static final Set<String> CHIEFS_OF =
      WordSet.of(
          "intelligence",
          "spy",
          "security",
          "military",
          "opposition",
          "rebel",
          "militia",
          "army",
          "police",
          "navy",
          "staff",
          "party",
          "union",
          "aid",
          "relief",
          "humanitarian",
          "nuclear",
          "atomic",
          "election",
          "electoral",
          "customs",
          "prison",
          "fire",
          "tribal",
          "village");

  /**
   * A body and the person who leads it, which the model read as one name across "of" ("the
   * Mauritian Militant Movement of Paul Berenger"): the words before "of" end in a body's head, the
   * two or three after it open with a listed given name and end the mention. The body keeps its
   * words, the person theirs.
   */
  static List<Mention> peopleAfterBodies(
      String text, List<Mention> found, Predicate<String> isGivenName) {
    List<Mention> out = null;
    for (Mention m : found) {
      if (m.type().equals("LOC")) {
        continue;
      }
      int of = within(text, " of ", m);
      if (of < 0
          || !EntityRecognizer.isOrgHead(lastWordLower(text, new Mention(m.start(), of, ""))))
        continue;
      int name = of + 4;
      String[] words = text.substring(name, m.end()).split(" ");
      boolean capitalised = words.length >= 2 && words.length <= 3;
      for (int k = 0; capitalised && k < words.length; k++) {
        capitalised = words[k].length() > 1 && Character.isUpperCase(words[k].charAt(0));
      }
      if (!capitalised || !isGivenName.test(words[0])) {
        continue;
      }
      out =
          split(
              found, out, m, new Mention(m.start(), of, "ORG"), new Mention(name, m.end(), "PER"));
    }
    return sortedOr(found, out);
  }

  /**
   * One word the model read as a person after "head of", "chief of" or "boss of" is what they head:
   * a body ("the former head of Eurocontrol"), unless it is a listed given name or a place. {@code
   * isGivenName}: a listed given name; {@code isPlace}: a listed place or country.
   */
  static List<Mention> bodiesHeaded(
      String text, List<Mention> found, Predicate<String> isPersonName, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!m.type().equals("PER") || !anyWordBefore(text, m.start(), HEADED_BY)) {
        continue;
      }
      String name = text.substring(m.start(), m.end());
      if (name.indexOf(' ') >= 0
          || possessiveAt(text, m.end())
          || isPersonName.test(name)
          || isPlace.test(name)) {
        continue;
      }
      out = setAt(found, out, i, new Mention(m.start(), m.end(), "ORG"));
    }
    return out == null ? found : out;
  }

  /** What a person heads, after them: a body ({@link #bodiesHeaded}). */
  private static final List<String> HEADED_BY = List.of("head of ", "chief of ", "boss of ");

  /**
   * A body read on over "and" into a person who is "of" a body in turn is the body and the person:
   * "Bedri Hamza of the Democratic Party of Kosovo and Lumir Abdixhiku of the Democratic League".
   * The words after "and" are two or three capitalised ones, none a body's head; a body is not "of
   * the" another body.
   */
  static List<Mention> peopleAfterBodiesOverAnd(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!m.type().equals("ORG") || !text.startsWith(" of the ", m.end())) {
        continue;
      }
      int and = text.lastIndexOf(" and ", m.end());
      if (and <= m.start()) {
        continue;
      }
      String[] words = text.substring(and + 5, m.end()).split(" ");
      boolean personal = words.length >= 2 && words.length <= 3;
      for (int k = 0; personal && k < words.length; k++) {
        personal =
            words[k].length() > 1
                && Character.isUpperCase(words[k].charAt(0))
                && lettersOnly(words[k].replace("-", ""))
                && !EntityRecognizer.isOrgHead(words[k].toLowerCase(Locale.ROOT));
      }
      if (!personal) {
        continue;
      }
      out =
          split(
              found,
              out,
              m,
              new Mention(m.start(), and, "ORG"),
              new Mention(and + 5, m.end(), "PER"));
    }
    return sortedOr(found, out);
  }

  /**
   * A person and the body they speak for, which the model read as one name across "of" ("Lawyer
   * Obey Shava of Zimbabwe Lawyers", "Analyst Grace Mutasa of Harare Capital Partners"): the person
   * is the two or three capitalised words before "of" after a title (or opening with a given name),
   * the body the capitalised words after it, over "for", "and", "of" and "the" (Zimbabwe Lawyers
   * for Human Rights); a listed place after "of" is that place ("Chief Minister Mamata Banerjee of
   * West Bengal"). A head before "of" stays whole: one word before it is no person (Bank of
   * England, Queen Elizabeth of England).
   */
  static List<Mention> peopleOfBodies(
      String text,
      List<Mention> found,
      Predicate<List<String>> personBeforeOf,
      Predicate<List<String>> nameAfterTitle,
      Predicate<String> isPlace) {
    List<Mention> out = null;
    for (Mention m : found) {
      int of = within(text, " of ", m);
      if (of < 0 || m.end() <= of + 4) {
        continue;
      }
      int run = capitalisedRunBefore(text, of);
      if (run < 0 || run > m.start() && !m.type().equals("PER")) {
        continue; // a body's name that opens after a person's ("Shava of ...") is the model's PER
      }
      int name = run;
      int first = nameWordEnd(text, run);
      String firstLower = text.substring(run, first).toLowerCase(Locale.ROOT);
      boolean titled = EntityRecognizer.isTitle(firstLower) || STAFF.contains(firstLower);
      if (titled) {
        name = first + 1; // "Lawyer Obey Shava": the title is no part of the name
      } else if (run > 1) {
        int before = run - 1;
        int w = before;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
          w--;
        }
        String lowerBefore = text.substring(w, Math.max(w, before)).toLowerCase(Locale.ROOT);
        titled =
            before > 0
                && text.charAt(before) == ' '
                && (EntityRecognizer.isTitle(lowerBefore) || STAFF.contains(lowerBefore));
      }
      if (name >= of || text.indexOf(' ', name) >= of) {
        continue; // one word left: "Queen Elizabeth of"
      }
      List<String> words = List.of(text.substring(name, of).split(" "));
      // "Ossufo Momade of Renamo and": one word no list holds as a place, the model's person
      // ending there, is a body of that one word
      boolean oneWordBody =
          m.type().equals("PER")
              && text.indexOf(' ', of + 4) >= m.end()
              && Character.isUpperCase(text.charAt(of + 4))
              && !isPlace.test(text.substring(of + 4, m.end()));
      // "Nova Scotia House of Assembly", "Eliza Countess of Gaverick": a head, a rank or a place
      // among the words makes them no one's name
      if (titled
          ? !nameAfterTitle.test(words)
          : !personBeforeOf.test(words)
              && !(nameAfterTitle.test(words)
                  && (surnameOfAPerson(text, found, m, words)
                      || partyAfterOf(text, of)
                      || headedBodyAfterOf(text, of)
                      || oneWordBody
                      // "Luhaga Mpina of ACT-Wazalendo": an acronym after "of" is a body
                      || of + 6 < text.length()
                          && Character.isUpperCase(text.charAt(of + 4))
                          && Character.isUpperCase(text.charAt(of + 5))))) {
        continue;
      }
      boolean placeInside = false; // "Nova Scotia House": two words of a place
      for (int k = 0; k + 1 < words.size(); k++) {
        placeInside |= isPlace.test(words.get(k) + " " + words.get(k + 1));
      }
      if (placeInside) {
        continue;
      }
      int body = of + 4;
      if (text.startsWith("the ", body)) {
        body = pastAdjectives(text, body + 4);
      }
      int end = oneWordBody ? m.end() : bodyRunEnd(text, body, nextPersonStart(found, m));
      if (end <= body) {
        continue;
      }
      String type = isPlace.test(text.substring(body, end)) ? "LOC" : "ORG";
      out = placed(found, out, name, of, "PER");
      out = placed(found, out, body, end, type);
    }
    return sortedOr(found, out);
  }

  /**
   * A "person" right after a person of two words or more and "of" is what that person belongs to: a
   * body ("Rafael Lopez Aliaga of Popular Renewal"), or a place where one is listed; one person is
   * not "of" another. {@code isPlace}: a listed place.
   */
  static List<Mention> bodiesAfterPeopleOf(
      String text, List<Mention> found, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int i = 0; i + 1 < found.size(); i++) {
      Mention a = found.get(i);
      Mention b = found.get(i + 1);
      if (a.type().equals("PER")
          && b.type().equals("PER")
          && b.start() == a.end() + 4
          && text.startsWith(" of ", a.end())
          && text.indexOf(' ', a.start()) < a.end()) {
        String name = text.substring(b.start(), b.end());
        out =
            setAt(
                found,
                out,
                i + 1,
                new Mention(b.start(), b.end(), isPlace.test(name) ? "LOC" : "ORG"));
      }
    }
    return out == null ? found : out;
  }

  /**
   * Two to four capitalised words after a person and " of the ", none of them read and no place,
   * are the person's body ("Andris Kulbergs of the United List said"): the model reads a body after
   * "of" alone but mostly not after "of the". Not one word (a novel's "Mr Lynde of the Grange"),
   * nor words that end in a place's or a street's head (of the Old Town Hall).
   */
  static List<Mention> bodiesOfMembers(
      String text, List<Mention> found, Predicate<String> isPlace) {
    if (text.indexOf(" of the ") < 0) {
      return found;
    }
    List<Mention> out = null;
    for (Mention m : found) {
      int body = m.end() + 8;
      if (!m.type().equals("PER")
          || body >= text.length()
          || !text.startsWith(" of the ", m.end())
          || !Character.isUpperCase(text.charAt(body))) {
        continue;
      }
      int end = bodyRunEnd(text, body);
      int last = text.lastIndexOf(' ', end - 1) + 1;
      int words = 1;
      for (int k = body; k < end; k++) {
        words += text.charAt(k) == ' ' ? 1 : 0;
      }
      String lastLower = text.substring(last, end).toLowerCase(Locale.ROOT);
      if (words < 2
          || words > 4
          || EntityRecognizer.isPlaceHead(lastLower)
          || EntityRecognizer.isStreetHead(lastLower)
          || isPlace.test(text.substring(body, end))
          || crossed(found, body, end, f -> false)) {
        continue;
      }
      out = placed(found, out, body, end, "ORG");
    }
    return sortedOr(found, out);
  }

  /**
   * Whether " of the" and a party's, a movement's or an association's name follow {@code of}, maybe
   * after a word or two in lower case: "Nasry Asfura of the (conservative) National Party", "Lutero
   * Simango of the Democratic Movement of Mozambique" name a person and the party (a body of a
   * party has its own head: "Youth Wing of the ...").
   */
  private static boolean partyAfterOf(String text, int of) {
    if (!text.startsWith(" of the ", of)) {
      return false;
    }
    int body = pastAdjectives(text, of + 8);
    int end = bodyRunEnd(text, body);
    if (end <= body) {
      return false;
    }
    // "of the (conservative) National Party", "of the Democratic Movement of Mozambique": a
    // political head among the name's words
    if (anyWordOf(text, body, end, EntityRecognizer::isPoliticalHead)) {
      return true;
    }
    // "of the ruling Libre party", "of the Linava association": the head in lower case after the
    // name
    return text.startsWith(" ", end) && wholeWordAt(text, end + 1, BODY_HEADS_AFTER);
  }

  /**
   * Whether " of the" and a name of capitalised words that ends in a body's head follow {@code of}:
   * "Shahmar Movsumov of the State Oil Fund of Azerbaijan" names a person and the fund.
   */
  private static boolean headedBodyAfterOf(String text, int of) {
    if (!text.startsWith(" of the ", of)) {
      return false;
    }
    int body = of + 8;
    return anyWordOf(
        text,
        body,
        bodyRunEnd(text, body),
        // a capitalised head: the run's lower-case connectors are none
        lower -> !BODY_CONNECTORS.contains(lower) && EntityRecognizer.isOrgHead(lower));
  }

  /**
   * Whether a word of the name at [from, end), lower-cased, passes {@code test} (the name's words
   * are {@link #nameWordEnd}'s, one space apart).
   */
  private static boolean anyWordOf(String text, int from, int end, Predicate<String> test) {
    for (int w = from; w < end; ) {
      int e = nameWordEnd(text, w);
      if (e > w && test.test(text.substring(w, e).toLowerCase(Locale.ROOT))) {
        return true;
      }
      int next = text.indexOf(' ', e);
      if (next < 0 || next >= end) {
        break;
      }
      w = next + 1;
    }
    return false;
  }

  /** Heads in lower case after a body's name that a person is "of the" ({@link #partyAfterOf}). */
  private static final List<String> BODY_HEADS_AFTER =
      List.of("party", "movement", "association", "union", "federation", "alliance", "coalition");

  private static final List<String> PARTY_HEADS_AFTER = List.of("party", "movement");

  /**
   * A person the model read as a body before "of the" and a party ("Rixi Moncada of the ruling
   * Libre party trailed"): two or three plain capitalised words, no head last.
   */
  static List<Mention> peopleOfParties(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!m.type().equals("ORG")
          || !text.startsWith(" of the ", m.end())
          || !personShaped(text, m, w -> false)
          || !partyAfterOf(text, m.end())) {
        continue;
      }
      out = setAt(found, out, i, new Mention(m.start(), m.end(), "PER"));
    }
    return out == null ? found : out;
  }

  /**
   * Where a capitalised name starts after up to two lower-case words from {@code at} ("the
   * conservative National Party", "the ruling left-wing Libre party"); {@code at} itself if no
   * capitalised word follows them.
   */
  private static int pastAdjectives(String text, int at) {
    int p = at;
    for (int words = 0; words < 2; words++) {
      if (p < text.length() && Character.isUpperCase(text.charAt(p))) {
        return p;
      }
      int e = p;
      while (e < text.length()
          && (text.charAt(e) >= 'a' && text.charAt(e) <= 'z' || text.charAt(e) == '-')) {
        e++;
      }
      if (e == p || e + 1 >= text.length() || text.charAt(e) != ' ') {
        return at;
      }
      p = e + 1;
    }
    return p < text.length() && Character.isUpperCase(text.charAt(p)) ? p : at;
  }

  /**
   * Whether the last of a name's words is the surname of a person the model found elsewhere in the
   * text ("Nasry Asfura of the National Party" after or before "endorsed Asfura").
   */
  private static boolean surnameOfAPerson(
      String text, List<Mention> found, Mention m, List<String> words) {
    String surname = words.get(words.size() - 1);
    for (Mention o : found) {
      if (o != m
          && o.type().equals("PER")
          && o.end() - o.start() >= surname.length()
          && text.startsWith(surname, o.end() - surname.length())
          && (o.end() - o.start() == surname.length()
              || text.charAt(o.end() - surname.length() - 1) == ' ')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a body's capitalised words from {@code from} end, over lower-case "for", "and", "of",
   * "the" between them (Lawyers for Human Rights), at most eight words; {@code from} if none.
   */
  private static int bodyRunEnd(String text, int from) {
    return bodyRunEnd(text, from, text.length());
  }

  /**
   * As {@link #bodyRunEnd(String, int)}, ending before {@code limit}: where a person starts
   * ("Salvador Nasralla of the Liberal Party and Nasry Asfura": the body is no longer than its
   * party's name).
   */
  private static int bodyRunEnd(String text, int from, int limit) {
    int end = from;
    int pos = from;
    int n = Math.min(text.length(), limit);
    for (int words = 0; words < 8 && pos < n; words++) {
      int e = nameWordEnd(text, pos);
      if (e == pos) {
        break;
      }
      boolean capital = Character.isUpperCase(text.charAt(pos));
      String word = text.substring(pos, e);
      if (capital) {
        end = e;
      } else if (!BODY_CONNECTORS.contains(word) || end == from) {
        break;
      }
      if (e + 1 >= n || text.charAt(e) != ' ') {
        break;
      }
      pos = e + 1;
    }
    return end;
  }

  private static final Set<String> BODY_CONNECTORS = WordSet.of("for", "and", "of", "the");

  /** Where the first person found after {@code m} starts; {@link Integer#MAX_VALUE} if none. */
  private static int nextPersonStart(List<Mention> found, Mention m) {
    int next = Integer.MAX_VALUE;
    for (Mention o : found) {
      if (o.start() >= m.end() && o.start() < next && o.type().equals("PER")) {
        next = o.start();
      }
    }
    return next;
  }

  /**
   * A holding the model reads on over "of" into the place it is of ("International Resources
   * Holding of Abu Dhabi") is the holding and the place.
   */
  static List<Mention> holdingsOfPlaces(
      String text, List<Mention> found, Predicate<String> isPlace) {
    if (text.indexOf(" Holding") < 0) {
      return found;
    }
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!m.type().equals("ORG")) {
        continue;
      }
      int of = text.indexOf(" Holding of ", m.start());
      int cut = of + 8;
      if (of < 0 || of + 12 >= m.end()) {
        of = text.indexOf(" Holdings of ", m.start());
        cut = of + 9;
      }
      if (of < 0 || cut + 4 >= m.end() || !isPlace.test(text.substring(cut + 4, m.end()))) {
        continue;
      }
      out = setAt(found, out, i, new Mention(m.start(), cut, "ORG"));
      out.add(new Mention(cut + 4, m.end(), "LOC"));
    }
    return sortedOr(found, out);
  }

  /** A given name, a nickname in quotes and a surname: Joaquin "El Chapo" Guzman. */
  private static final Pattern NICKNAMED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?) [\"\u201C]"
              + "\\p{Lu}[^\"\u201D\n]{0,24}[\"\u201D] \\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?"
              + "(?![\\p{L}\\p{N}])");

  /**
   * A person named with a nickname in quotes between their given name and surname (Joaquin "El
   * Chapo" Guzman, Ismael "El Mayo" Zambada) is one person, where the model reads a person, a place
   * and nothing: the first word must be a given name, or the model reads a person there.
   */
  static List<Mention> nicknamedPeople(
      String text, List<Mention> found, Predicate<String> isGivenName) {
    if (text.indexOf('"') < 0 && text.indexOf('\u201C') < 0) {
      return found;
    }
    List<Mention> out = null;
    Matcher mm = NICKNAMED.matcher(text);
    // the pattern is tried only from the one or two capitalised words before an opening quote
    int searchFrom = 0;
    for (int q = nextOpeningQuote(text, 0); q >= 0; q = nextOpeningQuote(text, q + 1)) {
      if (q < 3 || text.charAt(q - 1) != ' ' || q < searchFrom) {
        continue;
      }
      int w1 = q - 1;
      while (w1 > 0 && text.charAt(w1 - 1) != ' ' && text.charAt(w1 - 1) != '\n') {
        w1--;
      }
      int w0 = w1;
      if (w1 > 1 && text.charAt(w1 - 1) == ' ') {
        w0 = w1 - 1;
        while (w0 > 0 && text.charAt(w0 - 1) != ' ' && text.charAt(w0 - 1) != '\n') {
          w0--;
        }
      }
      int end = Math.min(text.length(), q + 80);
      boolean matched =
          Character.isUpperCase(text.charAt(w0)) && mm.region(w0, end).lookingAt()
              || Character.isUpperCase(text.charAt(w1)) && mm.region(w1, end).lookingAt();
      if (!matched) {
        continue;
      }
      int s0 = mm.start();
      int e0 = mm.end();
      searchFrom = e0;
      int firstEnd = s0;
      while (firstEnd < e0 && Character.isLetter(text.charAt(firstEnd))) {
        firstEnd++;
      }
      String first = text.substring(s0, firstEnd);
      List<Mention> current = out == null ? found : out;
      boolean person =
          isGivenName.test(first)
              || current.stream().anyMatch(f -> f.type().equals("PER") && f.start() == s0);
      if (!person
          || current.stream()
              .anyMatch(
                  f ->
                      f.start() < e0
                          && s0 < f.end()
                          && (f.start() < s0 || f.end() > e0 || f.type().equals("ORG")))) {
        continue;
      }
      out = placed(found, out, s0, e0, "PER");
    }
    return sortedOr(found, out);
  }

  /** The next '"' or left double quotation mark at or after {@code from}; -1 if none. */
  private static int nextOpeningQuote(String text, int from) {
    int a = text.indexOf('"', from);
    int b = text.indexOf('\u201C', from);
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  /** Two capitals before a name that are a role, a body or a place, not a person's initials. */
  private static final Set<String> NOT_INITIALS =
      WordSet.of(
          "PM", "MP", "UN", "EU", "AU", "US", "UK", "AI", "TV", "PR", "HR", "IT", "OK", "VP");

  /**
   * A person named by two capitals and one to three capitalised words ("KP Sharma Oli", "MK
   * Stalin", "KL Rahul": initials written without periods), which the model reads as a body or no
   * name: the model reads a person in the first word after the capitals, or that word is on the
   * lists of names and another follows. Not after a capitalised word that is no title ("Congress
   * MP"), not a place's code or a role (US, PM).
   */
  static List<Mention> initialsBeforePeople(
      String text, List<Mention> found, Predicate<String> isPlace, Predicate<String> isPersonName) {
    List<Mention> out = null;
    int n = text.length();
    for (int a : capitalsAfterSpaces(text)) {
      int s = a - 1;
      if (s + 4 >= n) {
        break;
      }
      if (!Character.isUpperCase(text.charAt(a))
          || !Character.isUpperCase(text.charAt(a + 1))
          || text.charAt(a + 2) != ' '
          || !Character.isUpperCase(text.charAt(a + 3))) {
        continue;
      }
      String two = text.substring(a, a + 2);
      if (NOT_INITIALS.contains(two) || isPlace.test(two)) {
        continue;
      }
      int w = s;
      while (w > 0 && text.charAt(w - 1) != ' ' && text.charAt(w - 1) != '\n') {
        w--;
      }
      if (w < s
          && !text.substring(w, s).equals(text.substring(w, s).toLowerCase(Locale.ROOT))
          && !EntityRecognizer.isTitle(text.substring(w, s))) {
        continue;
      }
      // the capitalised words after the capitals, up to three
      int end = a + 2;
      int words = 0;
      String first = null;
      while (words < 3
          && end + 1 < n
          && text.charAt(end) == ' '
          && Character.isUpperCase(text.charAt(end + 1))) {
        int e = end + 1;
        while (e < n && Character.isLetter(text.charAt(e))) {
          e++;
        }
        if (e - end - 1 < 2 || !Character.isLowerCase(text.charAt(e - 1))) {
          break;
        }
        if (first == null) {
          first = text.substring(end + 1, e);
        }
        end = e;
        words++;
      }
      if (words == 0) {
        continue;
      }
      int s0 = a;
      int e0 = end;
      int firstEnd = a + 3 + first.length();
      // one word after the capitals is a person's only where the model reads one ("XS Max")
      boolean person =
          isPersonName.test(first) && words > 1
              || found.stream()
                  .anyMatch(f -> f.type().equals("PER") && f.start() < firstEnd && a + 3 < f.end());
      // a body or a place the model reads over the first word is its own ("UC Santa Barbara")
      if (!person
          || found.stream()
              .anyMatch(
                  f ->
                      f.start() < e0
                          && s0 < f.end()
                          && (f.end() > e0
                              || f.start() < firstEnd
                                  && f.end() > s0 + 3
                                  && (f.type().equals("ORG") || f.type().equals("LOC"))))) {
        continue;
      }
      out = placed(found, out, s0, e0, "PER");
    }
    return sortedOr(found, out);
  }

  /** Acronyms a country's possessive takes that name what it has, not a body ("China's GDP"). */
  private static final Set<String> MEASURE_ACRONYMS =
      WordSet.of(
          "GDP", "GNP", "GNI", "CPI", "PPI", "PMI", "VAT", "FDI", "LNG", "LPG", "EEZ", "CEO", "CFO",
          "COO", "ICBM", "AIDS", "COVID", "SUV", "EV", "EVS", "ETF", "IPO", "ESG", "AI");

  /**
   * An acronym right after a country's possessive is that country's body or company ("Japan's
   * JBIC", "Russia's RZD"), and so is one after who owns or hosts it ("Chinese-owned CMOC"), which
   * the model, knowing neither, leaves out or calls a place; an acronym that is a place's name, or
   * a measure (GDP), stays what it is.
   */
  static List<Mention> acronymsAfterPossessor(
      String text, List<Mention> found, Predicate<String> isPlace) {
    List<Integer> starts = new ArrayList<>();
    for (Mention p : found) {
      if (p.type().equals("LOC")
          && possessiveAt(text, p.end())
          && isPlace.test(text.substring(p.start(), p.end()))) {
        int start = text.indexOf('s', p.end()) + 1; // after the possessive's "s" and a space
        if (start < text.length() && text.charAt(start) == ' ') {
          starts.add(start + 1);
        }
      }
    }
    // "Chinese-owned CMOC", "Dubai-based DP World": who owns or hosts a company, hyphenated to
    // a word before it
    for (String owned : OWNED) {
      for (int at = text.indexOf(owned); at > 0; at = text.indexOf(owned, at + 1)) {
        if (Character.isLetter(text.charAt(at - 1))) {
          starts.add(at + owned.length());
        }
      }
    }
    if (starts.isEmpty()) {
      return found;
    }
    List<Mention> out = null;
    for (int start : starts) {
      int end = start;
      while (end < text.length() && text.charAt(end) >= 'A' && text.charAt(end) <= 'Z') {
        end++;
      }
      if (end - start < 3
          || end - start > 6
          || end < text.length() && Character.isLetterOrDigit(text.charAt(end))
          || end < text.length() && text.charAt(end) == '-'
          || isPlace.test(text.substring(start, end))
          || MEASURE_ACRONYMS.contains(text.substring(start, end))) {
        continue;
      }
      int s0 = start;
      int e0 = end;
      List<Mention> current = out == null ? found : out;
      Mention there =
          current.stream().filter(f -> f.start() == s0 && f.end() == e0).findFirst().orElse(null);
      if (there != null && there.type().equals("ORG")
          || there == null && crossed(current, s0, e0, f -> false)) {
        continue;
      }
      out = placed(found, out, s0, e0, "ORG");
    }
    return sortedOr(found, out);
  }

  /** The hyphenated ends of words that say who owns or hosts the company named after them. */
  private static final List<String> OWNED =
      List.of("-owned ", "-based ", "-controlled ", "-run ", "-listed ");

  /**
   * A listed place the model read as a body after "the" and before the name of its police or its
   * government in lower case is the place they serve: "the Tamil Nadu police", "the Punjab
   * government". {@code isPlace}: a listed place's name.
   */
  static List<Mention> placesBeforeTheirServices(
      String text, List<Mention> found, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (m.type().equals("ORG")
          && (endsWithWord(text, m.start(), "the ") || endsWithWord(text, m.start(), "The "))
          && startsWithAny(text, m.end(), SERVICES_OF_PLACES)
          && isPlace.test(text.substring(m.start(), m.end()))) {
        out = setAt(found, out, i, new Mention(m.start(), m.end(), "LOC"));
      }
    }
    return out == null ? found : out;
  }

  /** What a place has, in lower case after its name ({@link #placesBeforeTheirServices}). */
  private static final List<String> SERVICES_OF_PLACES =
      List.of(
          " police ",
          " police,",
          " police.",
          " government ",
          " government,",
          " government.",
          " state government",
          " authorities");

  /**
   * A "person" that opens with an acronym the text names a body ("OCP Africa has an office", after
   * "the phosphate group OCP") is that body's unit: a body too.
   */
  static List<Mention> unitsOfAcronyms(String text, List<Mention> found) {
    Set<String> bodies = null;
    for (Mention m : found) {
      if (m.type().equals("ORG") && m.end() - m.start() >= 2 && m.end() - m.start() <= 6) {
        String name = text.substring(m.start(), m.end());
        if (allCaps(text, m.start(), m.end()) && lettersOnly(name)) { // not "J."
          if (bodies == null) {
            bodies = new HashSet<>();
          }
          bodies.add(name);
        }
      }
    }
    if (bodies == null) {
      return found;
    }
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int space = text.indexOf(' ', m.start());
      if (m.type().equals("PER")
          && space > 0
          && space < m.end()
          && bodies.contains(text.substring(m.start(), space))) {
        out = setAt(found, out, i, new Mention(m.start(), m.end(), "ORG"));
      }
    }
    return out == null ? found : out;
  }

  /**
   * An acronym no list holds before a role ("PLO chairman Yasser Arafat", "GOP leader", "NAACP
   * president") is an organisation; a country's ("US president") is the country. One the model read
   * as a place before what a body is ("The CFCO railway") is a body too.
   */
  static List<Mention> acronymsBeforeRoles(
      String text, List<Mention> found, Predicate<String> isCountry) {
    List<Mention> out = null;
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      if (c < 'A'
          || c > 'Z'
          || i > 0 && !(Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(')) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && text.charAt(end) >= 'A' && text.charAt(end) <= 'Z') {
        end++;
      }
      int start = i;
      i = end;
      if (end - start < 2
          || end - start > 6
          || end + 2 >= n
          || text.charAt(end) != ' '
          || !Character.isLowerCase(text.charAt(end + 1))) {
        continue;
      }
      int wordEnd = end + 1;
      while (wordEnd < n && Character.isLetter(text.charAt(wordEnd))) {
        wordEnd++;
      }
      String acronym = text.substring(start, end);
      String word = text.substring(end + 1, wordEnd);
      if (isCountry.test(acronym)) {
        continue;
      }
      if (BODY_NOUNS.contains(word)
          || EntityRecognizer.isCompanyNoun(word)
          || word.equals("railway")) {
        // "The CFCO railway", "the PDP party": what a body is, though the model read a place
        if ((out == null ? found : out).contains(new Mention(start, end, "LOC"))) {
          out = placed(found, out, start, end, "ORG");
        }
        continue;
      }
      if (!EntityRecognizer.isTitle(word) || crossed(found, start, end, f -> false)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      out.add(new Mention(start, end, "ORG"));
    }
    return sortedOr(found, out);
  }

  /** Nouns after one word that make it a body's name ("Likud party", "Geo television"). */
  private static final Set<String> BODY_NOUNS = EntityRecognizer.wordList("org-after-one");

  private static boolean matchVerbAt(String text, int at) {
    if (!spaceAndLowerAt(text, at)) {
      return false; // every verb opens with both: most names have neither after them
    }
    for (String v : MATCH_VERBS) {
      if (v.endsWith(" for ")) {
        continue; // who "equalised for PSV" or "plays for" a club is a player, not a side
      }
      if (text.startsWith(v, at)
          && at + v.length() < text.length()
          && Character.isUpperCase(text.charAt(at + v.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the "person" at {@code i} and a club beside it over "and" share a team's result ("Velez
   * Sarsfield and Argentinos Juniors drew 1-1 in Liniers"): two players share no such score.
   */
  private static boolean clubOverAndWithResult(String text, List<Mention> found, int i) {
    Mention m = found.get(i);
    Mention next = i + 1 < found.size() ? found.get(i + 1) : null;
    Mention last = i > 0 ? found.get(i - 1) : null;
    return next != null
            && next.type().equals("ORG")
            && next.start() == m.end() + 5
            && text.startsWith(" and ", m.end())
            && teamResultAfter(text, next.end())
        || last != null
            && last.type().equals("ORG")
            && m.start() == last.end() + 5
            && text.startsWith(" and ", last.end())
            && teamResultAfter(text, m.end());
  }

  /**
   * Whether a football score, a result's noun and what links it to the other side end right before
   * {@code start} ("a 2-0 defeat by River Plate"): a set's score (6-3) or a second score is tennis,
   * where the other side is a player.
   */
  private static boolean footballScoreBefore(String text, int start) {
    if (!hasScore(text, start - 40, start)) {
      return false;
    }
    Matcher x = SCORE_BEFORE.matcher(text).region(Math.max(0, start - 40), start);
    if (!x.find()) {
      return false;
    }
    int s = x.start();
    int dash = text.indexOf('-', s);
    String tail = text.substring(dash + 1, start);
    return (tail.contains(" defeat ") || tail.contains(" win ") || tail.contains(" victory "))
        && Integer.parseInt(text.substring(s, dash)) <= 5
        && Integer.parseInt(tail.substring(0, tail.indexOf(' '))) <= 5
        && !(s >= 2 && Character.isDigit(text.charAt(s - 2)));
  }

  /** Whether a space and a lower-case ASCII letter stand at {@code at}. */
  private static boolean spaceAndLowerAt(String text, int at) {
    if (at < 0 || at + 1 >= text.length() || text.charAt(at) != ' ') {
      return false;
    }
    char c = text.charAt(at + 1);
    return c >= 'a' && c <= 'z';
  }

  private static boolean matchVerbBefore(String text, int start) {
    if (start < 2
        || text.charAt(start - 1) != ' '
        || text.charAt(start - 2) < 'a'
        || text.charAt(start - 2) > 'z') {
      return false; // every verb and phrase below ends in a lower-case letter and a space
    }
    for (int k = 0; k < MATCH_VERBS.size(); k++) {
      String v = MATCH_VERBS.get(k);
      int at = start - v.length();
      // a name, or a clause about it, before the verb: "Hearts, who lead the league by six
      // points, beat Aberdeen"
      if (at > 0
          && endsAt(text, start, v)
          && (Character.isLetter(text.charAt(at - 1)) || text.charAt(at - 1) == ',')) {
        return true;
      }
    }
    return anyBefore(text, start, FROM_CLUB);
  }

  /** The words before a player's former club, with or without the player before them. */
  private static final List<String> FROM_CLUB =
      List.of(
          " signed from ",
          " joined from ",
          " joins from ",
          " on loan from ",
          " bottom club ",
          " top club ",
          " rival club ");

  /**
   * An initial and a surname, "N. Hussain" (scorecards, sports pages, bylines): the model reads the
   * lone initial as no name. Not after a capitalised word ("Group C. Arsenal", "George W. Bush"),
   * not before a word that opens sentences or a place ("S. Africa").
   */
  private static final Pattern INITIALLED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.'’-])\\p{Lu}\\.(?: ?\\p{Lu}\\.)? (\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}\\p{N}])");

  /** People named by an initial and a surname the model left out, added. */
  static List<Mention> initialled(String text, List<Mention> found, Predicate<String> isPlace) {
    Matcher m = INITIALLED.matcher(text).useTransparentBounds(true);
    List<Mention> out = null;
    // the pattern is tried only where a capital and a period stand before a space: a scan of the
    // whole text with it would cost more than the rest of this step
    for (int dot = text.indexOf(". "); dot >= 0; dot = text.indexOf(". ", dot + 2)) {
      int from = dot - 1;
      if (from < 0 || !Character.isUpperCase(text.charAt(from))) {
        continue;
      }
      if (from >= 2
          && text.charAt(from - 1) == '.'
          && Character.isUpperCase(text.charAt(from - 2))) {
        from -= 2; // the second of two initials: the match starts at the first (J.K. Rowling)
      } else if (from >= 3
          && text.charAt(from - 1) == ' '
          && text.charAt(from - 2) == '.'
          && Character.isUpperCase(text.charAt(from - 3))) {
        continue; // tried from the first initial already (J. K. Rowling)
      }
      if (!m.region(from, text.length()).lookingAt()) {
        continue;
      }
      String surname = m.group(1);
      String lower = surname.toLowerCase(Locale.ROOT);
      if (EntityRecognizer.isSentenceWord(lower)
          || FUNCTION_WORDS.contains(lower)
          || isPlace.test(surname)
          || afterCapitalised(text, m.start())) {
        continue;
      }
      // the model's person or other name within (the initial alone, the surname alone) makes way;
      // a place or an organisation across it is left as it is
      int start = m.start();
      int end = m.end();
      // and so does a place or a body the model read in the surname alone ("the chairman, M.
      // Shanthikumar" read as a place), which no list holds (asked above)
      int surnameAt = m.start(1);
      if (crossed(
          found,
          start,
          end,
          f ->
              f.type().equals("PER")
                  || f.type().equals("MISC")
                  || f.start() == surnameAt && f.end() == end)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      out.removeIf(f -> f.start() >= start && f.end() <= end);
      out.add(new Mention(start, end, "PER"));
    }
    return sortedOr(found, out);
  }

  private static boolean afterCapitalised(String text, int at) {
    int i = at - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    int end = i + 1;
    while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.')) {
      i--;
    }
    return end > i + 1 && Character.isUpperCase(text.charAt(i + 1));
  }

  /**
   * Whether a mention overlaps the span without lying inside it and being one {@code yields}
   * accepts: a name of its own across the span, which a rule leaves as it is.
   */
  private static boolean crossed(
      List<Mention> mentions, int start, int end, Predicate<Mention> yields) {
    for (Mention f : mentions) {
      boolean inside = f.start() >= start && f.end() <= end && yields.test(f);
      if (!inside && f.start() < end && start < f.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A rule's name placed over what was read there: {@code out} (a copy of {@code found} made on
   * first use) without the mentions that overlap [start, end), and the name added.
   */
  private static List<Mention> placed(
      List<Mention> found, List<Mention> out, int start, int end, String type) {
    List<Mention> copy = out == null ? new ArrayList<>(found) : out;
    copy.removeIf(f -> f.start() < end && start < f.end());
    copy.add(new Mention(start, end, type));
    return copy;
  }

  /**
   * Washington as the subject of what a government does ("wrote that Washington would cut aid",
   * "Washington has said") or after a preposition ("negotiating with Washington over tariffs"), not
   * before another name: the city that stands for the U.S. government, a place in the open NER
   * data's convention, which the model misses and the lists take only with a cue (Washington is a
   * surname and a state too). Not after a capitalised word (George Washington), where something
   * else was found, nor where a person of the text bears the name.
   */
  static List<Mention> washingtonActs(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int at = text.indexOf("Washington"); at >= 0; at = text.indexOf("Washington", at + 1)) {
      int end = at + "Washington".length();
      boolean acts =
          WASHINGTON_ACTS.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt();
      // "negotiating with Washington over tariffs"; not "with Washington Post reporters"
      boolean after =
          anyBefore(text, at, WASHINGTON_AFTER)
              && (end == text.length()
                  || !Character.isLetterOrDigit(text.charAt(end))
                      && !(text.startsWith(" ", end)
                          && end + 1 < text.length()
                          && Character.isUpperCase(text.charAt(end + 1))));
      if (!(acts || after)
          || at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
          || capitalisedWordBefore(text, at)) {
        continue;
      }
      boolean covered = false;
      for (Mention f : found) {
        covered |=
            f.start() < end && at < f.end()
                // a person of the text named Washington (Kerry Washington ... Washington said)
                || f.type().equals("PER") && text.startsWith("Washington", f.end() - 10);
      }
      if (!covered) {
        out = out == null ? new ArrayList<>(found) : out;
        out.add(new Mention(at, end, "LOC"));
      }
    }
    return sortedOr(found, out);
  }

  /** Words Washington, the government, follows: "talks with Washington", "ties to Washington". */
  private static final List<String> WASHINGTON_AFTER =
      List.of("with ", "to ", "from ", "against ", "on ", "between ");

  private static final Pattern WASHINGTON_ACTS =
      Pattern.compile(
          " (?:would|will|has|had|is|was|says|said|wants|must|should|could|can|may|did|does"
              + "|accused|warned|imposed|urged|demanded|rejected|condemned|threatened|sanctioned)"
              + "\\b");

  /** Whether a capitalised word, not a sentence's first, stands right before {@code at}. */
  private static boolean capitalisedWordBefore(String text, int at) {
    if (at < 2 || text.charAt(at - 1) != ' ') {
      return false;
    }
    int w = at - 1;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return w < at - 1
        && Character.isUpperCase(text.charAt(w))
        && !EntityRecognizer.opensSentence(text, w);
  }

  /** {@link #placed} for group 1 of every match the matcher finds. */
  private static List<Mention> placedAll(
      List<Mention> found, List<Mention> out, Matcher m, String type) {
    List<Mention> placedSoFar = out;
    while (m.find()) {
      placedSoFar = placed(found, placedSoFar, m.start(1), m.end(1), type);
    }
    return placedSoFar;
  }

  /**
   * Where a word opening with a capital or a digit follows a space: several rules read only such
   * words (a club's nickname, its first word, a person's initials), and the text's ~900 spaces are
   * walked once per text for all of them, not once per rule. Kept per thread for the last text, by
   * identity, as the gazetteers keep its tokens.
   */
  static int[] capitalsAfterSpaces(String text) {
    Object[] last = CAPITALS.get();
    if (last[0] == text) {
      return (int[]) last[1];
    }
    int[] at = new int[64];
    int count = 0;
    int n = text.length();
    for (int sp = text.indexOf(' '); sp >= 0 && sp + 1 < n; sp = text.indexOf(' ', sp + 1)) {
      char c = text.charAt(sp + 1);
      if (TextNormalizer.isUpperCase(c) || Character.isDigit(c)) {
        if (count == at.length) {
          at = Arrays.copyOf(at, count * 2);
        }
        at[count++] = sp + 1;
      }
    }
    int[] out = Arrays.copyOf(at, count);
    last[0] = text;
    last[1] = out;
    return out;
  }

  private static final ThreadLocal<Object[]> CAPITALS =
      ThreadLocal.withInitial(() -> new Object[2]);

  /** A rule's result: {@code found} when it changed nothing, else its copy in text order. */
  private static List<Mention> sortedOr(List<Mention> found, List<Mention> out) {
    if (out == null) {
      return found;
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /**
   * A dateline: a place in capitals opening its line, then its country or region and a date, or an
   * agency's name and a dash ("AL-AIN , United Arab Emirates 1996-12-06", "LONDON 1996-08-30",
   * "NAIROBI, Kenya (Reuters) -", "ST JOHN'S, Antigua, Dec 3 (Agency) -"). No list needs to hold
   * the place, nor its region (group 2).
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?m)"
              + PageExtractor.DATELINE_PLACE
              + "(?: \\d{4}-\\d\\d-\\d\\d[ \\t]*$"
              // an agency's one-word name in brackets (Reuters, AP, AFP, dpa), after the day if one
              // is given ("Dec 3 (AFP) -")
              + "|(?:,? \\p{Lu}\\p{Ll}{2,3}\\.? \\d{1,2})? \\(\\p{L}{2,12}\\) ?[-–—]"
              // or the day and the dash alone ("STONE TOWN, Zanzibar, Dec 2 - The party said")
              + "|,? \\p{Lu}\\p{Ll}{2,3}\\.? \\d{1,2} [-–—] (?=\\p{Lu})"
              // "LOME - Hundreds of protesters marched": a dash and the story's first sentence
              + "| [-–—] (?=\\p{Lu}\\p{Ll}))");

  /** Capitals before a line's dash that are a topic or a label, no dateline's place. */
  private static final Set<String> LINE_LABELS =
      Stream.concat(
              EntityRecognizer.wordList("sport").stream(),
              Stream.of(
                  "breaking",
                  "update",
                  "updated",
                  "exclusive",
                  "analysis",
                  "watch",
                  "opinion",
                  "live",
                  "corrected",
                  "correction",
                  "factbox",
                  "explainer",
                  "insight",
                  "refile",
                  "video",
                  "photos",
                  "editorial",
                  "review",
                  "interview",
                  "feature",
                  "urgent",
                  "flash",
                  "note",
                  "warning",
                  "advisory",
                  "wrapup",
                  "preview",
                  "results"))
          .collect(Collectors.toUnmodifiableSet());

  /** Whether any word of [start, end) is a line's label or a sport ({@link #LINE_LABELS}). */
  private static boolean labelWord(String text, int start, int end) {
    for (String w : text.substring(start, end).split("[ .'’-]+")) {
      if (LINE_LABELS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a span is a dateline's place, at a line's start ({@link #DATELINE}'s first group). */
  private static boolean datelinePlace(String text, Span s) {
    int start = s.getStart();
    if (start > 0 && text.charAt(start - 1) != '\n') {
      return false;
    }
    Matcher m = DATELINE.matcher(text).useTransparentBounds(true).region(start, text.length());
    return m.lookingAt() && m.end(1) == s.getEnd();
  }

  /** A dateline's place is a place, whatever the model or no one read it as. */
  static List<Mention> datelinePlaces(String text, List<Mention> found) {
    if (text.indexOf('-') < 0) {
      return found;
    }
    Matcher m = DATELINE.matcher(text).useTransparentBounds(true);
    List<Mention> out = null;
    // tried at the start of each line that opens with two capitals, not across the whole text
    for (int line = 0; line >= 0 && line + 1 < text.length(); ) {
      int next = text.indexOf('\n', line);
      boolean candidate =
          Character.isUpperCase(text.charAt(line)) && Character.isUpperCase(text.charAt(line + 1));
      int at = line;
      line = next < 0 ? -1 : next + 1;
      if (!candidate || !m.region(at, text.length()).lookingAt()) {
        continue;
      }
      int start = m.start(1);
      int end = m.end(1);
      List<Mention> current = out == null ? found : out;
      if (labelWord(text, start, end)) {
        continue;
      }
      if (!current.contains(new Mention(start, end, "LOC"))
          && !crossed(current, start, end, f -> true)) {
        out = placed(found, out, start, end, "LOC");
      }
      // its region or country, which the model may read as a person ("ST JOHN'S, Antigua")
      int rs = m.start(2);
      int re = m.end(2);
      current = out == null ? found : out;
      if (rs >= 0
          && !current.contains(new Mention(rs, re, "LOC"))
          && !crossed(current, rs, re, f -> f.type().equals("PER"))) {
        out = placed(found, out, rs, re, "LOC");
      }
    }
    return sortedOr(found, out);
  }

  /**
   * A scorer: a capitalised name before the minutes of its goals, "Ronaldo (23rd, 56th)", "Figo
   * (78th)". The name ends just before the parenthesis; the minute opens it.
   */
  private static final Pattern SCORER_NAME =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)? $");

  private static final Pattern MINUTE = Pattern.compile("\\( ?\\d{1,3}(?:st|nd|rd|th)\\b");

  /** Who works at a firm, before "at" and its name: "a dealer at Rudolf Wolff". */
  private static final Set<String> STAFF = EntityRecognizer.wordList("staff");

  /**
   * A "person" before a market's staff and a name is the firm they work for: "Nomura analyst
   * Hiroshi Matsumoto", "Commerzbank economist Joerg Kraemer" (a person is named after their role,
   * not before it).
   */
  static List<Mention> employersBeforeStaff(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int w = m.end() + 1;
      if (!m.type().equals("PER")
          || w + 2 >= text.length()
          || text.charAt(m.end()) != ' '
          || !Character.isLowerCase(text.charAt(w))) {
        continue;
      }
      int e = nextWordEnd(text, m.end());
      if (e + 2 < text.length()
          && text.charAt(e) == ' '
          && Character.isUpperCase(text.charAt(e + 1))
          && STAFF.contains(text.substring(w, e))) {
        out = setAt(found, out, i, new Mention(m.start(), m.end(), "ORG"));
      }
    }
    return out == null ? found : out;
  }

  /**
   * A listed place the model read as a body with the sentence's opening "A" or "An", before a noun
   * in lower case or "-based", is the place: "A Paris court ruled", "A Beijing spokesman said", "A
   * Tokyo trader said" (the model reads "A Paris" as one body at a sentence's start). {@code
   * isPlace}: a listed place or country.
   */
  static List<Mention> placesAfterOpeningArticle(
      String text, List<Mention> found, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int article =
          text.startsWith("A ", m.start() - 2)
              ? m.start() - 2
              : text.startsWith("An ", m.start() - 3) ? m.start() - 3 : -1;
      if (!m.type().equals("ORG")
          || article < 0
          || m.end() + 1 >= text.length()
          || !(text.charAt(m.end()) == ' ' && Character.isLowerCase(text.charAt(m.end() + 1))
              || text.startsWith("-based", m.end()))
          || !EntityRecognizer.opensSentence(text, article)
          || !isPlace.test(text.substring(m.start(), m.end()))) {
        continue;
      }
      out = setAt(found, out, i, new Mention(m.start(), m.end(), "LOC"));
    }
    return out == null ? found : out;
  }

  /**
   * A name after a people's adjective and "national" or "citizen" is a person's, however the model
   * read it: "The sole survivor, British national Vishwash Kumar Ramesh, was seated in 11A" (the
   * model reads the adjective's MISC on).
   */
  static List<Mention> nationalsNamed(
      String text, List<Mention> found, Predicate<String> isDemonym) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (m.type().equals("PER")) {
        continue;
      }
      int cue =
          endsBefore(text, m.start(), " national ")
              ? m.start() - 10
              : endsBefore(text, m.start(), " citizen ") ? m.start() - 9 : -1;
      if (cue < 1 || !isDemonym.test(text.substring(letterWordStart(text, cue), cue))) {
        continue;
      }
      if (text.indexOf(' ', m.start()) < m.end() && allWordsCapitalised(text, m.start(), m.end())) {
        out = setAt(found, out, i, new Mention(m.start(), m.end(), "PER"));
      }
    }
    return out == null ? found : out;
  }

  /** Words after a possessive that name no thing of its owner: "at Christie's and", "in". */
  private static final Set<String> AFTER_A_SHOP =
      WordSet.of("and", "or", "for", "in", "on", "at", "to", "with", "from", "said", "says", "but");

  /**
   * One capitalised word with a possessive after "at" or "by", and then a preposition, a
   * conjunction or punctuation, names a house of business, however the model read the word: "sold
   * at Sotheby's for $5 million", "experts at Christie's and the firm Chaumet", "works at Macy's in
   * New York" (not "at Trump's Mar-a-Lago resort": a name of the owner's follows).
   */
  static List<Mention> housesOfBusiness(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int after = m.end() + 2;
      if (m.type().equals("ORG")
          || after >= text.length()
          || !possessiveAt(text, m.end())
          || text.charAt(m.end()) == ' '
          || text.indexOf(' ', m.start()) < m.end()
          || !(endsBefore(text, m.start(), " at ") || endsBefore(text, m.start(), " by "))) {
        continue;
      }
      char c = text.charAt(after);
      boolean ends =
          ",.;:)".indexOf(c) >= 0
              || c == ' '
                  && AFTER_A_SHOP.contains(text.substring(after + 1, nameWordEnd(text, after + 1)));
      if (ends) {
        out = setAt(found, out, i, new Mention(m.start(), after, "ORG"));
      }
    }
    return out == null ? found : out;
  }

  /**
   * A firm named after its staff and "at" ("said a dealer at Rudolf Wolff", "analysts at Merrill
   * Lynch"), whatever the model read there (a firm named after its founder reads as a person, one
   * of two surnames as a place), unless the lists place it ("a trader at Singapore"). {@code
   * isPlace}: a listed place.
   */
  static List<Mention> employersAfterAt(
      String text, List<Mention> found, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int at = text.indexOf(" at "); at > 0; at = text.indexOf(" at ", at + 4)) {
      int w = at;
      while (w > 0 && Character.isLowerCase(text.charAt(w - 1))) {
        w--;
      }
      if (w > 0 && Character.isUpperCase(text.charAt(w - 1))) {
        w--; // "Analysts at ..." opening a sentence
      }
      if (at - w < 5
          || at - w > 11
          || !STAFF.contains(text.substring(w, at).toLowerCase(Locale.ROOT))) {
        continue;
      }
      int start = at + 4;
      int end = start;
      int words = 0;
      int n = text.length();
      for (int pos = start;
          words < 4
              && pos < n
              && (Character.isUpperCase(text.charAt(pos)) || text.charAt(pos) == '&');
          pos = end + 1) {
        int e = pos;
        while (e < n
            && (Character.isLetterOrDigit(text.charAt(e))
                || text.charAt(e) == '&'
                || text.charAt(e) == '-'
                || text.charAt(e) == '.')) {
          e++;
        }
        while (e > pos + 1 && text.charAt(e - 1) == '.') {
          e--; // a sentence's full stop
        }
        words++;
        end = e;
        if (e + 1 >= n || text.charAt(e) != ' ') {
          break;
        }
      }
      if (words == 0 || end <= start || isPlace.test(text.substring(start, end))) {
        continue;
      }
      int s0 = start;
      int e0 = end;
      List<Mention> current = out == null ? found : out;
      if (current.stream()
          .anyMatch(
              f ->
                  f.start() == s0 && f.end() == e0 && f.type().equals("ORG")
                      || f.start() < s0 && s0 < f.end()
                      || f.start() < e0 && e0 < f.end())) {
        continue; // the firm already, or a name across the edges
      }
      out = placed(found, out, s0, e0, "ORG");
    }
    return sortedOr(found, out);
  }

  /**
   * "the ONCE team", "the Ferrari team": the capitalised words between "the" and "team" name a
   * team, unless they name a country (a national side, the country), a people ("the Spanish team")
   * or a person the model read there ("the Trump team"). {@code isCountry}, {@code isDemonym}: the
   * lists'.
   */
  static List<Mention> theTeams(
      String text, List<Mention> found, Predicate<String> isCountry, Predicate<String> isDemonym) {
    List<Mention> out = null;
    for (int at = text.indexOf(" team"); at > 0; at = text.indexOf(" team", at + 5)) {
      int after = at + 5;
      if (after < text.length() && Character.isLetterOrDigit(text.charAt(after))) {
        continue; // "teams", "teammate"
      }
      int start = capitalisedRunBefore(text, at, 1);
      if (start < 4 || !text.startsWith("the ", start - 4) && !text.startsWith("The ", start - 4)) {
        continue;
      }
      String name = text.substring(start, at);
      if (isCountry.test(name) || isDemonym.test(name)) {
        continue;
      }
      int s0 = start;
      int e0 = at;
      List<Mention> current = out == null ? found : out;
      if (current.stream()
          .anyMatch(
              f ->
                  f.start() < e0
                      && s0 < f.end()
                      && (f.type().equals("PER") || f.type().equals("LOC") || f.end() > e0))) {
        continue; // a person, a place or a longer name read there
      }
      out = placed(found, out, s0, e0, "ORG");
    }
    return sortedOr(found, out);
  }

  /**
   * In a list of players, each with their country in brackets ("Jonas Bjorkman ( Sweden ) beat 5 -
   * Felix Mantilla ( Spain )", a golf or athletics table), a name the model missed or read as
   * something else before a country in brackets is a player too: when at least two other names
   * before a country in brackets in the text are people and none is an organisation (a table of
   * clubs with their countries stays the clubs'). The name: two or three capitalised words, or the
   * model's mention ending there. {@code isCountry}: a country's name.
   */
  static List<Mention> playersBeforeCountries(
      String text, List<Mention> found, Predicate<String> isCountry) {
    List<int[]> slots = null; // [start of the run before the bracket, bracket]
    int people = 0;
    for (int p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
      int nameEnd = p > 0 && text.charAt(p - 1) == ' ' ? p - 1 : p;
      int close = text.indexOf(')', p);
      if (nameEnd < 3 || close < 0 || close - p > 40) {
        continue;
      }
      String inside = text.substring(p + 1, close).strip();
      if (inside.isEmpty() || !isCountry.test(inside)) {
        continue;
      }
      Mention at = null;
      for (Mention f : found) {
        if (f.end() == nameEnd) {
          at = f;
        }
      }
      if (at != null && at.type().equals("ORG")) {
        return found;
      }
      if (at != null && at.type().equals("PER")) {
        people++;
        continue;
      }
      int start = capitalisedRunBefore(text, nameEnd);
      if (start >= 0) {
        if (slots == null) {
          slots = new ArrayList<>();
        }
        slots.add(new int[] {at == null ? start : Math.min(start, at.start()), nameEnd});
      }
    }
    if (people + (slots == null ? 0 : slots.size()) < 3 || people < 2) {
      return found;
    }
    List<Mention> out = new ArrayList<>(found);
    for (int[] n : slots == null ? List.<int[]>of() : slots) {
      out.removeIf(f -> f.start() < n[1] && n[0] < f.end());
      out.add(new Mention(n[0], n[1], "PER"));
    }
    for (int[] t : teamsAfterCountries(text, isCountry)) {
      out.removeIf(f -> f.start() < t[1] && t[0] < f.end());
      out.add(new Mention(t[0], t[1], "ORG"));
    }
    return sortedOr(found, out);
  }

  /**
   * In a table of players with their countries in brackets, the capitalised words between a
   * player's country and a time or a score are the player's team: "Damon Hill ( Britain ) Williams
   * 1:38.909", "Alex Zuelle ( Switzerland ) ONCE 4:12:33".
   */
  private static List<int[]> teamsAfterCountries(String text, Predicate<String> isCountry) {
    List<int[]> out = new ArrayList<>();
    for (int p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
      int close = text.indexOf(')', p);
      if (close < 0 || close - p > 40 || close + 3 >= text.length()) {
        continue;
      }
      int start = text.charAt(close + 1) == ' ' ? close + 2 : close + 1;
      int end = start;
      int words = 0;
      while (words < 3 && end < text.length() && Character.isUpperCase(text.charAt(end))) {
        int w = end;
        while (w < text.length()
            && (Character.isLetter(text.charAt(w))
                || text.charAt(w) == '-'
                || text.charAt(w) == '&')) {
          w++;
        }
        words++;
        if (w + 1 < text.length()
            && text.charAt(w) == ' '
            && Character.isDigit(text.charAt(w + 1))) {
          if (isCountry.test(text.substring(p + 1, close).strip())) {
            out.add(new int[] {start, w});
          }
          break;
        }
        if (w >= text.length() || text.charAt(w) != ' ') {
          break;
        }
        end = w + 1;
      }
    }
    return out;
  }

  /**
   * Where the run of two or three capitalised words (letters, hyphens, apostrophes) ending at
   * {@code end} starts; else -1.
   */
  private static int capitalisedRunBefore(String text, int end) {
    return capitalisedRunBefore(text, end, 2);
  }

  /** The same with at least {@code least} words. */
  private static int capitalisedRunBefore(String text, int end, int least) {
    int start = -1;
    int pos = end;
    int words = 0;
    while (words < 3) {
      int w = pos;
      while (w > 0
          && (Character.isLetter(text.charAt(w - 1))
              || text.charAt(w - 1) == '-'
              || text.charAt(w - 1) == '\'')) {
        w--;
      }
      if (pos - w < 2 || !Character.isUpperCase(text.charAt(w))) {
        break;
      }
      start = w;
      words++;
      if (w < 2 || text.charAt(w - 1) != ' ') {
        break;
      }
      pos = w - 1;
    }
    return words >= least ? start : -1;
  }

  /**
   * A line of goalscorers: "Scorers : Kuwait - Jassem Al-Huwaidi 12 , Bashar Abdullah 70 .
   * Indonesia - Widodo Putra 55": each name before the minute of a goal is a player; a side before
   * its dash is left as read.
   */
  private static final Pattern SCORER_IN_LINE =
      Pattern.compile(
          "(\\p{Lu}[\\p{L}'’.-]*(?: (?:\\p{Lu}[\\p{L}'’.-]*|van|de|da|dos|di|der)){0,3})"
              + " \\d{1,3}(?: ?\\+ ?\\d{1,2})?(?: (?:pen|penalty|og))?(?= ?[,.;)]| ?$| \\()",
          Pattern.MULTILINE);

  private static List<Mention> scorersLines(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int at = text.indexOf("Scorer"); at >= 0; at = text.indexOf("Scorer", at + 6)) {
      if (at > 0 && text.charAt(at - 1) != '\n') {
        continue;
      }
      int colon = text.indexOf(':', at);
      int lineEnd = text.indexOf('\n', at);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      if (colon < 0 || colon > at + 14 || colon > lineEnd) {
        continue;
      }
      out = placedAll(found, out, SCORER_IN_LINE.matcher(text).region(colon + 1, lineEnd), "PER");
    }
    return sortedOr(found, out);
  }

  /**
   * A golf leaderboard's line: a total, then players each with their rounds, apart by commas,
   * perhaps with a country in brackets ("133 Davis Love 66 67 , Ernie Els ( South Africa ) 68 65"):
   * each name is a player, whatever the model read ("Love", "Couples" are words too).
   */
  private static final Pattern LEADERBOARD_LINE =
      Pattern.compile("(?m)^\\d{2,3} \\p{Lu}[^\\n]*? \\d{2}(?: \\d{2}){1,3}(?: , [^\\n]*)?$");

  private static final Pattern LEADERBOARD_PLAYER =
      Pattern.compile(
          "(?:^\\d{2,3} |, )(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,3})"
              + "(?: \\( [^()\\n]{2,30} \\))? \\d{2}(?: \\d{2}){1,3}(?= ,|$)",
          Pattern.MULTILINE);

  static List<Mention> leaderboardPlayers(String text, List<Mention> found) {
    List<Mention> out = null;
    Matcher line = LEADERBOARD_LINE.matcher(text);
    // only lines that open with a total of two or three digits and a name are tried
    for (int at = 0; at >= 0 && at + 4 < text.length(); ) {
      int next = text.indexOf('\n', at);
      int lineStart = at;
      int lineEnd = next < 0 ? text.length() : next;
      at = next < 0 ? -1 : next + 1;
      int d = lineStart;
      while (d < lineEnd && d - lineStart < 4 && Character.isDigit(text.charAt(d))) {
        d++;
      }
      if (d - lineStart < 2
          || d - lineStart > 3
          || d + 1 >= lineEnd
          || text.charAt(d) != ' '
          || !Character.isUpperCase(text.charAt(d + 1))
          || !line.region(lineStart, lineEnd).matches()) {
        continue;
      }
      Matcher p = LEADERBOARD_PLAYER.matcher(text).region(line.start(), line.end());
      out = placedAll(found, out, p.useAnchoringBounds(false), "PER");
    }
    return sortedOr(found, out);
  }

  /**
   * A wire summary's scorers in brackets after their side's score, each name before the minutes of
   * its goals: "Wimbledon 1 ( Efan Ekoku 55 )", "Chelsea 2 (Zola 23, 60, Petrescu 71 pen)". Every
   * item between the brackets must be a name and minutes, or minutes alone.
   */
  private static final Pattern SCORER_ITEM =
      Pattern.compile(
          " ?(?:(\\p{Lu}[\\p{L}'’.-]*(?: (?:\\p{Lu}[\\p{L}'’.-]*|van|de|da|dos|di|der|den)){0,3})"
              + " )?\\d{1,3}(?: ?\\+ ?\\d{1,2})?(?: (?:pen|penalty|og|o\\.g\\.))? ?");

  /** Scorers the model left out or read as something else, made people. */
  static List<Mention> scorers(String text, List<Mention> found) {
    return scorersLines(text, bracketedScorers(text, minuteScorers(text, found)));
  }

  private static List<Mention> bracketedScorers(String text, List<Mention> found) {
    List<Mention> out = null;
    Matcher item = SCORER_ITEM.matcher(text);
    for (int p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
      int before = p > 0 && text.charAt(p - 1) == ' ' ? p - 2 : p - 1;
      int close = text.indexOf(')', p);
      if (before < 1
          || !Character.isDigit(text.charAt(before))
          || text.charAt(before - 1) != ' '
          || close < 0
          || close - p > 160) {
        continue;
      }
      List<int[]> names = new ArrayList<>();
      boolean all = true;
      for (int at = p + 1; at < close && all; ) {
        int comma = text.indexOf(',', at);
        int end = comma < 0 || comma > close ? close : comma;
        all = item.region(at, end).matches();
        if (all && item.start(1) >= 0) {
          names.add(new int[] {item.start(1), item.end(1)});
        }
        at = end + 1;
      }
      if (!all || names.isEmpty()) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      for (int[] n : names) {
        out.removeIf(f -> f.start() < n[1] && n[0] < f.end());
        out.add(new Mention(n[0], n[1], "PER"));
      }
    }
    return sortedOr(found, out);
  }

  private static List<Mention> minuteScorers(String text, List<Mention> found) {
    List<Mention> out = null;
    Matcher minute = MINUTE.matcher(text);
    Matcher name = SCORER_NAME.matcher(text).useTransparentBounds(true);
    // only where a parenthesis opens on a minute: a scan of the whole text would cost more than
    // the rest of this step
    for (int p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
      if (p < 3
          || !minute.region(p, text.length()).lookingAt()
          || !name.region(Math.max(0, p - 60), p).find()) {
        continue;
      }
      int start = name.start();
      int end = name.end() - 1; // without the space
      out = placed(found, out, start, end, "PER");
    }
    return sortedOr(found, out);
  }

  /**
   * Names in a line written in capitals (a wire headline) read as the rest of the text reads them:
   * "NETANYAHU MEETS ARAFAT" names the Netanyahu and the Yasser Arafat of the report, "BARCELONA
   * BEAT VALENCIA" its two clubs. The model reads capitals poorly; the body's readings are better
   * evidence. The longest run of up to four words matching a body mention (or a person's surname)
   * wins; the model's mentions across it in that line make way. {@code caps}: the text's lines in
   * capitals ({@link CapsLines#of}), found once per text.
   */
  static List<Mention> capsLinesFromBody(String text, List<int[]> caps, List<Mention> found) {
    return capsLinesFromBody(text, caps, found, List.of());
  }

  /**
   * As above, with the places the lists found in the body as evidence too, after the model's
   * readings: "... TO RESUME IN GROZNY" names the Grozny the city list found in the report.
   */
  static List<Mention> capsLinesFromBody(
      String text, List<int[]> caps, List<Mention> found, List<Mention> listedPlaces) {
    if (caps.isEmpty()) {
      return found;
    }
    Map<String, String> body = new HashMap<>();
    // a name the body reads two ways is read as it reads it most ("WIGAN" of a dateline once, the
    // club three times), the first reading on a tie
    Map<String, Integer> votes = new HashMap<>();
    for (Mention f : found) {
      if (!CapsLines.inAny(caps, f.start()) && !f.type().equals("MISC")) {
        String key = text.substring(f.start(), f.end()).toUpperCase(Locale.ROOT);
        int n = votes.merge(key + "\t" + f.type(), 1, Integer::sum);
        String held = body.get(key);
        if (held == null || !held.equals(f.type()) && n > votes.get(key + "\t" + held)) {
          body.put(key, f.type());
        }
      }
    }
    for (Mention f : found) {
      if (CapsLines.inAny(caps, f.start()) || f.type().equals("MISC")) {
        continue;
      }
      String surface = text.substring(f.start(), f.end());
      int form = companyFormAt(surface);
      if (f.type().equals("ORG") && form > 0) {
        // "McDonnell Douglas Corp" is "MCDONNELL DOUGLAS" in the headline
        body.putIfAbsent(surface.substring(0, form).toUpperCase(Locale.ROOT), "ORG");
      }
      int space = surface.lastIndexOf(' ');
      if (f.type().equals("PER") && space > 0) {
        body.putIfAbsent(surface.substring(space + 1).toUpperCase(Locale.ROOT), "PER");
      }
      if (f.type().equals("ORG")
          && space > 0
          && TEAM_NICKNAMES.contains(surface.substring(space + 1))) {
        // "the Washington Redskins" is "REDSKINS" in the headline
        body.putIfAbsent(surface.substring(space + 1).toUpperCase(Locale.ROOT), "ORG");
      }
    }
    for (Mention p : listedPlaces) {
      if (!CapsLines.inAny(caps, p.start())) {
        body.putIfAbsent(text.substring(p.start(), p.end()).toUpperCase(Locale.ROOT), "LOC");
      }
    }
    if (body.isEmpty()) {
      return found;
    }
    List<Mention> out = new ArrayList<>(found);
    boolean changed = false;
    for (int[] c : caps) {
      List<int[]> words = new ArrayList<>();
      Matcher w = CAPS_WORD.matcher(text).region(c[0], c[1]).useTransparentBounds(true);
      while (w.find()) {
        words.add(new int[] {w.start(), w.end()});
      }
      if (words.size() < 3) {
        continue; // a heading of a word or two ("CAMERA", "8GB vRAM") is no headline
      }
      for (int i = 0; i < words.size(); ) {
        int took = 0;
        for (int n = Math.min(4, words.size() - i); n >= 1 && took == 0; n--) {
          int start = words.get(i)[0];
          int end = words.get(i + n - 1)[1];
          String type = end - start >= 3 ? body.get(text.substring(start, end)) : null;
          if (type != null && holdsLonger(out, start, end, type)) {
            // the model's longer name of that type around it stands ("JOE FRAZIER" for the body's
            // Frazier; "NETANYAHU MEETS" as an organisation still makes way)
            took = n;
          } else if (type != null) {
            Mention m = new Mention(start, end, type);
            if (!out.contains(m)) {
              out.removeIf(f -> f.start() < end && start < f.end());
              out.add(m);
              changed = true;
            }
            took = n;
          }
        }
        i += Math.max(1, took);
      }
    }
    return sortedOr(found, changed ? out : null);
  }

  /**
   * Whether a mention of {@code type} in {@code found} holds [start, end) and is longer, with words
   * before it only ("JOE FRAZIER", "BORUSSIA DORTMUND"; not "FOWLER DOUBLE", "PETROBRAS FINDS",
   * "NEW ZEALAND SCOREBOARD": the headline's verb or noun after the body's name); never a place
   * ("VISIT HONG KONG": the body's place is the place).
   */
  private static boolean holdsLonger(List<Mention> found, int start, int end, String type) {
    for (Mention f : found) {
      if (f.start() <= start
          && end <= f.end()
          && f.end() - f.start() > end - start
          && f.type().equals(type)
          && !type.equals("LOC")
          && f.end() == end) {
        return true;
      }
    }
    return false;
  }

  /** A word of a line in capitals, a whole word (not the "GB" of "8GB"). */
  private static final Pattern CAPS_WORD =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Lu}'’.-]*(?![\\p{L}\\p{N}])");

  /** Whether a place's first word stands right before {@code at} ("Stade TP Mazembe"). */
  private static boolean afterPlaceFirstWord(String text, int at) {
    return EntityRecognizer.isPlaceFirstWord(wordBefore(text, at).toLowerCase(Locale.ROOT));
  }

  /** The word one space before {@code at} ({@link #wordEndingAt} there), or "". */
  private static String wordBefore(String text, int at) {
    return at >= 2 && text.charAt(at - 1) == ' ' ? wordEndingAt(text, at - 1) : "";
  }

  /** The letters and hyphens that end at {@code end} ({@link #nameWordStart}). */
  private static String wordEndingAt(String text, int end) {
    return text.substring(nameWordStart(text, end), end);
  }

  /**
   * Types every whole-word occurrence of {@code names} in {@code out} as {@code type}: a mention of
   * exactly that span takes the type, a free occurrence becomes a mention; one inside or around
   * another name, after "in" (the place itself), after a place's first word (a ground: "Stade TP
   * Mazembe") or after a club's prefix (the rest of its name) is left. Returns whether anything
   * changed.
   */
  private static boolean spread(String text, List<Mention> out, Set<String> names, String type) {
    boolean changed = false;
    for (String name : names) {
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        int end = at + name.length();
        if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
            || end < text.length() && Character.isLetterOrDigit(text.charAt(end))
            || at >= 3 && text.regionMatches(true, at - 3, "in ", 0, 3)
            || afterPlaceFirstWord(text, at)
            // the rest of a prefixed club's name inside it ("Stade TP Mazembe": no "Mazembe")
            || CLUB_FIRST_WORDS.contains(wordBefore(text, at))) {
          continue;
        }
        int same = -1;
        boolean other = false;
        for (int i = 0; i < out.size(); i++) {
          Mention o = out.get(i);
          if (o.start() == at && o.end() == end) {
            same = i;
          } else if (o.start() < end && at < o.end()) {
            other = true;
          }
        }
        if (other) {
          continue;
        }
        if (same < 0) {
          out.add(new Mention(at, end, type));
          changed = true;
        } else if (!out.get(same).type().equals(type)) {
          out.set(same, new Mention(at, end, type));
          changed = true;
        }
      }
    }
    if (changed) {
      out.sort(Comparator.comparingInt(Mention::start));
    }
    return changed;
  }

  /**
   * The legal forms that make a company of capitalised words before them on their own: not "Co" (Co
   * Wicklow), "AG" (a state's attorney general), "SA" or "AB".
   */
  private static final Set<String> UNMISTAKABLE_FORMS =
      WordSet.of("Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "Plc", "PLC", "plc", "LLC", "GmbH");

  /**
   * Whether the word at [from, to) is "Co" or "Co." with no capitalised word after it: a company's
   * form ("Boeing Co said"), not an Irish county's ("Co Wicklow").
   */
  private static boolean coBeforeNoName(String text, int from, int to) {
    if (!(to - from == 2 && text.startsWith("Co", from)
        || to - from == 3 && text.startsWith("Co.", from))) {
      return false;
    }
    int next = to < text.length() && text.charAt(to) == ' ' ? to + 1 : to;
    return next >= text.length() || !Character.isUpperCase(text.charAt(next));
  }

  /** Up to three capitalised words ending just before a legal form (and its space). */
  private static final Pattern COMPANY_NAME =
      Pattern.compile("(?<![\\p{L}-])\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){0,2} $");

  /** A two-word company's trade, after which its first word alone names it. */
  private static final Set<String> SHORT_FORM_HEADS =
      WordSet.of(
          "Energy", "Mining", "Minerals", "Resources", "Petroleum", "Holdings", "Industries");

  /** Whether a mention of a place in {@code found} reads [start, end) as written. */
  private static boolean placeNamed(String text, List<Mention> found, int start, int end) {
    int length = end - start;
    for (Mention f : found) {
      if (f.type().equals("LOC")
          && f.end() - f.start() == length
          && text.regionMatches(f.start(), text, start, length)) {
        return true;
      }
    }
    return false;
  }

  /** Second words after which a company's first word alone names it (Ford Motor Co: Ford). */
  private static final Set<String> GENERIC_COMPANY_WORDS =
      WordSet.of(
          "Motor",
          "Motors",
          "Group",
          "Holdings",
          "Industries",
          "International",
          "Electric",
          "Airlines",
          "Steel",
          "Oil",
          "Petroleum",
          "Chemical",
          "Communications");

  /**
   * A company named with its legal form is that company wherever the report names it without the
   * form ("Ford Motor Co ... Shares of Ford rose", "Toyota Motor Corp ... Toyota said"); a name of
   * up to three capitalised words that ends in a legal form is a company even where the model saw
   * nothing ("General Motors Corp and Chrysler Corp report results").
   */
  static List<Mention> companiesThroughout(String text, List<Mention> found) {
    List<Mention> out = null;
    Matcher companyName = COMPANY_NAME.matcher(text).useTransparentBounds(true);
    for (int sp = text.indexOf(' '); sp >= 0 && sp + 2 < text.length(); ) {
      int next = text.indexOf(' ', sp + 1);
      if ("CILPpG".indexOf(text.charAt(sp + 1)) < 0) {
        sp = next; // the forms' first letters: most words are passed over here
        continue;
      }
      int end = sp + 1;
      // six letters are enough to tell: the forms are two to five characters long
      while (end < text.length() && end - sp <= 6 && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (end < text.length() && text.charAt(end) == '.') {
        end++;
      }
      int formStart = sp + 1;
      int formEnd = end;
      sp = next;
      if (formEnd - formStart < 2
          || formEnd - formStart > 5
          || !(UNMISTAKABLE_FORMS.contains(text.substring(formStart, formEnd))
              || coBeforeNoName(text, formStart, formEnd))
          || formEnd < text.length() && Character.isLetterOrDigit(text.charAt(formEnd))) {
        continue;
      }
      // the capitalised words just before the form, three at most
      if (!companyName.region(Math.max(0, formStart - 80), formStart).find()) {
        continue;
      }
      int s0 = companyName.start();
      List<Mention> current = out == null ? found : out;
      // what the model found inside is a part it cut off ("General Motors [Corp]") or misread
      // ("[McDonnell Douglas] Corp" a person)
      if (crossed(current, s0, formEnd, f -> true)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      out.removeIf(f -> f.start() >= s0 && f.end() <= formEnd);
      out.add(new Mention(s0, formEnd, "ORG"));
    }
    List<Mention> all = out == null ? found : out;
    Set<String> shortForms = null;
    for (Mention m : all) {
      if (!m.type().equals("ORG")) {
        continue;
      }
      int lastSpace = text.lastIndexOf(' ', m.end() - 1);
      if (lastSpace > m.start()
          && text.lastIndexOf(' ', lastSpace - 1) < m.start()
          && SHORT_FORM_HEADS.contains(text.substring(lastSpace + 1, m.end()))
          && !placeNamed(text, all, m.start(), lastSpace)) {
        // "Woodside Energy ... Woodside and the Australian government": a two-word company named
        // for its trade goes by its first word (not a place's: "Tokyo Gas" is no "Tokyo")
        if (shortForms == null) {
          shortForms = new HashSet<>();
        }
        shortForms.add(text.substring(m.start(), lastSpace));
        continue;
      }
      if (lastSpace <= m.start()
          || !COMPANY_FORMS.contains(text.substring(lastSpace + 1, m.end()))) {
        continue;
      }
      String base = text.substring(m.start(), lastSpace).replaceAll(",$", "");
      if (shortForms == null) {
        shortForms = new HashSet<>();
      }
      shortForms.add(base);
      String[] words = base.split(" ");
      if (words.length == 2
          && GENERIC_COMPANY_WORDS.contains(words[1])
          && !EntityRecognizer.isTitle(words[0].toLowerCase(Locale.ROOT))
          && !EntityRecognizer.isSentenceWord(words[0].toLowerCase(Locale.ROOT))) {
        shortForms.add(words[0]);
      }
    }
    if (shortForms == null) {
      return all;
    }
    List<Mention> spread = new ArrayList<>(all);
    return spread(text, spread, shortForms, "ORG") ? spread : all;
  }

  /**
   * Letter pairs joined by an ampersand that are abbreviations, not names: research and
   * development, mergers and acquisitions, questions and answers, profit and loss, bed and
   * breakfast, food and beverage, rhythm and blues, gin and tonic.
   */
  private static final Set<String> AMPERSAND_ABBREVIATIONS =
      WordSet.of("R&D", "M&A", "Q&A", "P&L", "B&B", "F&B", "R&B", "G&T");

  private static boolean ampersandNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-';
  }

  /** Whether "'s" (or " 's", as tokens are joined) follows {@code end}. */
  private static boolean possessiveAt(String text, int end) {
    int i = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
    return i + 1 < text.length()
        && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')
        && text.charAt(i + 1) == 's'
        && (i + 2 == text.length() || !Character.isLetter(text.charAt(i + 2)));
  }

  /** Whether an owner's possessive ends one space before {@code start}: "Barrick's ", "its ". */
  private static boolean possessiveBefore(String text, int start) {
    if (start < 4 || text.charAt(start - 1) != ' ') {
      return false;
    }
    char s = text.charAt(start - 2);
    char q = text.charAt(start - 3);
    return s == 's' && (q == '\'' || q == '\u2019')
        || endsBefore(text, start, " its ")
        || endsBefore(text, start, " their ");
  }

  static String firstWord(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  /** A year cited after authors' names: ", 2010", " (2010)", " 2010", " , 2010" (tokens). */
  private static final Pattern CITED_YEAR = Pattern.compile(" ?,? \\(?(?:1[89]|20)\\d\\d\\b");

  private static boolean citedYearAfter(String text, int end) {
    return CITED_YEAR.matcher(text).region(end, Math.min(text.length(), end + 8)).lookingAt();
  }

  /** Whether "a" or "an" stands just before {@code start}. */
  private static boolean indefiniteBefore(String text, int start) {
    return start >= 3 && text.startsWith(" a ", start - 3)
        || start >= 4 && text.startsWith(" an ", start - 4)
        || start == 2 && text.startsWith("a ", 0)
        || start == 3 && text.startsWith("an ", 0);
  }

  /**
   * Whether [start, end) stands in a line of capitalised words with no full stop: a heading
   * ("Watering & Feeding", "Olive & Herb Focaccia Bread"), where every word is capitalised and "&"
   * joins two of them, not two names.
   */
  private static boolean titleCaseLine(String text, int start, int end) {
    int from = text.lastIndexOf('\n', start - 1) + 1;
    int to = text.indexOf('\n', end);
    if (to < 0) {
      to = text.length();
    }
    String line = text.substring(from, to).strip();
    if (line.endsWith(".") || line.length() > 120) {
      return false;
    }
    for (String w : line.split(" +")) {
      if (!w.isEmpty()
          && Character.isLowerCase(w.charAt(0))
          && !FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** A word of a name joined by an ampersand: capitalised, in capitals only if short (AT, Co). */
  private static boolean ampersandWord(String text, int from, int to) {
    if (to - from < 1 || !Character.isUpperCase(text.charAt(from))) {
      return false;
    }
    if (to - from <= 3) {
      return true;
    }
    for (int i = from + 1; i < to; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return false; // a headline in capitals: "JOHNSON & JOHNSON SAYS" would run on
  }

  /**
   * Whether the word [from, to) ends in a full stop, holds no other and has four letters or more.
   */
  private static boolean sentenceEndAt(String text, int from, int to) {
    return to - from > 4 && text.charAt(to - 1) == '.' && text.lastIndexOf('.', to - 2) < from;
  }

  /** Whether a space and a lower-case company noun (shipyard, company, group) follow {@code at}. */
  private static boolean companyNounAt(String text, int at) {
    if (at + 2 >= text.length()
        || text.charAt(at) != ' '
        || !Character.isLowerCase(text.charAt(at + 1))) {
      return false;
    }
    int e = nameWordEnd(text, at + 1);
    String w = text.substring(at + 1, e);
    return EntityRecognizer.isCompanyNoun(w) || w.equals("group"); // shipyard is a company noun
  }

  /**
   * Names joined by an ampersand are one organisation, whatever the model made of their parts
   * ("Procter & Gamble", "Marks & Spencer", "Korea Hydro & Nuclear Power", "H&M", "AT&T"): news
   * writes "and" between two people or places, and "&" in the names of firms. A place on either
   * side (Bosnia & Herzegovina, "Kenya & Uganda"), a name the model reads on each side (a post's
   * "&" for "and") and the abbreviations of {@link #AMPERSAND_ABBREVIATIONS} make no firm.
   */
  static List<Mention> ampersandNames(
      String text, List<Mention> found, Predicate<String> isPlaceName) {
    List<Mention> out = null;
    for (int a = text.indexOf('&'); a > 0 && a + 1 < text.length(); a = text.indexOf('&', a + 1)) {
      boolean spaced = text.charAt(a - 1) == ' ' && text.charAt(a + 1) == ' ';
      int leftEnd = spaced ? a - 1 : a;
      int rightStart = spaced ? a + 2 : a + 1;
      if (!spaced
          && !(Character.isLetter(text.charAt(a - 1)) && Character.isLetter(text.charAt(a + 1)))) {
        continue;
      }
      // up to three words before, up to four after (a legal form included)
      int start = leftEnd;
      int probe = leftEnd;
      for (int words = 0; words < 3; words++) {
        int w = probe;
        // "St. Kitts & Nevis", "U.S. Steel & ...": a full stop inside the words before
        while (w > 0 && (ampersandNameChar(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
          w--;
        }
        if (w == probe
            || !ampersandWord(text, w, probe)
            || words > 0
                && (EntityRecognizer.isSentenceWord(
                        text.substring(w, probe).toLowerCase(Locale.ROOT))
                    // "on Sunday. Mahindra & Mahindra": a word with its only full stop at its
                    // end, longer than "St." or "Co.", ends the sentence before the name
                    || sentenceEndAt(text, w, probe))) {
          break;
        }
        start = w;
        if (!spaced || w < 2 || text.charAt(w - 1) != ' ') {
          break;
        }
        probe = w - 1;
      }
      int end = rightStart;
      probe = rightStart;
      for (int words = 0; words < 4; words++) {
        int w = probe;
        while (w < text.length() && ampersandNameChar(text.charAt(w))) {
          w++;
        }
        if (w == probe || !ampersandWord(text, probe, w)) {
          break;
        }
        end = w;
        if (!spaced || w + 1 >= text.length() || text.charAt(w) != ' ') {
          break;
        }
        probe = w + 1;
      }
      if (start >= leftEnd || end <= rightStart) {
        continue;
      }
      String left = text.substring(start, leftEnd);
      String right = text.substring(rightStart, end);
      String whole = text.substring(start, end);
      int s0 = start;
      int e0 = end;
      // "in Melbourne & Putin to": where the model reads a name on each side, "&" stands for "and"
      // (the same name twice is one firm's: Johnson & Johnson)
      boolean nameEachSide =
          !left.equals(right)
              && found.stream().anyMatch(f -> f.start() >= s0 && f.end() <= leftEnd)
              && found.stream().anyMatch(f -> f.start() >= rightStart && f.end() <= e0)
              // "the Harland & Wolff shipyard": what a firm is, after it, makes it one
              && !companyNounAt(text, e0);
      // "H&M", "B&SR": one token the model reads whole keeps the model's reading
      boolean readWhole = !spaced && found.stream().anyMatch(f -> f.start() == s0 && f.end() == e0);
      boolean lettersOnly = spaced && left.indexOf(' ') < 0 && right.indexOf(' ') < 0;
      // "Borders of Peace & Friendship": spaced words make a firm only where the model read a name
      // among them
      boolean modelSawAName =
          !spaced
              || found.stream().anyMatch(f -> f.start() < e0 && s0 < f.end())
              // "Standard & Poor's", "Dow Jones & Co": a possessive or a legal form after it
              || possessiveAt(text, e0)
              || COMPANY_FORMS.contains(right.substring(right.lastIndexOf(' ') + 1));
      if (AMPERSAND_ABBREVIATIONS.contains(whole)
          || !modelSawAName
          || nameEachSide
          || readWhole
          // "(Dye & Bavelier, 2010)": two authors cited
          || citedYearAfter(text, e0)
          // "Follow us on FB & IG": two abbreviations side by side
          || lettersOnly
              && left.equals(left.toUpperCase(Locale.ROOT))
              && right.equals(right.toUpperCase(Locale.ROOT))
          // "the Founder & Principal Consultant": a role
          || EntityRecognizer.isTitle(firstWord(left).toLowerCase(Locale.ROOT))
          || EntityRecognizer.isTitle(firstWord(right).toLowerCase(Locale.ROOT))
          // "a Strategic Think & Do Tank": a description
          || indefiniteBefore(text, s0)
          || titleCaseLine(text, s0, e0)
          || isPlaceName.test(whole)
          || isPlaceName.test(whole.replace(" & ", " and "))
          || isPlaceName.test(left)
          || isPlaceName.test(right)) {
        continue;
      }
      out = placed(found, out, s0, e0, "ORG");
    }
    return sortedOr(found, out);
  }

  /**
   * A country's name that is the surname of a person of the text, alone as a sentence's subject or
   * after a comma, before a verb in lower case: "Luis Montenegro won ... Montenegro called the snap
   * vote" (not "in Montenegro", "Montenegro's coast", "Montenegro and Serbia").
   */
  static List<Mention> surnamesThatAreCountries(
      String text, List<Mention> found, Predicate<String> isCountry) {
    Set<String> surnames = null;
    for (Mention m : found) {
      int space = text.lastIndexOf(' ', m.end() - 1);
      if (m.type().equals("PER")
          && space > m.start()
          && isCountry.test(text.substring(space + 1, m.end()))) {
        if (surnames == null) {
          surnames = new HashSet<>();
        }
        surnames.add(text.substring(space + 1, m.end()));
      }
    }
    if (surnames == null) {
      return found;
    }
    List<Mention> out = null;
    for (Mention m : found) {
      int after = m.end() + 1;
      if (!m.type().equals("LOC")
          || !surnames.contains(text.substring(m.start(), m.end()))
          || after >= text.length()
          || text.charAt(m.end()) != ' '
          || !Character.isLowerCase(text.charAt(after))
          || COORDINATORS.contains(text.substring(after, nameWordEnd(text, after)))
          || !(endsBefore(text, m.start(), ", ") || opensSentence(text, m.start()))) {
        continue;
      }
      out = placed(found, out, m.start(), m.end(), "PER");
    }
    return sortedOr(found, out);
  }

  /** Words after a name that join it to another: "Montenegro and Serbia". */
  private static final Set<String> COORDINATORS = WordSet.of("and", "or", "nor");

  /**
   * A firm the model read as a person, named for what it makes or sells: "Illovo Sugar said",
   * "Dangote Cement", "British American Tobacco" (not "Lord Alan Sugar": a title or a given name
   * before the last word). {@code isGivenName}: a listed given name.
   */
  static List<Mention> firmsOfGoods(
      String text, List<Mention> found, Predicate<String> isGivenName) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int last = text.lastIndexOf(' ', m.end() - 1) + 1;
      if (!m.type().equals("PER")
          || last <= m.start()
          || !GOODS.contains(text.substring(last, m.end()))) {
        continue;
      }
      boolean named = false; // "Lord Alan Sugar": a title or a given name before the last word
      for (String w : text.substring(m.start(), last - 1).split(" ")) {
        named |= isGivenName.test(w) || EntityRecognizer.isTitle(w.toLowerCase(Locale.ROOT));
      }
      if (named) {
        continue;
      }
      out = setAt(found, out, i, new Mention(m.start(), m.end(), "ORG"));
    }
    return out == null ? found : out;
  }

  /** What a firm is named for making or selling, as its last word. */
  private static final Set<String> GOODS =
      WordSet.of(
          "Sugar",
          "Cement",
          "Tobacco",
          "Breweries",
          "Textiles",
          "Fertilisers",
          "Fertilizers",
          "Foods",
          "Beverages",
          "Motors",
          "Minerals",
          "Metals",
          "Petroleum",
          "Chemicals");

  /**
   * One capitalised word right before "shares", or two joined by "and" there, are listed firms:
   * "Krka and Petrol shares were flat", "Galp shares fell", before what shares do (not the verb:
   * "Make Stuff shares how"; nor a place's or a people's market: "Tokyo shares", "European shares",
   * "Asian shares"). What the model read there as a person or a place is retyped; a word it left
   * unread is placed. {@code isPlace}: a listed place, country or demonym.
   */
  static List<Mention> firmsBeforeShares(
      String text, List<Mention> found, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int at = text.indexOf(" shares "); at > 0; at = text.indexOf(" shares ", at + 1)) {
      int next = at + 8;
      if (!SHARES_MOVES.contains(text.substring(next, nameWordEnd(text, next)))) {
        continue; // "Hey Let's Make Stuff shares how she did it": the verb
      }
      int end = at;
      for (int k = 0; k < 2; k++) {
        int w = nameWordStart(text, end);
        String word = text.substring(w, end);
        if (end - w < 2
            || !Character.isUpperCase(text.charAt(w))
            || w > 0 && text.charAt(w - 1) != ' '
            || opensSentence(text, w)
            || EntityRecognizer.isSentenceWord(word.toLowerCase(Locale.ROOT))
            || ADJECTIVE_SUFFIX.matcher(word.toLowerCase(Locale.ROOT)).find()
            || isPlace.test(word)) {
          break;
        }
        Mention same = readOver(out == null ? found : out, w, end);
        if (same == CROSSING) {
          break;
        }
        if (same == null || !same.type().equals("ORG")) {
          out = placed(found, out, w, end, "ORG");
        }
        if (w < 6 || !text.startsWith(" and ", w - 5)) {
          break;
        }
        end = w - 5;
      }
    }
    return sortedOr(found, out);
  }

  /** What shares do, or where they trade, right after "shares" ("Krka shares were flat"). */
  private static final Set<String> SHARES_MOVES =
      WordSet.of(
          "rose",
          "fell",
          "jumped",
          "slid",
          "were",
          "was",
          "are",
          "gained",
          "dropped",
          "climbed",
          "tumbled",
          "traded",
          "closed",
          "ended",
          "plunged",
          "surged",
          "slumped",
          "edged",
          "opened",
          "rallied",
          "sank",
          "soared",
          "lost",
          "added",
          "hit",
          "rebounded",
          "recovered",
          "in",
          "on");

  /**
   * "Air" and a place the model read alone is the place's airline: "Air Rarotonga and Air New
   * Zealand flights", "Air Tahiti" (the recogniser reads "Air" and a country itself); so is "Air"
   * and a body it read alone ("Air Niugini"), unless a capitalised word stands before "Air" (the
   * "Royal Air Force" is a longer name).
   */
  static List<Mention> airlinesOfPlaces(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int air = m.start() - 4;
      if (!(m.type().equals("LOC") || m.type().equals("ORG"))
          || air < 0
          || !text.startsWith("Air ", air)
          || air > 0 && Character.isLetterOrDigit(text.charAt(air - 1))
          || i > 0 && found.get(i - 1).end() > air
          || m.type().equals("ORG") && capitalisedWordBefore(text, air)) {
        continue;
      }
      out = setAt(found, out, i, new Mention(air, m.end(), "ORG"));
    }
    return out == null ? found : out;
  }

  /**
   * A one-word name the model read before a dot and a web domain's ending is a site, which news
   * cites as a body: "the news site Kun.uz", "Gazeta.ru", "Rappler.com". Not a file's ending
   * ("Node.js") nor a web address that goes on ("Site.com/news").
   */
  static List<Mention> websitesNamed(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int dot = m.end();
      if (dot + 3 > text.length()
          || text.charAt(dot) != '.'
          || within(text, " ", m) >= 0
          || !Character.isUpperCase(text.charAt(m.start()))
          || !Character.isLowerCase(text.charAt(dot - 1))) { // not a date's "YY.mm"
        continue;
      }
      int e = dot + 1;
      while (e < text.length() && e - dot <= 5 && Character.isLowerCase(text.charAt(e))) {
        e++;
      }
      String ending = text.substring(dot + 1, e);
      if (!(ending.length() == 2 && !FILE_ENDINGS.contains(ending) || WEB_ENDINGS.contains(ending))
          || e < text.length()
              && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '/')) {
        continue;
      }
      out = setAt(found, out, i, new Mention(m.start(), e, "ORG"));
    }
    return out == null ? found : out;
  }

  /**
   * The web domains' endings of three letters or more that {@link #websitesNamed} takes; it takes
   * every two-letter one (a country's) but {@link #FILE_ENDINGS}.
   */
  private static final Set<String> WEB_ENDINGS = WordSet.of("com", "org", "net", "info", "news");

  /** Two-letter endings of files and languages' sources, not of web domains. */
  private static final Set<String> FILE_ENDINGS =
      WordSet.of("js", "py", "ts", "sh", "cs", "md", "rb");

  /**
   * A party's acronym in brackets before its lower-case noun is the party's, wherever it stands in
   * the text: "the Faatuatua i le Atua Samoa ua Tasi (FAST) party won ... expelled from FAST" (a
   * name with lower-case words inside, which no rule reads whole). Not where something else was
   * read.
   */
  static List<Mention> acronymsBeforePartyNouns(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
      int close = text.indexOf(')', open);
      if (close < 0
          || !acronymAt(text, open + 1, close)
          || !text.startsWith(" ", close + 1)
          || !wholeWordAt(text, close + 2, PARTY_HEADS_AFTER)) {
        continue;
      }
      String acronym = text.substring(open + 1, close);
      for (int at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
        int end = at + acronym.length();
        if (wordEdge(text, at - 1)
            && wordEdge(text, end)
            && !crossed(out == null ? found : out, at, end, f -> false)) {
          out = placed(found, out, at, end, "ORG");
        }
      }
    }
    return sortedOr(found, out);
  }

  /**
   * A person the model ended before a surname in "s" that takes a bare apostrophe ("Geert Wilders'
   * party" read as "Geert"): the surname goes on the name, where nothing else was read; the name
   * opens with a given name (not "Indigenous Peoples' rights"). {@code isGivenName}: a listed given
   * name.
   */
  static List<Mention> surnamesBeforeApostrophe(
      String text, List<Mention> found, Predicate<String> isGivenName) {
    List<Mention> out = null;
    for (Mention m : found) {
      int w = m.end() + 1;
      if (!m.type().equals("PER")
          || !isGivenName.test(text.substring(m.start(), nameWordEnd(text, m.start())))
          || w >= text.length()
          || text.charAt(m.end()) != ' '
          || !Character.isUpperCase(text.charAt(w))) {
        continue;
      }
      int e = nameWordEnd(text, w);
      if (e - w < 3
          || e + 1 > text.length() - 1
          || text.charAt(e - 1) != 's'
          || (text.charAt(e) != '\'' && text.charAt(e) != '’')
          || Character.isLetter(text.charAt(e + 1))
          // "Acme Partners' fund": a firm's head word is no surname
          || EntityRecognizer.isOrgHead(text.substring(w, e).toLowerCase(Locale.ROOT))
          || crossed(out == null ? found : out, w, e, f -> false)) {
        continue;
      }
      out = placed(found, out, m.start(), e, "PER");
    }
    return sortedOr(found, out);
  }

  /**
   * A mention the model ran over a spaced dash is the dateline's place before it: "SUVA - Fiji
   * will", "Lautoka - The government", "RABAT - Protests led" read as one place. No name holds a
   * spaced dash ("Guinea-Bissau" holds an unspaced one); what follows is the story's first words,
   * which the lists and rules read on their own (Fiji is a country of the lists), except a person's
   * name, which the model's type or a listed given name opening it shows. {@code isGivenName}: a
   * listed given name.
   */
  static List<Mention> dashesApart(
      String text, List<Mention> found, Predicate<String> isGivenName) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      // only a line's first words, all capitalised, before the dash: a dateline or a heading's
      // topic; tokenised text spaces the hyphen inside names ("Muqtada al - Sadr"). The dash is
      // looked for within the mention, not on through the text
      int dash = within(text, " - ", m);
      if (dash < 0) {
        continue;
      }
      int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
      // "THE HAGUE - Rob Jetten's": the model may start after the line's first capitals
      if (m.start() > lineStart
              && !(text.charAt(m.start() - 1) == ' '
                  && allCaps(text, lineStart, m.start() - 1)
                  && m.start() - lineStart <= 20)
          || dash + 3 >= m.end()
          || !allWordsCapitalised(text, m.start(), dash)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      out.set(out.indexOf(m), new Mention(m.start(), dash, m.type()));
      int of = titledPlaceEnd(text, dash + 3, m.end());
      if (of > 0) {
        out.add(new Mention(dash + 3, of, m.type()));
      } else if ((m.type().equals("PER")
              || m.type().equals("MISC")
              // "SANTIAGO - Jose Antonio Kast" read as one place: a given name opens a person's
              || isGivenName.test(text.substring(dash + 3, nameWordEnd(text, dash + 3))))
          && allWordsCapitalised(text, dash + 3, m.end())
          && within(text, " ", dash + 3, m.end()) > 0
          && !EntityRecognizer.isSentenceWord(
              text.substring(dash + 3, nameWordEnd(text, dash + 3)).toLowerCase(Locale.ROOT))) {
        // "HAGUE - Rob Jetten": the story opens with a person's name
        out.add(new Mention(dash + 3, m.end(), "PER"));
      }
    }
    return sortedOr(found, out);
  }

  /** Whether text[start, end) holds letters and no lower-case one ("THE"). */
  private static boolean allCaps(String text, int start, int end) {
    boolean letter = false;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /**
   * Where the capitalised words from {@code from} end before a title that follows them within
   * {@code end} ("Alberta" of "CALGARY - Alberta Premier Danielle Smith": the place the title is
   * of), or -1; the person after the title is the rules' to read.
   */
  private static int titledPlaceEnd(String text, int from, int end) {
    for (int k = from; k < end && Character.isUpperCase(text.charAt(k)); ) {
      int e = nameWordEnd(text, k);
      if (e == k) {
        break;
      }
      if (k > from && EntityRecognizer.isTitle(text.substring(k, e).toLowerCase(Locale.ROOT))) {
        return k - 1;
      }
      if (e >= end || text.charAt(e) != ' ') {
        break;
      }
      k = e + 1;
    }
    return -1;
  }

  /**
   * A body's office somewhere, read by the model as one name, is the body: "the Baku office of
   * Sputnik Azerbaijan", "the Nairobi branch of Equity Bank". The place before is the lists' and
   * the rules' to read.
   */
  static List<Mention> officesOfBodies(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int of = ofAfterWord(text, m);
      if (of < 0
          || !OFFICE_NOUNS.contains(text.substring(text.lastIndexOf(' ', of - 1) + 1, of))
          || !Character.isUpperCase(text.charAt(of + 4))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      out.set(out.indexOf(m), new Mention(of + 4, m.end(), "ORG"));
    }
    return sortedOr(found, out);
  }

  /**
   * A party the model read on over "of" into its leader's name is the party and the leader: "the
   * Kurdistan Democratic Party of Masoud Barzani", "the Georgian Dream party of billionaire Bidzina
   * Ivanishvili". The words after "of" are two or three capitalised words opening with a given name
   * or after a role, the word before it a party's or a movement's head, or the party's acronym
   * alone ("the liberal VVD of Dilan Yesilgoz"). A party the model ended at its head before such a
   * name it left unread: the name is the leader.
   */
  static List<Mention> leadersOfParties(
      String text, List<Mention> found, Predicate<String> isGivenName, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int of = ofAfterWord(text, m);
      if (of < 0 && m.type().equals("ORG")) {
        // "the liberal VVD of Dilan Yesilgoz": an acronym is the party's first word and its head;
        // "the Progress Party of Sylvi Listhaug" read from "Party": the head alone before "of"
        int o = within(text, " of ", m);
        of =
            o > 0
                    && (acronymAt(text, m.start(), o)
                        || Character.isUpperCase(text.charAt(m.start()))
                            && EntityRecognizer.isPoliticalHead(
                                text.substring(m.start(), o).toLowerCase(Locale.ROOT)))
                ? o
                : -1;
      }
      if (of < 0) {
        continue;
      }
      // "the Democratic Party of Kosovo of Bedri Hamza": a party named for its country, then "of"
      // and its leader
      boolean ofCountry = false;
      int last = text.lastIndexOf(" of ", m.end() - 1);
      if (last > of) {
        int headOfFirst = text.lastIndexOf(' ', of - 1) + 1;
        ofCountry =
            text.lastIndexOf(" of ", last - 1) == of
                && EntityRecognizer.isPoliticalHead(
                    text.substring(headOfFirst, of).toLowerCase(Locale.ROOT))
                && isPlace.test(text.substring(of + 4, last));
        if (ofCountry) {
          of = last;
        }
      }
      int head = text.lastIndexOf(' ', of - 1) + 1;
      // "the Georgian Dream party of billionaire Bidzina Ivanishvili": a role may stand between
      int name = rolesSkipped(text, of + 4, m.end());
      if (name < 0) {
        continue;
      }
      int given = nameWordEnd(text, name);
      String[] words = text.substring(name, m.end()).split(" ");
      boolean afterRole = name > of + 4; // a role was skipped: it names the person
      // "the Warisan party of Shafie Apdal": after a head in lower case, the party's name has
      // ended, and what follows "of" is its leader unless a place
      boolean afterLowerHead =
          Character.isLowerCase(text.charAt(head)) && !isPlace.test(text.substring(name, m.end()));
      if (!(ofCountry
              || EntityRecognizer.isPoliticalHead(text.substring(head, of).toLowerCase(Locale.ROOT))
              // "the liberal VVD of Dilan Yesilgoz": a party's acronym alone before "of"
              || head == m.start() && acronymAt(text, head, of))
          || words.length < 2
          || words.length > 3
          || !(afterRole
              || afterLowerHead
              || isGivenName.test(text.substring(name, given))
              || words.length == 2
                  && EntityRecognizer.mayBeLeadersName(words[0], words[1])
                  && !isPlace.test(text.substring(name, m.end())))
          || !allWordsCapitalised(text, name, m.end())) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      // a head in lower case is no part of the name ("the Georgian Dream party")
      boolean lowerHead = Character.isLowerCase(text.charAt(head)) && head - 1 > m.start();
      if (head == m.start() && !acronymAt(text, head, of)) {
        out.set(out.indexOf(m), new Mention(name, m.end(), "PER")); // a head alone names nothing
        continue;
      }
      out.set(out.indexOf(m), new Mention(m.start(), lowerHead ? head - 1 : of, "ORG"));
      out.add(new Mention(name, m.end(), "PER"));
    }
    // the party ended at its head and the leader after "of" left unread ("the People's Party of
    // Inga Saeland were seen"): two or three capitalised words opening with a given name
    for (Mention m : found) {
      int name = m.end() + 4;
      int head = text.lastIndexOf(' ', m.end() - 1) + 1;
      if (!m.type().equals("ORG")
          || !text.startsWith(" of ", m.end())
          || name >= text.length()
          || !Character.isUpperCase(text.charAt(name))
          || !EntityRecognizer.isPoliticalHead(
              text.substring(head, m.end()).toLowerCase(Locale.ROOT))) {
        continue;
      }
      int end = capitalisedWordsEnd(text, name, name);
      if (text.indexOf(' ', name) < 0
          || text.indexOf(' ', name) >= end
          || !capitalisedWords(text, name, end, 3)
          || !isGivenName.test(text.substring(name, nameWordEnd(text, name)))
          || isPlace.test(text.substring(name, end))
          // "the Kurdistan Democratic Party of Masoud Barzani", "Barzani" read as a name of
          // something else: what the model read inside as MISC yields
          || crossed(out == null ? found : out, name, end, f -> f.type().equals("MISC"))) {
        continue;
      }
      out = placed(found, out, name, end, "PER");
    }
    // the leader's name the model read alone as a place after the party's head and "of" ("the Free
    // Patriotic Movement of Gebran Bassil", the party read by the rules)
    for (Mention m : out == null ? found : List.copyOf(out)) {
      int of = m.start() - 4;
      if (!m.type().equals("LOC") || of < 2 || !text.startsWith(" of ", of)) {
        continue;
      }
      int head = text.lastIndexOf(' ', of - 1) + 1;
      if (!Character.isUpperCase(text.charAt(head))
          || !EntityRecognizer.isPoliticalHead(text.substring(head, of).toLowerCase(Locale.ROOT))
          || isPlace.test(text.substring(m.start(), m.end()))) {
        continue;
      }
      String[] words = text.substring(m.start(), m.end()).split(" ");
      if (words.length == 2
          && (isGivenName.test(words[0]) || EntityRecognizer.mayBeLeadersName(words[0], words[1]))
          && allWordsCapitalised(text, m.start(), m.end())) {
        out = placed(found, out, m.start(), m.end(), "PER");
      }
    }
    return sortedOr(found, out);
  }

  /** Whether text[start, end) is an acronym: two to six capitals or digits, a capital first. */
  private static boolean acronymAt(String text, int start, int end) {
    if (end - start < 2 || end - start > 6 || !Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    for (int k = start + 1; k < end; k++) {
      char c = text.charAt(k);
      if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where a name starts at or after {@code from}, past lower-case role words ("billionaire",
   * "former prime minister") that all are titles; -1 when a lower-case word is none, or nothing
   * follows them before {@code end}.
   */
  private static int rolesSkipped(String text, int from, int end) {
    int at = from;
    while (at < end && Character.isLowerCase(text.charAt(at))) {
      int e = nameWordEnd(text, at);
      String w = text.substring(at, e);
      if (e >= end
          || text.charAt(e) != ' '
          || !(w.equals("former") || EntityRecognizer.isTitle(w))) {
        return -1;
      }
      at = e + 1;
    }
    return at < end ? at : -1;
  }

  /**
   * Where " of " stands inside an organisation the model read, after a word of the mention that is
   * not its first (the "office" of "the Baku office of Sputnik", the "Party" of "Kurdistan
   * Democratic Party of Masoud Barzani"); else -1.
   */
  private static int ofAfterWord(String text, Mention m) {
    if (!m.type().equals("ORG")) {
      return -1;
    }
    int of = within(text, " of ", m);
    return of > 0 && text.lastIndexOf(' ', of - 1) > m.start() ? of : -1;
  }

  /** Where a body has a seat, in lower case between a place and "of" and the body. */
  private static final Set<String> OFFICE_NOUNS = EntityRecognizer.wordList("office-noun");

  /** Whether every word of [start, end) opens with a capital. */
  static boolean allWordsCapitalised(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if ((i == start || text.charAt(i - 1) == ' ') && !Character.isUpperCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A mention the model ran over a possessive into a person's name ("Britain's Damon Hill",
   * "Britain 's Damon Hill") is two: the possessor, as the model typed the whole (a place or a body
   * where it typed a person: {@code isPlace} says which), and the person, two or three capitalised
   * words opening with a given name. "McDonald's Corp" stays whole. A place read over a possessive
   * before a place noun is two ("Dagestan's Karabudakhkent district", "Papua New Guinea's Southern
   * Highlands province").
   */
  static List<Mention> possessorsApart(
      String text, List<Mention> found, Predicate<String> isGivenName, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int apostrophe = -1;
      for (int k = m.start() + 1; k + 2 < m.end(); k++) {
        char c = text.charAt(k);
        if ((c == '\'' || c == '’')
            && (text.charAt(k + 1) == 's' || text.charAt(k + 1) == 'S')
            && text.charAt(k + 2) == ' ') {
          apostrophe = k;
          break;
        }
      }
      if (apostrophe < 0) {
        continue;
      }
      int personStart = apostrophe + 3;
      int possessorEnd = text.charAt(apostrophe - 1) == ' ' ? apostrophe - 1 : apostrophe;
      String[] words = text.substring(personStart, m.end()).split(" ");
      if (m.type().equals("PER")
          && Character.isUpperCase(text.charAt(personStart))
          && !isGivenName.test(words[0])
          // a possessor of two words or more is someone's full name; one may name a thing
          // ("Prince's Trust", "Moore's Law"), but not before three words or more ("Hajiji's
          // Gabungan Rakyat Sabah")
          && (text.lastIndexOf(' ', apostrophe) > m.start()
              || words.length >= 3
              // "Silina's New Unity" after "Evika Silina": a person the text names
              || surnameOfAPerson(
                  text, found, m, List.of(text.substring(m.start(), possessorEnd))))) {
        // "Nouri al-Maliki's State of Law": no one's name holds a possessive; the person, and
        // what is theirs a body where a head names it or a body's act or kind follows ("Silina's
        // New Unity called the vote a mistake", "Karapetyan's Tashir group"), else no name of its
        // own
        boolean body = bodysActAt(text, m.end()) || kindNounAfter(text, m.end());
        for (String w : words) {
          String lower = w.toLowerCase(Locale.ROOT);
          body |= EntityRecognizer.isOrgHead(lower) || EntityRecognizer.isOrgStart(lower);
        }
        if (out == null) {
          out = new ArrayList<>(found);
        }
        out.set(i, new Mention(m.start(), possessorEnd, "PER"));
        if (body) {
          out.add(new Mention(personStart, m.end(), "ORG"));
        }
        continue;
      }
      if (m.type().equals("LOC")
          && (words.length == 1 && text.lastIndexOf(' ', apostrophe) < m.start()
              // "Papua New Guinea's Southern Highlands province": a listed place's region
              || words.length <= 3 && isPlace.test(text.substring(m.start(), possessorEnd)))
          && Character.isUpperCase(text.charAt(personStart))
          && nextWordEnd(text, m.end()) > m.end()
          && EntityRecognizer.isPlaceHead(
              text.substring(m.end() + 1, nextWordEnd(text, m.end())).toLowerCase(Locale.ROOT))) {
        // "Dagestan's Karabudakhkent district": a region's place, two places
        if (out == null) {
          out = new ArrayList<>(found);
        }
        out.set(i, new Mention(m.start(), possessorEnd, "LOC"));
        out.add(new Mention(personStart, m.end(), "LOC"));
        continue;
      }
      if (words.length < 2 || words.length > 3 || !isGivenName.test(words[0])) {
        continue;
      }
      boolean capitalised = true;
      for (String w : words) {
        capitalised &= !w.isEmpty() && Character.isUpperCase(w.charAt(0));
      }
      if (!capitalised) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      // a person's possessor of one word read as one person with them is a place or a body
      // ("McLaren's Lando Norris"); two words are someone's name ("David Sexton's Dan Brown")
      String possessor = text.substring(m.start(), possessorEnd);
      String type =
          !m.type().equals("PER") || possessor.indexOf(' ') > 0
              ? m.type()
              : isPlace.test(possessor) ? "LOC" : "ORG";
      out.set(i, new Mention(m.start(), possessorEnd, type));
      out.add(new Mention(personStart, m.end(), "PER"));
    }
    return sortedOr(found, out);
  }

  /**
   * One word the model read as a person before "'s" and a person of two words or more is whose that
   * person is, a place ({@code isPlace}) or a body: "McLaren's Lando Norris", "Ferrari's Charles
   * Leclerc". Not a surname of a person the text names ("Trump's Mike Pence" after "Donald Trump").
   */
  static List<Mention> possessorsOfPeople(
      String text, List<Mention> found, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int i = 0; i + 1 < found.size(); i++) {
      Mention m = found.get(i);
      Mention next = found.get(i + 1);
      if (!m.type().equals("PER")
          || !next.type().equals("PER")
          || !(text.startsWith("'s ", m.end()) || text.startsWith("\u2019s ", m.end()))
          || next.start() != m.end() + 3
          || within(text, " ", m) >= 0) {
        continue;
      }
      String word = text.substring(m.start(), m.end());
      if (within(text, " ", next) < 0 || surnameOfAPerson(text, found, m, List.of(word))) {
        continue;
      }
      out =
          setAt(found, out, i, new Mention(m.start(), m.end(), isPlace.test(word) ? "LOC" : "ORG"));
    }
    return out == null ? found : out;
  }

  private static final List<String> KIND_NOUNS_AFTER =
      List.of(" group", " party", " company", " firm", " movement");

  /** Whether a body's kind in lower case follows: "Karapetyan's Tashir group said". */
  private static boolean kindNounAfter(String text, int end) {
    for (String noun : KIND_NOUNS_AFTER) {
      if (text.startsWith(noun, end) && wordEdge(text, end + noun.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a space and a verb of what a body says or does ("said", "called", "urged") follow. */
  private static boolean bodysActAt(String text, int end) {
    return verbAfterSpace(text, end, BODY_ACTS);
  }

  /** Whether a space and one of {@code verbs} (each with its trailing space) follow {@code end}. */
  private static boolean verbAfterSpace(String text, int end, List<String> verbs) {
    return text.startsWith(" ", end) && startsWithAny(text, end + 1, verbs);
  }

  private static final List<String> BODY_ACTS =
      List.of(
          "said ",
          "says ",
          "called ",
          "calls ",
          "urged ",
          "voted ",
          "accused ",
          "announced ",
          "backed ",
          "rejected ",
          "demanded ",
          "won ");

  /**
   * A team a results line or a match verb showed ("Leicestershire beat Somerset") is that team
   * wherever the text names it again ("after bowling Somerset out"), though the name is a place's:
   * one report does not switch between the club and its county. Not after "in" (the place itself:
   * "fans in Leicester"), nor inside a longer name. A team named with its city is the team by
   * either word alone ("Hansa Rostock ... Rostock pulled one back"), and a one-word team the city
   * follows is the team with it (the model's "Hansa" before a listed "Rostock").
   *
   * @param before the mentions before the team rules ran
   * @param after the mentions after them
   * @param withoutCity the rest of a name of a word and a listed city ("Hansa" of "Hansa Rostock"),
   *     else null
   */
  static List<Mention> teamsThroughout(
      String text, List<Mention> before, List<Mention> after, UnaryOperator<String> withoutCity) {
    Set<String> teams = null;
    List<Mention> out = null;
    boolean joined = false;
    for (int k = 0; k < after.size(); k++) {
      Mention a = after.get(k);
      if (a.type().equals("ORG")
          && (!before.contains(a)
              || sideOfMatch(text, a.start(), a.end())
              || clubByForm(text.substring(a.start(), a.end())))) {
        if (teams == null) {
          teams = new HashSet<>();
          out = new ArrayList<>(after);
        }
        int cityEnd = nextWordEnd(text, a.end());
        if (cityEnd > a.end() + 1
            && (k + 1 == after.size() || after.get(k + 1).start() >= cityEnd)
            && withoutCity.apply(text.substring(a.start(), cityEnd)) != null) {
          a = new Mention(a.start(), cityEnd, "ORG");
          out.set(k, a);
          joined = true;
        }
        namesOfTeam(text.substring(a.start(), a.end()), withoutCity, teams);
      }
    }
    if (teams == null) {
      return after;
    }
    return spread(text, out, teams, "ORG") || joined ? out : after;
  }

  /**
   * Adds the names a report gives a team by: its whole name; the rest and the city of a club named
   * with its city ({@code withoutCity}: "Hansa Rostock", Hansa and Rostock); the town of a club
   * named after it ("Blackburn Rovers ... Blackburn"); else a two-word team's second word ("Aston
   * Villa ... Villa"; not a weekday).
   */
  private static void namesOfTeam(
      String team, UnaryOperator<String> withoutCity, Set<String> names) {
    names.add(team);
    String rest = withoutCity.apply(team);
    if (rest != null) {
      names.add(rest);
      names.add(team.substring(rest.length() + 1));
    }
    int space = team.indexOf(' ');
    if (space < 0 || space != team.lastIndexOf(' ')) {
      return;
    }
    String first = team.substring(0, space);
    if (CLUB_FIRST_WORDS.contains(first)) {
      names.add(team.substring(space + 1)); // "AC Milan ... Milan", "VfB Stuttgart ... Stuttgart"
      if (first.length() >= 4 && Character.isLowerCase(first.charAt(1))) {
        names.add(first); // "Hertha Berlin ... Hertha"
      }
      return;
    }
    String second = team.substring(space + 1);
    if (CLUB_SUFFIXES.contains(second)) {
      names.add(team.substring(0, space));
    } else if (rest == null
        && second.length() >= 4
        && !EntityRecognizer.WEEKDAYS.contains(second.toLowerCase(Locale.ROOT))) {
      names.add(second);
    }
  }

  /**
   * Whether an organisation's name is a club's by its form: a town and a club suffix ("Newcastle
   * United"; not City, Town or County, which end places' names too: Cape Town), or a club prefix
   * and a town ("AC Milan", "VfB Stuttgart").
   */
  private static boolean clubByForm(String name) {
    int space = name.indexOf(' ');
    if (space < 0 || space != name.lastIndexOf(' ')) {
      return false;
    }
    String second = name.substring(space + 1);
    return CLUB_SUFFIXES.contains(second) && !PLACE_SUFFIXES.contains(second)
        || CLUB_PREFIXES.contains(name.substring(0, space))
        // "Kaizer Chiefs ... Chiefs have not won": a club's plural nickname
        || second.endsWith("s") && TEAM_NICKNAMES.contains(second);
  }

  private static final Set<String> PLACE_SUFFIXES = WordSet.of("City", "Town", "County");

  /**
   * A club's first word and a listed city after it are the club, whatever was read there: "Real
   * Madrid" (not the city), "Hertha Berlin" (not a person), "FC Porto", "Sporting Lisbon". {@code
   * isCity}: a listed city.
   */
  static List<Mention> prefixedClubs(String text, List<Mention> found, Predicate<String> isCity) {
    List<Mention> out = null;
    int n = text.length();
    // a club's first word, a space and a capitalised word: only such words are looked up
    for (int i : capitalsAfterSpaces(text)) {
      int sp = i - 1;
      if (sp + 2 >= n) {
        break;
      }
      if (sp <= 1
          || !TextNormalizer.isUpperCase(text.charAt(i))
          || !TextNormalizer.isLetter(text.charAt(sp - 1))) {
        continue;
      }
      int start = sp - 1;
      while (start > 0 && sp - start < 10 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      int len = sp - start;
      if (len < 2
          || len > 9
          || !Character.isUpperCase(text.charAt(start))
          || start > 0 && !Character.isWhitespace(text.charAt(start - 1))
          || !CLUB_FIRST_WORDS.contains(text.substring(start, sp))) {
        continue;
      }
      int end = nameWordEnd(text, sp + 1);
      if (end < n && Character.isDigit(text.charAt(end))) {
        continue;
      }
      if (sp - start == 2
          && text.startsWith("US", start)
          && !(isCity.test(text.substring(sp + 1, end)) && sideOfMatch(text, start, end))) {
        // "US Monastir beat": the country's initials too, so a club only with its city as a side
        continue;
      }
      if (!isCity.test(text.substring(sp + 1, end))) {
        // a city of two words: "Maccabi Tel Aviv", "Real Santa Cruz"
        int second = end + 1 < n && text.charAt(end) == ' ' ? nameWordEnd(text, end + 1) : end;
        if (second > end + 1
            && Character.isUpperCase(text.charAt(end + 1))
            && isCity.test(text.substring(sp + 1, second))) {
          end = second;
        } else if (!sideOfMatch(text, start, end)) {
          // a prefix and a word no list holds is a club as a side of a match: "CS Sfaxien beat"
          continue;
        }
      }
      int s0 = start;
      int e0 = end;
      List<Mention> current = out == null ? found : out;
      if (current.stream()
          .anyMatch(
              f ->
                  f.type().equals("ORG")
                          && f.start() <= s0
                          && e0 <= f.end()
                          && f.end() - f.start() >= e0 - s0
                      || f.start() < s0 && e0 <= f.end())) {
        continue; // the club already, or a longer name
      }
      if (afterPlaceFirstWord(text, s0)) {
        continue; // "Stade TP Mazembe": a ground named after the club
      }
      out = placed(found, out, s0, e0, "ORG");
    }
    return sortedOr(found, out);
  }

  /** Abbreviations clubs put before their town's name: AC Milan, VfB Stuttgart, FC Porto. */
  private static final Set<String> CLUB_PREFIXES =
      WordSet.of(
          "AC",
          "AS",
          "FC",
          "SC",
          "SV",
          "VfB",
          "VfL",
          "TSV",
          "FSV",
          "CD",
          "CF",
          "RC",
          "RCD",
          "SS",
          "AJ",
          "OGC",
          "IFK",
          "AIK",
          "NK",
          "FK",
          "SK",
          "KV",
          "KSV",
          "RSC",
          "SL",
          "CSKA",
          // African clubs' (TP Mazembe, JS Kabylie, CS Sfaxien, CR Belouizdad, USM Alger, ES Tunis,
          // RS Berkane, FAR Rabat, FUS Rabat, MAS Fes, HUSA Agadir, IR Tanger, OC Safi, KAC
          // Marrakech)
          "TP",
          "JS",
          "CS",
          "CR",
          "MC",
          "USM",
          "ES",
          "RS",
          "US",
          "FAR",
          "FUS",
          "MAS",
          "HUSA",
          "IR",
          "OC",
          "KAC",
          "Dynamo",
          "Dinamo",
          "Sporting",
          "Racing",
          "Real",
          "Olympique");

  /** First words of clubs named with their city: {@link #CLUB_PREFIXES} and club names. */
  private static final Set<String> CLUB_FIRST_WORDS =
      Stream.concat(
              CLUB_PREFIXES.stream(),
              Stream.of(
                  "Atletico",
                  "Athletic",
                  "Borussia",
                  "Eintracht",
                  "Hertha",
                  "Energie",
                  "Werder",
                  "Bayer",
                  "Fortuna",
                  "Hansa",
                  "Spartak",
                  "Lokomotiv",
                  "Slavia",
                  "Sparta",
                  "Legia",
                  "Steaua",
                  "Rapid",
                  "Stade",
                  "Deportivo",
                  "Inter",
                  "Standard",
                  "Partizan",
                  "Hajduk",
                  "Hapoel",
                  "Maccabi",
                  "Beitar",
                  "Bnei",
                  "Ironi",
                  "Shakhtar",
                  "Zenit",
                  "Dnipro",
                  "Ferencvaros",
                  "Olimpia",
                  "Cerro",
                  "Independiente",
                  "Universidad"))
          .collect(Collectors.toUnmodifiableSet());

  /**
   * Second words of a club named after its town, which reports then name by the town alone
   * ("Blackburn Rovers ... Blackburn", "Leicester City ... Leicester").
   */
  private static final Set<String> CLUB_SUFFIXES =
      WordSet.of(
          "United",
          "Rovers",
          "Wanderers",
          "Athletic",
          "Albion",
          "Hotspur",
          "Wednesday",
          "City",
          "Town",
          "County");

  /** Where {@code word} stands inside the mention, or -1 (the text after it is not searched). */
  static int within(String text, String word, Mention m) {
    return within(text, word, m.start(), m.end());
  }

  /** Where {@code word} stands whole between {@code start} and {@code end}, else -1. */
  static int within(String text, String word, int start, int end) {
    char first = word.charAt(0);
    for (int i = start; i + word.length() <= end; i++) {
      if (text.charAt(i) == first && text.startsWith(word, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the word after {@code end} and a space is a title in lower case ("president"). */
  private static boolean titleAfter(String text, int end) {
    int e = nextWordEnd(text, end);
    return e > end + 1
        && Character.isLowerCase(text.charAt(end + 1))
        && EntityRecognizer.isTitle(text.substring(end + 1, e));
  }

  /**
   * Where the word after {@code end} ends, when one space separates it; else {@code end}. With the
   * mention before it, it may be a demonym the model cut in two ("South" "Korean President").
   */
  static int nextWordEnd(String text, int end) {
    if (end + 1 >= text.length() || text.charAt(end) != ' ') {
      return end;
    }
    int i = end + 1;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i > end + 1 ? i : end;
  }

  /**
   * Whether a name of several words ends in an office ("Labour Minister", "Foreign Minister", "Vice
   * President"): the office is no person, organisation or place; one "of" something is (Office of
   * the President).
   */
  static boolean endsInOffice(String text, Mention m) {
    int space = text.lastIndexOf(' ', m.end() - 1);
    if (space <= m.start() || within(text, " of ", m) >= 0) {
      return false;
    }
    return OFFICES.contains(text.substring(space + 1, m.end()).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a one-word name is a portfolio before its office ("Finance Minister Sri Mulyani",
   * "Defence Secretary"), also after a country or its demonym ("Pakistani Interior Minister"): no
   * organisation. A party or group before an office stays ("Hamas spokesman"): only portfolios
   * count.
   */
  static boolean portfolioBeforeOffice(String text, Mention m, Predicate<String> isCountryWord) {
    if (m.end() + 2 >= text.length() || text.charAt(m.end()) != ' ') {
      return false;
    }
    int from = afterCountryWord(text, m, isCountryWord);
    int space = text.indexOf(' ', from);
    if (space >= 0 && space < m.end()) {
      return false; // more words than a country's and its portfolio
    }
    int next = nextWordEnd(text, m.end());
    if (m.type().equals("PER")
        && from == m.start()
        && next > m.end() + 2
        && Character.isUpperCase(text.charAt(m.end() + 1))
        && next + 2 < text.length()
        && text.charAt(next) == ' ') {
      // "Territorial Administration Minister Emile Zerbo": a "person" of one word before a
      // portfolio's second word, its office and the minister's name is the portfolio's first word
      int office = nextWordEnd(text, next);
      if (office > next + 1
          && OFFICES.contains(text.substring(next + 1, office).toLowerCase(Locale.ROOT))
          && office + 2 < text.length()
          && text.charAt(office) == ' '
          && Character.isUpperCase(text.charAt(office + 1))) {
        return true;
      }
    }
    return next > m.end() // no word after the space: "Finance 2024"
        && PORTFOLIOS.contains(text.substring(from, m.end()).toLowerCase(Locale.ROOT))
        && OFFICES.contains(text.substring(m.end() + 1, next).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a place or organisation the model found is an office: a title and "of", maybe after a
   * country or its demonym ("Iranian Chief of General Staff", "Chief of the Army Staff"). A head of
   * a name is no title (Bank of England, Duke of York is a person).
   */
  static boolean officeOf(String text, Mention m, Predicate<String> isCountryWord) {
    if (m.type().equals("PER")) {
      return false;
    }
    int from = afterCountryWord(text, m, isCountryWord);
    int space = text.indexOf(' ', from);
    if (space < 0 || space >= m.end() || !text.startsWith(" of ", space)) {
      return false;
    }
    String head = text.substring(from, space).toLowerCase(Locale.ROOT);
    return EntityRecognizer.isTitle(head) && !EntityRecognizer.isOrgHead(head);
  }

  /**
   * Where a mention's words start after its first, when that is a country's name or demonym and
   * more follow ("Pakistani Interior", "Iranian Chief of ..."); else its start.
   */
  private static int afterCountryWord(String text, Mention m, Predicate<String> isCountryWord) {
    int space = text.indexOf(' ', m.start());
    return space > 0 && space < m.end() && isCountryWord.test(text.substring(m.start(), space))
        ? space + 1
        : m.start();
  }

  private static final Set<String> PORTFOLIOS =
      WordSet.of(
          "finance",
          "interior",
          "foreign",
          "defence",
          "defense",
          "health",
          "education",
          "justice",
          "trade",
          "energy",
          "treasury",
          "economy",
          "agriculture",
          "transport",
          "environment",
          "culture",
          "information",
          "commerce",
          "industry",
          "tourism",
          "housing",
          "immigration",
          "security",
          "mining",
          "oil",
          "petroleum",
          "fisheries",
          "sports",
          "planning",
          "communications",
          "economic",
          "home",
          "internal",
          "external",
          "maritime",
          "religious",
          "social",
          "consumer",
          "veterans",
          "parliamentary",
          "cultural",
          "mines",
          "lands",
          "labour",
          "labor");

  private static final Set<String> OFFICES =
      WordSet.of(
          "minister",
          "president",
          "premier",
          "chancellor",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "secretary",
          "governor",
          "mayor",
          "chairman",
          "chairwoman",
          "ambassador",
          "envoy",
          "commissioner",
          "senator",
          "leader",
          "affairs");

  /** Whether "camp" (or a refugee, displacement, IDP or migrant camp) follows a name. */
  static boolean beforeCamp(String text, int end) {
    return end + 5 < text.length()
        && text.charAt(end) == ' '
        && (Character.isLowerCase(text.charAt(end + 1)) || text.charAt(end + 1) == 'I')
        && CAMP.matcher(text).region(end, text.length()).lookingAt();
  }

  /**
   * Whether an armed group's noun follows a name: "Shining Path guerrillas", "Tupac Amaru rebels"
   * name the group.
   */
  static boolean beforeArmedGroupNoun(String text, int end) {
    return end + 6 < text.length()
        && text.charAt(end) == ' '
        && ARMED_GROUP_FIRST_LETTERS.indexOf(text.charAt(end + 1)) >= 0
        && ARMED_GROUP_NOUN.matcher(text).region(end, text.length()).lookingAt();
  }

  /**
   * Whether a name is traded: "shares in Daimler-Benz", "shares of X", "X shares", or a name the
   * market report moves by a figure ("Merrill Lynch rose 10 cents", "fell 1.2 percent").
   */
  static boolean tradedName(String text, int start, int end) {
    return afterInOrOf(text, start)
            && (endsBefore(text, start, "shares in ")
                || endsBefore(text, start, "shares of ")
                || endsBefore(text, start, "Shares of ")
                || endsBefore(text, start, "stake in "))
        || afterSharesOfAnd(text, start)
        || sharesAfterMayFollow(text, end)
            && SHARES_AFTER.matcher(text).region(end, text.length()).lookingAt()
            // "output at its mine near Solwezi rose 6 percent", "its mine on Sulawesi rose 8
            // percent": what rose is before the place
            && !afterPlacePreposition(text, start);
  }

  /** A name of up to five capitalised words, as a traded firm's is written. */
  private static final Pattern FIRM_WORDS =
      Pattern.compile("[A-Z][\\p{L}\\d.&'-]*(?: [A-Z][\\p{L}\\d.&'-]*){0,4}");

  /** "Shares of Vale Indonesia and Merdeka Battery Materials fell": the second is traded too. */
  private static boolean afterSharesOfAnd(String text, int start) {
    if (!endsBefore(text, start, " and ")) {
      return false;
    }
    // bounded: a text-wide lastIndexOf per mention after "and" cost a per cent of the step
    int of = start - 5 - 9;
    while (of >= 1 && start - of <= 80 && !text.startsWith("hares of ", of)) {
      of--;
    }
    if (of < 1 || start - of > 80 || (text.charAt(of - 1) | 0x20) != 's') {
      return false;
    }
    return FIRM_WORDS.matcher(text).region(of + 9, start - 5).matches();
  }

  private static final List<String> PLACE_PREPOSITIONS =
      List.of("near ", "in ", "at ", "outside ", "on ");

  /**
   * Whether " and " and one or two capitalised words after a place's preposition stand before
   * {@code start} ("in Westmoreland and St Elizabeth").
   */
  private static boolean afterPlaceAndAnd(String text, int start) {
    if (!endsBefore(text, start, " and ")) {
      return false;
    }
    int w = start - 5;
    for (int words = 0; words < 2; words++) {
      w = letterWordStart(text, w);
      if (w >= start - 5 || !Character.isUpperCase(text.charAt(w))) {
        return false;
      }
      if (afterPlacePreposition(text, w)) {
        return true;
      }
      if (w < 2 || text.charAt(w - 1) != ' ') {
        return false;
      }
      w--;
    }
    return false;
  }

  /** Whether "near", "in", "at", "outside" or "on" stands right before {@code start}. */
  private static boolean afterPlacePreposition(String text, int start) {
    for (String p : PLACE_PREPOSITIONS) {
      int from = start - p.length();
      if (endsBefore(text, start, p) && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@link #SHARES_AFTER} may match at {@code end}: it opens with a space and a lower-case
   * letter or an apostrophe. Most names are followed by neither, and a matcher per name costs.
   */
  private static boolean sharesAfterMayFollow(String text, int end) {
    if (end + 1 >= text.length() || text.charAt(end) != ' ') {
      return false;
    }
    char c = text.charAt(end + 1);
    if (c == '\'') {
      return true;
    }
    // the next word is one the pattern opens with, or it cannot match (most names are followed by
    // other words, and a matcher costs more to set up than this)
    int from = end + 1;
    int to = asciiLowerWordEnd(text, from);
    for (String w : SHARES_AFTER_FIRST_WORDS) {
      if (w.length() == to - from && text.startsWith(w, from)) {
        return true;
      }
    }
    return false;
  }

  /** Whether "in " or "of " (in any case) may end just before {@code at}: n or f, and a space. */
  private static boolean afterInOrOf(String text, int at) {
    if (at < 2 || text.charAt(at - 1) != ' ') {
      return false;
    }
    char c = text.charAt(at - 2);
    return c == 'n' || c == 'f' || c == 'N' || c == 'F';
  }

  /** {@code m} replaced by two names, {@code a} and {@code b}, in a copy made on first change. */
  private static List<Mention> split(
      List<Mention> found, List<Mention> out, Mention m, Mention a, Mention b) {
    List<Mention> copy = out == null ? new ArrayList<>(found) : out;
    copy.remove(m);
    copy.add(a);
    copy.add(b);
    return copy;
  }

  /** Whether {@code words} stand just before {@code at}, in any case. */
  private static boolean endsBefore(String text, int at, String words) {
    return at >= words.length()
        && text.regionMatches(true, at - words.length(), words, 0, words.length());
  }

  private static final List<String> MARKET_VERBS =
      List.of(
          "rose", "fell", "gained", "lost", "added", "eased", "slipped", "dropped", "climbed",
          "firmed", "jumped", "slid", "closed", "ended", "opened", "traded", "were", "was");

  private static final String MARKET_VERB = "(?:" + String.join("|", MARKET_VERBS) + ")";

  /** The words {@link #SHARES_AFTER} may open with after its space (or "'s"). */
  private static final List<String> SHARES_AFTER_FIRST_WORDS =
      Stream.concat(Stream.of("shares", "stock"), MARKET_VERBS.stream()).toList();

  /** A figure and its unit after a market's verb. */
  private static final String MOVE =
      " \\d[\\d.,]* (?:cents|pence|percent|pct|points|marks|yen|francs|pesos|rand)";

  /**
   * "X shares rose" (not "Smith shares a flat"), "X rose 10 cents", "X was 2 percent higher" (not
   * "X was 80 percent complete": after "was" or "were", only a direction makes the figure a move).
   */
  private static final Pattern SHARES_AFTER =
      Pattern.compile(
          " (?:'s )?(?:shares|stock) (?:"
              + MARKET_VERB
              + "(?![\\p{L}\\p{N}])|[,.;])| "
              + MARKET_VERBS.stream()
                  .filter(v -> !v.equals("was") && !v.equals("were"))
                  .collect(Collectors.joining("|", "(?:", ")"))
              + MOVE
              + "(?![\\p{L}\\p{N}])| (?:was|were)"
              + MOVE
              + " (?:higher|lower|up|down|firmer|weaker|stronger)(?![\\p{L}\\p{N}])");

  private static final Pattern POINTS_AFTER =
      Pattern.compile(" " + MARKET_VERB + " \\d{1,3} points(?![\\p{L}\\p{N}])");

  /**
   * Whether a market's verb and points follow {@code end} ("added 15 points"): an index's move, or
   * a player's score in a game.
   */
  static boolean pointsAfter(String text, int end) {
    return sharesAfterMayFollow(text, end)
        && POINTS_AFTER.matcher(text).region(end, text.length()).lookingAt();
  }

  /** The first letters of {@link #ARMED_GROUP_NOUN}'s nouns. */
  private static final String ARMED_GROUP_FIRST_LETTERS = "grmi";

  private static final Pattern ARMED_GROUP_NOUN =
      Pattern.compile(
          " (?:guerrillas?|guerillas?|rebels?|militants?|insurgents?|militias?|militiamen)"
              + "(?![\\p{L}\\p{N}])");

  private static final Pattern CAMP =
      Pattern.compile(
          " (?:(?:refugee|displacement|displaced|IDP|migrant) )?camps?(?![\\p{L}\\p{N}])");

  /**
   * Whether the word after {@code end} makes an event of the name before it ("U.S. Open", "Hamburg
   * Open"): a country or a city there names the event. Only the next word: in "England World Cup
   * squad" England is the team.
   */
  static boolean beforeEvent(String text, int end) {
    if (end > 1 && end < text.length() && text.charAt(end) == '.' && text.charAt(end - 2) == '.') {
      end++; // the lists end "U.S." before its last period, which may end a sentence
    }
    if (end + 2 >= text.length()
        || text.charAt(end) != ' '
        || !Character.isUpperCase(text.charAt(end + 1))) {
      return false;
    }
    int wordEnd = end + 1;
    while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    return EVENT_HEADS.contains(text.substring(end + 1, wordEnd).toLowerCase(Locale.ROOT));
  }

  /**
   * Particles between a given name and a surname: Carlos dos Santos, Pedro de la Vega, Mario de las
   * Casas.
   */
  private static final Pattern PARTICLES =
      Pattern.compile(
          " (?:(?:da|das|de|del|della|der|di|do|dos|du|la|las|los|le|van|von|ten|ter|bin|binti|ibn|wa"
              + "|arap"
              // Hassaniya "son of", capitalised in Mauritanian names (Hamadi Ould Sid'El Moctar)
              + "|ould|Ould)"
              + " ){1,2}");

  /** Arabic, Malay and Kalenjin "son of" and "daughter of" between two names (Daniel arap Moi). */
  private static final Pattern SON_OF = Pattern.compile(" (?:bin|bint|binti|ibn|arap) ");

  /** The particles inside a place's name in Portuguese and Spanish: Mocimboa da Praia. */
  private static final Pattern PLACE_PARTICLES =
      Pattern.compile(" (?:da|das|de|del|do|dos|du|des|de la|de las|de los) ");

  /**
   * Two people the model finds on either side of a surname particle are one ("Carlos" dos "Santos
   * ..."): the model reads the lower-case particle as the end of a name.
   */
  static List<Mention> joinParticles(String text, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m0 : mentions) {
      Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
      Mention m =
          withParticleOpening(text, withPlacePrefix(text, withRegnalNumber(text, m0)), last);
      if (m.end() - m.start() >= 2
          && romanDigits(text, m.start(), m.end())
          && REGNAL.matcher(text.substring(m.start(), m.end())).matches()) {
        continue; // a regnal number alone names nothing ("Carl Gustaf XVI" read as "XVI")
      }
      if (last != null && last.end() >= m.end()) {
        continue; // taken into the name before it
      }
      if (last != null
          && last.type().equals("PER")
          && m.type().equals("PER")
          && m.start() - last.end() <= 14 // " de la ", " bin "
          && PARTICLES.matcher(text.substring(last.end(), m.start())).matches()) {
        out.set(out.size() - 1, new Mention(last.start(), m.end(), "PER"));
      } else if (last != null
          && m.start() - last.end() <= 7
          && (last.type().equals("PER") || last.type().equals("LOC"))
          && (m.type().equals("PER") || m.type().equals("LOC"))
          && SON_OF.matcher(text.substring(last.end(), m.start())).matches()) {
        // "Salem bin Breik": the model reads Salem as the city; "son of" names a person
        out.set(out.size() - 1, new Mention(last.start(), m.end(), "PER"));
      } else if (last != null
          && last.type().equals("PER")
          && m.type().equals("PER")
          && last.end() - last.start() > 5
          && text.startsWith(" Ould", last.end() - 5)
          && oneNameWordBetween(text, last.end(), m.start())) {
        // "Hamadi Ould" "Sid'El" "Moctar": the particle read into the first name, the word after
        // it into none
        out.set(out.size() - 1, new Mention(last.start(), m.end(), "PER"));
      } else if (last != null
          && last.type().equals("LOC")
          && (m.type().equals("LOC") || m.type().equals("PER"))
          && m.start() - last.end() <= 8
          && PLACE_PARTICLES.matcher(text.substring(last.end(), m.start())).matches()) {
        // "Mocimboa da Praia", "Santiago de Compostela": one place; so is "San Juan de
        // Lurigancho", whose last word the model reads as a surname
        out.set(out.size() - 1, new Mention(last.start(), m.end(), "LOC"));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /** Whether [from, to) is a space, one capitalised word (apostrophes inside) and a space. */
  private static boolean oneNameWordBetween(String text, int from, int to) {
    if (to - from < 3
        || text.charAt(from) != ' '
        || text.charAt(to - 1) != ' '
        || !Character.isUpperCase(text.charAt(from + 1))) {
      return false;
    }
    for (int i = from + 2; i < to - 1; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c) && c != '\'') {
        return false;
      }
    }
    return true;
  }

  /** Spanish, Portuguese and French particles inside a body's name, longest first. */
  private static final List<String> ORG_PARTICLES =
      List.of(" de los ", " de las ", " de la ", " del ", " de ", " do ", " da ", " du ", " des ");

  /**
   * A body the model read without its first word and a particle takes them: "the Cartel de los
   * Soles" (read as "Soles"), "Alliance du Changement". One capitalised word no mention holds.
   */
  private static Mention withParticleOpening(String text, Mention m, Mention last) {
    if (!m.type().equals("ORG") || m.start() < 6 || text.charAt(m.start() - 1) != ' ') {
      return m;
    }
    for (String p : ORG_PARTICLES) {
      int ps = m.start() - p.length();
      if (ps < 2 || !text.startsWith(p, ps)) {
        continue;
      }
      int ws = nameWordStart(text, ps);
      if (ws == ps || !Character.isUpperCase(text.charAt(ws)) || last != null && last.end() > ws) {
        return m; // no word, not a capitalised one, or held by the mention before
      }
      return new Mention(ws, m.end(), "ORG");
    }
    return m;
  }

  /** The words that open a region's name before a river's or a province's: Middle Shabelle. */
  private static final List<String> PLACE_PREFIXES = List.of("Upper ", "Lower ", "Middle ");

  /** A place with the "Upper", "Lower" or "Middle" before it the model left out holds it. */
  private static Mention withPlacePrefix(String text, Mention m) {
    if (!m.type().equals("LOC") || m.start() < 6) {
      return m;
    }
    for (String p : PLACE_PREFIXES) {
      int s = m.start() - p.length();
      if (s >= 0
          && text.startsWith(p, s)
          && (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)))) {
        return new Mention(s, m.end(), "LOC");
      }
    }
    return m;
  }

  /** Whether [start, end) holds only the letters of Roman numerals I, V and X. */
  private static boolean romanDigits(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != 'I' && c != 'V' && c != 'X') {
        return false;
      }
    }
    return true;
  }

  /** A regnal number (I to XXXIX); two letters at least are asked of it where it is used. */
  private static final Pattern REGNAL = Pattern.compile("(?:X{0,3})(?:IX|IV|V?I{0,3})");

  private static final Pattern REGNAL_AFTER = Pattern.compile("^ (X{0,3}(?:IX|IV|V?I{0,3}))\\b");

  /** A person followed by a regnal number holds it: Elizabeth II, Carl XVI Gustaf. */
  private static Mention withRegnalNumber(String text, Mention m) {
    if (!m.type().equals("PER")
        || m.end() + 2 >= text.length()
        || text.charAt(m.end()) != ' '
        || !romanDigits(text, m.end() + 1, m.end() + 2)) {
      return m;
    }
    Matcher r = REGNAL_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 8)));
    if (!r.find() || r.group(1).length() < 2) {
      return m;
    }
    return new Mention(m.start(), m.end() + r.end(), m.type());
  }

  /** An Arabic surname with its article after a given name: Ezzeldin al-Safi, Ali el-Sisi. */
  private static final Pattern PARTICLE_SURNAME =
      Pattern.compile("^ (?:al|el|ul|ad|ash|as|at|az|an|ar)-\\p{Lu}[\\p{L}'’]*");

  /**
   * A person the model ends before a surname that opens with a lower-case article ("al-Safi") is
   * named with it.
   */
  static Mention withParticleSurname(String text, Mention m) {
    int at = m.end() + 1;
    if (!m.type().equals("PER")
        || at + 3 >= text.length()
        || text.charAt(m.end()) != ' '
        || "aeu".indexOf(text.charAt(at)) < 0) {
      return m; // every article below opens with a, e or u after a space
    }
    Matcher surname =
        PARTICLE_SURNAME.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40)));
    if (!surname.lookingAt()) {
      return m;
    }
    int end = m.end() + surname.end();
    // the apostrophe belongs to the name (al-Sha'ab), not its possessive ("al-Sadr's movement")
    if (text.startsWith("'s", end - 2) || text.startsWith("\u2019s", end - 2)) {
      end -= 2;
    }
    return new Mention(m.start(), end, m.type());
  }

  /** Whether words from {@code from} on are two or three capitalised words, no head among them. */
  private static boolean nameAfter(String[] words, int from) {
    int n = words.length - from;
    if (n < 2 || n > 3) {
      return false;
    }
    for (int i = from; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty()
          || !Character.isUpperCase(w.charAt(0))
          || EntityRecognizer.isOrgHead(w.toLowerCase(Locale.ROOT))
          || EntityRecognizer.isTitle(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A name the model or a rule read on from a hyphened adjective before it is the name after it:
   * "the Chinese-built National Stadium", "the Iranian-backed Houthis", "London-based Amnesty" (a
   * word with a capital, a hyphen and a word in lower case, then more words).
   */
  static List<Mention> withoutHyphenedAdjectives(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      Mention cut = withoutHyphenedAdjective(text, m);
      if (cut != m) {
        out = setAt(found, out, i, cut);
      }
    }
    return out == null ? found : out;
  }

  private static Mention withoutHyphenedAdjective(String text, Mention m) {
    int space = text.indexOf(' ', m.start());
    if (space < 0 || space + 1 >= m.end() || !Character.isUpperCase(text.charAt(space + 1))) {
      return m;
    }
    return Character.isUpperCase(text.charAt(m.start()))
            && hyphenedAdjective(text, m.start(), space)
        ? new Mention(space + 1, m.end(), m.type())
        : m;
  }

  /**
   * Whether text[start, end) is one word with a hyphen and two or more lower-case letters after its
   * last hyphen: "Chinese-built", "Soviet-era", "London-based" (not "Guinea-Bissau").
   */
  private static boolean hyphenedAdjective(String text, int start, int end) {
    int dash = text.lastIndexOf('-', end - 1);
    if (dash <= start || dash + 2 >= end || text.lastIndexOf(' ', end - 1) >= start) {
      return false;
    }
    for (int i = dash + 1; i < end; i++) {
      if (!Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A name the model read on from the company noun opening its sentence is the name after it, a
   * company: "Carmaker Toyota said", "Contractor Uzbekistan Railways built", "Exporters Cargill".
   */
  static Mention withoutCompanyNounFirst(String text, Mention m) {
    int space = within(text, " ", m);
    return space < 0
            || space + 1 >= m.end()
            || !Character.isUpperCase(text.charAt(space + 1))
            || !opensSentence(text, m.start())
            || !EntityRecognizer.isCompanyNounOpening(
                text.substring(m.start(), space).toLowerCase(Locale.ROOT))
        ? m
        : new Mention(space + 1, m.end(), "ORG");
  }

  /**
   * "Frenchman Pierre Latour of TotalEnergies", read as one name of no kind: a nationality's noun
   * before a listed given name opens a person, who ends before "of" and a team or a body.
   */
  static Mention nationalBeforeName(String text, Mention m) {
    if (!m.type().equals("MISC")) {
      return m;
    }
    int space = text.indexOf(' ', m.start());
    if (space < 0
        || space + 1 >= m.end()
        || !NATIONALS.contains(text.substring(m.start(), space))) {
      return m;
    }
    int given = space + 1;
    int givenEnd = nameWordEnd(text, given);
    if (givenEnd >= m.end() || !NerLexicon.shipped().isGivenName(text.substring(given, givenEnd))) {
      return m; // a given name and a surname at least
    }
    int of = ofWithin(text, given, m.end());
    int end = of > given ? of : m.end();
    return end > givenEnd ? new Mention(given, end, "PER") : m;
  }

  /**
   * Where " of " stands inside [start, end) with a word after it, else -1: a search that stops at
   * the mention's end (a text-wide indexOf per mention scans to the text's end where none is).
   */
  static int ofWithin(String text, int start, int end) {
    for (int k = start; k + 4 < end; k++) {
      if (text.charAt(k) == ' ' && text.startsWith(" of ", k)) {
        return k;
      }
    }
    return -1;
  }

  /** Nationalities' nouns for a person, as written (Frenchman, Briton, Spaniard). */
  private static final Set<String> NATIONALS =
      Set.of(
          "Frenchman",
          "Frenchwoman",
          "Englishman",
          "Englishwoman",
          "Irishman",
          "Irishwoman",
          "Scotsman",
          "Scotswoman",
          "Welshman",
          "Welshwoman",
          "Dutchman",
          "Dutchwoman",
          "Briton",
          "Spaniard",
          "Dane",
          "Swede",
          "Finn",
          "Pole",
          "Turk",
          "Scot",
          "Swiss");

  /** {@link #retyped}: one word, or two whose first is no listed given name. */
  private static boolean wordsNoPerson(String text, Mention m) {
    int space = text.indexOf(' ', m.start());
    if (space < 0 || space >= m.end()) {
      return true;
    }
    int second = text.indexOf(' ', space + 1);
    return (second < 0 || second >= m.end())
        && !NerLexicon.shipped().isGivenName(text.substring(m.start(), space));
  }

  /** {@link #retyped}: San, Santa, Santo, Sao or São and two words more. */
  private static boolean saintsPlace(String text, Mention m) {
    int space = text.indexOf(' ', m.start());
    if (space < 0 || space >= m.end()) {
      return false;
    }
    int second = text.indexOf(' ', space + 1);
    return second > 0
        && second < m.end()
        && SAINTS_OF_PLACES.contains(text.substring(m.start(), space));
  }

  private static final Set<String> SAINTS_OF_PLACES =
      Set.of("San", "Santa", "Santo", "Sao", "S\u00e3o");

  static Mention withoutTitle(String text, Mention m) {
    if (m.type().equals("LOC")
        || m.type().equals("MISC")
        || text.lastIndexOf(' ', m.end() - 1) < m.start()) {
      return m; // one word: no title to take off
    }
    String[] words = text.substring(m.start(), m.end()).split(" ");
    if (words.length < 2
        || EntityRecognizer.isOrgHead(words[words.length - 1].toLowerCase(Locale.ROOT))) {
      return m;
    }
    int lastTitle = -1;
    for (int i = 0; i < words.length - 1; i++) {
      String w = words[i].toLowerCase(Locale.ROOT).replace(".", "");
      if (EntityRecognizer.isTitle(w)
          && !EntityRecognizer.capitalsNoTitle(words[i], words[i + 1])) {
        lastTitle = i;
      }
    }
    if (lastTitle < 0
        // a title word before a lower-case one is a surname ("John Major of Britain" had left a
        // person "of Britain")
        || !words[lastTitle + 1].isEmpty() && Character.isLowerCase(words[lastTitle + 1].charAt(0))
        || m.type().equals("ORG")
            && !NerLexicon.shipped().isPersonName(words[lastTitle + 1].replace(".", ""))
            && !(lastTitle > 0 && nameAfter(words, lastTitle + 1))) {
      // an organisation keeps a title word no person's name follows (Major League Baseball);
      // a title inside it before two capitalised words is an office before a person ("European
      // Trade Commissioner Maros Sefcovic")
      return m;
    }
    int cut = 0;
    for (int i = 0; i <= lastTitle; i++) {
      cut += words[i].length() + 1;
    }
    return new Mention(m.start() + cut, m.end(), "PER");
  }

  /** Where the word of letters and hyphens from {@code from} ends ("Petit-Goave", "Rakabuming"). */
  private static int nameWordEnd(String text, int from) {
    int e = from;
    while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) {
      e++;
    }
    return e;
  }

  /** Where the word of letters (no hyphen, no apostrophe) that ends at {@code end} starts. */
  private static int letterWordStart(String text, int end) {
    int w = end;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return w;
  }

  /** Where the word of letters that starts at {@code start} ends. */
  static int letterWordEnd(String text, int start) {
    int e = start;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return e;
  }

  /** Where the word of letters and hyphens that ends at {@code end} starts. */
  private static int nameWordStart(String text, int end) {
    int w = end;
    while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '-')) {
      w--;
    }
    return w;
  }

  /**
   * A rule's copy of {@code found} (made on its first change) with {@code found}'s mention {@code
   * i} replaced wherever it stands in the copy.
   */
  private static List<Mention> setAt(List<Mention> found, List<Mention> out, int i, Mention m) {
    List<Mention> copy = out == null ? new ArrayList<>(found) : out;
    // found's i-th is looked up in the copy: an earlier change may have moved it (a name placed
    // over others is removed and appended), and one taken into a longer name stays taken
    Mention was = found.get(i);
    int at = i < copy.size() && copy.get(i).equals(was) ? i : copy.indexOf(was);
    if (at >= 0) {
      copy.set(at, m);
    }
    return copy;
  }

  /**
   * A person the model ends before capitalised words it reads as nothing goes on over them (two at
   * most), up to a comma or a full stop: "with Gibran Rakabuming Raka, the eldest son", where the
   * model stopped at the given name. Not in a heading, nor over a date, a sentence word, a place's
   * name, a head or a title.
   */
  static List<Mention> surnamesLeftOut(
      String text, List<Mention> found, Predicate<String> isPlaceName) {
    return surnamesLeftOut(text, found, isPlaceName, n -> false);
  }

  /**
   * As above; and a given name alone ({@code isGivenName}) goes on over one such word before a word
   * in lower case too: "Top seed Pete Sampras beat", where the model stopped at "Pete".
   */
  static List<Mention> surnamesLeftOut(
      String text,
      List<Mention> found,
      Predicate<String> isPlaceName,
      Predicate<String> isGivenName) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int next = i + 1 < found.size() ? found.get(i + 1).start() : text.length();
      if (!m.type().equals("PER")) {
        continue;
      }
      int end = wordsLeftOut(text, m.end(), next, isPlaceName, w -> false);
      // only where the name ends at a comma or a full stop, as an appositive or a sentence does,
      // or a given name alone takes one word before a word in lower case
      boolean stops = atCommaOrStop(text, end);
      boolean givenThenVerb =
          !stops
              && end + 2 < text.length()
              && text.charAt(end) == ' '
              && Character.isLowerCase(text.charAt(end + 1))
              && text.lastIndexOf(' ', m.end() - 1) < m.start() // one word
              && text.indexOf(' ', m.end() + 1) == end // and one more
              && isGivenName.test(text.substring(m.start(), m.end()));
      if (end == m.end() || !stops && !givenThenVerb || titleCaseLine(text, m.start(), end)) {
        continue;
      }
      out = setAt(found, out, i, new Mention(m.start(), end, "PER"));
    }
    return out == null ? found : out;
  }

  /**
   * Where a name that ends at {@code end} ends with the capitalised words after it that the model
   * read as nothing (two at most, before {@code next}, the next mention): not a date, a sentence
   * word, a place's name, a head, a title or an acronym; {@code end} when there are none.
   */
  private static int wordsLeftOut(
      String text, int end, int next, Predicate<String> isPlaceName, Predicate<String> stops) {
    for (int words = 0; words < 2; words++) {
      int w = end + 1;
      if (w >= next || text.charAt(end) != ' ' || !Character.isUpperCase(text.charAt(w))) {
        break;
      }
      int e = nameWordEnd(text, w);
      String word = text.substring(w, e);
      String lower = word.toLowerCase(Locale.ROOT);
      if (e - w < 3 && !word.equals("Jr") && !word.equals("Sr") // "Madame St. Aubert"
          || e > next
          || e < text.length() && Character.isLetterOrDigit(text.charAt(e))
          || word.equals(word.toUpperCase(Locale.ROOT))
          || dateWord(text, w, e)
          || EntityRecognizer.isSentenceWord(lower)
          || EntityRecognizer.isTitle(lower)
          || EntityRecognizer.isOrgHead(lower)
          || EntityRecognizer.isPlaceHead(lower)
          || EVENT_HEADS.contains(lower)
          || lower.equals("award")
          || lower.equals("prize")
          || isPlaceName.test(word)
          || stops.test(word)) {
        break; // "the Emmy Award", "a César Award" are no one's surname
      }
      end = e;
    }
    return end;
  }

  /**
   * A place or a body the model ends before capitalised words it reads as nothing goes on over them
   * ({@link #wordsLeftOut}) where the name then ends at a comma, a full stop or a word in lower
   * case: "near Chong Chom.", where the model read "Chong" alone. Not a listed place's name
   * (Malaysia, Lagos), nor in a heading.
   */
  static List<Mention> placesLeftOut(
      String text,
      List<Mention> found,
      Predicate<String> isPlaceName,
      Predicate<String> isDemonym) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int next = i + 1 < found.size() ? found.get(i + 1).start() : text.length();
      if (!m.type().equals("LOC") && !m.type().equals("ORG")
          || m.end() + 2 >= next
          || text.charAt(m.end()) != ' '
          || !Character.isUpperCase(text.charAt(m.end() + 1))
          || isPlaceName.test(text.substring(m.start(), m.end()))
          // an acronym is a name whole: "CGI Mestre", "JPL Stardust" are the body and more
          || isUpperCase(text, m.start(), m.end())
          // a mention inside a longer capitalised run is a part the model read of another name
          // ("Foreign Minister Therese Kayikwamba Wagner" read with "Kayikwamba" a body)
          || afterCapitalised(text, m.start())) {
        continue;
      }
      int end =
          wordsLeftOut(
              text,
              m.end(),
              next,
              isPlaceName,
              w ->
                  PARTY_MEMBERS.contains(w)
                      || ORG_ADJECTIVES.contains(w.toLowerCase(Locale.ROOT))
                      || isDemonym.test(w)
                      || AFTER_PLACES.contains(w.toLowerCase(Locale.ROOT)));
      boolean stops =
          atCommaOrStop(text, end)
              || end + 1 < text.length()
                  && text.charAt(end) == ' '
                  // a word in lower case, or a score ("Mamelodi Sundowns 2-1")
                  && (Character.isLowerCase(text.charAt(end + 1))
                      || Character.isDigit(text.charAt(end + 1)));
      if (end == m.end() || !stops || titleCaseLine(text, m.start(), end)) {
        continue;
      }
      out = setAt(found, out, i, new Mention(m.start(), end, m.type()));
    }
    return out == null ? found : out;
  }

  /**
   * Whether a comma or a full stop stands at {@code end}: where an appositive or a sentence ends.
   */
  private static boolean atCommaOrStop(String text, int end) {
    return end < text.length() && (text.charAt(end) == ',' || text.charAt(end) == '.');
  }

  /**
   * Capitalised words after a place that name something of the place, not more of its name: a
   * party's branch ("Bronx Republican"), an event or an accord ("Berlin Conference", "Paris
   * Agreement"), a body of members ("Hispanic Caucus").
   */
  private static final Set<String> AFTER_PLACES = EntityRecognizer.wordList("after-place");

  /**
   * An office "of" a body before a person's name is a title, and the name the person: "Inspector
   * General of Police Camillus Wambura", which the model reads as one body "Police Camillus
   * Wambura". A mention that opens with one word after "<title> of " and goes on with a given name,
   * or with two words after a body's head, is the person from the second word on.
   */
  static List<Mention> officeOfBodyBeforeName(
      String text, List<Mention> found, Predicate<String> isGivenName) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int space = text.indexOf(' ', m.start());
      if (!m.type().equals("ORG")
          || space < 0
          || space + 2 >= m.end()
          || text.indexOf(' ', space + 1) < 0
          || text.indexOf(' ', space + 1) >= m.end()
          || m.start() < 4
          || !text.startsWith(" of ", m.start() - 4)) {
        continue;
      }
      int titleEnd = m.start() - 4;
      int titleStart = titleEnd;
      while (titleStart > 0 && Character.isLetter(text.charAt(titleStart - 1))) {
        titleStart--;
      }
      int given = text.indexOf(' ', space + 1);
      if (titleStart == titleEnd
          || !EntityRecognizer.isTitle(
              text.substring(titleStart, titleEnd).toLowerCase(Locale.ROOT))
          || !(isGivenName.test(text.substring(space + 1, given))
              // a body's one-word name before two words or more: "Police Camillus Wambura"
              || EntityRecognizer.isOrgHead(
                  text.substring(m.start(), space).toLowerCase(Locale.ROOT)))) {
        continue;
      }
      out = setAt(found, out, i, new Mention(space + 1, m.end(), "PER"));
    }
    return out == null ? found : out;
  }

  /**
   * A capitalised street's or a site's head ({@link EntityRecognizer#isStreetHead}: Airport,
   * Stadium, Square, Road) makes one place of the capitalised words before it, whatever the model
   * read in them: "Toussaint Louverture International Airport" (the model: a person, nothing, a
   * place), "Jomo Kenyatta International Airport", "Moses Mabhida Stadium". Up to five words before
   * the head; none in a heading.
   */
  static List<Mention> namesBeforeHeads(String text, List<Mention> found) {
    List<Mention> out = null;
    // a scan of the text per head: few texts hold any, and a scan finds none fast
    for (String needle : CAPITALISED_STREET_HEADS) {
      for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        int headStart = at + 1;
        int headEnd = at + needle.length();
        if (headEnd < text.length() && Character.isLetterOrDigit(text.charAt(headEnd))) {
          continue;
        }
        out = nameBeforeHead(text, found, out, headStart, headEnd);
      }
    }
    return sortedOr(found, out);
  }

  /** " Road", " Airport": each street's or site's head, capitalised, after a space. */
  private static final List<String> CAPITALISED_STREET_HEADS =
      EntityRecognizer.streetHeads().stream()
          .map(h -> " " + Character.toUpperCase(h.charAt(0)) + h.substring(1))
          .sorted()
          .toList();

  /**
   * Connectors that join a site's head to what it is of or for, no part of a person's name before
   * it ("Deregulation of Wall Street", "Oval on South Main Street").
   */
  private static final Set<String> NOT_IN_SITE_NAMES = WordSet.of("of", "for", "on");

  /** {@link #namesBeforeHeads} for one head at [headStart, headEnd). */
  private static List<Mention> nameBeforeHead(
      String text, List<Mention> found, List<Mention> out, int headStart, int headEnd) {
    int start = headStart;
    int from = headStart; // where the words read so far start, a connector among them
    for (int words = 0; words < 5; words++) {
      if (from < 2 || text.charAt(from - 1) != ' ') {
        break;
      }
      int w = nameWordStart(text, from - 1);
      if (w < from - 1
          && Character.isLowerCase(text.charAt(w))
          && from < headStart
          && EntityRecognizer.isConnector(text.substring(w, from - 1))
          && !NOT_IN_SITE_NAMES.contains(text.substring(w, from - 1))) {
        from = w; // "Khalifa bin Salman Port": a connector between the name's words
        continue;
      }
      if (from - 1 - w < 2 // "N Road", "E Road": a direction, no name
          || !Character.isUpperCase(text.charAt(w))
          || EntityRecognizer.isSentenceWord(
              text.substring(w, from - 1).toLowerCase(Locale.ROOT))) {
        break;
      }
      start = w;
      from = w;
    }
    int s0 = start;
    int e0 = headEnd;
    List<Mention> current = out == null ? found : out;
    if (start == headStart
        || titleCaseLine(text, s0, e0)
        // a name the model reads on past the head, or from before the words, is its own
        || current.stream()
            .anyMatch(f -> f.start() < e0 && s0 < f.end() && (f.start() < s0 || f.end() > e0))) {
      return out;
    }
    out = placed(found, out, s0, e0, "LOC");
    return out;
  }

  /**
   * Where a lower-case Romance connector inside a name ends, with its article and the space after
   * ("del ", "de la ", "dos "), at {@code w}; {@code w} if none stands there.
   */
  private static int romanceConnectorEnd(String text, int w) {
    for (String c : ROMANCE_CONNECTORS) {
      if (text.startsWith(c, w)) {
        return w + c.length();
      }
    }
    return w;
  }

  private static final List<String> ROMANCE_CONNECTORS =
      List.of("de la ", "de los ", "de las ", "del ", "de ", "do ", "da ", "dos ", "das ");

  /**
   * A place's first word the model reads alone is the place with the capitalised words after it
   * that no mention holds: "Jalan Sudirman" (a street), "Calle Florida"; so is an article alone the
   * name it opens, of the type read ("La Gaceta", a newspaper). Up to three words.
   */
  static List<Mention> placeFirstWordsOn(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      // the model reads "Puerto" alone as a body too ("Puerto Bolivar")
      if (!m.type().equals("LOC") && !m.type().equals("ORG")
          || m.end() - m.start() > 12
          || m.end() >= text.length()
          || text.charAt(m.end()) != ' ' // the words after it follow a space
          || text.indexOf(' ', m.start()) < m.end() && text.indexOf(' ', m.start()) >= 0) {
        continue;
      }
      String word = text.substring(m.start(), m.end());
      // a Romance article alone opens a newspaper's or a place's name: "La Gaceta", "El Alto"
      boolean article = NAME_ARTICLES.contains(word);
      if (!article && !EntityRecognizer.isPlaceFirstWord(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      // a place the model read apart after "del" is the name's end ("Estadio Defensores del
      // Chaco"); any other mention after it stops the name
      Mention next = i + 1 < found.size() ? found.get(i + 1) : null;
      int nextStart = next == null ? text.length() : next.start();
      int end = m.end();
      for (int words = 0; words < 4; words++) {
        int w = end + 1;
        int connector = article ? w : romanceConnectorEnd(text, w);
        if (connector > w) {
          w = connector; // "del", "de la" before a capitalised word (Río de la Plata)
        }
        if (w >= text.length()
            || text.charAt(w - 1) != ' '
            || !Character.isUpperCase(text.charAt(w))) {
          break;
        }
        int e = nameWordEnd(text, w);
        boolean placeAfter =
            next != null && next.type().equals("LOC") && w == next.start() && e <= next.end();
        if (e == w + 1
            || e > nextStart && !placeAfter
            || EntityRecognizer.isSentenceWord(text.substring(w, e).toLowerCase(Locale.ROOT))) {
          break;
        }
        end = placeAfter ? next.end() : e;
        if (placeAfter) {
          break;
        }
      }
      if (end > m.end()) {
        // placed, not set at i: a place taken in before moved the copy's mentions
        out = placed(found, out, m.start(), end, end > nextStart || !article ? "LOC" : m.type());
      }
    }
    return sortedOr(found, out);
  }

  /**
   * A body or a place the model read without the Romance article before it holds it: "the official
   * gazette La Gaceta" (read as "Gaceta"); not an article opening a sentence, which may be a word.
   */
  static Mention withNameArticle(String text, Mention m) {
    if (!m.type().equals("ORG") && !m.type().equals("LOC") || m.start() < 4) {
      return m;
    }
    int a = text.lastIndexOf(' ', m.start() - 2) + 1;
    if (text.charAt(m.start() - 1) != ' '
        || m.start() - 1 - a > 3
        || !NAME_ARTICLES.contains(text.substring(a, m.start() - 1))
        || EntityRecognizer.opensSentence(text, a)) {
      return m;
    }
    return new Mention(a, m.end(), m.type());
  }

  /** Romance articles that open a name: the model sometimes reads them alone as the name. */
  private static final Set<String> NAME_ARTICLES =
      WordSet.of("La", "El", "Le", "Les", "Los", "Las", "Il");

  /**
   * Two names the model reads on either side of a demonym are one where the second ends in a
   * place's or a body's head: "the Grand Ethiopian Renaissance Dam", "the Royal Thai Army" (the
   * model, having read "Ethiopian" alone before, cuts the name at it). The whole takes the second
   * name's type.
   */
  static List<Mention> demonymsInside(
      String text, List<Mention> found, Predicate<String> isDemonym) {
    List<Mention> out = null;
    for (int i = 0; i + 1 < found.size(); i++) {
      Mention a = found.get(i);
      Mention b = found.get(i + 1);
      int gap = b.start() - a.end();
      if (gap < 4
          || gap > 20
          || text.charAt(a.end()) != ' '
          || text.charAt(b.start() - 1) != ' '
          || !Character.isUpperCase(text.charAt(a.end() + 1))
          || !isDemonym.test(text.substring(a.end() + 1, b.start() - 1))) {
        continue;
      }
      int lastSpace = text.lastIndexOf(' ', b.end() - 1);
      String head =
          text.substring(Math.max(lastSpace + 1, b.start()), b.end()).toLowerCase(Locale.ROOT);
      if (!(head.equals("dam")
          || EntityRecognizer.isPlaceHead(head)
          || EntityRecognizer.isOrgHead(head))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      out.set(i, new Mention(a.start(), b.end(), b.type()));
      out.set(i + 1, null);
      i++;
    }
    if (out == null) {
      return found;
    }
    out.removeIf(m -> m == null);
    return out;
  }

  /**
   * The last words of a numbered military unit's name (not the organisations' heads at large: "the
   * 19th Party Congress" is an event).
   */
  private static final Set<String> UNIT_HEADS =
      WordSet.of(
          "army",
          "brigade",
          "battalion",
          "cavalry",
          "command",
          "corps",
          "division",
          "fleet",
          "front",
          "infantry",
          "marines",
          "regiment",
          "squadron");

  /**
   * A numbered unit is one organisation, its number included: "the 6th Infantry Division", "the
   * 33rd Front" (a guerrilla front), "the 101st Airborne Division"; the model reads the words after
   * the number as nothing, or part of them. Up to four capitalised words after the ordinal, the
   * last a unit's head ({@link #UNIT_HEADS}).
   */
  static List<Mention> numberedUnits(String text, List<Mention> found) {
    // the ordinals' suffixes after a digit, found by a scan each: most texts hold none
    int[] ordinals = null;
    int count = 0;
    for (String suffix : ORDINAL_SUFFIXES) {
      for (int at = text.indexOf(suffix, 1); at > 0; at = text.indexOf(suffix, at + 1)) {
        char d = text.charAt(at - 1);
        if (d >= '0' && d <= '9') {
          if (ordinals == null) {
            ordinals = new int[8];
          } else if (count == ordinals.length) {
            ordinals = Arrays.copyOf(ordinals, count * 2);
          }
          ordinals[count++] = at;
        }
      }
    }
    if (ordinals == null) {
      return found;
    }
    Arrays.sort(ordinals, 0, count);
    List<Mention> out = null;
    int n = text.length();
    int done = 0;
    for (int k = 0; k < count; k++) {
      int j = ordinals[k];
      // the number: up to three digits before the suffix, opening a word
      int i = j;
      while (i > 0 && j - i < 3 && text.charAt(i - 1) >= '0' && text.charAt(i - 1) <= '9') {
        i--;
      }
      if (i < done || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) || j + 3 >= n) {
        continue;
      }
      int end = -1;
      int w = j + 3;
      for (int words = 0; words < 4 && w < n && Character.isUpperCase(text.charAt(w)); words++) {
        int e = nameWordEnd(text, w);
        String lower = text.substring(w, e).toLowerCase(Locale.ROOT);
        if (UNIT_HEADS.contains(lower)) {
          end = e;
        }
        if (e >= n || text.charAt(e) != ' ') {
          break;
        }
        w = e + 1;
      }
      if (end < 0) {
        continue;
      }
      out = placed(found, out, i, end, "ORG");
      done = end;
    }
    return sortedOr(found, out);
  }

  private static final List<String> ORDINAL_SUFFIXES = List.of("st ", "nd ", "rd ", "th ");

  /**
   * A lone word the model reads as a person that qualifies a group ("Separatist Baloch militants",
   * "Baloch political prisoners", "Fulani herdsmen") is a people's name, no person, and so are its
   * other lone mentions in the text; unless a person of two words or more ends in it (Riek Machar
   * ... Machar rebels), or the model reads it as a place or an organisation elsewhere (then the
   * text's majority settles it).
   */
  static List<Mention> groupWordsApart(String text, List<Mention> found) {
    Set<String> words = null;
    for (Mention m : found) {
      if (m.type().equals("PER")
          && within(text, " ", m) < 0
          && GROUP_AFTER
              .matcher(text)
              .region(m.end(), Math.min(text.length(), m.end() + 40))
              .lookingAt()) {
        if (words == null) {
          words = new HashSet<>();
        }
        words.add(text.substring(m.start(), m.end()));
      }
    }
    if (words == null) {
      return found;
    }
    for (Mention m : found) {
      int space = text.lastIndexOf(' ', m.end() - 1);
      if (m.type().equals("PER") && space > m.start()) {
        words.remove(text.substring(space + 1, m.end()));
      } else if (!m.type().equals("PER")) {
        words.remove(text.substring(m.start(), m.end())); // read otherwise too: "Avonlea people"
      }
    }
    List<Mention> out = new ArrayList<>(found.size());
    for (Mention m : found) {
      if (!(m.type().equals("PER")
          && within(text, " ", m) < 0
          && words.contains(text.substring(m.start(), m.end())))) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Lower-case nouns of a group of people after its qualifier, maybe with one adjective between.
   */
  private static final Pattern GROUP_AFTER =
      Pattern.compile(
          " (?:(?:armed|separatist|militant|political|ethnic|rebel|nomadic) )?"
              + "(?:militants?|separatists|rebels|insurgents|fighters|tribesmen|tribes|clans?"
              + "|herders|herdsmen|refugees|citizens|people|prisoners|nationalists|communit(?:y|ies)"
              + "|villagers|civilians|minority|militias?|groups|elders|populations?)(?![\\p{L}])");

  /**
   * Whether a person the model found is a group of people: one word in the plural of a demonym-like
   * adjective (Californians, Republicans), which news data mark as no name.
   */
  static boolean group(String text, Mention m) {
    if ((m.type().equals("PER") || m.type().equals("LOC"))
        && PARTY_MEMBERS.contains(text.substring(m.start(), m.end()))) {
      return true;
    }
    if (!m.type().equals("PER") || m.end() - m.start() < 9) {
      return false;
    }
    for (int i = m.start(); i < m.end(); i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    return text.startsWith("ians", m.end() - 4)
        || text.startsWith("cans", m.end() - 4)
        || text.startsWith("eans", m.end() - 4);
  }

  /**
   * A party's members or their adjective ("Democrats said", "Republican voters"): no person and no
   * place; news data mark them as no name (or as the party, which the model may still find).
   */
  private static final Set<String> PARTY_MEMBERS =
      WordSet.of(
          "Democrat",
          "Democrats",
          "Republican",
          "Republicans",
          "Conservative",
          "Conservatives",
          "Liberal",
          "Liberals",
          "Socialist",
          "Socialists",
          "Communist",
          "Communists",
          "Tory",
          "Tories",
          "Nationalist",
          "Nationalists",
          "Unionist",
          "Unionists");

  /** Last words of the names of events (sports, mostly); news data do not count them as names. */
  private static final Set<String> EVENT_HEADS =
      WordSet.of(
          "open",
          "cup",
          "championship",
          "championships",
          "games",
          "olympics",
          "trophy",
          "tournament",
          "prix",
          "masters",
          "classic",
          "marathon",
          "rally",
          "invitational");

  /** Where a name's last word is a legal form ("Boeing Co"): the end before it, or -1. */
  private static int companyFormAt(String name) {
    int space = name.lastIndexOf(' ');
    return space > 0 && COMPANY_FORMS.contains(name.substring(space + 1)) ? space : -1;
  }

  /** The legal forms that end a company's name: a name they end is an organisation. */
  private static final Set<String> COMPANY_FORMS =
      WordSet.of(
          "AG", "GmbH", "SA", "NV", "BV", "SpA", "AB", "ASA", "Oyj", "Plc", "PLC", "plc", "Corp",
          "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "Co", "Co.", "Cos", "Bhd", "Berhad", "Tbk",
          "KK");

  /**
   * A name the model ends before the rest of a company's name is the company: "Barrick" Gold Corp,
   * "Daimler-Benz AG" read as a place. Up to three capitalised words, the last a legal form.
   */
  static Mention withCompanyForm(String text, Mention m) {
    if (m.type().equals("MISC") || text.charAt(m.start()) == '@') {
      return m;
    }
    int lastSpace = text.lastIndexOf(' ', m.end() - 1);
    if (COMPANY_FORMS.contains(text.substring(Math.max(m.start(), lastSpace + 1), m.end()))) {
      return m.type().equals("ORG") ? m : new Mention(m.start(), m.end(), "ORG");
    }
    int at = m.end();
    for (int words = 0; words < 3; words++) {
      if (at + 2 >= text.length()
          || text.charAt(at) != ' '
          || !Character.isUpperCase(text.charAt(at + 1))) {
        return m;
      }
      int end = at + 1;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      if (end - at > 2
          && text.charAt(end - 1) == '.'
          && COMPANY_FORMS.contains(text.substring(at + 1, end - 1))
          && !COMPANY_FORMS.contains(text.substring(at + 1, end))) {
        end--; // "Holdings Bhd." ending a sentence: the period is the sentence's
      }
      if (COMPANY_FORMS.contains(text.substring(at + 1, end))) {
        // "Co Wicklow": an Irish county, not a company
        boolean nameGoesOn =
            end + 1 < text.length()
                && text.charAt(end) == ' '
                && Character.isUpperCase(text.charAt(end + 1));
        return nameGoesOn ? m : new Mention(m.start(), end, "ORG");
      }
      at = end;
    }
    return m;
  }

  /**
   * A company named with its legal form takes the capitalised words before it that the model read
   * apart: "Malaysia Airports Holdings Bhd" (read as a country and "Holdings"). Up to three words
   * right before it, a place or a body the model found among them included; never a person, a word
   * that opens a sentence or a function word ("The").
   */
  static List<Mention> companiesBack(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!m.type().equals("ORG") || m.start() < 2 || text.charAt(m.start() - 1) != ' ') {
        continue;
      }
      int lastSpace = text.lastIndexOf(' ', m.end() - 1);
      if (lastSpace < m.start()
          || !COMPANY_FORMS.contains(text.substring(lastSpace + 1, m.end()))) {
        continue;
      }
      int start = m.start();
      int first = i;
      for (int words = 0; words < 3 && start >= 2 && text.charAt(start - 1) == ' '; words++) {
        int w = nameWordStart(text, start - 1);
        if (w == start - 1
            || !Character.isUpperCase(text.charAt(w))
            || w > 0 && !Character.isWhitespace(text.charAt(w - 1))
            || EntityRecognizer.isSentenceWord(
                text.substring(w, start - 1).toLowerCase(Locale.ROOT))
            || EntityRecognizer.opensSentence(text, w)) {
          break;
        }
        int held = first - 1;
        if (held >= 0 && found.get(held).end() > w) {
          Mention h = found.get(held);
          if (h.type().equals("PER") || h.end() != start - 1) {
            break; // a person, or a name that does not end at the word
          }
          first = held;
          w = Math.min(w, h.start());
          if (EntityRecognizer.opensSentence(text, w)) {
            break;
          }
        }
        start = w;
      }
      if (start < m.start()) {
        List<Mention> copy = out == null ? new ArrayList<>(found) : out;
        Mention whole = new Mention(start, m.end(), "ORG");
        for (int k = i; k > first; k--) {
          copy.remove(first + 1);
        }
        copy.set(first, whole);
        out = copy;
        found = copy;
        i = first;
      }
    }
    return out == null ? found : out;
  }

  /**
   * A body's name the model ended at its head, before "for the" or "of the" and what the body is
   * for ("the Republican Bloc [for the Defence of the Constitution]"), or ended before "in the" and
   * the country a body "for" something serves ("the Union for Peace [in the Central African
   * Republic]"): the whole is the body's name.
   */
  static List<Mention> bodiesWithTheirPurpose(
      String text, List<Mention> found, Predicate<String> isCountry) {
    List<Mention> out = null;
    for (Mention m : found) {
      if (!m.type().equals("ORG") || text.lastIndexOf(' ', m.end() - 1) <= m.start()) {
        continue;
      }
      int end = m.end();
      if (text.startsWith(" for the ", end) || text.startsWith(" of the ", end)) {
        int head = text.lastIndexOf(' ', end - 1) + 1;
        int from = end + (text.startsWith(" for the ", end) ? 9 : 8);
        int to = bodyRunEnd(text, from);
        int andThe = text.indexOf(" and the ", from);
        if (andThe >= 0 && andThe < to) {
          to = andThe; // "... of the Constitution and the Union for Peace": the next body
        }
        if (to > from
            && EntityRecognizer.isOrgHead(text.substring(head, end).toLowerCase(Locale.ROOT))) {
          end = to;
        }
      }
      end = EntityRecognizer.countryServedEnd(text, m.start(), end, isCountry);
      if (end > m.end()) {
        out = placed(found, out, m.start(), end, "ORG");
      }
    }
    return sortedOr(found, out);
  }

  /**
   * A country before "National Team" or "National Squad" names the team, a body, whole: "Joseph
   * Areruya of the Rwanda National Team" (the model, having read Rwanda as the country all along,
   * reads only the country). {@code isCountry}: a listed country's name.
   */
  static List<Mention> nationalTeams(
      String text, List<Mention> found, Predicate<String> isCountry) {
    List<Mention> out = null;
    for (String head : NATIONAL_TEAM_HEADS) {
      for (int at = text.indexOf(head); at > 0; at = text.indexOf(head, at + 1)) {
        int end = at + head.length();
        if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
          continue;
        }
        Mention country = null;
        for (Mention m : out == null ? found : out) {
          if (m.end() == at && m.type().equals("LOC")) {
            country = m;
          }
        }
        if (country != null && isCountry.test(text.substring(country.start(), at))) {
          out = placed(found, out, country.start(), end, "ORG");
        }
      }
    }
    return sortedOr(found, out);
  }

  /**
   * "Team" and the name after it are a team, a body, however the model read them: "Eric Manizabayo
   * of Team Amani" (a person "Amani"), "Team Medellin of Colombia" (a place).
   */
  static List<Mention> teamsNamed(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int at = text.indexOf("Team "); at >= 0; at = text.indexOf("Team ", at + 1)) {
      int s = at + 5;
      if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
          || s >= text.length()
          || !Character.isUpperCase(text.charAt(s))) {
        continue;
      }
      Mention read = null;
      for (Mention m : out == null ? found : out) {
        if (m.start() == at && m.end() > s || m.start() == s) {
          read = m;
        }
      }
      if (read != null && !read.type().equals("ORG")) {
        out = placed(found, out, at, read.end(), "ORG");
      }
    }
    return sortedOr(found, out);
  }

  /**
   * "Al" and one word read as a person where two bodies or more of the same text open with "Al" is
   * one more such body: in "Al Nassr drew with Al Hilal ... Al Ahli lost to Al Taawoun" the last
   * two are clubs too (not "Al Gore", where no such body stands).
   */
  static List<Mention> bodiesOpeningWithAl(String text, List<Mention> found) {
    int bodies = 0;
    for (Mention m : found) {
      if (m.type().equals("ORG") && text.startsWith("Al ", m.start())) {
        bodies++;
      }
    }
    if (bodies < 2) {
      return found;
    }
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int space = text.indexOf(' ', m.start() + 3);
      boolean oneWordAfter = space < 0 || space >= m.end();
      if (m.type().equals("PER")
          && text.startsWith("Al ", m.start())
          && m.end() > m.start() + 4
          && oneWordAfter
          && Character.isUpperCase(text.charAt(m.start() + 3))) {
        out = setAt(found, out, i, new Mention(m.start(), m.end(), "ORG"));
      }
    }
    return out == null ? found : out;
  }

  private static final List<String> NATIONAL_TEAM_HEADS =
      List.of(" National Team", " National Squad");

  /**
   * A company the model read without the country after it that names its national unit ("Illovo
   * Sugar Malawi said", "Stanbic Bank Botswana."): a body of two words or more, then a country,
   * then punctuation or a reporting or auxiliary verb; not a country before a noun ("the European
   * Union Ukraine summit").
   */
  static List<Mention> nationalUnits(
      String text, List<Mention> found, Predicate<String> isCountryName) {
    List<Mention> out = null;
    int n = text.length();
    for (Mention m : found) {
      int space = text.indexOf(' ', m.start());
      if (!m.type().equals("ORG")
          || space < 0
          || space >= m.end()
          || m.end() + 3 >= n
          || text.charAt(m.end()) != ' '
          || !Character.isUpperCase(text.charAt(m.end() + 1))) {
        continue;
      }
      int c = EntityRecognizer.countryAfter(text, m.end(), isCountryName);
      if (c == m.end()
          || isCountryName.test(text.substring(text.lastIndexOf(' ', m.end() - 1) + 1, m.end()))) {
        continue;
      }
      boolean ends =
          c == n
              || ",.;:".indexOf(text.charAt(c)) >= 0
              || text.charAt(c) == ' '
                  && UNIT_VERBS.contains(text.substring(c + 1, nameWordEnd(text, c + 1)));
      if (ends) {
        out = placed(found, out, m.start(), c, "ORG");
      }
    }
    return sortedOr(found, out);
  }

  /** Verbs after a company's national unit that end its name (see {@link #nationalUnits}). */
  private static final Set<String> UNIT_VERBS = EntityRecognizer.wordList("unit-verb");

  /**
   * A club or a company named with its city is one body: a one-word body the model ended before a
   * listed city takes it in ("Vitesse Arnhem", "Spartak Moscow"); not a sentence's first word,
   * which may be any word ("Wer Malaga ..." in German). The city ends the name: no capitalised word
   * after it. {@code isCity}: a listed city.
   */
  static List<Mention> bodiesWithCity(String text, List<Mention> found, Predicate<String> isCity) {
    List<Mention> out = null;
    int n = text.length();
    for (int i = 0; i < (out == null ? found : out).size(); i++) {
      Mention m = (out == null ? found : out).get(i);
      int space = text.indexOf(' ', m.start());
      int cityStart = m.end() + 1;
      if (!m.type().equals("ORG")
          || space >= 0 && space < m.end()
          || cityStart >= n
          || text.charAt(m.end()) != ' '
          || Character.isUpperCase(text.charAt(m.end() - 1)) // an acronym: "the CGI Mestre" branch
          || EntityRecognizer.opensSentence(text, m.start())) {
        continue;
      }
      int cityEnd = nameWordEnd(text, cityStart);
      if (cityEnd <= cityStart + 2
          || !Character.isUpperCase(text.charAt(cityStart))
          || cityEnd + 1 < n
              && text.charAt(cityEnd) == ' '
              && Character.isUpperCase(text.charAt(cityEnd + 1))
          || !isCity.test(text.substring(cityStart, cityEnd))) {
        continue;
      }
      List<Mention> joined = bodyThrough(found, out, i, cityEnd);
      if (joined != null) { // else a longer name holds the city: both stay as read
        out = joined;
      }
    }
    return out == null ? found : out;
  }

  /**
   * {@code found} (or {@code out}, its copy so far) with mention {@code i} a body reaching to
   * {@code end}, the mention after it that ends by then dropped; null where that mention runs past
   * {@code end} (a longer name holds the words).
   */
  private static List<Mention> bodyThrough(List<Mention> found, List<Mention> out, int i, int end) {
    List<Mention> copy = out == null ? new ArrayList<>(found) : out;
    if (i + 1 < copy.size() && copy.get(i + 1).start() < end) {
      if (copy.get(i + 1).end() > end) {
        return null;
      }
      copy.remove(i + 1);
    }
    copy.set(i, new Mention(copy.get(i).start(), end, "ORG"));
    return copy;
  }

  /** Nouns of kin and acquaintance: the name right after one is a person's ("his sister, X"). */
  private static final Set<String> KIN =
      WordSet.of(
          "sister",
          "brother",
          "mother",
          "father",
          "son",
          "daughter",
          "wife",
          "husband",
          "uncle",
          "aunt",
          "cousin",
          "nephew",
          "niece",
          "grandson",
          "granddaughter",
          "grandmother",
          "grandfather",
          "widow",
          "widower",
          "fiancee",
          "fiance",
          "girlfriend",
          "boyfriend",
          "stepfather",
          "stepmother",
          "stepson",
          "stepdaughter");

  /** Whether the words before [start, ...) are a noun of kin, with or without a comma. */
  private static boolean afterKin(String text, int start) {
    int i = start;
    while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == ',')) {
      i--;
    }
    int end = i;
    while (i > 0 && Character.isLowerCase(text.charAt(i - 1))) {
      i--;
    }
    return end - i >= 3
        && end - i <= 13
        && start - end <= 2
        && KIN.contains(text.substring(i, end));
  }

  /**
   * Whether [start, end) is one word of letters with a capital after three or more letters, lower
   * case before it (AirAsia, MediaTek, VinFast); not MacArthur, FitzGerald, VanDyke, DeSantis.
   */
  private static boolean brandWord(String text, int start, int end) {
    if (end - start < 6 || !Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    int inner = -1;
    for (int i = start + 1; i < end; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        return false;
      }
      if (Character.isUpperCase(c) && inner < 0) {
        inner = i;
      }
    }
    return inner >= start + 3
        && inner + 2 < end
        && Character.isLowerCase(text.charAt(inner - 1))
        && Character.isLowerCase(text.charAt(inner + 1))
        && !NAME_PREFIXES.contains(text.substring(start, inner));
  }

  private static final Set<String> NAME_PREFIXES =
      WordSet.of(
          "Mac", "Fitz", "Van", "Von", "Vander", "Del", "Della", "Des", "Dela", "Ten", "Ver");

  /**
   * Whether [start, end) is one word of capitals, at least two each side of a hyphen, in a line
   * that is not all capitals (ZANU-PF; not a headline's SMITH-JONES).
   */
  private static boolean hyphenedAcronym(String text, int start, int end) {
    int hyphen = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '-' && hyphen < 0 && i - start >= 2) {
        hyphen = i;
      } else if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    if (hyphen < 0 || end - hyphen < 3) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', start) + 1;
    int lineEnd = text.indexOf('\n', end);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    for (int i = lineStart; i < lineEnd; i++) {
      if (text.charAt(i) >= 'a' && text.charAt(i) <= 'z') {
        return true;
      }
    }
    return false;
  }

  /**
   * A person whose last word heads an organisation's name is that organisation (Margaritaville
   * Hotels); a name right after a noun of kin is a person ("his sister, Inderdai Deyal"); a name
   * ending in an event's head is an event (Canadian Open); a place, person or other name of one
   * word in -bank is a bank (Bundesbank; Commerzbank, which the model reads as a person).
   */
  static Mention retyped(String text, Mention m) {
    // "the Autonomous Region of Bougainville", "the Bangsamoro Autonomous Region": a region
    // named as such is a place, however official its name sounds
    if (m.type().equals("ORG")) {
      int r = text.indexOf(" Region", m.start());
      if (r > m.start()
          && r + 7 <= m.end()
          && (r + 7 == m.end()
              || text.startsWith(" of ", r + 7)
              || text.startsWith(" in ", r + 7))) {
        return new Mention(m.start(), m.end(), "LOC");
      }
    }
    // a "miscellaneous name" of two or three words ending in a sea's, a coast's or another place's
    // head is that place: the model reads "the Barents Sea" as a name of no kind
    if (m.type().equals("MISC") && naturalPlaceName(text, m.start(), m.end())) {
      return new Mention(m.start(), m.end(), "LOC");
    }
    // capitals joined by a hyphen name a party or a group, no person (VMRO-DPMNE, ZANU-PF); a
    // word with a capital inside is a brand (AirAsia, MediaTek), not a Mc, Mac or De name nor a
    // handle (@ SimoLove)
    if (m.type().equals("PER")
        && (hyphenedAcronym(text, m.start(), m.end())
            || brandWord(text, m.start(), m.end()) && !handle(text, m.start()))) {
      return new Mention(m.start(), m.end(), "ORG");
    }
    // a "person" or a "miscellaneous name" ending in a body's head is the body: the model reads
    // "Cambodian People's Party" as a demonym's name
    if (m.type().equals("PER") || m.type().equals("MISC")) {
      int space = text.lastIndexOf(' ', m.end() - 1);
      if (space > m.start()
          && EntityRecognizer.isOrgHead(
              text.substring(space + 1, m.end()).toLowerCase(Locale.ROOT))) {
        return new Mention(m.start(), m.end(), "ORG");
      }
    }
    // "the Omar oilfield", "the Simandou mine": a site's noun after a "person" makes a place, and
    // after "the" and a body's name with no head or initials ("the Cerro Verde mine"; not "the
    // Glencore Ltd mine", "the MMG mine")
    if ((m.type().equals("PER")
            || m.type().equals("MISC")
            || m.type().equals("ORG")
                // "Barrick's Pueblo Viejo gold mine": after an owner's possessive too
                && (endsBefore(text, m.start(), "the ") || possessiveBefore(text, m.start()))
                && m.end() - m.start() > 2
                && m.start() + 1 < m.end()
                && Character.isLowerCase(text.charAt(m.start() + 1))
                && !EntityRecognizer.isOrgHead(lastWordLower(text, m)))
        && siteAfter(text, m.end())
        // a "project" is a site after its owner ("its Tia Maria project") or named in two words or
        // more ("the Greater Tortue Ahmeyim project"): "the WordPress project" is a body's work
        && !(text.startsWith(" project", m.end())
            && !possessiveBefore(text, m.start())
            && text.lastIndexOf(' ', m.end() - 1) < m.start())) {
      return new Mention(m.start(), m.end(), "LOC");
    }
    // "Escondida, the world's biggest copper mine,": a name a site's noun describes after it
    if (!m.type().equals("LOC")
        && siteAppositive(text, m.end())
        && !EntityRecognizer.isOrgHead(lastWordLower(text, m))) {
      return new Mention(m.start(), m.end(), "LOC");
    }
    // "his party Chadema", "budget carrier Vietjet" read as a person: what a body is, right before
    // (one word: "the aircraft carrier Gerald Ford" is a ship named after a person)
    if ((m.type().equals("PER")
            && text.lastIndexOf(' ', m.end() - 1) < m.start()
            && companyNounBefore(text, m.start())
        // "the Sarawak government's own firm, Petros, is taking over", "the Kenyan
        // anti-doping agency, ADAK,": one word between commas after what it is, or two that open
        // with no given name ("The joint venture, Novandino Litio, will run")
        || !m.type().equals("ORG")
            && wordsNoPerson(text, m)
            && text.startsWith(",", m.end())
            && endsBefore(text, m.start(), ", ")
            && companyNounEndingAt(text, m.start() - 2))) {
      return new Mention(m.start(), m.end(), "ORG");
    }
    // "San Pedro de Atacama" read as a person: a saint's Spanish or Portuguese word opening three
    // words or more names a place (not "Santa Claus")
    if (m.type().equals("PER") && saintsPlace(text, m)) {
      return new Mention(m.start(), m.end(), "LOC");
    }
    // "Colombia's National Liberation Army" read as a place: a body's head no place bears
    if (m.type().equals("LOC")) {
      int space = text.lastIndexOf(' ', m.end() - 1);
      if (space > m.start()
          && BODY_HEADS.contains(text.substring(space + 1, m.end()).toLowerCase(Locale.ROOT))) {
        return new Mention(m.start(), m.end(), "ORG");
      }
    }
    if (!m.type().equals("PER") && afterKin(text, m.start())) {
      return new Mention(m.start(), m.end(), "PER"); // "Ramdehol's sister, Inderdai Deyal"
    }
    int lastSpace = text.lastIndexOf(' ', m.end() - 1);
    if (!m.type().equals("MISC")
        && (lastSpace > m.start()
                && EVENT_HEADS.contains(
                    text.substring(lastSpace + 1, m.end()).toLowerCase(Locale.ROOT))
            // a meeting named after someone (the Ivo Van Damme Memorial); a memorial read as no
            // person may be a place (the Lincoln Memorial)
            || m.type().equals("PER")
                && lastSpace > m.start()
                && text.startsWith("Memorial", lastSpace + 1)
                && lastSpace + 9 == m.end()
            // "the UEFA Cup" read as the body: the body's name opens the event's
            || m.type().equals("ORG") && beforeEvent(text, m.end())
            || text.regionMatches(true, m.start(), "Tour of ", 0, 8)
            || text.regionMatches(true, m.start(), "Tour de ", 0, 8))) {
      // an event is no organisation, place or person: Canadian Open, World Cup, Asian Games, the
      // Tour of Spain
      return new Mention(m.start(), m.end(), "MISC");
    }
    if (!m.type().equals("ORG")
        && m.end() - m.start() >= 8
        && text.startsWith("bank", m.end() - 4)
        && lastSpace < m.start()) {
      return new Mention(m.start(), m.end(), "ORG"); // one word in -bank: Bundesbank, Commerzbank
    }
    return m;
  }

  /**
   * A bank named "Banco", "Banca", "Banque" or "Bank" and one word goes by that word elsewhere in
   * the report ("Banco Sabadell ... Shares of Sabadell rose"), though a city bears it too; not a
   * country's name ("Bank Indonesia" is no "Indonesia"), and not after "in". {@code isCountry}: a
   * country's name.
   */
  static List<Mention> bankShortForms(
      String text, List<Mention> found, Predicate<String> isCountry) {
    Set<String> forms = null;
    for (Mention m : found) {
      if (!m.type().equals("ORG") || m.end() - m.start() < 9) {
        continue;
      }
      int space = text.indexOf(' ', m.start());
      if (space < 0
          || space >= m.end()
          || !BANK_OPENERS.contains(text.substring(m.start(), space))) {
        continue;
      }
      String word = text.substring(space + 1, m.end());
      if (word.length() < 4
          || !Character.isUpperCase(word.charAt(0))
          || !lettersOnly(word)
          || isCountry.test(word)
          || EntityRecognizer.isSentenceWord(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (forms == null) {
        forms = new HashSet<>();
      }
      forms.add(word);
    }
    return spreadOver(text, found, forms, "ORG");
  }

  private static final Set<String> BANK_OPENERS = WordSet.of("Banco", "Banca", "Banque", "Bank");

  /**
   * A bank the model cut at its first word ("Bank" of "Bank Rakyat Indonesia", the rest a word it
   * does not know and a country) is the whole name: one to three capitalised words after "Bank",
   * "Banco", "Banca" or "Banque", which nothing else read or read as a place or a miscellany, up to
   * a lower-case word or punctuation. Not over a title ("Bank Indonesia Governor"), a sentence's
   * word, a month or a day, nor where a fourth capitalised word follows.
   */
  static List<Mention> banksWhole(String text, List<Mention> found) {
    List<Mention> out = null;
    for (Mention m : found) {
      if (!m.type().equals("ORG")
          || !BANK_OPENERS.contains(text.substring(m.start(), m.end()))
          || !text.startsWith(" ", m.end())) {
        continue;
      }
      int end = -1;
      int words = 0;
      for (int w = m.end() + 1; w < text.length() && Character.isUpperCase(text.charAt(w)); ) {
        int e = nameWordEnd(text, w);
        String lower = text.substring(w, e).toLowerCase(Locale.ROOT);
        if (e - w < 2
            || !lettersOnly(lower)
            || EntityRecognizer.isTitle(lower)
            || EntityRecognizer.isSentenceWord(lower)
            || MONTHS.contains(lower)
            || DATE_WORDS.contains(lower)) {
          break;
        }
        end = e;
        if (++words > 3 || !text.startsWith(" ", e) || e + 1 >= text.length()) {
          break;
        }
        w = e + 1;
      }
      if (end < 0 || words > 3) {
        continue;
      }
      int from = m.end();
      int to = end;
      boolean plain =
          (out == null ? found : out)
              .stream()
                  .noneMatch(
                      f ->
                          f.start() < to
                              && from < f.end()
                              && (f.start() < from || f.end() > to || f.type().equals("PER")));
      if (plain) {
        out = placed(found, out, m.start(), end, "ORG");
      }
    }
    return sortedOr(found, out);
  }

  /**
   * A "person" the report refers to as "it" or "which" is a body: "Fortum said on Tuesday it would
   * study ...", "Teollisuuden Voima, which runs Olkiluoto, said"; a person says "he" or "she" and
   * is "who". So is one "led by" or "headed by" someone ("Warisan, led by ..."). Not where a word
   * of the name is a given name, the name is part of a longer person's (a surname alone: "Rama said
   * it would"), or a title stands before it ("coach Thompson"); "said it was" is left alone (a
   * person says "it was hard"). The name is the body wherever it stands. So is one capitalised word
   * nothing was found in before "said it would" ("Tui said it would add"), unless it is a given
   * name, a place, or a common word. {@code isGivenName}: a listed given name; {@code isPlace}: a
   * listed place, country or people.
   */
  static List<Mention> bodiesByPronoun(
      String text, List<Mention> found, Predicate<String> isGivenName, Predicate<String> isPlace) {
    Set<String> bodies = null;
    for (Mention m : found) {
      if (!m.type().equals("PER")
          || !(itAfterSaid(text, m.end())
              || whichAfter(text, m.end())
              || itsAfter(text, m.end())
              || startsWithAny(text, m.end(), LED_AFTER))
          || noSubject(text, m.start())) {
        continue; // "the administration led by Tadesse Werede said it": "it" is the administration
      }
      String name = text.substring(m.start(), m.end());
      boolean personal = false;
      for (String w : name.split(" ")) {
        personal |= isGivenName.test(w);
      }
      int wordBefore = text.lastIndexOf(' ', Math.max(0, m.start() - 2)) + 1;
      if (personal
          || m.start() > 1
              && wordBefore < m.start() - 1
              && EntityRecognizer.isTitle(
                  text.substring(wordBefore, m.start() - 1).toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (Mention o : found) {
        if (o != m
            && o.type().equals("PER")
            && o.end() - o.start() > name.length()
            && wordAt(text.substring(o.start(), o.end()), name)) {
          personal = true;
          break;
        }
      }
      if (personal) {
        continue;
      }
      if (bodies == null) {
        bodies = new HashSet<>();
      }
      bodies.add(name);
    }
    // a one-word firm nothing was found in: "Tui said it would add a flight", "Nuclearelectrica,
    // which runs the Cernavoda plant, raised"
    for (int at = text.indexOf(" said "); at > 0; at = text.indexOf(" said ", at + 6)) {
      if (itAfterSaid(text, at)) {
        bodies = withLoneBody(text, found, at, isGivenName, isPlace, bodies);
      }
    }
    for (int at = text.indexOf(", which "); at > 0; at = text.indexOf(", which ", at + 8)) {
      if (startsWithAny(text, at + 8, LONE_FIRM_VERBS)) {
        bodies = withLoneBody(text, found, at, isGivenName, isPlace, bodies);
      }
    }
    return spreadOver(text, found, bodies, "ORG");
  }

  /**
   * What a firm alone does, after ", which" and one capitalised word nothing was found in (not
   * "makes" or "builds": "Fury, which makes enemies attack", a spell; "the Future Strategists Hub,
   * which builds on").
   */
  private static final List<String> LONE_FIRM_VERBS =
      List.of("runs ", "owns ", "operates ", "controls ", "employs ", "manages ");

  /**
   * {@code bodies} (made when null) with the one capitalised word right before {@code at} that
   * {@link #bodiesByPronoun}'s cue stands after, where it is a sentence's subject nothing was found
   * in and no given name, place or common word.
   */
  private static Set<String> withLoneBody(
      String text,
      List<Mention> found,
      int at,
      Predicate<String> isGivenName,
      Predicate<String> isPlace,
      Set<String> bodies) {
    int w = text.lastIndexOf(' ', at - 1) + 1;
    if (at - w < 3
        || !Character.isUpperCase(text.charAt(w))
        || noSubject(text, w)
        || crossed(found, w, at, f -> false)
        || at > 8 && text.charAt(at) == ',' && capitalisedWordBefore(text, w)) {
      return bodies; // "the Future Strategists Hub, which": a longer name's last word
    }
    String word = text.substring(w, at);
    if (!loneName(text, w, at) || isGivenName.test(word) || isPlace.test(word)) {
      return bodies;
    }
    Set<String> out = bodies == null ? new HashSet<>() : bodies;
    out.add(word);
    return out;
  }

  /**
   * {@code found} with every whole mention of {@code names} made {@code type} ({@link #spread}), or
   * {@code found} itself when there are no names or nothing changed.
   */
  private static List<Mention> spreadOver(
      String text, List<Mention> found, Set<String> names, String type) {
    if (names == null) {
      return found;
    }
    List<Mention> out = new ArrayList<>(found);
    return spread(text, out, names, type) ? out : found;
  }

  /** Whether a word is letters only, so no initial, number or handle. */
  private static boolean lettersOnly(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (!Character.isLetter(word.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a capitalised word is a common one: a word that opens sentences, a title, an
   * organisation's head ("Police said it"), or written in lower case elsewhere in the text.
   */
  private static boolean commonWord(String text, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return EntityRecognizer.isSentenceWord(lower)
        || FUNCTION_WORDS.contains(lower)
        || EntityRecognizer.isTitle(lower)
        || EntityRecognizer.isOrgHead(lower)
        || wordAt(text, lower);
  }

  /**
   * A body's acronym, a hyphen and a country are one name, the body's branch there
   * ("WWF-Australia", "UNDP-Kenya"), which the lists read as the country; not where the acronym is
   * a country's or a bloc's ("US-China", "EU-Ukraine talks"). {@code isCountry}: a country's name.
   */
  static List<Mention> hyphenedBranches(
      String text, List<Mention> found, Predicate<String> isCountry) {
    List<Mention> out = null;
    for (int h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1)) {
      int s = letterWordStart(text, h);
      // the cheap tests first: this runs for every hyphen of the text
      if (h - s < 2
          || h - s > 6
          || s > 0 && !(text.charAt(s - 1) == ' ' || text.charAt(s - 1) == '(')
          || !allCaps(text, s, h)) {
        continue;
      }
      int end = h + 1 < text.length() ? countryEnd(text, h + 1, isCountry) : -1;
      if (end < 0
          || end < text.length()
              && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
        continue;
      }
      String acronym = text.substring(s, h);
      if (!lettersOnly(acronym) || isCountry.test(acronym) || BLOCS.contains(acronym)) {
        continue;
      }
      out = placed(found, out, s, end, "ORG");
    }
    return sortedOr(found, out);
  }

  /** Acronyms of blocs, which a hyphen joins to a country as a relation, not a branch. */
  private static final Set<String> BLOCS =
      WordSet.of("EU", "UN", "NATO", "ASEAN", "AU", "GCC", "OPEC", "BRICS", "G7", "SCO", "OAS");

  /**
   * A company and the country it serves, before a verb, are one name: the company's unit there
   * ("Airtel Malawi raised data prices", "MTN Nigeria said"), which the model reads as the company
   * and the country; so are a trade and a country ("Tourism Fiji reported"). Not after a verb of
   * telling ("told Reuters Malawi would ..."). {@code isCountry}: a country's name.
   */
  static List<Mention> countryUnits(String text, List<Mention> found, Predicate<String> isCountry) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int c = m.end() + 1;
      // the body may be a trade's too, which the model reads as no kind of name (Tourism Fiji)
      if (!(m.type().equals("ORG")
              || m.type().equals("MISC")
                  && text.indexOf(' ', m.start()) >= m.end()
                  && EntityRecognizer.isActivity(
                      text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT)))
          || c + 4 > text.length()
          || text.charAt(m.end()) != ' '
          || !Character.isUpperCase(text.charAt(c))) {
        continue;
      }
      // the country's name: up to three capitalised words (Malawi, South Africa)
      int end = countryEnd(text, c, isCountry);
      if (end < 0
          || !unitVerbAt(text, end)
          || anyBefore(text, m.start(), TELLING)
          || crossedAfter(found, i, end)) {
        continue;
      }
      out = runOn(found, out, i, c, end);
    }
    // a trade the model read as nothing at all before the country ("Tourism Fiji said")
    for (Mention m : found) {
      int w = m.start() - 1;
      if (!m.type().equals("LOC") || w < 4 || text.charAt(w) != ' ') {
        continue;
      }
      int s = letterWordStart(text, w);
      // the cheap tests first: this runs for every place the model found
      if (w - s < 4
          || !Character.isUpperCase(text.charAt(s))
          || s > 0 && !(text.charAt(s - 1) == ' ' || text.charAt(s - 1) == '\n')
          || !unitVerbAt(text, m.end())
          || !EntityRecognizer.isActivity(text.substring(s, w).toLowerCase(Locale.ROOT))
          || countryEnd(text, m.start(), isCountry) != m.end()
          || anyBefore(text, s, TELLING)
          || readOver(out == null ? found : out, s, w) != null) {
        continue;
      }
      out = placed(found, out, s, m.end(), "ORG");
    }
    return out == null ? found : out;
  }

  /**
   * A firm after its country's possessive ("Norway's Telenor", "Italy's Webuild", "Germany's
   * Enertrag and ..."): one capitalised word no list holds as a place or a person's name, not a
   * people's adjective, before a word in lower case, a comma or a full stop, which the model read
   * as a place or not at all, is a body; not before a place's or a site's noun ("Sudan's Zamzam
   * camp", {@link #PLACE_WORDS_AFTER}). {@code isCountry}: a country's name; {@code isKnown}: a
   * listed place, a given name or surname, or a demonym.
   */
  static List<Mention> firmsAfterCountries(
      String text, List<Mention> found, Predicate<String> isCountry, Predicate<String> isKnown) {
    List<Mention> out = null;
    for (int at = text.indexOf("'s "); at > 0; at = text.indexOf("'s ", at + 1)) {
      int start = at + 3;
      int end = nameWordEnd(text, start);
      if (end - start < 3
          || end >= text.length()
          || !Character.isUpperCase(text.charAt(start))
          || !(text.charAt(end) == ','
              || text.charAt(end) == '.'
              || text.charAt(end) == ' '
                  && end + 1 < text.length()
                  && Character.isLowerCase(text.charAt(end + 1)))
          || !countryBefore(text, at, isCountry)) {
        continue;
      }
      String word = text.substring(start, end);
      String lower = word.toLowerCase(Locale.ROOT);
      if (isKnown.test(word)
          // an acronym there is as often a measure ("Moldova's GDP"): the model reads firms' own
          || word.equals(word.toUpperCase(Locale.ROOT))
          || EntityRecognizer.isSentenceWord(lower)
          || EntityRecognizer.isTitle(lower)
          || MONTHS.contains(lower)
          || DATE_WORDS.contains(lower)
          // a ministry's portfolio: "Brazil's Mines and Energy Minister"
          || PORTFOLIOS.contains(lower)
          || EntityRecognizer.strongPlaceCue(text, start, end)
          || siteAfter(text, end)
          || PLACE_WORDS_AFTER.contains(wordAfter(text, end))) {
        continue;
      }
      Mention same = readOver(out == null ? found : out, start, end);
      if (same == CROSSING || same != null && !same.type().equals("LOC")) {
        continue;
      }
      out = placed(found, out, start, end, "ORG");
    }
    return sortedOr(found, out);
  }

  /**
   * Words in lower case after a name that say it is a place ({@link #firmsAfterCountries}; "Sudan's
   * Zamzam camp", "Bangladesh's Ashulia industrial belt"), besides the nouns of {@link
   * EntityRecognizer#strongPlaceCue}.
   */
  private static final Set<String> PLACE_WORDS_AFTER =
      WordSet.of(
          "industrial",
          "belt",
          "zone",
          "area",
          "coast",
          "island",
          "islands",
          "port",
          "frontline",
          "enclave",
          "exclave",
          "camp",
          "outskirts",
          "suburb",
          "suburbs",
          "neighbourhood",
          "neighborhood",
          "basin",
          "delta",
          "desert",
          "peninsula",
          "heartland",
          "hinterland",
          "airport",
          "capital");

  /** The word one space after {@code end} ({@link #nextWordEnd}), or "". */
  private static String wordAfter(String text, int end) {
    int next = nextWordEnd(text, end);
    return next > end ? text.substring(end + 1, next) : "";
  }

  /** Whether one to three words before {@code end} name a country ({@code isCountry}). */
  private static boolean countryBefore(String text, int end, Predicate<String> isCountry) {
    int start = end;
    for (int words = 0; words < 3 && start > 0; words++) {
      int s = nameWordStart(text, start);
      if (s == start || !Character.isUpperCase(text.charAt(s))) {
        return false;
      }
      if (isCountry.test(text.substring(s, end))) {
        return true;
      }
      if (s < 2 || text.charAt(s - 1) != ' ') {
        return false;
      }
      start = s - 1;
    }
    return false;
  }

  /**
   * A firm named for its trade, then "of" and a country, is the firm and the country it comes from
   * ("with partner Northland Power of Canada"), not one name: two capitalised words or more before
   * "of", the last a trade (kb/recognizer.tsv activity), the first no body's opening, head or
   * adjective (National, State). A body's head before "of" keeps the name whole ("Bank of Canada",
   * "Power Corporation of Canada"). {@code isCountry}: a country's name.
   */
  static List<Mention> firmsOfCountries(
      String text, List<Mention> found, Predicate<String> isCountry) {
    List<Mention> out = null;
    for (Mention m : found) {
      int of = m.type().equals("ORG") ? within(text, " of ", m) : -1;
      if (of < 0 || !isCountry.test(text.substring(of + 4, m.end()))) {
        continue;
      }
      int lastSpace = text.lastIndexOf(' ', of - 1);
      int firstEnd = text.indexOf(' ', m.start());
      if (lastSpace > m.start() && CLUB_AFTER.contains(text.substring(lastSpace + 1, of))) {
        // a club and its country: "Simba SC of Tanzania beat Petro de Luanda"
        out = placed(found, out, m.start(), of, "ORG");
        out.add(new Mention(of + 4, m.end(), "LOC"));
        continue;
      }
      if (lastSpace <= m.start()
          || !EntityRecognizer.isActivity(
              text.substring(lastSpace + 1, of).toLowerCase(Locale.ROOT))) {
        continue;
      }
      String first = text.substring(m.start(), firstEnd).toLowerCase(Locale.ROOT);
      if (EntityRecognizer.isOrgStart(first)
          || EntityRecognizer.isOrgHead(first)
          || EntityRecognizer.isTitle(first)
          || EntityRecognizer.isActivity(first)
          || ORG_ADJECTIVES.contains(first)) {
        continue; // "National Power of ...": a public body's name
      }
      out = placed(found, out, m.start(), of, "ORG");
      out.add(new Mention(of + 4, m.end(), "LOC"));
    }
    return sortedOr(found, out);
  }

  /**
   * A name read whole over "of" and a country whose part before "of" the text names a body
   * elsewhere is that body and its country: "meet either Simba of Tanzania or Al Masry of Egypt",
   * the club "Simba" where it drew (not "Catherine of Aragon", no body of the text). {@code
   * isCountry}: a country's name.
   */
  static List<Mention> bodiesOfCountries(
      String text, List<Mention> found, Predicate<String> isCountry) {
    List<Mention> out = null;
    Set<String> bodies = null;
    for (Mention m : found) {
      int of = m.type().equals("ORG") ? -1 : within(text, " of ", m);
      if (of < 0 || !isCountry.test(text.substring(of + 4, m.end()))) {
        continue;
      }
      if (bodies == null) {
        bodies = new HashSet<>();
        for (Mention b : found) {
          if (b.type().equals("ORG")) {
            bodies.add(text.substring(b.start(), b.end()));
          }
        }
      }
      if (bodies.contains(text.substring(m.start(), of))) {
        out = placed(found, out, m.start(), of, "ORG");
        out.add(new Mention(of + 4, m.end(), "LOC"));
      }
    }
    return sortedOr(found, out);
  }

  /**
   * An unlisted place read right before "and" and a company's noun and a name is a body too: "a
   * consortium of Mota-Engil and local firm Tecnoedil" (a firm and a firm; not "Kenya and state
   * miner X", a listed country). Only lower-case words between "and" and the body, the last a
   * company's noun (kb/recognizer.tsv company-noun). {@code isPlace}: a listed place or country.
   */
  static List<Mention> firmsBeforeAndFirm(
      String text, List<Mention> found, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int i = 0; i + 1 < found.size(); i++) {
      Mention m = found.get(i);
      Mention next = found.get(i + 1);
      // the body after the noun may be the model's place yet (the recogniser reads it by the noun)
      if (!m.type().equals("LOC")
          || next.type().equals("PER")
          || !text.startsWith(" and ", m.end())
          || next.start() - m.end() > 35
          || !companyNounBefore(text, next.start())) {
        continue;
      }
      boolean lower = true;
      for (int k = m.end() + 5; k < next.start() && lower; k++) {
        char c = text.charAt(k);
        lower = c == ' ' || c == '-' || Character.isLowerCase(c);
      }
      if (lower && !isPlace.test(text.substring(m.start(), m.end()))) {
        out = placed(found, out, m.start(), m.end(), "ORG");
      }
    }
    return sortedOr(found, out);
  }

  /**
   * A body the model read over "and" whose part after it is a firm of its own, a name and a firm's
   * last word (kb/recognizer.tsv firm-last-word), two bodies: "China Northern Rare Earth and
   * Shenghe Resources bought most of the output". Two words or more before "and"; two or three
   * after it, the first no trade, head or body's opening ("China Road and Bridge Corporation", "Oil
   * and Natural Gas Corporation" and "Marks and Spencer Group" stay one).
   */
  static List<Mention> firmsApartOverAnd(String text, List<Mention> found) {
    List<Mention> out = null;
    for (Mention m : found) {
      int and = m.type().equals("ORG") ? within(text, " and ", m) : -1;
      if (and < 0
          || text.indexOf(' ', m.start()) >= and
          || within(text, " and ", and + 1, m.end()) >= 0) {
        continue;
      }
      int b = and + 5;
      int last = text.lastIndexOf(' ', m.end() - 1);
      int firstEnd = text.indexOf(' ', b);
      int words = 1;
      for (int k = b; k < m.end(); k++) {
        words += text.charAt(k) == ' ' ? 1 : 0;
      }
      if (last < b || words > 3 || !FIRM_LAST_WORDS.contains(text.substring(last + 1, m.end()))) {
        continue;
      }
      String first = text.substring(b, firstEnd);
      String lower = first.toLowerCase(Locale.ROOT);
      if (!Character.isUpperCase(first.charAt(0))
          || EntityRecognizer.isActivity(lower)
          || EntityRecognizer.isOrgHead(lower)
          || EntityRecognizer.isOrgStart(lower)
          || ORG_ADJECTIVES.contains(lower)) {
        continue;
      }
      out = placed(found, out, m.start(), and, "ORG");
      out.add(new Mention(b, m.end(), "ORG"));
    }
    return sortedOr(found, out);
  }

  /**
   * A "person" whose last word is an acronym in capitals after a word in title case that is no
   * listed given name (the model may read the acronym alone) is a body, the two words: "but Inter
   * RAO said" (a surname in capitals follows a given name: "Emmanuel MACRON"). {@code isGivenName}:
   * a listed given name.
   */
  static List<Mention> bodiesEndingInAcronyms(
      String text, List<Mention> found, Predicate<String> isGivenName) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int last = text.lastIndexOf(' ', m.end() - 1);
      int acronym = Math.max(last + 1, m.start());
      if (!m.type().equals("PER")
          || m.end() - acronym < 3
          || !acronymWord(text, acronym, m.end())) {
        continue;
      }
      // the model may read the acronym alone: the word before it is the name's first
      int start = last >= m.start() ? m.start() : last > 0 ? letterWordStart(text, last) : last;
      if (start >= 0
          && start < last
          && !(i > 0 && found.get(i - 1).end() > start)
          && Character.isUpperCase(text.charAt(start))
          && Character.isLowerCase(text.charAt(start + 1))) {
        if (!isGivenName.test(text.substring(start, text.indexOf(' ', start)))) {
          out = placed(found, out, start, m.end(), "ORG");
        }
      } else if (last < m.start() && lowerCaseWordAround(text, m.start(), m.end())) {
        // "TALCO's critics", in text in lower case: an acronym alone names no one
        out = placed(found, out, m.start(), m.end(), "ORG");
      }
    }
    return sortedOr(found, out);
  }

  /** Whether [from, to) is capitals A-Z only and no Roman numeral (a regnal number: "III"). */
  private static boolean acronymWord(String text, int from, int to) {
    boolean roman = true;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c < 'A' || c > 'Z') {
        return false;
      }
      roman &= "IVXLCDM".indexOf(c) >= 0;
    }
    return !roman;
  }

  /**
   * Whether the words of letters right before {@code start} and right after {@code end} both hold a
   * letter in lower case (text in lower case, no line or table in capitals).
   */
  private static boolean lowerCaseWordAround(String text, int start, int end) {
    int b = start;
    while (b > 0 && !Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    int a = end;
    while (a < text.length() && !Character.isLetter(text.charAt(a))) {
      a++;
    }
    return b > 0
        && a < text.length()
        && !allCaps(text, letterWordStart(text, b), b)
        && !allCaps(text, a, letterWordEnd(text, a));
  }

  /** A saint's word, which opens a name and is none alone (San Miguel, Santa Cruz, St Kitts). */
  private static final Set<String> SAINTS =
      WordSet.of("San", "Santa", "Santo", "São", "Sao", "Saint", "Sainte", "St", "St.");

  /**
   * A saint's word the model read alone right before another name is that name's first word: "San
   * Miguel Beermen beat TNT" after a dateline, read as a place "San" and a person "Miguel Beermen";
   * the name keeps the second's type. And a monarch's or a group's possessive right before a body
   * or a place opens its name ("Queen's Park Oval", read "Park Oval"; {@link
   * EntityRecognizer#POSSESSIVE_OPENERS}).
   */
  static List<Mention> saintsJoined(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int opener = m.type().equals("PER") ? -1 : possessiveOpener(text, m.start());
      if (opener >= 0 && (i == 0 || found.get(i - 1).end() <= opener)) {
        out = setAt(found, out, i, new Mention(opener, m.end(), m.type()));
      }
    }
    return joinedWithNext(
        text,
        out == null ? found : out,
        (m, next) ->
            m.end() - m.start() <= 6 && SAINTS.contains(text.substring(m.start(), m.end())));
  }

  /**
   * One word read as a body right before another body, one space between, is that body's first
   * word: "Mohun Bagan Super Giant", read as "Mohun" and "Bagan Super Giant".
   */
  static List<Mention> bodiesAdjoined(String text, List<Mention> found) {
    return joinedWithNext(
        text,
        found,
        (m, next) ->
            m.type().equals("ORG")
                && next.type().equals("ORG")
                && m.end() - m.start() >= 2
                && Character.isUpperCase(text.charAt(m.start()))
                // a word: no handle's sign, no acronym
                && Character.isLowerCase(text.charAt(m.end() - 1))
                && EntityRecognizer.spaces(text, m.start(), m.end()) == 0
                && Character.isUpperCase(text.charAt(next.start())));
  }

  /**
   * {@code found} with each mention that {@code joins} the next one, one space before it, made one
   * mention with it, of the next one's type.
   */
  private static List<Mention> joinedWithNext(
      String text, List<Mention> found, BiPredicate<Mention, Mention> joins) {
    List<Mention> out = null;
    for (int i = 0; i + 1 < found.size(); i++) {
      Mention m = found.get(i);
      Mention next = found.get(i + 1);
      if (next.start() == m.end() + 1 && text.charAt(m.end()) == ' ' && joins.test(m, next)) {
        if (out == null) {
          out = new ArrayList<>(found);
        }
        out.set(i, new Mention(m.start(), next.end(), next.type()));
        out.set(i + 1, null);
        i++;
      }
    }
    if (out != null) {
      out.removeIf(java.util.Objects::isNull);
    }
    return out == null ? found : out;
  }

  /**
   * Where a capitalised {@link EntityRecognizer#POSSESSIVE_OPENERS} word starts whose "'s " ends
   * right at {@code start}; -1 if none.
   */
  private static int possessiveOpener(String text, int start) {
    if (start < 5
        || text.charAt(start - 1) != ' '
        || text.charAt(start - 2) != 's'
        || text.charAt(start - 3) != '\'' && text.charAt(start - 3) != '\u2019') {
      return -1;
    }
    int w = letterWordStart(text, start - 3);
    return w < start - 3
            && Character.isUpperCase(text.charAt(w))
            && EntityRecognizer.POSSESSIVE_OPENERS.contains(
                text.substring(w, start - 3).toLowerCase(Locale.ROOT))
        ? w
        : -1;
  }

  /** Verbs between two sides of a result, the second side's score right after it. */
  private static final List<String> RESULT_VERBS =
      List.of(
          " beat ", " defeated ", " edged ", " thrashed ", " routed ", " drew with ", " lost to ");

  /** A side's result and the other side after it: "lost 24-20 to the Crusaders". */
  private static final Pattern RESULT_THEN_SIDE =
      Pattern.compile(" (?:lost|won|drew) \\d{1,3}-\\d{1,3} (?:to|against|with|over) (?:the )?");

  /**
   * Both sides of a result no mention holds are clubs: "the Fijian Drua beat the NSW Waratahs
   * 31-26", "the Brumbies lost 24-20 to the Crusaders" (the model reads nicknames in the plural as
   * nothing). One to three capitalised words each side, a score right after the second side (one
   * set: "Sampras beat Agassi 6-3 6-4" is no club's) or between the verb and it; not a listed place
   * or country (a country's side is the country). {@code isPlace}: a listed place or country.
   */
  static List<Mention> sidesOfResults(String text, List<Mention> found, Predicate<String> isPlace) {
    if (!hasScore(text, 0, text.length())) {
      return found;
    }
    List<Mention> out = null;
    for (String v : RESULT_VERBS) {
      for (int at = text.indexOf(v); at > 0; at = text.indexOf(v, at + 1)) {
        int b = at + v.length();
        b += text.startsWith("the ", b) ? 4 : 0;
        int bEnd = capitalisedWordsAfter(text, b, 3);
        if (bEnd > b && oneScoreAt(text, bEnd)) {
          out = sideOfResult(text, found, out, sideStart(text, at), at, isPlace);
          out = sideOfResult(text, found, out, b, bEnd, isPlace);
        }
      }
    }
    Matcher m = RESULT_THEN_SIDE.matcher(text);
    while (m.find()) {
      int bEnd = capitalisedWordsAfter(text, m.end(), 3);
      if (bEnd > m.end()) {
        out = sideOfResult(text, found, out, sideStart(text, m.start()), m.start(), isPlace);
        out = sideOfResult(text, found, out, m.end(), bEnd, isPlace);
      }
    }
    return sortedOr(found, out);
  }

  /** Whether one score, and no set after it, follows a space at {@code at}: " 31-26". */
  private static boolean oneScoreAt(String text, int at) {
    int i = at + 1;
    if (at >= text.length() || text.charAt(at) != ' ') {
      return false;
    }
    int d = i;
    while (d < text.length() && Character.isDigit(text.charAt(d))) {
      d++;
    }
    if (d == i || d - i > 3 || d + 1 >= text.length() || text.charAt(d) != '-') {
      return false;
    }
    int e = d + 1;
    while (e < text.length() && Character.isDigit(text.charAt(e))) {
      e++;
    }
    return e > d + 1
        && e - d - 1 <= 3
        && !(e + 1 < text.length()
            && text.charAt(e) == ' '
            && Character.isDigit(text.charAt(e + 1)));
  }

  /**
   * Where a side of a result that ends at {@code end} starts: up to three capitalised words, a
   * sentence's "The" left out ({@code end}: none).
   */
  private static int sideStart(String text, int end) {
    int start = capitalisedWordsBefore(text, end, 3);
    if (start < 0) {
      return end;
    }
    return text.startsWith("The ", start) && start + 4 < end ? start + 4 : start;
  }

  /**
   * A side of a result at [start, end) added as a club where nothing was read and no list holds it.
   */
  private static List<Mention> sideOfResult(
      String text,
      List<Mention> found,
      List<Mention> out,
      int start,
      int end,
      Predicate<String> isPlace) {
    List<Mention> current = out == null ? found : out;
    // the model's other name there ("Fijian Drua", MISC), or a shorter place or body inside the
    // club's name ("NSW" of "NSW Waratahs", "AFC" of "AFC Leopards"), gives way
    if (end <= start
        || crossed(
            current,
            start,
            end,
            f ->
                f.type().equals("MISC")
                    || !f.type().equals("PER") && f.end() - f.start() < end - start)
        || isPlace.test(text.substring(start, end))
        || EntityRecognizer.isSentenceWord(text.substring(start, end).toLowerCase(Locale.ROOT))) {
      return out;
    }
    return placed(found, out, start, end, "ORG");
  }

  /**
   * A "person" listed beside a body whose first word it shares is a body of the same kind: "Al
   * Nassr, Al Ittihad and Al Ahli", "Real Madrid and Real Betis" (two people share a surname, not a
   * first word, in a list).
   */
  static List<Mention> bodiesListedAlike(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 1; i < found.size(); i++) {
      Mention m = found.get(i);
      Mention last = found.get(i - 1);
      if (!m.type().equals("PER") || !last.type().equals("ORG")) {
        continue;
      }
      String between = text.substring(last.end(), m.start());
      int space = text.indexOf(' ', m.start());
      int lastSpace = text.indexOf(' ', last.start());
      if (!(between.equals(", ") || between.equals(" and ") || between.equals(", and "))
          || space < 0
          || space >= m.end()
          || lastSpace < 0
          || lastSpace >= last.end()
          || !text.regionMatches(m.start(), text, last.start(), space - m.start() + 1)) {
        continue;
      }
      out = setAt(found, out, i, new Mention(m.start(), m.end(), "ORG"));
    }
    return out == null ? found : out;
  }

  /**
   * Where the words after one capitalised word's possessive at {@code at} start ("Eramet's unit":
   * at "unit"), else -1.
   */
  private static int possessorEnd(String text, int at) {
    if (at >= text.length() || !Character.isUpperCase(text.charAt(at))) {
      return -1;
    }
    int e = at + 1;
    while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) {
      e++;
    }
    return text.startsWith("'s ", e) || text.startsWith("\u2019s ", e) ? e + 3 : -1;
  }

  /**
   * A name a comma and "the", "a" or "an" describe as a firm is one: "Lek, the Novartis unit in
   * Ljubljana", "Plantaze, the state winemaker, said", "Santos, the Australian gas producer, said"
   * (kb/recognizer.tsv company-noun), whatever the model read; up to four words before the noun,
   * none a preposition or an article ("a lawyer for the company" describes a person), and the noun
   * ends the description (a comma, a stop, "of", "in", "that", "which", "owned", "based", "whose").
   * The name is the body wherever it stands. A person's name of two words or more is left alone.
   */
  static List<Mention> bodiesInApposition(String text, List<Mention> found) {
    Set<String> bodies = null;
    for (int c = text.indexOf(", "); c > 0; c = text.indexOf(", ", c + 2)) {
      int w;
      if (text.startsWith("the ", c + 2)) {
        w = c + 6;
      } else if (text.startsWith("a ", c + 2)) {
        w = c + 4;
      } else if (text.startsWith("an ", c + 2)) {
        w = c + 5;
      } else if ((w = possessorEnd(text, c + 2)) < 0) {
        continue; // "Comilog, Eramet's unit in Moanda": a firm's possessive stands for the article
      }
      String name = describedName(text, found, c);
      if (name == null || !firmDescribed(text, w)) {
        continue;
      }
      if (bodies == null) {
        bodies = new HashSet<>();
      }
      bodies.add(name);
    }
    return spreadOver(text, found, bodies, "ORG");
  }

  /**
   * The name before a describing comma at {@code c}: the mention ending there unless it is a body
   * already or a person of two words or more; else one capitalised word nothing was found in that
   * is no common word, or null.
   */
  private static String describedName(String text, List<Mention> found, int c) {
    for (Mention m : found) {
      if (m.end() == c) {
        return m.type().equals("ORG") || m.type().equals("PER") && within(text, " ", m) >= 0
            ? null
            : text.substring(m.start(), m.end());
      }
      if (m.start() < c && c < m.end()) {
        return null;
      }
    }
    int w = text.lastIndexOf(' ', c - 1) + 1;
    return c - w >= 2 && loneName(text, w, c) ? text.substring(w, c) : null;
  }

  /**
   * Whether [w, end) is one word that may be a name nothing was found in: a capital, letters only,
   * no capitalised word before it inside the sentence (that makes a longer name: "Air Tanzania said
   * it"), and no common word ({@link #commonWord}).
   */
  private static boolean loneName(String text, int w, int end) {
    String word = text.substring(w, end);
    return Character.isUpperCase(word.charAt(0))
        && lettersOnly(word)
        && (w < 2 || opensSentence(text, w) || !Character.isUpperCase(text.charAt(w - 2)))
        && !commonWord(text, word);
  }

  /**
   * Whether the words from {@code w} describe a firm: up to five words, none a function word, then
   * a company noun that ends the description.
   */
  private static boolean firmDescribed(String text, int w) {
    for (int words = 0; words < 5 && w < text.length(); words++) {
      int e = w;
      while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) {
        e++;
      }
      if (e == w || e >= text.length()) {
        return false;
      }
      String word = text.substring(w, e);
      if (EntityRecognizer.isCompanyNoun(word) && describingEnd(text, e)) {
        return true;
      }
      if (text.charAt(e) != ' ' || FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return false; // "a lawyer for the company": the description goes on past a preposition
      }
      w = e + 1;
    }
    return false;
  }

  /** Whether a firm's description ends at {@code e}: punctuation or a word that qualifies it. */
  private static boolean describingEnd(String text, int e) {
    char c = text.charAt(e);
    return c == ',' || c == '.' || c == ';' || startsWithAny(text, e, DESCRIBING_AFTER);
  }

  private static final List<String> DESCRIBING_AFTER =
      List.of(" of ", " in ", " that ", " which ", " owned ", " based ", " whose ", " controlled ");

  /** Whether the mention after the {@code i}-th runs on past {@code end}: a longer name there. */
  private static boolean crossedAfter(List<Mention> found, int i, int end) {
    Mention next = i + 1 < found.size() ? found.get(i + 1) : null;
    return next != null && next.start() < end && next.end() > end;
  }

  /**
   * {@code out} (a copy of {@code found}, made on first use) with the {@code i}-th mention run on
   * to {@code end} as an organisation, and the mention after it, inside [from, end), taken in.
   */
  private static List<Mention> runOn(
      List<Mention> found, List<Mention> out, int i, int from, int end) {
    List<Mention> o = out == null ? new ArrayList<>(found) : out;
    Mention m = found.get(i);
    Mention next = i + 1 < found.size() ? found.get(i + 1) : null;
    int k = o.indexOf(m);
    if (k < 0) {
      return o; // taken in by the mention before it
    }
    if (next != null && next.start() >= from && next.end() <= end) {
      o.remove(k + 1);
    }
    o.set(k, new Mention(m.start(), end, "ORG"));
    return o;
  }

  /** Offices a body has and a place does not, after a name's possessive. */
  private static final List<String> BODY_OFFICES =
      List.of(
          "chairman",
          "chairwoman",
          "chairperson",
          "secretary-general",
          "secretary general",
          "general secretary",
          "board",
          "chief executive",
          "shareholders");

  /** Nouns of a body's kind, written before its name: "the opposition party, ACT-Wazalendo,". */
  private static final List<String> BODY_KIND_NOUNS =
      List.of(
          "party",
          "group",
          "movement",
          "company",
          "firm",
          "union",
          "alliance",
          "coalition",
          "militia",
          "acronym",
          "airline",
          "carrier",
          "lender",
          "miner",
          "insurer",
          "fund",
          "service",
          "body",
          "state-owned",
          "state-run");

  /**
   * Kinds a name follows with no comma between: "the group Dawlah Islamiyah", "sovereign wealth
   * fund Danantara", "flag carrier Garuda" (a person's trade, "coal miner John Smith", opens with a
   * listed given name, which the rule leaves alone).
   */
  private static final Set<String> KINDS_BEFORE_NAMES =
      WordSet.of(
          "group",
          "acronym",
          "state-owned",
          "state-run",
          "fund",
          "carrier",
          "airline",
          "lender",
          "miner",
          "insurer",
          "service",
          "body");

  /**
   * A name right after a body's kind, in apposition ("Zanzibar's main opposition party,
   * ACT-Wazalendo, said", "the miner, Kazzinc, said", "party, known as Libre,") or after "group" or
   * "acronym" ("the pro-Islamic State group Dawlah Islamiyah", "known by its French acronym ISIE"),
   * "state-owned" ("Niger's state-owned Sopamin") or another of {@link #KINDS_BEFORE_NAMES} is that
   * body: read as a place or a one-word person by the model, or not read at all. Not a name our
   * lists place, one opening with a person's name on our lists ("the group Smith leads"), nor one
   * with a sentence's word, a month or a day.
   */
  static List<Mention> bodiesAfterKinds(
      String text, List<Mention> found, Predicate<String> isPersonName, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int[] cue : cuesAt(text, BODY_KIND_NOUNS)) {
      String noun = text.substring(cue[0], cue[1]);
      int after = cue[1];
      // "the Libertad y Refundacion party, known as Libre, said"
      int knownAs = text.startsWith(", known as ", after) ? 11 : 0;
      boolean apposition = knownAs > 0 || text.startsWith(", ", after);
      if (!apposition
          && !(KINDS_BEFORE_NAMES.contains(noun)
              && text.startsWith(" ", after)
              // a word of its own: "a Full-service Marketing & PR Consultancy" names no service
              && (cue[0] == 0 || text.charAt(cue[0] - 1) == ' '))) {
        continue;
      }
      int s0 = after + (knownAs > 0 ? knownAs : apposition ? 2 : 1);
      int e0 = s0;
      int words = 0;
      boolean plain = true;
      for (int w = s0; words < 4 && w < text.length() && Character.isUpperCase(text.charAt(w)); ) {
        int e = nameWordEnd(text, w);
        String lower = text.substring(w, e).toLowerCase(Locale.ROOT);
        plain &=
            e - w > 1
                && !EntityRecognizer.isSentenceWord(lower)
                && !MONTHS.contains(lower)
                && !DATE_WORDS.contains(lower)
                && !(words == 0 && isPersonName.test(lower));
        words++;
        e0 = e;
        if (!text.startsWith(" ", e) || e + 1 >= text.length()) {
          break;
        }
        w = e + 1;
      }
      if (words == 0
          || !plain
          || apposition
              && !text.startsWith(",", e0)
              && !(knownAs > 0 && text.startsWith(".", e0))) {
        continue;
      }
      int start = s0;
      int end = e0;
      Mention same = readOver(out == null ? found : out, start, end);
      if (same == CROSSING
          || same != null && same.type().equals("ORG")
          || isPlace.test(text.substring(start, end))) {
        continue;
      }
      out = placed(found, out, start, end, "ORG");
    }
    return sortedOr(found, out);
  }

  /**
   * A Vietnamese woman's name, family name, "Thi" and one or two given names ("Do Thi Nhan",
   * "Nguyen Thi Thanh Ha"), is a person's, whatever the model read there (a family name such as Do
   * or Le reads as an English word, and the rest as something else). "Thi" stands between
   * capitalised words in no other name the news has.
   */
  static List<Mention> vietnameseNames(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int at = text.indexOf(" Thi "); at > 0; at = text.indexOf(" Thi ", at + 1)) {
      int start = nameWordStart(text, at);
      if (at - start < 2
          || at - start > 6
          || !Character.isUpperCase(text.charAt(start))
          || start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
        continue;
      }
      // one or two given names after "Thi", each of two letters or more
      int end = -1;
      for (int w = at + 5, words = 0;
          words < 2 && w < text.length() && Character.isUpperCase(text.charAt(w));
          words++) {
        int e = nameWordEnd(text, w);
        if (e - w < 2) {
          break;
        }
        end = e;
        if (e + 1 >= text.length() || text.charAt(e) != ' ') {
          break;
        }
        w = e + 1;
      }
      if (end < 0) {
        continue;
      }
      Mention same = readOver(out == null ? found : out, start, end);
      if (same == null || !same.type().equals("PER")) {
        out = placed(found, out, start, end, "PER");
      }
    }
    return sortedOr(found, out);
  }

  /**
   * Polynesian names, whose glottal stop is written as an apostrophe inside a word ("Tuila'epa
   * Sa'ilele Malielegaoi", "La'auli Leuatea Schmidt", "Papali'i Li'o Taeu Masipa'u"): words the
   * model has rarely seen, which it reads in pieces or as something else. Capitalised words in a
   * row, none a title or a sentence's word, two of them with such a stop, are one person's name; so
   * is one such word right before a person the model found.
   */
  static List<Mention> glottalStopNames(String text, List<Mention> found) {
    boolean apostrophesOnly = text.indexOf('\u2018') < 0 && text.indexOf('\u02BB') < 0;
    if (apostrophesOnly && text.indexOf('\'') < 0) {
      return found;
    }
    List<Mention> out = null;
    int from = 0;
    while (from < text.length()) {
      int stop = nextGlottalStop(text, from, apostrophesOnly);
      if (stop < 0) {
        break;
      }
      int start = glottalWordStart(text, stop);
      // a word before, not a comma ("The Controller of Budget, Margaret Nyakang'o")
      while (start >= 2
          && text.charAt(start - 1) == ' '
          && Character.isLetter(text.charAt(start - 2))
          && nameWordOfRun(text, start - 2)) {
        start = glottalWordStart(text, start - 1);
      }
      int end = stop;
      int stops = 0;
      int words = 0;
      for (int w = start; w < text.length() && words < 5; ) {
        if (!nameWordOfRun(text, w)) {
          break;
        }
        int e = glottalWordEnd(text, w);
        int next = nextGlottalStop(text, w, apostrophesOnly);
        stops += next >= 0 && next < e ? 1 : 0;
        words++;
        end = e;
        if (e + 1 >= text.length() || text.charAt(e) != ' ') {
          break;
        }
        w = e + 1;
      }
      from = Math.max(end, stop + 1);
      List<Mention> current = out == null ? found : out;
      Mention person = null;
      for (Mention f : current) {
        if (f.type().equals("PER") && f.start() <= end + 1 && start < f.end()) {
          person = f;
        }
      }
      if (stops >= 2 && words >= 2) {
        int s0 = person == null ? start : Math.min(start, person.start());
        int e0 = person == null ? end : Math.max(end, person.end());
        Mention same = readOver(current, s0, e0);
        if (same == null || !same.type().equals("PER")) {
          out = placed(found, out, s0, e0, "PER");
        }
      } else if (person != null && person.start() > start) {
        // "La'auli Leuatea Schmidt": the words before the person the model found are theirs
        out = placed(found, out, start, Math.max(end, person.end()), "PER");
      }
    }
    return sortedOr(found, out);
  }

  /**
   * Where a glottal stop (a letter, an apostrophe, a letter in lower case) stands after {@code
   * from}, or -1; in a text without the other marks, found by the apostrophes alone.
   */
  private static int nextGlottalStop(String text, int from, boolean apostrophesOnly) {
    for (int i = apostrophesOnly ? text.indexOf('\'', from + 1) : from + 1;
        i >= 0 && i + 1 < text.length();
        i = apostrophesOnly ? text.indexOf('\'', i + 1) : i + 1) {
      char c = text.charAt(i);
      if (stopMark(c)
          && Character.isLowerCase(text.charAt(i - 1))
          && Character.isLowerCase(text.charAt(i + 1))
          // not a contraction (don't, we'll, they've, I'd), which ends in no vowel (Papali'i)
          && (i + 2 < text.length() && Character.isLetter(text.charAt(i + 2))
              || "aeiou".indexOf(text.charAt(i + 1)) >= 0)
          && !text.startsWith("ll", i + 1)
          && !text.startsWith("ve", i + 1)
          && !text.startsWith("re", i + 1)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a character writes a glottal stop: an apostrophe, a left quote or the okina. */
  private static boolean stopMark(char c) {
    return c == '\'' || c == '\u2018' || c == '\u02BB';
  }

  /** The start of the word of letters, hyphens and glottal stops that ends at {@code end}. */
  private static int glottalWordStart(String text, int end) {
    int s = end;
    while (s > 0) {
      char c = text.charAt(s - 1);
      if (Character.isLetter(c)
          || c == '-'
          || stopMark(c) && s - 1 > 0 && Character.isLetter(text.charAt(s - 2))) {
        s--;
      } else {
        break;
      }
    }
    return s;
  }

  /** The end of a word of letters, hyphens and glottal stops from {@code from}. */
  private static int glottalWordEnd(String text, int from) {
    int e = from;
    while (e < text.length()) {
      char c = text.charAt(e);
      if (Character.isLetter(c)
          || c == '-'
          || stopMark(c)
              && e > from
              && e + 1 < text.length()
              && Character.isLetter(text.charAt(e + 1))) {
        e++;
      } else {
        break;
      }
    }
    return e;
  }

  /**
   * Whether the word at {@code at} (or ending there, for a word before) is a capitalised word of a
   * name: not a title, a sentence's word, a month or a day.
   */
  private static boolean nameWordOfRun(String text, int at) {
    int s = at;
    while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
      s--;
    }
    int e = glottalWordEnd(text, s);
    if (e - s < 2 || !Character.isUpperCase(text.charAt(s))) {
      return false;
    }
    String lower = text.substring(s, e).toLowerCase(Locale.ROOT);
    return !EntityRecognizer.isTitle(lower)
        && !EntityRecognizer.isSentenceWord(lower)
        && !MONTHS.contains(lower)
        && !DATE_WORDS.contains(lower);
  }

  /**
   * A country's Red Cross or Red Crescent society, named by the country or its people ("the Chadian
   * Red Cross", "the Sudanese Red Crescent Society"), is one body, whatever the model read in it.
   * {@code isCountryOrDemonym}: a country's name or its people's adjective.
   */
  static List<Mention> redCrossSocieties(
      String text, List<Mention> found, Predicate<String> isCountryOrDemonym) {
    List<Mention> out = null;
    for (int at = text.indexOf(" Red Cr"); at > 0; at = text.indexOf(" Red Cr", at + 1)) {
      int end;
      if (text.startsWith(" Red Cross", at)) {
        end = at + 10;
      } else if (text.startsWith(" Red Crescent", at)) {
        end = at + 13;
      } else {
        continue;
      }
      if (text.startsWith(" Society", end)) {
        end += 8;
      }
      int start = nameWordStart(text, at);
      if (start >= at
          || !wordEdge(text, end)
          || !isCountryOrDemonym.test(text.substring(start, at))) {
        continue;
      }
      int s0 = start;
      int e0 = end;
      List<Mention> current = out == null ? found : out;
      if (current.contains(new Mention(s0, e0, "ORG")) || crossed(current, s0, e0, f -> true)) {
        continue;
      }
      out = placed(found, out, s0, e0, "ORG");
    }
    return sortedOr(found, out);
  }

  /**
   * A body's other name after its name, a comma and "or" ("Corporacion Electrica del Ecuador, or
   * Celec, had rented") is the body's: one capitalised word, whatever the model read in it.
   */
  static List<Mention> bodiesOtherNames(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int s0 = m.end() + 5;
      // the name may end in its country, read apart yet ("Corporacion Electrica del Ecuador")
      boolean body =
          m.type().equals("ORG")
              || i > 0
                  && found.get(i - 1).type().equals("ORG")
                  && found.get(i - 1).end() <= m.start()
                  && List.of(" del ", " de ", " of ", " of the ")
                      .contains(text.substring(found.get(i - 1).end(), m.start()));
      if (!body
          || !text.startsWith(", or ", m.end())
          || s0 >= text.length()
          || !Character.isUpperCase(text.charAt(s0))) {
        continue;
      }
      int e0 = nameWordEnd(text, s0);
      if (e0 - s0 < 2 || !text.startsWith(",", e0)) {
        continue;
      }
      List<Mention> current = out == null ? found : out;
      if (current.contains(new Mention(s0, e0, "ORG")) || crossed(current, s0, e0, f -> true)) {
        continue;
      }
      out = placed(found, out, s0, e0, "ORG");
    }
    return sortedOr(found, out);
  }

  /**
   * Where each of {@code cues} stands in the text at a word's start, cue by cue and in the text's
   * order: {start, end} of the cue.
   */
  private static List<int[]> cuesAt(String text, List<String> cues) {
    List<int[]> out = new ArrayList<>();
    for (String cue : cues) {
      for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
        if (at == 0 || !Character.isLetter(text.charAt(at - 1))) {
          out.add(new int[] {at, at + cue.length()});
        }
      }
    }
    return out;
  }

  /**
   * An acronym before "-led", "-backed" and the like ("the PAIGC-led coalition", "a UN-backed
   * court"): a body that leads or backs something, where the model read nothing; not a country's
   * code ("US-led"). {@code isCountry}: a country's name or code.
   */
  static List<Mention> acronymsBeforeParticiples(
      String text, List<Mention> found, Predicate<String> isCountry) {
    List<Mention> out = null;
    for (int dash = text.indexOf('-'); dash > 1; dash = text.indexOf('-', dash + 1)) {
      if (!wholeWordAt(text, dash + 1, PARTICIPLES_AFTER_BODIES)) {
        continue;
      }
      int s = dash;
      while (s > 0 && Character.isUpperCase(text.charAt(s - 1))) {
        s--;
      }
      if (dash - s < 2 || s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) {
        continue;
      }
      if (isCountry.test(text.substring(s, dash))
          || readOver(out == null ? found : out, s, dash) != null) {
        continue;
      }
      out = placed(found, out, s, dash, "ORG");
    }
    return sortedOr(found, out);
  }

  /**
   * A place a mayor or a governor is of, or a municipality, town, village, district, province or
   * island, where the model read nothing or a person ("Talib Ahmed Bensouda, the mayor of
   * Kanifing,", "in the municipality of Eurajoki,"): one or two capitalised words right after
   * "mayor of " or the like in lower case, then a word in lower case or punctuation (so not "the
   * mayor of London Sadiq Khan").
   */
  static List<Mention> placesOfMayors(String text, List<Mention> found) {
    List<Mention> out = null;
    for (String cue : OF_A_PLACE) {
      for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
        int start = at + cue.length();
        int end = capitalisedWordsEnd(text, start, start);
        if (end - start < 3
            || !capitalisedWords(text, start, end, 2)
            || end < text.length() && Character.isLetterOrDigit(text.charAt(end))
            || end + 1 < text.length()
                && text.charAt(end) == ' '
                && !Character.isLowerCase(text.charAt(end + 1))) {
          continue;
        }
        Mention same = readOver(out == null ? found : out, start, end);
        if (same == CROSSING || same != null && !same.type().equals("PER")) {
          continue;
        }
        out = placed(found, out, start, end, "LOC");
      }
    }
    return sortedOr(found, out);
  }

  private static final List<String> OF_A_PLACE =
      List.of(
          " mayor of ",
          " governor of ",
          // "in the municipality of Eurajoki," read as a person
          " municipality of ",
          " town of ",
          " village of ",
          " district of ",
          " province of ",
          " island of ");

  /**
   * The end of the capitalised words (letters, hyphens, apostrophes; one space apart, up to four)
   * from {@code from}, or {@code otherwise} when none starts there.
   */
  static int capitalisedWordsEnd(String text, int from, int otherwise) {
    int end = otherwise;
    int i = from;
    for (int words = 0;
        words < 4 && i < text.length() && Character.isUpperCase(text.charAt(i));
        words++) {
      int w = i;
      while (w < text.length()
          && (Character.isLetter(text.charAt(w))
              || text.charAt(w) == '-'
              || text.charAt(w) == '\'')) {
        w++;
      }
      if (w - i <= 3
          && w + 2 < text.length()
          && text.charAt(w) == '.'
          && text.charAt(w + 1) == ' '
          && Character.isUpperCase(text.charAt(w + 2))) {
        w++; // an abbreviation inside the name: Gulf of St. Lawrence
      }
      end = w;
      if (w + 1 >= text.length() || text.charAt(w) != ' ') {
        break;
      }
      i = w + 1;
    }
    return end;
  }

  /**
   * A geographic feature "of" a place the model read nothing of ("sail around the Cape of Good
   * Hope"): a capitalised `place-of` word of kb/recognizer.tsv (Cape, Gulf, Bay, Strait, Lake,
   * Mount), " of " and one to three capitalised words, nothing read over them.
   */
  static List<Mention> featuresUnread(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int of = text.indexOf(" of "); of > 2; of = text.indexOf(" of ", of + 1)) {
      int s = letterWordStart(text, of);
      if (of - s < 3
          || of - s > 8
          || !Character.isUpperCase(text.charAt(s))
          || s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))
          || !EntityRecognizer.isPlaceOfWord(text.substring(s, of).toLowerCase(Locale.ROOT))) {
        continue;
      }
      int end = capitalisedWordsEnd(text, of + 4, of + 4);
      if (end <= of + 4 || readOver(out == null ? found : out, s, end) != null) {
        continue;
      }
      out = placed(found, out, s, end, "LOC");
    }
    return sortedOr(found, out);
  }

  /** What a body does to what follows its acronym and a hyphen. */
  private static final List<String> PARTICIPLES_AFTER_BODIES =
      List.of(
          "led",
          "backed",
          "run",
          "owned",
          "controlled",
          "allied",
          "aligned",
          "brokered",
          "sponsored",
          "funded");

  /**
   * An acronym of three capitals or more after such a participle and "by" ("the railway, run by
   * SNCFT, lost"; "a plant operated by CPG"): a body, where the model read nothing; not a country's
   * code ("backed by USA"). Only verbs of running and paying: "caused by HIV" or "powered by LNG"
   * name no body. {@code isCountry}: a country's name or code.
   */
  static List<Mention> acronymsAfterAgents(
      String text, List<Mention> found, Predicate<String> isCountry) {
    List<Mention> out = null;
    for (int at = text.indexOf(" by "); at > 0; at = text.indexOf(" by ", at + 1)) {
      int s = at + 4;
      int e = s;
      while (e < text.length() && Character.isUpperCase(text.charAt(e))) {
        e++;
      }
      if (e - s < 3 || e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
        continue;
      }
      if (!verbBeforeBy(text, at, AGENTS_BEFORE_BY) || isCountry.test(text.substring(s, e))) {
        continue;
      }
      Mention same = readOver(out == null ? found : out, s, e);
      if (same == CROSSING || same != null && same.type().equals("ORG")) {
        continue;
      }
      out = placed(found, out, s, e, "ORG");
    }
    return sortedOr(found, out);
  }

  /**
   * A place the model reads after "run by", "operated by", "managed by" or "owned by", of two words
   * or more and no listed place, is a body: places run nothing ("a terminal run by Abidjan
   * Terminal"). {@code isPlace}: a listed place or country.
   */
  static List<Mention> operatorsNotPlaces(
      String text, List<Mention> found, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!m.type().equals("LOC")
          || text.indexOf(' ', m.start()) < 0
          || text.indexOf(' ', m.start()) >= m.end()
          || !operatorBefore(text, m.start())
          || isPlace.test(text.substring(m.start(), m.end()))) {
        continue;
      }
      out = setAt(found, out, i, new Mention(m.start(), m.end(), "ORG"));
    }
    return out == null ? found : out;
  }

  /**
   * Whether "run by", "operated by", "managed by" or "owned by" ends right before {@code start}.
   */
  static boolean operatorBefore(String text, int start) {
    int by = start - 4;
    return by >= 1 && text.startsWith(" by ", by) && verbBeforeBy(text, by, OPERATORS_BEFORE_BY);
  }

  /** Whether the word right before the " by " at {@code by} is one of {@code verbs}. */
  private static boolean verbBeforeBy(String text, int by, Set<String> verbs) {
    return verbs.contains(text.substring(letterWordStart(text, by), by));
  }

  private static final Set<String> OPERATORS_BEFORE_BY =
      WordSet.of("run", "operated", "managed", "owned");

  /** A state's form before "of" and its name: no firm's ("the Sultanate of Oman"). */
  private static final Set<String> STATE_FORMS =
      WordSet.of(
          "sultanate", "emirate", "principality", "duchy", "commonwealth", "dominion", "realm");

  /**
   * A club the model read with the country it is of, its city last before "of", is the club and the
   * country: "Aalborg knocked out Industria Kielce of Poland" (a city is "of" a country in no
   * body's name; "the National Bank of Poland" ends no city before "of"). {@code isCity}: a listed
   * city; {@code isCountry}: a country's name.
   */
  static List<Mention> clubsOfCountries(
      String text, List<Mention> found, Predicate<String> isCity, Predicate<String> isCountry) {
    List<Mention> out = null;
    for (Mention m : found) {
      int of = m.type().equals("ORG") ? ofWithin(text, m.start(), m.end()) : -1;
      if (of < 0) {
        continue;
      }
      int cityStart = text.lastIndexOf(' ', of - 1) + 1;
      String word = text.substring(cityStart, of);
      // "the consortium of Eni, Shell and Inpex of Japan": one word that opens no body's name
      // over "of" (Bank of Japan, Kingdom of Bhutan, Prince of Wales) is a firm of its country
      String lower = word.toLowerCase(Locale.ROOT);
      boolean firm =
          cityStart == m.start()
                  && !EntityRecognizer.opensNameOverOf(lower)
                  && !STATE_FORMS.contains(lower)
                  && !isCity.test(word)
              // "Galp Energia of Portugal": a firm's last word before its country's name
              || cityStart > m.start() && FIRM_LAST_WORDS.contains(word);
      if (cityStart <= m.start() && !firm
          || !firm && !isCity.test(word)
          || !isCountry.test(text.substring(of + 4, m.end()))) {
        continue;
      }
      out = placed(found, out, m.start(), of, "ORG");
      out.add(new Mention(of + 4, m.end(), "LOC"));
    }
    return sortedOr(found, out);
  }

  /**
   * "de", "du" or an elided "d'" between a body and one listed place make one name ("the Port
   * Autonome d'Abidjan", "Atletico de Madrid"). {@code isPlace}: a listed place or country.
   */
  static List<Mention> bodiesDePlace(String text, List<Mention> found, Predicate<String> isPlace) {
    List<Mention> out = null;
    int n = text.length();
    for (int i = 0; i < (out == null ? found : out).size(); i++) {
      Mention m = (out == null ? found : out).get(i);
      int at;
      if (!m.type().equals("ORG")) {
        continue;
      } else if (text.startsWith(" de ", m.end()) || text.startsWith(" du ", m.end())) {
        at = m.end() + 4;
      } else if (text.startsWith(" d'", m.end()) || text.startsWith(" d\u2019", m.end())) {
        at = m.end() + 3;
      } else {
        continue;
      }
      if (at >= n || !Character.isUpperCase(text.charAt(at))) {
        continue;
      }
      int end = nameWordEnd(text, at);
      if (end + 1 < n && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))
          || !isPlace.test(text.substring(at, end))) {
        continue; // one place's word, no longer name after it
      }
      List<Mention> joined = bodyThrough(found, out, i, end);
      if (joined != null) { // else a longer name holds the place: both stay as read
        out = joined;
      }
    }
    return out == null ? found : out;
  }

  /** The participles of bodies above and the other verbs of running a thing or paying for it. */
  private static final Set<String> AGENTS_BEFORE_BY =
      agentsBeforeBy("operated", "managed", "financed", "organised", "organized", "administered");

  private static Set<String> agentsBeforeBy(String... more) {
    Set<String> all = new HashSet<>(PARTICIPLES_AFTER_BODIES);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }

  /**
   * X, the platform once called Twitter, where a report says something was said or posted on it
   * ("said on X that", "wrote on X.", "in a post on X"): one capital letter the model reads as no
   * name.
   */
  static List<Mention> platformX(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int at = text.indexOf(" on X"); at >= 0; at = text.indexOf(" on X", at + 1)) {
      int x = at + 4;
      char after = x + 1 < text.length() ? text.charAt(x + 1) : ' ';
      if (Character.isLetterOrDigit(after)
          || after == '-'
          || after == '\''
          || after == '.' && x + 2 < text.length() && Character.isLetter(text.charAt(x + 2))
          || !(anyBefore(text, at, POSTED_ON) || addressedBefore(text, at))) {
        continue; // "X-ray", "X's", "X.com"
      }
      Mention same = readOver(out == null ? found : out, x, x + 1);
      if (same == CROSSING || same != null && same.type().equals("ORG")) {
        continue;
      }
      out = placed(found, out, x, x + 1, "ORG");
    }
    return sortedOr(found, out);
  }

  /**
   * Whether a verb that addresses someone and a name end at {@code at}: "congratulated Milei on X"
   * (a post, as in "said on X").
   */
  private static boolean addressedBefore(String text, int at) {
    int name = capitalisedRunBefore(text, at, 1);
    return name > 0 && anyBefore(text, name, ADDRESSING_VERBS);
  }

  private static final List<String> ADDRESSING_VERBS =
      List.of(
          " congratulated ",
          " thanked ",
          " praised ",
          " criticised ",
          " criticized ",
          " attacked ",
          " mocked ",
          " blasted ");

  /** What is said or posted on a platform, right before "on X". */
  private static final List<String> POSTED_ON =
      List.of(
          " said",
          " says",
          " wrote",
          " writes",
          " posted",
          " posts",
          " post",
          " statement",
          " message",
          " video",
          " announced",
          " added",
          " shared",
          " tweeted",
          " account");

  /** {@link #readOver}'s answer when a mention crosses the span's edges. */
  private static final Mention CROSSING = new Mention(-1, -1, "");

  /**
   * What was read over [start, end): the mention read exactly there, {@link #CROSSING} when one
   * crosses its edges or lies inside it, or null when nothing was.
   */
  private static Mention readOver(List<Mention> mentions, int start, int end) {
    Mention same = null;
    for (Mention f : mentions) {
      if (f.start() == start && f.end() == end) {
        same = f;
      } else if (f.start() < end && start < f.end()) {
        return CROSSING;
      }
    }
    return same;
  }

  /** What stands before the name of a firm's owner. */
  private static final List<String> OWNER_BEFORE =
      List.of(
          "unit of ",
          "subsidiary of ",
          "division of ",
          "affiliate of ",
          "controlled by ",
          "owned by ",
          "operated by ");

  /**
   * The owner named after a firm's unit or its owning ("the local unit of Brazil's Vale",
   * "controlled by Glencore") is a body, read as nothing, a place no list holds or a one-word
   * person no list names; a country's possessive may stand before it. Not a name opening with a
   * person's name on our lists ("owned by Elon Musk"), a sentence's word, a month or a day. {@code
   * isPlace}: a listed place or country.
   */
  static List<Mention> ownersOfUnits(
      String text, List<Mention> found, Predicate<String> isPersonName, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int[] cue : cuesAt(text, OWNER_BEFORE)) {
      int s0 = cue[1];
      int possessive = nameWordEnd(text, s0);
      if (possessive > s0
          && (text.startsWith("'s ", possessive) || text.startsWith("’s ", possessive))
          && isPlace.test(text.substring(s0, possessive))) {
        s0 = possessive + 3; // "Brazil's Vale"
      }
      int e0 = bodyRunEnd(text, s0, isPersonName);
      if (e0 <= s0 || isPlace.test(text.substring(s0, e0))) {
        continue;
      }
      int start = s0;
      int end = e0;
      Mention same = readOver(out == null ? found : out, start, end);
      if (same == CROSSING
          || same != null
              && (same.type().equals("ORG")
                  || same.type().equals("PER") && text.substring(start, end).indexOf(' ') > 0)) {
        continue;
      }
      out = placed(found, out, start, end, "ORG");
    }
    return sortedOr(found, out);
  }

  /**
   * Whether a comma and the firm's owner follow a name, as no place's does: ", controlled by", ", a
   * unit of", ", majority-owned by" ({@link #OWNER_BEFORE}).
   */
  private static boolean ownerAfter(String text, int end) {
    if (!text.startsWith(", ", end)) {
      return false;
    }
    int at = end + 2;
    if (text.startsWith("a ", at)) {
      at += 2;
    } else if (text.startsWith("majority-", at)) {
      at += 9;
    }
    return startsWithAny(text, at, OWNER_BEFORE);
  }

  /**
   * A name the model read as a place, or as a one-word person no list names, before "'s" and an
   * office only a body has ("the detention of Chadema's deputy chairman", "Centerra's chief
   * executive"), or before a comma and its owner ("Kazzinc, controlled by Glencore, pledged"), is
   * that body, unless our lists place it. {@code isPlace}: a listed place or country.
   */
  static List<Mention> bodiesByOfficeOrOwner(
      String text, List<Mention> found, Predicate<String> isPlace, Predicate<String> isPersonName) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      // the cue first: most names are followed by neither
      if (!(m.type().equals("LOC") || m.type().equals("PER"))
          || !(officeAfter(text, m.end()) || ownerAfter(text, m.end()))) {
        continue;
      }
      String name = text.substring(m.start(), m.end());
      // a one-word "person" no list names: "Centerra's chief executive, Paul Wright"
      if (m.type().equals("PER") && (name.indexOf(' ') >= 0 || isPersonName.test(name))
          || isPlace.test(name)) {
        continue;
      }
      out = setAt(found, out, i, new Mention(m.start(), m.end(), "ORG"));
    }
    return out == null ? found : out;
  }

  /** Whether "'s", a rank perhaps and one of {@link #BODY_OFFICES} follow {@code end}. */
  private static boolean officeAfter(String text, int end) {
    if (!text.startsWith("'s ", end) && !text.startsWith("’s ", end)) {
      return false;
    }
    int at = end + 3;
    for (String rank : List.of("deputy ", "vice ", "acting ", "former ")) {
      if (text.startsWith(rank, at)) {
        at += rank.length();
        break;
      }
    }
    for (String office : BODY_OFFICES) {
      if (text.startsWith(office, at) && wordEdge(text, at + office.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A country's name and a capitalised "First" are a party or a movement, no place ("with the
   * opposition National Alliance and Latvia First"), whether the model read the country alone or
   * the two as a place; not before another capitalised word ("Kenya First Lady Rachel Ruto").
   */
  static List<Mention> countriesFirst(
      String text, List<Mention> found, Predicate<String> isCountry) {
    List<Mention> out = null;
    for (int at = text.indexOf(" First"); at > 0; at = text.indexOf(" First", at + 1)) {
      int end = at + 6;
      if (end < text.length()
          && (Character.isLetterOrDigit(text.charAt(end))
              || end + 1 < text.length()
                  && text.charAt(end) == ' '
                  && Character.isUpperCase(text.charAt(end + 1)))) {
        continue;
      }
      for (Mention f : found) {
        if ((f.end() == at || f.end() == end && f.type().equals("LOC"))
            && f.start() < at
            && isCountry.test(text.substring(f.start(), at))) {
          out = placed(found, out, f.start(), end, "ORG");
          break;
        }
      }
    }
    return sortedOr(found, out);
  }

  /**
   * A place and "LNG" name a gas venture, no place: "the Atlantic LNG plant", "Nigeria LNG said"
   * (before a plant, a project, its statement, a company's suffix or a possessive); not "a U.S. LNG
   * plant", one of a country's.
   */
  static List<Mention> gasVentures(String text, List<Mention> found) {
    if (text.indexOf(" LNG") < 0) {
      return found;
    }
    List<Mention> out = null;
    for (Mention f : found) {
      int end = f.end() + 4;
      if (!f.type().equals("LOC")
          || !text.startsWith(" LNG", f.end())
          || text.startsWith("a ", f.start() - 2)
          || text.startsWith("an ", f.start() - 3)) {
        continue;
      }
      if (startsWithAny(text, end, GAS_VENTURE_NEXT)) {
        out = placed(found, out, f.start(), end, "ORG");
      }
    }
    return sortedOr(found, out);
  }

  private static final List<String> GAS_VENTURE_NEXT =
      List.of(" plant", " project", " said", " says", " Ltd", " Limited", "'s ", "’s ", ", ", ". ");

  /**
   * A brand written in camel case from a lower-case letter is a company where it says something or
   * an appositive says what it is ("airBaltic, the national airline, said", "eBay said"): the model
   * leaves a word opening in lower case unread. Not a product ("the iPhone"), which does neither.
   */
  static List<Mention> camelCaseFirms(String text, List<Mention> found) {
    List<Mention> out = null;
    int n = text.length();
    for (int i = 1; i + 2 < n; i++) {
      if (!Character.isUpperCase(text.charAt(i)) || !Character.isLowerCase(text.charAt(i - 1))) {
        continue;
      }
      int start = letterWordStart(text, i);
      int end = i;
      while (end < n && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (i - start > 5
          || !Character.isLowerCase(text.charAt(start))
          || end - i < 3
          || start > 0 && !Character.isWhitespace(text.charAt(start - 1))
          || end < n && " ,'’".indexOf(text.charAt(end)) < 0
          || !(bodysActAt(text, end) || companyAppositiveAt(text, end))
          || crossed(found, start, end, f -> false)) {
        i = end;
        continue;
      }
      out = placed(found, out, start, end, "ORG");
      i = end;
    }
    return sortedOr(found, out);
  }

  /** Whether ", the" or ", a" and up to four words, one a company noun, follow {@code end}. */
  private static boolean companyAppositiveAt(String text, int end) {
    int at =
        text.startsWith(", the ", end)
            ? end + 6
            : text.startsWith(", a ", end) ? end + 4 : text.startsWith(", an ", end) ? end + 5 : -1;
    for (int words = 0; at > 0 && words < 4 && at < text.length(); words++) {
      int e = at;
      while (e < text.length() && Character.isLowerCase(text.charAt(e))) {
        e++;
      }
      if (e == at) {
        return false;
      }
      if (EntityRecognizer.isCompanyNoun(text.substring(at, e))) {
        return true;
      }
      at = e < text.length() && text.charAt(e) == ' ' ? e + 1 : -1;
    }
    return false;
  }

  /**
   * A head the model read alone after a plural's possessive takes it in: "Heroes' Square", read as
   * "Square" (the model reads "Martyrs' Square" whole); not a place's possessive ("the Philippines'
   * Senate").
   */
  static List<Mention> pluralPossessorsOpening(
      String text, List<Mention> found, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int s0 = m.start();
      if (s0 < 5
          || text.charAt(s0 - 1) != ' '
          || text.charAt(s0 - 2) != '\''
          || text.charAt(s0 - 3) != 's'
          || within(text, " ", m) > 0) {
        continue;
      }
      String head = text.substring(s0, m.end()).toLowerCase(Locale.ROOT);
      int w = letterWordStart(text, s0 - 2);
      if (!(EntityRecognizer.isStreetHead(head)
              || EntityRecognizer.isPlaceHead(head)
              || EntityRecognizer.isOrgHead(head))
          || w >= s0 - 3
          || !Character.isUpperCase(text.charAt(w))
          || EntityRecognizer.opensSentence(text, w)
          || isPlace.test(text.substring(w, s0 - 2))) {
        continue;
      }
      out = setAt(found, out, i, new Mention(w, m.end(), m.type()));
    }
    return out == null ? found : out;
  }

  /**
   * One or two capitalised words and "Island" or "Islands" the model read nothing in are a place
   * ("flights to the Loyalty Islands"); not before another capitalised word (the Pacific Islands
   * Forum), nor after a word that opens sentences.
   */
  static List<Mention> islandsUnread(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int at = text.indexOf(" Island"); at > 0; at = text.indexOf(" Island", at + 1)) {
      int end = at + 7;
      if (end < text.length() && text.charAt(end) == 's') {
        end++;
      }
      if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))
          || end + 1 < text.length()
              && text.charAt(end) == ' '
              && Character.isUpperCase(text.charAt(end + 1))) {
        continue;
      }
      int start = -1;
      int w = at;
      for (int words = 0; words < 2; words++) {
        int s0 = letterWordStart(text, w);
        if (s0 == w || !Character.isUpperCase(text.charAt(s0))) {
          break;
        }
        start = s0;
        if (s0 < 2 || text.charAt(s0 - 1) != ' ') {
          break;
        }
        w = s0 - 1;
      }
      int s1 = start;
      int e1 = end;
      if (s1 < 0
          || EntityRecognizer.isSentenceWord(
              text.substring(s1, nameWordEnd(text, s1)).toLowerCase(Locale.ROOT))
          || crossed(out == null ? found : out, s1, e1, f -> false)) {
        continue;
      }
      out = placed(found, out, s1, e1, "LOC");
    }
    return sortedOr(found, out);
  }

  /**
   * A party's name the model ended before "of" and its country holds the country: "the Democratic
   * Party of Ivory Coast", "the Communist Party of Vietnam" (a party's head, capitalised, right
   * before "of"). {@code isCountry}: a country's name.
   */
  static List<Mention> partiesOfCountries(
      String text, List<Mention> found, Predicate<String> isCountry) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int head = text.lastIndexOf(' ', m.end() - 1) + 1;
      if (!m.type().equals("ORG")
          || head <= m.start()
          || !Character.isUpperCase(text.charAt(head))
          || !EntityRecognizer.isPoliticalHead(
              text.substring(head, m.end()).toLowerCase(Locale.ROOT))) {
        continue;
      }
      int end = countryAfter(text, found, i, " of ", isCountry);
      if (end > 0) {
        out = runOn(found, out, i, m.end() + 4, end);
      }
    }
    return out == null ? found : out;
  }

  /**
   * Where a country's name right after the {@code i}-th mention and {@code connector} ends, the
   * name ending there (no longer name after it, none the mention after crosses); else -1.
   */
  private static int countryAfter(
      String text, List<Mention> found, int i, String connector, Predicate<String> isCountry) {
    Mention m = found.get(i);
    int c = m.end() + connector.length();
    if (!text.startsWith(connector, m.end())
        || c >= text.length()
        || !Character.isUpperCase(text.charAt(c))) {
      return -1;
    }
    int end = countryEnd(text, c, isCountry);
    return end < 0
            || end < text.length() && Character.isLetterOrDigit(text.charAt(end))
            || crossedAfter(found, i, end)
        ? -1
        : end;
  }

  /**
   * A body the model read up to the first word of a country named with "and" ("the European Union
   * Force in Bosnia" of "... in Bosnia and Herzegovina") takes the whole country: else the country,
   * which the lists name, crosses the body and only the country is kept.
   */
  static List<Mention> bodiesInCountriesWhole(
      String text, List<Mention> found, Predicate<String> isCountry) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!m.type().equals("ORG") || !text.startsWith(" and ", m.end())) {
        continue;
      }
      int in = Math.max(within(text, " in ", m), within(text, " of ", m));
      int e = nameWordEnd(text, m.end() + 5);
      if (in < 0
          || e <= m.end() + 5
          || !Character.isUpperCase(text.charAt(m.end() + 5))
          || !isCountry.test(text.substring(in + 4, e))) {
        continue;
      }
      out = placed(found, out, m.start(), e, "ORG");
    }
    return sortedOr(found, out);
  }

  /**
   * A body named after a group's noun goes on over "for" and a country ("the ruling coalition Unity
   * for Chile", read as "Unity" and the country): a coalition's, a party's or a movement's name for
   * its country; not without the noun ("a loan from the IMF for Ukraine").
   */
  static List<Mention> bodiesForCountries(
      String text, List<Mention> found, Predicate<String> isCountry) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!m.type().equals("ORG") || m.start() < 3 || text.charAt(m.start() - 1) != ' ') {
        continue;
      }
      int w = letterWordStart(text, m.start() - 1);
      String noun = text.substring(w, m.start() - 1);
      if (!(GROUP_NOUNS.contains(noun) || BODY_NOUNS.contains(noun))) {
        continue;
      }
      int end = countryAfter(text, found, i, " for ", isCountry);
      if (end > 0) {
        out = placed(found, out, m.start(), end, "ORG");
      }
    }
    return sortedOr(found, out);
  }

  /** Where a country's name of one to three capitalised words from {@code c} ends, or -1. */
  private static int countryEnd(String text, int c, Predicate<String> isCountry) {
    int end = -1;
    int w = c;
    for (int words = 0; words < 3 && w < text.length(); words++) {
      int e = w;
      while (e < text.length() && Character.isLetter(text.charAt(e))) {
        e++;
      }
      if (e == w || !Character.isUpperCase(text.charAt(w))) {
        break;
      }
      if (isCountry.test(text.substring(c, e))) {
        end = e;
      }
      if (e >= text.length() || text.charAt(e) != ' ') {
        break;
      }
      w = e + 1;
    }
    return end;
  }

  /** Whether a verb a company's unit does ("said", "raised", "'s") follows {@code end}. */
  private static boolean unitVerbAt(String text, int end) {
    return text.startsWith("'s ", end) || verbAfterSpace(text, end, COUNTRY_UNIT_VERBS);
  }

  private static final List<String> COUNTRY_UNIT_VERBS =
      List.of(
          "said ",
          "is ",
          "was ",
          "are ",
          "were ",
          "have ",
          "says ",
          "raised ",
          "cut ",
          "reported ",
          "posted ",
          "announced ",
          "plans ",
          "launched ",
          "increased ",
          "reduced ",
          "introduced ",
          "recorded ",
          "signed ",
          "paid ",
          "has ",
          "had ",
          "will ",
          "would ",
          // a listed unit's shares: "shares of MTN Ghana rose 2 percent"
          "rose ",
          "fell ",
          "gained ",
          "jumped ",
          "slipped ",
          "climbed ");

  private static final List<String> TELLING =
      List.of("told ", "tells ", "telling ", "told the ", "asked ", "informed ", "according to ");

  /**
   * One word before "mayor" or "governor" and a name is the place the office serves ("former Bamban
   * mayor Alice Guo", "Cebu governor Pam Baricuatro"), which the model may read as a person or a
   * body; not a listed given name; so is a listed place of more words ("Sao Paulo governor Tarcisio
   * de Freitas"). {@code isGivenName}: a listed given name; {@code isPlace}: a listed place.
   */
  static List<Mention> placesBeforeLocalOffices(
      String text, List<Mention> found, Predicate<String> isGivenName, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      int office = m.end() + 1;
      if (!(text.startsWith(" mayor ", m.end()) || text.startsWith(" governor ", m.end()))
          || m.type().equals("LOC")
          || within(text, " ", m) >= 0 && !isPlace.test(text.substring(m.start(), m.end()))) {
        continue;
      }
      int name = text.indexOf(' ', office) + 1;
      if (name >= text.length()
          || !Character.isUpperCase(text.charAt(name))
          || isGivenName.test(text.substring(m.start(), m.end()))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      out.set(i, new Mention(m.start(), m.end(), "LOC"));
    }
    return out == null ? found : out;
  }

  /**
   * A building or monument after a preposition of place and "the" is a place, though the model read
   * nothing there: one to three capitalised words ending in a building's head (kb/recognizer.tsv
   * building-head: "outside the Freedom Monument", "at the Hassan II Mosque"); what was read inside
   * is its part.
   */
  static List<Mention> buildingsNamed(String text, List<Mention> found) {
    List<Mention> out = null;
    // the words after spaces that open with a capital, walked once, not the text once per head
    for (int at : capitalsAfterSpaces(text)) {
      char initial = text.charAt(at);
      if (initial < 'A' || initial > 'Z' || BUILDING_HEADS_BY_INITIAL[initial - 'A'] == null) {
        continue;
      }
      for (String head : BUILDING_HEADS_BY_INITIAL[initial - 'A']) {
        int end = at + head.length();
        if (!text.startsWith(head, at)
            || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
          continue;
        }
        // the capitalised words before the head, three at most, after "the"
        int start = at;
        int words = 0;
        while (words < 3 && start >= 2) {
          int wordStart = text.lastIndexOf(' ', start - 2) + 1;
          char c = text.charAt(wordStart);
          if (!(Character.isUpperCase(c) || Character.isDigit(c))
              || wordStart == start - 1
              || text.startsWith("The ", wordStart)) {
            break;
          }
          start = wordStart;
          words++;
        }
        if (words == 0
            || !endsAt(text, start, "the ")
            || !BUILDING_PLACE_BEFORE.matcher(text).region(Math.max(0, start - 20), start).find()) {
          continue;
        }
        List<Mention> current = out == null ? found : out;
        int s0 = start;
        if (crossed(current, s0, end, f -> true)) {
          continue; // what the model or a rule read across its edge stands
        }
        // a part read inside is the building's ("at the Coolidge Cricket Ground": Coolidge a
        // person)
        out = placed(found, out, s0, end, "LOC");
      }
    }
    return sortedOr(found, out);
  }

  private static final List<String> BUILDING_HEADS_CAPITALISED =
      EntityRecognizer.wordList("building-head").stream()
          .map(h -> Character.toUpperCase(h.charAt(0)) + h.substring(1))
          .sorted()
          .toList();

  /** {@link #BUILDING_HEADS_CAPITALISED} by first letter (A to Z), null for a letter none has. */
  private static final String[][] BUILDING_HEADS_BY_INITIAL = byInitial(BUILDING_HEADS_CAPITALISED);

  private static String[][] byInitial(List<String> words) {
    String[][] out = new String[26][];
    for (char c = 'A'; c <= 'Z'; c++) {
      char initial = c;
      String[] these = words.stream().filter(w -> w.charAt(0) == initial).toArray(String[]::new);
      out[c - 'A'] = these.length == 0 ? null : these;
    }
    return out;
  }

  /** A preposition of place and "the" before a building's name ("outside the", "at the"). */
  static final Pattern BUILDING_PLACE_BEFORE =
      Pattern.compile("\\b(?:at|in|from|to|outside|inside|near|into|towards?) the $");

  /**
   * A "body" of two or three capitalised words the report refers to as "who", "he" or "she" is a
   * person: "Rixi Moncada of the ruling Libre party said she would not accept", "Juan Perez, who
   * leads the union". Not a name ending in a body's head, and not one with a word in capitals.
   */
  static List<Mention> peopleByPronoun(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!m.type().equals("ORG") || !personalAfter(text, m.end())) {
        continue;
      }
      if (!personShaped(text, m, w -> false) || noSubject(text, m.start())) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      out.set(i, new Mention(m.start(), m.end(), "PER"));
    }
    return out == null ? found : out;
  }

  /**
   * Two or three capitalised words in apposition after a role written in lower case ("Their leader,
   * Edison Vargas, told", "The fund's mission chief, Constant Lonkeng, is due") are a person when
   * the first is a given name on our lists: whatever the model read there (a firm's name for
   * "Edison"), or if it read nothing (a given name that is an English word). Not a name with a
   * body's head or a word in capitals, nor one something else was read across.
   */
  static List<Mention> peopleAfterRoles(
      String text, List<Mention> found, Predicate<String> isGivenName) {
    List<Mention> out = null;
    for (int c = text.indexOf(", "); c > 0; c = text.indexOf(", ", c + 2)) {
      int w = c;
      while (w > 0 && Character.isLowerCase(text.charAt(w - 1))) {
        w--;
      }
      if (c - w < 3
          || w > 0 && Character.isLetter(text.charAt(w - 1))
          || !EntityRecognizer.mayBeTitle(text, w, c)
          || !EntityRecognizer.isTitle(text.substring(w, c))) {
        continue; // most commas follow no role: turned away without a string made
      }
      int s0 = c + 2;
      int e0 = s0;
      int words = 0;
      boolean plain = true;
      for (int at = s0;
          words < 3 && at < text.length() && Character.isUpperCase(text.charAt(at)); ) {
        int e = nameWordEnd(text, at);
        String word = text.substring(at, e);
        plain &=
            e - at > 1
                && !word.equals(word.toUpperCase(Locale.ROOT))
                && !EntityRecognizer.isOrgHead(word.toLowerCase(Locale.ROOT));
        words++;
        e0 = e;
        if (!text.startsWith(" ", e)) {
          break;
        }
        at = e + 1;
      }
      if (words < 2
          || !plain
          || !text.startsWith(",", e0)
          || !isGivenName.test(text.substring(s0, nameWordEnd(text, s0)))) {
        continue;
      }
      int start = s0;
      int end = e0;
      List<Mention> current = out == null ? found : out;
      if (current.contains(new Mention(start, end, "PER"))
          || crossed(current, start, end, f -> true)) {
        continue;
      }
      out = placed(found, out, start, end, "PER");
    }
    return sortedOr(found, out);
  }

  /**
   * Whether ", who" or "said he" or "said she" follows {@code end}, right after it or after "of
   * the" and a body's name of up to five words.
   */
  private static boolean personalAfter(String text, int end) {
    if (text.startsWith(", who ", end) || saidPersonally(text, end)) {
      return true;
    }
    if (!text.startsWith(" of the ", end)) {
      return false;
    }
    int at = end + 8;
    for (int words = 0; words < 5; words++) {
      int space = text.indexOf(' ', at);
      if (space < 0 || text.charAt(space - 1) == ',' || text.charAt(space - 1) == '.') {
        return false;
      }
      if (saidPersonally(text, space)) {
        return true;
      }
      at = space + 1;
    }
    return false;
  }

  private static boolean saidPersonally(String text, int end) {
    return text.startsWith(" said he ", end) || text.startsWith(" said she ", end);
  }

  /**
   * A "body" of two or three capitalised words that scores runs or takes wickets is a cricketer:
   * "Kusal Mendis scored 91 as Sri Lanka beat Zimbabwe", "with Pathum Nissanka hitting 89",
   * "Wanindu Hasaranga took four wickets", "Sahibzada Farhan top-scored for Pakistan with 57". Not
   * a name with a listed place or a country in it (Mumbai Indians, Rajasthan Royals scored 180),
   * nor one ending in a body's head. {@code isPlace}: a listed place or a country.
   */
  static List<Mention> cricketers(String text, List<Mention> found, Predicate<String> isPlace) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!m.type().equals("ORG") || !inningsAfter(text, m.end())) {
        continue;
      }
      if (!personShaped(text, m, isPlace) || isPlace.test(text.substring(m.start(), m.end()))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      out.set(i, new Mention(m.start(), m.end(), "PER"));
    }
    return out == null ? found : out;
  }

  /**
   * Whether a mention is shaped as a person's name: two or three words, each a capital and lower
   * case, none {@code excluded}, the last no body's head ("Kusal Mendis", not "Mumbai Indians" when
   * Mumbai is excluded, not "Olzha Agro").
   */
  private static boolean personShaped(String text, Mention m, Predicate<String> excluded) {
    String[] words = text.substring(m.start(), m.end()).split(" ");
    if (words.length < 2 || words.length > 3) {
      return false;
    }
    for (String w : words) {
      if (w.length() < 2
          || !Character.isUpperCase(w.charAt(0))
          || !w.chars().skip(1).allMatch(Character::isLowerCase)
          || excluded.test(w)) {
        return false;
      }
    }
    return !EntityRecognizer.isOrgHead(words[words.length - 1].toLowerCase(Locale.ROOT));
  }

  /** Whether a batsman's score or a bowler's wickets follow {@code end}. */
  private static boolean inningsAfter(String text, int end) {
    // the verbs first, without a matcher: most bodies are followed by none of them
    if (!(text.startsWith(" scored ", end)
        || text.startsWith(" made ", end)
        || text.startsWith(" hit ", end)
        || text.startsWith(" smashed ", end)
        || text.startsWith(" hitting ", end)
        || text.startsWith(" scoring ", end)
        || text.startsWith(" top-scored ", end)
        || text.startsWith(" took ", end))) {
      return false;
    }
    return BATTING_OR_BOWLING
        .matcher(text)
        .region(end, Math.min(text.length(), end + 40))
        .lookingAt();
  }

  private static final Pattern BATTING_OR_BOWLING =
      Pattern.compile(
          " (?:scored|made|hit|smashed|hitting|scoring) \\d{1,3}(?:\\*| not out)?(?= as | runs| off | from | before |,|\\.| and )"
              + "| took (?:\\d|one|two|three|four|five|six|seven|eight|nine|ten) (?:wickets?|for \\d)"
              // "Sahibzada Farhan top-scored for Pakistan with 57"
              + "| top-scored (?:for [^,.\\n]{1,40} )?with \\d{1,3}\\b");

  /** Whether " said" (and when) and "it" with a verb of what a body does follow {@code end}. */
  private static boolean itAfterSaid(String text, int end) {
    if (!text.startsWith(" said ", end)) {
      return false;
    }
    int at = end + 6;
    for (String when : SAID_WHEN) {
      if (text.startsWith(when, at)) {
        at += when.length();
        break;
      }
    }
    if (!text.startsWith("it ", at)) {
      return false;
    }
    return startsWithAny(text, at + 3, BODY_MODALS);
  }

  /**
   * Whether a verb of a firm's figures and "its" follow {@code end}: "Sonatel raised its dividend",
   * "Batelco cut its forecast" (a person's would be "his" or "her").
   */
  private static boolean itsAfter(String text, int end) {
    if (end + 9 >= text.length() || text.charAt(end) != ' ') {
      return false;
    }
    int verbEnd = text.indexOf(' ', end + 1);
    return verbEnd > end + 1
        && text.startsWith(" its ", verbEnd)
        && ITS_VERBS.contains(text.substring(end + 1, verbEnd));
  }

  private static final Set<String> ITS_VERBS =
      WordSet.of(
          "raised",
          "cut",
          "kept",
          "lowered",
          "increased",
          "reduced",
          "doubled",
          "halved",
          "posted",
          "reported",
          "shut",
          "closed",
          "opened",
          "suspended",
          "resumed",
          "expanded");

  /**
   * What follows a body and no person: "Warisan, led by former chief minister Shafie Apdal",
   * "Dynagas, run by George Prokopiou".
   */
  private static final List<String> LED_AFTER =
      List.of(
          ", led by ",
          ", headed by ",
          ", founded by ",
          ", chaired by ",
          ", run by ",
          ", owned by ",
          ", controlled by ");

  /** Whether ", which" and a verb of what a firm does follow {@code end}. */
  private static boolean whichAfter(String text, int end) {
    return text.startsWith(", which ", end) && startsWithAny(text, end + 8, FIRM_VERBS);
  }

  /**
   * Whether a name at {@code start} is no sentence's subject but a longer one's part ("led by X",
   * "the minister of X"); a clause's "and" after a comma opens a subject ("..., and X said").
   */
  private static boolean noSubject(String text, int start) {
    return anyBefore(text, start, NOT_A_SUBJECT) && !endsAt(text, start, ", and ");
  }

  /** Words after which a name is no sentence's subject: a longer one's part. */
  private static final List<String> NOT_A_SUBJECT =
      List.of("by ", "of ", "with ", "for ", "from ", "to ", "and ", "under ", "like ");

  private static final List<String> SAID_WHEN =
      List.of(
          "on Monday ",
          "on Tuesday ",
          "on Wednesday ",
          "on Thursday ",
          "on Friday ",
          "on Saturday ",
          "on Sunday ",
          "in a statement ",
          "last week ",
          "this week ",
          "on its website ");

  private static final List<String> BODY_MODALS =
      List.of(
          "would ",
          "will ",
          "had ",
          "has ",
          "plans ",
          "planned ",
          "expects ",
          "expected ",
          "intends ",
          "aims ",
          "hoped ",
          "hopes ",
          "could ",
          "did not ",
          "does not ",
          "is planning ");

  private static final List<String> FIRM_VERBS =
      List.of(
          "runs ",
          "owns ",
          "operates ",
          "makes ",
          "produces ",
          "builds ",
          "controls ",
          "supplies ",
          "employs ",
          "sells ",
          "manages ",
          "mines ",
          "exports ",
          "is owned ",
          "is controlled ",
          "is listed ",
          "is based ");

  /**
   * A body's short form made of its words' first syllables, in brackets after its name ("Aluminium
   * Bahrain (Alba)", "Petroleo Brasileiro SA (Petrobras)", "Arabian American Oil Company
   * (Aramco)"): the name and the short form are a body, whatever the model read in them (a person
   * "Aluminium", a place "Alba"). The short form opens with the name's first word and takes the
   * start of at least two of its words, in order; a name of given names alone ("Maria Luisa
   * (Malu)") is left.
   */
  static List<Mention> syllableShortForms(
      String text, List<Mention> found, Predicate<String> isGivenName) {
    List<Mention> out = null;
    for (int open = text.indexOf(" ("); open > 0; open = text.indexOf(" (", open + 2)) {
      int a = open + 2;
      int e = a + 1;
      while (e < text.length() && Character.isLowerCase(text.charAt(e))) {
        e++;
      }
      if (a >= text.length()
          || !Character.isUpperCase(text.charAt(a))
          || e - a < 3
          || e >= text.length()
          || text.charAt(e) != ')') {
        continue;
      }
      String shortForm = text.substring(a, e).toLowerCase(Locale.ROOT);
      // the name's words before the bracket, the farthest first: up to five
      List<Integer> starts = new ArrayList<>();
      int w = open;
      while (starts.size() < 5 && w > 0 && text.charAt(w - 1) != '\n') {
        int s0 = w;
        while (s0 > 0 && Character.isLetter(text.charAt(s0 - 1))) {
          s0--;
        }
        if (s0 == w || !(s0 == 0 || text.charAt(s0 - 1) == ' ')) {
          break;
        }
        starts.add(s0);
        w = s0 - 1;
      }
      for (int k = starts.size() - 1; k >= 1; k--) {
        int start = starts.get(k);
        if (!Character.isUpperCase(text.charAt(start))) {
          continue;
        }
        String[] words = text.substring(start, open).split(" ");
        boolean givenNamesAlone = true;
        for (int j = 0; j < words.length; j++) {
          givenNamesAlone &= isGivenName.test(words[j]);
          words[j] = words[j].toLowerCase(Locale.ROOT);
        }
        if (givenNamesAlone || !syllablesOf(shortForm, 0, words, 0, 0)) {
          continue;
        }
        out = placed(found, out, start, open, "ORG");
        out = placed(found, out, a, e, "ORG");
        break;
      }
    }
    return sortedOr(found, out);
  }

  /**
   * Whether {@code s} from {@code i} is made of the starts of {@code words} from {@code j}, in
   * order, the first of them {@code words[j]} when none was used yet, at least two used in all.
   */
  private static boolean syllablesOf(String s, int i, String[] words, int j, int used) {
    if (i == s.length()) {
      return used >= 2;
    }
    for (int k = j; k < words.length && (used > 0 || k == j); k++) {
      String word = words[k];
      for (int p = 1; p <= word.length() && i + p <= s.length(); p++) {
        if (word.charAt(p - 1) != s.charAt(i + p - 1)) {
          break;
        }
        if (syllablesOf(s, i + p, words, k + 1, used + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * An acronym between commas after a body's name is the body's ("The European Union Force in
   * Bosnia, EUFOR, said", "the Tunisian General Labour Union, the UGTT, said"), and the name takes
   * the place after "in" or "of" then: a body named with its acronym is named in full. The acronym
   * opens with the name's first letter.
   */
  static List<Mention> acronymsInApposition(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!m.type().equals("ORG")) {
        continue;
      }
      Mention next = i + 1 < found.size() ? found.get(i + 1) : null;
      int end = m.end();
      boolean placeAfter =
          next != null
              && next.type().equals("LOC")
              && next.start() == m.end() + 4
              && (text.startsWith(" in ", m.end()) || text.startsWith(" of ", m.end()));
      if (placeAfter) {
        end = next.end();
      }
      if (!text.startsWith(", ", end)) {
        continue;
      }
      int after = i + (placeAfter ? 2 : 1); // the first mention after the name
      // "the Tunisian General Labour Union, the UGTT, said"
      int a = text.startsWith(", the ", end) ? end + 6 : end + 2;
      int e = a;
      while (e < text.length() && e - a < 9 && text.charAt(e) >= 'A' && text.charAt(e) <= 'Z') {
        e++;
      }
      if (e - a < 2
          || e - a > 8
          || e >= text.length()
          || text.charAt(e) != ','
          || !acronymOfName(text, a, e, m.start(), end)
          || after < found.size() && found.get(after).start() < e) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(found);
      }
      if (placeAfter) {
        out.remove(next);
        out.set(out.indexOf(m), new Mention(m.start(), end, "ORG"));
      }
      out.add(new Mention(a, e, "ORG"));
    }
    return sortedOr(found, out);
  }

  /**
   * Whether the acronym at [a, e) may stand for the name at [start, end): it opens with the name's
   * first letter (EUFOR, European Union Force), or each of its letters opens a word of the name, in
   * any order, as a name given in English for a body's own-language acronym (ICE, the Costa Rican
   * Electricity Institute).
   */
  private static boolean acronymOfName(String text, int a, int e, int start, int end) {
    if (text.charAt(a) == Character.toUpperCase(text.charAt(start))) {
      return true;
    }
    for (int k = a; k < e; k++) {
      char c = text.charAt(k);
      boolean found = false;
      for (int w = start; w < end && !found; w++) {
        found = (w == start || text.charAt(w - 1) == ' ') && text.charAt(w) == c;
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /**
   * A site the model read without its first words is whole: the capitalised words before a place
   * that a site's noun follows ("Freeport-McMoRan's Cerro Verde mine" read as "Verde"), up to two,
   * none a sentence's word or part of another name.
   */
  static List<Mention> sitesWhole(String text, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!m.type().equals("LOC") || !siteAfter(text, m.end())) {
        continue;
      }
      int start = m.start();
      int previousEnd = i > 0 ? found.get(i - 1).end() : -1;
      for (int words = 0; words < 2 && start >= 2 && text.charAt(start - 1) == ' '; words++) {
        int ws = start - 1;
        while (ws > 0 && Character.isLetter(text.charAt(ws - 1))) {
          ws--;
        }
        if (ws == start - 1
            || !Character.isUpperCase(text.charAt(ws))
            || ws > 0 && text.charAt(ws - 1) != ' ' && text.charAt(ws - 1) != '\n'
            || previousEnd > ws
            || EntityRecognizer.isSentenceWord(
                text.substring(ws, start - 1).toLowerCase(Locale.ROOT))
            || FUNCTION_WORDS.contains(text.substring(ws, start - 1).toLowerCase(Locale.ROOT))) {
          break;
        }
        start = ws;
      }
      if (start < m.start()) {
        if (out == null) {
          out = new ArrayList<>(found);
        }
        out.set(i, new Mention(start, m.end(), "LOC"));
      }
    }
    return out == null ? found : out;
  }

  /**
   * Whether text[start, end) is two or three capitalised words, no "of" between, the last a place's
   * head (kb/recognizer.tsv place-head: Sea, Coast, Valley).
   */
  private static boolean naturalPlaceName(String text, int start, int end) {
    int last = text.lastIndexOf(' ', end - 1);
    if (last <= start || end - last > 13) {
      return false;
    }
    int spaces = 0;
    for (int k = start; k < end; k++) {
      spaces += text.charAt(k) == ' ' ? 1 : 0;
    }
    return spaces <= 2
        && allWordsCapitalised(text, start, end)
        && EntityRecognizer.isPlaceHead(text.substring(last + 1, end).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether ", the" and at most five lower-case or possessive words ending in a site's noun, then a
   * comma or a period, follow {@code end} (", the world's biggest copper mine,").
   */
  static boolean siteAppositive(String text, int end) {
    if (!text.startsWith(", the ", end)) {
      return false;
    }
    int stop = end + 6;
    int limit = Math.min(text.length(), end + 64);
    while (stop < limit && text.charAt(stop) != ',' && text.charAt(stop) != '.') {
      char c = text.charAt(stop);
      if (Character.isUpperCase(c) || Character.isDigit(c) || c == '\n') {
        return false;
      }
      stop++;
    }
    if (stop >= limit) {
      return false;
    }
    String phrase = text.substring(end + 6, stop);
    if (phrase.split(" ").length > 6) {
      return false;
    }
    for (String noun : SITE_NOUNS) {
      if (phrase.endsWith(" " + noun) || phrase.equals(noun)) {
        return true;
      }
    }
    return false;
  }

  /** The mention's last word, lower case. */
  static String lastWordLower(String text, Mention m) {
    int space = text.lastIndexOf(' ', m.end() - 1);
    return text.substring(Math.max(space + 1, m.start()), m.end()).toLowerCase(Locale.ROOT);
  }

  /** A site's noun after a name: an oilfield, a gas field, a mine (of a metal), a dam. */
  private static final List<String> SITE_NOUNS =
      List.of(
          "mine",
          "oilfield",
          "field",
          "oil field",
          "gas field",
          "oilfields",
          "oil fields",
          "gas fields",
          "oil project",
          "gas project",
          "barracks",
          "dam",
          "reservoir",
          "pipeline",
          "power plant",
          "power station",
          "nuclear plant",
          "thermoelectric plant",
          "prison",
          "jail",
          "deposit",
          "smelter",
          "project",
          "fields",
          "mines",
          "terminal",
          "complex");

  /** Where a site lies, said before its noun: "the Bonga deepwater field". */
  private static final List<String> SITE_SETTINGS =
      List.of(
          "deepwater",
          "offshore",
          "onshore",
          "underground",
          "open-pit",
          "opencast",
          "nuclear",
          "coal-fired",
          "gas-fired",
          "hydroelectric",
          "hydropower",
          "military");

  /**
   * Whether a site's noun follows {@code end} within 36 characters, after a space, a setting and a
   * mined word, each optional ("Bonga deepwater field", "Cobre Panama copper mine"). Read word by
   * word: a pattern of the three alternations cost more to set up per name than to match.
   */
  static boolean siteAfter(String text, int end) {
    if (!siteWordAfter(text, end)) {
      return false;
    }
    int limit = Math.min(text.length(), end + 36);
    int p = end + 1;
    if (minedThenSiteNoun(text, p, limit)) {
      return true;
    }
    for (String s : SITE_SETTINGS) {
      if (wordThenSpace(text, p, s, limit) && minedThenSiteNoun(text, p + s.length() + 1, limit)) {
        return true;
      }
    }
    return false;
  }

  /** A site's noun at {@code p}, a mined word and a space before it or not. */
  private static boolean minedThenSiteNoun(String text, int p, int limit) {
    if (siteNounAt(text, p, limit)) {
      return true;
    }
    for (String m : EntityRecognizer.MINED) {
      if (wordThenSpace(text, p, m, limit) && siteNounAt(text, p + m.length() + 1, limit)) {
        return true;
      }
    }
    return false;
  }

  private static boolean wordThenSpace(String text, int p, String w, int limit) {
    int after = p + w.length();
    return after < limit && text.charAt(after) == ' ' && text.startsWith(w, p);
  }

  /** One of {@link #SITE_NOUNS} at {@code p}, ending a word by {@code limit}. */
  private static boolean siteNounAt(String text, int p, int limit) {
    for (String n : SITE_NOUNS) {
      int q = p + n.length();
      if (q <= limit && text.startsWith(n, p) && (q == limit || !regexWordChar(text.charAt(q)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A character a pattern's {@code \b} counts as a word's (letters, digits, '_', joining marks).
   */
  private static boolean regexWordChar(char c) {
    return c == '_'
        || Character.isLetterOrDigit(c)
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /**
   * Whether the word after {@code end} and one space opens {@link #siteAfter}'s words (a metal,
   * mine, oil, gas, oilfield): the pattern is tried only then, as most names are followed by other
   * words.
   */
  private static boolean siteWordAfter(String text, int end) {
    int from = end + 1;
    if (from >= text.length() || text.charAt(end) != ' ') {
      return false;
    }
    int to = asciiLowerWordEnd(text, from);
    for (String w : SITE_FIRST_WORDS) {
      if (w.length() == to - from && text.startsWith(w, from)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> SITE_FIRST_WORDS =
      Stream.concat(
              Stream.concat(SITE_NOUNS.stream().map(w -> w.split(" ")[0]), SITE_SETTINGS.stream()),
              EntityRecognizer.MINED_FIRST_WORDS.stream())
          .distinct()
          .toList();

  /**
   * Whether a company noun ends one space before {@code start} ("party Chadema"), after a space or
   * the text's start.
   */
  private static boolean companyNounBefore(String text, int start) {
    return start >= 1 && text.charAt(start - 1) == ' ' && companyNounEndingAt(text, start - 1);
  }

  /** Whether a company noun in lower case ends at {@code end} (exclusive), a word of its own. */
  private static boolean companyNounEndingAt(String text, int end) {
    String word = lowerWordEndingAt(text, end);
    return word != null && EntityRecognizer.isCompanyNoun(word);
  }

  /**
   * The word of letters ending at {@code end} in a lower-case letter, after a space or the text's
   * start ("the institute"); else null.
   */
  private static String lowerWordEndingAt(String text, int end) {
    if (end < 1 || !Character.isLowerCase(text.charAt(end - 1))) {
      return null;
    }
    int w = end - 1;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return w == 0 || text.charAt(w - 1) == ' ' ? text.substring(w, end) : null;
  }

  /** Last words that make a name the model calls a place a body (kb/recognizer.tsv). */
  private static final Set<String> BODY_HEADS = EntityRecognizer.wordList("body-head");

  /**
   * An organisation without "on Thursday" at its end ("the Washington Redskins on Thursday"): "on"
   * and a day or a month are when, never more of a name. A day alone may end one (the Sunday
   * Times).
   */
  static Mention withoutWhen(String text, Mention m) {
    int lastSpace = text.lastIndexOf(' ', m.end() - 1);
    if (lastSpace - 3 <= m.start()
        || !text.startsWith(" on", lastSpace - 3)
        || !dateWord(text, lastSpace + 1, m.end())) {
      return m;
    }
    return new Mention(m.start(), lastSpace - 3, m.type());
  }

  /**
   * A place or a person without "in" and a month or a weekday after it, which say when ("signed in
   * Washington in June"; the model read the three words as one place).
   */
  static Mention withoutInMonth(String text, Mention m) {
    int lastSpace = text.lastIndexOf(' ', m.end() - 1);
    if (lastSpace - 3 <= m.start() || !text.startsWith(" in", lastSpace - 3)) {
      return m;
    }
    String w = text.substring(lastSpace + 1, m.end()).toLowerCase(Locale.ROOT);
    return MONTHS.contains(w) || EntityRecognizer.WEEKDAYS.contains(w)
        ? new Mention(m.start(), lastSpace - 3, m.type())
        : m;
  }

  /** The mention without the day and month words at its ends; null when nothing else is left. */
  static Mention withoutDates(String text, Mention m) {
    Span s = withoutDates(text, new Span(m.start(), m.end()));
    if (s == null) {
      return null;
    }
    return s.getStart() == m.start() && s.getEnd() == m.end()
        ? m
        : new Mention(s.getStart(), s.getEnd(), m.type());
  }

  /** The span without the day and month words at its ends; null when nothing else is left. */
  static Span withoutDates(String text, Span s) {
    int start = s.getStart();
    int end = s.getEnd();
    boolean cut = true;
    while (cut && start < end) {
      cut = false;
      int firstSpace = text.indexOf(' ', start);
      int firstEnd = firstSpace < 0 || firstSpace >= end ? end : firstSpace;
      if (dateWord(text, start, firstEnd)) {
        start = Math.min(end, firstEnd + 1);
        cut = true;
        continue;
      }
      int lastSpace = text.lastIndexOf(' ', end - 1);
      int lastStart = lastSpace < start ? start : lastSpace + 1;
      if (dateWord(text, lastStart, end)) {
        end = Math.max(start, lastSpace < start ? start : lastSpace);
        cut = true;
      }
    }
    if (start >= end) {
      return null;
    }
    return start == s.getStart() && end == s.getEnd() ? s : new Span(start, end);
  }

  /** Whether [start, end) is a day's or a month's name; most words are turned away unread. */
  private static boolean dateWord(String text, int start, int end) {
    int length = end - start;
    if (length < 4 || length > 9 || "MTWFSJONDmtwfsjond".indexOf(text.charAt(start)) < 0) {
      return false;
    }
    for (String d : DATE_WORDS) {
      if (d.length() == length && text.regionMatches(true, start, d, 0, length)) {
        return true;
      }
    }
    return false;
  }

  /** Adjectives of faiths and creeds the model reads as places inside longer names. */
  private static final Set<String> FAITH_ADJECTIVES = EntityRecognizer.wordList("faith-adjective");

  /** Software that tech pages name as the model reads people's and places' names. */
  private static final Set<String> SOFTWARE = EntityRecognizer.wordList("software");

  /** The last words of pacts' names. */
  private static final List<String> PACTS =
      List.of(" Agreement", " Accord", " Accords", " Treaty", " Protocol", " Convention");

  /** The labels of a recipe's card, which read as names. */
  private static final Set<String> RECIPE_LABELS =
      WordSet.of("Prep Time", "Cook Time", "Total Time", "Percent Daily Values", "Daily Values");

  /** Parties' adjectives, which stand before a lower-case noun as no body's name. */
  private static final Set<String> PARTY_ADJECTIVES = WordSet.of("Democratic", "Republican");

  /** Trophies and prizes a title may name ("the Crown Prince Cup", "the King's Trophy"). */
  private static final Set<String> PRIZE_WORDS =
      WordSet.of(
          "Cup", "Trophy", "Prize", "Award", "Medal", "Shield", "Championship", "Tournament");

  /**
   * Whether text[start, end) is a credit rating's grade (AAA to C, one to three of one letter)
   * written with its notch, a plus or a minus ("CCC-", "BBB+"): no body's name ends so.
   */
  private static boolean ratingGrade(String text, int start, int end) {
    int n = end - start;
    char c = text.charAt(start);
    if (n > 3 || c < 'A' || c > 'C' || end >= text.length()) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (text.charAt(i) != c) {
        return false;
      }
    }
    char notch = text.charAt(end);
    return (notch == '+' || notch == '-')
        && (end + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 1)));
  }

  /**
   * Whether [start, end) can be no name: no letter; letters of a cased script but no capital
   * ("54-year-old"), unless a handle or hashtag; the letters of a code ("Omicron BA.2"); a function
   * word ("The", "I"); a title alone ("Judge"; an honorific whatever its type: "the Honourable
   * Premier"); part of an e-mail address or a web address; a thing's acronym as a body ("TV",
   * "SMS"); a pronoun's contraction ("I'll").
   */
  static boolean junk(String text, int start, int end, String type) {
    boolean letter = false;
    boolean lower = false;
    boolean upper = false;
    int hyphen = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < 128) { // ASCII without the Unicode tables: every mention's characters pass here
        if (c >= 'a' && c <= 'z') {
          letter = true;
          lower = true;
        } else if (c >= 'A' && c <= 'Z') {
          letter = true;
          upper = true;
        } else if (c == '-') {
          hyphen = i;
        }
      } else if (Character.isLetter(c)) {
        letter = true;
        lower |= Character.isLowerCase(c);
        upper |= Character.isUpperCase(c) || Character.isTitleCase(c);
      }
    }
    if ((!letter || lower && !upper) && !handle(text, start)) {
      return true; // a handle or a hashtag names what it tags (#belfast; "@" where data hide one)
    }
    int length = end - start;
    int space = text.indexOf(' ', start);
    boolean oneWord = space < 0 || space >= end;
    // one short word's text and lower case, made once for the lists below
    String surface = oneWord && length <= 16 ? text.substring(start, end) : null;
    String lowerCased = surface == null ? null : surface.toLowerCase(Locale.ROOT);
    if (oneWord && (length <= 5 || type.equals("PER") && length <= 16)) { // the longest listed
      if (FUNCTION_WORDS.contains(lowerCased)
          && (surface.equals(lowerCased) || surface.substring(1).equals(lowerCased.substring(1)))) {
        return true;
      }
      if (type.equals("PER")
          && EntityRecognizer.isTitle(lowerCased.replace(".", ""))
          && !surnameBefore(text, start, end)) {
        return true;
      }
    }
    if (surface != null
        && length <= 7
        && (THING_ACRONYMS.contains(surface)
            // the pattern only where an apostrophe is (junk sees every mention, many times)
            || (surface.indexOf('\'') > 0 || surface.indexOf('\u2019') > 0)
                && CONTRACTION.matcher(surface).matches())) {
      return true; // "a two-hour TV special", "via SMS"; "I'll go ahead"
    }
    if (oneWord
        && hyphen > start
        && lowerAfter(text, hyphen + 1, end)
        && opensSentence(text, start)) {
      return true; // "Left-arm spinner Noor Ahmad", "Far-right groups": a capital only for the
      // sentence
    }
    if (oneWord
        && type.equals("PER")
        && lowerCased != null
        && EntityRecognizer.isOrgHead(lowerCased)
        && titleAfter(text, end)) {
      return true; // a body's office before a name: "Council president Cossette Lopez"
    }
    if (oneWord
        && lowerCased != null
        && start >= 4
        && text.startsWith(" of ", start - 4)
        && EntityRecognizer.isTitle(lowerCased)
        && EntityRecognizer.isTitle(wordBefore(text, start - 3).toLowerCase(Locale.ROOT))) {
      return true; // an office's second title: "Secretary of State for Wales", "Minister of State"
    }
    if (oneWord
        && type.equals("LOC")
        && end + 1 < text.length()
        && text.charAt(end) == ' '
        && Character.isUpperCase(text.charAt(end + 1))
        && surface != null
        && FAITH_ADJECTIVES.contains(surface)) {
      // an adjective cut from a longer name: "Leader of [Islamic] Revolution" (not "Pacific", which
      // a rule may join to "Gas & Electric")
      return true;
    }
    if (!oneWord && regionsAdjective(text, start, end)) {
      return true; // "the Central Asian country", "the West African bloc": an adjective (MISC)
    }
    if (oneWord && upper && !lower && ratingGrade(text, start, end)) {
      return true; // a credit rating: "cut the rating to CCC-", "rated BBB+"
    }
    if (oneWord && surface != null && !type.equals("ORG") && SOFTWARE.contains(surface)) {
      return true; // "install Python", "run Docker": software, no person and no place
    }
    if (!type.equals("ORG") && !oneWord && endsWithAny(text, end, PACTS)) {
      return true; // "the Paris Agreement", "the Kyoto Protocol": a pact (MISC), no place
    }
    if (length <= 20
        && (text.startsWith("Time", end - 4) || text.startsWith("Values", end - 6))
        && RECIPE_LABELS.contains(text.substring(start, end))) {
      return true; // a recipe card's labels: "Cook Time 20 minutes", "Percent Daily Values"
    }
    if (oneWord
        && surface != null
        && PARTY_ADJECTIVES.contains(surface)
        && end + 1 < text.length()
        && text.charAt(end) == ' '
        && Character.isLowerCase(text.charAt(end + 1))) {
      return true; // "Democratic senators": a party's adjective, no body
    }
    if (oneWord && type.equals("PER") && surface != null && PRIZE_WORDS.contains(surface)) {
      return true; // a title's trophy: "the final of the Crown Prince Cup" names no one
    }
    if (oneWord && type.equals("PER") && text.startsWith(" laureate", end)) {
      return true; // a prize's name: "Nobel laureate Muhammad Yunus"
    }
    if (end + 2 < text.length()
        && text.charAt(end) == ' '
        && Character.isDigit(text.charAt(end + 1))
        && MONTHS.contains(text.substring(start, end).toLowerCase(Locale.ROOT).replace(".", ""))) {
      return true; // a date: "ADDIS ABABA, Nov 3 (Reuters)"
    }
    for (String storm : STORMS) {
      if (start >= storm.length() && text.startsWith(storm, start - storm.length())) {
        return true; // a storm's name: "Hurricane Otis", "Typhoon Haiyan"
      }
    }
    if (titlesOnly(text, start, end, type)) {
      return true; // "Maj Gen" Mohammad Bagheri, "Gen" Qamar Bajwa read as an organisation
    }
    if (oneWord && length <= 10 && EntityRecognizer.isMatchWord(lowerCased)) {
      return true; // "Halftime 1-0", "Attendance 45,000"
    }
    if (oneWord && length <= 11 && EntityRecognizer.isHonorific(lowerCased.replace(".", ""))) {
      return true; // "the Honourable Premier", "Emperor Wilhelm II": the title is no name
    }
    if (end + 1 < text.length()
        && text.charAt(end) == '.'
        && Character.isDigit(text.charAt(end + 1))) {
      return true; // a code such as a virus variant (Omicron BA.2) or a version
    }
    return inAddress(text, start, end) || sportHeading(text, start, end);
  }

  /**
   * Whether a span of up to three words is titles only: no person ("Prime Minister", "Maj Gen"),
   * and, before a capitalised word, no name of any kind when its titles are abbreviated ranks or it
   * is one title that heads no organisation ("Gen" Qamar Bajwa, "Ombudsman" Iris Marin read as
   * organisations).
   */
  private static boolean titlesOnly(String text, int start, int end, String type) {
    int space = text.indexOf(' ', start);
    int firstEnd = space < 0 || space > end ? end : space;
    if (end - start > 30 || firstEnd - start > 14) {
      return false; // no title is longer; most names leave here
    }
    int titleEnd = firstEnd > start && text.charAt(firstEnd - 1) == '.' ? firstEnd - 1 : firstEnd;
    if (!EntityRecognizer.mayBeTitle(text, start, titleEnd)) {
      return false; // no title has the first word's length and first letter
    }
    String first = text.substring(start, firstEnd).toLowerCase(Locale.ROOT);
    if (!EntityRecognizer.isTitle(
        first.endsWith(".") ? first.substring(0, first.length() - 1) : first)) {
      return false;
    }
    String[] words = text.substring(start, end).toLowerCase(Locale.ROOT).split(" ");
    if (words.length > 3 || words.length == 1 && surnameBefore(text, start, end)) {
      return false;
    }
    boolean rankOrLoneTitle = true;
    for (String w : words) {
      String t = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
      if (!EntityRecognizer.isTitle(t)) {
        return false;
      }
      // one title that heads no organisation is no name before a name either ("Ombudsman Iris
      // Marin" read as an organisation); "Army", "State" may be
      rankOrLoneTitle &=
          !EntityRecognizer.isOrgHead(t)
              && (t.length() <= 4 && !t.equals("king") && !t.equals("pope") || words.length == 1);
    }
    return type.equals("PER")
        || rankOrLoneTitle
            && end + 1 < text.length()
            && text.charAt(end) == ' '
            && Character.isUpperCase(text.charAt(end + 1));
  }

  /** A region's compass word and a continent's adjective: "Central Asian", "West African". */
  private static final Pattern REGIONS_ADJECTIVE =
      Pattern.compile(
          "(?:Central|North|South|East|West|Southeast|Southwest|Northeast|Northwest|Southern"
              + "|Northern|Eastern|Western) (?:Asian|African|American|European)");

  /**
   * Whether [start, end) is exactly a region's adjective ({@link #REGIONS_ADJECTIVE}) before a
   * lower-case word: no name ("the Central Asian country", "a West African bloc").
   */
  private static boolean regionsAdjective(String text, int start, int end) {
    return end - start <= 18
        && end + 1 < text.length()
        && text.charAt(end) == ' '
        && Character.isLowerCase(text.charAt(end + 1))
        && REGIONS_ADJECTIVE.matcher(text).region(start, end).matches();
  }

  /**
   * Whether the one word at [start, end), a title ("Major", "Bishop"), ended a person's name
   * earlier in the text after a listed given name ("John Major ... Major said", "Julie Bishop ...
   * Bishop said"; not "Transport Minister ... Minister"): there it is the surname.
   */
  private static boolean surnameBefore(String text, int start, int end) {
    if (end - start < 4) {
      return false; // "Mr", "Mrs", "Gen": abbreviations, no surnames
    }
    String word = text.substring(start, end);
    for (int at = text.lastIndexOf(word, start - 1); at > 1; at = text.lastIndexOf(word, at - 1)) {
      int after = at + word.length();
      if (after < text.length() && Character.isLetter(text.charAt(after))) {
        continue;
      }
      String given = wordBefore(text, at);
      if (given.length() >= 2
          && Character.isUpperCase(given.charAt(0))
          && NerLexicon.shipped().isGivenName(given)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the span is a sport's name heading a wire headline ("RUGBY UNION - CUTTITTA BACK FOR
   * ITALY"): a topic, no organisation. Its words are the lexicon's sports (kb/recognizer.tsv).
   */
  private static boolean sportHeading(String text, int start, int end) {
    if (start > 0 && text.charAt(start - 1) != '\n' || !text.startsWith(" -", end)) {
      return false;
    }
    for (String w : text.substring(start, end).split(" ")) {
      if (!EntityRecognizer.isSport(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the span is a handle or a hashtag, or follows the sign of one ("@ timhudak"). */
  private static boolean handle(String text, int start) {
    char first = text.charAt(start);
    int before = start > 1 && text.charAt(start - 1) == ' ' ? start - 2 : start - 1;
    return first == '@'
        || first == '#'
        || before >= 0 && (text.charAt(before) == '@' || text.charAt(before) == '#');
  }

  /**
   * The entity with its mentions cut free of dates and its junk mentions dropped; null when none is
   * left.
   */
  static Entity cleaned(String text, Entity e) {
    String type = e.getType() == EntityType.PERSON ? "PER" : "OTHER";
    List<Span> kept = new ArrayList<>(e.getSpans().size());
    for (Span s0 : e.getSpans()) {
      Span s = e.getType() == EntityType.ORGANIZATION ? s0 : withoutDates(text, s0);
      if (s != null && !junk(text, s.getStart(), s.getEnd(), type)) {
        kept.add(s);
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    return sameSpans(kept, e.getSpans())
        ? e
        : Entity.newBuilder(e).setSpans(kept).setMentions(kept.size()).build();
  }

  /** Whether the span lies in an e-mail address or a web address. */
  private static boolean inAddress(String text, int start, int end) {
    int from = start;
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    int to = end;
    while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
      to++;
    }
    if (text.startsWith("www.", from)) {
      return true;
    }
    for (int i = from + 1; i < to; i++) {
      char c = text.charAt(i);
      if (c == '@' && Character.isLetterOrDigit(text.charAt(i - 1))
          || c == ':' && text.startsWith("//", i + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The entities of one text with the mentions of {@code movable} ones (those the model and the
   * context rules found, not the lists) settled against the whole text:
   *
   * <ul>
   *   <li>a person's mention cut at a hyphen takes the whole hyphenated word (Montoya-Lewis);
   *   <li>an acronym defined in brackets after a name is that name's ("British Virgin Islands
   *       (BVI)": BVI is the territory, whatever the model read);
   *   <li>a word a person of the text bears as surname is that person (Meadows, Phoenix), when
   *       {@code surnameStandsAlone} accepts the full name ("Department Iraq" is no one's name),
   *       and so is the surname where nothing was found, when the full name opens with a given name
   *       ({@link #surnamesAlone});
   *   <li>a club or company named with its city goes by the rest ({@code withoutCity});
   *   <li>a name given two types is the type most of its mentions have (Ramdehol).
   * </ul>
   */
  static List<Entity> settled(
      String text,
      List<Entity> entities,
      Set<Entity> movable,
      Predicate<String> surnameStandsAlone,
      UnaryOperator<String> withoutCity,
      Predicate<String> isGivenName) {
    int n = entities.size();
    List<List<Span>> spans = new ArrayList<>(n);
    boolean[] canMove = new boolean[n];
    EntityType[] type = new EntityType[n];
    for (int i = 0; i < n; i++) {
      Entity e = entities.get(i);
      spans.add(new ArrayList<>(e.getSpans()));
      spans.get(i).replaceAll(s -> withAbbreviationsPeriod(text, s));
      canMove[i] = movable.contains(e);
      type[i] = e.getType();
      if (type[i] != EntityType.PERSON) {
        // a person read as "Elizabeth" in "St. Elizabeth" that a list of places made a place
        spans.get(i).replaceAll(s -> withAbbreviatedFirstWord(text, s));
      }
      if (canMove[i] && type[i] == EntityType.PERSON) {
        List<Span> own = spans.get(i);
        own.replaceAll(s -> wholeWord(text, s));
        List<String> fullNames = new ArrayList<>();
        for (Span s : own) {
          String surface = text.substring(s.getStart(), s.getEnd());
          if (surface.indexOf(' ') > 0 && !fullNames.contains(surface)) {
            fullNames.add(surface);
          }
        }
        if (!fullNames.isEmpty()) {
          own.replaceAll(s -> withGivenName(text, s, fullNames));
        }
      }
    }
    // what each name is over the whole text: its mentions' types, and who holds it per type
    Map<String, Name> bySurface = new HashMap<>();
    Map<String, Name> byKey = new HashMap<>();
    List<List<Name>> names = new ArrayList<>(n);
    Map<String, Integer> personBySurname = new HashMap<>();
    Map<String, Integer> surnamesAsWritten = new HashMap<>();
    Map<String, Integer> byInitials = new HashMap<>();
    Map<String, Integer> orgByShortForm = new HashMap<>();
    boolean conflict = false;
    for (int i = 0; i < n; i++) {
      List<Span> own = spans.get(i);
      List<Name> ownNames = new ArrayList<>(own.size());
      names.add(ownNames);
      int t = type[i].ordinal();
      for (Span s : own) {
        String surface = text.substring(s.getStart(), s.getEnd());
        Name name =
            bySurface.computeIfAbsent(
                surface, x -> byKey.computeIfAbsent(NameKeys.loose(x), k -> new Name()));
        ownNames.add(name);
        if (name.mentions[t]++ == 0 && name.kinds++ > 0) {
          conflict = true;
        }
        if (name.holder[t] < 0 || !canMove[i] && canMove[name.holder[t]]) {
          name.holder[t] = i; // a list's entity holds a name before the model's
        }
        if (surface.indexOf(' ') < 0) {
          continue;
        }
        if (type[i] == EntityType.PERSON && surnameStandsAlone.test(surface)) {
          List<String> words = NameKeys.words(surface);
          if (words.size() > 1) {
            personBySurname.putIfAbsent(words.get(words.size() - 1), i);
            if (isGivenName.test(surface.substring(0, surface.indexOf(' ')))) {
              // a name the model made of two ordinary words ("Kali Linux") is not spread
              String surname = surface.substring(surface.lastIndexOf(' ') + 1);
              surnamesAsWritten.putIfAbsent(surname, i);
              // "Sadiq al-Kabir ... Kabir returned": the article falls in a short form
              String bare = NameKeys.withoutArabicArticle(surname);
              if (bare != null) {
                surnamesAsWritten.putIfAbsent(bare, i);
              }
            }
          }
        }
        String defined = definedAcronym(text, s.getEnd());
        if (defined != null && defined.equals(NameKeys.initials(surface))) {
          byInitials.putIfAbsent(defined, i);
        }
        String shortForm = type[i] == EntityType.ORGANIZATION ? withoutCity.apply(surface) : null;
        if (shortForm != null) {
          orgByShortForm.putIfAbsent(NameKeys.loose(shortForm), i);
        }
      }
    }
    // the type of each name its mentions agree on, asked only of names read two ways; a place by a
    // cue only a place takes ("the city of Falluja") outweighs a repeated misreading
    if (conflict) {
      for (int i = 0; i < n; i++) {
        List<Span> own = spans.get(i);
        for (int k = 0; k < own.size(); k++) {
          Name name = names.get(i).get(k);
          if (name.kinds > 1) {
            name.votes[type[i].ordinal()] +=
                placeByCue(text, type[i], own.get(k)) || bodyByCue(text, type[i], own.get(k))
                    ? 3
                    : type[i] == EntityType.PERSON && employerBeforeRole(text, own.get(k)) ? 0 : 1;
          }
        }
      }
    }
    boolean[] changed = new boolean[n];
    if (!conflict
        && byInitials.isEmpty()
        && personBySurname.isEmpty()
        && orgByShortForm.isEmpty()) {
      return rebuilt(entities, spans, changed);
    }
    for (int i = 0; i < n; i++) {
      if (!canMove[i]) {
        continue;
      }
      List<Span> own = spans.get(i);
      List<Name> ownNames = names.get(i);
      for (int k = own.size() - 1; k >= 0; k--) {
        Span s = own.get(k);
        Name name = ownNames.get(k);
        Integer to = null;
        if (!byInitials.isEmpty()) {
          to = byInitials.get(text.substring(s.getStart(), s.getEnd()));
        }
        if (to == null
            && type[i] != EntityType.PERSON
            && !personBySurname.isEmpty()
            && text.lastIndexOf(' ', s.getEnd() - 1) < s.getStart()) {
          List<String> words = NameKeys.words(text.substring(s.getStart(), s.getEnd()));
          to = words.size() == 1 ? personBySurname.get(words.get(0)) : null;
          if (to != null && placeByCue(text, type[i], s)) {
            to = null;
          }
        }
        if (to == null && !orgByShortForm.isEmpty() && type[i] != EntityType.LOCATION) {
          // "Ajax Amsterdam ... Ajax equalised": the club by its short form, not a person
          to = orgByShortForm.get(NameKeys.loose(text.substring(s.getStart(), s.getEnd())));
        }
        if (to == null && name.kinds > 1) {
          EntityType most = name.majority();
          if (most != null
              && most != type[i]
              && hasLetter(text, s) // "@" where data hide a user's name is no name
              && !placeByCue(text, type[i], s)
              // "BURIRAM, Thailand, Nov 2 -": a dateline's place, though the club is named so
              && !(type[i] == EntityType.LOCATION
                  && most != EntityType.COUNTRY // SINGAPORE, DJIBOUTI: the country
                  && datelinePlace(text, s))) {
            to = name.holder[most.ordinal()];
          }
        }
        if (to != null && to != i) {
          spans.get(to).add(own.remove(k));
          names.get(to).add(ownNames.remove(k));
          changed[i] = true;
          changed[to] = true;
        }
      }
    }
    surnamesAlone(text, spans, surnamesAsWritten, changed);
    return rebuilt(entities, spans, changed);
  }

  /**
   * A person's surname standing alone where nothing was found is that person: once a report has
   * named "Pete Sampras", a later "Sampras will meet" is him, whether or not the model saw it. Only
   * a capitalised word between words that are not ("St. Aubert", "Grande Terre", the "Serena" of
   * another Williams), not after "the", and not one the text also writes in lower case (a surname
   * that is a word: Price, Young).
   */
  private static void surnamesAlone(
      String text, List<List<Span>> spans, Map<String, Integer> surnames, boolean[] changed) {
    if (surnames.isEmpty()) {
      return;
    }
    List<Span> taken = new ArrayList<>();
    spans.forEach(taken::addAll);
    taken.sort(Comparator.comparingInt(Span::getStart));
    for (Map.Entry<String, Integer> e : surnames.entrySet()) {
      String surname = e.getKey();
      String lower = surname.toLowerCase(Locale.ROOT);
      if (surname.length() < 3
          || !Character.isUpperCase(surname.charAt(0))
          || surname.equals(surname.toUpperCase(Locale.ROOT))
          || !surname.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')
          || FUNCTION_WORDS.contains(lower)
          || EntityRecognizer.isSentenceWord(lower)
          || MONTHS.contains(lower)
          || EntityRecognizer.isTitle(lower)
          || wordAt(text, lower)) {
        continue;
      }
      for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
        int end = at + surname.length();
        if (wordEdge(text, at - 1)
            && wordEdge(text, end)
            && !capitalisedNeighbour(text, at, end)
            && !afterThe(text, at)
            && !overlapsAny(taken, at, end)) {
          spans.get(e.getValue()).add(new Span(at, end));
          changed[e.getValue()] = true;
        }
      }
    }
  }

  /**
   * Whether "the" stands just before: "the Hudson", "Vishnu the Preserver" are no one's surname.
   */
  private static boolean afterThe(String text, int at) {
    return at >= 4
        && text.charAt(at - 1) == ' '
        && text.regionMatches(true, at - 4, "the", 0, 3)
        && wordEdge(text, at - 5);
  }

  /** Whether {@code word} stands in the text as a word of its own. */
  private static boolean wordAt(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (wordEdge(text, at - 1) && wordEdge(text, at + word.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether position {@code i} is outside a word (no letter, digit or joining hyphen there). */
  private static boolean wordEdge(String text, int i) {
    return i < 0
        || i >= text.length()
        || !Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) != '-';
  }

  /**
   * Whether the word just before or after [start, end) is capitalised ("St. Aubert", "Grande
   * Terre", "Williams Grand Prix"): then the surname is part of another name.
   */
  private static boolean capitalisedNeighbour(String text, int start, int end) {
    int b = start - 1;
    while (b >= 0 && text.charAt(b) == ' ') {
      b--;
    }
    boolean period = b >= 0 && b < start - 1 && text.charAt(b) == '.';
    if (period) {
      b--;
    }
    if (b >= 0 && b < start - 1 && Character.isLetter(text.charAt(b))) {
      int w = b;
      while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
        w--;
      }
      // a capitalised word, or an abbreviation (St., Mr.) but not a sentence's end
      if (Character.isUpperCase(text.charAt(w)) && (!period || b - w < 3)) {
        return true;
      }
    }
    int a = end;
    while (a < text.length() && text.charAt(a) == ' ') {
      a++;
    }
    return a > end && a < text.length() && Character.isUpperCase(text.charAt(a));
  }

  /** Whether a sorted list of spans has one overlapping [start, end). */
  private static boolean overlapsAny(List<Span> sorted, int start, int end) {
    for (Span s : sorted) {
      if (s.getStart() >= end) {
        return false;
      }
      if (s.getEnd() > start) {
        return true;
      }
    }
    return false;
  }

  /** Whether two lists hold the same span objects (the rules replace a span they change). */
  private static boolean sameSpans(List<Span> a, List<Span> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** What a name is in one text: its mentions and votes per type, and which entity holds it. */
  private static final class Name {
    /** How many types there are ({@code values()} copies its array on every call). */
    private static final int TYPES = EntityType.values().length;

    final int[] mentions = new int[TYPES];
    final int[] votes = new int[TYPES];
    final int[] holder = new int[TYPES];

    Name() {
      java.util.Arrays.fill(holder, -1);
    }

    int kinds;

    /** The type more than half of the name's votes go to, if one has. */
    EntityType majority() {
      int total = 0;
      for (int v : votes) {
        total += v;
      }
      for (int t = 0; t < votes.length; t++) {
        if (2 * votes[t] > total) {
          return EntityType.values()[t];
        }
      }
      return null;
    }
  }

  private static List<Entity> rebuilt(
      List<Entity> entities, List<List<Span>> spans, boolean[] changed) {
    int n = entities.size();
    List<Entity> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Entity e = entities.get(i);
      List<Span> own = spans.get(i);
      if (own.isEmpty()) {
        continue;
      }
      if (!changed[i] && sameSpans(own, e.getSpans())) {
        out.add(e);
        continue;
      }
      own.sort(Comparator.comparingInt(Span::getStart));
      out.add(new Entity(e.getId(), e.getName(), e.getType(), own.size(), own, e.getCountry()));
    }
    return out;
  }

  /**
   * A dotted abbreviation holds its last period (U.S., D.C.), and so does a name's abbreviated
   * suffix (Jr., Inc.): the lists match it without, as the period may also end the sentence.
   */
  static Span withAbbreviationsPeriod(String text, Span s) {
    int end = s.getEnd();
    if (end < text.length()
        && text.charAt(end) == '.'
        && end - s.getStart() >= 3
        && Character.isLetter(text.charAt(end - 1))
        && (text.charAt(end - 2) == '.' || abbreviatedSuffix(text, s.getStart(), end))) {
      return new Span(s.getStart(), end + 1);
    }
    return s;
  }

  /**
   * Whether the name ends in an abbreviated suffix that keeps its period (Ferdinand Marcos Jr.,
   * Apple Inc.), a word after the name's first.
   */
  private static boolean abbreviatedSuffix(String text, int start, int end) {
    int space = text.lastIndexOf(' ', end - 1);
    if (space <= start) {
      return false;
    }
    String last = text.substring(space + 1, end);
    return NAME_SUFFIXES.contains(last);
  }

  private static final Set<String> NAME_SUFFIXES =
      WordSet.of("Jr", "Sr", "Jnr", "Snr", "Inc", "Corp", "Co", "Ltd", "Bros", "Cos");

  /**
   * A surname preceded by the rest of a full name the same person has in the text is that full
   * name: "Gov. Jay [Inslee]" after "Governor Jay Inslee".
   */
  private static Span withGivenName(String text, Span s, List<String> fullNames) {
    int length = s.getEnd() - s.getStart();
    for (String full : fullNames) {
      int start = s.getEnd() - full.length();
      if (full.length() > length
          && start >= 0
          && full.charAt(full.length() - length - 1) == ' '
          && text.startsWith(full, start)
          && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))) {
        return new Span(start, s.getEnd());
      }
    }
    return s;
  }

  private static boolean placeByCue(String text, EntityType type, Span s) {
    return type == EntityType.LOCATION
        && EntityRecognizer.strongPlaceCue(text, s.getStart(), s.getEnd());
  }

  /**
   * Whether a body is named right after a company noun ("state mining company Trepca", "Turkish
   * firm Kolin"): a cue no person takes, which outweighs a repeated misreading as a place does.
   */
  private static boolean bodyByCue(String text, EntityType type, Span s) {
    return type == EntityType.ORGANIZATION && companyNounBefore(text, s.getStart());
  }

  /**
   * Whether a name stands where an employer does, before its role and a person's name ("Staatsolie
   * managing director Annand Jagesar", "Webuild's project director Pietro Salini"): a reading as a
   * person there is no evidence against the body the text names it elsewhere. A person stands there
   * too ("Putin spokesman Dmitry Peskov"), so such a mention only gives up its vote.
   */
  private static boolean employerBeforeRole(String text, Span s) {
    int i = s.getEnd();
    if (text.startsWith("'s ", i) || text.startsWith("\u2019s ", i)) {
      i += 2;
    }
    if (!spaceAndLowerAt(text, i)) {
      return false; // most names are followed by anything but a lower-case word
    }
    for (int words = 0; words < 3; words++) {
      int from = i + 1;
      int to = asciiLowerWordEnd(text, from);
      if (to == from
          || to + 1 >= text.length()
          || text.charAt(to) != ' ' && text.charAt(to) != ',') {
        return false;
      }
      if (EMPLOYERS_ROLES.contains(text.substring(from, to))) {
        // "Trepca's acting director, Ahmet Tmava"
        int name = text.startsWith(", ", to) ? to + 2 : to + 1;
        return name < text.length() && Character.isUpperCase(text.charAt(name));
      }
      i = to;
    }
    return false;
  }

  /** Where the run of lower-case ASCII letters from {@code from} ends. */
  private static int asciiLowerWordEnd(String text, int from) {
    int to = from;
    while (to < text.length() && text.charAt(to) >= 'a' && text.charAt(to) <= 'z') {
      to++;
    }
    return to;
  }

  /** Roles a body's people hold, which name their employer before them (kb/recognizer.tsv). */
  private static final Set<String> EMPLOYERS_ROLES = EntityRecognizer.wordList("employer-role");

  private static boolean hasLetter(String text, Span s) {
    for (int i = s.getStart(); i < s.getEnd(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The acronym in brackets right after a name ("Name (BVI)"), or null. */
  private static String definedAcronym(String text, int end) {
    int i = end;
    if (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= text.length() || text.charAt(i) != '(') {
      return null;
    }
    int close = text.indexOf(')', i);
    if (close < 0 || close - i - 1 < 2 || close - i - 1 > 8) {
      return null;
    }
    String acr = text.substring(i + 1, close);
    for (int k = 0; k < acr.length(); k++) {
      if (!Character.isUpperCase(acr.charAt(k))) {
        return null;
      }
    }
    return acr;
  }

  /**
   * The span widened to the whole hyphenated word it is part of, when the other part is capitalised
   * or a surname's article: "Montoya-[Lewis]", "al-[Safi]"; "anti-[Putin]" stays.
   */
  private static Span wholeWord(String text, Span s) {
    int start = s.getStart();
    int end = s.getEnd();
    if (start > 1 && text.charAt(start - 1) == '-' && Character.isLetter(text.charAt(start - 2))) {
      int from = start - 1;
      while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
        from--;
      }
      String part = text.substring(from, start - 1);
      if (Character.isUpperCase(part.charAt(0)) || SURNAME_ARTICLES.contains(part)) {
        start = from;
      }
    }
    if (end + 1 < text.length()
        && text.charAt(end) == '-'
        && Character.isUpperCase(text.charAt(end + 1))) {
      int to = end + 1;
      while (to < text.length() && Character.isLetter(text.charAt(to))) {
        to++;
      }
      end = to;
    }
    return start == s.getStart() && end == s.getEnd() ? s : new Span(start, end);
  }
}
