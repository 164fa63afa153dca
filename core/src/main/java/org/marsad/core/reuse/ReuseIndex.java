package org.marsad.core.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds which earlier texts a text may share passages with, without comparing all pairs: an inverted index
 * from seeds (runs of {@link ReuseOptions#indexWords()} stemmed content words, winnowed to about
 * {@code 2 / (indexWindow + 1)} of them) to the documents holding them. A seed found in more than
 * {@link ReuseOptions#maxSeedDocs()} documents is a stock phrase or boilerplate: it stops being stored and
 * stops counting. Memory: about 8 bytes a stored (seed, document) pair plus the key table.
 *
 * <p>NOT thread-safe: one writer adds and queries; callers that share it must synchronize.
 */
public final class ReuseIndex {

  /** An earlier document and how many distinct seeds it shares with the query. */
  public record Candidate(int docId, int sharedSeeds) {}

  private final ReuseOptions options;
  private final KeyChains postings = new KeyChains(1 << 16);

  public ReuseIndex(ReuseOptions options) {
    this.options = options;
  }

  /** Adds a document; ids are the caller's (e.g. a running number), and need not be dense. */
  public void add(int docId, ReuseText text) {
    for (long key : seeds(text)) {
      // Past the cap the key is only counted, so that the chain stays bounded.
      if (postings.count(key) < options.maxSeedDocs()) postings.add(key, docId);
      else postings.countOnly(key);
    }
  }

  /** Earlier documents sharing at least {@code minSharedSeeds} seeds with {@code text}, most shared first. */
  public List<Candidate> candidates(ReuseText text, int maxCandidates) {
    int[] hits = new int[64];
    int n = 0;
    for (long key : seeds(text)) {
      if (postings.count(key) > options.maxSeedDocs()) continue;
      for (int e = postings.first(key); e != KeyChains.NONE; e = postings.next(e)) {
        if (n == hits.length) hits = Arrays.copyOf(hits, n * 2);
        hits[n++] = postings.value(e);
      }
    }
    Arrays.sort(hits, 0, n);
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && hits[j] == hits[i]) j++;
      if (j - i >= options.minSharedSeeds()) out.add(new Candidate(hits[i], j - i));
      i = j;
    }
    out.sort(Comparator.comparingInt(Candidate::sharedSeeds).reversed().thenComparingInt(Candidate::docId));
    return out.size() > maxCandidates ? List.copyOf(out.subList(0, maxCandidates)) : out;
  }

  /**
   * The text's distinct winnowed seed keys: runs of {@code indexWords} words and, when the options ask for
   * longer aligner seeds, of {@code longSeedWords} words too (specific enough to find a short verbatim copy
   * that shares too few rare single words with its source).
   */
  private long[] seeds(ReuseText text) {
    long[] out = winnowed(text, options.indexWords());
    if (options.longSeedWords() > options.indexWords()) {
      long[] longer = winnowed(text, options.longSeedWords());
      long[] both = Arrays.copyOf(out, out.length + longer.length);
      System.arraycopy(longer, 0, both, out.length, longer.length);
      out = both;
    }
    return distinct(out);
  }

  private long[] winnowed(ReuseText text, int n) {
    int grams = text.wordCount() - n + 1;
    if (grams <= 0) return new long[0];
    long[] all = new long[grams];
    // Keys of different lengths must differ: the length goes into the key.
    for (int k = 0; k < grams; k++) all[k] = text.gramKey(k, n) + n;
    int w = Math.min(options.indexWindow(), grams);
    long[] kept = new long[grams - w + 1];
    for (int start = 0; start + w <= grams; start++) {
      long min = all[start];
      for (int k = start + 1; k < start + w; k++) min = Math.min(min, all[k]);
      kept[start] = min;
    }
    return kept;
  }

  private static long[] distinct(long[] keys) {
    Arrays.sort(keys);
    int n = 0;
    for (int i = 0; i < keys.length; i++) if (i == 0 || keys[i] != keys[i - 1]) keys[n++] = keys[i];
    return Arrays.copyOf(keys, n);
  }
}
