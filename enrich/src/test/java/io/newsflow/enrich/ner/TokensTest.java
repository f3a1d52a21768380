package io.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {
  @Test
  void theTaggersOffsetsAreTheSentencesTokens() {
    List<String> texts =
        List.of(
            "",
            "   \n\n ",
            "Mr. Smith went to Washington. He said: \"No!\" Then U.S. officials left.",
            "See https://example.com/a?b=1 and www.bbc.co.uk or http://x.y; @UN_News #Kyiv",
            "Iran's envoy, O'Brien's aide and the 1,000.5 troops ’s\r\nLONDON 1996-08-30\n\nhttp",
            "Kraków’s mayor “met” Łódź officials… Ends here?",
            "h w ww www. https:/ http:x www");
    for (String text : texts) {
      List<int[]> expected = new ArrayList<>();
      List<Integer> ends = new ArrayList<>();
      int size = 0;
      for (List<Tokens.Token> s : Tokens.sentences(text)) {
        for (Tokens.Token t : s) {
          expected.add(new int[] {t.start(), t.end()});
          assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
        }
        size += s.size();
        ends.add(size);
      }
      Tokens.Offsets o = Tokens.offsets(text);
      assertThat(o.size).as(text).isEqualTo(expected.size());
      for (int i = 0; i < o.size; i++) {
        assertThat(new int[] {o.start[i], o.end[i]}).as(text).containsExactly(expected.get(i));
      }
      assertThat(o.sentenceEnds).as(text).isEqualTo(ends);
    }
    assertThat(Tokens.sentences("See https://example.com/a now").get(0))
        .extracting(Tokens.Token::text)
        .containsExactly("See", "https://example.com/a", "now");
  }
}
