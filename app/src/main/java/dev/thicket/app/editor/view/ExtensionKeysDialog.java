package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.DocumentViewModel;
import dev.thicket.app.editor.viewmodel.MitigationsViewModel;
import dev.thicket.app.editor.viewmodel.NodeField;
import dev.thicket.app.editor.viewmodel.NodePanelViewModel;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The keys of your own ({@code x-owner: Ada}) of a node (Edit → x- keys…, Ctrl+Shift+X) or of a
 * mitigation (Edit → Mitigation x- keys…, or its row's menu in the Mitigations tab), kept in the
 * file and shown nowhere else, as YAML lines. OK applies them as one undoable edit, by the file's
 * rules; a refused text keeps the dialog open with the reason under it.
 */
final class ExtensionKeysDialog {
  private ExtensionKeysDialog() {}

  /** The selected node's keys. */
  static void show(Window owner, NodePanelViewModel model, DocumentViewModel document) {
    String id = document.selectedProperty().get();
    if (id == null) {
      document.showMessage("Select a node to see or edit its x- keys");
      return;
    }
    show(owner, id, model.textProperty(NodeField.EXTENSIONS).get(), text -> {
      model.textProperty(NodeField.EXTENSIONS).set(text);
      return model.commit(NodeField.EXTENSIONS) ? null
          : model.errorProperty(NodeField.EXTENSIONS).get();
    });
    model.load(); // a cancelled text and its error go
  }

  /** The selected mitigation's keys; false, and nothing shown, when none is selected. */
  static boolean show(Window owner, MitigationsViewModel model) {
    String id = model.selectedProperty().get();
    if (id == null) {
      return false;
    }
    show(owner, "mitigation " + id, model.extensionsText(),
        text -> model.changeExtensions(text) ? null : model.errorProperty().get());
    return true;
  }

  /**
   * Shows {@code text}, the keys of {@code subject}; OK hands the edited text to {@code apply},
   * which returns null when it is taken, else why not.
   */
  private static void show(Window owner, String subject, String text,
      Function<String, String> apply) {
    TextArea lines = new TextArea(text);
    lines.setId("extension-keys");
    lines.setPrefRowCount(8);
    lines.setPrefColumnCount(48);
    lines.setPromptText("x-owner: Ada\nx-tickets: [KERAS-12, KERAS-14]");
    Label hint = new Label("One key per line, as in the file; a key of your own starts with x-. "
        + "Thicket keeps them and does not read them (docs/format.md).");
    hint.setWrapText(true);
    Label error = new Label();
    error.setId("extension-keys-error");
    error.getStyleClass().add("field-error");
    error.setWrapText(true);
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("x- keys");
    dialog.setHeaderText("x- keys of " + subject);
    dialog.setResizable(true);
    dialog.getDialogPane().setId("extension-keys-dialog");
    DialogLook.follow(dialog.getDialogPane(), owner);
    dialog.getDialogPane().setContent(new VBox(6, hint, lines, error));
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION,
        event -> {
          String refused = apply.apply(lines.getText());
          if (refused != null) {
            error.setText(refused);
            event.consume(); // refused: the reason shows under the lines
          }
        });
    dialog.setOnShown(event -> {
      DialogLook.fitScreen(dialog);
      Platform.runLater(lines::requestFocus);
    });
    dialog.showAndWait();
  }
}
