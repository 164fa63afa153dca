package org.marsad.ingest.watch;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs passes until stopped: one every {@code tick}, so a file dropped in a folder is read within two ticks
 * and a feed is polled within a tick of its due time. {@link #stop()} (from a shutdown hook, say) lets the
 * current pass finish, batch analysis included, and ends the loop; it never interrupts a write.
 */
public final class WatchLoop {

  private final BatchRunner runner;
  private final Duration tick;
  private final Consumer<WatchBatch> onBatch;
  private final Object sleep = new Object();
  private volatile boolean stopped;

  public WatchLoop(BatchRunner runner, Duration tick, Consumer<WatchBatch> onBatch) {
    this.runner = runner;
    this.tick = tick;
    this.onBatch = onBatch;
  }

  /** Passes until {@link #stop()}. */
  public void run() throws IOException {
    while (!stopped) {
      onBatch.accept(runner.pass());
      pause(tick);
    }
  }

  /**
   * A single pass for cron and tests: every feed once; each folder checked, and checked again a tick later
   * when it holds files seen for the first time, since a file is complete only when unchanged across two
   * checks. Returns the files still being written then, which are left for the next run.
   */
  public List<String> once() throws IOException {
    onBatch.accept(runner.pass());
    if (!runner.pendingFiles().isEmpty() && !stopped) {
      pause(tick);
      onBatch.accept(runner.passFolders());
    }
    return runner.pendingFiles();
  }

  public void stop() {
    stopped = true;
    synchronized (sleep) {
      sleep.notifyAll();
    }
  }

  private void pause(Duration d) {
    synchronized (sleep) {
      if (stopped) return;
      try {
        sleep.wait(Math.max(1, d.toMillis()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stopped = true;
      }
    }
  }
}
