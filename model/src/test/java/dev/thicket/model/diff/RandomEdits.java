package dev.thicket.model.diff;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Vote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A new version of a tree made by random edits: estimates, statuses, leaves added or removed,
 * wording, votes, references, children reordered.
 */
public final class RandomEdits {
  private RandomEdits() {}

  public static AttackTree of(AttackTree old, long seed) {
    Random random = new Random(seed);
    Map<String, Node> nodes = new LinkedHashMap<>(old.nodes());
    Map<String, Mitigation> mitigations = new LinkedHashMap<>(old.mitigations());
    for (Node node : old.nodes().values()) {
      if (node.isLeaf() && random.nextInt(4) == 0) {
        nodes.put(node.id(), node.withLikelihood(Estimate.of(random.nextDouble())));
      }
      if (node.isLeaf() && random.nextInt(5) == 0) { // a round's vote, no risk of its own
        Node now = nodes.get(node.id());
        List<Vote> votes = new ArrayList<>(now.estimates());
        votes.add(new Vote("p" + random.nextInt(3), Estimate.of(random.nextInt(11) / 10.0), 1));
        nodes.put(node.id(), now.withEstimates(votes));
      }
      if (!node.isLeaf() && random.nextInt(6) == 0) { // wording only, no risk of its own
        nodes.put(node.id(), nodes.get(node.id()).withTitle(node.title() + " (reworded)"));
      }
      if (!node.isLeaf() && node.children().size() > 1 && random.nextInt(6) == 0) {
        Node now = nodes.get(node.id()); // children reordered: the same function
        List<String> children = new ArrayList<>(now.children());
        java.util.Collections.rotate(children, 1);
        nodes.put(node.id(), now.withGate(now.gate(), now.k(), children));
      }
    }
    for (Mitigation mitigation : old.mitigations().values()) {
      if (random.nextInt(3) == 0) {
        mitigations.put(mitigation.id(), mitigation.withStatus(
            MitigationStatus.values()[random.nextInt(3)]));
      }
      if (random.nextInt(4) == 0) {
        List<String> references = new ArrayList<>(mitigations.get(mitigation.id()).references());
        references.add("ref-" + random.nextInt(3));
        mitigations.put(mitigation.id(),
            mitigations.get(mitigation.id()).withReferences(references));
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
    if (random.nextInt(3) == 0) {
      moveLeaf(nodes, random);
    }
    if (random.nextInt(4) == 0) {
      renameLeaf(nodes, random);
    }
    if (random.nextInt(4) == 0) {
      mitigations.put("fresh", new Mitigation("fresh", "Fresh", random.nextDouble(),
          MitigationStatus.values()[random.nextInt(3)]));
      String guarded = List.copyOf(nodes.keySet()).get(random.nextInt(nodes.size()));
      Node node = nodes.get(guarded);
      List<String> attached = new ArrayList<>(node.mitigations());
      attached.add("fresh");
      nodes.put(guarded, node.withMitigations(attached));
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

  /** Moves a leaf from one gate that lists it to another gate that does not. */
  private static void moveLeaf(Map<String, Node> nodes, Random random) {
    List<Node> leaves = nodes.values().stream().filter(Node::isLeaf).toList();
    String leaf = leaves.get(random.nextInt(leaves.size())).id();
    List<Node> from = nodes.values().stream()
        .filter(n -> n.children().contains(leaf) && n.children().size() >= 2).toList();
    List<Node> to = nodes.values().stream()
        .filter(n -> !n.isLeaf() && !n.children().contains(leaf)).toList();
    if (from.isEmpty() || to.isEmpty()) {
      return;
    }
    Node source = from.get(random.nextInt(from.size()));
    List<String> left = source.children().stream().filter(c -> !c.equals(leaf)).toList();
    int k = source.gate() == Gate.ATLEAST ? Math.min(source.k(), left.size()) : source.k();
    nodes.put(source.id(), source.withGate(source.gate(), k, left));
    Node target = to.get(random.nextInt(to.size()));
    List<String> children = new ArrayList<>(target.children());
    children.add(leaf);
    nodes.put(target.id(), target.withGate(target.gate(), target.k(), children));
  }

  /** Gives a leaf a new id, in every gate that lists it. */
  private static void renameLeaf(Map<String, Node> nodes, Random random) {
    List<Node> leaves = nodes.values().stream().filter(Node::isLeaf).toList();
    Node leaf = leaves.get(random.nextInt(leaves.size()));
    String renamed = leaf.id() + "-renamed";
    Map<String, Node> copy = new LinkedHashMap<>();
    for (Node node : nodes.values()) {
      if (node == leaf) {
        copy.put(renamed, new Node(renamed, node.title(), node.description(), node.gate(),
            node.k(), node.children(), node.likelihood(), node.impact(), node.rationale(),
            node.mitigations(), node.references(), node.extensions()));
      } else {
        copy.put(node.id(), node.withGate(node.gate(), node.k(), node.children().stream()
            .map(c -> c.equals(leaf.id()) ? renamed : c).toList()));
      }
    }
    nodes.clear();
    nodes.putAll(copy);
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
