package org.marsad.core.stories;

/**
 * The few knobs of {@link EventClusterer}. Each one has a meaning a reader can check, not a fit to one file.
 *
 * @param eventThreshold an article joins the best event whose score reaches this (score in [0, 1])
 * @param headlineWeight how many body occurrences one headline occurrence counts for
 * @param salientWeight share of the score given to the overlap of names, places and numbers (the rest is cosine)
 * @param halfLifeHours time distance at which the score is halved; unknown dates are neutral
 * @param eventWindowHours an event takes no article further than this from its first/last article
 * @param storylineThreshold a new event joins the best storyline whose score reaches this
 * @param storylineWindowHours storylines link events at most this far apart
 */
public record ClusteringOptions(
    double eventThreshold,
    double headlineWeight,
    double salientWeight,
    double halfLifeHours,
    double eventWindowHours,
    double storylineThreshold,
    double storylineWindowHours) {

  public static ClusteringOptions defaults() {
    return new ClusteringOptions(0.22, 3.0, 0.25, 72, 7 * 24, 0.15, 28 * 24);
  }

  /** The same options with the event level's knobs set to the storyline level's. */
  ClusteringOptions storylineLevel() {
    return new ClusteringOptions(storylineThreshold, headlineWeight, salientWeight, halfLifeHours * 4,
        storylineWindowHours, storylineThreshold, storylineWindowHours);
  }
}
