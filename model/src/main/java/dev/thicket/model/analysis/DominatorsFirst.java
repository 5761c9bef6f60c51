package dev.thicket.model.analysis;

/**
 * Which nodes that may be critical to measure first (decision 48): FV(X) ≤ FV(Y) for a dominator
 * Y of X (in a coherent tree; else when no path from the goal to X passes a NOT or XOR gate,
 * decision 50), so once the topmost candidates that dominate other candidates have their exact
 * Fussell–Vesely importance, the bounds of the nodes below them can be taken again from it
 * ({@link CriticalCandidates}): edf9203's goal is an OR of four AND gates of FV 0.02–0.045 whose
 * bounds were 0.11–0.12, and most of its candidates lay below them.
 */
final class DominatorsFirst {
  /**
   * Only a topmost candidate whose bound is below this many thresholds goes first: one far above
   * is likely critical, and then rules nothing out (edf9202's g2: bound 0.52, FV 0.34).
   */
  static final double NEAR = 2;
  /** First nodes measured in a round of their own at most. */
  static final int MOST_FIRST = 4;
  /** Candidates below the first nodes, at least, per first node. */
  static final int BELOW_EACH_FIRST = 8;

  private DominatorsFirst() {}

  /**
   * The candidates not yet measured that dominate another such candidate, are dominated by none
   * and whose bound is {@linkplain #NEAR near} the threshold, when {@linkplain #worthARound worth
   * a round}; null otherwise, and in a tree with nodes outside the goal's sub-graph. {@code
   * always} (tests): every such candidate whatever its bound, and a round whatever it costs.
   */
  static boolean[] of(TreeIndex index, CriticalCandidates.Candidates candidates,
      boolean[] measured, double threshold, boolean always) {
    if (candidates.bound() == null) {
      return null; // a node outside the goal's sub-graph: no dominator bound
    }
    int[] parentsFirst = candidates.parentsFirst();
    boolean[] candidate = candidates.candidate();
    double[] bound = candidates.bound();
    BodyDominators dominators = candidates.dominators();
    // topmost[X]: the highest open candidate among X's strict dominators, -1 when none
    int[] topmost = new int[index.size];
    topmost[index.root] = -1;
    boolean[] first = new boolean[index.size];
    boolean any = false;
    for (int i = 1; i < parentsFirst.length; i++) {
      int node = parentsFirst[i];
      int dominator = dominators.of(node);
      boolean open = candidate[dominator] && !measured[dominator] && dominator != index.root;
      topmost[node] = topmost[dominator] >= 0 ? topmost[dominator] : open ? dominator : -1;
      if (boundedFromAbove(node, candidates, measured, topmost)
          && (always || bound[topmost[node]] < NEAR * threshold)) {
        first[topmost[node]] = true;
        any = true;
      }
    }
    return any && (always || worthARound(index, candidates, measured, first, topmost)) ? first
        : null;
  }

  /** Whether {@code node} is an open candidate that an open candidate above it bounds. */
  private static boolean boundedFromAbove(int node, CriticalCandidates.Candidates candidates,
      boolean[] measured, int[] topmost) {
    return candidates.candidate()[node] && !measured[node] && topmost[node] >= 0
        && candidates.dominatorsBound(node);
  }

  /**
   * A round of its own costs the work the first nodes would share with the others (their
   * contexts, the second worker): only for a few first nodes over many (edf9203: 4 over 56;
   * edf9204's 13 over 49 took twice as long as one round).
   */
  private static boolean worthARound(TreeIndex index, CriticalCandidates.Candidates candidates,
      boolean[] measured, boolean[] first, int[] topmost) {
    int firstCount = 0;
    int below = 0;
    for (int node = 0; node < index.size; node++) {
      firstCount += first[node] ? 1 : 0;
      below +=
          boundedFromAbove(node, candidates, measured, topmost) && first[topmost[node]] ? 1 : 0;
    }
    return firstCount <= MOST_FIRST && below >= BELOW_EACH_FIRST * firstCount;
  }

  /**
   * The first round's share of the nodes to measure, {@code first} among the {@code candidate}s
   * not {@code measured} yet: the part of the progress it fills.
   */
  static double share(boolean[] first, boolean[] candidate, boolean[] measured) {
    int firstCount = 0;
    int all = 0;
    for (int node = 0; node < candidate.length; node++) {
      firstCount += first[node] && !measured[node] ? 1 : 0;
      all += candidate[node] && !measured[node] ? 1 : 0;
    }
    return all == 0 ? 1 : (double) firstCount / all;
  }

  /** The nodes of the tree, parents before children (the root first when it reaches all). */
  static int[] parentsFirst(TreeIndex index) {
    int[] parentsFirst = new int[index.bottomUp.length];
    for (int i = 0; i < parentsFirst.length; i++) {
      parentsFirst[i] = index.bottomUp[parentsFirst.length - 1 - i];
    }
    return parentsFirst;
  }
}
