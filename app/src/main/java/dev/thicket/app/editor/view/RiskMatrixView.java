package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.ResultsViewModel;
import dev.thicket.exports.report.HeatScale;
import dev.thicket.exports.report.RiskMatrix;
import dev.thicket.exports.report.RiskMatrix.Level;
import dev.thicket.model.score.RiskBands;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The risk matrix of the listed scenarios: likelihood levels as rows (highest on top), impact
 * levels as columns, each cell coloured by the risk band of likelihood × impact and holding the
 * ranks of the scenarios in it. Clicking a cell selects its first scenario; the cell of the
 * selected scenario is outlined. The cells share the panel's width, for a room to read.
 */
final class RiskMatrixView extends GridPane {
  private final ResultsViewModel model;

  RiskMatrixView(ResultsViewModel model) {
    this.model = model;
    setId("risk-matrix");
    setHgap(2);
    setVgap(2);
    // the matrix is published just before the shown tree it belongs to
    model.shownProperty().addListener((observable, before, scored) ->
        show(model.riskMatrixProperty().get()));
    model.selectedScenarioProperty().addListener((observable, before, after) ->
        show(model.riskMatrixProperty().get()));
    show(model.riskMatrixProperty().get());
  }

  private void show(RiskMatrix matrix) {
    getChildren().clear();
    getColumnConstraints().clear();
    if (matrix == null || model.shownProperty().get() == null) {
      return;
    }
    RiskBands bands = model.shownProperty().get().bands();
    List<Level> rows = matrix.likelihood();
    List<Level> columns = matrix.impact();
    ColumnConstraints names = new ColumnConstraints();
    names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // cells give way, not names
    getColumnConstraints().add(names);
    for (int column = 0; column < columns.size(); column++) {
      ColumnConstraints share = new ColumnConstraints(58, 90, Double.MAX_VALUE);
      share.setHgrow(Priority.ALWAYS);
      share.setHalignment(HPos.CENTER);
      getColumnConstraints().add(share);
    }
    add(axis("likelihood ↑"), 0, 0);
    for (int row = 0; row < rows.size(); row++) {
      int gridRow = rows.size() - row;
      Label name = axis(rows.get(row).name());
      GridPane.setHalignment(name, HPos.RIGHT);
      add(name, 0, gridRow);
      for (int column = 0; column < columns.size(); column++) {
        add(cell(matrix, row, column, bands), column + 1, gridRow);
      }
    }
    for (int column = 0; column < columns.size(); column++) {
      add(axis(columns.get(column).name()), column + 1, rows.size() + 1);
    }
    Label impact = axis("impact →");
    GridPane.setHalignment(impact, HPos.CENTER);
    add(impact, 1, rows.size() + 2, columns.size(), 1);
  }

  private Label cell(RiskMatrix matrix, int row, int column, RiskBands bands) {
    List<Integer> ranks = matrix.ranks(row, column);
    String all = ranks.stream().map(String::valueOf).collect(Collectors.joining(" "));
    Label cell = new Label(ranks.size() > 4 ? ranks.size() + " scenarios" : all);
    cell.setId("risk-cell-" + row + "-" + column);
    cell.setAlignment(Pos.CENTER);
    cell.setMinSize(58, 40);
    cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    double risk = matrix.likelihood().get(row).value() * matrix.impact().get(column).value();
    boolean selected = ranks.contains(model.selectedScenarioProperty().get() + 1);
    cell.setStyle("-fx-background-color: " + HeatScale.COLOURS.get(bands.band(risk))
        + "; -fx-text-fill: #111111;"
        + " -fx-font-weight: bold;" + (selected
            ? " -fx-border-color: #1565c0; -fx-border-width: 3;" : ""));
    if (!ranks.isEmpty()) {
      cell.setTooltip(new Tooltip("Scenarios " + all));
      cell.setOnMouseClicked(event -> model.chooseScenario(ranks.get(0) - 1));
    }
    return cell;
  }

  private static Label axis(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("status");
    return label;
  }
}
