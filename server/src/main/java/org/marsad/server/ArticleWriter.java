package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.marsad.store.StoreInUseException;

/**
 * The server's one writer. Batches are written one at a time on a single thread, each by a {@link WriteJob}
 * in a child JVM (the same java, classpath and memory options as this one): `marsad analyze` can write
 * between batches, a batch that finds the store busy fails with {@link StoreInUseException}, and the stories
 * update of a large corpus never competes with the serving heap. When the job is done the server reloads.
 */
final class ArticleWriter implements Closeable {

  /** The longest a batch may take before it is given up (the stories of a large corpus take minutes). */
  static final long TIMEOUT_MINUTES = 30;

  private final LiveData data;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "marsad-writer");
    t.setDaemon(true);
    return t;
  });

  ArticleWriter(LiveData data) {
    this.data = data;
  }

  /** Batches written or waiting before more are refused (each waiting one holds a request thread). */
  static final int MAX_PENDING = 8;

  private final AtomicInteger pending = new AtomicInteger();

  /** Writes the records (JSON objects with the JSON reader's field names); returns the job's report. */
  ObjectNode write(List<JsonNode> records) throws IOException, InterruptedException {
    if (pending.incrementAndGet() > MAX_PENDING) {
      pending.decrementAndGet();
      throw new ApiException(503, MAX_PENDING + " batches are already being written; try again later");
    }
    try {
      return thread.submit(() -> writeNow(records)).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IOException(e.getCause());
    } finally {
      pending.decrementAndGet();
    }
  }

  private ObjectNode writeNow(List<JsonNode> records) throws IOException, InterruptedException {
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    for (JsonNode r : records) {
      lines.writeBytes(Json.MAPPER.writeValueAsBytes(r));
      lines.write('\n');
    }
    Process job = new ProcessBuilder(command()).start();
    // stdout and stderr are drained while the job runs, so it never blocks on a full pipe.
    CompletableFuture<byte[]> out = drain(job.getInputStream());
    CompletableFuture<byte[]> err = drain(job.getErrorStream());
    try (OutputStream in = job.getOutputStream()) {
      in.write(lines.toByteArray());
    }
    if (!job.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      job.destroyForcibly();
      throw new IOException("writing the articles took over " + TIMEOUT_MINUTES + " minutes");
    }
    String message = new String(err.join(), StandardCharsets.UTF_8).strip();
    if (job.exitValue() == WriteJob.STORE_IN_USE) throw new StoreInUseException(data.dataDir(), null);
    if (job.exitValue() != 0) throw new IOException("writing the articles failed: " + message);
    ObjectNode report = (ObjectNode) Json.MAPPER.readTree(out.join());
    data.refresh();
    return report;
  }

  /** java, with this JVM's memory and GC options and classpath, running {@link WriteJob} on the data folder. */
  private List<String> command() {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("-Xm") || arg.startsWith("-XX:") || arg.startsWith("-Dfile.encoding")) cmd.add(arg);
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(WriteJob.class.getName());
    cmd.add(data.dataDir().toAbsolutePath().toString());
    return cmd;
  }

  private static CompletableFuture<byte[]> drain(InputStream stream) {
    return CompletableFuture.supplyAsync(() -> {
      try (stream) {
        return stream.readAllBytes();
      } catch (IOException e) {
        return new byte[0];
      }
    });
  }

  @Override
  public void close() {
    thread.shutdown();
  }
}
