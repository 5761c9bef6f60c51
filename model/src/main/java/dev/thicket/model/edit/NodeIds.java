package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Ids;

/** Fresh node ids made from titles: lower case words joined by '-', unique in the tree. */
public final class NodeIds {
  private static final int MAX_LENGTH = 32;

  private NodeIds() {}

  /** An id for a new node titled {@code title}, not used by any node of {@code tree}. */
  public static String fresh(AttackTree tree, String title) {
    return Ids.unique(slug(title), tree.nodes()::containsKey);
  }

  /** "Steal the API key!" → "steal-the-api-key"; "node" when nothing usable is left. */
  static String slug(String title) {
    return Ids.slug(title, MAX_LENGTH);
  }
}
