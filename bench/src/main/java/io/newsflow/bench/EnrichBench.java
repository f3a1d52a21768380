package io.newsflow.bench;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.dedup.DedupEntry;
import io.newsflow.enrich.dedup.Fingerprinter;
import io.newsflow.enrich.dedup.Kv;
import io.newsflow.enrich.dedup.NearDuplicateIndex;
import io.newsflow.enrich.extract.Extractor;
import io.newsflow.enrich.ner.NerLexicon;
import io.newsflow.enrich.ner.NerTagger;
import io.newsflow.enrich.ner.Tokens;
import io.newsflow.enrich.tag.Categorizer;
import io.newsflow.enrich.tag.CityTagger;
import io.newsflow.enrich.tag.CountryTagger;
import io.newsflow.enrich.tag.EntityRecognizer;
import io.newsflow.enrich.tag.KnowledgeBase;
import io.newsflow.enrich.tag.WatchlistTagger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-article cost of enrich's hot paths: extraction from a page, and fingerprint + near-duplicate
 * lookup against an index already holding {@code canonicals} articles. Run: see README,
 * Performance.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class EnrichBench {
  @Param({"10000"})
  int canonicals;

  String page;
  String html;
  String text;
  String text5k;

  /** A text's tokens as the NER model counts them (the unit of tokens per CPU-second). */
  static int tokens(String text) {
    int n = 0;
    for (var sentence : Tokens.sentences(text)) {
      n += sentence.size();
    }
    return n;
  }

  NearDuplicateIndex index;
  Fingerprinter.Fingerprint probe;
  final Extractor extractor = new Extractor();
  final ArticleEnricher enricher = new ArticleEnricher();
  final CountryTagger countries = new CountryTagger();
  final CityTagger cities = new CityTagger(countries::isCountryName);
  final KnowledgeBase kb = KnowledgeBase.shipped();
  final EntityRecognizer recognizer =
      new EntityRecognizer(
          countries::isCountryName, countries::isPlaceName, NerLexicon.shipped()::isGivenName);

  @Setup
  public void setup() throws IOException {
    page =
        Files.readString(
            Path.of(System.getProperty("newsflow.samples", "samples"), "000_a2dc116d7f5d4140.txt"));
    StringBuilder h =
        new StringBuilder(
            "<html><head><title>t</title></head><body><nav>Home World</nav><article><h1>Title</h1>");
    for (String p : page.split("\n\n")) {
      h.append("<p>").append(p).append("</p>");
    }
    html = h.append("</article><footer>Copyright</footer></body></html>").toString();
    text = extractor.extract("text/plain", page).get(0).text();
    // the yardstick is a 5 KB article: the sample's text, continued by a second sample's
    // paragraphs
    StringBuilder five = new StringBuilder(text);
    String more =
        extractor
            .extract(
                "text/plain",
                Files.readString(
                    Path.of(
                        System.getProperty("newsflow.samples", "samples"),
                        "002_d1870b8e536c17f1.txt")))
            .get(0)
            .text();
    for (String para : more.split("\n\n")) {
      if (five.length() >= 5000) {
        break;
      }
      five.append("\n\n").append(para);
    }
    text5k = five.toString();
    System.out.println("EnrichBench: the 5 KB text has " + tokens(text5k) + " tokens");
    index = new NearDuplicateIndex(Kv.inMemory(), Kv.inMemory(), 0.5, 0.8, 604_800_000L);
    Random r = new Random(42);
    String[] words = text.split(" ");
    for (int i = 0; i < canonicals; i++) {
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < 400; w++) {
        sb.append(words[r.nextInt(words.length)]).append(' ');
      }
      Fingerprinter.Fingerprint fp = Fingerprinter.of(sb.toString());
      index.add(
          new DedupEntry(
              "c" + i,
              "u" + i,
              fp.signature(),
              fp.lead(),
              fp.shingles(),
              0,
              0,
              DedupEntry.UNDATED,
              "c" + i,
              fp.exact()));
    }
    probe = Fingerprinter.of(text);
  }

  @Benchmark
  public Object extractText() {
    return extractor.extract("text/plain", page);
  }

  @Benchmark
  public Object extractHtml() {
    return extractor.extract("text/html", html);
  }

  /**
   * Everything enrich does to tag one 5 KB article: countries, the knowledge base, cities and
   * regions, the recogniser and categories. Each call tags a fresh copy of the text, as each record
   * brings one: the taggers share one tokenisation per text object, and the same object every time
   * would measure that cut only once.
   */
  @Benchmark
  public Object tag() {
    String t = new String(text5k);
    List<Object> out = new ArrayList<>();
    out.add(countries.tag(t));
    out.add(kb.tag(t));
    out.add(cities.tag(t, List.of()));
    out.add(recognizer.recognise(t));
    out.add(Categorizer.evidence("", t));
    return out;
  }

  /**
   * enrich's whole entity step on the same fresh 5 KB text: watchlist, knowledge base, NER model,
   * countries, cities, rules and their precedence ({@code ArticleEnricher.entities}). Tokens per
   * CPU-second = tokens of the text (printed at setup) / this time. Warmed longer than the rest: on
   * two cores the JIT takes some 10,000 calls to compile the step's many methods (see {@link
   * EntityCost}); two 2-second rounds time the backlog.
   */
  @Benchmark
  @Warmup(iterations = 15, time = 2)
  public Object entityStep() {
    return enricher.entities("", new String(text5k), WatchlistTagger.EMPTY, "en");
  }

  /** The NER model alone (tokenising, features, greedy decoding) on the same text. */
  @Benchmark
  public Object nerModel() {
    return NerTagger.shipped().tag(new String(text5k));
  }

  @Benchmark
  public Object fingerprint() {
    return Fingerprinter.of(text);
  }

  @Benchmark
  public Object fingerprintAndLookup() {
    return index.find("probe", Fingerprinter.of(text), DedupEntry.UNDATED);
  }
}
