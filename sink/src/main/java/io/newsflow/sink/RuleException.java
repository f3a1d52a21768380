package io.newsflow.sink;

/** A rules file a person must fix; the message names the file, the line and the reason. */
public class RuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RuleException(String message) {
    super(message);
  }
}
