package org.marsad.eval.ner;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.eval.metrics.Prf;
import org.marsad.ner.conll.Chunk;

/**
 * CoNLL entity-level counts: a predicted entity is correct only when its span and its type both match a gold
 * entity exactly (conlleval's definition). Kept per type; micro-averaging sums the counts over types.
 */
public final class ChunkCounts {

  private final Map<String, int[]> byType = new TreeMap<>(); // type → {correct, predicted, gold}

  public void add(List<Chunk> gold, List<Chunk> predicted) {
    for (Chunk g : gold) counts(g.type())[2]++;
    for (Chunk p : predicted) {
      counts(p.type())[1]++;
      if (gold.contains(p)) counts(p.type())[0]++;
    }
  }

  public Map<String, Prf> perType() {
    Map<String, Prf> out = new TreeMap<>();
    byType.forEach((type, c) -> out.put(type, prf(c[0], c[1], c[2])));
    return out;
  }

  public Prf micro() {
    int correct = 0, predicted = 0, gold = 0;
    for (int[] c : byType.values()) {
      correct += c[0];
      predicted += c[1];
      gold += c[2];
    }
    return prf(correct, predicted, gold);
  }

  public int gold(String type) {
    int[] c = byType.get(type);
    return c == null ? 0 : c[2];
  }

  /** conlleval reads 0/0 as 0: a system that predicts nothing has no precision to speak of. */
  private static Prf prf(int correct, int predicted, int gold) {
    double p = predicted == 0 ? 0 : (double) correct / predicted;
    double r = gold == 0 ? 0 : (double) correct / gold;
    return Prf.of(p, r);
  }

  private int[] counts(String type) {
    return byType.computeIfAbsent(type, t -> new int[3]);
  }
}
