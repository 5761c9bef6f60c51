package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.Bdd;
import dev.thicket.model.analysis.bdd.ConjunctionSweep;
import dev.thicket.model.analysis.bdd.NodeProbabilities;
import dev.thicket.model.analysis.bdd.PairMemo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * P(F[X:=1]) and P(F[X:=0]) for nodes X inside one module M, F being M's function and F[X:=c] the
 * same function with X's outcome replaced by the constant c wherever X occurs: exact, also when X
 * shares leaves or mitigations with the rest of M (where conditioning on X would measure
 * correlation, not intervention).
 *
 * <p>Method (docs/analysis.md, "Importance of every node"): let C be a dominator of X in M (every
 * path from M to X passes through C). Pointwise, F[X:=c] = ite(C[X:=c], F[C:=1], F[C:=0]), so
 * with Δ⁺_C = F[C:=1] ∧ ¬F[C:=0] and Δ⁻_C = ¬F[C:=1] ∧ F[C:=0],
 * P(F[X:=c]) = P(F) + P(C[X:=c] ∧ Δ⁺_C) − P(C ∧ Δ⁺_C) − P(C[X:=c] ∧ Δ⁻_C) + P(C ∧ Δ⁻_C).
 * C[X:=c] is rebuilt from the region between X and C only; the P(· ∧ Δ_C) come from one sweep of
 * Δ_C per batch ({@link ConjunctionSweep}). Δ_M = (TRUE, FALSE); a context C' below C gets
 * Δ⁺_C' = (C[C':=1] ∧ ¬C[C':=0] ∧ Δ⁺_C) ∨ (¬C[C':=1] ∧ C[C':=0] ∧ Δ⁻_C) (and Δ⁻_C' likewise):
 * the Boolean difference's chain rule along dominators. Only some dominators are made contexts
 * (those with several parents or a large function), so that regions stay small and few Δ are
 * built. Temporary nodes are rolled back after each batch.
 */
final class Interventions {
  /** A single-parent dominator whose function has this many nodes is made a context. */
  private static final int CONTEXT_NODES = 20_000;
  /** Rebuilt functions are rolled back once a batch has made this many nodes. */
  private static final int BATCH_NODES = 4 << 20;

  private final ModeDiagrams diagrams;
  private final Bdd bdd;
  private final TreeIndex index;
  private final Checkpoints checkpoints;
  private final NodeProbabilities probabilities;
  private final PairMemo memo;
  private final ConjunctionSweep sweep;
  private final int module;
  private final boolean nonCoherent;
  /** Position of every node in bottom-up order (children first). */
  private final int[] position;
  private final int[] idom;
  private final boolean[] isContext;
  /** Dependents and context children assigned to each context. */
  private final List<List<Integer>> members = new ArrayList<>();
  private final int[] memberList;
  private final double[] achieved;
  private final double[] blocked;
  private final int[] seen;
  private final int[] changedTo;
  private final int[] changedAt;
  private int generation;

  /**
   * @param dependents the nodes of {@code module}'s body to compute, all other nodes taken as they
   *     are
   */
  Interventions(ModeDiagrams diagrams, int module, List<Integer> dependents,
      Checkpoints checkpoints) {
    this.diagrams = diagrams;
    this.bdd = diagrams.bdd;
    this.index = diagrams.index;
    this.module = module;
    this.checkpoints = checkpoints;
    this.nonCoherent = index.nonCoherent;
    probabilities = new NodeProbabilities(bdd, diagrams.variableProbability,
        diagrams.nodeProbability);
    memo = new PairMemo(diagrams.variableProbability);
    sweep = new ConjunctionSweep(bdd, memo);
    position = new int[index.size];
    for (int i = 0; i < index.bottomUp.length; i++) {
      position[index.bottomUp[i]] = i;
    }
    idom = new int[index.size];
    int[] depth = new int[index.size];
    Arrays.fill(idom, -1);
    int[] topDown = bodyTopDown();
    for (int node : topDown) {
      if (node == module) {
        continue;
      }
      int dominator = -1;
      for (int parent : index.parents[node]) {
        dominator = dominator < 0 ? parent : commonDominator(dominator, parent, depth);
      }
      idom[node] = dominator;
      depth[node] = depth[dominator] + 1;
    }
    boolean[] isDependent = new boolean[index.size];
    dependents.forEach(node -> isDependent[node] = true);
    isContext = contexts(topDown, isDependent);
    memberList = new int[index.size];
    Arrays.fill(memberList, -1);
    for (int node : topDown) {
      if (isContext[node]) {
        memberList[node] = members.size();
        members.add(new ArrayList<>());
      }
    }
    for (int node : topDown) {
      if (isDependent[node]) {
        int context = idom[node];
        while (!isContext[context]) {
          context = idom[context];
        }
        members.get(memberList[context]).add(node);
      }
    }
    achieved = new double[index.size];
    blocked = new double[index.size];
    seen = new int[index.size];
    changedAt = new int[index.size];
    changedTo = new int[index.size];
  }

