package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.CompareViewModel;
import dev.thicket.app.editor.viewmodel.CompareViewModel.RiskRow;
import dev.thicket.app.editor.viewmodel.CompareViewModel.ShareRow;
import dev.thicket.app.editor.viewmodel.DocumentViewModel;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * File → Compare with…: a read-only window with the diff of the open tree against a chosen file
 * (risk per mode, why the residual risk moved, the changes); it binds {@link CompareViewModel}.
 */
final class CompareWindow {
  /** A daemon thread per comparison: closing the editor does not wait for one. */
  private static final Executor WORKER = work -> {
    Thread thread = new Thread(work, "thicket-compare");
    thread.setDaemon(true);
    thread.start();
  };

  private CompareWindow() {}

  /** Asks for a file and shows the open tree's diff against it. */
  static void chooseAndShow(MainWindow window, FileActions files) {
    files.chooseFile().ifPresent(other -> show(window, new CompareViewModel(
        window.document().tree(), openName(window.document()), other, WORKER,
        Platform::runLater)));
  }

  private static String openName(DocumentViewModel document) {
    Path file = document.fileProperty().get();
    String name = file == null ? "new tree" : String.valueOf(file.getFileName());
    return document.dirtyProperty().get() ? name + " (unsaved)" : name;
  }

  static Stage show(MainWindow window, CompareViewModel model) {
    Label summary = new Label();
    summary.setId("compare-summary");
    summary.setWrapText(true);
    summary.textProperty().bind(model.summaryProperty());
    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(18, 18);
    progress.visibleProperty().bind(model.runningProperty());
    progress.managedProperty().bind(model.runningProperty());

    TableView<RiskRow> risk = table(model.risk(), "compare-risk");
    risk.getColumns().add(column("mode", RiskRow::mode, 90));
    risk.getColumns().add(column("probability", RiskRow::probability, 190));
    risk.getColumns().add(column("risk", RiskRow::risk, 190));
    risk.setFixedCellSize(26);
    risk.setPrefHeight(26 * (1 + 3) + 8); // header and one row per mode
    risk.setMinHeight(Region.USE_PREF_SIZE);
    TableView<ShareRow> shares = table(model.shares(), "compare-shares");
    shares.getColumns().add(column("share", ShareRow::share, 90));
    shares.getColumns().add(column("change", ShareRow::change, 520));
    ListView<String> changes = new ListView<>(model.changes());
    changes.setId("compare-changes");

    VBox content = new VBox(8, new HBox(8, progress, summary), risk,
        new Label("Why the residual risk moved"), shares, new Label("Changes"), changes);
    content.setPadding(new Insets(12));
    VBox.setVgrow(shares, Priority.ALWAYS);
    VBox.setVgrow(changes, Priority.ALWAYS);

    Stage stage = new Stage();
    stage.initOwner(window.scene().getWindow());
    stage.setTitle(model.title());
    Scene scene = new Scene(content, 720, 560);
    scene.getStylesheets().setAll(window.scene().getStylesheets());
    stage.setScene(scene);
    stage.show();
    return stage;
  }

  private static <T> TableView<T> table(ObservableList<T> rows, String id) {
    TableView<T> table = new TableView<>(rows);
    table.setId(id);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label(""));
    return table;
  }

  private static <T> TableColumn<T, String> column(String title, Function<T, String> value,
      double width) {
    TableColumn<T, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    column.setPrefWidth(width);
    column.setSortable(false);
    return column;
  }
}
