package io.newsflow.topics;

import java.util.List;

/**
 * The event categories enrich assigns ({@code EnrichedArticle.categories}): part of the contract,
 * like the Avro schemas. Rules are checked against it (a typo in a rule's category would give a
 * rule that never fires), and enrich's lexicons must define exactly these.
 */
public final class Categories {
  public static final List<String> ALL =
      List.of(
          "armed-attack",
          "terrorism",
          "hostage-taking",
          "military",
          "military-cooperation",
          "diplomatic-meeting",
          "agreement",
          "sanctions",
          "nuclear",
          "protest",
          "election",
          "disaster",
          "economy",
          "health");

  private Categories() {}
}
