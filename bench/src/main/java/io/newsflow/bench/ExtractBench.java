package io.newsflow.bench;

import io.newsflow.enrich.extract.Extractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction against its floor, a bare jsoup parse of the same pages, in the same run: the ratio
 * {@code extract / parse} is the figure (the extraction includes its own parse). Pages: real ones
 * from {@code -Dnewsflow.pages=DIR} (*.html or *.html.gz, e.g.
 * shared/data/extraction/trafilatura/html; the first 200), else the HTML form of the samples.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ExtractBench {
  List<String> pages = new ArrayList<>();
  final Extractor extractor = new Extractor();

  @Setup
  public void setup() throws IOException {
    String dir = System.getProperty("newsflow.pages", "");
    if (!dir.isBlank() && Files.isDirectory(Path.of(dir))) {
      pages.addAll(pages(Path.of(dir), 200));
    }
    if (pages.isEmpty()) {
      try (DirectoryStream<Path> ds =
          Files.newDirectoryStream(
              Path.of(System.getProperty("newsflow.samples", "samples")), "*.txt")) {
        for (Path p : ds) {
          StringBuilder h =
              new StringBuilder(
                  "<html><head><title>t</title></head><body><nav><a href='/'>Home</a>"
                      + "<a href='/w'>World</a></nav><main><article><h1>Title</h1>");
          for (String para : Files.readString(p).split("\n\n")) {
            h.append("<p>").append(para).append("</p>");
          }
          pages.add(
              h.append(
                      "</article></main><aside class='related'><a href='/x'>More</a></aside>"
                          + "<footer>Copyright</footer></body></html>")
                  .toString());
        }
      }
    }
  }

  /**
   * The first {@code limit} pages of a folder (*.html, *.html.gz), in name order, read as UTF-8.
   */
  static List<String> pages(Path dir, int limit) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      ds.forEach(files::add);
    }
    files.sort(null);
    List<String> out = new ArrayList<>();
    for (Path p : files.subList(0, Math.min(limit, files.size()))) {
      try (InputStream in =
          p.toString().endsWith(".gz")
              ? new GZIPInputStream(Files.newInputStream(p))
              : Files.newInputStream(p)) {
        out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /** All pages parsed by jsoup, nothing else: the floor. */
  @Benchmark
  public int parse() {
    int n = 0;
    for (String p : pages) {
      n += Jsoup.parse(p).childNodeSize();
    }
    return n;
  }

  /** All pages through enrich's extraction. */
  @Benchmark
  public int extract() {
    int n = 0;
    for (String p : pages) {
      n += extractor.extract("text/html", p).size();
    }
    return n;
  }
}
