package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Entity;
import io.newsflow.avro.Span;
import io.newsflow.enrich.ner.NerTagger.Mention;
import io.newsflow.enrich.tag.CapsLines;
import io.newsflow.enrich.tag.WatchlistTagger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines in capitals (headlines, datelines, shouted headings): every word there looks like a name
 * and every acronym like a word, so the case-driven rules leave them to the model and the body.
 */
class CapsLinesTest {
  private final ArticleEnricher enricher = new ArticleEnricher();

  /** Every tagged mention as "TYPE surface". */
  private List<String> mentions(String text) {
    List<String> out = new ArrayList<>();
    for (Entity e : enricher.entities(null, text, WatchlistTagger.EMPTY).entities()) {
      for (Span s : e.getSpans()) {
        out.add(e.getType() + " " + text.substring(s.getStart(), s.getEnd()));
      }
    }
    return out;
  }

  @Test
  void findsTheLinesInCapitals() {
    String text = "MIDEAST - TALKS RESUME\nJERUSALEM 1996-08-30\nTalks resumed on Friday.\nOK";
    assertThat(CapsLines.of(text))
        .extracting(r -> text.substring(r[0], r[1]))
        .containsExactly("MIDEAST - TALKS RESUME", "JERUSALEM 1996-08-30");
    assertThat(CapsLines.of("Talks resumed in the UN and the EU on Friday.")).isEmpty();
  }

  @Test
  void aLineInCapitalsIsNoOrganisationOfCapitalisedWords() {
    String text =
        "THERE ARE THE DEPARTURE TIMES FOR THE TRAIN .\n"
            + "SCOUTING WAS FOUNDED IN BANGLADESH AS PART OF THE SCOUT ASSOCIATION .\n"
            + "The trains leave from the old station in the morning.";
    assertThat(mentions(text))
        .noneMatch(m -> m.contains("DEPARTURE TIMES"))
        .noneMatch(m -> m.contains("SCOUTING WAS"));
  }

  @Test
  void anAcronymInCapitalsIsAWordUnlessTheBodyNamesIt() {
    String words = "HE SAID THE CAR OWNER WHO WAS THERE LEFT .\nThe owner drove away at noon.";
    assertThat(mentions(words)).noneMatch(m -> m.endsWith(" CAR") || m.endsWith(" WHO"));
    assertThat(enricher.entities(null, words, WatchlistTagger.EMPTY).countries()).isEmpty();
    String named =
        "WHO WARNS OF CHOLERA IN HAITI .\nThe WHO said on Friday that cases had doubled in Haiti.";
    assertThat(mentions(named)).contains("ORGANIZATION WHO");
  }

  @Test
  void aLongerNameTheModelFoundInAHeadlineStandsAgainstTheBodysSurname() {
    String text = "BOXING - JOE FRAZIER WINS\nFrazier won in the third round.";
    int joe = text.indexOf("JOE");
    int frazier = text.indexOf("Frazier");
    List<Mention> found =
        List.of(
            new Mention(joe, joe + "JOE FRAZIER".length(), "PER"),
            new Mention(frazier, frazier + "Frazier".length(), "PER"));
    assertThat(MentionRules.capsLinesFromBody(text, CapsLines.of(text), found))
        .containsExactlyElementsOf(found);
  }
}
