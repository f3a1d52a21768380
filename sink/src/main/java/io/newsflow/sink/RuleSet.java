package io.newsflow.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.Severity;
import io.newsflow.topics.Categories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A validated set of rules, parsed from the rules YAML format:
 *
 * <pre>
 * rules:
 *   - name: iran-pakistan-security   # unique
 *     topic: alerts.iran-pakistan     # output topic
 *     severity: high                  # low | medium | high | critical
 *     when: {all: [{countries: [IR]}, {countries: [PK]}]}
 * </pre>
 */
public record RuleSet(List<Rule> rules) {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> RULE_KEYS =
      Set.of("name", "topic", "severity", "when", "description", "throttle", "momentum");
  private static final ObjectMapper YAML_OUT =
      new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
  private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,200}");
  private static final List<String> TYPES =
      Arrays.stream(EntityType.values()).map(Enum::name).toList();

  /**
   * ISO 3166-1 alpha-2 codes (the JDK's table) and Kosovo's user-assigned XK, which news and enrich
   * use.
   */
  private static final Set<String> COUNTRIES = countries();

  private static Set<String> countries() {
    Set<String> out = new HashSet<>(Set.of(Locale.getISOCountries()));
    out.add("XK");
    return Set.copyOf(out);
  }

  public static RuleSet load(Path file) {
    try {
      return parse(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new RuleException("Cannot read rules file " + file + ": " + e.getMessage());
    }
  }

  public static RuleSet parse(String yaml, String origin) {
    JsonNode root;
    try {
      refuseAliases(yaml, origin);
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new RuleException(origin + ":" + line + ": not valid YAML: " + e.getOriginalMessage());
    }
    return parseTree(root, yaml, origin);
  }

  private static RuleSet parseTree(JsonNode root, String yaml, String origin) {
    if (root == null || !root.has("rules") || !root.get("rules").isArray()) {
      throw new RuleException(origin + ":1: expected a top-level 'rules:' list");
    }
    List<Rule> rules = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<String> errors = new ArrayList<>();
    int index = 0;
    JsonNode all = root.get("rules");
    for (JsonNode r : all) {
      int line = lineOf(yaml, r.path("name").asText(null), index);
      int next =
          index + 1 < all.size()
              ? lineOf(yaml, all.get(index + 1).path("name").asText(null), index + 1)
              : Integer.MAX_VALUE;
      try {
        rules.add(rule(r, yaml, origin, line, names));
      } catch (RuleException e) {
        errors.add(atKeyLine(e.getMessage(), yaml, origin, line, next, r.path("name").asText("")));
      }
      index++;
    }
    if (!errors.isEmpty()) {
      // every error at once, each at the line of the key at fault
      throw new RuleException(String.join("\n", errors));
    }

    return new RuleSet(List.copyOf(rules));
  }

  /** One rule; every problem it has is reported at once (one line each), not only the first. */
  private static Rule rule(JsonNode r, String yaml, String origin, int line, Set<String> names) {
    String where = origin + ":" + line;
    if (!r.isObject()) {
      throw new RuleException(
          where + ": each rule must be a mapping with name, topic, severity and when");
    }
    List<String> errs = new ArrayList<>();
    for (Iterator<String> it = r.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!RULE_KEYS.contains(k)) {
        errs.add(where + ": unknown rule key '" + k + "' (expected one of " + RULE_KEYS + ")");
      }
    }
    String name = attempt(errs, () -> text(r, "name", where));
    if (name != null && !names.add(name)) {
      errs.add(where + ": duplicate rule name '" + name + "'");
    }
    String ctx = where + ": rule '" + (name == null ? "?" : name) + "'";
    String topic = attempt(errs, () -> text(r, "topic", where));
    if (topic != null && !TOPIC.matcher(topic).matches()) {
      errs.add(ctx + ": topic '" + topic + "' is not a valid Kafka topic name");
    }
    Severity severity =
        attempt(
            errs,
            () -> {
              String v = text(r, "severity", where);
              try {
                return Severity.valueOf(v.toUpperCase(Locale.ROOT));
              } catch (IllegalArgumentException e) {
                throw new RuleException(
                    ctx + ": severity '" + v + "' must be low, medium, high or critical");
              }
            });
    Condition when = null;
    if (!r.has("when")) {
      errs.add(ctx + " has no 'when' condition");
    } else {
      when = attempt(errs, () -> condition(r.get("when"), ctx));
    }
    Rule.Throttle throttle =
        !r.has("throttle")
            ? null
            : attempt(
                errs,
                () -> {
                  JsonNode t = r.get("throttle");
                  return new Rule.Throttle(
                      positive(t, "max", ctx + " throttle"),
                      duration(t.path("per").asText(""), ctx + " throttle.per"));
                });
    Rule.Momentum momentum =
        !r.has("momentum")
            ? null
            : attempt(
                errs,
                () -> {
                  JsonNode m = r.get("momentum");
                  return new Rule.Momentum(
                      positive(m, "sources", ctx + " momentum"),
                      duration(m.path("within").asText(""), ctx + " momentum.within"));
                });
    if (!errs.isEmpty()) {
      throw new RuleException(String.join("\n", errs));
    }
    String source;
    try {
      source = YAML_OUT.writeValueAsString(r);
    } catch (JsonProcessingException e) {
      throw new RuleException(ctx + ": cannot be written back as YAML: " + e.getOriginalMessage());
    }
    return new Rule(name, topic, severity, when, throttle, momentum, source);
  }

  /** The value, or null with the problem added to {@code errs}. */
  private static <T> T attempt(List<String> errs, Supplier<T> step) {
    try {
      return step.get();
    } catch (RuleException e) {
      errs.add(e.getMessage());
      return null;
    }
  }

  /**
   * The error at the line of the key or value at fault: the first quoted word of the message (other
   * than the rule's name) that stands on a line of this rule's block.
   */
  private static String atKeyLine(
      String message, String yaml, String origin, int ruleLine, int nextRuleLine, String ruleName) {
    if (message.contains("\n")) {
      List<String> out = new ArrayList<>();
      Set<Integer> used = new HashSet<>();
      for (String m : message.split("\n")) {
        out.add(atKeyLine(m, yaml, origin, ruleLine, nextRuleLine, ruleName));
      }
      return String.join("\n", out);
    }
    String prefix = origin + ":" + ruleLine + ":";
    if (!message.startsWith(prefix)) {
      return message;
    }
    String[] lines = yaml.split("\\R", -1);
    Matcher quoted = Pattern.compile("'([^']+)'").matcher(message);
    while (quoted.find()) {
      String word = quoted.group(1);
      if (word.equals(ruleName)) {
        continue;
      }
      for (int i = ruleLine - 1; i < Math.min(lines.length, nextRuleLine - 1); i++) {
        if (lines[i].contains(word)) {
          return origin + ":" + (i + 1) + ":" + message.substring(prefix.length());
        }
      }
    }
    return message;
  }

  /**
   * YAML anchors and aliases ({@code &x} ... {@code *x}) are refused with the alias's line:
   * Jackson's tree model would read an alias as the plain text "x", a rule that silently never
   * fires. Write the value out instead.
   */
  private static void refuseAliases(String yaml, String origin) {
    if (yaml.indexOf('*') < 0) {
      return; // no alias can be present: the common case costs one scan
    }
    try (YAMLParser p = (YAMLParser) YAML.getFactory().createParser(yaml)) {
      while (p.nextToken() != null) {
        if (p.isCurrentAlias()) {
          throw new RuleException(
              origin
                  + ":"
                  + p.currentLocation().getLineNr()
                  + ": YAML alias *"
                  + p.getText()
                  + " is not supported in rules (it would be read as the text '"
                  + p.getText()
                  + "'); write the value out in full");
        }
      }
    } catch (JsonProcessingException e) {
      // not valid YAML: the tree reader reports it with its line
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One rule as published to the rules topic (a single mapping, as {@link Rule#yaml()} gives). */
  public static Rule parseOne(String yaml, String origin) {
    JsonNode node;
    try {
      refuseAliases(yaml, origin);
      node = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new RuleException(origin + ": not valid YAML: " + e.getOriginalMessage());
    }
    ObjectNode root = YAML.createObjectNode();
    root.putArray("rules").add(node);
    RuleSet one = parseTree(root, yaml, origin);
    if (one.rules().size() != 1) {
      throw new RuleException(origin + ": expected exactly one rule");
    }
    return one.rules().get(0);
  }

  private static int positive(JsonNode n, String key, String where) {
    JsonNode v = n.get(key);
    if (v == null || !v.canConvertToInt() || v.asInt() <= 0) {
      throw new RuleException(where + ": '" + key + "' must be a positive whole number");
    }
    return v.asInt();
  }

  /** 90s, 15m, 6h, 2d, or ISO-8601 (PT6H). */
  static Duration duration(String text, String where) {
    String t = text.strip();
    Matcher m = DURATION.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      return Duration.parse(t);
    } catch (DateTimeParseException e) {
      throw new RuleException(where + ": '" + text + "' is not a duration (e.g. 30m, 6h, 2d)");
    }
  }

  private static String text(JsonNode r, String key, String where) {
    JsonNode v = r.get(key);
    if (v == null || !v.isValueNode() || v.asText().isBlank()) {
      throw new RuleException(where + ": missing or empty '" + key + "'");
    }
    return v.asText().strip();
  }

  private static Condition condition(JsonNode n, String where) {
    if (n == null || !n.isObject() || n.size() != 1) {
      throw new RuleException(
          where
              + ": a condition is a mapping with exactly one key: all, any, not, or a leaf "
              + "(entities, types, countries, categories, keywords, sources)");
    }
    Map.Entry<String, JsonNode> e = n.properties().iterator().next();
    String key = e.getKey();
    JsonNode v = e.getValue();
    switch (key) {
      case "all":
      case "any":
        {
          if (!v.isArray() || v.isEmpty()) {
            throw new RuleException(where + ": '" + key + "' takes a non-empty list of conditions");
          }
          List<Condition> parts = new ArrayList<>();
          List<String> errs = new ArrayList<>();
          v.forEach(
              c -> {
                Condition part = attempt(errs, () -> condition(c, where));
                if (part != null) {
                  parts.add(part);
                }
              });
          if (!errs.isEmpty()) {
            throw new RuleException(String.join("\n", errs));
          }
          return key.equals("all") ? new Condition.All(parts) : new Condition.Any(parts);
        }
      case "not":
        return new Condition.Not(condition(v, where));
      default:
        List<String> values = values(v, key, where);
        return switch (key) {
          case "entities" -> new Condition.Entities(values);
          case "types" -> {
            for (String t : values) {
              if (TYPES.stream().noneMatch(x -> x.equalsIgnoreCase(t))) {
                throw new RuleException(
                    where
                        + ": unknown entity type '"
                        + t
                        + "' (expected one of "
                        + String.join(", ", TYPES)
                        + ")");
              }
            }
            yield new Condition.Types(values);
          }
          case "countries" -> {
            for (String c : values) {
              if (!c.matches("[A-Za-z]{2}") || !COUNTRIES.contains(c.toUpperCase(Locale.ROOT))) {
                throw new RuleException(
                    where + ": country '" + c + "' is not an ISO 3166-1 alpha-2 code");
              }
            }
            yield new Condition.Countries(values);
          }
          case "categories" -> {
            for (String c : values) {
              if (!Categories.ALL.contains(c)) {
                throw new RuleException(
                    where
                        + ": unknown category '"
                        + c
                        + "' (expected one of "
                        + String.join(", ", Categories.ALL)
                        + ")");
              }
            }
            yield new Condition.Categories(values);
          }
          case "keywords" -> Condition.Keywords.of(values);
          case "sources" -> new Condition.Sources(values);
          default ->
              throw new RuleException(
                  where
                      + ": unknown condition '"
                      + key
                      + "' (expected all, any, not, entities, types, countries, categories, keywords or sources)");
        };
    }
  }

  private static List<String> values(JsonNode v, String key, String where) {
    List<String> out = new ArrayList<>();
    if (v.isValueNode()) {
      out.add(v.asText());
    } else if (v.isArray()) {
      v.forEach(x -> out.add(x.asText()));
    }
    if (out.isEmpty() || out.stream().anyMatch(String::isBlank)) {
      throw new RuleException(
          where + ": '" + key + "' takes a value or a non-empty list of values");
    }
    return out;
  }

  /**
   * Line of a rule in the file, for error messages: where its name is declared, else where its list
   * item starts.
   */
  private static int lineOf(String yaml, String name, int index) {
    String[] lines = yaml.split("\\R", -1);
    if (name != null) {
      Pattern p =
          Pattern.compile("^\\s*-?\\s*name:\\s*[\"']?" + Pattern.quote(name) + "[\"']?\\s*(#.*)?$");
      for (int i = 0; i < lines.length; i++) {
        if (p.matcher(lines[i]).matches()) {
          return i + 1;
        }
      }
    }
    int seen = -1;
    Matcher item = Pattern.compile("^\\s*-\\s").matcher("");
    boolean inRules = false;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("rules:")) {
        inRules = true;
        continue;
      }
      if (inRules && item.reset(lines[i]).find() && lines[i].indexOf('-') <= 4 && ++seen == index) {
        return i + 1;
      }
    }
    return 1;
  }

  /** The distinct output topics of the rules. */
  public List<String> topics() {
    return rules.stream().map(Rule::topic).distinct().toList();
  }

  public Rule byName(String name) {
    return rules.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
  }
}
