package org.marsad.eval.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.model.Article;
import org.marsad.core.stories.Assignment;
import org.marsad.core.stories.ClusteringOptions;
import org.marsad.core.stories.EventClusterer;

/** Marsad's own online event clusterer, as the system under evaluation; keys are the docnos. */
public final class MarsadClustering implements EventClustering {

  public static final String NAME = "marsad";

  private final ClusteringOptions options;

  public MarsadClustering(ClusteringOptions options) {
    this.options = options;
  }

  @Override
  public Map<String, String> cluster(List<Article> articlesInPublicationOrder) {
    EventClusterer clusterer = new EventClusterer(options);
    Map<String, String> out = new LinkedHashMap<>();
    for (Article a : articlesInPublicationOrder) {
      Assignment assignment = clusterer.add(a);
      out.put(a.sourceId(), assignment.eventId());
    }
    return out;
  }
}
