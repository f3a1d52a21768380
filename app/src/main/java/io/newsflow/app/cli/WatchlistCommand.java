package io.newsflow.app.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.newsflow.avro.EntityType;
import io.newsflow.avro.WatchlistEntry;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.config.YamlFiles;
import io.newsflow.runtime.TopicAdmin;
import io.newsflow.runtime.Wiring;
import io.newsflow.topics.TopicCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "watchlist",
    mixinStandardHelpOptions = true,
    description =
        "Entities to tag and watch, changed at run time through the compacted watchlist topic.",
    subcommands = {
      WatchlistCommand.Add.class,
      WatchlistCommand.Remove.class,
      WatchlistCommand.Load.class
    })
public final class WatchlistCommand implements Runnable {
  @Override
  public void run() {
    throw new IllegalArgumentException(
        "Say 'watchlist add', 'watchlist remove ID' or 'watchlist load FILE'");
  }

  static int publish(ConfigOptions options, List<WatchlistEntry> add, List<String> remove)
      throws Exception {
    NewsflowConfig config = options.config();
    try (Wiring wiring = Wiring.of(config)) {
      TopicCatalog topics = wiring.topics();
      TopicAdmin.ensure(config, topics, List.of());
      Map<String, Object> p = new HashMap<>(config.kafkaClientProps());
      p.put("acks", "all");
      p.put("enable.idempotence", true);
      String t = topics.watchlist().name();
      try (KafkaProducer<byte[], byte[]> producer =
          new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
        for (WatchlistEntry e : add) {
          producer
              .send(
                  new ProducerRecord<>(
                      t,
                      e.getId().getBytes(StandardCharsets.UTF_8),
                      topics.watchlist().valueSerde().serializer().serialize(t, e)))
              .get();
        }
        for (String id : remove) {
          producer.send(new ProducerRecord<>(t, id.getBytes(StandardCharsets.UTF_8), null)).get();
        }
      }
      System.out.println(
          "watchlist: " + add.size() + " added or updated, " + remove.size() + " removed, in " + t);
      return 0;
    }
  }

  static WatchlistEntry entry(
      String id, String name, List<String> aliases, String type, String country) {
    EntityType t;
    try {
      t = EntityType.valueOf(type.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "type must be one of PERSON, ORGANIZATION, COUNTRY, LOCATION, OTHER: " + type);
    }
    if (id == null || id.isBlank() || name == null || name.isBlank()) {
      throw new IllegalArgumentException("a watchlist entry needs an id and a name");
    }
    return WatchlistEntry.newBuilder()
        .setId(id)
        .setName(name)
        .setAliases(aliases)
        .setType(t)
        .setCountry(country == null || country.isBlank() ? null : country.toUpperCase(Locale.ROOT))
        .build();
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add or update one entity.")
  public static final class Add implements Callable<Integer> {
    @Option(names = "--id", required = true, description = "Canonical id, e.g. a Wikidata QID.")
    String id;

    @Option(names = "--name", required = true)
    String name;

    @Option(names = "--alias", description = "Another spelling or short form (repeatable).")
    List<String> aliases = new ArrayList<>();

    @Option(
        names = "--type",
        required = true,
        description = "PERSON, ORGANIZATION, COUNTRY, LOCATION or OTHER.")
    String type;

    @Option(names = "--country", description = "ISO 3166-1 alpha-2 code.")
    String country;

    @Mixin ConfigOptions options;

    @Override
    public Integer call() throws Exception {
      return publish(options, List.of(entry(id, name, aliases, type, country)), List.of());
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove entities by id.")
  public static final class Remove implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "ID")
    List<String> ids;

    @Mixin ConfigOptions options;

    @Override
    public Integer call() throws Exception {
      return publish(options, List.of(), ids);
    }
  }

  @Command(
      name = "load",
      mixinStandardHelpOptions = true,
      description =
          "Add every entity of a YAML file: watchlist: [{id, name, aliases, type, country}].")
  public static final class Load implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Mixin ConfigOptions options;

    @Override
    public Integer call() throws Exception {
      WatchlistFile list = YamlFiles.bind(file, WatchlistFile.class);
      if (list.watchlist() == null) {
        throw new IllegalArgumentException(file + ":1: expected a top-level 'watchlist:' list");
      }
      List<WatchlistEntry> entries = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      int i = 0;
      for (WatchlistFile.Entry n : list.watchlist()) {
        i++;
        try {
          entries.add(
              entry(
                  n.id(),
                  n.name(),
                  n.aliases() == null ? List.of() : n.aliases(),
                  n.type() == null ? "" : n.type(),
                  n.country()));
        } catch (IllegalArgumentException e) {
          problems.add(file + ": entry " + i + ": " + e.getMessage());
        }
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(String.join("\n", problems)); // every entry's problem
      }
      return publish(options, entries, List.of());
    }
  }

  /** A watchlist file as written; any other key is refused. */
  record WatchlistFile(@JsonProperty("watchlist") List<Entry> watchlist) {
    record Entry(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("aliases") List<String> aliases,
        @JsonProperty("type") String type,
        @JsonProperty("country") String country) {}
  }
}
