package dev.thicket.model.analysis;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds small trees in tests: the first node added is the root. */
final class TreeBuilder {
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final List<Mitigation> mitigations = new ArrayList<>();
  private String root;

  TreeBuilder gate(String id, Gate gate, String... children) {
    return add(Node.gate(id, "Gate " + id, gate, 0, List.of(children)));
  }

  TreeBuilder atLeast(String id, int k, String... children) {
    return add(Node.gate(id, "Gate " + id, Gate.ATLEAST, k, List.of(children)));
  }

  TreeBuilder leaf(String id, double likelihood) {
    return add(Node.leaf(id, "Leaf " + id, Estimate.of(likelihood)));
  }

  TreeBuilder leaf(String id, Estimate likelihood) {
    return add(Node.leaf(id, "Leaf " + id, likelihood));
  }

  TreeBuilder unestimatedLeaf(String id) {
    return add(Node.leaf(id, "Leaf " + id, null));
  }

  TreeBuilder impact(String id, double impact) {
    nodes.put(id, nodes.get(id).withImpact(Estimate.of(impact)));
    return this;
  }

  TreeBuilder mitigation(String id, double effectiveness, MitigationStatus status,
      String... guarded) {
    mitigations.add(new Mitigation(id, "Mitigation " + id, effectiveness, status));
    for (String nodeId : guarded) {
      Node node = nodes.get(nodeId);
      List<String> attached = new ArrayList<>(node.mitigations());
      attached.add(id);
      nodes.put(nodeId, node.withMitigations(attached));
    }
    return this;
  }

  private TreeBuilder add(Node node) {
    if (root == null) {
      root = node.id();
    }
    nodes.put(node.id(), node);
    return this;
  }

  AttackTree build() {
    return new AttackTree("Test tree", null, root, List.copyOf(nodes.values()), mitigations, null,
        AnalysisSettings.NONE, Map.of());
  }
}
