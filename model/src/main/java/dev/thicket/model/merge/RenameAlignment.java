package dev.thicket.model.merge;

import dev.thicket.model.diff.NodeRenames;
import dev.thicket.model.edit.ChangeNodeId;
import dev.thicket.model.edit.EditRefusedException;
import dev.thicket.model.merge.MergeConflict.Element;
import dev.thicket.model.tree.AttackTree;
import java.util.List;
import java.util.Map;

/**
 * Brings the three trees to one set of ids before they are merged by id: a node one side renamed
 * (same content and place under a new id, as {@link NodeRenames} finds them, the diff's rule) gets
 * its new id in the other two trees, so that the other side's edits of it still apply. Two
 * different new ids for one node are a conflict: ours's id is kept.
 */
final class RenameAlignment {
  AttackTree base;
  AttackTree ours;
  AttackTree theirs;

  RenameAlignment(AttackTree base, AttackTree ours, AttackTree theirs,
      List<MergeConflict> conflicts) {
    this.base = base;
    this.ours = ours;
    this.theirs = theirs;
    Map<String, String> oursRenames = NodeRenames.of(base, ours);
    Map<String, String> theirsRenames = NodeRenames.of(base, theirs);
    Map<String, String> theirsNewIds = inverse(theirsRenames);
    oursRenames.forEach((newId, oldId) -> {
      String theirsId = theirsNewIds.getOrDefault(oldId, oldId);
      if (!theirsId.equals(oldId) && !theirsId.equals(newId)) {
        conflicts.add(new MergeConflict(Element.NODE, newId, "id", oldId, newId, theirsId,
            null));
      }
      AttackTree[] trees = {this.base, this.theirs};
      if (renamed(trees, new String[] {oldId, theirsId}, newId)) {
        this.base = trees[0];
        this.theirs = trees[1];
      }
    });
    theirsRenames.forEach((newId, oldId) -> {
      AttackTree[] trees = {this.base, this.ours};
      if (!oursRenames.containsValue(oldId)
          && renamed(trees, new String[] {oldId, oldId}, newId)) {
        this.base = trees[0];
        this.ours = trees[1];
      }
    });
  }

  /**
   * Gives node {@code ids[i]} of {@code trees[i]} the id {@code newId} in both trees, or in
   * neither when one of them cannot take it (the id is in use there); whether it did.
   */
  private static boolean renamed(AttackTree[] trees, String[] ids, String newId) {
    AttackTree[] result = new AttackTree[trees.length];
    for (int i = 0; i < trees.length; i++) {
      result[i] = renamed(trees[i], ids[i], newId);
      if (result[i] == null) {
        return false;
      }
    }
    System.arraycopy(result, 0, trees, 0, trees.length);
    return true;
  }

  private static Map<String, String> inverse(Map<String, String> renames) {
    Map<String, String> inverse = new java.util.HashMap<>();
    renames.forEach((newId, oldId) -> inverse.put(oldId, newId));
    return inverse;
  }

  /** {@code tree} with node {@code id} as {@code newId} (as it is without it); null: refused. */
  private static AttackTree renamed(AttackTree tree, String id, String newId) {
    if (id.equals(newId) || !tree.nodes().containsKey(id)) {
      return tree;
    }
    try {
      return new ChangeNodeId(id, newId).apply(tree);
    } catch (EditRefusedException idInUse) {
      return null;
    }
  }
}
