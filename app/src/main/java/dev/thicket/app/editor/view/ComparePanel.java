package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.CardChanges;
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

/**
 * File → Compare with…: the Changes panel under the canvas (residual risk before → after, risk per
 * mode, why the residual risk moved, the changes; a row selects and reveals its node) while the
 * canvas outlines the cards ({@link TreeCanvasView#comparisonProperty}). Shown only while
 * comparing; one comparison per window at a time. End comparing, Esc (here or on the canvas) or
 * opening another file ends it and removes every outline. Binds {@link CompareViewModel}.
 */
final class ComparePanel extends VBox {
  private final MainWindow window;
  private CompareViewModel model;

  ComparePanel(MainWindow window) {
    this.window = window;
    setId("compare-panel");
    getStyleClass().add("compare-panel"); // its height, in em, is in thicket.css
    setPadding(new Insets(8, 12, 8, 12));
    setSpacing(6);
    showing(false);
    addEventHandler(KeyEvent.KEY_PRESSED, event -> {
      if (event.getCode() == KeyCode.ESCAPE) {
        end();
        event.consume();
      }
    });
    window.document().fileProperty().addListener((observable, before, after) -> end());
  }

  private void showing(boolean on) {
    setVisible(on);
    setManaged(on);
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

  /** Ends the comparison: no outlines, no panel. */
  void end() {
    if (model == null) {
      return;
    }
    CompareViewModel ended = model;
    model = null;
    ended.end();
    window.canvas().comparisonProperty().unbind();
    window.canvas().comparisonProperty().set(null);
    getChildren().clear();
    showing(false);
    window.canvas().canvas().requestFocus();
  }

  private void start(CompareSource other) {
    end();
    CompareViewModel started = new CompareViewModel(window.document().treeProperty(),
        openName(window.document()), other, Platform::runLater);
    model = started;
    window.canvas().comparisonProperty().bind(started.cardsProperty());
    // the first outlines: the whole tree in view, ghosts included
    started.cardsProperty().addListener(new javafx.beans.value.ChangeListener<>() {
      @Override
      public void changed(javafx.beans.value.ObservableValue<? extends CardChanges> observable,
          CardChanges before, CardChanges after) {
        if (after != null) {
          started.cardsProperty().removeListener(this);
          fitWithPanelShown();
        }
      }
    });
    build(started);
    showing(true);
  }

  /**
   * Fits the whole tree into the canvas as it is with the panel shown: the diff can land before
   * the pulse that shrinks the canvas for the panel, and a fit to the taller canvas would leave
   * the bottom row out of sight.
   */
  private void fitWithPanelShown() {
    javafx.scene.Parent root = window.scene().getRoot();
    root.applyCss();
    root.layout();
    window.canvas().fit();
  }

  private static String openName(DocumentViewModel document) {
    Path file = document.fileProperty().get();
    String name = file == null ? "new tree" : String.valueOf(file.getFileName());
    return document.dirtyProperty().get() ? name + " (unsaved)" : name;
  }

  /**
   * Selects the row's node on the canvas (revealed, collapsed parents opened); a removed node's
   * ghost is only shown.
   */
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

  private void build(CompareViewModel shown) {
    Label title = new Label(shown.title());
    title.getStyleClass().add("compare-title");
    Label summary = new Label();
    summary.setId("compare-summary");
    summary.textProperty().bind(shown.summaryProperty());
    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(18, 18);
    progress.visibleProperty().bind(shown.runningProperty());
    progress.managedProperty().bind(shown.runningProperty());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    Button end = new Button("End comparing (Esc)");
    end.setId("compare-end");
    end.setOnAction(event -> end());
    HBox top = new HBox(10, title, progress, summary, gap, end);
    top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

    TableView<RiskRow> risk = table(shown.risk(), "compare-risk");
    risk.getColumns().add(column("mode", RiskRow::mode, 80));
    risk.getColumns().add(column("probability", RiskRow::probability, 170));
    risk.getColumns().add(column("risk", RiskRow::risk, 170));
    risk.setFixedCellSize(24);
    risk.setPrefHeight(24 * (1 + 3) + 6); // header and one row per mode
    risk.setMinHeight(Region.USE_PREF_SIZE);
    risk.setMaxHeight(Region.USE_PREF_SIZE);
    TableView<ShareRow> shares = table(shown.shares(), "compare-shares");
    shares.getColumns().add(column("share", ShareRow::share, 80));
    shares.getColumns().add(column("why the residual risk moved", ShareRow::change, 340));
    VBox numbers = new VBox(6, risk, shares);
    VBox.setVgrow(shares, Priority.ALWAYS);
    ListView<ChangeRow> changes = new ListView<>(shown.changes());
    changes.setId("compare-changes");
    changes.setPlaceholder(new Label("No change in meaning."));
    changes.getSelectionModel().selectedItemProperty().addListener(
        (observable, before, after) -> select(after));
    Label changesHeading = new Label("Changes (a row selects its card)");
    VBox list = new VBox(4, changesHeading, changes);
    VBox.setVgrow(changes, Priority.ALWAYS);
    HBox columns = new HBox(10, numbers, list);
    HBox.setHgrow(numbers, Priority.ALWAYS);
    HBox.setHgrow(list, Priority.ALWAYS);
    numbers.setPrefWidth(1);
    list.setPrefWidth(1);
    VBox.setVgrow(columns, Priority.ALWAYS);
    getChildren().setAll(top, columns);
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
