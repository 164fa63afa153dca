package org.marsad.core.normalize;

import java.util.Arrays;
import java.util.List;
import org.marsad.core.model.Span;
import org.marsad.core.util.Hash64;

/**
 * TOKEN spans of one text with their {@link MatchNormalizer} forms, computed once and kept as chars in one
 * array: near-duplicate signatures and repeated-line keys both read every token's normalized form, and
 * normalizing (and allocating a String per token) twice cost more than the hashing itself.
 *
 * <p>Token i's normalized form is {@code [charStart(i), charEnd(i))} of the shared char array; {@link #hash}
 * is {@code Hash64.of} of that form, {@link #update} feeds it to a running {@link Hash64} state. Tokens that
 * normalize to nothing are kept (with an empty form), so indexes match the given span list. Immutable once
 * built, so thread-safe.
 */
public final class NormalizedTokens {

  private final int[] starts;
  private final int[] ends;
  private final long[] hashes;
  /** Token i's normalized chars are chars[charEnds[i - 1], charEnds[i]) (from 0 for i == 0). */
  private final int[] charEnds;
  private final char[] chars;

  private NormalizedTokens(int[] starts, int[] ends, long[] hashes, int[] charEnds, char[] chars) {
    this.starts = starts;
    this.ends = ends;
    this.hashes = hashes;
    this.charEnds = charEnds;
    this.chars = chars;
  }

  /** Normalizes the given TOKEN spans of {@code text}, in list order. */
  public static NormalizedTokens of(String text, List<Span> tokens, MatchNormalizer normalizer) {
    int n = tokens.size();
    int[] starts = new int[n];
    int[] ends = new int[n];
    long[] hashes = new long[n];
    int[] charEnds = new int[n];
    int total = 0;
    for (int i = 0; i < n; i++) {
      Span t = tokens.get(i);
      starts[i] = t.start();
      ends[i] = t.end();
      total += t.length();
    }
    // The common path never lengthens a token; the rare one (ligatures) grows the array.
    char[] chars = new char[total + 16];
    int used = 0;
    for (int i = 0; i < n; i++) {
      int len = ends[i] - starts[i];
      if (used + len > chars.length) chars = Arrays.copyOf(chars, Math.max(used + len, chars.length * 2));
      int m = normalizer.normalizeSimple(text, starts[i], ends[i], chars, used);
      if (m < 0) {
        String full = normalizer.normalize(text.subSequence(starts[i], ends[i]));
        m = full.length();
        if (used + m > chars.length) chars = Arrays.copyOf(chars, Math.max(used + m, chars.length * 2));
        full.getChars(0, m, chars, used);
      }
      long h = Hash64.seed();
      for (int k = used, e = used + m; k < e; k++) h = Hash64.update(h, chars[k]);
      used += m;
      charEnds[i] = used;
      hashes[i] = Hash64.mix(h);
    }
    return new NormalizedTokens(starts, ends, hashes, charEnds, chars);
  }

  public int size() {
    return starts.length;
  }

  /** Original-text start of token i. */
  public int start(int i) {
    return starts[i];
  }

  /** Original-text end of token i. */
  public int end(int i) {
    return ends[i];
  }

  /** {@code Hash64.of(normalized form of token i)}. */
  public long hash(int i) {
    return hashes[i];
  }

  /** The normalized form of token i (allocates; for tests and rare callers). */
  public String normalized(int i) {
    int from = i == 0 ? 0 : charEnds[i - 1];
    return new String(chars, from, charEnds[i] - from);
  }

  /** Length of token i's normalized form. */
  public int normalizedLength(int i) {
    return charEnds[i] - (i == 0 ? 0 : charEnds[i - 1]);
  }

  /** Copies token i's normalized form into {@code dst} from 0 (sized by the caller from {@link #normalizedLength}). */
  public void copyNormalized(int i, char[] dst) {
    int from = i == 0 ? 0 : charEnds[i - 1];
    System.arraycopy(chars, from, dst, 0, charEnds[i] - from);
  }

  /** {@code Hash64.update(h, normalized form of token i)}, without building the String. */
  public long update(long h, int i) {
    for (int k = i == 0 ? 0 : charEnds[i - 1], e = charEnds[i]; k < e; k++) h = Hash64.update(h, chars[k]);
    return h;
  }
}
