package io.newsflow.app.cli;

import io.newsflow.enrich.ner.NerTrainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train the shipped models from open data.",
    subcommands = {TrainCommand.Ner.class})
public final class TrainCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("Say what to train: 'newsflow train ner'");
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
    Path out =
        Path.of(
            System.getenv().getOrDefault("NEWSFLOW_HOME", "."),
            "enrich/src/main/resources/io/newsflow/enrich/ner/ner-en.bin.gz");

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
}
