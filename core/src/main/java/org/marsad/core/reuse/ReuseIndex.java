package org.marsad.core.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.marsad.core.util.KeyChains;

/**
 * Finds which earlier texts a text may share passages with, without comparing all pairs: an inverted index
 * from seeds (runs of {@link ReuseOptions#indexWords()} stemmed content words, winnowed to about
 * {@code 2 / (indexWindow + 1)} of them) to the documents holding them. A seed found in more than
 * {@link ReuseOptions#maxSeedDocs()} documents is a stock phrase or boilerplate: it stops being stored and
 * stops counting. Memory: 8 bytes a stored (seed, document) pair plus 32 to 64 bytes a distinct seed;
 * on 62,199 news articles (16.6 M tokens) with the defaults, about 0.2 GB.
 *
 * <p>NOT thread-safe: one writer adds and queries; callers that share it must synchronize.
 */
public final class ReuseIndex {

  /** An earlier document and how many distinct seeds it shares with the query's best stretch. */
  public record Candidate(int docId, int sharedSeeds) {}

  /** Content words in one stretch of a query (see {@link #candidates}). */
  static final int WINDOW = 64;
  /** The low bits of a query key that hold its stretch number instead (postings keys have them cleared). */
  private static final long WINDOW_MASK = 0xFFFFFL;

  private final ReuseOptions options;
  private final KeyChains postings = new KeyChains(1 << 16);

  public ReuseIndex(ReuseOptions options) {
    this.options = options;
  }

  /** Adds a document; ids are the caller's (e.g. a running number), not negative, and need not be dense. */
  public void add(int docId, ReuseText text) {
    if (docId < 0) throw new IllegalArgumentException("negative doc id " + docId);
    for (long key : seeds(text)) {
      // Past the cap the key is only counted, so that the chain stays bounded.
      if (postings.count(key) < options.maxSeedDocs()) postings.add(key, docId);
      else postings.countOnly(key);
    }
  }

  /**
   * Earlier documents sharing at least {@code minSharedSeeds} seeds with one stretch of {@code text}, most
   * shared first. A stretch is {@value #WINDOW} content words (two grids, the second shifted by half, so that
   * a passage on a window edge is whole in one of them): a long document on the same topic shares many seeds
   * spread over the whole text, a copied passage shares them within one stretch, and only the second should
   * outrank the first. {@link Candidate#sharedSeeds()} is the count of the best stretch.
   */
  public List<Candidate> candidates(ReuseText text, int maxCandidates) {
    long[] windowKeys = windowSeeds(text);
    long[] hits = new long[64];
    int n = 0;
    for (long wk : windowKeys) {
      long key = wk & ~WINDOW_MASK;
      if (postings.count(key) > options.maxSeedDocs()) continue;
      for (int e = postings.first(key); e != KeyChains.NONE; e = postings.next(e)) {
        if (n == hits.length) hits = Arrays.copyOf(hits, n * 2);
        hits[n++] = ((long) postings.value(e) << 32) | (wk & WINDOW_MASK);
      }
    }
    Arrays.sort(hits, 0, n);
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < n; ) {
      int doc = (int) (hits[i] >>> 32);
      int best = 0;
      while (i < n && (int) (hits[i] >>> 32) == doc) {
        int j = i;
        while (j < n && hits[j] == hits[i]) j++;
        best = Math.max(best, j - i);
        i = j;
      }
      if (best >= options.minSharedSeeds()) out.add(new Candidate(doc, best));
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
    long[] out = concat(winnowed(text, options.indexWords()), longSeeds(text));
    for (int i = 0; i < out.length; i++) out[i] &= ~WINDOW_MASK;
    return distinct(out);
  }

  /** The query's seeds, each distinct within a stretch, stretch number in the low bits (both grids). */
  private long[] windowSeeds(ReuseText text) {
    long[] shorter = winnowed(text, options.indexWords());
    long[] longer = longSeeds(text);
    long[] out = new long[2 * (shorter.length + longer.length)];
    int stretches = text.wordCount() / WINDOW + 2;
    int n = 0;
    for (long[] keys : new long[][] {shorter, longer}) {
      // Winnowing keeps one seed per start position, so a seed's index is its position in the text.
      for (int pos = 0; pos < keys.length; pos++) {
        long key = keys[pos] & ~WINDOW_MASK;
        out[n++] = key | (pos / WINDOW);
        out[n++] = key | (stretches + (pos + WINDOW / 2) / WINDOW);
      }
    }
    return distinct(out);
  }

  private long[] longSeeds(ReuseText text) {
    return options.longSeedWords() > options.indexWords() ? winnowed(text, options.longSeedWords()) : new long[0];
  }

  private static long[] concat(long[] a, long[] b) {
    long[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private long[] winnowed(ReuseText text, int n) {
    int grams = text.wordCount() - n + 1;
    if (grams <= 0) return new long[0];
    long[] all = new long[grams];
    for (int k = 0; k < grams; k++) all[k] = text.gramKey(k, n);
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
