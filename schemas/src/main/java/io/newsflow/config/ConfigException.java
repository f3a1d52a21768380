package io.newsflow.config;

/**
 * A configuration a person must fix: unknown key, bad value, unreadable file. Fatal: the process
 * stops.
 */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
