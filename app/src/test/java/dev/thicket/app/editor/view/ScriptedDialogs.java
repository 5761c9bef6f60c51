package dev.thicket.app.editor.view;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Real alerts, but file choosers and the revision question that answer with queued values (no
 * desktop needed).
 */
final class ScriptedDialogs extends FxDialogs {
  final Deque<Path> toOpen = new ArrayDeque<>();
  final Deque<Path> toSave = new ArrayDeque<>();
  final Deque<String> revisions = new ArrayDeque<>();

  ScriptedDialogs(Window owner) {
    super(owner);
  }

  @Override
  public Optional<Path> chooseOpen(Path directory) {
    return Optional.ofNullable(toOpen.poll());
  }

  @Override
  public Optional<String> askRevision(String fileName) {
    return Optional.ofNullable(revisions.poll());
  }

  @Override
  public Optional<Path> chooseSave(Path suggestion, String description, String extension) {
    return Optional.ofNullable(toSave.poll());
  }
}
