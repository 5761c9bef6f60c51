package dev.thicket.model.edit;

import dev.thicket.model.tree.AttackTree;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * The current tree and the unlimited undo and redo stacks of the edits that led to it. Each state
 * has a revision number; the document is dirty when the revision differs from the saved one, so
 * undoing back to the saved state makes it clean again. Applying an edit while one is being
 * applied is refused. Not thread-safe: use it from one thread (the editor's UI thread).
 */
public final class EditHistory {
  private record Step(TreeEdit edit, AttackTree before, long beforeRevision, AttackTree after,
      long afterRevision) {}

  private final Deque<Step> undo = new ArrayDeque<>();
  private final Deque<Step> redo = new ArrayDeque<>();
  private AttackTree current;
  private long revision;
  private long lastRevision;
  private long savedRevision;
  private boolean applying;

  /** A history starting (clean) at {@code tree}. */
  public EditHistory(AttackTree tree) {
    this.current = Objects.requireNonNull(tree, "tree");
  }

  public AttackTree current() {
    return current;
  }

  /**
   * Applies {@code edit} to the current tree; on success clears the redo stack. Throws {@link
   * EditRefusedException} and changes nothing when the edit is refused.
   */
  public AttackTree apply(TreeEdit edit) {
    if (applying) {
      throw new IllegalStateException("an edit is already being applied: " + edit.description());
    }
    applying = true;
    try {
      AttackTree after = edit.apply(current);
      Step step = new Step(edit, current, revision, after, ++lastRevision);
      undo.push(step);
      redo.clear();
      current = after;
      revision = step.afterRevision;
      return current;
    } finally {
      applying = false;
    }
  }

  public boolean canUndo() {
    return !undo.isEmpty();
  }

  public boolean canRedo() {
    return !redo.isEmpty();
  }

  /** The edit that Undo would take back. */
  public Optional<TreeEdit> nextUndo() {
    return Optional.ofNullable(undo.peek()).map(Step::edit);
  }

  /** The edit that Redo would apply again. */
  public Optional<TreeEdit> nextRedo() {
    return Optional.ofNullable(redo.peek()).map(Step::edit);
  }

  /** Takes back the last edit; does nothing when there is none. */
  public AttackTree undo() {
    Step step = undo.poll();
    if (step != null) {
      redo.push(step);
      current = step.before;
      revision = step.beforeRevision;
    }
    return current;
  }

  /** Applies the last undone edit again; does nothing when there is none. */
  public AttackTree redo() {
    Step step = redo.poll();
    if (step != null) {
      undo.push(step);
      current = step.after;
      revision = step.afterRevision;
    }
    return current;
  }

  /** The number of the current state: equal revisions mean equal trees. */
  public long revision() {
    return revision;
  }

  /** Records that the current state is what the file holds. */
  public void markSaved() {
    savedRevision = revision;
  }

  public boolean isDirty() {
    return revision != savedRevision;
  }
}
