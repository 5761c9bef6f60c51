package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;

/** Gives node {@code id} a new title (its id stays: other files may point at it). */
public record RenameNode(String id, String title) implements TreeEdit {

  @Override
  public AttackTree apply(AttackTree tree) {
    if (title == null || title.isBlank()) {
      throw new EditRefusedException("a node needs a title");
    }
    return Trees.replacing(tree, Trees.existing(tree, id).withTitle(title.strip()));
  }

  @Override
  public String description() {
    return "Rename to '" + title + "'";
  }
}
