package dev.thicket.model.analysis;

import java.util.Arrays;

/**
 * Garbage collection of a {@link ModeDiagrams} manager while it is being built: keeps the
 * functions the rest of the build and the probabilities and cut sets read, which are every
 * module's own function and the input of every node with a parent still to build (the frontier),
 * and drops the rest: inner nodes' functions once all their parents are built, and suffix folds.
 * {@link ModeDiagrams#restoreDropped} builds those again for the computations that read them.
 * Cost: one pass over the manager's nodes ({@code Bdd.collect}).
 */
final class DiagramCollection {
  private DiagramCollection() {}

  /**
   * Collects between two gates. {@code unbuiltParents[node]} counts the parents of {@code node}
   * not built yet; nodes not built yet hold {@code FALSE}.
   */
  static void collect(ModeDiagrams diagrams, int[] unbuiltParents) {
    int[] own = diagrams.own;
    int[] input = diagrams.input;
    boolean[] isModule = diagrams.modules.isModule;
    int[] roots = new int[2 * own.length];
    int count = 0;
    for (int node = 0; node < own.length; node++) {
      if (isModule[node]) {
        roots[count++] = own[node];
        roots[count++] = input[node];
      } else if (unbuiltParents[node] > 0 && own[node] >= 0) {
        roots[count++] = own[node];
      }
    }
    int[] renumbered = diagrams.bdd.collect(Arrays.copyOf(roots, count));
    for (int node = 0; node < own.length; node++) {
      if (isModule[node] || (unbuiltParents[node] > 0 && own[node] >= 0)) {
        own[node] = renumbered[own[node]];
        input[node] = renumbered[input[node]];
      } else {
        own[node] = -1;
        input[node] = -1;
      }
      diagrams.suffix[node] = null;
    }
    int[] variableFunction = diagrams.variableFunction;
    for (int v = 0; v < variableFunction.length; v++) {
      if (variableFunction[v] >= 0) {
        variableFunction[v] = renumbered[variableFunction[v]];
      }
    }
  }
}
