package io.newsflow.bench;

import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.RawArticle;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.ingest.InputDocument;
import io.newsflow.ingest.RawArticleFactory;
import io.newsflow.registry.InMemorySchemaRegistryClient;
import io.newsflow.serde.AvroSerde;
import io.newsflow.sink.Report;
import io.newsflow.sink.Rule;
import io.newsflow.sink.RuleSet;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-article cost of what each stage does besides Kafka, on pages of the bench corpus (2–8 KB,
 * chrome included): ingest's checks, enrich's whole per-page work, rule evaluation, and the Avro
 * serde (Confluent wire format).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class StageBench {
  List<RawArticle> raws = new ArrayList<>();
  List<EnrichedArticle> enriched = new ArrayList<>();
  List<byte[]> serialized = new ArrayList<>();
  List<Corpus.Page> pages;
  RuleSet rules;
  AvroSerde<EnrichedArticle> serde;
  final ArticleEnricher enricher = new ArticleEnricher();
  final RawArticleFactory factory = new RawArticleFactory(Clock.systemUTC(), 10_000_000, false);
  int i;

  @Setup
  public void setup() {
    pages = new Corpus(7, 0.0).pages(64);
    serde = new AvroSerde<>(EnrichedArticle.class, new InMemorySchemaRegistryClient(), false, true);
    for (Corpus.Page p : pages) {
      RawArticle raw = ((RawArticleFactory.Accepted) factory.check(doc(p))).article();
      raws.add(raw);
      EnrichedArticle e = enricher.enrich(raw).get(0);
      enriched.add(e);
      serialized.add(serde.serialize("t", e));
    }
    rules = RuleSet.parse(Bench.rules(), "bench");
  }

  static InputDocument doc(Corpus.Page p) {
    byte[] body = p.body().getBytes(StandardCharsets.UTF_8);
    return new InputDocument(
        "bench",
        p.url(),
        p.url(),
        p.source(),
        p.contentType(),
        null,
        body,
        body.length,
        null,
        null);
  }

  int next() {
    i = (i + 1) % pages.size();
    return i;
  }

  /** ingest: strict decoding, content sniffing, ids and hashes for one page. */
  @Benchmark
  public Object ingestCheck() {
    return factory.check(doc(pages.get(next())));
  }

  /**
   * enrich's per-page work before de-duplication: extraction, language, entities, countries,
   * categories.
   */
  @Benchmark
  public Object enrichPage() {
    return enricher.enrich(raws.get(next()));
  }

  /**
   * sink: every rule of the bench rule set against one article, sharing one text view, as the sink
   * does.
   */
  @Benchmark
  public int evaluateRules() {
    Report report = new Report(enriched.get(next()));
    return fired(r -> r.evaluate(report));
  }

  /**
   * Baseline for {@link #evaluateRules}: each rule builds its own view of the article, as before.
   */
  @Benchmark
  public int evaluateRulesViewPerRule() {
    EnrichedArticle a = enriched.get(next());
    return fired(r -> r.evaluate(a));
  }

  private int fired(Function<Rule, Optional<?>> evaluate) {
    int fired = 0;
    for (Rule r : rules.rules()) {
      if (evaluate.apply(r).isPresent()) {
        fired++;
      }
    }
    return fired;
  }

  @Benchmark
  public byte[] serializeEnriched() {
    return serde.serialize("t", enriched.get(next()));
  }

  @Benchmark
  public Object deserializeEnriched() {
    return serde.deserialize("t", serialized.get(next()));
  }
}
