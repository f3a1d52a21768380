package io.newsflow.ingest;

/** Why an input was not published, as a reason code and a sentence a person can act on. */
public record Rejection(String reason, String message) {
  public static final String EMPTY = "empty-input";
  public static final String TOO_LARGE = "too-large";
  public static final String BINARY = "binary-content";
  public static final String INVALID_UTF8 = "invalid-utf8";
  public static final String UNREADABLE = "unreadable";
}