  /** Computes P(F[X:=1]) and P(F[X:=0]) for every dependent X into the two arrays, by node. */
  void compute(double[] probabilityAchieved, double[] probabilityBlocked) {
    process(module, Bdd.TRUE, Bdd.FALSE);
    for (List<Integer> list : members) {
      for (int node : list) {
        probabilityAchieved[node] = achieved[node];
        probabilityBlocked[node] = blocked[node];
      }
    }
  }

  /** The module and the nodes of its body, parents before children. */
  private int[] bodyTopDown() {
    int count = 0;
    int[] nodes = new int[index.size];
    for (int i = index.bottomUp.length - 1; i >= 0; i--) {
      int node = index.bottomUp[i];
      if (node == module || diagrams.modules.body[node] == module) {
        nodes[count++] = node;
      }
    }
    return Arrays.copyOf(nodes, count);
  }

  private int commonDominator(int a, int b, int[] depth) {
    while (a != b) {
      if (depth[a] >= depth[b]) {
        a = idom[a];
      } else {
        b = idom[b];
      }
    }
    return a;
  }

  /**
   * The module, and the dependent gates that dominate another dependent node and have several
   * parents or a large function.
   */
  private boolean[] contexts(int[] topDown, boolean[] isDependent) {
    boolean[] dominatesDependent = new boolean[index.size];
    for (int i = topDown.length - 1; i > 0; i--) {
      int node = topDown[i];
      if (isDependent[node] || dominatesDependent[node]) {
        dominatesDependent[idom[node]] = true;
      }
    }
    boolean[] context = new boolean[index.size];
    context[module] = true;
    for (int node : topDown) {
      if (node != module && isDependent[node] && dominatesDependent[node]
          && !index.isLeaf(node) && (index.parents[node].length > 1
              || bdd.nodesOf(diagrams.own[node]).length >= CONTEXT_NODES)) {
        context[node] = true;
      }
    }
    return context;
  }

  /** Computes the members of context {@code context}, whose Δ⁺ and Δ⁻ are given. */
  private void process(int context, int plus, int minus) {
    double[] constant = sweep(new int[] {diagrams.own[context]}, plus, minus);
    double whole = diagrams.probability(module);
    List<Integer> list = members.get(memberList[context]);
    List<Integer> batch = new ArrayList<>();
    List<Integer> batchFunctions = new ArrayList<>();
    int mark = bdd.mark();
    for (int node : list) {
      if (isContext[node]) {
        continue;
      }
      checkpoints.run();
      batch.add(node);
      batchFunctions.add(local(node, context, Bdd.TRUE));
      batchFunctions.add(local(node, context, Bdd.FALSE));
      if (bdd.size() - mark > BATCH_NODES) {
        finishBatch(batch, batchFunctions, plus, minus, constant[0], whole, mark);
      }
    }
    finishBatch(batch, batchFunctions, plus, minus, constant[0], whole, mark);
    for (int node : list) {
      if (!isContext[node]) {
        continue;
      }
      checkpoints.run();
      int h1 = local(node, context, Bdd.TRUE);
      int h0 = local(node, context, Bdd.FALSE);
      double[] values = sweep(new int[] {h1, h0}, plus, minus);
      achieved[node] = whole + values[0] - constant[0];
      blocked[node] = whole + values[1] - constant[0];
      int up = bdd.and(h1, bdd.not(h0));
      int down = nonCoherent ? bdd.and(h0, bdd.not(h1)) : Bdd.FALSE;
      int newPlus = bdd.or(bdd.and(up, plus), bdd.and(down, minus));
      int newMinus = bdd.or(bdd.and(up, minus), bdd.and(down, plus));
      process(node, newPlus, newMinus);
      rollback(mark);
    }
  }

