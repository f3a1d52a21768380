package io.newsflow.ingest;

/** Why an input was not published, as a reason code and a sentence a person can act on. */
public record Rejection(String reason, String message) {
  public static final String EMPTY = "empty-input";
  public static final String TOO_LARGE = "too-large";
  public static final String BINARY = "binary-content";
  public static final String INVALID_UTF8 = "invalid-utf8";
  public static final String UNREADABLE = "unreadable";
  public static final String DECOMPRESSION_CAP = "decompression-cap";
  public static final String MALFORMED_JSON = "malformed-json";
  public static final String TRUNCATED_WARC = "truncated-warc";
  public static final String INVALID_FEED = "invalid-feed";
  public static final String FETCH_FAILED = "fetch-failed";
  public static final String INVALID_CHARSET = "invalid-charset";

  /**
   * The broker or the client refused this one record (too large for the topic, a timestamp it will
   * not take).
   */
  public static final String SEND_REJECTED = "send-rejected";
}
