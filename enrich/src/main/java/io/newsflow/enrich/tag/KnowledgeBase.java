package io.newsflow.enrich.tag;

import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The curated people and organisations shipped with newsflow ({@code kb/entities.tsv}): every name
 * and alias tags the entry, with its Wikidata id where one was checked (else a derived id), its
 * type and country. A person's last name alone tags them only when the same text also names them in
 * full, and only if no other person found in the text shares that last name (Shehbaz and Nawaz
 * Sharif).
 */
public final class KnowledgeBase {
  /** One curated entity. */
  public record Entry(
      String id, EntityType type, String name, List<String> aliases, String country, String role) {}

  private static final String RESOURCE = "/io/newsflow/enrich/kb/entities.tsv";
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
  private static final Set<String> SUFFIXES =
      WordSet.of("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "XIV");

  private final List<Entry> entries;
  private final Gazetteer<Entry> names = Gazetteer.caseSensitive();
  private final Gazetteer<Entry> lastNames = Gazetteer.caseSensitive();

  public KnowledgeBase(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    for (Entry e : entries) {
      names.put(e.name(), e);
      e.aliases().forEach(a -> names.put(a, e));
    }
    Map<String, Integer> lastNameCount = new HashMap<>();
    for (Entry e : entries) {
      String last = lastName(e);
      if (last != null) {
        lastNameCount.merge(last, 1, Integer::sum);
      }
    }
    for (Entry e : entries) {
      String last = lastName(e);
      // a last name two curated people share stays out: "Sharif" alone cannot say which one
      if (last != null && lastNameCount.get(last) == 1) {
        lastNames.put(last, e);
      }
    }
  }

  /** The knowledge base shipped in the jar, loaded once (on first use, by the holder class). */
  public static KnowledgeBase shipped() {
    return Shipped.KB;
  }

  private static final class Shipped {
    static final KnowledgeBase KB = load();

    private static KnowledgeBase load() {
      return ShippedResource.read(
          KnowledgeBase.class,
          RESOURCE,
          "the knowledge base",
          "part of the jar",
          in -> new KnowledgeBase(parse(in)));
    }
  }

  /**
   * Parses the TSV format of {@code kb/entities.tsv}; a malformed line is an error naming the line.
   */
  public static List<Entry> parse(InputStream in) throws IOException {
    List<Entry> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 6) {
          throw new IllegalArgumentException(
              "kb line " + n + ": expected 6 tab-separated columns, got " + f.length);
        }
        String qid = f[0].trim();
        if (!qid.isEmpty() && !QID.matcher(qid).matches()) {
          throw new IllegalArgumentException("kb line " + n + ": not a Wikidata id: " + qid);
        }
        EntityType type = EntityType.valueOf(f[1].trim());
        String name = f[2].trim();
        String prefix =
            type == EntityType.PERSON
                ? "person"
                : type == EntityType.ORGANIZATION ? "org" : "place";
        String id = qid.isEmpty() ? prefix + ":" + NameKeys.slug(name) : qid;
        if (!ids.add(id)) {
          throw new IllegalArgumentException("kb line " + n + ": duplicate id " + id);
        }
        List<String> aliases = new ArrayList<>();
        for (String a : f[3].split("\\|")) {
          if (!a.isBlank()) {
            aliases.add(a.trim());
          }
        }
        for (String written : withName(name, aliases)) { // a copy: aliases grows
          for (String other : spellings(written)) {
            if (!other.equals(name) && !aliases.contains(other)) {
              aliases.add(other);
            }
          }
        }
        String country = f[4].isBlank() ? null : f[4].trim();
        out.add(new Entry(id, type, name, List.copyOf(aliases), country, f[5].trim()));
      }
    }
    return out;
  }

  private static List<String> withName(String name, List<String> aliases) {
    List<String> all = new ArrayList<>(aliases);
    all.add(0, name);
    return all;
  }

  /** British and American spellings of one name's words, each way. */
  private static final String[][] SPELLINGS = {
    {"Organization", "Organisation"}, {"Co-operation", "Cooperation"}
  };

  /**
   * A name as the other spelling writes it ("Organisation for Security and Cooperation in Europe"
   * for the Organization for Security and Co-operation in Europe): wire copy writes one, the list
   * the other. Each mix of the two spellings, a UN body's name with each way of writing "UN", and
   * each without its accents.
   */
  static List<String> spellings(String name) {
    List<String> out = new ArrayList<>(List.of(name));
    for (String[] pair : SPELLINGS) {
      for (int i = 0, n = out.size(); i < n; i++) {
        String s = out.get(i);
        for (int k = 0; k < 2; k++) {
          if (s.contains(pair[k])) {
            out.add(s.replace(pair[k], pair[1 - k]));
          }
        }
      }
    }
    // "UN Office for ...", "U.N. Office for ...", "United Nations Office for ...": wire copy writes
    // the body's prefix each way
    for (int i = 0, n = out.size(); i < n; i++) {
      String s = out.get(i);
      for (String prefix : UN_PREFIXES) {
        // a body's name, not a description ("UN refugee agency" names the UN and what it runs)
        if (s.startsWith(prefix)
            && s.length() > prefix.length()
            && Character.isUpperCase(s.charAt(prefix.length()))) {
          for (String other : UN_PREFIXES) {
            String variant = other + s.substring(prefix.length());
            if (!other.equals(prefix) && !out.contains(variant)) {
              out.add(variant);
            }
          }
        }
      }
    }
    // "Andres Manuel Lopez Obrador": English copy often drops a name's accents
    for (int i = 0, n = out.size(); i < n; i++) {
      String bare = CityTagger.withoutDiacritics(out.get(i));
      if (!out.contains(bare)) {
        out.add(bare);
      }
    }
    out.remove(0);
    return out;
  }

  private static final List<String> UN_PREFIXES = List.of("United Nations ", "UN ", "U.N. ");

  public List<Entry> entries() {
    return entries;
  }

  private static String lastName(Entry e) {
    if (e.type() != EntityType.PERSON) {
      return null;
    }
    String[] parts = e.name().split(" ");
    int k = parts.length - 1;
    while (k > 0 && SUFFIXES.contains(parts[k])) {
      k--;
    }
    String last = parts[k];
    if (k == 0 || last.length() < 3 || e.aliases().contains(last)) {
      return null; // one-word names, and surnames already listed as aliases, need no short-form
      // rule
    }
    int dash = last.indexOf('-');
    return dash > 0 && dash <= 3
        ? null
        : last; // al-Sharaa: the alias list says which short forms count
  }

  /**
   * Where a hit ends with the "'s" its name ends in ("Moody's", "McDonald's"): the tokens leave a
   * possessive out, so the hit ends before it.
   */
  private static int possessiveNameEnd(String text, Gazetteer.Hit<Entry> h) {
    int end = h.end();
    String name = h.value().name();
    return end + 2 <= text.length()
            && (text.startsWith("'s", end) || text.startsWith("\u2019s", end))
            && (end + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 2)))
            && (name.endsWith("'s") || name.endsWith("\u2019s"))
            && h.surface().indexOf(' ') < 0
        ? end + 2
        : end;
  }

  /**
   * Where a person's mention starts without the title an alias holds ("Sheikh Tamim", "Ayatollah
   * Ali Khamenei"): news data mark the name, not the title. A name that opens with the word is the
   * person's own (Sheikh Hasina), unless the word is a monarch's or a pope's ({@link #REIGNS}).
   */
  private static int withoutTitle(String text, Gazetteer.Hit<Entry> h) {
    int space = text.indexOf(' ', h.start());
    if (h.value().type() != EntityType.PERSON
        || text.regionMatches(true, h.start(), h.value().name(), 0, h.value().name().length())
            && !(space > h.start()
                && REIGNS.contains(text.substring(h.start(), space).toLowerCase(Locale.ROOT)))) {
      return h.start();
    }
    return space > h.start()
            && space + 1 < h.end()
            && EntityRecognizer.isTitle(text.substring(h.start(), space).toLowerCase(Locale.ROOT))
        ? space + 1
        : h.start();
  }

  /**
   * A monarch's or a pope's title, which opens no one's own name ("King Abdullah II", "Pope Leo
   * XIV").
   */
  private static final Set<String> REIGNS =
      WordSet.of("king", "queen", "pope", "emir", "sultan", "emperor", "empress");

  /** Entities of the text, in order of first mention. */
  public List<Entity> tag(String text) {
    return tag(text, word -> false);
  }

  /**
   * The same, where a last name after a given name ({@code isGivenName}) ends another person's name
   * and is no mention of the entry ("Gohar Ali Khan" in a text on Imran Khan).
   */
  public List<Entity> tag(String text, Predicate<String> isGivenName) {
    Map<Entry, List<Span>> found = new LinkedHashMap<>();
    for (Gazetteer.Hit<Entry> h : names.find(text)) {
      if (h.value().type() == EntityType.PERSON
          && text.lastIndexOf(' ', h.end() - 1) < h.start()
          && endsAnotherName(text, h.start(), h.value(), isGivenName)) {
        continue; // "Listyo Sigit Prabowo" is not Prabowo Subianto
      }
      found
          .computeIfAbsent(h.value(), k -> new ArrayList<>())
          .add(new Span(withoutTitle(text, h), possessiveNameEnd(text, h)));
    }
    if (!found.isEmpty()) {
      for (Gazetteer.Hit<Entry> h : lastNames.find(text)) {
        List<Span> spans = found.get(h.value());
        if (spans != null
            && !afterGivenName(text, h.start(), isGivenName)
            && !afterAnotherName(text, h.start(), spans)
            && !insideAnotherName(text, h.start(), h.end())
            && spans.stream().noneMatch(s -> s.getStart() <= h.start() && h.end() <= s.getEnd())) {
          spans.add(new Span(h.start(), h.end()));
        }
      }
    }
    List<Entity> out = new ArrayList<>(found.size());
    found.forEach(
        (e, spans) -> {
          spans.sort(Comparator.comparingInt(Span::getStart));
          out.add(
              Entity.newBuilder()
                  .setId(e.id())
                  .setName(e.name())
                  .setType(e.type())
                  .setMentions(spans.size())
                  .setSpans(spans)
                  .setCountry(e.country())
                  .build());
        });
    return out;
  }

  /**
   * Whether a person's one-word alias at {@code start} ends another name: after a given name, or
   * after two capitalised words, the nearer no title, neither the person's own first name
   * ("Vladimir Vladimirovich Putin" is Putin; "Indonesian President Prabowo" is Prabowo); or after
   * any other word that is no title where the text names the person whole ("Saddam Haftar" beside
   * Khalifa Haftar).
   */
  static boolean endsAnotherName(String text, int start, Entry e, Predicate<String> isGivenName) {
    int space = e.name().indexOf(' ');
    String own = space < 0 ? e.name() : e.name().substring(0, space);
    String w1 = capitalisedWordBefore(text, start);
    if (w1 == null || w1.equals(own) || titleOrDate(w1.toLowerCase(Locale.ROOT))) {
      return false; // "President Prabowo", "On Tuesday Prabowo said"
    }
    if (isGivenName.test(w1)) {
      return true;
    }
    if (space > 0
        && !EntityRecognizer.isSentenceWord(w1.toLowerCase(Locale.ROOT))
        && text.contains(e.name())) {
      return true; // "Khalifa Haftar ... Haftar's son Saddam Haftar": a relative, named whole too
    }
    String w2 = capitalisedWordBefore(text, start - w1.length() - 1);
    return w2 != null && !w2.equals(own);
  }

  /** The capitalised word (letters only) ending one space before {@code start}, or null. */
  private static String capitalisedWordBefore(String text, int start) {
    if (start < 2 || text.charAt(start - 1) != ' ') {
      return null;
    }
    int end = start - 1;
    int from = end;
    while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
      from--;
    }
    boolean word =
        from < end
            && Character.isUpperCase(text.charAt(from))
            && (from == 0 || Character.isWhitespace(text.charAt(from - 1)));
    return word ? text.substring(from, end) : null;
  }

  /**
   * Whether a last name at [start, end) stands between two capitalised words: the middle of another
   * person's name ("Daher Ahmed Farah" in a text on Abiy Ahmed). After a title, only in prose,
   * where a lower-case word or a stop follows ("Finance Minister Ahmed Shide said"): a title-case
   * headline capitalises the verb after the name ("Prime Minister Ahmed Visits Kenya").
   */
  static boolean insideAnotherName(String text, int start, int end) {
    String before = capitalisedWordBefore(text, start);
    if (before == null
        || end + 2 >= text.length()
        || text.charAt(end) != ' '
        || !Character.isUpperCase(text.charAt(end + 1))) {
      return false;
    }
    int e = end + 1;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    if (EntityRecognizer.isTitle(before.toLowerCase(Locale.ROOT)) && !proseAfter(text, e)) {
      return false;
    }
    String after = text.substring(end + 1, e).toLowerCase(Locale.ROOT);
    return !EntityRecognizer.WEEKDAYS.contains(after)
        && !EntityRecognizer.MONTH_NAMES.contains(after);
  }

  /** Whether a stop, or a space and a lower-case word, follows {@code at}. */
  private static boolean proseAfter(String text, int at) {
    if (at >= text.length()) {
      return false;
    }
    char c = text.charAt(at);
    return c == ','
        || c == '.'
        || c == ';'
        || c == ':'
        || c == ' ' && at + 1 < text.length() && Character.isLowerCase(text.charAt(at + 1));
  }

  /**
   * Whether a capitalised word that is no title, no sentence's opening word, day or month stands
   * right before {@code start}: the last name ends another person's name ("Chief Justice Aminuddin
   * Khan" is not Imran Khan; "Prime Minister Khan" and "Later Khan said" may be). A word that also
   * stands before the person's full name ({@code fullNames}) is a title in any language
   * ("Staatspräsident Kais Saied ... Staatspräsident Saied").
   */
  static boolean afterAnotherName(String text, int start, List<Span> fullNames) {
    String before = capitalisedWordBefore(text, start);
    if (before == null) {
      return false;
    }
    for (Span sp : fullNames) {
      if (before.equals(capitalisedWordBefore(text, sp.getStart()))) {
        return false;
      }
    }
    String lower = before.toLowerCase(Locale.ROOT);
    return !titleOrDate(lower) && !EntityRecognizer.isSentenceWord(lower);
  }

  /** Whether a lower-cased word before a name is a title, a day or a month: no part of the name. */
  private static boolean titleOrDate(String lower) {
    return EntityRecognizer.isTitle(lower)
        || EntityRecognizer.WEEKDAYS.contains(lower)
        || EntityRecognizer.MONTH_NAMES.contains(lower);
  }

  /** Whether the word before {@code start} is a capitalised given name, one space before it. */
  static boolean afterGivenName(String text, int start, Predicate<String> isGivenName) {
    if (start < 2 || text.charAt(start - 1) != ' ') {
      return false;
    }
    int end = start - 1;
    int from = end;
    while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
      from--;
    }
    return from < end
        && Character.isUpperCase(text.charAt(from))
        && (from == 0 || Character.isWhitespace(text.charAt(from - 1)))
        && isGivenName.test(text.substring(from, end));
  }
}
