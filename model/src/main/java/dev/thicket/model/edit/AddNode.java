package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds a new leaf (not yet estimated) under {@code parent} at {@code index} (-1: last). A leaf
 * parent becomes an OR gate and loses its likelihood; a full NOT or XOR gate refuses.
 */
public record AddNode(String parent, int index, String id, String title) implements TreeEdit {

  /** A new last child of {@code parent}, with a fresh id made from {@code title}. */
  public static AddNode child(AttackTree tree, String parent, String title) {
    return new AddNode(parent, -1, NodeIds.fresh(tree, title), title);
  }

  /** A new node right after {@code sibling} under its first parent. */
  public static AddNode sibling(AttackTree tree, String sibling, String title) {
    if (sibling.equals(tree.root())) {
      throw new EditRefusedException("the root has no siblings: add a child instead");
    }
    String parent = tree.parents(Trees.existing(tree, sibling).id()).get(0);
    int index = tree.node(parent).children().indexOf(sibling) + 1;
    return new AddNode(parent, index, NodeIds.fresh(tree, title), title);
  }

  @Override
  public AttackTree apply(AttackTree tree) {
    if (tree.nodes().containsKey(id)) {
      throw new EditRefusedException("there is a node '" + id + "' already");
    }
    Node parentNode = Trees.withChildAdded(Trees.existing(tree, parent), id, index);
    Map<String, Node> nodes = new LinkedHashMap<>(tree.nodes());
    nodes.put(parent, parentNode);
    nodes.put(id, Node.leaf(id, title, null));
    return Trees.withNodes(tree, nodes.values());
  }

  @Override
  public String description() {
    return "Add '" + title + "'";
  }
}
