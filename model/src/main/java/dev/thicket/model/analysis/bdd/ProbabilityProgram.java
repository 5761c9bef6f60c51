package dev.thicket.model.analysis.bdd;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The probability of one function of a {@link Bdd}, compiled for repeated evaluation with other
 * variable probabilities: only the nodes the function reaches (through the functions its module
 * variables stand for, too), renumbered densely in ascending order, so that one evaluation is a
 * single pass over a few int arrays. The result is the same number {@link Bdd#probabilities}
 * gives for the function; a Monte Carlo run evaluates it once per sample.
 */
public final class ProbabilityProgram {
  private final int[] variable;
  /** Dense indices of the low and high branches; 0 is FALSE, 1 is TRUE. */
  private final int[] low;
  private final int[] high;
  /** Dense index of the function each variable stands for, -1 for an ordinary variable. */
  private final int[] standsFor;
  private final int result;

  /**
   * @param variableFunction as in {@link Bdd#probabilities}: the earlier-built node a variable
   *     stands for, or -1
   */
  public ProbabilityProgram(Bdd bdd, int function, int[] variableFunction) {
    BitSet reached = new BitSet();
    int[] stack = new int[64];
    int top = 0;
    stack[top++] = function;
    BitSet functionsEntered = new BitSet();
    while (top > 0) {
      int node = stack[--top];
      if (node <= Bdd.TRUE || reached.get(node)) {
        continue;
      }
      reached.set(node);
      int v = bdd.variable(node);
      if (variableFunction[v] >= 0 && !functionsEntered.get(v)) {
        functionsEntered.set(v);
        stack = push(stack, top++, variableFunction[v]);
      }
      stack = push(stack, top++, bdd.low(node));
      stack = push(stack, top++, bdd.high(node));
    }
    int count = reached.cardinality();
    int[] dense = new int[bdd.size()];
    variable = new int[count + 2];
    low = new int[count + 2];
    high = new int[count + 2];
    dense[Bdd.TRUE] = 1;
    int next = 2;
    for (int node = reached.nextSetBit(0); node >= 0; node = reached.nextSetBit(node + 1)) {
      dense[node] = next;
      variable[next] = bdd.variable(node);
      low[next] = dense[bdd.low(node)];
      high[next] = dense[bdd.high(node)];
      next++;
    }
    standsFor = new int[variableFunction.length];
    for (int v = 0; v < standsFor.length; v++) {
      standsFor[v] = variableFunction[v] >= 0 && functionsEntered.get(v)
          ? dense[variableFunction[v]] : -1;
    }
    result = function <= Bdd.TRUE ? function : dense[function];
  }

  private static int[] push(int[] stack, int at, int node) {
    int[] grown = at == stack.length ? Arrays.copyOf(stack, at * 2) : stack;
    grown[at] = node;
    return grown;
  }

  /** Nodes evaluated per call. */
  public int size() {
    return variable.length - 2;
  }

  /**
   * The function's probability for independent {@code variableProbability} (entries of variables
   * that stand for a function are ignored). {@code scratch} holds at least {@link #size()} + 2
   * numbers; give each thread its own.
   */
  public double evaluate(double[] variableProbability, double[] scratch) {
    scratch[0] = 0.0;
    scratch[1] = 1.0;
    for (int i = 2; i < variable.length; i++) {
      int v = variable[i];
      double p = standsFor[v] >= 0 ? scratch[standsFor[v]] : variableProbability[v];
      scratch[i] = p * scratch[high[i]] + (1 - p) * scratch[low[i]];
    }
    return scratch[result];
  }

  /** A scratch array for {@link #evaluate}. */
  public double[] scratch() {
    return new double[variable.length];
  }
}
