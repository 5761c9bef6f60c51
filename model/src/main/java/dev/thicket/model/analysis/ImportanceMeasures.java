package dev.thicket.model.analysis;

import dev.thicket.model.analysis.bdd.Bdd;
import dev.thicket.model.analysis.bdd.PairMemo;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Birnbaum, Fussell–Vesely, RAW and RRW of every node, leaves and gates, from the exact joint
 * probability P(T ∧ X) of the top event T and the node's outcome X: P(T | X) = P(T ∧ X) / P(X)
 * and P(T | ¬X) = (P(T) − P(T ∧ X)) / (1 − P(X)).
 *
 * <p>Cost: when every node has one parent and every counted mitigation guards one node, each node
 * is independent of the rest of the tree, P(T) is linear in P(X), and one top-down pass of
 * partial derivatives gives all measures in O(n · fan-in). Otherwise P(T ∧ X) comes from the
 * diagrams of T and X (at worst O(|T| · |X|) per node). Reference: M. Rausand, A. Høyland,
 * "System Reliability Theory", 2nd ed., Wiley 2004, §5.
 */
final class ImportanceMeasures {
  private final TreeDiagrams diagrams;
  private final Mode mode;
  private final double[] nodeProbability;
  private final double topProbability;

  ImportanceMeasures(TreeDiagrams diagrams, Mode mode, double[] nodeProbability) {
    this.diagrams = diagrams;
    this.mode = mode;
    this.nodeProbability = nodeProbability;
    this.topProbability = nodeProbability[diagrams.top(mode)];
  }

  /** The measures of every node, in file order. */
  List<NodeImportance> compute(double criticalThreshold) {
    AttackTree tree = diagrams.tree();
    Map<String, Double> joint = isIndependentTree() ? jointByDerivatives() : jointByDiagrams();
    List<NodeImportance> result = new ArrayList<>(tree.nodes().size());
    for (Node node : tree.nodes().values()) {
      double x = nodeProbability[diagrams.function(mode, node.id())];
      result.add(measures(node, x, joint.get(node.id()), criticalThreshold));
    }
    return result;
  }

  private NodeImportance measures(Node node, double x, double both, double criticalThreshold) {
    double top = topProbability;
    both = Math.min(Math.max(both, 0), Math.min(top, x));
    Double achieved = x > 0 ? both / x : null;
    Double blocked = x < 1 ? Math.max(top - both, 0) / (1 - x) : null;
    Double birnbaum = achieved != null && blocked != null ? achieved - blocked : null;
    Double fussellVesely = top > 0 && blocked != null ? (top - blocked) / top : null;
    Double raw = top > 0 && achieved != null ? achieved / top : null;
    Double rrw = blocked != null && blocked > 0 ? top / blocked : null;
    boolean critical = fussellVesely != null && fussellVesely >= criticalThreshold;
    return new NodeImportance(node.id(), node.title(), node.gate(), x, birnbaum, fussellVesely,
        raw, rrw, critical);
  }

  /** Every node has at most one parent and every counted mitigation guards at most one node. */
  private boolean isIndependentTree() {
    AttackTree tree = diagrams.tree();
    Map<String, Integer> guarded = new HashMap<>();
    for (Node node : tree.nodes().values()) {
      if (tree.graph().inDegreeOf(node.id()) > 1) {
        return false;
      }
      for (String mitigation : node.mitigations()) {
        if (mode.counts(tree.mitigations().get(mitigation))
            && guarded.merge(mitigation, 1, Integer::sum) > 1) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * D(X) = ∂P(T)/∂P(X) top-down: D(root) = 1, D(child) = D(gate) · φ(gate) · ∂r(gate)/∂P(child),
   * with φ the product of the gate's counted mitigation failure probabilities and r the gate's
   * probability before them. Then P(T ∧ X) = P(X) · (P(T) + (1 − P(X)) · D(X)).
   */
  private Map<String, Double> jointByDerivatives() {
    AttackTree tree = diagrams.tree();
    Map<String, Double> derivative = new HashMap<>();
    derivative.put(tree.root(), 1.0);
    List<String> order = tree.bottomUpOrder();
    for (int i = order.size() - 1; i >= 0; i--) {
      Node node = tree.node(order.get(i));
      if (node.isLeaf()) {
        continue;
      }
      double[] child = new double[node.children().size()];
      for (int c = 0; c < child.length; c++) {
        child[c] = probability(node.children().get(c));
      }
      double raw = GateProbability.of(node.gate(), node.k(), child);
      double guard = raw > 0 ? probability(node.id()) / raw : guardProduct(node);
      double[] partial = GateProbability.partialDerivatives(node.gate(), node.k(), child);
      double d = derivative.get(node.id()) * guard;
      for (int c = 0; c < child.length; c++) {
        derivative.put(node.children().get(c), d * partial[c]);
      }
    }
    Map<String, Double> joint = new HashMap<>();
    for (String id : tree.nodes().keySet()) {
      double x = probability(id);
      joint.put(id, x * (topProbability + (1 - x) * derivative.get(id)));
    }
    return joint;
  }

  private double guardProduct(Node node) {
    double product = 1;
    for (String id : node.mitigations()) {
      var mitigation = diagrams.tree().mitigations().get(id);
      if (mode.counts(mitigation)) {
        product *= 1 - mitigation.effectiveness();
      }
    }
    return product;
  }

  private Map<String, Double> jointByDiagrams() {
    Bdd bdd = diagrams.bdd();
    int top = diagrams.top(mode);
    Map<String, Double> joint = new HashMap<>();
    for (String id : diagrams.tree().nodes().keySet()) {
      PairMemo memo = new PairMemo(diagrams.variableProbabilities());
      joint.put(id, bdd.probabilityOfBoth(top, diagrams.function(mode, id), nodeProbability, memo));
    }
    return joint;
  }

  private double probability(String id) {
    return nodeProbability[diagrams.function(mode, id)];
  }
}
