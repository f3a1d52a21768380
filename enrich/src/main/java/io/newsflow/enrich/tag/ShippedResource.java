package io.newsflow.enrich.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a model or list shipped in the jar, with one message for each way that fails: the resource
 * missing (a broken build or class path) or unreadable.
 */
public final class ShippedResource {
  private ShippedResource() {}

  /** Reads a resource's bytes into a value. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  /**
   * Reads {@code resource} (resolved against {@code owner}'s package unless it starts with '/');
   * {@code what} names it in errors ("the NER model"), {@code from} says where it should come from.
   */
  public static <T> T read(
      Class<?> owner, String resource, String what, String from, Reader<T> reader) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "Missing resource " + resource + ": " + what + " (" + from + ")");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + what + " from " + resource, e);
    }
  }
}
