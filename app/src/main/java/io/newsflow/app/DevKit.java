package io.newsflow.app;

/**
 * The dev kit (embedded broker, development registry) is on the launcher's classpath in a source
 * checkout and absent from production images, which hold no broker. Commands that need it ask here
 * first, so its absence is a message a person can act on rather than a {@code
 * NoClassDefFoundError}. Classes that use the dev kit are only touched after this check.
 */
public final class DevKit {
  static final String PROBE = "io.newsflow.devkit.EmbeddedKafka";

  private DevKit() {}

  public static boolean present() {
    try {
      Class.forName(PROBE, false, DevKit.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Throws a usage error naming the command when the dev kit is not on the classpath. */
  public static void require(String command) {
    if (!present()) {
      throw new IllegalArgumentException(
          "'"
              + command
              + "' needs the dev kit (embedded broker, development schema "
              + "registry), which this installation leaves out: production images hold no broker. Run it from a source "
              + "checkout (./newsflow "
              + command
              + "), or run the stages against your cluster with "
              + "-D bootstrap.servers=HOST:PORT -D registry.url=URL.");
    }
  }
}
