package io.newsflow.ingest;

import io.newsflow.pages.DeclaredCharset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files and folders. Folders are walked recursively in name order, taking files whose name matches
 * an include glob and no exclude glob; a file named directly is always taken. Each file is read by
 * its kind: pages (.txt, .html, .htm, anything else; gzipped too, as .html.gz), JSON-lines archives
 * (.jsonl, .jsonl.gz), WARC archives (.warc, .warc.gz), feed files (.rss, .atom). Files over the
 * size cap are reported without being read.
 */
public final class FileSource implements Source {
  public static final List<String> DEFAULT_INCLUDES =
      List.of(
          "*.txt",
          "*.html",
          "*.htm",
          "*.txt.gz",
          "*.html.gz",
          "*.htm.gz",
          "*.jsonl",
          "*.jsonl.gz",
          "*.ndjson",
          "*.ndjson.gz",
          "*.warc",
          "*.warc.gz",
          "*.rss",
          "*.atom");
  private final List<Path> roots;
  private static final Logger LOG = LoggerFactory.getLogger(FileSource.class);
  private final List<PathMatcher> includes;
  private final List<String> includePatterns;
  private final List<PathMatcher> excludes;
  private final IngestLimits limits;

  public FileSource(
      List<Path> roots, List<String> includes, List<String> excludes, IngestLimits limits) {
    this.roots = List.copyOf(roots);
    this.includes = includes.stream().map(FileSource::glob).toList();
    this.includePatterns = List.copyOf(includes);
    this.excludes = excludes.stream().map(FileSource::glob).toList();
    this.limits = limits;
    for (Path r : roots) {
      if (!Files.exists(r)) {
        throw new IllegalArgumentException("Input not found: " + r);
      }
    }
  }

  public FileSource(List<Path> roots, long maxBytes) {
    this(roots, DEFAULT_INCLUDES, List.of(), IngestLimits.of(maxBytes));
  }

  private static PathMatcher glob(String g) {
    return FileSystems.getDefault().getPathMatcher("glob:" + g);
  }

  @Override
  public String describe() {
    return roots.toString();
  }

  /** The files this source will read, in order. */
  public List<Path> files() {
    return listing().files();
  }

  /**
   * The files in the folders that no include takes (or an exclude drops), in order: not read, so
   * said once when reading starts, lest a folder of gzipped pages ingest nothing in silence.
   */
  public List<Path> skipped() {
    return listing().skipped();
  }

  /** The files to read and those a folder holds that are not read (hidden ones aside). */
  private record Listing(List<Path> files, List<Path> skipped) {}

  /** One walk of every root, split into the files taken and those skipped. */
  private Listing listing() {
    List<Path> files = new ArrayList<>();
    List<Path> skipped = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isRegularFile(root)) {
        files.add(root);
        continue;
      }
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(Files::isRegularFile)
            .sorted()
            .forEach(
                p -> {
                  if (wanted(p)) {
                    files.add(p);
                  } else if (!p.getFileName().toString().startsWith(".")) {
                    skipped.add(p);
                  }
                });
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list " + root, e);
      }
    }
    return new Listing(files, skipped);
  }

  /** Whether a file in a folder is one to take. */
  public boolean wanted(Path p) {
    Path name = p.getFileName();
    return includes.stream().anyMatch(m -> m.matches(name))
        && excludes.stream().noneMatch(m -> m.matches(name) || m.matches(p));
  }

  @Override
  public long estimatedCount() {
    return files().size();
  }

  @Override
  public void read(Consumer<SourceItem> sink) {
    Listing listing = listing();
    List<Path> skipped = listing.skipped();
    if (!skipped.isEmpty()) {
      LOG.warn(
          "Skipped {} file(s) in {} that no include pattern takes, e.g. {} (patterns: {}; 'newsflow"
              + " ingest --include' adds one)",
          skipped.size(),
          roots,
          skipped.get(0).getFileName(),
          includePatterns);
    }
    for (Path f : listing.files()) {
      readFile(f, limits, sink);
    }
  }

  /** Reads one file by its kind. */
  public static void readFile(Path f, IngestLimits limits, Consumer<SourceItem> sink) {
    if (JsonLinesReader.handles(f)) {
      JsonLinesReader.read(f, limits, sink);
    } else if (WarcFileReader.handles(f)) {
      WarcFileReader.read(f, limits, sink);
    } else if (FeedFileReader.handles(f)) {
      FeedFileReader.read(f, limits, sink);
    } else {
      sink.accept(page(f, limits.maxBytes()));
    }
  }

  /**
   * The name a page is known by: a gzipped page's without its ".gz" (a.html.gz is an HTML page).
   */
  static String pageName(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
  }

  static SourceItem page(Path p, long maxBytes) {
    Path abs = p.toAbsolutePath().normalize();
    String url = abs.toUri().toString();
    Path parent = abs.getParent();
    String source =
        parent == null || parent.getFileName() == null ? "file" : parent.getFileName().toString();
    String name = pageName(abs);
    boolean gzipped = name.length() < abs.getFileName().toString().length();
    try {
      long size = Files.size(abs);
      Instant modified = Files.getLastModifiedTime(abs).toInstant();
      byte[] body = null;
      if (size <= maxBytes) {
        body = gzipped ? gunzipped(abs, maxBytes) : Files.readAllBytes(abs);
        size = body.length;
      }
      return new InputDocument(
          "file",
          abs.toString(),
          url,
          source,
          gzipped ? typeOf(name) : null, // the URL's .gz says nothing of what it holds
          declaredCharset(name, body),
          body,
          size,
          modified,
          null);
    } catch (CappedInputStream.CapExceededException e) {
      return SourceItem.Failure.of(
          abs.toString(),
          Rejection.TOO_LARGE,
          abs + " expands to more than the ingest.max.bytes cap of " + maxBytes + " bytes");
    } catch (IOException e) {
      return SourceItem.Failure.of(
          abs.toString(), Rejection.UNREADABLE, "Cannot read " + abs + ": " + e.getMessage());
    }
  }

  /** A gzipped page's own bytes; the cap is on the page's size, so a bomb stops at it. */
  private static byte[] gunzipped(Path file, long maxBytes) throws IOException {
    try (InputStream in =
        new CappedInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16), maxBytes)) {
      return in.readAllBytes();
    }
  }

  /** The media type a page's name says, or null when it says none. */
  private static String typeOf(String name) {
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return "text/html";
    }
    return name.endsWith(".txt") ? "text/plain" : null;
  }

  /** The charset an HTML file declares in its head; null (UTF-8) otherwise. */
  static String declaredCharset(String n, byte[] body) {
    if (body == null || !(n.endsWith(".html") || n.endsWith(".htm"))) {
      return null;
    }
    return DeclaredCharset.of(body);
  }
}
