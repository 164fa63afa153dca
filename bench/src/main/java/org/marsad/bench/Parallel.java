package org.marsad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Runs a function over a list split across a pool's threads, and times it warm. */
final class Parallel {

  private Parallel() {}

  /** Runs {@code f} over every item twice; returns the seconds of the second pass. */
  static <T, R> double timeWarm(ExecutorService pool, int threads, List<T> items, Function<T, R> f)
      throws Exception {
    map(pool, threads, items, f);
    long start = System.nanoTime();
    map(pool, threads, items, f);
    return (System.nanoTime() - start) / 1e9;
  }

  static <T, R> List<R> map(ExecutorService pool, int threads, List<T> items, Function<T, R> f)
      throws Exception {
    List<Future<List<R>>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      List<T> slice = items.subList(items.size() * t / threads, items.size() * (t + 1) / threads);
      parts.add(pool.submit(() -> {
        List<R> out = new ArrayList<>(slice.size());
        for (T item : slice) out.add(f.apply(item));
        return out;
      }));
    }
    List<R> out = new ArrayList<>(items.size());
    for (Future<List<R>> p : parts) out.addAll(p.get());
    return out;
  }

}
