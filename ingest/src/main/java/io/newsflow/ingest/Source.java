package io.newsflow.ingest;

import java.util.List;
import java.util.function.Consumer;

/**
 * A place news comes from. Reading never throws for one bad input: that input becomes a {@link
 * SourceItem.Failure}.
 */
public interface Source {
  /** What this source reads, for people. */
  String describe();

  /** Delivers every item, in order. */
  void read(Consumer<SourceItem> sink);

  /** How many items to expect, or -1 when unknown (archives, feeds). */
  default long estimatedCount() {
    return -1;
  }

  /** A source over items already at hand. */
  static Source of(String description, List<? extends SourceItem> items) {
    return new Source() {
      @Override
      public String describe() {
        return description;
      }

      @Override
      public void read(Consumer<SourceItem> sink) {
        items.forEach(sink);
      }

      @Override
      public long estimatedCount() {
        return items.size();
      }
    };
  }
}
