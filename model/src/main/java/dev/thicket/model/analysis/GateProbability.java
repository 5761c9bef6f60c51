package dev.thicket.model.analysis;

import dev.thicket.model.tree.Gate;

/** Probability of a gate over independent children, and its partial derivatives. */
final class GateProbability {
  private GateProbability() {}

  static double of(Gate gate, int k, double[] child) {
    return switch (gate) {
      case AND -> {
        double product = 1;
        for (double p : child) {
          product *= p;
        }
        yield product;
      }
      case OR -> {
        double none = 1;
        for (double p : child) {
          none *= 1 - p;
        }
        yield 1 - none;
      }
      case ATLEAST -> atLeast(k, child, -1);
      case LEAF -> throw new IllegalArgumentException("a leaf is not a gate");
    };
  }

  /** ∂P(gate)/∂P(child i) for each i, without dividing (exact when a probability is 0 or 1). */
  static double[] partialDerivatives(Gate gate, int k, double[] child) {
    int n = child.length;
    double[] partial = new double[n];
    if (gate == Gate.ATLEAST) {
      for (int i = 0; i < n; i++) {
        partial[i] = atLeast(k - 1, child, i) - atLeast(k, child, i);
      }
      return partial;
    }
    boolean and = gate == Gate.AND;
    double[] prefix = new double[n + 1];
    prefix[0] = 1;
    for (int i = 0; i < n; i++) {
      prefix[i + 1] = prefix[i] * (and ? child[i] : 1 - child[i]);
    }
    double suffix = 1;
    for (int i = n - 1; i >= 0; i--) {
      partial[i] = prefix[i] * suffix;
      suffix *= and ? child[i] : 1 - child[i];
    }
    return partial;
  }

  /** P(at least k of the children other than {@code skip} occur); O(n·k). */
  private static double atLeast(int k, double[] child, int skip) {
    if (k <= 0) {
      return 1;
    }
    double[] exactly = new double[k + 1];
    exactly[0] = 1;
    double reachedK = 0;
    for (int i = 0; i < child.length; i++) {
      if (i == skip) {
        continue;
      }
      double p = child[i];
      reachedK = reachedK + exactly[k - 1] * p;
      for (int j = k - 1; j >= 1; j--) {
        exactly[j] = exactly[j] * (1 - p) + exactly[j - 1] * p;
      }
      exactly[0] *= 1 - p;
    }
    return reachedK;
  }
}
