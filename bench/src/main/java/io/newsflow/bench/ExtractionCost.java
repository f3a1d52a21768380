package io.newsflow.bench;

import io.newsflow.enrich.extract.Extractor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * Extraction's cost as a ratio to its floor, robust to a shared machine: each page is parsed bare
 * and then extracted, one after the other, and the thread's CPU time of each is summed; the median
 * ratio of 20 rounds (after 10 warm-up rounds) is reported with CPU ms per page. Usage: {@code
 * ExtractionCost DIR [PAGES]} with a folder of *.html or *.html.gz pages (e.g.
 * ../shared/data/extraction/trafilatura/html).
 */
public final class ExtractionCost {
  private ExtractionCost() {}

  public static void main(String[] args) throws IOException {
    List<String> pages =
        ExtractBench.pages(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 200);
    Extractor x = new Extractor();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    List<Double> ratios = new ArrayList<>();
    List<Double> msPerPage = new ArrayList<>();
    long sink = 0;
    for (int round = 0; round < 30; round++) {
      long parse = 0;
      long extract = 0;
      for (String p : pages) {
        long t0 = cpu.getCurrentThreadCpuTime();
        sink += Jsoup.parse(p).childNodeSize();
        long t1 = cpu.getCurrentThreadCpuTime();
        sink += x.extract("text/html", p).size();
        long t2 = cpu.getCurrentThreadCpuTime();
        parse += t1 - t0;
        extract += t2 - t1;
      }
      if (round >= 10) {
        ratios.add((double) extract / parse);
        msPerPage.add(extract / 1e6 / pages.size());
      }
    }
    double ms = ThreadCpu.median(msPerPage);
    double ratio = ThreadCpu.median(ratios);
    System.out.printf(
        Locale.ROOT,
        "%d pages: extraction %.2f CPU ms per page, %.2fx a bare jsoup parse "
            + "(median of 20 rounds; range %.2f-%.2f) [%d]%n",
        pages.size(),
        ms,
        ratio,
        ratios.get(0),
        ratios.get(ratios.size() - 1),
        sink % 10);
  }
}
