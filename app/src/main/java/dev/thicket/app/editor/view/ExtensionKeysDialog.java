package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.DocumentViewModel;
import dev.thicket.app.editor.viewmodel.NodeField;
import dev.thicket.app.editor.viewmodel.NodePanelViewModel;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Edit → x- keys… (Ctrl+Shift+X): the selected node's keys of your own ({@code x-owner: Ada}),
 * kept in the file and shown nowhere else, as YAML lines. OK applies them as one undoable edit,
 * by the file's rules; a refused text keeps the dialog open with the reason under it.
 */
final class ExtensionKeysDialog {
  private ExtensionKeysDialog() {}

  static void show(Window owner, NodePanelViewModel model, DocumentViewModel document) {
    String id = document.selectedProperty().get();
    if (id == null) {
      document.showMessage("Select a node to see or edit its x- keys");
      return;
    }
    TextArea lines = new TextArea(model.textProperty(NodeField.EXTENSIONS).get());
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
    error.textProperty().bind(model.errorProperty(NodeField.EXTENSIONS));
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("x- keys");
    dialog.setHeaderText("x- keys of " + id);
    dialog.setResizable(true);
    dialog.getDialogPane().setId("extension-keys-dialog");
    DialogLook.follow(dialog.getDialogPane(), owner);
    dialog.getDialogPane().setContent(new VBox(6, hint, lines, error));
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION,
        event -> {
          model.textProperty(NodeField.EXTENSIONS).set(lines.getText());
          if (!model.commit(NodeField.EXTENSIONS)) {
            event.consume(); // refused: the reason shows under the lines
          }
        });
    dialog.setOnShown(event -> {
      DialogLook.fitScreen(dialog);
      Platform.runLater(lines::requestFocus);
    });
    dialog.showAndWait();
    model.load(); // a cancelled text and its error go
  }
}
