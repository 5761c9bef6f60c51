package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.Zdd;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The minimal cut sets of a tree's structure function (mitigations ignored): minimal sets of
 * leaves whose success achieves the root. Each module's are built as a ZDD from its inherent BDD
 * (Rauzy's minsol), with sub-modules as single variables; a module's cut sets are those of its
 * ZDD with each sub-module variable replaced by any of the sub-module's cut sets (modules share
 * no leaves, so minimality is kept). Counting is exact and never lists ({@link CutSetCounting});
 * the sets with the largest product of leaf probabilities come one at a time from a best-first
 * search ({@link HeaviestSets}).
 */
final class MinimalCutSets {
  /** Orders counted in the distribution when no limit is given. */
  static final int DISTRIBUTION_CAP = 64;

  private final ModeDiagrams inherent;
  final Zdd zdd;
  /** For a module variable, the ZDD of its module's cut sets; -1 for a leaf variable. */
  final int[] moduleFamily;
  final int root;

  /** A set of leaf nodes (in variable order) with the product of their probabilities. */
  record WeightedSet(double weight, int[] leaves) {}

  MinimalCutSets(ModeDiagrams inherent, Checkpoints checkpoints) {
    this.inherent = inherent;
    this.zdd = new Zdd(inherent.bdd, checkpoints);
    Variables variables = inherent.variables;
    moduleFamily = new int[variables.count];
    Arrays.fill(moduleFamily, -1);
    for (int node : inherent.index.bottomUp) {
      if (inherent.modules.isModule[node]) {
        int family = zdd.minimalSolutions(inherent.own[node]);
        if (variables.moduleVariable[node] >= 0) {
          moduleFamily[variables.moduleVariable[node]] = family;
        }
      }
    }
    root = zdd.minimalSolutions(inherent.own[inherent.index.root]);
  }

  BigInteger count() {
    return zdd.counts(moduleFamily)[root];
  }

  /** Probability of the leaf of variable {@code v} (leaf variables only). */
  double leafWeight(int v) {
    return inherent.index.likelihood[inherent.variables.nodeOfVariable[v]];
  }

  /** The number of variables of the diagrams. */
  int zddVariables() {
    return moduleFamily.length;
  }

  /** The node of leaf or module variable {@code v}. */
  int nodeOfVariable(int v) {
    return inherent.variables.nodeOfVariable[v];
  }

  /** The variable of leaf node {@code leaf}, -1 for gates. */
  int leafVariable(int leaf) {
    return inherent.variables.leafVariable[leaf];
  }
}
