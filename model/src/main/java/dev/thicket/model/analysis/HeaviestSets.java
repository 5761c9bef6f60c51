package dev.thicket.model.analysis;

import dev.thicket.model.analysis.CutSetCounting.Pending;
import dev.thicket.model.analysis.bdd.Zdd;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The minimal cut sets one at a time, heaviest first (largest product of leaf probabilities): a
 * best-first search of the ZDD whose bound, a state's weight times the heaviest completion below
 * it ({@link CutSetCounting#maxWeight(int)}), is exact, so the search walks down the best path and each
 * set costs about its path's length in queue operations, however large the ZDD. Sub-module
 * families are expanded when their variable is taken, as {@link CutSetCounting} enumerates them.
 * Of sets of equal weight, the one that takes a variable where the other leaves it out comes
 * first (the most recent state among equal bounds), so the order is fixed by the ZDD alone.
 */
final class HeaviestSets {
  private final MinimalCutSets cutSets;
  private final CutSetCounting counting;
  private final Zdd zdd;
  private final PriorityQueue<State> queue = new PriorityQueue<>(HeaviestSets::before);
  private long made;

  /** The leaf variables taken so far, last first. */
  private record Taken(int variable, Taken next) {}

  /** The sets through {@code node} with {@code taken} (of that weight) and {@code pending}. */
  private record State(double bound, long order, int node, double weight, Pending pending,
      Taken taken) {}

  HeaviestSets(MinimalCutSets cutSets, CutSetCounting counting) {
    this.cutSets = cutSets;
    this.counting = counting;
    this.zdd = cutSets.zdd;
    push(cutSets.root, 1.0, null, null);
  }

  /** The next heaviest set, or null when every set has been given. */
  MinimalCutSets.WeightedSet next() {
    while (!queue.isEmpty()) {
      State state = queue.poll();
      int node = state.node;
      Pending pending = state.pending;
      while (node == Zdd.BASE && pending != null) {
        node = pending.family();
        pending = pending.next();
      }
      if (node == Zdd.BASE) {
        return new MinimalCutSets.WeightedSet(state.weight, leavesOf(state.taken));
      }
      if (node == Zdd.EMPTY) {
        continue; // a sub-module without cut sets
      }
      int v = zdd.variable(node);
      int family = cutSets.moduleFamily[v];
      push(zdd.low(node), state.weight, pending, state.taken);
      if (family < 0) {
        push(zdd.high(node), state.weight * cutSets.leafWeight(v), pending,
            new Taken(v, state.taken));
      } else {
        push(zdd.high(node), state.weight, counting.pending(family, pending), state.taken);
      }
    }
    return null;
  }

  /** The {@code k} heaviest sets, heaviest first (fewer when there are fewer). */
  List<MinimalCutSets.WeightedSet> next(int k) {
    List<MinimalCutSets.WeightedSet> sets = new ArrayList<>();
    MinimalCutSets.WeightedSet set;
    while (sets.size() < k && (set = next()) != null) {
      sets.add(set);
    }
    return sets;
  }

  private void push(int node, double weight, Pending pending, Taken taken) {
    if (node != Zdd.EMPTY) {
      queue.add(new State(weight * counting.maxWeight(node) * Pending.weight(pending), made++,
          node, weight, pending, taken));
    }
  }

  /** Higher bound first; of equal bounds, the state made last. */
  private static int before(State a, State b) {
    int byBound = Double.compare(b.bound, a.bound);
    return byBound != 0 ? byBound : Long.compare(b.order, a.order);
  }

  /** The leaf nodes of the variables taken, in variable order. */
  private int[] leavesOf(Taken taken) {
    int count = 0;
    for (Taken t = taken; t != null; t = t.next) {
      count++;
    }
    int[] variables = new int[count];
    int i = 0;
    for (Taken t = taken; t != null; t = t.next) {
      variables[i++] = t.variable;
    }
    Arrays.sort(variables);
    for (int j = 0; j < variables.length; j++) {
      variables[j] = cutSets.nodeOfVariable(variables[j]);
    }
    return variables;
  }
}
