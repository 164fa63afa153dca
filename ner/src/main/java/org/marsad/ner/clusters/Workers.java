package org.marsad.ner.clusters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A fixed pool of daemon threads. {@link #forEach} hands out task numbers; a task writes only what its
 * number owns, so the result never depends on which thread ran what, or in which order.
 */
final class Workers implements AutoCloseable {

  private final int threads;
  private final ExecutorService pool;

  Workers(int threads) {
    this.threads = threads;
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "word-clusters");
      t.setDaemon(true);
      return t;
    });
  }

  int threads() {
    return threads;
  }

  <T> Future<T> submit(Callable<T> task) {
    return pool.submit(task);
  }

  /** Runs task(0) .. task(tasks - 1) on the pool and returns when all are done. */
  void forEach(int tasks, IntConsumer task) {
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < Math.min(threads, tasks); t++) {
      running.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < tasks; i = next.getAndIncrement()) task.accept(i);
      }));
    }
    for (Future<?> f : running) await(f);
  }

  /** The value of a finished or running task; its failure rethrown unchecked. */
  static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) throw re;
      if (cause instanceof Error err) throw err;
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
