package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A copied part of a tree, the clipboard of cut / copy / paste: node {@code root}, every node
 * below it (a node shared inside the part is copied once) and the mitigations they use, so it can
 * be pasted into another tree too.
 */
public record Subtree(String root, List<Node> nodes, List<Mitigation> mitigations) {

  public Subtree {
    nodes = List.copyOf(nodes);
    mitigations = List.copyOf(mitigations);
  }

  /** The subtree of {@code id} in {@code tree}, nodes in file order. */
  public static Subtree of(AttackTree tree, String id) {
    Set<String> inside = Trees.subtree(tree, Trees.existing(tree, id).id());
    List<Node> nodes = tree.nodes().values().stream()
        .filter(node -> inside.contains(node.id())).toList();
    Set<String> used = new LinkedHashSet<>();
    nodes.forEach(node -> used.addAll(node.mitigations()));
    return new Subtree(id, nodes, tree.mitigations().values().stream()
        .filter(mitigation -> used.contains(mitigation.id())).toList());
  }

  /** How many nodes the subtree holds. */
  public int size() {
    return nodes.size();
  }
}
