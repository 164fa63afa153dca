package org.marsad.ner.clusters;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * Turns texts into a {@link TokenizedCorpus}. Texts are tokenized in batches on the workers, the costly
 * part; the batches are then numbered on the calling thread in the order the texts came, so ids do not
 * depend on which worker finished first. A few batches at most are in flight, bounding memory.
 * Not thread-safe: one thread adds.
 */
final class CorpusEncoder {

  private static final int BATCH = 200;

  private final Workers workers;
  private final ArrayDeque<Future<List<String>>> pending = new ArrayDeque<>();
  private List<String> batch = new ArrayList<>(BATCH);

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private int[] counts = new int[1 << 16];
  private int[] tokens = new int[1 << 20];
  private int size;

  CorpusEncoder(Workers workers) {
    this.workers = workers;
  }

  void add(String text) {
    if (text == null || text.isBlank()) return;
    batch.add(text);
    if (batch.size() == BATCH) submitBatch();
  }

  TokenizedCorpus finish() {
    submitBatch();
    while (!pending.isEmpty()) number(Workers.await(pending.poll()));
    return new TokenizedCorpus(Arrays.copyOf(tokens, size), List.copyOf(words), Arrays.copyOf(counts, words.size()));
  }

  private void submitBatch() {
    if (batch.isEmpty()) return;
    List<String> texts = batch;
    batch = new ArrayList<>(BATCH);
    pending.add(workers.submit(() -> {
      List<String> out = new ArrayList<>();
      for (String t : texts) SentenceTokens.append(t, out);
      return out;
    }));
    while (pending.size() > 2 * workers.threads()) number(Workers.await(pending.poll()));
  }

  private void number(List<String> batchWords) {
    for (String w : batchWords) {
      int id = TokenizedCorpus.BREAK;
      if (w != SentenceTokens.BREAK) {
        id = ids.computeIfAbsent(w, k -> {
          words.add(k);
          return words.size() - 1;
        });
        if (id == counts.length) counts = Arrays.copyOf(counts, counts.length * 2);
        counts[id]++;
      }
      if (size == tokens.length) tokens = Arrays.copyOf(tokens, tokens.length * 2);
      tokens[size++] = id;
    }
  }
}
