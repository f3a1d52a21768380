package io.newsflow.enrich.ner;

import io.newsflow.enrich.tag.WordSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts text into sentences of tokens with their character offsets, the way news NER data is
 * tokenised: words, numbers ("1,000.5"), abbreviations and initials with their period ("U.S.",
 * "Mr.", "J."), hyphenated and apostrophe names ("al-Adl", "O'Brien") as one token; a possessive
 * "'s" and every other punctuation mark apart. A sentence ends at a line break, or at . ! ?
 * followed by white space and a capital, digit or quote.
 */
public final class Tokens {
  /** A token: its text and where it stands, [start, end). */
  public record Token(String text, int start, int end) {}

  private static final Set<String> ABBREVIATIONS =
      WordSet.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm",
          "gov", "sen", "rep", "st", "jr", "sr", "inc", "ltd", "co", "corp", "bros", "no", "vs",
          "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "pres",
          "rev", "hon", "messrs", "plc", "dept", "univ", "est", "approx");

  private Tokens() {}

  /** Sentences of tokens. */
  public static List<List<Token>> sentences(String text) {
    List<List<Token>> out = new ArrayList<>();
    cut(
        text,
        new Sink() {
          List<Token> sentence = new ArrayList<>();

          @Override
          public void token(int start, int end) {
            sentence.add(new Token(text.substring(start, end), start, end));
          }

          @Override
          public void sentenceEnd() {
            out.add(sentence);
            sentence = new ArrayList<>();
          }
        });
    return out;
  }

  /** Where {@link #cut} puts the tokens it finds. */
  interface Sink {
    /** A token at [start, end) of the text. */
    void token(int start, int end);

    /** The sentence of the tokens given since the last call ends (never an empty one). */
    void sentenceEnd();
  }

  /**
   * Sentences of a text as offsets, for the tagger: {@link #sentences} without a record and a list
   * entry per token.
   */
  static final class Offsets implements Sink {
    int[] start = new int[256];
    int[] end = new int[256];
    int size;

    /** Token index where each sentence ends (exclusive), in order. */
    final List<Integer> sentenceEnds = new ArrayList<>();

    @Override
    public void token(int s, int e) {
      if (size == start.length) {
        start = Arrays.copyOf(start, size * 2);
        end = Arrays.copyOf(end, size * 2);
      }
      start[size] = s;
      end[size] = e;
      size++;
    }

    @Override
    public void sentenceEnd() {
      sentenceEnds.add(size);
    }
  }

  /** The text's sentences as offsets ({@link Offsets}). */
  static Offsets offsets(String text) {
    Offsets o = new Offsets();
    cut(text, o);
    return o;
  }

  /** Cuts the text into tokens and sentences, as the class says, into the sink. */
  private static void cut(String text, Sink sink) {
    int inSentence = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (inSentence > 0) {
          sink.sentenceEnd();
          inSentence = 0;
        }
        i++;
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int start = i;
      if ((c == 'h' || c == 'w') && urlAt(text, i)) {
        while (i < n && !Character.isWhitespace(text.charAt(i))) {
          i++; // a URL is one token
        }
      } else if ((c == '@' || c == '#')
          && i + 1 < n
          && Character.isLetterOrDigit(text.charAt(i + 1))
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        i = wordEnd(text, i + 1); // @handle, #hashtag
      } else if (Character.isLetterOrDigit(c)) {
        i = wordEnd(text, i);
        // a period that belongs to the word: initials, abbreviations, dotted acronyms (U.S.)
        if (i < n && text.charAt(i) == '.') {
          String w = text.substring(start, i);
          boolean initial = w.length() == 1 && Character.isLetter(w.charAt(0));
          boolean dotted = w.indexOf('.') > 0;
          if (initial || dotted || ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT))) {
            i++;
          }
        }
      } else if ((c == '\'' || c == '\u2019') && clitic(text, i) > 0) {
        i += clitic(text, i); // possessive 's and 've, 're, 'll, 'd, 'm
      } else {
        i += Character.charCount(text.codePointAt(i));
        sink.token(start, i);
        inSentence++;
        if ((c == '.' || c == '!' || c == '?') && sentenceBreak(text, i)) {
          sink.sentenceEnd();
          inSentence = 0;
        }
        continue;
      }
      sink.token(start, i);
      inSentence++;
    }
    if (inSentence > 0) {
      sink.sentenceEnd();
    }
  }

  /**
   * Whether "http://", "https://" or "www." starts at {@code i}: its characters compared one by one
   * (a text with a curly quote is stored in UTF-16, where {@code startsWith} an ASCII literal takes
   * a slow path, and every word opening with h or w is tried).
   */
  private static boolean urlAt(String text, int i) {
    int n = text.length();
    if (text.charAt(i) == 'w') {
      return i + 3 < n
          && text.charAt(i + 1) == 'w'
          && text.charAt(i + 2) == 'w'
          && text.charAt(i + 3) == '.';
    }
    if (i + 6 >= n
        || text.charAt(i) != 'h'
        || text.charAt(i + 1) != 't'
        || text.charAt(i + 2) != 't'
        || text.charAt(i + 3) != 'p') {
      return false;
    }
    int k = text.charAt(i + 4) == 's' ? i + 5 : i + 4;
    return k + 2 < n
        && text.charAt(k) == ':'
        && text.charAt(k + 1) == '/'
        && text.charAt(k + 2) == '/';
  }

  /**
   * Length of a clitic starting with the apostrophe at {@code i} ('s, 've, 're, 'll, 'd, 'm), else
   * 0.
   */
  private static int clitic(String text, int i) {
    int n = text.length();
    // after a word ("Iran's"), or after a space that follows one (tokenised text: "Iran 's")
    boolean afterWord =
        i > 0 && !Character.isWhitespace(text.charAt(i - 1))
            || i > 1 && text.charAt(i - 1) == ' ' && Character.isLetterOrDigit(text.charAt(i - 2));
    if (!afterWord) {
      return 0;
    }
    for (String c : CLITICS) {
      int end = i + 1 + c.length();
      if (end <= n
          && text.regionMatches(true, i + 1, c, 0, c.length())
          && (end == n || !Character.isLetterOrDigit(text.charAt(end)))) {
        return 1 + c.length();
      }
    }
    return 0;
  }

  private static final String[] CLITICS = {"s", "ve", "re", "ll", "d", "m"};

  private static int wordEnd(String text, int i) {
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c < 128
          ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9'
          : Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        i++; // ASCII first, without the Unicode tables
      } else if ((c == '-'
              || c == '\''
              || c == '\u2019'
              || c == '&'
              || c == '.'
              || c == ','
              || c == '/')
          && i + 1 < n
          && Character.isLetterOrDigit(text.charAt(i + 1))
          && joins(text, i, c)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** Whether an inner mark joins the characters around it into one token. */
  private static boolean joins(String text, int i, char c) {
    char before = text.charAt(i - 1);
    char after = text.charAt(i + 1);
    switch (c) {
      case ',':
      case '/':
        return Character.isDigit(before) && Character.isDigit(after); // 1,000 and 3/4
      case '.':
        // 3.5 and U.S.A (a dot between single letters)
        return Character.isDigit(before) && Character.isDigit(after)
            || Character.isLetter(before)
                && (i < 2 || !Character.isLetterOrDigit(text.charAt(i - 2)))
                && Character.isUpperCase(before)
                && Character.isUpperCase(after);
      case '\'':
      case '\u2019':
        // O'Brien, d'Ivoire, don't, but not the possessive 's
        return !((after == 's' || after == 'S')
            && (i + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 2))));
      case '&':
        return Character.isUpperCase(before) && Character.isUpperCase(after); // AT&T
      default:
        return true;
    }
  }

  private static boolean sentenceBreak(String text, int i) {
    int n = text.length();
    if (i >= n || !Character.isWhitespace(text.charAt(i))) {
      return false;
    }
    int j = i;
    while (j < n && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    if (j >= n) {
      return true;
    }
    char c = text.charAt(j);
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || c == '"'
        || c == '\u201C'
        || c == '\'';
  }
}
