package dev.thicket.model.analysis.bdd;

import java.util.Arrays;

/**
 * P(f ∧ g) for one diagram f and many diagrams g, each g depending only on variables from some
 * level on. One sweep down f's variable order keeps the probability mass of the paths of f that
 * have reached each node at or below the current level (the frontier); a g whose top variable is
 * at that level then needs only Σ mass(n) · P(n ∧ g) over the frontier, never f's upper part
 * again. Cost: O(|f|) for the sweep plus, per g, the frontier's size and the pairs below
 * it ({@link Bdd#probabilityOfBoth}).
 */
public final class ConjunctionSweep {
  private final Bdd bdd;
  private final PairMemo memo;
  private double[] mass = new double[0];
  private int[] frontierSlot = new int[0];

  public ConjunctionSweep(Bdd bdd, PairMemo memo) {
    this.bdd = bdd;
    this.memo = memo;
  }

  /**
   * P(g[i] ∧ plus) − P(g[i] ∧ minus) for every i (no second sweep when {@code minus} is FALSE);
   * {@code probability} holds the probability of every node.
   */
  public double[] differences(int plus, int minus, int[] g, double[] probability) {
    double[] values = probabilities(plus, g, probability);
    if (minus != Bdd.FALSE) {
      double[] negative = probabilities(minus, g, probability);
      for (int i = 0; i < values.length; i++) {
        values[i] -= negative[i];
      }
    }
    return values;
  }

  /**
   * P(f ∧ g[i]) for every i; {@code probability} holds the probability of every node. A constant
   * g costs nothing (it would otherwise walk f to its bottom).
   */
  public double[] probabilities(int f, int[] g, double[] probability) {
    double[] result = new double[g.length];
    if (f == Bdd.FALSE || g.length == 0) {
      return result;
    }
    if (f == Bdd.TRUE) {
      for (int i = 0; i < g.length; i++) {
        result[i] = probability[g[i]];
      }
      return result;
    }
    int[] order = byTopVariable(g);
    int inner = order.length;
    while (inner > 0 && g[order[inner - 1]] <= Bdd.TRUE) {
      inner--;
      result[order[inner]] = g[order[inner]] == Bdd.TRUE ? probability[f] : 0;
    }
    order = Arrays.copyOf(order, inner);
    int[] nodes = bdd.nodesByVariable(f);
    int size = bdd.size();
    if (mass.length < size) {
      mass = new double[size];
      frontierSlot = new int[size];
    }
    int[] frontier = new int[16];
    int frontierSize = 0;
    mass[f] = 1.0;
    frontierSlot[f] = frontierSize;
    frontier[frontierSize++] = f;
    double massAtTrue = 0;
    int next = 0;
    for (int index : order) {
      int level = bdd.variable(g[index]);
      while (next < nodes.length && bdd.variable(nodes[next]) < level) {
        int node = nodes[next++];
        double m = mass[node];
        if (m == 0) {
          continue;
        }
        mass[node] = 0;
        int last = frontier[--frontierSize];
        frontier[frontierSlot[node]] = last;
        frontierSlot[last] = frontierSlot[node];
        double p = memo.variableProbability(bdd.variable(node));
        for (int branch = 0; branch < 2; branch++) {
          int child = branch == 0 ? bdd.high(node) : bdd.low(node);
          double share = m * (branch == 0 ? p : 1 - p);
          if (child == Bdd.TRUE) {
            massAtTrue += share;
          } else if (child != Bdd.FALSE && share != 0) {
            if (mass[child] == 0) {
              if (frontierSize == frontier.length) {
                frontier = Arrays.copyOf(frontier, frontierSize * 2);
              }
              frontierSlot[child] = frontierSize;
              frontier[frontierSize++] = child;
            }
            mass[child] += share;
          }
        }
      }
      double total = massAtTrue * probability[g[index]];
      for (int i = 0; i < frontierSize; i++) {
        int node = frontier[i];
        total += mass[node] * bdd.probabilityOfBoth(node, g[index], probability, memo);
      }
      result[index] = total;
    }
    for (int i = 0; i < frontierSize; i++) {
      mass[frontier[i]] = 0;
    }
    return result;
  }

  /** The indices of {@code g}, by ascending top variable. */
  private int[] byTopVariable(int[] g) {
    long[] keyed = new long[g.length];
    for (int i = 0; i < g.length; i++) {
      keyed[i] = (long) bdd.variable(g[i]) << 32 | i;
    }
    Arrays.sort(keyed);
    int[] order = new int[g.length];
    for (int i = 0; i < g.length; i++) {
      order[i] = (int) keyed[i];
    }
    return order;
  }
}
