package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.Bdd;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Groups of a gate's deferred children ({@link DeferredGates}) that share a child x: under an OR
 * gate, (x ∧ r_1) ∨ … ∨ (x ∧ r_k) is folded as x ∧ (r_1 ∨ … ∨ r_k), and dually under an AND gate.
 * Greedy, in fold order (last child first): a deferred child joins the nearest later group that
 * can still take one of its children as the shared one. O(children's children).
 */
final class SharedFactors {
  /** For a group's last child (by position), the shared child (a node); -1 for other positions. */
  final int[] factor;
  /** For the other members of a group, the position of its last child; -1 otherwise. */
  final int[] leader;

  private SharedFactors(int[] factor, int[] leader) {
    this.factor = factor;
    this.leader = leader;
  }

  /** The groups of {@code node}'s deferred children not made yet; null when there are none. */
  static SharedFactors of(ModeDiagrams diagrams, boolean[] deferred, int node) {
    int[] children = diagrams.index.children[node];
    int[] factor = new int[children.length];
    int[] leader = new int[children.length];
    Arrays.fill(factor, -1);
    Arrays.fill(leader, -1);
    Map<Integer, Integer> open = new HashMap<>();
    boolean any = false;
    for (int i = children.length - 1; i >= 0; i--) {
      int child = children[i];
      if (!deferred[child] || diagrams.own[child] >= 0) {
        continue;
      }
      int[] inner = diagrams.index.children[child];
      for (int x : inner) {
        Integer last = open.get(x);
        if (last != null && (factor[last] < 0 || factor[last] == x)) {
          factor[last] = x;
          leader[i] = last;
          any = true;
          break;
        }
      }
      if (leader[i] < 0) {
        for (int x : inner) {
          open.put(x, i);
        }
      }
    }
    return any ? new SharedFactors(factor, leader) : null;
  }

  /**
   * For each group's last child, r_1 op … op r_k (op: the gate's own operation), each r_i a
   * member's other children joined by the member's operation; 0 at other positions.
   */
  int[] joined(Bdd bdd, int[] input, int[][] children, int[] gateChildren, boolean conjunction) {
    int[] joined = new int[factor.length];
    for (int i = factor.length - 1; i >= 0; i--) {
      int last = factor[i] >= 0 ? i : leader[i];
      if (last < 0) {
        continue;
      }
      int rest = DeferredGates.rest(bdd, input, children[gateChildren[i]], factor[last],
          conjunction);
      joined[last] = last == i ? rest : conjunction ? bdd.and(joined[last], rest)
          : bdd.or(joined[last], rest);
    }
    return joined;
  }
}
