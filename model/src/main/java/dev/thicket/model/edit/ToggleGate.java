package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;

/** Turns an AND gate into an OR gate, and any other gate into an AND gate. */
public record ToggleGate(String id) implements TreeEdit {

  @Override
  public AttackTree apply(AttackTree tree) {
    Node node = Trees.existing(tree, id);
    if (node.isLeaf()) {
      throw new EditRefusedException("'" + id + "' is an attack step: add a child to make it a gate");
    }
    Gate gate = node.gate() == Gate.AND ? Gate.OR : Gate.AND;
    return Trees.replacing(tree, node.withGate(gate, 0, node.children()));
  }

  @Override
  public String description() {
    return "Toggle AND/OR of '" + id + "'";
  }
}
