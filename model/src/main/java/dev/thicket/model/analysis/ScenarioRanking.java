package dev.thicket.model.analysis;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The K riskiest scenarios, exactly. A scenario's probability is at most the product of its
 * leaves' probabilities (mitigations only lower it), so candidates are drawn from the minimal cut
 * sets by that product, scored exactly, and the pool grows until the K-th best exact score is at
 * least the bound of the lightest set drawn (so no set left out can beat it).
 */
final class ScenarioRanking {
  private static final int MAX_CANDIDATES = 1 << 16;

  private final TreeIndex index;
  private final MinimalCutSets cutSets;
  private final Mode mode;
  private final double impact;
  private final double highRiskThreshold;

  private final Checkpoints checkpoints;

  /** The most scenarios listed: more fail at once instead of running for ever. */
  static final int MOST_LISTED = 1_000_000;

  ScenarioRanking(TreeIndex index, MinimalCutSets cutSets, Mode mode, double impact,
      double highRiskThreshold, Checkpoints checkpoints) {
    this.checkpoints = checkpoints;
    this.index = index;
    this.cutSets = cutSets;
    this.mode = mode;
    this.impact = impact;
    this.highRiskThreshold = highRiskThreshold;
  }

  /**
   * The top {@code k} scenarios ({@code k < 0}: all) among the cut sets of at most {@code
   * limitOrder} events (0: any) whose product of leaf probabilities is at least {@code cutOff}.
   */
  CutSetSummary top(int k, int limitOrder, double cutOff) {
    CutSetCounting counting = new CutSetCounting(cutSets, checkpoints);
    BigInteger total = cutSets.count();
    CutSetCounting.Distribution distribution = counting.distribution(
        limitOrder > 0 ? limitOrder : MinimalCutSets.DISTRIBUTION_CAP);
    BigInteger count = total;
    boolean countExact = true;
    if (cutOff > 0) {
      CutSetCounting.Enumeration enumeration = counting.countAbove(cutOff, limitOrder);
      count = enumeration.count();
      countExact = enumeration.complete();
    } else if (limitOrder > 0) {
      count = distribution.total();
    }
    int available = count.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
    int all = total.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
    int wanted = k < 0 ? available : Math.min(k, available);
    if (wanted > MOST_LISTED || (k < 0 && count.compareTo(BigInteger.valueOf(MOST_LISTED)) > 0)) {
      throw new TooManyScenariosException(count, MOST_LISTED);
    }
    int draw = Math.min(all, Math.max(wanted + 1, 16));
    HeaviestSets heaviest = counting.heaviest();
    List<MinimalCutSets.WeightedSet> candidates = new ArrayList<>();
    List<Scenario> drawn = new ArrayList<>();
    while (true) {
      checkpoints.run();
      for (MinimalCutSets.WeightedSet set : heaviest.next(draw - candidates.size())) {
        candidates.add(set);
        boolean withinOrder = limitOrder == 0 || set.leaves().length <= limitOrder;
        if (withinOrder && set.weight() >= cutOff) {
          drawn.add(score(set.leaves()));
        }
      }
      List<Scenario> scored = new ArrayList<>(drawn);
      scored.sort(Comparator.comparingDouble(Scenario::probability).reversed());
      List<Scenario> top = scored.subList(0, Math.min(wanted, scored.size()));
      double lightest = candidates.isEmpty() ? 0 : candidates.get(candidates.size() - 1).weight();
      boolean complete = candidates.size() >= all || lightest < cutOff;
      boolean boundMet = complete || (top.size() == wanted
          && (top.isEmpty() || top.get(top.size() - 1).probability() >= lightest));
      if (boundMet || draw >= MAX_CANDIDATES) {
        return new CutSetSummary(count, total, distribution.counts(), distribution.complete(),
            top, boundMet, countExact, limitOrder, cutOff);
      }
      draw = (int) Math.min(all, Math.min((long) draw * 4, MAX_CANDIDATES));
    }
  }

