package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {
  @Test
  void triviallyDifferentUrlsOfOnePageShareAnId() {
    String id =
        ArticleIds.forUrl("https://www.Example.com/news/story-1/?b=2&a=1&utm_source=x#comments");
    assertThat(ArticleIds.forUrl("http://example.com:80/news/story-1?a=1&b=2")).isEqualTo(id);
    assertThat(ArticleIds.forUrl("https://example.com/news/story-2")).isNotEqualTo(id);
    assertThat(id).hasSize(32).matches("[0-9a-f]+");
  }

  @Test
  void contentIdsDependOnlyOnBytes() {
    assertThat(ArticleIds.forContent("x".getBytes()))
        .isEqualTo(ArticleIds.forContent("x".getBytes()))
        .startsWith("h")
        .isNotEqualTo(ArticleIds.forContent("y".getBytes()));
  }
}
