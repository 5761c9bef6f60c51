package dev.thicket.model.merge;

import dev.thicket.model.tree.AttackTree;
import java.util.List;

/**
 * The merged tree and the conflicts found. With conflicts, the tree keeps ours for each of them
 * and lists them under the top-level {@link MergeConflict#EXTENSION} key.
 */
public record MergeResult(AttackTree tree, List<MergeConflict> conflicts) {
  public MergeResult {
    conflicts = List.copyOf(conflicts);
  }

  /** Whether both sides merged without conflict. */
  public boolean clean() {
    return conflicts.isEmpty();
  }
}
