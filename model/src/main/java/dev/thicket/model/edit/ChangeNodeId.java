package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives node {@code id} the id {@code newId} and updates every reference to it: the children
 * lists of its parents and the tree's root. The node keeps its place in file order. An id in use
 * or one the format refuses (spaces, upper case) refuses the edit.
 */
public record ChangeNodeId(String id, String newId) implements TreeEdit {

  @Override
  public AttackTree apply(AttackTree tree) {
    Trees.existing(tree, id);
    if (newId == null || newId.isBlank()) {
      throw new EditRefusedException("a node needs an id");
    }
    if (!newId.equals(id) && tree.nodes().containsKey(newId)) {
      throw new EditRefusedException("there is a node '" + newId + "' already");
    }
    List<Node> nodes = new ArrayList<>();
    for (Node node : tree.nodes().values()) {
      Node renamed = node.id().equals(id)
          ? Trees.renamed(node, newId, node.children()) : node;
      if (renamed.children().contains(id)) {
        renamed = renamed.withGate(renamed.gate(), renamed.k(), renamed.children().stream()
            .map(child -> child.equals(id) ? newId : child).toList());
      }
      nodes.add(renamed);
    }
    String root = tree.root().equals(id) ? newId : tree.root();
    return Trees.rebuild(tree, root, nodes, tree.mitigations().values());
  }

  @Override
  public String description() {
    return "Change id '" + id + "' to '" + newId + "'";
  }
}
