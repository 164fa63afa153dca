package org.marsad.eval.events;

import java.util.List;
import java.util.Map;
import org.marsad.core.model.Article;

/**
 * What the events evaluation scores: a clustering of articles into events.
 *
 * <p>Input: analysed articles in publication order (see {@link GoldCorpus#publicationOrder}). Output: one
 * entry per input article, keyed by its {@link Article#sourceId()} (the gold file's docno; content ids are not
 * used as keys because two docnos can carry the same text), valued by any cluster label. Labels only need to
 * be equal within a cluster and different across clusters.
 */
public interface EventClustering {
  Map<String, String> cluster(List<Article> articlesInPublicationOrder);
}
