package io.newsflow.app.cli;

import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.RawArticle;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.ingest.FileSource;
import io.newsflow.ingest.IngestSummary;
import io.newsflow.ingest.Ingestor;
import io.newsflow.ingest.Inputs;
import io.newsflow.ingest.RawArticleFactory;
import io.newsflow.ingest.RawSink;
import io.newsflow.ingest.Source;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs pages through ingest's own reading and checking (sources, charset, content-type sniffing,
 * size caps, date sanity) without Kafka, handing each raw article or dead letter to the caller:
 * what {@code extract} and {@code tag} print is what the pipeline would see.
 */
final class LocalPages {
  private LocalPages() {}

  static IngestSummary run(
      List<String> specs,
      NewsflowConfig config,
      Consumer<RawArticle> onArticle,
      Consumer<DeadLetter> onReject) {
    Clock clock = Clock.systemUTC();
    List<Source> sources =
        Inputs.resolve(specs, FileSource.DEFAULT_INCLUDES, List.of(), config, System.in, clock);
    RawSink sink =
        new RawSink() {
          @Override
          public void publish(RawArticle article) {
            onArticle.accept(article);
          }

          @Override
          public void reject(DeadLetter deadLetter) {
            onReject.accept(deadLetter);
          }

          @Override
          public void flush() {}
        };
    long max = config.getLong("ingest.max.bytes");
    return new Ingestor(sink, new RawArticleFactory(clock, max, false), clock)
        .run(sources, n -> {});
  }
}
