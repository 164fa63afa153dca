package org.marsad.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.server.MarsadServer;
import org.marsad.server.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** marsad serve: the JSON API and the web UI over the store, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the store: the JSON API under /api/ (described at /api/openapi.json) and the web UI.",
        "Articles ingested meanwhile (POST /api/articles, or marsad analyze in another process) show within seconds.",
        "Example: marsad serve --port 8080"})
final class ServeCommand implements Callable<Integer> {

  @Mixin DataDirOption data;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:MARSAD_TOKEN}",
      description = "Accept POST /api/articles with Authorization: Bearer TOKEN (env MARSAD_TOKEN); without it the server is read-only.")
  String token;

  @Override
  public Integer call() throws Exception {
    MarsadServer server = MarsadServer.start(
        new ServerOptions(data.dir, host, port, token, ServerOptions.DEFAULT_POLL_MILLIS));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (Exception e) {
        System.err.println("marsad: " + e.getMessage());
      }
      stopped.countDown();
    }));
    System.out.printf("Serving %s on %s (%s); Ctrl-C stops.%n", data.dir, server.url(),
        token == null || token.isBlank() ? "read-only: no --token" : "POST /api/articles with the token");
    stopped.await();
    return 0;
  }
}
