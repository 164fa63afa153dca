package org.marsad.core.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.core.normalize.MatchNormalizer;
import org.marsad.core.normalize.NormalizedTokens;
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
    NormalizedTokens normalized = NormalizedTokens.of(text, tokens, normalizer);
    long[] tokenHash = new long[normalized.size()];
    for (int i = 0; i < tokenHash.length; i++) tokenHash[i] = normalized.hash(i);
    return signatureOfHashes(tokenHash, tokenHash.length);
  }

  /**
   * Signature of the body of already normalized tokens: every token except those inside {@code headline}
   * (null when the article has none). Same result as {@link #signature(Article)} on the article the tokens
   * come from, without normalizing them again.
   */
  public long[] signature(NormalizedTokens tokens, Span headline) {
    long[] tokenHash = new long[tokens.size()];
    int n = 0;
    for (int i = 0; i < tokenHash.length; i++) {
      if (headline != null && tokens.start(i) < headline.end() && headline.start() < tokens.end(i)) continue;
      tokenHash[n++] = tokens.hash(i);
    }
    return signatureOfHashes(tokenHash, n);
  }

  /** Signature of the first {@code n} token hashes ({@code Hash64.of} of each normalized token). */
  static long[] signatureOfHashes(long[] tokenHash, int n) {
    long[] sig = new long[HASHES];
    Arrays.fill(sig, Long.MAX_VALUE);
    if (n == 0) return sig;
    int shingles = Math.max(1, n - SHINGLE + 1);
    int width = Math.min(SHINGLE, n);
    for (int s = 0; s < shingles; s++) {
      long h = 0;
      for (int k = 0; k < width; k++) h = Hash64.mix(h * 31 + tokenHash[s + k]);
      for (int i = 0; i < HASHES; i++) {
        // sig[i] = min(sig[i], A[i] * h + B[i]), written without a branch or Math.min (which Java 17 does
        // not vectorize for longs) so that C2 turns the loop into vector code: this loop is most of the
        // time of a signature. lt's sign bit is set iff x < y, overflow-safe (Hacker's Delight 2-12).
        long x = A[i] * h + B[i];
        long y = sig[i];
        long d = x - y;
        long lt = (d ^ ((x ^ y) & (d ^ x))) >> 63;
        sig[i] = y ^ ((x ^ y) & lt);
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
    List<Span> headlines = new ArrayList<>(1);
    List<Span> tokens = new ArrayList<>(a.spans().size());
    for (Span s : a.spans()) {
      if (s.kind() == SpanKind.TOKEN) tokens.add(s);
      else if (s.kind() == SpanKind.HEADLINE) headlines.add(s);
    }
    if (headlines.isEmpty()) return tokens;
    tokens.removeIf(t -> overlapsAny(t, headlines));
    return tokens;
  }

  private static boolean overlapsAny(Span t, List<Span> headlines) {
    for (Span h : headlines) {
      if (t.overlaps(h)) return true;
    }
    return false;
  }
}
