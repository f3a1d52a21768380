package io.newsflow.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's sample pages are, from a module's working directory. */
final class DemoITSupport {
  private DemoITSupport() {}

  static Path samples() {
    Path p = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(p.resolve("samples"))) {
      p = p.getParent();
    }
    return p.resolve("samples");
  }
}
