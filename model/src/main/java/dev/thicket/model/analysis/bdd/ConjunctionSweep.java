package dev.thicket.model.analysis.bdd;

import java.util.Arrays;

/**
 * P(f ∧ g) for one diagram f and many diagrams g, each g depending only on variables from some
 * level on. One sweep down f's variable order keeps the probability mass of the paths of f that
 * have reached each node at or below the current level (the frontier); a g whose top variable is
 * at that level then needs only Σ mass(n) · P(n ∧ g) over the frontier, never f's upper part
 * again. Cost: O(|f|) for the sweep plus, per g, the frontier's size and the pairs below it.
 */
public final class ConjunctionSweep {
  private final Bdd bdd;
  private final double[] nodeProbability;
  private final PairMemo memo;

  public ConjunctionSweep(Bdd bdd, double[] nodeProbability, PairMemo memo) {
    this.bdd = bdd;
    this.nodeProbability = nodeProbability;
    this.memo = memo;
  }

  /** P(f ∧ g[i]) for every i. */
  public double[] probabilities(int f, int[] g) {
    double[] result = new double[g.length];
    Integer[] order = new Integer[g.length];
    for (int i = 0; i < g.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(bdd.variable(g[a]), bdd.variable(g[b])));
    int[] nodes = bdd.nodesOf(f);
    // nodes are in descending index order; sort them by variable for the sweep
    Integer[] byLevel = new Integer[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      byLevel[i] = nodes[i];
    }
    Arrays.sort(byLevel, (a, b) -> Integer.compare(bdd.variable(a), bdd.variable(b)));
    java.util.Map<Integer, Double> mass = new java.util.HashMap<>();
    mass.put(f, 1.0);
    double massAtTrue = f == Bdd.TRUE ? 1.0 : 0.0;
    if (f <= Bdd.TRUE) {
      mass.clear();
    }
    int next = 0;
    for (int index : order) {
      int level = bdd.variable(g[index]);
      while (next < byLevel.length && bdd.variable(byLevel[next]) < level) {
        int node = byLevel[next++];
        Double m = mass.remove(node);
        if (m == null) {
          continue;
        }
        double p = memo.variableProbability(bdd.variable(node));
        massAtTrue += push(mass, bdd.high(node), m * p) + push(mass, bdd.low(node), m * (1 - p));
      }
      double total = massAtTrue * nodeProbability[g[index]];
      for (java.util.Map.Entry<Integer, Double> entry : mass.entrySet()) {
        total += entry.getValue()
            * bdd.probabilityOfBoth(entry.getKey(), g[index], nodeProbability, memo);
      }
      result[index] = total;
    }
    return result;
  }

  /** Adds mass to a frontier node; returns the mass that reached TRUE (FALSE's is dropped). */
  private static double push(java.util.Map<Integer, Double> mass, int node, double m) {
    if (node == Bdd.TRUE) {
      return m;
    }
    if (node != Bdd.FALSE && m != 0) {
      mass.merge(node, m, Double::sum);
    }
    return 0;
  }
}
