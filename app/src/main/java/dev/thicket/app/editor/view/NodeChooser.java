package dev.thicket.app.editor.view;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A dialog that picks a node: a filter field (matches id or title, ignoring case) over the list
 * of nodes; Enter or OK takes the selected one, or the first left by the filter.
 */
final class NodeChooser {
  private NodeChooser() {}

  static Optional<String> ask(Window owner, String heading, Map<String, String> titles) {
    FilteredList<String> ids = new FilteredList<>(
        FXCollections.observableArrayList(List.copyOf(titles.keySet())));
    ListView<String> list = new ListView<>(ids);
    list.setId("link-choices");
    list.setPrefHeight(260);
    list.setCellFactory(view -> new ListCell<>() {
      @Override
      protected void updateItem(String id, boolean empty) {
        super.updateItem(id, empty);
        setText(empty || id == null ? null : titles.get(id) + "  (" + id + ")");
      }
    });
    TextField filter = new TextField();
    filter.setId("link-filter");
    filter.setPromptText("id or title");
    filter.textProperty().addListener((observable, before, text) -> {
      String needle = text.strip().toLowerCase(Locale.ROOT);
      ids.setPredicate(id -> (id + "\n" + titles.get(id)).toLowerCase(Locale.ROOT)
          .contains(needle));
      list.getSelectionModel().selectFirst();
    });
    filter.setOnKeyPressed(event -> {
      if (event.getCode() == KeyCode.DOWN) {
        list.requestFocus();
        event.consume();
      }
    });
    Dialog<String> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(heading);
    dialog.setHeaderText(heading);
    dialog.getDialogPane().setId("link-dialog");
    dialog.getDialogPane().setContent(new VBox(6, filter, list));
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    list.getSelectionModel().selectFirst();
    dialog.setResultConverter(button -> button != ButtonType.OK ? null
        : list.getSelectionModel().getSelectedItem() != null
            ? list.getSelectionModel().getSelectedItem() : ids.isEmpty() ? null : ids.get(0));
    dialog.setOnShown(event -> javafx.application.Platform.runLater(filter::requestFocus));
    return dialog.showAndWait();
  }
}
