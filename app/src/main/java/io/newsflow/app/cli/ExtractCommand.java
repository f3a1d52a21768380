package io.newsflow.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.ingest.IngestSummary;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Print what the pipeline extracts from pages: one JSON line per input with source, title, text,",
      "published, language and parts (each article found on the page). Reads files, folders, archives or '-'",
      "exactly as ingest does, and extracts exactly as enrich does; needs no Kafka. Rejected inputs print a line",
      "with their dead-letter reason."
    })
public final class ExtractCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR|-",
      description = "Pages, folders, archives; '-' for standard input.")
  List<String> inputs;

  @Mixin ConfigOptions options;

  @Override
  public Integer call() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ArticleEnricher enricher = new ArticleEnricher();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    IngestSummary s =
        LocalPages.run(
            inputs,
            options.config(),
            raw -> {
              List<EnrichedArticle> parts = enricher.enrich(raw);
              ObjectNode n = json.createObjectNode();
              n.put("source", raw.getIngest().getOrigin());
              n.put("url", raw.getUrl());
              n.put("title", parts.isEmpty() ? "" : parts.get(0).getTitle());
              n.put(
                  "text",
                  String.join("\n\n", parts.stream().map(EnrichedArticle::getText).toList()));
              n.put(
                  "published",
                  raw.getPublishedAt() == null ? null : raw.getPublishedAt().toString());
              if (raw.getIngest().getStatedTime() != null) {
                n.put("statedTime", raw.getIngest().getStatedTime());
              }
              n.put("language", parts.isEmpty() ? null : parts.get(0).getLanguage());
              ArrayNode arr = n.putArray("parts");
              for (EnrichedArticle a : parts) {
                ObjectNode p = arr.addObject();
                p.put("index", a.getPartIndex());
                p.put("title", a.getTitle());
                p.put("text", a.getText());
              }
              if (parts.isEmpty()) {
                n.put("deadLetter", "no-article-text");
              }
              print(out, json, n);
            },
            d -> {
              ObjectNode n = json.createObjectNode();
              n.put("source", d.getOrigin());
              n.put("deadLetter", d.getReason());
              n.put("message", d.getMessage());
              print(out, json, n);
            });
    out.flush();
    System.err.println("extract: " + s);
    return 0;
  }

  private static void print(PrintStream out, ObjectMapper json, ObjectNode n) {
    try {
      out.println(json.writeValueAsString(n));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
