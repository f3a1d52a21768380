package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.avro.DedupInfo;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.Entity;
import io.newsflow.avro.EntityType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetTest {
  static EnrichedArticle enriched(
      String id, String title, String text, List<String> countries, List<String> categories) {
    return EnrichedArticle.newBuilder()
        .setId(id)
        .setParentId(id)
        .setUrl("https://x.example/" + id)
        .setSource("x.example")
        .setTitle(title)
        .setText(text)
        .setLanguage("en")
        .setFetchedAt(Instant.parse("2025-01-01T00:00:00Z"))
        .setEntities(
            countries.stream()
                .map(
                    c ->
                        Entity.newBuilder()
                            .setId("country:" + c)
                            .setName(c)
                            .setType(EntityType.COUNTRY)
                            .setMentions(1)
                            .setCountry(c)
                            .build())
                .toList())
        .setCountries(countries)
        .setCategories(categories)
        .setDedup(DedupInfo.newBuilder().setFingerprint("f").setMethod("m").build())
        .build();
  }

  @Test
  void theShippedRulesFileIsValid() {
    RuleSet rules = RuleSet.load(repo().resolve("config/rules.yaml"));
    assertThat(rules.rules())
        .extracting(Rule::name)
        .contains("iran-pakistan-security", "watch-bla");
    assertThat(rules.topics()).contains("alerts.iran-pakistan", "alerts.watchlist");
  }

  @Test
  void allAnyAndLeavesExplainWhatMatched() {
    Rule r =
        RuleSet.parse(
                String.join(
                    "\n",
                    "rules:",
                    "  - name: r1",
                    "    topic: alerts.x",
                    "    severity: high",
                    "    when:",
                    "      all:",
                    "        - countries: [IR]",
                    "        - countries: [PK]",
                    "        - any:",
                    "            - categories: [armed-attack]",
                    "            - keywords: [\"drone strike\", missile]"),
                "t.yaml")
            .rules()
            .get(0);
    EnrichedArticle hit =
        enriched(
            "a", "Border clash", "A drone  strike hit the border.", List.of("IR", "PK"), List.of());
    Match m = r.evaluate(hit).orElseThrow();
    assertThat(m.countries()).containsExactly("IR", "PK");
    assertThat(m.keywords()).containsExactly("drone strike");
    assertThat(r.evaluate(enriched("b", "t", "A drone strike.", List.of("IR"), List.of())))
        .isEmpty();
    // whole words only
    assertThat(
            r.evaluate(enriched("c", "t", "Missiles everywhere.", List.of("IR", "PK"), List.of())))
        .isEmpty();
  }

  @Test
  void notExcludes() {
    Rule r =
        RuleSet.parse(
                "rules:\n- name: n\n  topic: alerts.n\n  severity: low\n  when:\n    all:\n"
                    + "      - countries: [IR]\n      - not: {categories: [economy]}\n",
                "t")
            .rules()
            .get(0);
    assertThat(r.evaluate(enriched("a", "t", "x", List.of("IR"), List.of()))).isPresent();
    assertThat(r.evaluate(enriched("a", "t", "x", List.of("IR"), List.of("economy")))).isEmpty();
  }

  @Test
  void badFilesAreRefusedWithLineAndReason() {
    assertThatThrownBy(
            () ->
                RuleSet.parse(
                    "rules:\n  - name: a\n    topic: alerts.a\n    severity: urgent\n"
                        + "    when: {countries: [IR]}\n",
                    "r.yaml"))
        .isInstanceOf(RuleException.class)
        .hasMessageStartingWith("r.yaml:4:")
        .hasMessageContaining("severity");
    assertThatThrownBy(
            () ->
                RuleSet.parse(
                    "rules:\n  - name: a\n    topic: alerts.a\n    severity: low\n"
                        + "    when: {country: [IR]}\n",
                    "r.yaml"))
        .hasMessageContaining("unknown condition 'country'");
    assertThatThrownBy(
            () ->
                RuleSet.parse(
                    "rules:\n  - name: a\n    topic: alerts.a\n    severity: low\n"
                        + "    when: {countries: [Iran]}\n",
                    "r.yaml"))
        .hasMessageContaining("not an ISO 3166-1 alpha-2 code");
    assertThatThrownBy(
            () ->
                RuleSet.parse(
                    "rules:\n  - name: a\n    topic: t\n    severity: low\n    when: {countries: [IR]}\n"
                        + "  - name: a\n    topic: t\n    severity: low\n    when: {countries: [IR]}\n",
                    "r.yaml"))
        .hasMessageContaining("duplicate rule name 'a'");
    assertThatThrownBy(() -> RuleSet.parse("rules: [\n", "r.yaml"))
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void throttleMomentumAndTheRulesOwnYaml() {
    Rule r =
        RuleSet.parse(
                "rules:\n  - name: m\n    topic: alerts.m\n    severity: high\n    when: {countries: [IR]}\n"
                    + "    throttle: {max: 5, per: 30m}\n    momentum: {sources: 3, within: PT6H}\n",
                "t")
            .rules()
            .get(0);
    assertThat(r.throttle()).isEqualTo(new Rule.Throttle(5, java.time.Duration.ofMinutes(30)));
    assertThat(r.momentum()).isEqualTo(new Rule.Momentum(3, java.time.Duration.ofHours(6)));
    Rule again = RuleSet.parseOne(r.yaml(), "topic");
    assertThat(again.name()).isEqualTo("m");
    assertThat(again.momentum()).isEqualTo(r.momentum());
    assertThatThrownBy(
            () ->
                RuleSet.parse(
                    "rules:\n  - name: m\n    topic: t\n    severity: low\n"
                        + "    when: {countries: [IR]}\n    throttle: {max: 0, per: 1h}\n",
                    "f.yaml"))
        .hasMessageContaining("'max'");
    assertThatThrownBy(
            () ->
                RuleSet.parse(
                    "rules:\n  - name: m\n    topic: t\n    severity: low\n"
                        + "    when: {countries: [IR]}\n    momentum: {sources: 2, within: soon}\n",
                    "f.yaml"))
        .hasMessageContaining("not a duration");
  }

  static Path repo() {
    Path p = Path.of("").toAbsolutePath();
    while (!p.resolve("config/rules.yaml").toFile().exists()) {
      p = p.getParent();
    }
    return p;
  }

  @Test
  void unknownCategoriesTypesAndCountriesAreRefusedWithTheWordAtFault() {
    String head = "rules:\n  - name: a\n    topic: alerts.a\n    severity: low\n    when:\n";
    assertThatThrownBy(() -> RuleSet.parse(head + "      categories: [armed-atack]\n", "r.yaml"))
        .hasMessageContaining("unknown category 'armed-atack'")
        .hasMessageContaining("armed-attack");
    assertThatThrownBy(() -> RuleSet.parse(head + "      types: [PERSONN]\n", "r.yaml"))
        .hasMessageContaining("unknown entity type 'PERSONN'");
    assertThatThrownBy(() -> RuleSet.parse(head + "      countries: [QQ]\n", "r.yaml"))
        .hasMessageContaining("country 'QQ' is not an ISO 3166-1 alpha-2 code");
    RuleSet ok =
        RuleSet.parse(
            head
                + "      all:\n        - countries: [ru, XK]\n        - types: [person]\n"
                + "        - categories: [nuclear]\n",
            "r.yaml");
    org.assertj.core.api.Assertions.assertThat(ok.rules()).hasSize(1);
  }

  @Test
  void yamlAliasesAreRefusedRatherThanReadAsTheirName() {
    String yaml =
        "rules:\n  - name: a\n    topic: alerts.a\n    severity: low\n    when:\n"
            + "      countries: &gulf [IR, SA]\n  - name: b\n    topic: alerts.b\n    severity: low\n    when:\n"
            + "      countries: *gulf\n";
    assertThatThrownBy(() -> RuleSet.parse(yaml, "r.yaml"))
        .hasMessageContaining("r.yaml:11")
        .hasMessageContaining("alias *gulf");
  }

  @Test
  void everyBadKeyIsReportedAtOnceAtItsOwnLine() {
    String yaml =
        """
        rules:
          - name: a
            topic: alerts.a
            severity: urgent
            when:
              all:
                - countries: [IR]
                - categories: [armed-atack]
          - name: b
            topic: alerts.b
            severity: low
            throttel: {max: 3, per: 1h}
            when: {countries: [PK]}
        """;
    assertThatThrownBy(() -> RuleSet.parse(yaml, "r.yaml"))
        .hasMessageContaining("r.yaml:4: rule 'a': severity 'urgent'")
        .hasMessageContaining("r.yaml:8: rule 'a': unknown category 'armed-atack'")
        .hasMessageContaining("r.yaml:12: unknown rule key 'throttel'");
  }
}
