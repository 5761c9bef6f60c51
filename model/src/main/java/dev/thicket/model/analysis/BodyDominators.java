package dev.thicket.model.analysis;

/**
 * The immediate dominators of a module's body: a node's is the deepest node that every path from
 * the module down to it passes (the module for its children). Computed parents before children,
 * each node's from its parents' by walking up to their common dominator.
 */
final class BodyDominators {
  private final TreeIndex index;
  private final int[] idom;
  private final int[] depth;

  BodyDominators(TreeIndex index) {
    this.index = index;
    idom = new int[index.size];
    depth = new int[index.size];
  }

  /** Computes the dominators of {@code body}: the module, then its nodes, parents first. */
  void compute(int[] body) {
    depth[body[0]] = 0;
    for (int i = 1; i < body.length; i++) {
      int node = body[i];
      int dominator = -1;
      for (int parent : index.parents[node]) {
        dominator = dominator < 0 ? parent : common(dominator, parent);
      }
      idom[node] = dominator;
      depth[node] = depth[dominator] + 1;
    }
  }

  /** The immediate dominator of a node of the body other than the module. */
  int of(int node) {
    return idom[node];
  }

  private int common(int a, int b) {
    while (a != b) {
      if (depth[a] >= depth[b]) {
        a = idom[a];
      } else {
        b = idom[b];
      }
    }
    return a;
  }
}
