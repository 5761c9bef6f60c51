package dev.thicket.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.tree.AttackTree;
import org.junit.jupiter.api.Test;

class EditHistoryTest {
  private final AttackTree start = SmallTrees.sample();
  private final EditHistory history = new EditHistory(start);

  @Test
  void undoAndRedoRestoreExactlyTheSameTrees() {
    history.apply(new RenameNode("a1", "Phish"));
    history.apply(AddNode.child(history.current(), "b", "New"));
    history.apply(new DeleteNode("a"));
    String edited = TreeWriter.toYaml(history.current());

    history.undo();
    history.undo();
    history.undo();
    assertThat(TreeWriter.toYaml(history.current())).isEqualTo(TreeWriter.toYaml(start));
    history.redo();
    history.redo();
    history.redo();
    assertThat(TreeWriter.toYaml(history.current())).isEqualTo(edited);
  }

  @Test
  void refusedEditChangesNothing() {
    assertThatThrownBy(() -> history.apply(new DeleteNode("goal")))
        .isInstanceOf(EditRefusedException.class);

    assertThat(history.current()).isSameAs(start);
    assertThat(history.canUndo()).isFalse();
    assertThat(history.isDirty()).isFalse();
  }

  @Test
  void newEditClearsTheRedoStack() {
    history.apply(new RenameNode("a1", "One"));
    history.undo();
    history.apply(new RenameNode("a1", "Two"));

    assertThat(history.canRedo()).isFalse();
    assertThat(history.nextUndo()).contains(new RenameNode("a1", "Two"));
  }

  @Test
  void undoingBackToTheSavedStateMakesItCleanAgain() {
    history.apply(new RenameNode("a1", "One"));
    history.markSaved();
    history.apply(new RenameNode("a1", "Two"));
    assertThat(history.isDirty()).isTrue();

    history.undo();
    assertThat(history.isDirty()).isFalse();
    history.undo();
    assertThat(history.isDirty()).isTrue();
  }

  @Test
  void undoneAndReplacedEditDoesNotReuseARevision() {
    history.apply(new RenameNode("a1", "One"));
    long one = history.revision();
    history.undo();
    history.apply(new RenameNode("a1", "Two"));

    assertThat(history.revision()).isNotEqualTo(one);
  }

  @Test
  void undoWithNothingToUndoKeepsTheTree() {
    assertThat(history.undo()).isSameAs(start);
    assertThat(history.redo()).isSameAs(start);
  }
}
