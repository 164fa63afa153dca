package org.marsad.core.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One event or storyline while clustering: members, time span, centroid. Mutable, package-private. */
final class Group {

  static final long UNKNOWN = Long.MIN_VALUE;
  /** A centroid keeps its heaviest terms only, so comparing stays cheap however big the group grows. */
  static final int MAX_TERMS = 300;

  final String id;
  String parent;
  final List<String> articleIds = new ArrayList<>();
  long first = UNKNOWN;
  long last = UNKNOWN;
  String firstSeen;
  String lastSeen;
  int[] termIds = new int[0];
  double[] weights = new double[0];
  double norm;
  int[] indexed = new int[0];
  int[] salient = new int[0];
  final List<String> memberOutlets = new ArrayList<>();
  final List<int[]> memberKeys = new ArrayList<>();
  /** The id of the group this one was merged into, or null while it lives. */
  String mergedInto;
  /** Ids of the groups merged into this one, directly or through a group it absorbed; ascending. */
  final List<String> mergedIds = new ArrayList<>();

  Group(String id, String parent) {
    this.id = id;
    this.parent = parent;
  }

  boolean live() {
    return mergedInto == null;
  }

  /**
   * Takes every member, time, centroid weight and name of {@code other}, which is left empty and marked as
   * merged into this group. Centroids are sums of unit vectors, so the sum of the two is the centroid of the
   * union (up to the MAX_TERMS cut).
   */
  void absorb(Group other, TermDictionary dict) {
    articleIds.addAll(other.articleIds);
    addTime(other.first, other.firstSeen);
    addTime(other.last, other.lastSeen);
    addVector(other.termIds, other.weights, dict);
    salient = union(salient, other.salient);
    memberOutlets.addAll(other.memberOutlets);
    memberKeys.addAll(other.memberKeys);
    mergedIds.add(other.id);
    mergedIds.addAll(other.mergedIds);
    mergedIds.sort(null);
    other.articleIds.clear();
    other.first = other.last = UNKNOWN;
    other.firstSeen = other.lastSeen = null;
    other.termIds = new int[0];
    other.weights = new double[0];
    other.norm = 0;
    other.salient = new int[0];
    other.memberOutlets.clear();
    other.memberKeys.clear();
    other.mergedIds.clear();
    other.mergedInto = id;
  }

  void addTime(long t, String published) {
    if (t == UNKNOWN) return;
    if (first == UNKNOWN || t < first) {
      first = t;
      firstSeen = published;
    }
    if (last == UNKNOWN || t > last) {
      last = t;
      lastSeen = published;
    }
  }

  /** Adds a unit vector to the centroid, then keeps the MAX_TERMS heaviest terms (ties: lower id). */
  void addVector(int[] ids, double[] w, TermDictionary dict) {
    int n = termIds.length, m = ids.length;
    int[] outIds = new int[n + m];
    double[] outW = new double[n + m];
    int i = 0, j = 0, k = 0;
    while (i < n || j < m) {
      if (j >= m || (i < n && termIds[i] < ids[j])) {
        outIds[k] = termIds[i];
        outW[k++] = weights[i++];
      } else if (i >= n || ids[j] < termIds[i]) {
        outIds[k] = ids[j];
        outW[k++] = w[j++];
      } else {
        outIds[k] = termIds[i];
        outW[k++] = weights[i++] + w[j++];
      }
    }
    if (k > MAX_TERMS) {
      Integer[] order = new Integer[k];
      for (int x = 0; x < k; x++) order[x] = x;
      final double[] ww = outW;
      final int[] ii = outIds;
      Arrays.sort(order, (a, b) -> ww[a] != ww[b] ? Double.compare(ww[b], ww[a]) : Integer.compare(ii[a], ii[b]));
      int[] keep = new int[MAX_TERMS];
      for (int x = 0; x < MAX_TERMS; x++) keep[x] = order[x];
      Arrays.sort(keep);
      int[] ni = new int[MAX_TERMS];
      double[] nw = new double[MAX_TERMS];
      for (int x = 0; x < MAX_TERMS; x++) {
        ni[x] = outIds[keep[x]];
        nw[x] = outW[keep[x]];
      }
      termIds = ni;
      weights = nw;
    } else {
      termIds = Arrays.copyOf(outIds, k);
      weights = Arrays.copyOf(outW, k);
    }
    double s = 0;
    for (int x = 0; x < termIds.length; x++) {
      double v = weights[x] * dict.idf(termIds[x]);
      s += v * v;
    }
    norm = Math.sqrt(s);
  }

  static int[] union(int[] a, int[] b) {
    int[] out = new int[a.length + b.length];
    int i = 0, j = 0, k = 0;
    while (i < a.length || j < b.length) {
      if (j >= b.length || (i < a.length && a[i] < b[j])) out[k++] = a[i++];
      else if (i >= a.length || b[j] < a[i]) out[k++] = b[j++];
      else {
        out[k++] = a[i++];
        j++;
      }
    }
    return Arrays.copyOf(out, k);
  }

  static int intersection(int[] a, int[] b) {
    int i = 0, j = 0, c = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) i++;
      else if (b[j] < a[i]) j++;
      else {
        c++;
        i++;
        j++;
      }
    }
    return c;
  }

  ClusterState.Group toState() {
    return new ClusterState.Group(id, parent, List.copyOf(articleIds), first, last, firstSeen, lastSeen,
        termIds.clone(), weights.clone(), norm, indexed.clone(), salient.clone(), List.copyOf(memberOutlets),
        memberKeys.stream().map(int[]::clone).toList(), mergedInto, List.copyOf(mergedIds));
  }

  static Group fromState(ClusterState.Group s) {
    Group g = new Group(s.id(), s.parent());
    g.articleIds.addAll(s.articleIds());
    g.first = s.first();
    g.last = s.last();
    g.firstSeen = s.firstSeen();
    g.lastSeen = s.lastSeen();
    g.termIds = s.termIds().clone();
    g.weights = s.weights().clone();
    g.norm = s.norm();
    g.indexed = s.indexed().clone();
    g.salient = s.salient().clone();
    g.memberOutlets.addAll(s.memberOutlets());
    for (int[] k : s.memberKeys()) g.memberKeys.add(k.clone());
    g.mergedInto = s.mergedInto();
    g.mergedIds.addAll(s.mergedIds());
    return g;
  }
}