  /** The scenario of one cut set: what it achieves, the mitigations on its way, its paths. */
  Scenario score(int[] leaves) {
    List<String> leafIds = new ArrayList<>(leaves.length);
    double probability = 1;
    for (int leaf : leaves) {
      leafIds.add(index.ids[leaf]);
      probability *= index.likelihood[leaf];
    }
    Set<Integer> achieved = achievedBy(leaves);
    Set<Integer> onTheWay = new HashSet<>();
    List<List<String>> paths = new ArrayList<>();
    collectPaths(index.root, new ArrayList<>(), achieved, paths, onTheWay, new HashSet<>());
    long pathCount = countPaths(index.root, achieved, new HashMap<>());
    boolean[] counted = new boolean[index.mitigation.length];
    for (int node : onTheWay) {
      for (int m : index.mitigations[node]) {
        counted[m] |= index.counts(mode, m);
      }
    }
    List<String> mitigations = new ArrayList<>();
    for (int m = 0; m < counted.length; m++) {
      if (counted[m]) {
        mitigations.add(index.mitigation[m].id());
        probability *= 1 - index.mitigation[m].effectiveness();
      }
    }
    double risk = probability * impact;
    return new Scenario(leafIds, probability, risk, risk >= highRiskThreshold, paths, pathCount,
        mitigations, ScenarioAttributes.of(index.tree, leafIds));
  }

  /** The nodes achieved when exactly these leaves succeed. */
  private Set<Integer> achievedBy(int[] leaves) {
    return index.nonCoherent ? evaluateAll(leaves) : achievedUpwards(leaves);
  }

  /** Every node, bottom-up: needed when a NOT can make a node true with none of its leaves. */
  private Set<Integer> evaluateAll(int[] leaves) {
    boolean[] on = new boolean[index.size];
    for (int leaf : leaves) {
      on[leaf] = true;
    }
    Set<Integer> achieved = new HashSet<>();
    for (int node : index.bottomUp) {
      if (!index.isLeaf(node)) {
        int count = 0;
        for (int child : index.children[node]) {
          count += on[child] ? 1 : 0;
        }
        on[node] = switch (index.gate[node]) {
          case AND -> count == index.children[node].length;
          case OR -> count > 0;
          case ATLEAST -> count >= index.k[node];
          case NOT -> count == 0;
          case XOR -> count == 1;
          case LEAF -> false;
        };
      }
      if (on[node]) {
        achieved.add(node);
      }
    }
    return achieved;
  }

  /** Coherent trees: only ancestors of the leaves can be achieved; walk up from them. */
  private Set<Integer> achievedUpwards(int[] leaves) {
    Set<Integer> achieved = new HashSet<>();
    Map<Integer, Integer> achievedChildren = new HashMap<>();
    ArrayDeque<Integer> todo = new ArrayDeque<>();
    for (int leaf : leaves) {
      achieved.add(leaf);
      todo.add(leaf);
    }
    while (!todo.isEmpty()) {
      int node = todo.poll();
      for (int parent : index.parents[node]) {
        int count = achievedChildren.merge(parent, 1, Integer::sum);
        boolean reached = switch (index.gate[parent]) {
          case AND -> count == index.children[parent].length;
          case OR -> count == 1;
          case ATLEAST -> count == index.k[parent];
          case NOT, XOR, LEAF -> false;
        };
        if (reached && achieved.add(parent)) {
          todo.add(parent);
        }
      }
    }
    return achieved;
  }

  /**
   * Depth-first along achieved nodes; collects the nodes on the way and the leaf paths: every one
   * while fewer than {@link Scenario#MAX_PATHS} are listed, and past that the first to each leaf.
   */
  private void collectPaths(int node, List<String> path, Set<Integer> achieved,
      List<List<String>> paths, Set<Integer> onTheWay, Set<Integer> leavesListed) {
    if (!achieved.contains(node)) {
      return;
    }
    path.add(index.ids[node]);
    boolean firstVisit = onTheWay.add(node);
    if (index.isLeaf(node)) {
      if (leavesListed.add(node) || paths.size() < Scenario.MAX_PATHS) {
        paths.add(List.copyOf(path));
      }
    } else if (firstVisit || paths.size() < Scenario.MAX_PATHS) {
      for (int child : index.children[node]) {
        collectPaths(child, path, achieved, paths, onTheWay, leavesListed);
      }
    }
    path.remove(path.size() - 1);
  }

  /** The number of paths from {@code node} to a leaf through achieved nodes, at most MAX_VALUE. */
  private long countPaths(int node, Set<Integer> achieved, Map<Integer, Long> counted) {
    if (!achieved.contains(node)) {
      return 0;
    }
    if (index.isLeaf(node)) {
      return 1;
    }
    Long known = counted.get(node);
    if (known != null) {
      return known;
    }
    long count = 0;
    for (int child : index.children[node]) {
      long below = countPaths(child, achieved, counted);
      count = below > Long.MAX_VALUE - count ? Long.MAX_VALUE : count + below;
    }
    counted.put(node, count);
    return count;
  }
}
