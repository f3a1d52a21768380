package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.DuplicateNotice;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.IngestMetadata;
import io.newsflow.avro.RawArticle;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.registry.InMemorySchemaRegistryClient;
import io.newsflow.serde.NewsflowSerdes;
import io.newsflow.topics.TopicCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Precision and recall of de-duplication on the labelled set (see
 * src/test/resources/dedup/README.md): every variant must be flagged a duplicate of its own
 * original; no original and no hard negative may be flagged.
 */
class DedupQualityTest {
  @TempDir Path stateDir;

  static final Instant T0 = Instant.parse("2025-03-12T00:00:00Z");

  final TopicCatalog topics =
      new TopicCatalog("", new NewsflowSerdes(new InMemorySchemaRegistryClient(), true));
  int seq;

  RawArticle raw(String url, String contentType, String body) {
    return RawArticle.newBuilder()
        .setId("id" + (seq++) + "-" + Integer.toHexString(url.hashCode()))
        .setSource(java.net.URI.create(url).getHost())
        .setUrl(url)
        .setContentType(contentType)
        .setBody(body)
        .setFetchedAt(T0.plusSeconds(seq))
        .setPublishedAt(null)
        .setIngest(
            IngestMetadata.newBuilder()
                .setIngestedAt(T0)
                .setIngestor("test")
                .setOrigin(url)
                .setReplay(false)
                .setSizeBytes(body.length())
                .setContentHash("-")
                .build())
        .build();
  }

