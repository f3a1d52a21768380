package io.newsflow.config;

/** A configuration a person must fix: unknown key, bad value, unreadable file. Fatal: the process stops. */
public class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
