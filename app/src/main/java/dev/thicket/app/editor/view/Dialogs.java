package dev.thicket.app.editor.view;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The questions the editor asks the user; replaceable in tests (file choosers need a desktop). */
public interface Dialogs {
  /** The answer to "save the changes?". */
  enum Unsaved { SAVE, DISCARD, CANCEL }

  Unsaved askUnsaved(String name);

  boolean confirmDelete(String title, int nodes);

  /** "Recover the unsaved changes of NAME autosaved at WHEN?": true to recover, false to discard. */
  boolean askRecover(String name, String when);

  /** Shows a file's {@code file:line:col: message} lines. */
  void showProblems(String heading, List<String> lines);

  void showError(String message);

  /**
   * Asks for one of {@code titles}' keys (node ids), filtered by what the user types against id
   * and title; empty when cancelled.
   */
  Optional<String> chooseNode(String heading, java.util.Map<String, String> titles);

  Optional<Path> chooseOpen(Path directory);

  /**
   * File → Compare with → A git revision of this file: the revision (HEAD, HEAD~1, a branch);
   * empty when cancelled.
   */
  Optional<String> askRevision(String fileName);

  Optional<Path> chooseSave(Path suggestion, String description, String extension);
}
