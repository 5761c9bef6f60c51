package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.Zdd;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The minimal cut set of least summed step weight (a cost, a time), exactly, by one ascending
 * pass over the cut-set ZDD: best(node) = the better of best(low) and w(v) + best(high), a
 * sub-module's variable weighing its module's best. A ZDD path holds each variable once and
 * modules share no leaves, so no shared step is counted twice (a bottom-up min/sum over the tree
 * would). Ties: the higher product of step likelihoods, then fewer steps, then the set whose path
 * leaves the first differing variable out. Cost: O(ZDD size) per weight.
 */
final class BestScenario {
  private final MinimalCutSets cutSets;
  private final Zdd zdd;
  private final double[] weight;
  private final double[] probability;
  private final int[] size;
  private final boolean[] viaHigh;

  /** A best set and its key (weight, product of likelihoods, size). */
  record Best(int[] leaves, double weight, double probability, int size) {}

  BestScenario(MinimalCutSets cutSets) {
    this.cutSets = cutSets;
    this.zdd = cutSets.zdd;
    int nodes = zdd.size();
    weight = new double[nodes];
    probability = new double[nodes];
    size = new int[nodes];
    viaHigh = new boolean[nodes];
  }

  /**
   * The best set for the weight of each leaf variable ({@code NaN}: the step may not be used);
   * {@code null} when every cut set uses a step that may not be.
   */
  Best minimum(double[] leafWeight) {
    if (java.util.Arrays.stream(leafWeight).allMatch(Double::isNaN)) {
      return null;
    }
    weight[Zdd.EMPTY] = Double.POSITIVE_INFINITY;
    weight[Zdd.BASE] = 0;
    probability[Zdd.BASE] = 1;
    for (int node = 2; node < weight.length; node++) {
      int v = zdd.variable(node);
      int high = zdd.high(node);
      int family = cutSets.moduleFamily[v];
      double w;
      double p;
      int s;
      if (family >= 0) {
        w = weight[family] + weight[high];
        p = probability[family] * probability[high];
        s = size[family] + size[high];
      } else {
        w = Double.isNaN(leafWeight[v]) ? Double.POSITIVE_INFINITY : leafWeight[v] + weight[high];
        p = cutSets.leafWeight(v) * probability[high];
        s = 1 + size[high];
      }
      int low = zdd.low(node);
      boolean takeHigh = better(w, p, s, weight[low], probability[low], size[low]);
      viaHigh[node] = takeHigh;
      weight[node] = takeHigh ? w : weight[low];
      probability[node] = takeHigh ? p : probability[low];
      size[node] = takeHigh ? s : size[low];
    }
    int root = cutSets.root;
    if (weight[root] == Double.POSITIVE_INFINITY) {
      return null;
    }
    return new Best(leaves(root), weight[root], probability[root], size[root]);
  }

  /** Whether (w, p, s) beats (w2, p2, s2): lower weight, then likelier, then smaller. */
  static boolean better(double w, double p, int s, double w2, double p2, int s2) {
    if (w != w2) {
      return w < w2;
    }
    if (w == Double.POSITIVE_INFINITY) {
      return false;
    }
    return p != p2 ? p > p2 : s < s2;
  }

  /** The leaf nodes of the chosen set below {@code root}, sorted by variable. */
  private int[] leaves(int root) {
    int[] variables = new int[size[root]];
    int count = 0;
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      int node = todo.pop();
      while (node > Zdd.BASE) {
        if (viaHigh[node]) {
          int v = zdd.variable(node);
          if (cutSets.moduleFamily[v] >= 0) {
            todo.push(cutSets.moduleFamily[v]);
          } else {
            variables[count++] = v;
          }
          node = zdd.high(node);
        } else {
          node = zdd.low(node);
        }
      }
    }
    Arrays.sort(variables, 0, count);
    return Arrays.stream(variables, 0, count).map(cutSets::nodeOfVariable).toArray();
  }
}
