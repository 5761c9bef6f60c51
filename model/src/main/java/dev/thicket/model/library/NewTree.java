package dev.thicket.model.library;

import dev.thicket.model.edit.PasteSubtree;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.util.List;
import java.util.Map;

/** A tree to start from: a goal, with the sub-trees of some library patterns under it. */
public final class NewTree {
  /** The id of the goal node. */
  public static final String GOAL = "goal";
  /** The goal's title when none is given. */
  public static final String DEFAULT_TITLE = "Attack goal";

  private NewTree() {}

  /**
   * A tree titled {@code title} whose root, {@code goal}, is an OR of {@code patterns}' sub-trees
   * pasted as the editor pastes them (fresh ids when two patterns use the same one); without
   * patterns the goal is a single step, not yet estimated.
   */
  public static AttackTree of(String title, List<AttackPattern> patterns) {
    AttackTree tree = new AttackTree(title, null, GOAL, List.of(Node.leaf(GOAL, title, null)),
        List.of(), null, AnalysisSettings.NONE, Map.of());
    for (AttackPattern pattern : patterns) {
      tree = new PasteSubtree(GOAL, pattern.subtree()).apply(tree);
    }
    return tree;
  }
}
