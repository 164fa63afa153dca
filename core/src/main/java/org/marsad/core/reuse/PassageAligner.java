package org.marsad.core.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the passages a target text shares with a source text, verbatim or edited.
 *
 * <p>Seed, cluster, filter: equal runs of {@link ReuseOptions#seedWords()} stemmed content words are the
 * seeds ({@link SeedPairs}); seeds close together on both sides form a passage ({@link SeedClusters}), which
 * tolerates changed, added and missing words up to {@link ReuseOptions#maxGap()} in a row, reordered
 * phrases and (with one-word seeds) shuffled words; a passage is kept when it is long enough and its seeds
 * cover enough of it; where passages overlap on the target side the one with more matched words wins.
 * Offsets map back to the original texts through the content words' token offsets. Thread-safe.
 */
public final class PassageAligner {

  /** Regions this many gaps apart, or closer, on both sides are joined (see {@link #mergeNeighbours}). */
  private static final int JOIN_GAPS = 3;
  /** How many earlier regions a region may join across (see {@link #mergeNeighbours}). */
  private static final int LOOK_BACK = 4;

  private final ReuseOptions options;

  public PassageAligner(ReuseOptions options) {
    this.options = options;
  }

  public ReuseOptions options() {
    return options;
  }

  /** The passages target shares with source, in target order, not overlapping on the target side. */
  public List<Passage> align(ReuseText source, ReuseText target) {
    int[] lengths = options.longSeedWords() > options.seedWords()
        ? new int[] {options.seedWords(), options.longSeedWords()}
        : new int[] {options.seedWords()};
    SeedPairs seeds = SeedPairs.find(source, target, lengths, options.maxRepeats());
    List<Region> found = new ArrayList<>();
    for (int[] cluster : SeedClusters.of(seeds, options.maxGap())) {
      Region r = Region.of(cluster, seeds);
      // Both sides must be long enough: a few source words matched by many target words is no passage.
      if (r.score() >= options.minScore() && tokens(target, r) >= options.minWords()
          && sourceTokens(source, r) >= options.minWords()) {
        found.add(r);
      }
    }
    List<Region> kept = mergeNeighbours(found);
    kept.sort(Comparator.comparingInt((Region r) -> r.targetCovered() + r.sourceCovered()).reversed());
    List<Region> chosen = new ArrayList<>();
    for (Region r : kept) {
      if (chosen.stream().noneMatch(r::overlapsOnTarget)) chosen.add(r);
    }
    chosen.sort(Comparator.comparingInt(Region::targetFrom));
    List<Passage> out = new ArrayList<>(chosen.size());
    for (Region r : chosen) {
      out.add(new Passage(source.passageStart(r.sourceFrom()), source.passageEnd(r.sourceTo() - 1),
          target.passageStart(r.targetFrom()), target.passageEnd(r.targetTo() - 1), r.score(), tokens(target, r)));
    }
    return out;
  }

  /**
   * Joins regions that follow each other within three gaps on both sides, when the whole still has the
   * coverage a passage needs: a rewritten sentence in the middle of a copied paragraph cuts it in two
   * clusters, but a reader sees one passage (and PAN counts two detections of one case as a fault).
   */
  private List<Region> mergeNeighbours(List<Region> regions) {
    regions.sort(Comparator.comparingInt(Region::targetFrom));
    List<Region> out = new ArrayList<>();
    int reach = JOIN_GAPS * options.maxGap();
    for (Region r : regions) {
      // Look back past a few small regions in between (chance matches elsewhere in the source).
      boolean joined = false;
      for (int k = out.size() - 1; k >= Math.max(0, out.size() - LOOK_BACK) && !joined; k--) {
        Region candidate = out.get(k);
        if (!candidate.isNear(r, reach)) continue;
        Region both = candidate.join(r);
        if (both.score() >= options.minScore()) {
          out.set(k, both);
          joined = true;
        }
      }
      if (!joined) out.add(r);
    }
    return out;
  }

  private static int sourceTokens(ReuseText source, Region r) {
    return source.tokenIndex(r.sourceTo() - 1) - source.tokenIndex(r.sourceFrom()) + 1;
  }

  /** Tokens the region spans on the target side, stop words included. */
  private static int tokens(ReuseText target, Region r) {
    return target.tokenIndex(r.targetTo() - 1) - target.tokenIndex(r.targetFrom()) + 1;
  }
}
