package org.marsad.server;

import java.nio.file.Path;

/**
 * How {@code marsad serve} runs.
 *
 * @param token the bearer token POST /api/articles requires; null makes the server read-only
 * @param pollMillis how often the data folder is checked for what other processes wrote
 */
public record ServerOptions(Path dataDir, String host, int port, String token, long pollMillis) {

  public static final long DEFAULT_POLL_MILLIS = 1000;

  public ServerOptions {
    if (token != null && token.isBlank()) token = null;
    if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be 0..65535");
  }

  public boolean acceptsWrites() {
    return token != null;
  }
}
