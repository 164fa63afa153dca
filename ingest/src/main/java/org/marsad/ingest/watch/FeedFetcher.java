package org.marsad.ingest.watch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.marsad.readers.archive.BoundedRead;

/**
 * Fetches a feed with a conditional GET: the validators of the last copy read go out as If-None-Match and
 * If-Modified-Since, so an unchanged feed costs a 304 and no body. Follows redirects (not from https down to
 * http), asks for gzip, and bounds the body's size. Never throws: every failure is a {@link FeedResponse}
 * with a one-line reason. Thread-safe.
 */
public final class FeedFetcher {

  static final String USER_AGENT = "Marsad/0.1 (Arabic news observatory; feed watcher)";

  private final HttpClient client;
  private final Duration requestTimeout;
  private final long maxBytes;
  private final Clock clock;

  public FeedFetcher(Duration connectTimeout, Duration requestTimeout, long maxBytes, Clock clock) {
    // HTTP/1.1: some feed servers mishandle the h2c upgrade the client would otherwise offer on plain http.
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
    this.requestTimeout = requestTimeout;
    this.maxBytes = maxBytes;
    this.clock = clock;
  }

  public FeedResponse fetch(URI url, FeedValidators last) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url)
        .timeout(requestTimeout)
        .header("User-Agent", USER_AGENT)
        .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
        .header("Accept-Encoding", "gzip")
        .GET();
    if (last.etag() != null) request.header("If-None-Match", last.etag());
    if (last.lastModified() != null) request.header("If-Modified-Since", last.lastModified());
    HttpResponse<InputStream> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      return FeedResponse.failure(0, null, "timed out (" + e.getMessage() + ")");
    } catch (ConnectException e) {
      return FeedResponse.failure(0, null, "cannot connect" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
    } catch (IOException e) {
      return FeedResponse.failure(0, null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FeedResponse.failure(0, null, "interrupted");
    } catch (RuntimeException e) {
      // One odd feed (a header the client rejects, say) must not stop the watch of the others.
      return FeedResponse.failure(0, null, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return read(response);
  }

  private FeedResponse read(HttpResponse<InputStream> response) {
    int status = response.statusCode();
    try (InputStream body = response.body()) {
      if (status == 304) return new FeedResponse(304, null, last(response), null, null);
      if (status != 200) {
        Duration retryAfter = status == 429 || status == 503
            ? RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock.instant())
            : null;
        return FeedResponse.failure(status, retryAfter, "HTTP " + status + reason(status));
      }
      boolean gzip = response.headers().firstValue("Content-Encoding")
          .map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
      byte[] bytes = BoundedRead.readAtMost(gzip ? new GZIPInputStream(body, 65536) : body, maxBytes, -1);
      if (bytes == null) return FeedResponse.failure(status, null, "feed larger than " + maxBytes + " bytes");
      return new FeedResponse(200, bytes, last(response), null, null);
    } catch (IOException e) {
      return FeedResponse.failure(status, null, "reading the body failed: " + e.getMessage());
    }
  }

  private static FeedValidators last(HttpResponse<?> response) {
    return new FeedValidators(response.headers().firstValue("ETag").orElse(null),
        response.headers().firstValue("Last-Modified").orElse(null));
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> " (Bad Request)";
      case 401 -> " (Unauthorized)";
      case 403 -> " (Forbidden)";
      case 404 -> " (Not Found)";
      case 410 -> " (Gone)";
      case 429 -> " (Too Many Requests)";
      case 500 -> " (Internal Server Error)";
      case 502 -> " (Bad Gateway)";
      case 503 -> " (Service Unavailable)";
      case 504 -> " (Gateway Timeout)";
      default -> "";
    };
  }
}
