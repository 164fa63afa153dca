package org.marsad.ner.clusters;

import java.util.Arrays;

/** Gives clusters stable, readable numbers: in order of their first member, so cluster 0 holds word 0. */
final class Renumbering {

  private Renumbering() {}

  static int[] byFirstMember(int[] assignment) {
    int[] newId = new int[Arrays.stream(assignment).max().orElse(-1) + 1];
    Arrays.fill(newId, -1);
    int next = 0;
    int[] out = new int[assignment.length];
    for (int i = 0; i < assignment.length; i++) {
      int c = assignment[i];
      if (newId[c] < 0) newId[c] = next++;
      out[i] = newId[c];
    }
    return out;
  }
}
