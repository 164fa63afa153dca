package org.marsad.core.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.core.util.Hash64;
import org.marsad.core.util.KeyChains;

/**
 * In-memory LSH index of MinHash signatures, answering "which earlier article does this one near-duplicate?".
 *
 * <p>Banding: the {@value MinHasher#HASHES} minima are cut into {@value #BANDS} bands of {@value #ROWS} rows;
 * two articles become candidates when any band is identical. The chance that a pair of Jaccard similarity s
 * is a candidate is 1 - (1 - s^4)^32: 0.99 at s = 0.6, 0.87 at 0.5 and 0.03 at 0.2, so at the default
 * threshold of 0.6 almost no true pair is missed while unrelated articles rarely need a comparison. Every
 * candidate is then checked on the full signature against the threshold.
 *
 * <p>Memory: per article a 128-int copy of the signature (the high 32 bits of each minimum; equal minima
 * stay equal, and unequal ones collide with odds of 2^-32) and 32 bucket entries: about 1 KB.
 *
 * <p>NOT thread-safe: one writer adds and queries; callers that share it must synchronize.
 */
public final class NearDuplicateIndex {

  public static final int BANDS = 32;
  public static final int ROWS = 4;
  public static final double DEFAULT_THRESHOLD = 0.6;

  private final double threshold;
  private final KeyChains buckets = new KeyChains(1024);
  private final List<String> ids = new ArrayList<>();
  private final List<int[]> signatures = new ArrayList<>();

  public NearDuplicateIndex() {
    this(DEFAULT_THRESHOLD);
  }

  /** @param threshold the estimated Jaccard similarity from which an article is a near-duplicate */
  public NearDuplicateIndex(double threshold) {
    if (threshold <= 0 || threshold > 1) throw new IllegalArgumentException("threshold " + threshold);
    this.threshold = threshold;
  }

  /** Adds an article; an empty signature (no tokens) is ignored, since it resembles nothing. */
  public void add(String id, long[] sig) {
    check(sig);
    if (MinHasher.isEmpty(sig)) return;
    int doc = ids.size();
    ids.add(id);
    signatures.add(compact(sig));
    for (int b = 0; b < BANDS; b++) buckets.add(bandKey(sig, b), doc);
  }

  /** The earliest added article whose estimated similarity to {@code sig} reaches the threshold. */
  public Optional<String> findNearDuplicate(long[] sig) {
    check(sig);
    if (MinHasher.isEmpty(sig)) return Optional.empty();
    int[] query = compact(sig);
    int best = Integer.MAX_VALUE;
    for (int b = 0; b < BANDS; b++) {
      for (int e = buckets.first(bandKey(sig, b)); e >= 0; e = buckets.next(e)) {
        int doc = buckets.value(e);
        // Chains run newest first; an older doc already accepted need not be compared again.
        if (doc < best && similarity(query, signatures.get(doc)) >= threshold) best = doc;
      }
    }
    return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(ids.get(best));
  }

  public int size() {
    return ids.size();
  }

  private static void check(long[] sig) {
    if (sig.length != BANDS * ROWS) {
      throw new IllegalArgumentException("signature of " + sig.length + ", want " + BANDS * ROWS);
    }
  }

  private static long bandKey(long[] sig, int band) {
    long h = band;
    for (int r = band * ROWS, end = r + ROWS; r < end; r++) h = Hash64.mix(h * 31 + sig[r]);
    return h;
  }

  private static int[] compact(long[] sig) {
    int[] out = new int[sig.length];
    for (int i = 0; i < sig.length; i++) out[i] = (int) (sig[i] >>> 32);
    return out;
  }

  private static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) same++;
    }
    return (double) same / a.length;
  }
}
