package io.newsflow.enrich;

import io.newsflow.avro.DeadLetter;
import io.newsflow.avro.DuplicateNotice;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.Story;

/** What a processor made of one record. Lives only between processors, never on a topic. */
public sealed interface Outcome {
  record Article(EnrichedArticle article) implements Outcome {}

  record Duplicate(DuplicateNotice notice) implements Outcome {}

  record Failed(DeadLetter deadLetter) implements Outcome {}

  /** A story as it stands after a report joined it. */
  record StoryUpdate(Story story) implements Outcome {}
}
