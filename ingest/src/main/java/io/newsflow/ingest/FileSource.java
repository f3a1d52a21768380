package io.newsflow.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Files and folders of scraped pages. Folders are walked recursively in name order; a file inside a folder is taken
 * when its name matches an include glob (default: .txt, .html, .htm) and no exclude glob. A file named directly is
 * always taken. Files over the size cap are reported without being read.
 */
public final class FileSource implements Iterable<InputDocument> {
  public static final List<String> DEFAULT_INCLUDES = List.of("*.txt", "*.html", "*.htm");

  private final List<Path> roots;
  private final List<PathMatcher> includes;
  private final List<PathMatcher> excludes;
  private final long maxBytes;

  public FileSource(List<Path> roots, List<String> includes, List<String> excludes, long maxBytes) {
    this.roots = List.copyOf(roots);
    this.includes = includes.stream().map(FileSource::glob).toList();
    this.excludes = excludes.stream().map(FileSource::glob).toList();
    this.maxBytes = maxBytes;
    for (Path r : roots) {
      if (!Files.exists(r)) {
        throw new IllegalArgumentException("Input not found: " + r);
      }
    }
  }

  public FileSource(List<Path> roots, long maxBytes) {
    this(roots, DEFAULT_INCLUDES, List.of(), maxBytes);
  }

  private static PathMatcher glob(String g) {
    return FileSystems.getDefault().getPathMatcher("glob:" + g);
  }

  /** The files this source will read, in order. */
  public List<Path> files() {
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isRegularFile(root)) {
        out.add(root);
        continue;
      }
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(Files::isRegularFile).filter(this::wanted).sorted().forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list " + root, e);
      }
    }
    return out;
  }

  private boolean wanted(Path p) {
    Path name = p.getFileName();
    return includes.stream().anyMatch(m -> m.matches(name)) && excludes.stream().noneMatch(m -> m.matches(name) || m.matches(p));
  }

  @Override
  public Iterator<InputDocument> iterator() {
    Iterator<Path> files = files().iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return files.hasNext();
      }

      @Override
      public InputDocument next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return read(files.next());
      }
    };
  }

  private InputDocument read(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    String url = abs.toUri().toString();
    Path parent = abs.getParent();
    String source = parent == null || parent.getFileName() == null ? "file" : parent.getFileName().toString();
    long size;
    Instant modified;
    byte[] body = null;
    try {
      size = Files.size(abs);
      modified = Files.getLastModifiedTime(abs).toInstant();
      if (size <= maxBytes) {
        body = Files.readAllBytes(abs);
      }
    } catch (IOException e) {
      return new InputDocument("file", abs.toString(), url, source, null, null, 0, Instant.EPOCH, null);
    }
    return new InputDocument("file", abs.toString(), url, source, null, body, size, modified, null);
  }
}
