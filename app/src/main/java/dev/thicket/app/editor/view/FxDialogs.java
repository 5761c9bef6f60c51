package dev.thicket.app.editor.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link Dialogs} with JavaFX alerts and file choosers, owned by the editor's window. */
public class FxDialogs implements Dialogs {
  public static final ButtonType SAVE = new ButtonType("Save", ButtonData.YES);
  public static final ButtonType DISCARD = new ButtonType("Discard", ButtonData.NO);
  public static final ButtonType RECOVER = new ButtonType("Recover", ButtonData.YES);

  private final Window owner;

  public FxDialogs(Window owner) {
    this.owner = owner;
  }

  @Override
  public Unsaved askUnsaved(String name) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
        "Save the changes to " + name + " before closing it?", SAVE, DISCARD, ButtonType.CANCEL);
    alert.setHeaderText("Unsaved changes");
    alert.initOwner(owner);
    alert.getDialogPane().setId("unsaved-dialog");
    ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
    return answer == SAVE ? Unsaved.SAVE : answer == DISCARD ? Unsaved.DISCARD : Unsaved.CANCEL;
  }

  @Override
  public Optional<String> chooseNode(String heading, java.util.Map<String, String> titles) {
    return NodeChooser.ask(owner, heading, titles);
  }

  @Override
  public Optional<String> askRevision(String fileName) {
    javafx.scene.control.TextInputDialog dialog =
        new javafx.scene.control.TextInputDialog("HEAD");
    dialog.setHeaderText("Compare with a git revision of " + fileName);
    dialog.setContentText("Revision (HEAD, HEAD~1, a branch):");
    dialog.initOwner(owner);
    dialog.getDialogPane().setId("revision-dialog");
    return dialog.showAndWait().map(String::strip).filter(revision -> !revision.isEmpty());
  }

  @Override
  public boolean askRecover(String name, String when) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Thicket kept unsaved changes of "
        + name + " (autosaved " + when + "). Recover them?", RECOVER, DISCARD);
    alert.setHeaderText("Recover unsaved changes");
    alert.initOwner(owner);
    alert.getDialogPane().setId("recover-dialog");
    return alert.showAndWait().orElse(DISCARD) == RECOVER;
  }

  @Override
  public boolean confirmDelete(String title, int nodes) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Delete '" + title + "' and the "
        + (nodes - 1) + " node(s) below it?", ButtonType.OK, ButtonType.CANCEL);
    alert.setHeaderText("Delete a subtree");
    alert.initOwner(owner);
    alert.getDialogPane().setId("delete-dialog");
    return alert.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
  }

  @Override
  public void showProblems(String heading, List<String> lines) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.setHeaderText(heading);
    alert.initOwner(owner);
    TextArea text = new TextArea(String.join("\n", lines));
    text.setId("problem-lines");
    text.setEditable(false);
    text.setWrapText(true);
    alert.getDialogPane().setContent(text);
    alert.getDialogPane().setId("problems-dialog");
    alert.showAndWait();
  }

  @Override
  public void showError(String message) {
    Alert alert = new Alert(Alert.AlertType.ERROR, message);
    alert.initOwner(owner);
    alert.showAndWait();
  }

  @Override
  public Optional<Path> chooseOpen(Path directory) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open an attack tree");
    if (directory != null && directory.toFile().isDirectory()) {
      chooser.setInitialDirectory(directory.toFile());
    }
    chooser.getExtensionFilters().addAll(
        new FileChooser.ExtensionFilter("Attack trees (YAML, MEF, ADTool)", "*.yaml", "*.yml",
            "*.xml"),
        new FileChooser.ExtensionFilter("All files", "*"));
    File file = chooser.showOpenDialog(owner);
    return Optional.ofNullable(file).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseSave(Path suggestion, String description, String extension) {
    FileChooser chooser = new FileChooser();
    chooser.getExtensionFilters().add(
        new FileChooser.ExtensionFilter(description, "*." + extension));
    if (suggestion != null) {
      Path parent = suggestion.toAbsolutePath().getParent();
      if (parent != null && parent.toFile().isDirectory()) {
        chooser.setInitialDirectory(parent.toFile());
      }
      chooser.setInitialFileName(suggestion.getFileName().toString());
    }
    File file = chooser.showSaveDialog(owner);
    return Optional.ofNullable(file).map(File::toPath);
  }
}
