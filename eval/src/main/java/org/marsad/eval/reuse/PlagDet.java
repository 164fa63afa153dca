package org.marsad.eval.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PAN's plagiarism-detection measures (Potthast, Stein, Barrón-Cedeño and Rosso 2010, "An Evaluation
 * Framework for Plagiarism Detection"), as the PAN 2013/2014 text-alignment scripts compute them:
 * <ul>
 *   <li>macro recall: the mean over cases of the share of the case's chars (suspicious and source side
 *       together) that detections overlapping it cover; a detection counts for a case only when it names
 *       the same two documents and shares chars with it on both sides;
 *   <li>macro precision: the same with the roles swapped, the mean over detections;
 *   <li>granularity: detections per detected case (1 when nothing is detected);
 *   <li>plagdet: F1 of precision and recall, divided by log2(1 + granularity).
 * </ul>
 * With no cases and no detections, precision and recall are 1; with only one of the two, they are 0.
 */
public final class PlagDet {

  /** The figures of one run. */
  public record Score(double plagdet, double precision, double recall, double granularity, int cases,
      int detections, int detectedCases) {}

  private PlagDet() {}

  public static Score score(List<PanAnnotation> cases, List<PanAnnotation> detections) {
    double recall = macroRecall(cases, detections);
    double precision = macroRecall(detections, cases);
    double granularity = granularity(cases, detections);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    double plagdet = f1 / (Math.log(1 + granularity) / Math.log(2));
    return new Score(plagdet, precision, recall, granularity, cases.size(), detections.size(),
        detectedCases(cases, detections));
  }

  /** The mean over {@code refs} of the share of each one's chars that overlapping {@code others} cover. */
  public static double macroRecall(List<PanAnnotation> refs, List<PanAnnotation> others) {
    if (refs.isEmpty() && others.isEmpty()) return 1;
    if (refs.isEmpty() || others.isEmpty()) return 0;
    Map<String, List<PanAnnotation>> byPair = byPair(others);
    double sum = 0;
    for (PanAnnotation ref : refs) {
      List<int[]> onThis = new ArrayList<>();
      List<int[]> onSource = new ArrayList<>();
      for (PanAnnotation o : byPair.getOrDefault(pairKey(ref), List.of())) {
        if (!ref.overlaps(o)) continue;
        onThis.add(new int[] {Math.max(ref.thisStart(), o.thisStart()), Math.min(ref.thisEnd(), o.thisEnd())});
        onSource.add(new int[] {Math.max(ref.sourceStart(), o.sourceStart()),
            Math.min(ref.sourceEnd(), o.sourceEnd())});
      }
      int total = ref.thisLength() + ref.sourceLength();
      sum += total == 0 ? 0 : (unionLength(onThis) + unionLength(onSource)) / (double) total;
    }
    return sum / refs.size();
  }

  /** Detections per detected case; 1 when no case is detected. */
  public static double granularity(List<PanAnnotation> cases, List<PanAnnotation> detections) {
    Map<String, List<PanAnnotation>> byPair = byPair(detections);
    int detected = 0;
    long hits = 0;
    for (PanAnnotation c : cases) {
      int n = (int) byPair.getOrDefault(pairKey(c), List.of()).stream().filter(c::overlaps).count();
      if (n > 0) {
        detected++;
        hits += n;
      }
    }
    return detected == 0 ? 1 : hits / (double) detected;
  }

  private static int detectedCases(List<PanAnnotation> cases, List<PanAnnotation> detections) {
    Map<String, List<PanAnnotation>> byPair = byPair(detections);
    int n = 0;
    for (PanAnnotation c : cases) {
      if (byPair.getOrDefault(pairKey(c), List.of()).stream().anyMatch(c::overlaps)) n++;
    }
    return n;
  }

  private static Map<String, List<PanAnnotation>> byPair(List<PanAnnotation> annotations) {
    Map<String, List<PanAnnotation>> out = new HashMap<>();
    for (PanAnnotation a : annotations) out.computeIfAbsent(pairKey(a), k -> new ArrayList<>()).add(a);
    return out;
  }

  private static String pairKey(PanAnnotation a) {
    return a.suspicious() + '\u0000' + a.source();
  }

  /** Length of the union of half-open ranges. */
  private static int unionLength(List<int[]> ranges) {
    ranges.sort(Comparator.comparingInt(r -> r[0]));
    int total = 0;
    int end = Integer.MIN_VALUE;
    for (int[] r : ranges) {
      int from = Math.max(r[0], end);
      if (r[1] > from) {
        total += r[1] - from;
        end = r[1];
      }
    }
    return total;
  }
}
