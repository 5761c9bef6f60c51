package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.Bdd;
import dev.thicket.model.analysis.bdd.NodeProbabilities;
import dev.thicket.model.analysis.bdd.PairMemo;
import dev.thicket.model.tree.Gate;

/**
 * P(C[X:=c]) for a gate C that {@link #splits}, without making C[X:=c]: the region
 * between X and C is rebuilt but for C's last operation, a ∧ b or a ∨ b, whose probability a pair
 * walk reads ({@link Bdd#probabilityOfBoth}, {@link Bdd#probabilityOfEither}). That operation is
 * where the rebuilt function meets the module's largest functions (edf9203: the root, an OR of
 * four ANDs of ladders); the walk visits the pairs the operation would, but makes no node
 * (decision 33). Equal to the made function's probability but where a made node is reduced (to
 * rounding there).
 */
final class LastOperations {
  private final ModeDiagrams diagrams;
  private final Rebuilds rebuilds;
  private final NodeProbabilities probabilities;
  private final PairMemo both;
  /** Pairs' P(f ∨ g), apart from {@link #both}'s P(f ∧ g). */
  private final PairMemo either;

  /** @param both the memo of P(f ∧ g) shared with the sweeps; cleared at every rollback */
  LastOperations(ModeDiagrams diagrams, Rebuilds rebuilds, NodeProbabilities probabilities,
      PairMemo both) {
    this.diagrams = diagrams;
    this.rebuilds = rebuilds;
    this.probabilities = probabilities;
    this.both = both;
    this.either = new PairMemo(diagrams.variableProbability);
  }

  /** P(C[X:=c]), X = {@code node}, C = {@code gate}, c = {@code value}. O(the walk's pairs). */
  double probability(int node, int gate, int value) {
    int[] operands = rebuilds.localOperands(node, gate, value);
    double[] probability = probabilities.update();
    return diagrams.index.gate[gate] == Gate.AND
        ? diagrams.bdd.probabilityOfBoth(operands[0], operands[1], probability, both)
        : diagrams.bdd.probabilityOfEither(operands[0], operands[1], probability, either);
  }

  /**
   * Whether {@link #operands} applies to {@code node}: an AND or OR gate without counted
   * mitigations of its own.
   */
  static boolean splits(ModeDiagrams diagrams, int node) {
    if (diagrams.index.gate[node] != Gate.AND && diagrams.index.gate[node] != Gate.OR) {
      return false;
    }
    for (int mitigation : diagrams.index.mitigations[node]) {
      if (diagrams.counted[mitigation]) {
        return false;
      }
    }
    return true;
  }

  /**
   * What {@link ModeDiagrams#rebuilt} makes, for a node that {@link #splits}, but for its last
   * operation: the two operands {a, b} of the gate's operation whose result would be the function
   * (an identity for a gate of one child). The same operations as {@link ModeDiagrams#rebuilt}
   * otherwise.
   */
  static int[] operands(ModeDiagrams diagrams, int node, int[] childInputs, int first,
      int last) {
    boolean conjunction = diagrams.index.gate[node] == Gate.AND;
    int identity = conjunction ? Bdd.TRUE : Bdd.FALSE;
    int n = diagrams.index.children[node].length;
    if (!diagrams.hasFolds(node)) {
      return n == 1 ? new int[] {childInputs[0], identity}
          : new int[] {childInputs[0], conjunction ? diagrams.bdd.and(childInputs[1], identity)
              : diagrams.bdd.or(childInputs[1], identity)};
    }
    int result = last + 1 < n ? diagrams.suffix[node][last + 1] : identity;
    int lowest = first > 0 ? first : first + 1;
    for (int i = last; i >= lowest; i--) {
      result = conjunction ? diagrams.bdd.and(childInputs[i], result)
          : diagrams.bdd.or(childInputs[i], result);
    }
    return new int[] {first > 0 ? diagrams.prefix(node)[first - 1] : childInputs[first], result};
  }

  /** Forgets the memoised pairs (after a rollback, node numbers name other nodes). */
  void clear() {
    either.clear();
  }
}
