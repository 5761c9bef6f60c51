package dev.thicket.model.analysis;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The K riskiest scenarios, exactly. A scenario's probability is at most the product of its
 * leaves' probabilities (mitigations only lower it), so candidates are drawn from the minimal cut
 * sets by that product, scored exactly, and the candidate pool grows until the K-th best exact
 * score is at least the bound of the first set not drawn.
 */
final class ScenarioRanking {
  private static final int MAX_CANDIDATES = 1 << 16;
  private static final int MAX_PATHS = 64;

  private final TreeDiagrams diagrams;
  private final MinimalCutSets cutSets;
  private final Mode mode;
  private final double impact;
  private final double highRiskThreshold;

  ScenarioRanking(TreeDiagrams diagrams, MinimalCutSets cutSets, Mode mode, double impact,
      double highRiskThreshold) {
    this.diagrams = diagrams;
    this.cutSets = cutSets;
    this.mode = mode;
    this.impact = impact;
    this.highRiskThreshold = highRiskThreshold;
  }

  /** The top {@code k} scenarios; {@code k < 0} for all of them. */
  CutSetSummary top(int k) {
    BigInteger count = cutSets.count();
    int total = count.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
    int wanted = k < 0 ? total : Math.min(k, total);
    int draw = Math.min(total, Math.max(2 * wanted + 1, 16));
    while (true) {
      List<MinimalCutSets.WeightedSet> candidates = cutSets.heaviest(draw);
      List<Scenario> scored = new ArrayList<>(candidates.size());
      for (MinimalCutSets.WeightedSet set : candidates) {
        scored.add(score(set.variables()));
      }
      scored.sort(Comparator.comparingDouble(Scenario::probability).reversed());
      List<Scenario> top = scored.subList(0, Math.min(wanted, scored.size()));
      boolean complete = candidates.size() >= total;
      boolean boundMet = complete || top.isEmpty()
          || top.get(top.size() - 1).probability() >= candidates.get(candidates.size() - 1).weight();
      if (boundMet || draw >= MAX_CANDIDATES) {
        return new CutSetSummary(count, top, boundMet);
      }
      draw = (int) Math.min((long) total, Math.min((long) draw * 4, MAX_CANDIDATES));
    }
  }

  /** The scenario of one cut set: what it achieves, the mitigations on its way, its paths. */
  Scenario score(int[] variables) {
    AttackTree tree = diagrams.tree();
    Set<String> leaves = new HashSet<>();
    List<String> leafOrder = new ArrayList<>();
    for (int v : variables) {
      leaves.add(diagrams.variableName(v));
      leafOrder.add(diagrams.variableName(v));
    }
    Map<String, Boolean> achieved = achievedBy(leaves);
    List<List<String>> paths = new ArrayList<>();
    Set<String> onTheWay = new HashSet<>();
    collectPaths(tree.root(), new ArrayList<>(), achieved, leaves, paths, onTheWay);
    double probability = 1;
    double[] p = diagrams.variableProbabilities();
    for (int v : variables) {
      probability *= p[v];
    }
    Set<String> mitigations = new LinkedHashSet<>();
    for (Node node : tree.nodes().values()) {
      if (onTheWay.contains(node.id())) {
        for (String id : node.mitigations()) {
          if (mode.counts(tree.mitigations().get(id))) {
            mitigations.add(id);
          }
        }
      }
    }
    List<String> mitigationOrder = new ArrayList<>();
    for (String id : tree.mitigations().keySet()) {
      if (mitigations.contains(id)) {
        mitigationOrder.add(id);
        probability *= 1 - tree.mitigations().get(id).effectiveness();
      }
    }
    double risk = probability * impact;
    return new Scenario(leafOrder, probability, risk, risk >= highRiskThreshold, paths,
        mitigationOrder);
  }

  private Map<String, Boolean> achievedBy(Set<String> leaves) {
    AttackTree tree = diagrams.tree();
    Map<String, Boolean> achieved = new HashMap<>();
    for (String id : tree.bottomUpOrder()) {
      Node node = tree.node(id);
      if (node.isLeaf()) {
        achieved.put(id, leaves.contains(id));
        continue;
      }
      int count = 0;
      for (String child : node.children()) {
        count += achieved.get(child) ? 1 : 0;
      }
      achieved.put(id, switch (node.gate()) {
        case AND -> count == node.children().size();
        case OR -> count > 0;
        case ATLEAST -> count >= node.k();
        case LEAF -> false;
      });
    }
    return achieved;
  }

  /** Depth-first along achieved nodes; records nodes on the way and (up to a cap) leaf paths. */
  private void collectPaths(String id, List<String> path, Map<String, Boolean> achieved,
      Set<String> leaves, List<List<String>> paths, Set<String> onTheWay) {
    if (!achieved.get(id)) {
      return;
    }
    path.add(id);
    boolean firstVisit = onTheWay.add(id);
    Node node = diagrams.tree().node(id);
    if (node.isLeaf()) {
      if (leaves.contains(id) && paths.size() < MAX_PATHS) {
        paths.add(List.copyOf(path));
      }
    } else if (firstVisit || paths.size() < MAX_PATHS) {
      for (String child : node.children()) {
        collectPaths(child, path, achieved, leaves, paths, onTheWay);
      }
    }
    path.remove(path.size() - 1);
  }
}
