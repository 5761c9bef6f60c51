package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;

/** Lists existing node {@code child} as one more child of {@code parent}: a shared sub-tree. */
public record LinkChild(String parent, String child) implements TreeEdit {

  @Override
  public AttackTree apply(AttackTree tree) {
    Trees.existing(tree, child);
    Trees.refuseCycle(tree, parent, child);
    return Trees.replacing(tree, Trees.withChildAdded(Trees.existing(tree, parent), child, -1));
  }

  @Override
  public String description() {
    return "Link '" + child + "' under '" + parent + "'";
  }
}
