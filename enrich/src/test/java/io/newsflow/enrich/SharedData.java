package io.newsflow.enrich;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the open real-world evaluation data lies: {@code -Dnewsflow.shared.dir}, {@code
 * NEWSFLOW_SHARED}, or the {@code shared/} folder beside the checkout. A user's clone has none, and
 * the tests that need it skip saying so.
 */
public final class SharedData {
  private SharedData() {}

  public static Optional<Path> dir(String sub) {
    String configured = System.getProperty("newsflow.shared.dir", System.getenv("NEWSFLOW_SHARED"));
    if (configured != null && !configured.isBlank()) {
      Path p =
          Path.of(configured)
              .resolve("data")
              .resolve(sub); // the folder that holds data/, as absent() says
      return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
    // from the module's folder upwards: the first shared/data beside a folder on the way
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path p = d.resolve("shared").resolve("data").resolve(sub);
      if (Files.isDirectory(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  public static String absent(String sub) {
    return "open evaluation data shared/data/"
        + sub
        + " is not beside this checkout (set -Dnewsflow.shared.dir or "
        + "NEWSFLOW_SHARED to the folder that holds data/): skipped";
  }
}
