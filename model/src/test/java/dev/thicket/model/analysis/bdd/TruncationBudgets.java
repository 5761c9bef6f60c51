package dev.thicket.model.analysis.bdd;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For {@link TruncatedCutSetsProbe}: each node's order budget, K minus a lower bound of how many
 * leaves a root cut set of order ≤ K holds outside the node's part, along the cheapest path from
 * the root. Under an AND, siblings whose leaves are disjoint from the node's (and from each
 * other) each add at least their smallest cut set's order; a lower bound of that order is the
 * minimum over an OR's children, the k-th smallest over an ATLEAST's, and over an AND's the sum
 * over pairwise disjoint children. A coherent tree's minimal cut sets of order ≤ K then only
 * need each gate's sets within its budget.
 */
final class TruncationBudgets {
  private TruncationBudgets() {}

  static Map<String, Integer> of(AttackTree tree, int k) {
    List<String> bottomUp = tree.bottomUpOrder();
    Map<String, BitSet> leaves = new HashMap<>();
    Map<String, Integer> lowerBound = new HashMap<>();
    for (String id : bottomUp) {
      Node node = tree.node(id);
      BitSet set = new BitSet();
      int bound;
      if (node.isLeaf()) {
        set.set(leaves.size());
        bound = 1;
      } else {
        for (String child : node.children()) {
          set.or(leaves.get(child));
        }
        int[] sorted = node.children().stream().mapToInt(lowerBound::get).sorted().toArray();
        bound = switch (node.gate()) {
          case OR -> sorted[0];
          case AND -> disjointSum(node.children(), null, leaves, lowerBound);
          case ATLEAST -> sorted[node.k() - 1];
          default -> throw new IllegalArgumentException("not coherent: " + node.gate());
        };
      }
      leaves.put(id, set);
      lowerBound.put(id, bound);
    }
    Map<String, Integer> outside = new HashMap<>();
    outside.put(tree.root(), 0);
    for (int i = bottomUp.size() - 1; i >= 0; i--) {
      Node node = tree.node(bottomUp.get(i));
      int above = outside.get(node.id());
      for (String child : node.children()) {
        int siblings = node.gate() == Gate.AND
            ? disjointSum(node.children(), child, leaves, lowerBound) : 0;
        outside.merge(child, above + siblings, Math::min);
      }
    }
    Map<String, Integer> budget = new HashMap<>();
    outside.forEach((id, needed) -> budget.put(id, k - needed));
    return budget;
  }

  /**
   * The sum of the lower bounds of a greedy set of pairwise disjoint children (largest bound
   * first), each also disjoint from {@code except}, which is left out (null: none).
   */
  private static int disjointSum(List<String> children, String except, Map<String, BitSet> leaves,
      Map<String, Integer> lowerBound) {
    BitSet used = except == null ? new BitSet() : (BitSet) leaves.get(except).clone();
    List<String> sorted = new ArrayList<>(children);
    sorted.sort((a, b) -> lowerBound.get(b) - lowerBound.get(a));
    int sum = 0;
    for (String child : sorted) {
      if (!child.equals(except) && !leaves.get(child).intersects(used)) {
        used.or(leaves.get(child));
        sum += lowerBound.get(child);
      }
    }
    return sum;
  }
}
