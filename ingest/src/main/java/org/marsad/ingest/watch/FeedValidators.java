package org.marsad.ingest.watch;

/**
 * What a server told us about the last copy of a feed we read, sent back on the next poll so an unchanged
 * feed answers 304 with no body. Either may be null.
 *
 * @param etag the ETag header, sent back as If-None-Match
 * @param lastModified the Last-Modified header, sent back as If-Modified-Since
 */
public record FeedValidators(String etag, String lastModified) {

  public static final FeedValidators NONE = new FeedValidators(null, null);

  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }
}
