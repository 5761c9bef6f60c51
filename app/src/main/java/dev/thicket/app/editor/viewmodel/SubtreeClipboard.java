package dev.thicket.app.editor.viewmodel;

import dev.thicket.model.edit.PasteSubtree;
import dev.thicket.model.edit.Subtree;

/**
 * The editor's clipboard of subtrees: cut (Ctrl+X), copy (Ctrl+C) and paste (Ctrl+V) of the
 * selected node with everything below it. A paste gets fresh ids and is one undoable edit.
 */
public final class SubtreeClipboard {
  private final DocumentViewModel document;
  private Subtree copied;

  public SubtreeClipboard(DocumentViewModel document) {
    this.document = document;
  }

  /** Copies the selected node's subtree. */
  public boolean copySelected() {
    Subtree subtree = selectedSubtree();
    if (subtree == null) {
      return false;
    }
    copied = subtree;
    document.showMessage("copied '" + document.selectedProperty().get() + "' ("
        + copied.size() + " node(s))");
    return true;
  }

  /** Copies the selected node's subtree, then deletes it (one undoable edit). */
  public boolean cutSelected() {
    Subtree subtree = selectedSubtree();
    if (subtree == null || !document.deleteSelected()) {
      return false;
    }
    copied = subtree;
    return true;
  }

  /** Pastes the clipboard as the last child of the selected node, with fresh ids; selects it. */
  public boolean paste() {
    if (copied == null) {
      document.showMessage("nothing to paste: copy (Ctrl+C) or cut (Ctrl+X) a node first");
      return false;
    }
    return paste(copied);
  }

  /**
   * Pastes {@code subtree} (copied here, or from elsewhere: the library) as the last child of
   * the selected node with fresh ids, one undoable edit; selects the pasted root.
   */
  public boolean paste(Subtree subtree) {
    PasteSubtree paste = new PasteSubtree(document.selectedOrRoot(), subtree);
    String pasted = paste.pastedRoot(document.tree());
    if (document.edit(paste)) {
      document.selectedProperty().set(pasted);
      return true;
    }
    return false;
  }

  /** Whether something was copied or cut. */
  public boolean canPaste() {
    return copied != null;
  }

  private Subtree selectedSubtree() {
    String id = document.selectedProperty().get();
    return id == null || !document.tree().nodes().containsKey(id) ? null
        : Subtree.of(document.tree(), id);
  }
}
