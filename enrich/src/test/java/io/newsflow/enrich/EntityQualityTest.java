package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import io.newsflow.enrich.tag.NameKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of entities and countries per type on the gold set
 * (src/test/resources/entities).
 */
class EntityQualityTest {
  static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY");

  @Test
  void precisionAndRecallPerType() throws Exception {
    Path dir = Fixtures.repoRoot().resolve("enrich/src/test/resources/entities");
    JsonNode gold =
        new ObjectMapper(new YAMLFactory()).readTree(Files.readString(dir.resolve("gold.yaml")));
    ArticleEnricher enricher = new ArticleEnricher();
    Map<String, int[]> counts = new LinkedHashMap<>(); // type -> {tp, predicted, gold}
    TYPES.forEach(t -> counts.put(t, new int[3]));
    StringBuilder misses = new StringBuilder();
    for (Iterator<String> it = gold.fieldNames(); it.hasNext(); ) {
      String file = it.next();
      Path p = file.startsWith("samples/") ? Fixtures.repoRoot().resolve(file) : dir.resolve(file);
      List<EnrichedArticle> parts = enricher.enrich(Fixtures.article(Files.readString(p)).build());
      for (String type : TYPES) {
        Set<String> want = new LinkedHashSet<>();
        gold.path(file)
            .path(type)
            .forEach(
                n -> want.add(type.equals("COUNTRY") ? n.asText() : NameKeys.loose(n.asText())));
        Set<String> got = new LinkedHashSet<>();
        for (EnrichedArticle a : parts) {
          if (type.equals("COUNTRY")) {
            got.addAll(a.getCountries());
          } else {
            for (Entity e : a.getEntities()) {
              if (e.getType() == EntityType.valueOf(type)) {
                got.add(NameKeys.loose(e.getName()));
              }
            }
          }
        }
        int[] c = counts.get(type);
        for (String g : got) {
          if (want.contains(g)) {
            c[0]++;
          } else {
            misses.append(String.format("  extra   %-12s %-22s %s%n", type, file, g));
          }
        }
        for (String w : want) {
          if (!got.contains(w)) {
            misses.append(String.format("  missed  %-12s %-22s %s%n", type, file, w));
          }
        }
        c[1] += got.size();
        c[2] += want.size();
      }
    }
    StringBuilder report = new StringBuilder("\nEntity quality (gold set)\n");
    int tp = 0;
    int predicted = 0;
    int wanted = 0;
    for (var e : counts.entrySet()) {
      int[] c = e.getValue();
      report.append(
          String.format(
              "  %-12s precision %.2f  recall %.2f  (%d correct, %d predicted, %d gold)%n",
              e.getKey(),
              c[1] == 0 ? 1.0 : (double) c[0] / c[1],
              c[2] == 0 ? 1.0 : (double) c[0] / c[2],
              c[0],
              c[1],
              c[2]));
      tp += c[0];
      predicted += c[1];
      wanted += c[2];
    }
    double precision = (double) tp / predicted;
    double recall = (double) tp / wanted;
    report
        .append(String.format("  all          precision %.2f  recall %.2f%n", precision, recall))
        .append(misses);
    System.out.println(report);
    // floors that guard what is measured today (see README). This set was written around the
    // knowledge base, so the NER model's names beyond it cost some precision here (0.97 -> 0.90)
    // while they bring recall elsewhere. Recall was 0.93 before and with the model, 0.95 since
    // strong place cues outweigh the model (the state of Rio Grande do Sul), "Command" heads an
    // organisation and a surname keeps its "al-", 0.98 since towns name the model's lone
    // "people" in a place's context (Gwadar, Tibu); it must not drop back
    assertThat(precision).as(report.toString()).isGreaterThanOrEqualTo(0.87);
    assertThat(recall).as(report.toString()).isGreaterThanOrEqualTo(0.97);
  }
}
