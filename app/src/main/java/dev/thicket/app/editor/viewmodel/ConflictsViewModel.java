package dev.thicket.app.editor.viewmodel;

import dev.thicket.model.edit.EditRefusedException;
import dev.thicket.model.edit.ReplaceTree;
import dev.thicket.model.merge.ConflictResolution;
import dev.thicket.model.merge.ConflictResolution.Side;
import dev.thicket.model.merge.RecordedConflict;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The merge conflicts the open tree lists ({@code x-merge-conflicts}, written by {@code thicket
 * merge}) and their resolution: taking ours, theirs or base for one is one undoable edit that
 * puts that side's recorded value back and removes the entry (the key goes with the last one).
 * A choice that would break the tree is refused with the reason in the status bar.
 */
public final class ConflictsViewModel {
  private final DocumentViewModel document;
  private final CollapsedNodes collapsed;
  private final ObservableList<RecordedConflict> conflicts = FXCollections.observableArrayList();
  private final ObservableList<RecordedConflict> readOnly =
      FXCollections.unmodifiableObservableList(conflicts);
  private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();

  public ConflictsViewModel(DocumentViewModel document, CollapsedNodes collapsed) {
    this.document = document;
    this.collapsed = collapsed;
    document.treeProperty().addListener((observable, before, after) -> list(after));
    list(document.tree());
  }

  /** The conflicts, in the file's order; empty when the tree lists none. */
  public ObservableList<RecordedConflict> conflicts() {
    return readOnly;
  }

  /** {@code 3 merge conflicts}. */
  public ReadOnlyStringProperty headingProperty() {
    return heading.getReadOnlyProperty();
  }

  /** Whether the tree lists any conflict (the panel shows only then). */
  public ReadOnlyBooleanProperty shownProperty() {
    return shown.getReadOnlyProperty();
  }

  /**
   * Resolves {@code conflict} by {@code side} as one undoable edit; false, with the reason in the
   * status bar, when that side cannot be taken.
   */
  public boolean resolve(RecordedConflict conflict, Side side) {
    AttackTree resolved;
    try {
      resolved = ConflictResolution.resolve(document.tree(), conflict.index(), side);
    } catch (EditRefusedException refused) {
      document.showMessage(refused.getMessage());
      return false;
    }
    return document.edit(new ReplaceTree(resolved,
        "Take " + side.keyword() + " for " + conflict.subject()));
  }

  /**
   * Selects the conflict's node on the canvas: the node itself, for a mitigation the first node
   * it is attached to, for the tree's own fields the root; nothing when it is not in the tree.
   */
  public void select(RecordedConflict conflict) {
    AttackTree tree = document.tree();
    String id = switch (conflict.conflict().element()) {
      case NODE -> tree.nodes().containsKey(conflict.conflict().id())
          ? conflict.conflict().id() : null;
      case MITIGATION -> tree.nodes().values().stream()
          .filter(node -> node.mitigations().contains(conflict.conflict().id()))
          .map(Node::id).findFirst().orElse(null);
      case TREE -> tree.root();
    };
    if (id != null) {
      collapsed.reveal(id);
      document.selectedProperty().set(id);
    }
  }

  /** Whether {@code side} can be taken: any side when the merge recorded values, else ours. */
  public static boolean offers(RecordedConflict conflict, Side side) {
    return conflict.exact() || side == Side.OURS;
  }

  private void list(AttackTree tree) {
    conflicts.setAll(RecordedConflict.of(tree));
    int count = conflicts.size();
    heading.set(count == 1 ? "1 merge conflict" : count + " merge conflicts");
    shown.set(count > 0);
  }
}
