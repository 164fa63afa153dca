package org.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The floor: Lucene's stock ArabicAnalyzer doing nothing but tokenizing the same texts, on as many threads as
 * the ingest used. No ingest can be faster than the analysis it must at least do, so the ratio to this floor
 * says how much the rest of the pipeline (reading, decoding, sentences, dedup, storing) costs on top.
 */
final class AnalyzerFloor {

  private final Analyzer analyzer = new ArabicAnalyzer();
  private final ExecutorService pool;
  private final int threads;
  private long nanos;
  private long tokens;

  AnalyzerFloor(int threads) {
    this.threads = threads;
    this.pool = Executors.newFixedThreadPool(threads);
  }

  /** Tokenizes a batch without timing it, so the timed pass runs on compiled code. */
  void warm(List<String> texts) {
    count(texts);
  }

  /** Tokenizes one batch split across the threads; only this time counts towards the floor. */
  void tokenize(List<String> texts) throws Exception {
    long start = System.nanoTime();
    List<Future<Long>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int from = texts.size() * t / threads;
      int to = texts.size() * (t + 1) / threads;
      List<String> slice = texts.subList(from, to);
      parts.add(pool.submit(() -> count(slice)));
    }
    for (Future<Long> f : parts) tokens += f.get();
    nanos += System.nanoTime() - start;
  }

  private long count(List<String> texts) {
    long n = 0;
    for (String text : texts) {
      try (TokenStream ts = analyzer.tokenStream("text", text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          if (term.length() > 0) n++;
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return n;
  }

  double seconds() {
    return nanos / 1e9;
  }

  long tokens() {
    return tokens;
  }

  void close() {
    pool.shutdownNow();
    analyzer.close();
  }
}
