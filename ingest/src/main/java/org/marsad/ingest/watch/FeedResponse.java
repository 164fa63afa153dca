package org.marsad.ingest.watch;

import java.time.Duration;

/**
 * One poll's answer from a feed server.
 *
 * @param status the HTTP status, or 0 when no answer came (connection refused, timeout)
 * @param body the feed bytes (decompressed) of a 200, else null
 * @param validators the ETag / Last-Modified of a 200
 * @param retryAfter the wait a 429 or 503 asked for, or null
 * @param failure why the poll failed, one line, or null when it did not
 */
public record FeedResponse(int status, byte[] body, FeedValidators validators, Duration retryAfter, String failure) {

  public boolean notModified() {
    return status == 304;
  }

  public boolean failed() {
    return failure != null;
  }

  static FeedResponse failure(int status, Duration retryAfter, String why) {
    return new FeedResponse(status, null, FeedValidators.NONE, retryAfter, why);
  }
}
