package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.LibraryViewModel;
import dev.thicket.app.editor.viewmodel.LibraryViewModel.OutlineLine;
import dev.thicket.model.library.AttackPattern;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Edit → Insert from library… (Ctrl+I): a search field over the list of patterns, and a preview
 * of the chosen one (title, description, steps, references). Enter or OK inserts it under the
 * selected node; the view only binds {@link LibraryViewModel}.
 */
final class LibraryDialog {
  private LibraryDialog() {}

  /** Shows the dialog and, on OK, inserts the chosen pattern. */
  static void show(Window owner, LibraryViewModel model) {
    TextField filter = new TextField();
    filter.setId("library-filter");
    filter.setPromptText("search: title, step, CAPEC or ATT&CK id");
    filter.textProperty().bindBidirectional(model.filterProperty());

    ListView<AttackPattern> list = patternList(model);
    filter.setOnKeyPressed(event -> {
      if (event.getCode() == KeyCode.DOWN) {
        list.requestFocus();
        event.consume();
      }
    });

    BorderPane content = new BorderPane(preview(model), filter, null, null, list);
    BorderPane.setMargin(filter, new Insets(0, 0, 8, 0));
    BorderPane.setMargin(list, new Insets(0, 12, 0, 0));

    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Insert from library");
    dialog.setHeaderText("Insert an attack pattern under the selected node");
    dialog.setResizable(true);
    dialog.getDialogPane().setId("library-dialog");
    DialogLook.follow(dialog.getDialogPane(), owner);
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
        .bind(model.chosenProperty().isNull());
    dialog.setOnShown(event -> {
      DialogLook.fitScreen(dialog);
      Platform.runLater(filter::requestFocus);
    });
    if (dialog.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
      model.insert();
    }
  }

  /** The filtered patterns, two lines each (title, id); its selection follows the chosen one. */
  private static ListView<AttackPattern> patternList(LibraryViewModel model) {
    ListView<AttackPattern> list = new ListView<>(model.patterns());
    list.setId("library-patterns");
    list.setStyle("-fx-pref-width: 22em;"); // em: grows with View → Bigger text
    list.setCellFactory(view -> new ListCell<>() {
      @Override
      protected void updateItem(AttackPattern pattern, boolean empty) {
        super.updateItem(pattern, empty);
        setText(empty || pattern == null ? null : pattern.title() + "\n" + pattern.id());
        setWrapText(true);
        setPrefWidth(0); // wrap at the list's width instead of widening it
      }
    });
    list.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
      if (after != null) {
        model.chosenProperty().set(after);
      }
    });
    Runnable selectChosen = () -> {
      AttackPattern chosen = model.chosenProperty().get();
      if (chosen != null && list.getSelectionModel().getSelectedItem() != chosen) {
        list.getSelectionModel().select(chosen);
      }
    };
    model.chosenProperty().addListener(observable -> selectChosen.run());
    model.patterns().addListener((ListChangeListener<AttackPattern>) change -> selectChosen.run());
    selectChosen.run();
    return list;
  }

  private static VBox preview(LibraryViewModel model) {
    Label title = new Label();
    title.setId("library-preview-title");
    title.setWrapText(true);
    title.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
    Label summary = new Label();
    Label description = new Label();
    description.setWrapText(true);
    TreeView<String> steps = new TreeView<>();
    steps.setId("library-preview-steps");
    steps.setShowRoot(true);
    steps.setStyle("-fx-pref-width: 50em; -fx-pref-height: 24em;");
    VBox.setVgrow(steps, Priority.ALWAYS);
    Label references = new Label();
    references.setId("library-preview-references");
    references.setWrapText(true);
    Runnable show = () -> {
      AttackPattern pattern = model.chosenProperty().get();
      title.setText(pattern == null ? "No pattern matches" : pattern.title());
      summary.setText(pattern == null ? "" : pattern.id() + " · "
          + LibraryViewModel.summary(pattern));
      description.setText(pattern == null ? "" : pattern.description());
      steps.setRoot(pattern == null ? null : outline(pattern));
      references.setText(pattern == null ? "" : "References: "
          + String.join(", ", pattern.references()));
    };
    model.chosenProperty().addListener((observable, before, after) -> show.run());
    show.run();
    for (Label label : new Label[] {title, summary, description, references}) {
      // as wide as the steps, wrapped (not one long line), and the steps give way, never a text
      label.setMinWidth(0);
      label.setPrefWidth(0);
      label.setMaxWidth(Double.MAX_VALUE);
      label.setMinHeight(Region.USE_PREF_SIZE);
    }
    return new VBox(6, title, summary, description, steps, references);
  }

  /** The outline as an expanded tree: each line under the nearest line above it one level up. */
  private static TreeItem<String> outline(AttackPattern pattern) {
    Deque<TreeItem<String>> path = new ArrayDeque<>();
    TreeItem<String> root = null;
    for (OutlineLine line : LibraryViewModel.outline(pattern)) {
      TreeItem<String> item = new TreeItem<>(line.text());
      item.setExpanded(true);
      while (path.size() > line.depth()) {
        path.pop();
      }
      if (path.isEmpty()) {
        root = item;
      } else {
        path.peek().getChildren().add(item);
      }
      path.push(item);
    }
    return root;
  }
}
