package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.Autosave;
import dev.thicket.app.editor.viewmodel.DocumentViewModel;
import dev.thicket.app.editor.viewmodel.PlanViewModel;
import dev.thicket.app.editor.viewmodel.UncertaintyViewModel;
import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.app.editor.viewmodel.ResultsViewModel;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.TreeFileProblem;
import dev.thicket.model.io.formats.TreeFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The File menu's verbs: open, save, export, and the unsaved-changes question before a switch. */
public final class FileActions {
  /** The report formats of File → Export. */
  public enum Export { MARKDOWN, PDF, SVG }

  private final DocumentViewModel document;
  private final RecentFiles recent;
  private final Supplier<Dialogs> dialogs;
  private final Autosave autosave;
  private final ReportExport export;

  /**
   * @param results the window's results, whose scored tree Export writes
   * @param plans the Plan tab's plans, whose front Export writes
   * @param uncertainty the Uncertainty tab's run, which Export writes for a tree with ranges
   */
  public FileActions(DocumentViewModel document, RecentFiles recent, Supplier<Dialogs> dialogs,
      ResultsViewModel results, PlanViewModel plans, UncertaintyViewModel uncertainty,
      Autosave autosave) {
    this.document = document;
    this.autosave = autosave;
    this.recent = recent;
    this.dialogs = dialogs;
    this.export = new ReportExport(document, dialogs, results, plans, uncertainty);
  }

  /**
   * Asks Save / Discard / Cancel when there are unsaved changes; true when the caller may go on
   * (saved, discarded, or nothing to save).
   */
  public boolean mayDiscard() {
    if (!document.dirtyProperty().get()) {
      return true;
    }
    Path file = document.fileProperty().get();
    return switch (dialogs.get().askUnsaved(file == null ? "the new tree"
        : file.getFileName().toString())) {
      case SAVE -> save();
      case DISCARD -> {
        autosave.discard();
        yield true;
      }
      case CANCEL -> false;
    };
  }

  public void newTree() {
    if (mayDiscard()) {
      document.newTree();
    }
  }

  /** Asks for a file and opens it. */
  public void openChosen() {
    chooseFile().ifPresent(this::open);
  }

  /** Asks for a tree file, starting in the open file's folder. */
  public Optional<Path> chooseFile() {
    Path file = document.fileProperty().get();
    return dialogs.get().chooseOpen(file == null ? null : file.toAbsolutePath().getParent());
  }

  /** Opens {@code file} after the unsaved-changes question; problems shown, old tree kept. */
  public boolean open(Path file) {
    if (!mayDiscard()) {
      return false;
    }
    List<TreeFileProblem> problems = document.open(file);
    if (!problems.isEmpty()) {
      dialogs.get().showProblems("Cannot open " + file.getFileName() + ": the tree that is open "
          + "stays open", problems.stream().map(TreeFileProblem::toString).toList());
      return false;
    }
    recent.add(file);
    offerRecovery();
    return true;
  }

  /**
   * When the open file has an autosave copy newer than itself (left by a crash), asks whether to
   * recover it: yes replaces the tree by the copy as one undoable edit, no deletes the copy.
   */
  public void offerRecovery() {
    Path file = document.fileProperty().get();
    Optional<Path> copy = file == null ? Optional.empty() : Autosave.newerCopy(file);
    if (copy.isEmpty()) {
      return;
    }
    String when;
    try {
      when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(LocalDateTime.ofInstant(
          Files.getLastModifiedTime(copy.get()).toInstant(), ZoneId.systemDefault()));
    } catch (IOException e) {
      when = "earlier";
    }
    if (!dialogs.get().askRecover(file.getFileName().toString(), when)) {
      Autosave.delete(copy.get());
      return;
    }
    try {
      document.recover(TreeFiles.read(List.of(copy.get())));
    } catch (TreeFileException invalid) {
      dialogs.get().showProblems("Cannot recover " + copy.get().getFileName(), invalid.problems()
          .stream().map(TreeFileProblem::toString).toList());
    }
  }

  /** Whether a drop of {@code files} can be opened: exactly one .yaml, .yml or .xml file. */
  public static boolean canOpenDropped(List<Path> files) {
    return files.size() == 1
        && files.get(0).getFileName().toString().matches("(?i).*\\.(ya?ml|xml)");
  }

  /**
   * Opens a file dropped on the window, as Open does (unsaved-changes question, problems shown
   * with their lines, old tree kept); false when the drop is refused or not opened.
   */
  public boolean openDropped(List<Path> files) {
    return canOpenDropped(files) && open(files.get(0));
  }

  /** Saves to the document's file, or asks for one; false when not saved. */
  public boolean save() {
    Path file = document.fileProperty().get();
    if (file == null || !file.getFileName().toString().matches("(?i).*\\.ya?ml")) {
      return saveAs();
    }
    return saveTo(file);
  }

  public boolean saveAs() {
    Path file = document.fileProperty().get();
    Path suggestion = file == null ? Path.of("attack-tree.yaml")
        : file.resolveSibling(file.getFileName().toString().replaceAll("\\.[^.]*$", "")
            + ".yaml");
    return dialogs.get().chooseSave(suggestion, "Attack tree (YAML)", "yaml")
        .map(this::saveTo).orElse(false);
  }

  private boolean saveTo(Path file) {
    try {
      document.saveAs(file);
      recent.add(file);
      return true;
    } catch (IOException e) {
      dialogs.get().showError("Cannot save " + file + ": " + e.getMessage());
      return false;
    }
  }

  /**
   * Asks for a file and writes the report of what the window shows in {@code format}, off the UI
   * thread ({@link ReportExport}); writes nothing, with the reason in the status bar, while there
   * is no such report yet.
   */
  public void export(Export format) {
    export.export(format);
  }

  /** File → Export's runs: what the report would be, whether one is being written. */
  ReportExport exports() {
    return export;
  }
}
