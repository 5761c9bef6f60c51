package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;
import java.util.Objects;

/**
 * Replaces the whole tree by {@code replacement}, for instance by a recovered autosave copy, so
 * that one undo returns to the tree before it.
 */
public record ReplaceTree(AttackTree replacement, String what) implements TreeEdit {

  public ReplaceTree {
    Objects.requireNonNull(replacement, "replacement");
  }

  @Override
  public AttackTree apply(AttackTree tree) {
    return replacement;
  }

  @Override
  public String description() {
    return what;
  }
}
