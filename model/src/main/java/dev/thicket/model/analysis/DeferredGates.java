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
   */
  static int fold(ModeDiagrams diagrams, boolean[] deferred, int node, int[] folds) {
    TreeIndex index = diagrams.index;
    Bdd bdd = diagrams.bdd;
    int[] input = diagrams.input;
    int[] children = index.children[node];
    boolean conjunction = index.gate[node] == Gate.AND;
    int result = conjunction ? Bdd.TRUE : Bdd.FALSE;
    for (int i = children.length - 1; i >= 0; i--) {
      int child = children[i];
      if (deferred[child] && diagrams.own[child] < 0) {
        int[] inner = index.children[child];
        int rest = conjunction ? Bdd.FALSE : Bdd.TRUE;
        for (int j = inner.length - 1; j >= 1; j--) {
          rest = conjunction ? bdd.or(input[inner[j]], rest) : bdd.and(input[inner[j]], rest);
        }
        result = conjunction ? bdd.orAnd(input[inner[0]], rest, result)
            : bdd.andOr(input[inner[0]], rest, result);
      } else {
        result = conjunction ? bdd.and(input[child], result) : bdd.or(input[child], result);
      }
      if (folds != null) {
        folds[i] = result;
      }
    }
    return result;
  }
}
