package io.newsflow.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.Entity;
import io.newsflow.avro.Span;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.serde.AvroJson;
import io.newsflow.topics.DeadLetters;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description = {
      "Print the articles found in pages (text or HTML; files, folders) with their entities (ids, types,",
      "offsets), countries, categories and language, as JSON. For debugging and evaluation; needs no Kafka."
    })
public final class TagCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..*",
      paramLabel = "FILE|DIR|-",
      description =
          "Pages, or folders of pages (read as ingest reads them); standard input when absent or"
              + " '-'.")
  List<String> files = List.of("-");

  @Option(
      names = "--marked",
      description =
          "Print each article's text with its entity mentions marked inline ([PERSON Ana Ruiz]) instead of JSON:"
              + " to read what the tagger found, and missed, in context.")
  boolean marked;

  @Mixin ConfigOptions options;

  @Override
  public Integer call() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ArrayNode out = json.createArrayNode();
    ArticleEnricher enricher = new ArticleEnricher();
    List<String> rejected = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    // read and decoded exactly as ingest reads a page (charset, content type), then enriched as
    // enrich does
    LocalPages.run(
        files,
        options.config(),
        raw -> {
          List<EnrichedArticle> articles;
          try {
            articles = enricher.enrich(raw);
          } catch (RuntimeException | StackOverflowError e) {
            // the pipeline dead-letters such a page (extraction-failed); one page's failure does
            // not end the run here either
            rejected.add("extraction-failed: " + raw.getUrl() + ": " + DeadLetters.describe(e));
            return;
          }
          if (articles.isEmpty()) {
            // the pipeline dead-letters such a page with this reason; say so rather than print
            // nothing for it
            empty.add(raw.getUrl());
          }
          for (EnrichedArticle a : articles) {
            if (marked) {
              text.append("# ").append(a.getTitle()).append('\n');
              text.append("# ").append(a.getUrl()).append('\n').append(marked(a)).append("\n\n");
              continue;
            }
            ObjectNode n = out.addObject();
            n.put("url", a.getUrl());
            n.put("title", a.getTitle());
            n.put("language", a.getLanguage());
            n.set("countries", AvroJson.toJson(a).get("countries"));
            n.set("categories", AvroJson.toJson(a).get("categories"));
            n.set("entities", AvroJson.toJson(a).get("entities"));
            n.put("chars", a.getText().length());
          }
        },
        d -> rejected.add(d.getReason() + ": " + d.getMessage()));
    PrintStream ps = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ps.println(marked ? text : json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
    rejected.forEach(r -> System.err.println("rejected: " + r));
    empty.forEach(
        u ->
            System.err.println(
                "no-article-text: "
                    + u
                    + " (no run of paragraphs outside navigation, listings and page furniture;"
                    + " 'newsflow extract' shows what was read)"));
    return rejected.isEmpty() ? 0 : 1;
  }

  /** The text with every mention of every entity wrapped as {@code [TYPE text]}, in text order. */
  static String marked(EnrichedArticle a) {
    record Mention(int start, int end, String type) {}
    List<Mention> mentions = new ArrayList<>();
    for (Entity e : a.getEntities()) {
      for (Span s : e.getSpans()) {
        mentions.add(new Mention(s.getStart(), s.getEnd(), e.getType().name()));
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(m -> -m.end()));
    String text = a.getText();
    StringBuilder out = new StringBuilder(text.length() + 16 * mentions.size());
    int at = 0;
    for (Mention m : mentions) {
      if (m.start() < at || m.end() > text.length()) {
        continue; // nested in one already marked
      }
      out.append(text, at, m.start()).append('[').append(m.type()).append(' ');
      out.append(text, m.start(), m.end()).append(']');
      at = m.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
