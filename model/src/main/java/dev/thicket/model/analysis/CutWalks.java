package dev.thicket.model.analysis;

import java.util.ArrayDeque;

/**
 * Walks of a module's diagram with the variables of a node's cut at probability 0, for {@link
 * CriticalCandidates}: P(M[S:=0]), and P(X[S:=0]) with Π (1 − p) over S. A cut S of X is a set of
 * variables whose failure makes X false: a leaf's variable, a module's, and below a gate the cuts
 * of the children {@code cutOf} names.
 */
final class CutWalks {
  private final ModeDiagrams diagrams;
  private final TreeIndex index;
  /** The children whose cuts make up a gate's; null for a leaf or a module (its variable). */
  private final int[][] cutOf;
  private final int[] variableAt;
  private final int[] nodeAt;
  private double[] probabilityAt;
  private int[] visitedAt;
  private int stamp;
  private int lastVariable;
  /** Diagram and tree nodes visited so far. */
  long visits;

  /** @param cutOf filled in by the caller as it chooses the cuts, read at each walk */
  CutWalks(ModeDiagrams diagrams, int[][] cutOf) {
    this.diagrams = diagrams;
    this.index = diagrams.index;
    this.cutOf = cutOf;
    variableAt = new int[diagrams.variables.count];
    nodeAt = new int[index.size];
  }

  /** P(M[S:=0]) for the cut S of node X in the body of module M ({@code holder}). */
  double withoutCut(int node, int holder) {
    markCut(node);
    return walk(diagrams.own[holder]);
  }

  /**
   * Marks the variables of {@code node}'s cut S for {@link #walk}; returns Π (1 − p) over them,
   * the probability that all of S fails.
   */
  double markCut(int node) {
    stamp++;
    lastVariable = -1;
    double allFail = 1;
    ArrayDeque<Integer> stack = new ArrayDeque<>();
    stack.push(node);
    while (!stack.isEmpty()) {
      int below = stack.pop();
      if (nodeAt[below] == stamp) {
        continue;
      }
      nodeAt[below] = stamp;
      visits++;
      if (cutOf[below] != null) {
        for (int child : cutOf[below]) {
          stack.push(child);
        }
      } else {
        int variable = index.isLeaf(below) ? diagrams.variables.leafVariable[below]
            : diagrams.variables.moduleVariable[below];
        if (variableAt[variable] != stamp) {
          variableAt[variable] = stamp;
          allFail *= 1 - diagrams.variableProbability[variable];
        }
        lastVariable = Math.max(lastVariable, variable);
      }
    }
    if (probabilityAt == null) {
      probabilityAt = new double[diagrams.bdd.size()];
      visitedAt = new int[diagrams.bdd.size()];
    }
    return allFail;
  }

  /** P(f) with the marked variables at probability 0; below the last one, as evaluated. */
  double walk(int f) {
    int variable = diagrams.bdd.variable(f);
    if (variable > lastVariable) {
      return diagrams.nodeProbability[f];
    }
    if (visitedAt[f] == stamp) {
      return probabilityAt[f];
    }
    visits++;
    double p = variableAt[variable] == stamp ? 0 : diagrams.variableProbability[variable];
    double result = p * walk(diagrams.bdd.high(f)) + (1 - p) * walk(diagrams.bdd.low(f));
    visitedAt[f] = stamp;
    probabilityAt[f] = result;
    return result;
  }
}
