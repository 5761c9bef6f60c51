package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;

/**
 * Replaces an existing node by {@code node} (same id): the side panel's edits of description,
 * gate and k, likelihood, impact, references. A value the format refuses refuses the edit.
 */
public record ReplaceNode(Node node, String what) implements TreeEdit {

  @Override
  public AttackTree apply(AttackTree tree) {
    Trees.existing(tree, node.id());
    return Trees.replacing(tree, node);
  }

  @Override
  public String description() {
    return "Change " + what + " of '" + node.title() + "'";
  }
}
