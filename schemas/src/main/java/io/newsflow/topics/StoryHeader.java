package io.newsflow.topics;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The story of a report on {@code news.enriched} and {@code news.duplicates}, also as a record
 * header: a consumer that routes by story (the sink keys every report by it) reads it without
 * decoding the whole article. The record's {@code storyId} field stays the contract; the header is
 * the same value, set by enrich, and absent on records from before it (then read the field).
 */
public final class StoryHeader {
  public static final String NAME = "newsflow.story";

  private StoryHeader() {}

  /** The headers with this story set (any earlier story header replaced). */
  public static Headers with(Headers headers, String storyId) {
    Headers h = new RecordHeaders(headers.toArray());
    h.remove(NAME);
    if (storyId != null) {
      h.add(NAME, storyId.getBytes(StandardCharsets.UTF_8));
    }
    return h;
  }

  /** The story a record's headers name, if any. */
  public static Optional<String> of(Headers headers) {
    Header h = headers.lastHeader(NAME);
    return h == null || h.value() == null
        ? Optional.empty()
        : Optional.of(new String(h.value(), StandardCharsets.UTF_8));
  }
}
