package org.marsad.ingest.watch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A feed server on 127.0.0.1 for tests: serves the current feed with an ETag and a Last-Modified, answers
 * 304 to a matching If-None-Match, and can be told to fail the next requests. Records what each request
 * sent.
 */
final class FeedServer implements AutoCloseable {

  /** One canned failure: a status and its headers. */
  record Failure(int status, Map<String, String> headers) {}

  private final HttpServer server;
  private final Deque<Failure> failures = new ArrayDeque<>();
  private final List<Headers> requests = new ArrayList<>();
  private byte[] feed = new byte[0];
  private String etag;
  private String lastModified;
  private int version;
  private boolean validatorsIgnored;

  FeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/rss.xml", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/rss.xml";
  }

  /** Publishes a new version of the feed: new body, new validators. */
  synchronized void publish(String xml) {
    feed = xml.getBytes(StandardCharsets.UTF_8);
    version++;
    etag = "\"v" + version + "\"";
    lastModified = "Sat, 10 Dec 2016 20:0" + Math.min(version, 9) + ":00 GMT";
  }

  synchronized void failNext(int status, Map<String, String> headers) {
    failures.add(new Failure(status, headers));
  }

  /** Behaves like servers that send no 304: always the whole feed. */
  synchronized void ignoreValidators() {
    validatorsIgnored = true;
  }

  synchronized List<Headers> requests() {
    return List.copyOf(requests);
  }

  synchronized Headers lastRequest() {
    return requests.get(requests.size() - 1);
  }

  private synchronized void handle(HttpExchange ex) throws IOException {
    requests.add(ex.getRequestHeaders());
    try {
      Failure f = failures.poll();
      if (f != null) {
        f.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        byte[] page = "<html><body>error</body></html>".getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(f.status(), page.length);
        ex.getResponseBody().write(page);
        return;
      }
      if (!validatorsIgnored) {
        ex.getResponseHeaders().add("ETag", etag);
        ex.getResponseHeaders().add("Last-Modified", lastModified);
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
          ex.sendResponseHeaders(304, -1);
          return;
        }
      }
      ex.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
      byte[] body = feed;
      String accepts = ex.getRequestHeaders().getFirst("Accept-Encoding");
      if (accepts != null && accepts.contains("gzip")) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
          gz.write(feed);
        }
        body = zipped.toByteArray();
        ex.getResponseHeaders().add("Content-Encoding", "gzip");
      }
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    } finally {
      ex.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
