package dev.thicket.model.analysis.bdd;

/**
 * Probabilities of a pair of functions read by walking their diagrams side by side, without
 * building the conjunction or disjunction: the walk {@link Bdd#and} or {@link Bdd#or} would make,
 * each pair's value p · P(high pair) + (1 − p) · P(low pair). The two walks differ only in their
 * terminal cases; they stay two methods because {@link #both} is the hottest loop of the
 * importance sweeps (decisions 23, 26, 33).
 */
final class PairWalks {
  private final NodeTable nodes;

  PairWalks(NodeTable nodes) {
    this.nodes = nodes;
  }

  /** P(f ∧ g), independent variables, without building f ∧ g; memoised on pairs: O(|f|·|g|). */
  double both(int f, int g, double[] nodeProbability, PairMemo memo) {
    if (f == Bdd.FALSE || g == Bdd.FALSE) {
      return 0.0;
    }
    if (f == Bdd.TRUE) {
      return nodeProbability[g];
    }
    if (g == Bdd.TRUE || f == g) {
      return nodeProbability[f];
    }
    int a = Math.min(f, g);
    int b = Math.max(f, g);
    double known = memo.get(a, b);
    if (!Double.isNaN(known)) {
      return known;
    }
    int vf = nodes.variable(f);
    int vg = nodes.variable(g);
    int v = Math.min(vf, vg);
    double p = memo.variableProbability(v);
    double result =
        p * both(vf == v ? nodes.high(f) : f, vg == v ? nodes.high(g) : g, nodeProbability, memo)
            + (1 - p)
                * both(vf == v ? nodes.low(f) : f, vg == v ? nodes.low(g) : g, nodeProbability,
                    memo);
    memo.put(a, b, result);
    return result;
  }

  /**
   * P(f ∨ g), independent variables, without building f ∨ g: each pair's value as the node {@link
   * Bdd#or} would make (equal to it but where the made node is reduced, to rounding); memoised on
   * pairs in {@code memo}, which must hold no {@link #both} values: O(|f|·|g|).
   */
  double either(int f, int g, double[] nodeProbability, PairMemo memo) {
    if (f == Bdd.TRUE || g == Bdd.TRUE) {
      return 1.0;
    }
    if (f == Bdd.FALSE) {
      return nodeProbability[g];
    }
    if (g == Bdd.FALSE || f == g) {
      return nodeProbability[f];
    }
    int a = Math.min(f, g);
    int b = Math.max(f, g);
    double known = memo.get(a, b);
    if (!Double.isNaN(known)) {
      return known;
    }
    int vf = nodes.variable(f);
    int vg = nodes.variable(g);
    int v = Math.min(vf, vg);
    double p = memo.variableProbability(v);
    double result =
        p * either(vf == v ? nodes.high(f) : f, vg == v ? nodes.high(g) : g,
            nodeProbability, memo)
            + (1 - p) * either(vf == v ? nodes.low(f) : f,
                vg == v ? nodes.low(g) : g, nodeProbability, memo);
    memo.put(a, b, result);
    return result;
  }
}
