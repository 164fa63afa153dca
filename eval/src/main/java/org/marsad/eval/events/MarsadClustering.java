package org.marsad.eval.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.model.Article;
import org.marsad.core.stories.Assignment;
import org.marsad.core.stories.ClusteringOptions;
import org.marsad.core.stories.EventClusterer;

/**
 * Marsad's own online event clusterer, as the system under evaluation; keys are the docnos, values the
 * event ids at the end of the run (after merges), or with {@link #storylines} the storyline ids of the same
 * run.
 */
public final class MarsadClustering implements EventClustering {

  public static final String NAME = "marsad";

  private final ClusteringOptions options;
  private final boolean storylineLevel;

  private MarsadClustering(ClusteringOptions options, boolean storylineLevel) {
    this.options = options;
    this.storylineLevel = storylineLevel;
  }

  public MarsadClustering(ClusteringOptions options) {
    this(options, false);
  }

  /** Groups by storyline instead of by event. */
  public static MarsadClustering storylines(ClusteringOptions options) {
    return new MarsadClustering(options, true);
  }

  @Override
  public Map<String, String> cluster(List<Article> articlesInPublicationOrder) {
    EventClusterer clusterer = new EventClusterer(options);
    Map<String, String> eventOf = new LinkedHashMap<>();
    for (Article a : articlesInPublicationOrder) {
      Assignment assignment = clusterer.add(a);
      eventOf.put(a.sourceId(), assignment.eventId());
    }
    // Scored as the run ends: an event merged later counts as part of the event that absorbed it.
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : eventOf.entrySet()) {
      out.put(e.getKey(), storylineLevel ? clusterer.storylineOf(e.getValue()) : clusterer.resolve(e.getValue()));
    }
    return out;
  }
}
