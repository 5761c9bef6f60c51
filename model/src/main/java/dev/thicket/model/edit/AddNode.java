package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.StepAttributes;
import java.util.List;
import java.util.Set;

/**
 * Adds a new leaf under {@code parent} at {@code index} (-1: last), not yet estimated. A leaf
 * parent becomes an OR gate and hands its likelihood (range included), votes, cost, time and
 * potential to the new child, so the goal's risk does not move; a full NOT or XOR gate refuses.
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
    Node before = Trees.existing(tree, parent);
    Node parentNode = Trees.withChildAdded(before, id, index);
    // the estimation rounds' votes go with the likelihood they estimated, and the step's cost,
    // time and potential with the step
    Node child = Node.leaf(id, title, inherited(tree)).withEstimates(
        before.isLeaf() ? before.estimates() : List.of())
        .withAttacker(before.isLeaf() ? before.attacker() : StepAttributes.EMPTY);
    return Trees.withNodes(tree, Trees.edited(tree, List.of(parentNode), Set.of(), List.of(child)));
  }

  /** The likelihood the new child takes over: its parent's, when the parent is a leaf. */
  public Estimate inherited(AttackTree tree) {
    Node node = tree.node(parent);
    return node != null && node.isLeaf() ? node.likelihood() : null;
  }

  @Override
  public String description() {
    return "Add '" + title + "'";
  }
}
