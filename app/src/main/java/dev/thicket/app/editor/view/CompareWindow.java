package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.CompareSource;
import dev.thicket.app.editor.viewmodel.CompareViewModel;
import dev.thicket.app.editor.viewmodel.CompareViewModel.ChangeRow;
import dev.thicket.app.editor.viewmodel.CompareViewModel.RiskRow;
import dev.thicket.app.editor.viewmodel.CompareViewModel.ShareRow;
import dev.thicket.app.editor.viewmodel.DocumentViewModel;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * File → Compare with…: the Changes window beside the main one (risk per mode, why the residual
 * risk moved, the changes; a row selects and reveals its node) while the canvas outlines the
 * cards ({@link TreeCanvasView#comparisonProperty}). One comparison per main window at a time;
 * End comparing, Esc (here or on the canvas), closing this window or opening another file ends
 * it and removes every outline. Binds {@link CompareViewModel}.
 */
final class CompareWindow {
  private final MainWindow window;
  private CompareViewModel model;
  private Stage stage;

  CompareWindow(MainWindow window) {
    this.window = window;
    window.document().fileProperty().addListener((observable, before, after) -> end());
  }

  /** Asks for a file and compares the open tree with it. */
  void chooseFile(FileActions files) {
    files.chooseFile().ifPresent(file -> start(CompareSource.file(file)));
  }

  /** Asks for a git revision of the open file and compares the open tree with it. */
  void chooseRevision(Dialogs dialogs) {
    Path file = window.document().fileProperty().get();
    if (file == null) {
      dialogs.showError("Save the tree first: a git revision is read at the file's path.");
      return;
    }
    dialogs.askRevision(String.valueOf(file.getFileName()))
        .ifPresent(revision -> start(CompareSource.revision(revision, file)));
  }

  /** Whether a comparison is on (its outlines show). */
  boolean isComparing() {
    return model != null;
  }

  /** The comparison on, or null. */
  CompareViewModel model() {
    return model;
  }

  /** The Changes window, or null. */
  Stage stage() {
    return stage;
  }

  /** Ends the comparison: no outlines, no window. */
  void end() {
    if (model == null) {
      return;
    }
    CompareViewModel ended = model;
    model = null;
    ended.end();
    window.canvas().comparisonProperty().unbind();
    window.canvas().comparisonProperty().set(null);
    Stage shown = stage;
    stage = null;
    shown.close();
  }

  private void start(CompareSource other) {
    end();
    model = new CompareViewModel(window.document().treeProperty(), openName(window.document()),
        other, Platform::runLater);
    window.canvas().comparisonProperty().bind(model.cardsProperty());
    stage = show(model);
  }

  private static String openName(DocumentViewModel document) {
    Path file = document.fileProperty().get();
    String name = file == null ? "new tree" : String.valueOf(file.getFileName());
    return document.dirtyProperty().get() ? name + " (unsaved)" : name;
  }

  /** Selects the row's node on the canvas (revealed, collapsed parents opened); a ghost is only shown. */
  private void select(ChangeRow row) {
    if (row == null || row.nodeId() == null) {
      return;
    }
    String id = row.nodeId();
    if (window.document().tree().nodes().containsKey(id)) {
      window.collapsed().reveal(id);
      window.document().selectedProperty().set(id);
      window.canvas().revealSelected();
    } else {
      window.canvas().revealNode(id);
    }
  }

  private Stage show(CompareViewModel shown) {
    Label summary = new Label();
    summary.setId("compare-summary");
    summary.setWrapText(true);
    summary.textProperty().bind(shown.summaryProperty());
    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(18, 18);
    progress.visibleProperty().bind(shown.runningProperty());
    progress.managedProperty().bind(shown.runningProperty());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    Button end = new Button("End comparing");
    end.setId("compare-end");
    end.setOnAction(event -> end());

    TableView<RiskRow> risk = table(shown.risk(), "compare-risk");
    risk.getColumns().add(column("mode", RiskRow::mode, 90));
    risk.getColumns().add(column("probability", RiskRow::probability, 190));
    risk.getColumns().add(column("risk", RiskRow::risk, 190));
    risk.setFixedCellSize(26);
    risk.setPrefHeight(26 * (1 + 3) + 8); // header and one row per mode
    risk.setMinHeight(Region.USE_PREF_SIZE);
    TableView<ShareRow> shares = table(shown.shares(), "compare-shares");
    shares.getColumns().add(column("share", ShareRow::share, 90));
    shares.getColumns().add(column("change", ShareRow::change, 520));
    ListView<ChangeRow> changes = new ListView<>(shown.changes());
    changes.setId("compare-changes");
    changes.getSelectionModel().selectedItemProperty().addListener(
        (observable, before, after) -> select(after));

    VBox content = new VBox(8, new HBox(8, progress, summary, gap, end), risk,
        new Label("Why the residual risk moved"), shares,
        new Label("Changes (a row selects its card)"), changes);
    content.setPadding(new Insets(12));
    VBox.setVgrow(shares, Priority.ALWAYS);
    VBox.setVgrow(changes, Priority.ALWAYS);

    Stage shownStage = new Stage();
    shownStage.initOwner(window.scene().getWindow());
    shownStage.setTitle(shown.title());
    Scene scene = new Scene(content, 720, 560);
    scene.getStylesheets().setAll(window.scene().getStylesheets());
    scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
      if (event.getCode() == KeyCode.ESCAPE) {
        end();
        event.consume();
      }
    });
    shownStage.setScene(scene);
    shownStage.setOnHidden(event -> {
      if (model == shown) {
        end();
      }
    });
    shownStage.show();
    return shownStage;
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
