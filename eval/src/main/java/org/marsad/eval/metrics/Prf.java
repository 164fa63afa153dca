package org.marsad.eval.metrics;

/**
 * Precision, recall and their harmonic mean F1, each in [0, 1].
 *
 * <p>F1 is computed from the (already averaged) precision and recall, as Bagga and Baldwin and Lin do, not
 * averaged itself; it is 0 when both are 0.
 */
public record Prf(double precision, double recall, double f1) {

  public static Prf of(double precision, double recall) {
    double sum = precision + recall;
    return new Prf(precision, recall, sum == 0 ? 0 : 2 * precision * recall / sum);
  }

  /**
   * {@code num / den}, with the vacuous case 0 / 0 read as 1: a clustering that puts no two items together
   * claims no pair, so none of its claims is wrong.
   */
  static double ratio(double num, double den) {
    return den == 0 ? 1.0 : num / den;
  }
}
