package org.marsad.eval.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** PAN's measures on hand-made cases; each test works its expected figures out in its comment. */
class PlagDetTest {

  private static final double EPS = 1e-9;

  private static PanAnnotation a(int thisStart, int thisEnd, String source, int sourceStart, int sourceEnd) {
    return new PanAnnotation("susp1.txt", thisStart, thisEnd, source, sourceStart, sourceEnd, null);
  }

  private static void assertScore(PlagDet.Score s, double precision, double recall, double granularity,
      double plagdet) {
    assertEquals(List.of(precision, recall, granularity, plagdet),
        List.of(round(s.precision()), round(s.recall()), round(s.granularity()), round(s.plagdet())));
  }

  private static double round(double x) {
    return Math.round(x * 1e6) / 1e6;
  }

  /** The detection is the case: every char found, none extra, one detection: P = R = 1, gran 1, plagdet 1. */
  @Test
  void perfectDetection() {
    PanAnnotation c = a(0, 100, "src1.txt", 20, 70);
    assertScore(PlagDet.score(List.of(c), List.of(a(0, 100, "src1.txt", 20, 70))), 1, 1, 1, 1);
  }

  /**
   * Case 100 + 100 chars; the detection covers the first 50 of each side: recall (50 + 50) / 200 = 0.5, the
   * detection lies wholly inside the case: precision 1; F1 = 2 * 0.5 / 1.5 = 2/3, gran 1: plagdet 0.666667.
   */
  @Test
  void halfCoveredCase() {
    PanAnnotation c = a(0, 100, "src1.txt", 0, 100);
    assertScore(PlagDet.score(List.of(c), List.of(a(0, 50, "src1.txt", 0, 50))), 1, 0.5, 1, 0.666667);
  }

  /**
   * The case found in two halves: all its chars covered (R = 1), both detections inside it (P = 1), but two
   * detections for one case: gran 2, plagdet 1 / log2(3) = 0.630930.
   */
  @Test
  void caseSplitInTwoDetections() {
    PanAnnotation c = a(0, 100, "src1.txt", 0, 100);
    List<PanAnnotation> d = List.of(a(0, 50, "src1.txt", 0, 50), a(50, 100, "src1.txt", 50, 100));
    assertScore(PlagDet.score(List.of(c), d), 1, 1, 2, 0.630930);
  }

  /**
   * The right suspicious chars but the wrong source document: PAN counts a detection for a case only when it
   * names the same documents, so R = 0 and P = 0; no case detected, so gran is 1; plagdet 0.
   */
  @Test
  void detectionInTheWrongSourceCountsNothing() {
    PanAnnotation c = a(0, 100, "src1.txt", 0, 100);
    assertScore(PlagDet.score(List.of(c), List.of(a(0, 100, "src2.txt", 0, 100))), 0, 0, 1, 0);
  }

  /**
   * Same documents, overlapping suspicious chars, but source chars that miss the case's: not a detection of
   * it (PAN asks for overlap on both sides). P = R = 0.
   */
  @Test
  void overlapOnOneSideOnlyCountsNothing() {
    PanAnnotation c = a(0, 100, "src1.txt", 0, 100);
    assertScore(PlagDet.score(List.of(c), List.of(a(0, 100, "src1.txt", 500, 600))), 0, 0, 1, 0);
  }

  /**
   * Two cases, one found exactly, one missed; one extra detection of 100 + 100 chars elsewhere. Recall is
   * the mean over cases, (1 + 0) / 2 = 0.5; precision the mean over detections, (1 + 0) / 2 = 0.5;
   * F1 0.5, gran 1 (one detection for the one detected case): plagdet 0.5.
   */
  @Test
  void macroAveragesOverCasesAndDetections() {
    List<PanAnnotation> cases = List.of(a(0, 100, "src1.txt", 0, 100), a(200, 300, "src1.txt", 200, 300));
    List<PanAnnotation> d = List.of(a(0, 100, "src1.txt", 0, 100), a(500, 600, "src1.txt", 500, 600));
    assertScore(PlagDet.score(cases, d), 0.5, 0.5, 1, 0.5);
  }

  /**
   * A detection twice the case on the suspicious side (200 chars, the case's 100 inside) and equal on the
   * source side (100): precision (100 + 100) / (200 + 100) = 2/3, recall 1; F1 = 2 * (2/3) / (5/3) = 0.8.
   */
  @Test
  void detectionLargerThanTheCase() {
    PanAnnotation c = a(100, 200, "src1.txt", 0, 100);
    assertScore(PlagDet.score(List.of(c), List.of(a(0, 200, "src1.txt", 0, 100))), 0.666667, 1, 1, 0.8);
  }

  /** Cases but no detection: P = R = 0 by definition, gran 1, plagdet 0. */
  @Test
  void noDetections() {
    assertScore(PlagDet.score(List.of(a(0, 100, "src1.txt", 0, 100)), List.of()), 0, 0, 1, 0);
  }

  /**
   * No cases: with no detection either nothing was missed and nothing claimed wrongly, P = R = 1 and plagdet
   * 1; with a detection, every claim is wrong and there is nothing to find: P = R = 0.
   */
  @Test
  void noCases() {
    assertScore(PlagDet.score(List.of(), List.of()), 1, 1, 1, 1);
    assertScore(PlagDet.score(List.of(), List.of(a(0, 100, "src1.txt", 0, 100))), 0, 0, 1, 0);
  }
}
