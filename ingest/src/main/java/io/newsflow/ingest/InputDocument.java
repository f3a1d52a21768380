package io.newsflow.ingest;

import java.time.Instant;

/**
 * One page as a source delivers it, before any checks. {@code body} is null when the source already
 * knows the input is too large to read (its {@code size} is still given).
 *
 * @param origin where it came from, for people (path, feed URL, archive position)
 * @param url its URL (a file: URI for files), or null when it has none
 * @param source the publisher or source name
 * @param contentTypeHint the media type the source claims, or null
 * @param charset the character set the source declares, or null for UTF-8
 * @param fetchedAt when fetched, or the file's modification time
 * @param publishedAt publication time the source states, or null
 */
public record InputDocument(
    String ingestor,
    String origin,
    String url,
    String source,
    String contentTypeHint,
    String charset,
    byte[] body,
    long size,
    Instant fetchedAt,
    Instant publishedAt)
    implements SourceItem {}
