package dev.thicket.model.analysis.bdd;

import java.util.Arrays;

/**
 * Walks over the nodes of one function of a {@link Bdd}'s table: which nodes it has (by variable,
 * or parents before children), and its derivatives. Scratch marks are kept between walks; a
 * collection renumbers the nodes, so the manager then starts a new instance.
 */
final class NodeWalks {
  private static final int TRUE = Bdd.TRUE;
  private static final int FALSE = Bdd.FALSE;

  private final NodeTable nodes;
  private final int variableCount;
  private int[] mark;
  private int markGeneration;
  private double[] reach;

  NodeWalks(NodeTable nodes, int variableCount) {
    this.nodes = nodes;
    this.variableCount = variableCount;
  }

  /** The non-terminal nodes of {@code f}, by ascending variable (a counting sort: O(|f| + n)). */
  int[] nodesByVariable(int f) {
    int[] found = reachable(f);
    int[] start = new int[variableCount + 1];
    for (int node : found) {
      start[nodes.variable(node) + 1]++;
    }
    for (int v = 0; v < variableCount; v++) {
      start[v + 1] += start[v];
    }
    int[] sorted = new int[found.length];
    for (int node : found) {
      sorted[start[nodes.variable(node)]++] = node;
    }
    return sorted;
  }

  /** The non-terminal nodes of {@code f}, in descending order (parents before children). */
  int[] nodesOf(int f) {
    int[] descending = reachable(f);
    Arrays.sort(descending);
    for (int a = 0, b = descending.length - 1; a < b; a++, b--) {
      int swap = descending[a];
      descending[a] = descending[b];
      descending[b] = swap;
    }
    return descending;
  }

  /** The non-terminal nodes of {@code f}, in no particular order. */
  private int[] reachable(int f) {
    if (mark == null || mark.length < nodes.size) {
      mark = new int[Math.max(nodes.size, 1024)];
      markGeneration = 0;
    }
    markGeneration++;
    int[] found = new int[16];
    int count = 0;
    int[] stack = new int[16];
    int top = 0;
    if (f > TRUE) {
      stack[top++] = f;
      mark[f] = markGeneration;
    }
    while (top > 0) {
      int node = stack[--top];
      if (count == found.length) {
        found = Arrays.copyOf(found, count * 2);
      }
      found[count++] = node;
      for (int branch = 0; branch < 2; branch++) {
        int child = branch == 0 ? nodes.low(node) : nodes.high(node);
        if (child > TRUE && mark[child] != markGeneration) {
          mark[child] = markGeneration;
          if (top == stack.length) {
            stack = Arrays.copyOf(stack, top * 2);
          }
          stack[top++] = child;
        }
      }
    }
    return Arrays.copyOf(found, count);
  }

  /**
   * ∂P(f)/∂P(v) for every variable v tested in f, added into {@code derivative[v]} (which the
   * caller zeroes): the sum over nodes n testing v of reach(n) × (P(high n) − P(low n)), reach(n)
   * being the probability that evaluating f passes through n. O(|f|).
   */
  void addDerivatives(int f, double[] nodeProbability, double[] variableProbability,
      double[] derivative) {
    int[] inF = nodesOf(f);
    if (reach == null || reach.length < nodes.size) {
      reach = new double[nodes.size];
    }
    if (inF.length > 0) {
      reach[f] = 1.0;
    }
    for (int node : inF) {
      double r = reach[node];
      reach[node] = 0;
      int v = nodes.variable(node);
      double p = variableProbability[v];
      derivative[v] += r * (nodeProbability[nodes.high(node)] - nodeProbability[nodes.low(node)]);
      reach[nodes.high(node)] += r * p;
      reach[nodes.low(node)] += r * (1 - p);
    }
    reach[FALSE] = 0;
    reach[TRUE] = 0;
  }
}
