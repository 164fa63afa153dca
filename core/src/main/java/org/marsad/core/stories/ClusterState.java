package org.marsad.core.stories;

import java.util.List;
import java.util.Map;

/**
 * Everything {@link EventClusterer} needs to resume, as plain values (Jackson can write and read it as is).
 * A clusterer resumed from {@code state()} gives the same results as one that never stopped.
 *
 * @param articles how many articles were added (the IDF's document count)
 * @param terms the term dictionary: term id i is terms.get(i)
 * @param df document frequency of each term id
 * @param clock the latest known publication time seen, in epoch minutes, or Long.MIN_VALUE
 * @param articleEvent event id of every article added (duplicates find their original's event here)
 */
public record ClusterState(
    int articles,
    List<String> terms,
    int[] df,
    long clock,
    List<Group> events,
    List<Group> storylines,
    Map<String, String> articleEvent) {

  /**
   * One event or storyline.
   *
   * @param parent the storyline id of an event; null for a storyline
   * @param first earliest known time (epoch minutes) or Long.MIN_VALUE; {@code last} likewise
   * @param termIds centroid terms, ascending; weights parallel to them
   * @param norm the centroid's TF-IDF norm when it was last updated
   * @param indexed term ids under which the group is in the candidate index
   * @param salient name-like term ids of its members, ascending
   * @param memberOutlets outlet of each member that counted as evidence; memberKeys its top term ids
   * @param mergedInto the group this one was merged into (it is then empty), or null
   * @param mergedIds the groups merged into this one, ascending
   */
  public record Group(
      String id,
      String parent,
      List<String> articleIds,
      long first,
      long last,
      String firstSeen,
      String lastSeen,
      int[] termIds,
      double[] weights,
      double norm,
      int[] indexed,
      int[] salient,
      List<String> memberOutlets,
      List<int[]> memberKeys,
      String mergedInto,
      List<String> mergedIds) {

    public Group {
      mergedIds = mergedIds == null ? List.of() : List.copyOf(mergedIds);
    }
  }
}
