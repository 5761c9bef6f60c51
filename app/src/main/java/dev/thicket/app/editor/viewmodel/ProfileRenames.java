package dev.thicket.app.editor.viewmodel;

import dev.thicket.model.tree.AttackTree;
import java.util.List;

/**
 * Which profile an id became after an edit: a profile whose id changed keeps its place in the
 * file's order, so the profile at the same place with an id the older tree did not have is the
 * same profile renamed (also across undo and redo of the rename).
 */
final class ProfileRenames {
  private ProfileRenames() {}

  /**
   * The id profile {@code id} of {@code before} has in {@code after}: itself when still there,
   * its new id when renamed, null when removed.
   */
  static String follow(AttackTree before, AttackTree after, String id) {
    if (id == null || after.profiles().containsKey(id)) {
      return id;
    }
    if (before == null || before.profiles().size() != after.profiles().size()) {
      return null;
    }
    int place = List.copyOf(before.profiles().keySet()).indexOf(id);
    if (place < 0) {
      return null;
    }
    String renamed = List.copyOf(after.profiles().keySet()).get(place);
    return before.profiles().containsKey(renamed) ? null : renamed;
  }
}
