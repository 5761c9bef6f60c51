package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;

/**
 * One undoable change of an attack tree: a small record that applies to a tree and returns the
 * new one, or throws {@link EditRefusedException} and leaves nothing changed. Edits are pure:
 * applying the same edit to the same tree gives an equal tree, so the history can redo them.
 */
public sealed interface TreeEdit
    permits AddNode, RenameNode, ReplaceNode, DeleteNode, ToggleGate, MoveNode, LinkChild,
        ChangeNodeId, ReplaceTree, PasteSubtree, PutMitigation, DeleteMitigation,
        ChangeMitigationId, ChangeTreeProperties, MarkPlanned {

  /** The tree after this edit. */
  AttackTree apply(AttackTree tree);

  /** What the edit does, for Undo / Redo menu items ("Rename node"). */
  String description();
}
