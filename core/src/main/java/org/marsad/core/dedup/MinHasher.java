package org.marsad.core.dedup;

import java.util.Arrays;
import java.util.List;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.core.normalize.MatchNormalizer;
import org.marsad.core.util.Hash64;

/**
 * MinHash signatures of an article's body for near-duplicate detection (wire copies with small edits).
 *
 * <p>Shingles are {@value #SHINGLE} consecutive normalized tokens of the body: TOKEN spans (which already
 * exclude boilerplate) minus the headline, which outlets rewrite even when they copy the body. Four words
 * make a shingle specific enough that two articles on the same event, sharing names and phrases, still
 * differ, yet one edited word only disturbs four shingles. Each shingle is hashed once, from the tokens'
 * 64-bit hashes (no String per shingle); the {@value #HASHES} hash functions are then cheap affine maps
 * h_i(x) = a_i * x + b_i (mod 2^64, a_i odd, so a bijection) of that hash, with constants derived from
 * fixed seeds so signatures are stable across runs and machines. An article with fewer tokens than a
 * shingle gets one shingle of all its tokens; one with no tokens gets a signature of Long.MAX_VALUE that
 * {@link #isEmpty} reports.
 *
 * <p>Thread-safe (immutable).
 */
public final class MinHasher {

  public static final int SHINGLE = 4;
  public static final int HASHES = 128;

  private static final long[] A = new long[HASHES];
  private static final long[] B = new long[HASHES];

  static {
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      s += 0x9E3779B97F4A7C15L;
      A[i] = Hash64.mix(s) | 1L;
      s += 0x9E3779B97F4A7C15L;
      B[i] = Hash64.mix(s);
    }
  }

  private final MatchNormalizer normalizer = new MatchNormalizer();

  public long[] signature(Article a) {
    return signature(a.text(), bodyTokens(a));
  }

  /** Signature of the given TOKEN spans of {@code text}. */
  public long[] signature(String text, List<Span> tokens) {
    long[] tokenHash = new long[tokens.size()];
    for (int i = 0; i < tokenHash.length; i++) {
      Span t = tokens.get(i);
      tokenHash[i] = Hash64.of(normalizer.normalize(text.subSequence(t.start(), t.end())));
    }
    long[] sig = new long[HASHES];
    Arrays.fill(sig, Long.MAX_VALUE);
    if (tokenHash.length == 0) return sig;
    int shingles = Math.max(1, tokenHash.length - SHINGLE + 1);
    int width = Math.min(SHINGLE, tokenHash.length);
    for (int s = 0; s < shingles; s++) {
      long h = 0;
      for (int k = 0; k < width; k++) h = Hash64.mix(h * 31 + tokenHash[s + k]);
      for (int i = 0; i < HASHES; i++) {
        long v = A[i] * h + B[i];
        if (v < sig[i]) sig[i] = v;
      }
    }
    return sig;
  }

  /** Estimated Jaccard similarity of the two articles' shingle sets: the share of equal positions. */
  public static double similarity(long[] a, long[] b) {
    if (a.length != b.length) throw new IllegalArgumentException("signatures of different lengths");
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) same++;
    }
    return (double) same / a.length;
  }

  /** True for the signature of an article without tokens, which is similar to nothing. */
  public static boolean isEmpty(long[] sig) {
    for (long v : sig) {
      if (v != Long.MAX_VALUE) return false;
    }
    return true;
  }

  private static List<Span> bodyTokens(Article a) {
    List<Span> headlines = a.spans(SpanKind.HEADLINE);
    List<Span> tokens = a.spans(SpanKind.TOKEN);
    if (headlines.isEmpty()) return tokens;
    tokens.removeIf(t -> headlines.stream().anyMatch(t::overlaps));
    return tokens;
  }
}
