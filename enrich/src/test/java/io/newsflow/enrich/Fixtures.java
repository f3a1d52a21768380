package io.newsflow.enrich;

import io.newsflow.avro.IngestMetadata;
import io.newsflow.avro.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Test fixtures in the language of the domain. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2025-03-11T08:00:00Z");

  private Fixtures() {}

  static RawBuilder article(String body) {
    return new RawBuilder(body);
  }

  static String sample(String prefix) {
    try (var s = Files.list(repoRoot().resolve("samples"))) {
      Path p =
          s.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path repoRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(p.resolve("samples"))) {
      p = p.getParent();
    }
    return p;
  }

  static final class RawBuilder {
    private final String body;
    private String url = "https://news.example/story";
    private String id = "id-story";
    private String source = "news.example";
    private String contentType = "text/plain";
    private Instant published;
    private Instant fetched = T0;
    private boolean replay;

    RawBuilder(String body) {
      this.body = body;
    }

    RawBuilder at(String url) {
      this.url = url;
      this.id = "id-" + Integer.toHexString(url.hashCode());
      this.source = java.net.URI.create(url).getHost();
      return this;
    }

    RawBuilder html() {
      this.contentType = "text/html";
      return this;
    }

    RawBuilder publishedAt(Instant t) {
      this.published = t;
      return this;
    }

    RawBuilder fetchedAt(Instant t) {
      this.fetched = t;
      return this;
    }

    RawBuilder replayed() {
      this.replay = true;
      return this;
    }

    RawArticle build() {
      return RawArticle.newBuilder()
          .setId(id)
          .setSource(source)
          .setUrl(url)
          .setContentType(contentType)
          .setBody(body)
          .setFetchedAt(fetched)
          .setPublishedAt(published)
          .setIngest(
              IngestMetadata.newBuilder()
                  .setIngestedAt(fetched)
                  .setIngestor("test")
                  .setOrigin(url)
                  .setReplay(replay)
                  .setSizeBytes(body.length())
                  .setContentHash("-")
                  .build())
          .build();
    }
  }

  /** A plausible report of a few paragraphs. */
  static String report(String headline, String... paragraphs) {
    StringBuilder sb =
        new StringBuilder("Home\nWorld\nSubscribe\n\n").append(headline).append("\n\n");
    for (String p : paragraphs) {
      sb.append(p).append("\n\n");
    }
    return sb.append("Share this article\nCopyright 2025 Example Media. All rights reserved.\n")
        .toString();
  }

  private static final String[] WORDS =
      ("minister government police army border talks trade oil gas river city "
              + "province election court judge protest union workers port school hospital storm rain fire bridge road train "
              + "airport bank market prices farmers harvest drought water power plant company profits shares exports imports "
              + "report officials said on monday tuesday wednesday thursday friday after before during while because and the "
              + "a of in to with for from by about against near over under between among new old local national regional "
              + "leaders voters party council mayor governor president spokesman agency ministry group forces rebels troops "
              + "villagers residents children teachers doctors nurses engineers police-officers investigators")
          .split(" ");

  /**
   * A report of plausible shape whose words are drawn at random: distinct reports share almost no
   * shingles.
   */
  static String randomReport(long seed) {
    java.util.Random r = new java.util.Random(seed);
    StringBuilder sb = new StringBuilder("Report number ").append(seed).append("\n\n");
    for (int p = 0; p < 4; p++) {
      for (int w = 0; w < 30; w++) {
        String word = WORDS[r.nextInt(WORDS.length)];
        sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
            .append(w == 29 ? "." : " ");
      }
      sb.append("\n\n");
    }
    return sb.toString();
  }

  static final String[] FLOOD = {
    "Heavy rain caused the river to burst its banks on Tuesday, flooding hundreds of homes in the northern district.",
    "Emergency services said more than 2,000 people had been moved to shelters as the water kept rising overnight.",
    "The regional governor asked the army for help and said schools would stay closed for the rest of the week.",
  };

  static final String[] ELECTION = {
    "Voters in the capital queued for hours on Sunday as the electoral commission extended polling by two hours.",
    "Officials said turnout had passed sixty per cent by mid-afternoon, the highest figure in two decades.",
    "Results from the first districts are expected on Monday morning, the commission said in a statement.",
  };
}
