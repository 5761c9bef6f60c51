package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.Zdd;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The minimal cut sets of a tree's structure function (mitigations ignored): minimal sets of
 * leaves whose success achieves the root. Each module's are built as a ZDD from its inherent BDD
 * (Rauzy's minsol), with sub-modules as single variables; a module's cut sets are those of its
 * ZDD with each sub-module variable replaced by any of the sub-module's cut sets (modules share
 * no leaves, so minimality is kept). Counting is exact and never lists; the K sets with the
 * largest product of leaf probabilities come from a K-best pass, O(|ZDD| · K log K).
 */
final class MinimalCutSets {
  /** Orders counted in the distribution when no limit is given. */
  static final int DISTRIBUTION_CAP = 64;

  private final ModeDiagrams inherent;
  final Zdd zdd;
  /** For a module variable, the ZDD of its module's cut sets; -1 for a leaf variable. */
  final int[] moduleFamily;
  final int root;
  private List<Ranked>[] memo;

  /** A set of leaf nodes (in variable order) with the product of their probabilities. */
  record WeightedSet(double weight, int[] leaves) {}

  MinimalCutSets(ModeDiagrams inherent, Checkpoints checkpoints) {
    this.inherent = inherent;
    this.zdd = new Zdd(inherent.bdd, checkpoints);
    Variables variables = inherent.variables;
    moduleFamily = new int[variables.count];
    Arrays.fill(moduleFamily, -1);
    for (int node : inherent.index.bottomUp) {
      if (inherent.modules.isModule[node]) {
        int family = zdd.minimalSolutions(inherent.own[node]);
        if (variables.moduleVariable[node] >= 0) {
          moduleFamily[variables.moduleVariable[node]] = family;
        }
      }
    }
    root = zdd.minimalSolutions(inherent.own[inherent.index.root]);
  }

  BigInteger count() {
    return zdd.counts(moduleFamily)[root];
  }

  /** Probability of the leaf of variable {@code v} (leaf variables only). */
  double leafWeight(int v) {
    return inherent.index.likelihood[inherent.variables.nodeOfVariable[v]];
  }

  /** The number of variables of the diagrams. */
  int zddVariables() {
    return moduleFamily.length;
  }

  /** The node of leaf or module variable {@code v}. */
  int nodeOfVariable(int v) {
    return inherent.variables.nodeOfVariable[v];
  }

  /** The variable of leaf node {@code leaf}, -1 for gates. */
  int leafVariable(int leaf) {
    return inherent.variables.leafVariable[leaf];
  }

  /** The {@code k} sets of largest weight, heaviest first. */
  List<WeightedSet> heaviest(int k) {
    memo = newMemo(zdd.size());
    List<WeightedSet> result = new ArrayList<>();
    for (Ranked ranked : kBest(root, k)) {
      result.add(new WeightedSet(ranked.weight, leavesOf(ranked.set)));
    }
    memo = null;
    return result;
  }

  @SuppressWarnings("unchecked")
  private static List<Ranked>[] newMemo(int size) {
    return (List<Ranked>[]) new List<?>[size];
  }

  /** A set of leaves as a persistent join of parts: a leaf variable, or two disjoint parts. */
  private record Part(int variable, Part left, Part right) {}

  private record Ranked(double weight, Part set) {}

  private List<Ranked> kBest(int node, int k) {
    if (node == Zdd.EMPTY) {
      return List.of();
    }
    if (node == Zdd.BASE) {
      return List.of(new Ranked(1.0, null));
    }
    List<Ranked> known = memo[node];
    if (known != null) {
      return known;
    }
    int v = zdd.variable(node);
    List<Ranked> withV = product(ofVariable(v, k), kBest(zdd.high(node), k), k);
    List<Ranked> withoutV = kBest(zdd.low(node), k);
    List<Ranked> merged = new ArrayList<>(Math.min(k, withV.size() + withoutV.size()));
    int i = 0;
    int j = 0;
    while (merged.size() < k && (i < withV.size() || j < withoutV.size())) {
      if (j >= withoutV.size()
          || (i < withV.size() && withV.get(i).weight >= withoutV.get(j).weight)) {
        merged.add(withV.get(i++));
      } else {
        merged.add(withoutV.get(j++));
      }
    }
    memo[node] = merged;
    return merged;
  }

  private List<Ranked> ofVariable(int v, int k) {
    if (moduleFamily[v] >= 0) {
      return kBest(moduleFamily[v], k);
    }
    int leaf = inherent.variables.nodeOfVariable[v];
    return List.of(new Ranked(inherent.index.likelihood[leaf], new Part(v, null, null)));
  }

  /** The k heaviest unions a ∪ b, a from {@code left}, b from {@code right} (both heaviest first). */
  private static List<Ranked> product(List<Ranked> left, List<Ranked> right, int k) {
    if (left.isEmpty() || right.isEmpty()) {
      return List.of();
    }
    if (right.size() == 1 && right.get(0).set == null) {
      return left;
    }
    if (left.size() == 1 || right.size() == 1) {
      return scaled(left, right, k);
    }
    List<Ranked> result = new ArrayList<>(Math.min(k, left.size() * right.size()));
    PriorityQueue<int[]> frontier = new PriorityQueue<>((x, y) -> Double.compare(
        left.get(y[0]).weight * right.get(y[1]).weight,
        left.get(x[0]).weight * right.get(x[1]).weight));
    Set<Long> seen = new HashSet<>();
    frontier.add(new int[] {0, 0});
    seen.add(0L);
    while (!frontier.isEmpty() && result.size() < k) {
      int[] pair = frontier.poll();
      Ranked a = left.get(pair[0]);
      Ranked b = right.get(pair[1]);
      result.add(new Ranked(a.weight * b.weight, join(a.set, b.set)));
      if (pair[0] + 1 < left.size() && seen.add(((long) (pair[0] + 1) << 32) | pair[1])) {
        frontier.add(new int[] {pair[0] + 1, pair[1]});
      }
      if (pair[1] + 1 < right.size() && seen.add(((long) pair[0] << 32) | (pair[1] + 1))) {
        frontier.add(new int[] {pair[0], pair[1] + 1});
      }
    }
    return result;
  }

  /**
   * {@link #product} when one side has a single set: the other side's order, which is the one the
   * frontier would give (it never holds more than one pair then), without the queue.
   */
  private static List<Ranked> scaled(List<Ranked> left, List<Ranked> right, int k) {
    int size = Math.min(k, left.size() * right.size());
    List<Ranked> result = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Ranked a = left.get(left.size() == 1 ? 0 : i);
      Ranked b = right.get(left.size() == 1 ? i : 0);
      result.add(new Ranked(a.weight * b.weight, join(a.set, b.set)));
    }
    return result;
  }

  private static Part join(Part a, Part b) {
    return a == null ? b : b == null ? a : new Part(-1, a, b);
  }

  private int[] leavesOf(Part set) {
    List<Integer> variables = new ArrayList<>();
    List<Part> todo = new ArrayList<>();
    if (set != null) {
      todo.add(set);
    }
    while (!todo.isEmpty()) {
      Part part = todo.remove(todo.size() - 1);
      if (part.variable >= 0) {
        variables.add(part.variable);
      } else {
        todo.add(part.left);
        todo.add(part.right);
      }
    }
    return variables.stream().mapToInt(Integer::intValue).sorted()
        .map(v -> inherent.variables.nodeOfVariable[v]).toArray();
  }
}
