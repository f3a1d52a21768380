package io.newsflow.ingest;

import io.newsflow.avro.RawArticle;

/**
 * One thing a source delivers: a page to check, a raw article from an archive, or an input that
 * failed.
 */
public sealed interface SourceItem permits InputDocument, SourceItem.Archived, SourceItem.Failure {

  /** Where it came from, for people. */
  String origin();

  /** A raw article as archived (JSON lines): published as it is, keeping its id and times. */
  record Archived(RawArticle article, String origin) implements SourceItem {}

  /** An input that could not be read: it becomes a dead letter with this reason. */
  record Failure(String origin, String reason, String message, byte[] bytes, long size)
      implements SourceItem {
    public static Failure of(String origin, String reason, String message) {
      return new Failure(origin, reason, message, new byte[0], 0);
    }
  }
}
