package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.Bdd;
import dev.thicket.model.tree.Gate;

/**
 * The gates whose diagrams {@link ModeDiagrams} does not make on their own while it builds with
 * collections: an AND (OR) gate of two children or more whose single parent is an OR (AND) gate,
 * that is neither a module nor guarded by mitigations, and none of whose children is deferred.
 * Its parent folds it in with one fused operation ({@code Bdd.andOr}, {@code Bdd.orAnd}) instead
 * of joining its whole diagram; {@link ModeDiagrams#restoreDropped} makes it for the computations
 * that read every node's function. O(tree size).
 */
final class DeferredGates {
  private DeferredGates() {}

  /** Which nodes are deferred, by node index. */
  static boolean[] of(TreeIndex index, Modules modules, Variables variables) {
    boolean[] deferred = new boolean[index.size];
    for (int node : index.bottomUp) {
      deferred[node] = eligible(index, modules, variables, node, deferred);
    }
    return deferred;
  }

  private static boolean eligible(TreeIndex index, Modules modules, Variables variables,
      int node, boolean[] deferred) {
    if (index.parents[node].length != 1 || modules.isModule[node]
        || variables.moduleVariable[node] >= 0 || index.mitigations[node].length > 0
        || index.children[node].length < 2) {
      return false;
    }
    Gate gate = index.gate[node];
    Gate parent = index.gate[index.parents[node][0]];
    if (!(gate == Gate.AND && parent == Gate.OR || gate == Gate.OR && parent == Gate.AND)) {
      return false;
    }
    for (int child : index.children[node]) {
      if (deferred[child]) {
        return false;
      }
    }
    return true;
  }

  /** Whether a child of {@code node} is deferred and not made (its diagram is folded in here). */
  static boolean pending(ModeDiagrams diagrams, boolean[] deferred, int node) {
    for (int child : diagrams.index.children[node]) {
      if (deferred[child] && diagrams.own[child] < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * An AND or OR gate with deferred children, as {@code ModeDiagrams} folds one: a deferred child
   * c_0 ∘ (c_1 ∘ … ∘ c_m) joins the fold with one fused operation, so that it is never made.
   * Deferred children that share a child x are joined as one, by distributivity: (x ∧ r_1) ∨ (x ∧
   * r_2) = x ∧ (r_1 ∨ r_2), and dually; so neither x ∧ r_i is made (das9701: g14 = (g20 ∧ g19) ∨
   * (g32 ∧ g19) ∨ (g33 ∧ g32) made g33 ∧ g32, 1.35 M nodes, where g32 ∧ (g19 ∨ g33) is g32
   * itself). Then the suffix folds would not be the children's: they are dropped ({@code
   * diagrams.suffix[node]} null, made again by {@link ModeDiagrams#restoreDropped}).
   */
  static int fold(ModeDiagrams diagrams, boolean[] deferred, int node, int[] folds) {
    TreeIndex index = diagrams.index;
    Bdd bdd = diagrams.bdd;
    int[] input = diagrams.input;
    int[] children = index.children[node];
    boolean conjunction = index.gate[node] == Gate.AND;
    SharedFactors groups = SharedFactors.of(diagrams, deferred, node);
    int[] joined = groups == null ? null
        : groups.joined(bdd, input, index.children, children, conjunction);
    int result = conjunction ? Bdd.TRUE : Bdd.FALSE;
    for (int i = children.length - 1; i >= 0; i--) {
      int child = children[i];
      if (groups != null && groups.factor[i] >= 0) {
        int x = input[groups.factor[i]];
        result = conjunction ? bdd.orAnd(x, joined[i], result) : bdd.andOr(x, joined[i], result);
      } else if (groups != null && groups.leader[i] >= 0) {
        continue; // joined with its group's last child
      } else if (deferred[child] && diagrams.own[child] < 0) {
        int[] inner = index.children[child];
        int rest = rest(bdd, input, inner, -1, conjunction);
        result = conjunction ? bdd.orAnd(input[inner[0]], rest, result)
            : bdd.andOr(input[inner[0]], rest, result);
      } else {
        result = conjunction ? bdd.and(input[child], result) : bdd.or(input[child], result);
      }
      if (folds != null) {
        folds[i] = result;
      }
    }
    if (groups != null) {
      diagrams.suffix[node] = null;
    }
    return result;
  }

  /**
   * A deferred child's inputs but its first (or, with {@code except} ≥ 0, but that child), joined
   * by the child's own operation: OR under an AND gate, AND under an OR gate.
   */
  static int rest(Bdd bdd, int[] input, int[] inner, int except, boolean conjunction) {
    int rest = conjunction ? Bdd.FALSE : Bdd.TRUE;
    for (int j = inner.length - 1; j >= (except < 0 ? 1 : 0); j--) {
      if (inner[j] != except) {
        rest = conjunction ? bdd.or(input[inner[j]], rest) : bdd.and(input[inner[j]], rest);
      }
    }
    return rest;
  }
}