  @Test
  void noFalsePositiveAndRecallOfAtLeast95Percent() throws Exception {
    Properties p = new Properties();
    p.put("application.id", "dedup-quality");
    p.put("state.dir", stateDir.toString()); // its own: builds running side by side share no lock
    p.put("bootstrap.servers", "unused:9092");
    try (TopologyTestDriver d =
        new TopologyTestDriver(EnrichTopology.build(NewsflowConfig.defaults(), topics), p)) {
      TestInputTopic<byte[], byte[]> in =
          d.createInputTopic("news.raw", new ByteArraySerializer(), new ByteArraySerializer());
      TestOutputTopic<String, EnrichedArticle> enriched =
          d.createOutputTopic(
              "news.enriched",
              new StringDeserializer(),
              topics.enriched().valueSerde().deserializer());
      TestOutputTopic<String, DuplicateNotice> dups =
          d.createOutputTopic(
              "news.duplicates",
              new StringDeserializer(),
              topics.duplicates().valueSerde().deserializer());
      java.util.function.Consumer<RawArticle> send =
          a -> {
            in.pipeInput(
                a.getId().getBytes(),
                topics.raw().valueSerde().serializer().serialize("news.raw", a),
                a.getFetchedAt());
            d.advanceWallClockTime(
                java.time.Duration.ofMillis(
                    NewsflowConfig.defaults()
                        .getLong("enrich.dedup.grace.ms"))); // decided once the grace is over
          };

      // originals: the sample pages (8 articles) and the set's own reports
      Path root = Fixtures.repoRoot();
      try (Stream<Path> s =
          Stream.concat(
                  Files.list(root.resolve("samples")),
                  Files.list(root.resolve("enrich/src/test/resources/dedup/originals")))
              .sorted()) {
        for (Path f : s.toList()) {
          send.accept(
              raw(
                  "https://original.example/" + f.getFileName(),
                  "text/plain",
                  Files.readString(f)));
        }
      }
      List<EnrichedArticle> originals = enriched.readValuesToList();
      List<DuplicateNotice> flaggedOriginals = dups.readValuesToList();
      assertThat(originals).hasSizeGreaterThanOrEqualTo(11);

      // hard negatives: other reports of the same events, follow-ups
      List<String> negativeIds = new ArrayList<>();
      try (Stream<Path> s =
          Files.list(root.resolve("enrich/src/test/resources/dedup/negatives")).sorted()) {
        for (Path f : s.toList()) {
          RawArticle a =
              raw("https://negative.example/" + f.getFileName(), "text/plain", Files.readString(f));
          negativeIds.add(a.getId());
          send.accept(a);
        }
      }
      List<DuplicateNotice> flaggedNegatives = dups.readValuesToList();
      enriched.readValuesToList();

      // variants of every kind, of every original
      Map<String, int[]> byKind = new TreeMap<>(); // kind -> {found, total}
      List<String> misses = new ArrayList<>();
      int wrongCanonical = 0;
      for (EnrichedArticle o : originals) {
        Variants.Story story =
            new Variants.Story(o.getTitle(), Arrays.asList(o.getText().split("\n\n")));
        for (var kind : Variants.KINDS.entrySet()) {
          Variants.Page page =
              kind.getValue()
                  .apply(story, new Random(o.getId().hashCode() ^ kind.getKey().hashCode()));
          send.accept(
              raw(
                  "https://copy.example/" + kind.getKey() + "/" + o.getId(),
                  page.contentType(),
                  page.body()));
          List<DuplicateNotice> n = dups.readValuesToList();
          enriched.readValuesToList();
          int[] c = byKind.computeIfAbsent(kind.getKey(), k -> new int[2]);
          c[1]++;
          if (n.size() == 1 && n.get(0).getCanonicalId().equals(o.getId())) {
            c[0]++;
          } else {
            if (n.size() == 1) {
              wrongCanonical++;
            }
            misses.add(
                kind.getKey()
                    + " of "
                    + o.getId()
                    + " ("
                    + o.getLanguage()
                    + ")"
                    + (n.isEmpty() ? ": passed as new" : ": matched " + n.get(0).getCanonicalId()));
          }
        }
      }
      int positives = byKind.values().stream().mapToInt(c -> c[1]).sum();
      int tp = byKind.values().stream().mapToInt(c -> c[0]).sum();
      int fp = flaggedOriginals.size() + flaggedNegatives.size() + wrongCanonical;
      double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
      double recall = (double) tp / positives;

      StringBuilder report = new StringBuilder("\nDe-duplication quality (labelled set)\n");
      report.append(
          String.format(
              "  originals %d, hard negatives %d, variants %d%n",
              originals.size(), negativeIds.size(), positives));
      byKind.forEach((k, c) -> report.append(String.format("  %-28s %2d/%2d%n", k, c[0], c[1])));
      report.append(
          String.format(
              "  precision %.3f  recall %.3f  false positives %d%n", precision, recall, fp));
      // margin: how alike each hard negative is to its closest original
      try (Stream<Path> s =
          Files.list(root.resolve("enrich/src/test/resources/dedup/negatives")).sorted()) {
        for (Path f : s.toList()) {
          var fn =
              io.newsflow.enrich.dedup.Fingerprinter.of(
                  String.join(
                      "\n\n",
                      Arrays.asList(Files.readString(f).split("\n\n"))
                          .subList(1, Files.readString(f).split("\n\n").length)));
          double best = 0;
          double bestLead = 0;
          for (EnrichedArticle o : originals) {
            var fo = io.newsflow.enrich.dedup.Fingerprinter.of(o.getText());
            best =
                Math.max(
                    best,
                    io.newsflow.enrich.dedup.Fingerprinter.jaccard(
                        io.newsflow.enrich.dedup.Fingerprinter.FULL,
                        fn.signature(),
                        fo.signature()));
            bestLead =
                Math.max(
                    bestLead,
                    io.newsflow.enrich.dedup.Fingerprinter.jaccard(
                        io.newsflow.enrich.dedup.Fingerprinter.LEAD, fn.lead(), fo.lead()));
          }
          report.append(
              String.format(
                  "  negative %-32s closest Jaccard %.3f, lead %.3f%n",
                  f.getFileName(), best, bestLead));
        }
      }
      misses.forEach(m -> report.append("  missed: ").append(m).append('\n'));
      flaggedOriginals.forEach(
          n -> report.append("  FALSE POSITIVE original ").append(n.getId()).append('\n'));
      flaggedNegatives.forEach(
          n ->
              report
                  .append("  FALSE POSITIVE negative ")
                  .append(n.getUrl())
                  .append(" -> ")
                  .append(n.getCanonicalUrl())
                  .append(" ")
                  .append(n.getSimilarity())
                  .append('\n'));
      System.out.println(report);

      assertThat(fp).as(report.toString()).isZero();
      assertThat(recall).as(report.toString()).isGreaterThanOrEqualTo(0.95);
    }
  }
}
