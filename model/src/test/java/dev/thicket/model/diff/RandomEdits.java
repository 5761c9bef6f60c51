package dev.thicket.model.diff;

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
import java.util.Random;

/** A new version of a tree made by random edits: estimates, statuses, leaves added or removed. */
final class RandomEdits {
  private RandomEdits() {}

  static AttackTree of(AttackTree old, long seed) {
    Random random = new Random(seed);
    Map<String, Node> nodes = new LinkedHashMap<>(old.nodes());
    Map<String, Mitigation> mitigations = new LinkedHashMap<>(old.mitigations());
    for (Node node : old.nodes().values()) {
      if (node.isLeaf() && random.nextInt(4) == 0) {
        nodes.put(node.id(), node.withLikelihood(Estimate.of(random.nextDouble())));
      }
    }
    for (Mitigation mitigation : old.mitigations().values()) {
      if (random.nextInt(3) == 0) {
        mitigations.put(mitigation.id(), mitigation.withStatus(
            MitigationStatus.values()[random.nextInt(3)]));
      }
    }
    List<String> gates = nodes.values().stream().filter(n -> !n.isLeaf()).map(Node::id).toList();
    int added = random.nextInt(3);
    for (int i = 0; i < added; i++) {
      String gate = gates.get(random.nextInt(gates.size()));
      Node parent = nodes.get(gate);
      List<String> children = new ArrayList<>(parent.children());
      children.add("new" + i);
      nodes.put(gate, parent.withGate(parent.gate(), parent.k(), children));
      nodes.put("new" + i, Node.leaf("new" + i, "New " + i, Estimate.of(random.nextDouble())));
    }
    if (random.nextBoolean()) {
      removeLeaf(nodes, old.nodes().values().stream().filter(Node::isLeaf).toList()
          .get(random.nextInt((int) old.nodes().values().stream().filter(Node::isLeaf).count()))
          .id());
    }
    if (random.nextInt(4) == 0 && !mitigations.isEmpty()) {
      String removed = List.copyOf(mitigations.keySet()).get(random.nextInt(mitigations.size()));
      mitigations.remove(removed);
      nodes.replaceAll((id, node) -> node.mitigations().contains(removed)
          ? node.withMitigations(node.mitigations().stream()
              .filter(m -> !m.equals(removed)).toList()) : node);
    }
    return new AttackTree(old.title(), old.description(), old.root(),
        List.copyOf(nodes.values()), List.copyOf(mitigations.values()), null, old.settings(),
        Map.of());
  }

  /** Removes {@code leaf} when every gate that lists it keeps a child. */
  private static void removeLeaf(Map<String, Node> nodes, String leaf) {
    List<Node> parents = nodes.values().stream().filter(n -> n.children().contains(leaf))
        .toList();
    if (parents.stream().anyMatch(p -> p.children().size() < 2)) {
      return;
    }
    for (Node parent : parents) {
      List<String> children = parent.children().stream().filter(c -> !c.equals(leaf)).toList();
      int k = parent.gate() == Gate.ATLEAST ? Math.min(parent.k(), children.size()) : parent.k();
      nodes.put(parent.id(), parent.withGate(parent.gate(), k, children));
    }
    nodes.remove(leaf);
  }
}
