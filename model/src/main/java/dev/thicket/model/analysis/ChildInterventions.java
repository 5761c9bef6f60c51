package dev.thicket.model.analysis;

import dev.thicket.model.tree.Gate;

/**
 * Interventions on a gate that equal an intervention on one of its children (decision 28). Forcing
 * the outcome of a child K whose only parent is X changes nothing but X's input, pointwise; so
 * <ul>
 *   <li>for an AND gate X (or k-of-n with k = n), T[X:=0] = T[K:=0]: K false makes X false, its
 *       own mitigations or not;
 *   <li>for an OR gate X (or k-of-n with k = 1) without counted mitigations, T[X:=1] = T[K:=1].
 * </ul>
 * Such a value is copied from K after K's is known (children first), never computed: on the
 * Aralia fault trees most OR gates have a child of their own. Cost O(nodes + edges).
 */
final class ChildInterventions {
  /** The child whose T[K:=1] is T[X:=1], or -1. */
  private final int[] achievedFrom;
  /** The child whose T[K:=0] is T[X:=0], or -1. */
  private final int[] blockedFrom;
  private final TreeIndex index;

  /**
   * @param computed whether a node's two values are known without intervening (module, leaf seen
   *     only through itself, root): such a child is preferred, as it ends a chain at no cost
   */
  ChildInterventions(ModeDiagrams diagrams, boolean[] computed) {
    index = diagrams.index;
    achievedFrom = new int[index.size];
    blockedFrom = new int[index.size];
    boolean[] freeAchieved = computed.clone();
    boolean[] freeBlocked = computed.clone();
    for (int node : index.bottomUp) {
      achievedFrom[node] = -1;
      blockedFrom[node] = -1;
      if (computed[node] || index.isLeaf(node)) {
        continue;
      }
      int n = index.children[node].length;
      boolean all = index.gate[node] == Gate.AND
          || index.gate[node] == Gate.ATLEAST && index.k[node] == n;
      boolean any = (index.gate[node] == Gate.OR
          || index.gate[node] == Gate.ATLEAST && index.k[node] == 1)
          && !guarded(diagrams, node);
      for (int child : index.children[node]) {
        if (index.parents[child].length != 1) {
          continue;
        }
        if (all && (blockedFrom[node] < 0 || freeBlocked[child])) {
          blockedFrom[node] = child;
          freeBlocked[node] = freeBlocked[child];
        }
        if (any && (achievedFrom[node] < 0 || freeAchieved[child])) {
          achievedFrom[node] = child;
          freeAchieved[node] = freeAchieved[child];
        }
      }
    }
  }

  /** Whether T[X:=1] is a child's, copied by {@link #copy}. */
  boolean achievedFromChild(int node) {
    return achievedFrom[node] >= 0;
  }

  /** Whether T[X:=0] is a child's, copied by {@link #copy}. */
  boolean blockedFromChild(int node) {
    return blockedFrom[node] >= 0;
  }

  /** Fills the copied values, children first, once every other value is known. */
  void copy(double[] achieved, double[] blocked) {
    for (int node : index.bottomUp) {
      if (achievedFrom[node] >= 0) {
        achieved[node] = achieved[achievedFrom[node]];
      }
      if (blockedFrom[node] >= 0) {
        blocked[node] = blocked[blockedFrom[node]];
      }
    }
  }

  private static boolean guarded(ModeDiagrams diagrams, int node) {
    for (int m : diagrams.index.mitigations[node]) {
      if (diagrams.counted[m]) {
        return true;
      }
    }
    return false;
  }
}
