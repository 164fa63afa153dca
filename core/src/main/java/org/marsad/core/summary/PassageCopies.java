package org.marsad.core.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link CopiedText} from aligned passages: two sentences copy one passage when a passage between their
 * articles covers at least half of each and maps the middle of one into the other, give or take a quarter
 * of the sentence: the same stretch of the shared copy, not two sentences that merely sit in one long
 * passage. Built once, then read-only (thread-safe for reading).
 */
public final class PassageCopies implements CopiedText {

  /** One side of a passage seen from article {@code from}: [start, end) there, [otherStart, otherEnd) in {@code other}. */
  private record Side(String other, int start, int end, int otherStart, int otherEnd) {}

  private final Map<String, List<Side>> byArticle = new HashMap<>();

  /** Records that {@code a[aStart, aEnd)} and {@code b[bStart, bEnd)} are one passage. */
  public PassageCopies add(String a, int aStart, int aEnd, String b, int bStart, int bEnd) {
    byArticle.computeIfAbsent(a, k -> new ArrayList<>()).add(new Side(b, aStart, aEnd, bStart, bEnd));
    byArticle.computeIfAbsent(b, k -> new ArrayList<>()).add(new Side(a, bStart, bEnd, aStart, aEnd));
    return this;
  }

  @Override
  public boolean copies(String a, int as, int ae, String b, int bs, int be) {
    for (Side p : byArticle.getOrDefault(a, List.of())) {
      if (!p.other().equals(b)) continue;
      if (!halfCovered(as, ae, p.start(), p.end()) || !halfCovered(bs, be, p.otherStart(), p.otherEnd())) continue;
      double mid = (as + ae) / 2.0;
      double mapped = p.otherStart() + (mid - p.start()) * (p.otherEnd() - p.otherStart()) / (double) Math.max(1, p.end() - p.start());
      double slack = (be - bs) / 4.0;
      if (mapped >= bs - slack && mapped <= be + slack) return true;
    }
    return false;
  }

  private static boolean halfCovered(int s, int e, int ps, int pe) {
    int overlap = Math.min(e, pe) - Math.max(s, ps);
    return overlap * 2 >= e - s;
  }
}
