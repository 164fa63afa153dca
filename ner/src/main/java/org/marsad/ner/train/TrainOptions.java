package org.marsad.ner.train;

/**
 * How the tagger is trained.
 *
 * @param algorithm OpenNLP's trainer: PERCEPTRON, MAXENT (GIS) or MAXENT_QN (L-BFGS with L2)
 * @param iterations training passes
 * @param cutoff features seen fewer times are dropped
 * @param clusters whether features use the bundled word clusters
 * @param codec how entities become per-token outcomes: BIO, or BILOU (also marks last and unit tokens)
 * @param beamSize decoding beam; 1 is greedy left to right, which scored as well as 3 on the dev slice
 *     (0.732 both) at 1.75 times the speed
 */
public record TrainOptions(String algorithm, int iterations, int cutoff, boolean clusters, String codec, int beamSize) {

  public static TrainOptions defaults() {
    return new TrainOptions("PERCEPTRON", 150, 1, true, "BIO", 1);
  }
}
