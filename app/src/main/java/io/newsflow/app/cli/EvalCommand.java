package io.newsflow.app.cli;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.TaggingMemo;
import io.newsflow.enrich.extract.Extractor;
import io.newsflow.enrich.extract.SnippetEvaluation;
import io.newsflow.enrich.ner.Conll;
import io.newsflow.enrich.ner.NerEvaluation;
import io.newsflow.enrich.ner.NerTagger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measure quality on data nobody here wrote.",
    subcommands = {EvalCommand.Ner.class, EvalCommand.Extraction.class})
public final class EvalCommand implements Callable<Integer> {
  /** The file, or a usage error naming it ({@code hint} says what to give instead). */
  static Path existingFile(Path f, String hint) {
    if (!Files.isRegularFile(f)) {
      throw new IllegalArgumentException("Input not found: " + f + hint);
    }
    return f;
  }

  @Override
  public Integer call() {
    System.err.println(
        "Say what to evaluate: 'newsflow eval ner FILE...' or 'newsflow eval extraction DIR'");
    return 2;
  }

  @Command(
      name = "ner",
      mixinStandardHelpOptions = true,
      description = {
        "Score entity tagging on CoNLL-style files (token TAG, or token POS chunk TAG; BIO or IOB1;",
        "-DOCSTART- between documents; .gz read through gzip). Each document's tokens are joined by spaces,",
        "one sentence a line, and tagged exactly as enrich tags an article; names are compared as exact spans.",
        "Prints conlleval-style precision, recall and F1 per type and micro-averaged, and tokens per CPU-second."
      })
  static final class Ner implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CoNLL files.")
    List<Path> files;

    @Option(
        names = "--types",
        split = ",",
        paramLabel = "TYPE",
        description = "Types scored (default PER,ORG,LOC; MISC is never produced as an entity).")
    List<String> types = List.of("PER", "ORG", "LOC");

    @Option(
        names = "--model-only",
        description = "Score the NER model alone, without lists and rules.")
    boolean modelOnly;

    @Option(names = "--errors", description = "Also list every wrong and missed name.")
    boolean errors;

    @Option(
        names = "--model",
        paramLabel = "FILE",
        description =
            "Score this NER model (written by 'newsflow train ner --out') instead of the shipped one,"
                + " e.g. one trained on the train splits only, on the dev splits.")
    Path model;

    @Option(
        names = "--skip-speed",
        description =
            "Skip the warm speed measurement (after scoring, the documents are tagged again for"
                + " about four CPU-seconds).")
    boolean skipSpeed;

    @Override
    public Integer call() throws Exception {
      List<Conll.Doc> docs = new ArrayList<>();
      for (Path f : files) {
        docs.addAll(Conll.read(existingFile(f, "")));
      }
      List<String> wrong = errors ? new ArrayList<>() : null;
      NerTagger ner = model == null ? NerTagger.shipped() : NerTagger.read(existingFile(model, ""));
      Function<String, List<NerEvaluation.Span>> tagger =
          modelOnly
              ? NerEvaluation.model(ner)
              : new ArticleEnricher(TaggingMemo.NONE, ner)::mentions;
      NerEvaluation.Result r = NerEvaluation.run(docs, types, tagger, wrong);
      if (wrong != null) {
        wrong.forEach(System.out::println);
      }
      System.out.println(
          docs.size()
              + " documents from "
              + files.size()
              + " file(s), "
              + (modelOnly ? "NER model alone" : "the pipeline's tagging")
              + (model == null ? "" : ", model " + model));
      System.out.print(r.report());
      if (!skipSpeed) {
        System.out.printf(
            Locale.ROOT,
            "warm: %.0f tokens per CPU-second of tagging (the median of the later half of repeated passes over"
                + " these documents, after JIT)%n",
            NerEvaluation.warmTokensPerCpuSecond(docs, tagger, 4_000_000_000L));
      }
      return 0;
    }
  }

  @Command(
      name = "extraction",
      mixinStandardHelpOptions = true,
      description = {
        "Score article extraction on pages annotated with snippets that must and must not appear",
        "(trafilatura's evaluation format: DIR/evaldata.json and DIR/html/*.html.gz), per page language."
      })
  static final class Extraction implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "e.g. ../shared/data/extraction/trafilatura")
    Path dir;

    @Option(names = "--failures", description = "Also list every snippet missed or wrongly kept.")
    boolean failures;

    @Override
    public Integer call() throws Exception {
      existingFile(dir.resolve("evaldata.json"), "");
      List<String> missed = failures ? new ArrayList<>() : null;
      Extractor x = new Extractor();
      Map<String, SnippetEvaluation.Score> r =
          SnippetEvaluation.run(dir, html -> x.extract("text/html", html), missed);
      r.forEach((lang, s) -> System.out.println(lang + "\t" + s));
      if (missed != null) {
        missed.forEach(System.out::println);
      }
      return 0;
    }
  }
}
