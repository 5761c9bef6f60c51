package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;

/**
 * Moves node {@code id} from gate {@code from} to {@code to} (at {@code index}, -1: last): a
 * reparent. Refused when {@code to} lies inside {@code id}'s subtree (a cycle), for the root, and
 * when {@code to} already lists the node.
 */
public record MoveNode(String id, String from, String to, int index) implements TreeEdit {

  @Override
  public AttackTree apply(AttackTree tree) {
    Trees.existing(tree, id);
    if (id.equals(tree.root())) {
      throw new EditRefusedException("the root cannot be moved");
    }
    Node oldParent = Trees.existing(tree, from);
    if (!oldParent.children().contains(id)) {
      throw new EditRefusedException("'" + id + "' is not a child of '" + from + "'");
    }
    Trees.refuseCycle(tree, to, id);
    if (from.equals(to)) {
      Node reordered = Trees.withChildAdded(Trees.withoutChild(oldParent, id), id, index);
      return Trees.replacing(tree, reordered.withGate(oldParent.gate(), oldParent.k(),
          reordered.children()));
    }
    Node newParent = Trees.withChildAdded(Trees.existing(tree, to), id, index);
    return Trees.replacing(tree, Trees.withoutChild(oldParent, id), newParent);
  }

  @Override
  public String description() {
    return "Move '" + id + "' under '" + to + "'";
  }
}
