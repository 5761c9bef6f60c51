package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.ResultsViewModel;
import dev.thicket.exports.report.HeatScale;
import dev.thicket.exports.report.RiskMatrix;
import dev.thicket.exports.report.RiskMatrix.Level;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/**
 * The risk matrix of the listed scenarios: likelihood levels as rows (highest on top), impact
 * levels as columns, each cell coloured by the heat scale of likelihood × impact and holding the
 * ranks of the scenarios in it. Clicking a cell selects its first scenario.
 */
final class RiskMatrixView extends GridPane {
  private final ResultsViewModel model;

  RiskMatrixView(ResultsViewModel model) {
    this.model = model;
    setId("risk-matrix");
    setHgap(2);
    setVgap(2);
    // the matrix is published just before the result it belongs to
    model.resultProperty().addListener((observable, before, result) ->
        show(model.riskMatrixProperty().get()));
    show(model.riskMatrixProperty().get());
  }

  private void show(RiskMatrix matrix) {
    getChildren().clear();
    if (matrix == null || model.resultProperty().get() == null) {
      return;
    }
    HeatScale heat = new HeatScale(model.resultProperty().get().highRiskThreshold());
    List<Level> rows = matrix.likelihood();
    List<Level> columns = matrix.impact();
    for (int row = 0; row < rows.size(); row++) {
      int gridRow = rows.size() - 1 - row;
      add(axis(rows.get(row).name()), 0, gridRow);
      for (int column = 0; column < columns.size(); column++) {
        add(cell(matrix, row, column, heat), column + 1, gridRow);
      }
    }
    for (int column = 0; column < columns.size(); column++) {
      add(axis(columns.get(column).name()), column + 1, rows.size());
    }
    Label corner = axis("likelihood ↑  impact →");
    add(corner, 0, rows.size());
  }

  private Label cell(RiskMatrix matrix, int row, int column, HeatScale heat) {
    List<Integer> ranks = matrix.ranks(row, column);
    String all = ranks.stream().map(String::valueOf).collect(Collectors.joining(" "));
    Label cell = new Label(ranks.size() > 4 ? ranks.size() + " scenarios" : all);
    cell.setId("risk-cell-" + row + "-" + column);
    cell.setAlignment(Pos.CENTER);
    cell.setMinSize(58, 24);
    cell.setPrefWidth(58);
    cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    double risk = matrix.likelihood().get(row).value() * matrix.impact().get(column).value();
    cell.setStyle("-fx-background-color: " + heat.colour(risk) + "; -fx-text-fill: #111111;"
        + " -fx-font-size: 0.85em;");
    if (!ranks.isEmpty()) {
      cell.setTooltip(new Tooltip("Scenarios " + all));
      cell.setOnMouseClicked(event -> model.selectedScenarioProperty().set(ranks.get(0) - 1));
    }
    return cell;
  }

  private static Label axis(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("status");
    return label;
  }
}
