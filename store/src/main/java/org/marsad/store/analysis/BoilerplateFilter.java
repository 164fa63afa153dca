package org.marsad.store.analysis;

import java.util.List;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;

/**
 * Drops the tokens that overlap a BOILERPLATE span, so that read-also links and share prompts are
 * stored but never found. Offsets of the kept tokens still point into the original text (for the
 * highlighter), and the dropped tokens leave a position gap (FilteringTokenFilter), so a phrase
 * cannot match across removed boilerplate.
 *
 * <p>Relies on tokens arriving in increasing offset order, as every tokenizer emits them.
 */
public final class BoilerplateFilter extends FilteringTokenFilter {

  private final int[] starts;
  private final int[] ends;
  private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
  private int cursor;

  /**
   * @param starts sorted, non-overlapping range starts
   * @param ends the matching range ends (exclusive)
   */
  public BoilerplateFilter(TokenStream in, int[] starts, int[] ends) {
    super(in);
    this.starts = starts;
    this.ends = ends;
  }

  @Override
  protected boolean accept() {
    int start = offsets.startOffset();
    while (cursor < starts.length && ends[cursor] <= start) {
      cursor++;
    }
    return cursor == starts.length || starts[cursor] >= offsets.endOffset();
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    cursor = 0;
  }

  /**
   * The boilerplate ranges of a span list (sorted by start, as Article keeps them), merged where they
   * overlap or touch; null when there are none, so callers can skip the filter.
   */
  public static int[][] boilerplateRanges(List<Span> spans) {
    int n = 0;
    int[] starts = null;
    int[] ends = null;
    for (Span s : spans) {
      if (s.kind() != SpanKind.BOILERPLATE || s.length() == 0) continue;
      if (starts == null) {
        starts = new int[4];
        ends = new int[4];
      }
      if (n > 0 && s.start() <= ends[n - 1]) {
        ends[n - 1] = Math.max(ends[n - 1], s.end());
        continue;
      }
      if (n == starts.length) {
        starts = java.util.Arrays.copyOf(starts, n * 2);
        ends = java.util.Arrays.copyOf(ends, n * 2);
      }
      starts[n] = s.start();
      ends[n] = s.end();
      n++;
    }
    if (n == 0) return null;
    return new int[][] {java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n)};
  }
}
