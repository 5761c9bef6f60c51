package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.UncertaintyViewModel;
import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.Spread;
import dev.thicket.model.analysis.UncertaintyResult;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Uncertainty tab: for a tree with three-point ranges, the residual risk's histogram with
 * P5, P50, P95 and the high-risk threshold ({@link RiskHistogram}), the spread of the risk in
 * each mode (mean, standard deviation, P5, P50, P95, share of samples at or above the high-risk
 * threshold) and the tornado of the estimates that move it most ({@link TornadoChart}); for a
 * tree without ranges, how to enter one.
 */
public final class UncertaintyView extends VBox {
  private final UncertaintyViewModel model;
  private final GridPane table = new GridPane();
  private final Label none = new Label();
  private final VBox shown;
  private final ToggleButton enlarge = new ToggleButton();

  public UncertaintyView(UncertaintyViewModel model) {
    this.model = model;
    getStyleClass().add("side-panel");
    setId("uncertainty-panel");
    Label heading = new Label("Uncertainty");
    heading.getStyleClass().add("panel-heading");
    heading.setMinWidth(Region.USE_PREF_SIZE);
    Label status = new Label();
    status.setId("uncertainty-status");
    status.getStyleClass().add("plan-status");
    status.textProperty().bind(model.statusProperty());
    status.managedProperty().bind(status.textProperty().isNotEmpty());
    enlarge.setId("uncertainty-enlarge");
    enlarge.setMinWidth(Region.USE_PREF_SIZE);
    enlarge.setTooltip(new Tooltip("Give this tab the side's whole height, folding the node "
        + "panel away (for a projector); again to bring the node panel back"));
    enlarge.textProperty().bind(enlarge.selectedProperty().map(on -> on ? "Node panel" : "Taller"));
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    // the Taller button only with something to enlarge
    enlarge.visibleProperty().bind(model.resultProperty().isNotNull());
    enlarge.visibleProperty().addListener((observable, before, visible) -> {
      if (!visible) {
        enlarge.setSelected(false);
      }
    });
    HBox headline = new HBox(8, heading, gap, enlarge);
    headline.setAlignment(Pos.CENTER_LEFT);
    none.setId("uncertainty-none");
    none.setWrapText(true);
    none.setMinHeight(Region.USE_PREF_SIZE);
    none.textProperty().bind(model.unavailableProperty());
    none.visibleProperty().bind(model.unavailableProperty().isNotEmpty());
    none.managedProperty().bind(none.visibleProperty());
    RiskHistogram histogram = new RiskHistogram(model);
    histogram.setPrefHeight(210);
    histogram.setMinHeight(190);
    table.setId("uncertainty-table");
    table.setHgap(12);
    table.getStyleClass().add("uncertainty-table");
    Label tornadoHeading = new Label("What moves the residual risk most");
    tornadoHeading.getStyleClass().add("panel-subheading");
    Label tornadoHint = new Label();
    tornadoHint.textProperty().bind(model.likelyRiskProperty().map(risk -> "Each bar: the "
        + "risk with one estimate at its low and at its high end, the others most likely; the "
        + "line is the risk with all most likely, " + Decimals.of(risk) + ".")
        .orElse("Each bar: the risk with one estimate at its low and at its high end, the "
            + "others most likely."));
    tornadoHint.setWrapText(true);
    tornadoHint.setMinHeight(Region.USE_PREF_SIZE);
    tornadoHint.getStyleClass().add("plan-explanation");
    HBox legend = new HBox(14, swatch("tornado-low", "the estimate at its low end"),
        swatch("tornado-high", "at its high end"));
    TornadoChart tornado = new TornadoChart(model);
    Label spreadHeading = new Label("Spread of the risk (P5, P50, P95: percentiles)");
    spreadHeading.getStyleClass().add("panel-subheading");
    shown = new VBox(4, histogram, spreadHeading, table, tornadoHeading, tornadoHint, legend,
        tornado);
    shown.setId("uncertainty-charts");
    shown.visibleProperty().bind(model.resultProperty().isNotNull());
    shown.managedProperty().bind(shown.visibleProperty());
    ProgressBar progress = LongRunProgress.bar("uncertainty-progress", model.runningProperty(),
        model.progressProperty(), shown);
    VBox.setVgrow(shown, Priority.ALWAYS);
    getChildren().addAll(headline, status, progress, none, shown);
    model.resultProperty().addListener((observable, before, after) -> showTable(after));
    showTable(model.resultProperty().get());
  }

  /** Whether the tab is to take the side's whole height (the window folds the node panel). */
  public BooleanProperty enlargedProperty() {
    return enlarge.selectedProperty();
  }

  private static HBox swatch(String styleClass, String text) {
    Region box = new Region();
    box.getStyleClass().addAll("tornado-swatch", styleClass);
    box.setMinSize(14, 14);
    box.setMaxSize(14, 14);
    Label label = new Label(text);
    label.getStyleClass().add("plan-explanation");
    HBox swatch = new HBox(5, box, label);
    swatch.setAlignment(Pos.CENTER_LEFT);
    return swatch;
  }

  /** One column per mode, one row per measure: narrow enough for the side panel's width. */
  private void showTable(UncertaintyResult result) {
    table.getChildren().clear();
    if (result == null) {
      return;
    }
    table.add(header("risk"), 0, 0);
    int column = 1;
    for (Mode mode : Mode.values()) {
      Spread spread = result.risk().get(mode);
      String prefix = "uncertainty-" + mode.keyword() + "-";
      table.addColumn(column++, cell(mode.keyword(), null, mode),
          cell(Decimals.of(spread.mean()), prefix + "mean", mode),
          cell(Decimals.of(spread.standardDeviation()), prefix + "sd", mode),
          cell(Decimals.of(spread.p5()), prefix + "p5", mode),
          cell(Decimals.of(spread.p50()), prefix + "p50", mode),
          cell(Decimals.of(spread.p95()), prefix + "p95", mode),
          cell(percent(result.shareAtOrAboveHighRisk().get(mode)), prefix + "share", mode));
    }
    Label share = header("share ≥ high risk (" + Decimals.of(result.highRiskThreshold()) + ")");
    share.setTooltip(new Tooltip("the share of the samples whose risk is at or above the "
        + "high-risk threshold (Tree tab)"));
    table.addColumn(0, header("mean"), header("standard deviation"), header("P5"),
        header("P50 (median)"), header("P95"), share);
  }

  /** A share as a percentage to one decimal: 0.1234 → "12.3 %". */
  static String percent(double share) {
    return String.format(java.util.Locale.ROOT, "%.1f %%", 100 * share);
  }

  private static Label cell(String text, String id, Mode mode) {
    Label label = new Label(text);
    label.setId(id);
    label.setMinWidth(Region.USE_PREF_SIZE);
    if (mode == Mode.RESIDUAL) {
      label.getStyleClass().add("current-mode"); // the histogram's and the tornado's mode
    }
    return label;
  }

  private static Label header(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("table-header");
    return label;
  }
}
