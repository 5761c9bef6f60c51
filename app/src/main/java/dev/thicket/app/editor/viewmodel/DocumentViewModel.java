package dev.thicket.app.editor.viewmodel;

import dev.thicket.model.edit.AddNode;
import dev.thicket.model.edit.ChangeNodeId;
import dev.thicket.model.edit.DeleteNode;
import dev.thicket.model.edit.EditHistory;
import dev.thicket.model.edit.EditRefusedException;
import dev.thicket.model.edit.LinkChild;
import dev.thicket.model.edit.MoveNode;
import dev.thicket.model.edit.RenameNode;
import dev.thicket.model.edit.ReplaceTree;
import dev.thicket.model.edit.ToggleGate;
import dev.thicket.model.edit.TreeEdit;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.TreeFileProblem;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.io.formats.TreeFiles;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Node;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The open tree: its file, its edit history, the selected node and the verbs of the Edit menu.
 * Every change of the tree goes through {@link #edit}, which applies an undoable {@link TreeEdit}
 * or, when the edit is refused, keeps the tree and puts the reason in {@link #messageProperty}.
 */
public final class DocumentViewModel {
  private EditHistory history;
  private final ReadOnlyObjectWrapper<AttackTree> tree = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
  private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper();
  private final StringProperty selected = new SimpleStringProperty();
  /** How many trees were opened (or started new) since the window opened. */
  private final ReadOnlyIntegerWrapper openings = new ReadOnlyIntegerWrapper();

  public DocumentViewModel(AttackTree initial, Path initialFile) {
    reset(initial, initialFile);
    windowTitle.bind(Bindings.createStringBinding(() -> (file.get() == null ? "Untitled"
        : String.valueOf(file.get().getFileName())) + (dirty.get() ? " *" : "") + " — Thicket",
        file, dirty));
  }

  /** A new tree: one goal, no file. */
  public static AttackTree emptyTree() {
    return new AttackTree("New attack tree", null, "goal",
        List.of(Node.leaf("goal", "Attacker goal", null)), List.of(), null,
        AnalysisSettings.NONE, Map.of());
  }

  public ReadOnlyObjectProperty<AttackTree> treeProperty() {
    return tree.getReadOnlyProperty();
  }

  public AttackTree tree() {
    return tree.get();
  }

  public ReadOnlyObjectProperty<Path> fileProperty() {
    return file.getReadOnlyProperty();
  }

  /** Counts the trees opened or started new in place of the one shown (not edits, not saves). */
  public ReadOnlyIntegerProperty openingsProperty() {
    return openings.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty dirtyProperty() {
    return dirty.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty undoTextProperty() {
    return undoText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty redoTextProperty() {
    return redoText.getReadOnlyProperty();
  }

  /** Shows {@code text} in the status bar (what a verb did or why it could not). */
  public void showMessage(String text) {
    message.set(text);
  }

  /** Why the last edit was refused; empty after a successful one. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty windowTitleProperty() {
    return windowTitle.getReadOnlyProperty();
  }

  /** The id of the selected node; {@code null} for none. */
  public StringProperty selectedProperty() {
    return selected;
  }

  public long revision() {
    return history.revision();
  }

  /** Applies {@code edit}; false (and a message) when refused, the tree unchanged. */
  public boolean edit(TreeEdit edit) {
    try {
      history.apply(edit);
    } catch (EditRefusedException refused) {
      message.set(refused.getMessage());
      return false;
    }
    message.set("");
    publish();
    return true;
  }

  public void undo() {
    history.undo();
    message.set("");
    publish();
  }

  public void redo() {
    history.redo();
    message.set("");
    publish();
  }

  /**
   * Adds a child titled {@code title} under the selected node and selects it; a leaf becomes an
   * OR gate whose likelihood the child takes over, which the status bar says.
   */
  public boolean addChild(String title) {
    String parent = selectedOrRoot();
    AddNode add = AddNode.child(tree(), parent, title);
    Estimate inherited = add.inherited(tree());
    if (!addAndSelect(add)) {
      return false;
    }
    if (inherited != null) {
      message.set("'" + tree().node(parent).title() + "' is now an OR gate; its likelihood "
          + inherited + " went to the new step '" + title + "' (Undo to take it back)");
    }
    return true;
  }

  /** Adds a sibling titled {@code title} after the selected node and selects it. */
  public boolean addSibling(String title) {
    try {
      return addAndSelect(AddNode.sibling(tree(), selectedOrRoot(), title));
    } catch (EditRefusedException refused) {
      message.set(refused.getMessage());
      return false;
    }
  }

  private boolean addAndSelect(AddNode add) {
    if (edit(add)) {
      selected.set(add.id());
      return true;
    }
    return false;
  }

  public boolean renameSelected(String title) {
    return selected.get() != null && edit(new RenameNode(selected.get(), title));
  }

  /**
   * Gives the selected node the id {@code newId}, updating every reference to it, and keeps it
   * selected; false, with a message, when the id is in use or not a valid id.
   */
  public boolean changeSelectedId(String newId) {
    String id = selected.get();
    if (id == null || !edit(new ChangeNodeId(id, newId))) {
      return false;
    }
    selected.set(newId);
    return true;
  }

  /**
   * Lists existing node {@code child} as one more child of the selected node (a shared
   * sub-tree); refused, with the reason, when that would close a cycle.
   */
  public boolean linkUnderSelected(String child) {
    return edit(new LinkChild(selectedOrRoot(), child));
  }

  /** The ids deleting the selected node would remove (the node and what only it reaches). */
  public java.util.Set<String> deletionOfSelected() {
    return selected.get() == null || !tree().nodes().containsKey(selected.get())
        ? java.util.Set.of() : DeleteNode.removedBy(tree(), selected.get());
  }

  /** Deletes the selected node's subtree and selects its first parent. */
  public boolean deleteSelected() {
    String id = selected.get();
    if (id == null) {
      return false;
    }
    List<String> parents = tree().nodes().containsKey(id) ? tree().parents(id) : List.of();
    if (edit(new DeleteNode(id))) {
      selected.set(parents.isEmpty() ? tree().root() : parents.get(0));
      return true;
    }
    return false;
  }

  public boolean toggleSelected() {
    return selected.get() != null && edit(new ToggleGate(selected.get()));
  }

  /**
   * Moves {@code id} from its first parent to the end of {@code target}'s children (drag and
   * drop); refused with a message when that would make a cycle.
   */
  public boolean moveUnder(String id, String target) {
    List<String> parents = tree().parents(id);
    if (parents.isEmpty()) {
      message.set("the root cannot be moved");
      return false;
    }
    if (edit(new MoveNode(id, parents.get(0), target, -1))) {
      selected.set(id);
      return true;
    }
    return false;
  }

  /** Selects the first parent of the selected node. */
  public void selectParent() {
    String id = selectedOrRoot();
    List<String> parents = tree().parents(id);
    if (!parents.isEmpty()) {
      selected.set(parents.get(0));
    }
  }

  /** Selects the first child of the selected node. */
  public void selectFirstChild() {
    List<String> children = tree().node(selectedOrRoot()).children();
    if (!children.isEmpty()) {
      selected.set(children.get(0));
    }
  }

  /** Selects the next ({@code step} 1) or previous (-1) sibling under the first parent. */
  public void selectSibling(int step) {
    String id = selectedOrRoot();
    List<String> parents = tree().parents(id);
    if (parents.isEmpty()) {
      return;
    }
    List<String> siblings = tree().node(parents.get(0)).children();
    int index = siblings.indexOf(id) + step;
    if (index >= 0 && index < siblings.size()) {
      selected.set(siblings.get(index));
    }
  }

  /** The selected node, or the root when none is. */
  public String selectedOrRoot() {
    String id = selected.get();
    return id != null && tree().nodes().containsKey(id) ? id : tree().root();
  }

  /**
   * Opens {@code path}: on success the tree, file and history are replaced and the problems list
   * is empty; otherwise the problems are returned and the open tree stays as it was.
   */
  public List<TreeFileProblem> open(Path path) {
    try {
      reset(TreeFiles.read(List.of(path)), path);
      return List.of();
    } catch (TreeFileException invalid) {
      return invalid.problems();
    }
  }

  /**
   * Replaces the tree by {@code recovered} (an autosaved copy of the open file) as one undoable
   * edit: the document is dirty, and undo returns to the file's tree.
   */
  public void recover(AttackTree recovered) {
    edit(new ReplaceTree(recovered, "Recover autosaved changes"));
  }

  /** Starts a new, unsaved tree. */
  public void newTree() {
    reset(emptyTree(), null);
  }

  /** Saves to {@code target} (atomically) and makes it the document's file. */
  public void saveAs(Path target) throws IOException {
    TreeWriter.save(tree(), target);
    history.markSaved();
    file.set(target);
    publish();
  }

  private void reset(AttackTree newTree, Path newFile) {
    history = new EditHistory(newTree);
    file.set(newFile);
    selected.set(null);
    message.set("");
    publish();
    selected.set(newTree.root());
    openings.set(openings.get() + 1);
  }

  private void publish() {
    tree.set(history.current());
    dirty.set(history.isDirty());
    canUndo.set(history.canUndo());
    canRedo.set(history.canRedo());
    undoText.set(history.nextUndo().map(e -> "Undo " + e.description()).orElse("Undo"));
    redoText.set(history.nextRedo().map(e -> "Redo " + e.description()).orElse("Redo"));
    if (selected.get() != null && !history.current().nodes().containsKey(selected.get())) {
      selected.set(history.current().root());
    }
  }
}
