package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.Bdd;
import java.util.Arrays;

/**
 * The Boolean functions of a tree in one mode, as BDDs, built module by module: each node's
 * function is its gate over its children's inputs, AND the failure variables of its own counted
 * mitigations; a module gate enters its parents' functions as its single variable. Probabilities
 * follow in one ascending pass, a module variable taking its module's probability.
 */
final class ModeDiagrams {
  final TreeIndex index;
  final Variables variables;
  final Modules modules;
  final Mode mode;
  final Bdd bdd;
  /** Each node's own function (its module body's inputs as variables). */
  final int[] own;
  /** What each node is in its parents' functions: its module variable, or its own function. */
  final int[] input;
  /** Probability of each variable (module variables: of their module). */
  final double[] variableProbability;
  /** Probability of every BDD node. */
  final double[] nodeProbability;

  ModeDiagrams(TreeIndex index, Variables variables, Modules modules, Mode mode, int nodeBudget,
      Checkpoints checkpoints) {
    this.index = index;
    this.variables = variables;
    this.modules = modules;
    this.mode = mode;
    this.bdd = new Bdd(variables.count, checkpoints, nodeBudget);
    own = new int[index.size];
    input = new int[index.size];
    int[] variableFunction = new int[variables.count];
    Arrays.fill(variableFunction, -1);
    int built = 0;
    for (int node : index.bottomUp) {
      if ((++built & 1023) == 0) {
        checkpoints.step(built, index.size);
      }
      int raw = index.isLeaf(node) ? bdd.variableNode(variables.leafVariable[node]) : gate(node);
      own[node] = guarded(raw, node);
      int moduleVariable = variables.moduleVariable[node];
      if (moduleVariable >= 0) {
        input[node] = bdd.variableNode(moduleVariable);
        variableFunction[moduleVariable] = own[node];
      } else {
        input[node] = own[node];
      }
    }
    double[] base = new double[variables.count];
    for (int v = 0; v < variables.count; v++) {
      int node = variables.nodeOfVariable[v];
      base[v] = node >= 0 && index.isLeaf(node) ? index.likelihood[node] : 0;
    }
    for (int m = 0; m < index.mitigation.length; m++) {
      if (variables.mitigationVariable[m] >= 0) {
        base[variables.mitigationVariable[m]] = 1 - index.mitigation[m].effectiveness();
      }
    }
    nodeProbability = bdd.probabilities(base, variableFunction);
    for (int v = 0; v < variables.count; v++) {
      if (variableFunction[v] >= 0) {
        base[v] = nodeProbability[variableFunction[v]];
      }
    }
    variableProbability = base;
  }

  /** P(node achieved), its own mitigations included. */
  double probability(int node) {
    return nodeProbability[own[node]];
  }

  double top() {
    return probability(index.root);
  }

  private int gate(int node) {
    int[] children = index.children[node];
    int[] child = new int[children.length];
    for (int i = 0; i < child.length; i++) {
      child[i] = input[children[i]];
    }
    return switch (index.gate[node]) {
      case AND -> fold(child, true);
      case OR -> fold(child, false);
      case ATLEAST -> atLeast(index.k[node], child);
      case NOT -> bdd.not(child[0]);
      case XOR -> bdd.xor(child[0], child[1]);
      case LEAF -> throw new IllegalStateException("a leaf is not a gate");
    };
  }

  private int fold(int[] children, boolean conjunction) {
    int result = conjunction ? Bdd.TRUE : Bdd.FALSE;
    for (int i = children.length - 1; i >= 0; i--) {
      result = conjunction ? bdd.and(children[i], result) : bdd.or(children[i], result);
    }
    return result;
  }

  /** At least k of n: atLeast(i, j) = c_i ∧ atLeast(i+1, j−1) ∨ atLeast(i+1, j); O(n·k) steps. */
  private int atLeast(int k, int[] children) {
    int n = children.length;
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

  private int guarded(int raw, int node) {
    int result = raw;
    int[] mitigations = index.mitigations[node];
    for (int i = mitigations.length - 1; i >= 0; i--) {
      if (index.counts(mode, mitigations[i])) {
        result = bdd.and(bdd.variableNode(variables.mitigationVariable[mitigations[i]]), result);
      }
    }
    return result;
  }
}