  private void finishBatch(List<Integer> batch, List<Integer> functions, int plus, int minus,
      double constant, double whole, int mark) {
    if (!batch.isEmpty()) {
      double[] values = sweep(functions.stream().mapToInt(Integer::intValue).toArray(), plus,
          minus);
      for (int i = 0; i < batch.size(); i++) {
        achieved[batch.get(i)] = whole + values[2 * i] - constant;
        blocked[batch.get(i)] = whole + values[2 * i + 1] - constant;
      }
      batch.clear();
      functions.clear();
    }
    rollback(mark);
  }

  /** P(g ∧ Δ⁺) − P(g ∧ Δ⁻) for every g. */
  private double[] sweep(int[] functions, int plus, int minus) {
    double[] probability = probabilities.update();
    double[] values = sweep.probabilities(plus, functions, probability);
    if (minus != Bdd.FALSE) {
      double[] negative = sweep.probabilities(minus, functions, probability);
      for (int i = 0; i < values.length; i++) {
        values[i] -= negative[i];
      }
    }
    return values;
  }

  private void rollback(int mark) {
    if (bdd.size() > mark) {
      bdd.rollback(mark);
      probabilities.rollback(mark);
      memo.clear();
    }
  }

  /** {@code context}'s function with {@code node}'s outcome replaced by {@code constant}. */
  private int local(int node, int context, int constant) {
    int[] region = region(node, context);
    generation++;
    changedAt[node] = generation;
    changedTo[node] = constant;
    int[] inputs = new int[4];
    for (int gate : region) {
      int[] children = index.children[gate];
      if (inputs.length < children.length) {
        inputs = new int[children.length];
      }
      boolean any = false;
      for (int i = 0; i < children.length; i++) {
        int child = children[i];
        boolean changed = changedAt[child] == generation;
        any |= changed;
        inputs[i] = changed ? changedTo[child] : diagrams.input[child];
      }
      if (any) {
        int function = diagrams.function(gate, inputs);
        if (function != diagrams.own[gate]) {
          changedAt[gate] = generation;
          changedTo[gate] = function;
        }
      }
    }
    return changedAt[context] == generation ? changedTo[context] : diagrams.own[context];
  }

  /** The ancestors of {@code node} up to and including {@code context}, children first. */
  private int[] region(int node, int context) {
    generation++;
    int[] found = new int[8];
    int count = 0;
    int[] stack = new int[8];
    int top = 0;
    stack[top++] = node;
    while (top > 0) {
      int current = stack[--top];
      if (current == context) {
        continue;
      }
      for (int parent : index.parents[current]) {
        if (seen[parent] != generation) {
          seen[parent] = generation;
          if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
          }
          found[count++] = parent;
          if (top == stack.length) {
            stack = Arrays.copyOf(stack, top * 2);
          }
          stack[top++] = parent;
        }
      }
    }
    long[] keyed = new long[count];
    for (int i = 0; i < count; i++) {
      keyed[i] = (long) position[found[i]] << 32 | found[i];
    }
    Arrays.sort(keyed);
    int[] ordered = new int[count];
    for (int i = 0; i < count; i++) {
      ordered[i] = (int) keyed[i];
    }
    return ordered;
  }
}
