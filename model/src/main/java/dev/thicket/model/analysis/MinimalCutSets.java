package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.Bdd;
import dev.thicket.model.analysis.bdd.Zdd;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The minimal cut sets of a tree's structure function (leaves only, mitigations ignored): minimal
 * sets of leaves whose success achieves the root. Built as a ZDD from the inherent BDD (Rauzy's
 * minsol), so they are counted exactly without being listed, and the K sets with the largest
 * product of leaf probabilities are found by a K-best pass over the ZDD in O(|ZDD| · K).
 */
final class MinimalCutSets {
  private final Zdd zdd;
  private final int root;
  private final double[] weight;
  private final Map<Integer, List<Ranked>> memo = new HashMap<>();

  /** A set of leaf variables (ascending) with the product of their probabilities. */
  record WeightedSet(double weight, int[] variables) {}

  MinimalCutSets(TreeDiagrams diagrams) {
    Bdd bdd = diagrams.bdd();
    this.zdd = new Zdd(bdd);
    this.root = zdd.minimalSolutions(diagrams.top(Mode.INHERENT));
    this.weight = diagrams.variableProbabilities();
  }

  BigInteger count() {
    return zdd.counts()[root];
  }

  /** The {@code k} sets of largest weight, heaviest first (ties: smaller variables first). */
  List<WeightedSet> heaviest(int k) {
    memo.clear();
    List<WeightedSet> result = new ArrayList<>();
    for (Ranked ranked : kBest(root, k)) {
      result.add(new WeightedSet(ranked.weight, toArray(ranked.set)));
    }
    memo.clear();
    return result;
  }

  private record Cons(int variable, Cons next, int length) {}

  private record Ranked(double weight, Cons set) {}

  private List<Ranked> kBest(int node, int k) {
    if (node == Zdd.EMPTY) {
      return List.of();
    }
    if (node == Zdd.BASE) {
      return List.of(new Ranked(1.0, null));
    }
    List<Ranked> known = memo.get(node);
    if (known != null) {
      return known;
    }
    int v = zdd.variable(node);
    List<Ranked> withV = kBest(zdd.high(node), k);
    List<Ranked> withoutV = kBest(zdd.low(node), k);
    List<Ranked> merged = new ArrayList<>(Math.min(k, withV.size() + withoutV.size()));
    int i = 0;
    int j = 0;
    while (merged.size() < k && (i < withV.size() || j < withoutV.size())) {
      double a = i < withV.size() ? withV.get(i).weight * weight[v] : -1;
      double b = j < withoutV.size() ? withoutV.get(j).weight : -1;
      if (a >= b) {
        Cons tail = withV.get(i).set;
        merged.add(new Ranked(a, new Cons(v, tail, tail == null ? 1 : tail.length + 1)));
        i++;
      } else {
        merged.add(withoutV.get(j));
        j++;
      }
    }
    memo.put(node, merged);
    return merged;
  }

  private static int[] toArray(Cons set) {
    int[] variables = new int[set == null ? 0 : set.length];
    int i = 0;
    for (Cons c = set; c != null; c = c.next) {
      variables[i++] = c.variable;
    }
    return variables;
  }
}
