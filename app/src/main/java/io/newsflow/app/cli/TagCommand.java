package io.newsflow.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.IngestMetadata;
import io.newsflow.avro.RawArticle;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.serde.AvroJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "tag", mixinStandardHelpOptions = true,
    description = {"Print the articles found in one page (text or HTML) with their entities (ids, types, offsets),",
        "countries, categories and language, as JSON. For debugging and evaluation; needs no Kafka."})
public final class TagCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "FILE|-", description = "The page; standard input when absent or '-'.")
  String file = "-";

  @Override
  public Integer call() throws Exception {
    byte[] body = file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
    String text = new String(body, StandardCharsets.UTF_8);
    boolean html = file.endsWith(".html") || file.endsWith(".htm") || text.stripLeading().startsWith("<");
    RawArticle raw = RawArticle.newBuilder().setId("tag").setSource("tag").setUrl(file.equals("-") ? "stdin" : file)
        .setContentType(html ? "text/html" : "text/plain").setBody(text).setFetchedAt(Instant.now())
        .setIngest(IngestMetadata.newBuilder().setIngestedAt(Instant.now()).setIngestor("tag").setOrigin(file)
            .setSizeBytes(body.length).setContentHash("-").build())
        .build();
    ObjectMapper json = new ObjectMapper();
    ArrayNode out = json.createArrayNode();
    for (EnrichedArticle a : new ArticleEnricher().enrich(raw)) {
      ObjectNode n = out.addObject();
      n.put("title", a.getTitle());
      n.put("language", a.getLanguage());
      n.set("countries", AvroJson.toJson(a).get("countries"));
      n.set("categories", AvroJson.toJson(a).get("categories"));
      n.set("entities", AvroJson.toJson(a).get("entities"));
      n.put("chars", a.getText().length());
    }
    System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
    return 0;
  }
}
