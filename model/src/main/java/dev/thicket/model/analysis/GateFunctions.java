package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.Bdd;

/**
 * How one node's function is made from its children's inputs ({@link ModeDiagrams}): its gate
 * over them, AND the failure variables of its own counted mitigations.
 */
final class GateFunctions {
  private final Bdd bdd;
  private final TreeIndex index;
  private final Variables variables;
  private final boolean[] counted;

  GateFunctions(Bdd bdd, TreeIndex index, Variables variables, boolean[] counted) {
    this.bdd = bdd;
    this.index = index;
    this.variables = variables;
    this.counted = counted;
  }

  /** {@code raw} AND the failure variables of {@code node}'s own counted mitigations. */
  int guard(int node, int raw) {
    int result = raw;
    int[] mitigations = index.mitigations[node];
    for (int i = mitigations.length - 1; i >= 0; i--) {
      if (counted[mitigations[i]]) {
        result = bdd.and(bdd.variableNode(variables.mitigationVariable[mitigations[i]]), result);
      }
    }
    return result;
  }

  /** The gate over its children's inputs; with {@code folds}, records the suffix folds there. */
  int gate(int node, int[] child, int[] folds) {
    int n = index.children[node].length;
    return switch (index.gate[node]) {
      case AND -> fold(child, n, true, folds);
      case OR -> fold(child, n, false, folds);
      case ATLEAST -> atLeast(index.k[node], child, n);
      case NOT -> bdd.not(child[0]);
      case XOR -> bdd.xor(child[0], child[1]);
      case LEAF -> throw new IllegalStateException("a leaf is not a gate");
    };
  }

  private int fold(int[] children, int n, boolean conjunction, int[] folds) {
    int result = conjunction ? Bdd.TRUE : Bdd.FALSE;
    for (int i = n - 1; i >= 0; i--) {
      result = conjunction ? bdd.and(children[i], result) : bdd.or(children[i], result);
      if (folds != null) {
        folds[i] = result;
      }
    }
    return result;
  }

  /** At least k of n: atLeast(i, j) = c_i ∧ atLeast(i+1, j−1) ∨ atLeast(i+1, j); O(n·k) steps. */
  private int atLeast(int k, int[] children, int n) {
    int[] next = new int[k + 1];
    next[0] = Bdd.TRUE;
    for (int i = n - 1; i >= 0; i--) {
      int[] current = new int[k + 1];
      current[0] = Bdd.TRUE;
      for (int j = 1; j <= k; j++) {
        current[j] = n - i < j ? Bdd.FALSE : bdd.or(bdd.and(children[i], next[j - 1]), next[j]);
      }
      next = current;
    }
    return next[k];
  }
}
