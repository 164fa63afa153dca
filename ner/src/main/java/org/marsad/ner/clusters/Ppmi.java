package org.marsad.ner.clusters;

/**
 * Reweights co-occurrence counts into positive pointwise mutual information: how much more often a word
 * meets a context than chance would have it, zero when less. Raw counts would make every word look like
 * its most frequent neighbours (في, من); PPMI keeps what is particular to the word. Context
 * probabilities are smoothed with the 0.75 power (Levy, Goldberg &amp; Dagan 2015), which keeps rare
 * contexts from getting inflated scores.
 */
final class Ppmi {

  private static final double SMOOTHING = 0.75;

  private Ppmi() {}

  /** Replaces the counts in {@code m} by their PPMI, in place. StrictMath: the same bits on every machine. */
  static void weigh(SparseRows m, Workers workers) {
    double[] contextMass = new double[m.columnCount()];
    for (int k = 0; k < m.columns().length; k++) contextMass[m.columns()[k]] += m.values()[k];
    double smoothedTotal = 0;
    for (int c = 0; c < contextMass.length; c++) {
      contextMass[c] = StrictMath.pow(contextMass[c], SMOOTHING);
      smoothedTotal += contextMass[c];
    }
    double[] logContext = new double[contextMass.length];
    for (int c = 0; c < contextMass.length; c++) {
      logContext[c] = contextMass[c] > 0 ? StrictMath.log(contextMass[c] / smoothedTotal) : 0;
    }
    int rows = m.rowCount();
    int chunk = 1024;
    workers.forEach((rows + chunk - 1) / chunk, t -> {
      for (int r = t * chunk; r < Math.min(rows, (t + 1) * chunk); r++) weighRow(m, r, logContext);
    });
  }

  private static void weighRow(SparseRows m, int row, double[] logContext) {
    double rowMass = 0;
    for (int k = m.start(row); k < m.end(row); k++) rowMass += m.values()[k];
    if (rowMass == 0) return;
    double logRow = StrictMath.log(rowMass);
    for (int k = m.start(row); k < m.end(row); k++) {
      double pmi = StrictMath.log(m.values()[k]) - logRow - logContext[m.columns()[k]];
      m.values()[k] = (float) Math.max(0, pmi);
    }
  }
}
