package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.TornadoRow;
import dev.thicket.app.editor.viewmodel.UncertaintyViewModel;
import dev.thicket.exports.Decimals;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Side;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The tornado: one row per estimate of largest swing ({@link UncertaintyViewModel#tornado}), its
 * node's or mitigation's title across the whole width, and below it the estimate's low / likely /
 * high points (a column as wide as the widest) and a horizontal bar from the residual risk with the estimate at one end of its
 * range to the risk at the other end, every other estimate most likely. The part from the point
 * risk (the vertical line) towards the low end's risk and the part towards the high end's are
 * coloured apart ({@code .tornado-low}, {@code .tornado-high}). All bars share the axis below.
 */
final class TornadoChart extends GridPane {
  private final UncertaintyViewModel model;
  private final NumberAxis axis = new NumberAxis();

  TornadoChart(UncertaintyViewModel model) {
    this.model = model;
    setId("tornado");
    getStyleClass().add("tornado");
    setHgap(8);
    axis.setSide(Side.BOTTOM);
    axis.setAutoRanging(false);
    axis.setAnimated(false);
    axis.setMinorTickVisible(false);
    axis.setLabel("residual risk");
    axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(Number value) {
        return Decimals.of(value.doubleValue());
      }

      @Override
      public Number fromString(String text) {
        return Double.valueOf(text);
      }
    });
    // the points' column as wide as its widest text, the bars and the axis share the rest
    ColumnConstraints points = new ColumnConstraints();
    points.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints bars = new ColumnConstraints();
    bars.setHgrow(Priority.ALWAYS);
    bars.setMinWidth(120);
    getColumnConstraints().addAll(points, bars);
    model.tornado().addListener((ListChangeListener<TornadoRow>) change -> show());
    model.likelyRiskProperty().addListener((observable, before, after) -> show());
    show();
  }

  private void show() {
    List<TornadoRow> shown = model.tornado();
    getChildren().clear();
    if (shown.isEmpty()) {
      return;
    }
    Double point = model.likelyRiskProperty().get();
    double low = shown.stream().mapToDouble(TornadoRow::left).min().orElse(0);
    double high = shown.stream().mapToDouble(TornadoRow::right).max().orElse(1);
    if (point != null) {
      low = Math.min(low, point);
      high = Math.max(high, point);
    }
    double margin = Math.max((high - low) * 0.05, 1e-12);
    RiskHistogram.range(axis, Math.max(0, low - margin), high + margin);
    int line = 0;
    for (TornadoRow row : shown) {
      addRow(row, point, line);
      line += 2;
    }
    add(axis, 1, line);
  }

  /** The title across both columns on line {@code line}, the points and the bar below it. */
  private void addRow(TornadoRow row, Double point, int line) {
    Label title = new Label(row.title());
    title.getStyleClass().add("tornado-title");
    // elided in the middle: titles often differ only in their ends ("…, route 19")
    title.setTextOverrun(OverrunStyle.CENTER_WORD_ELLIPSIS);
    title.setMaxWidth(Double.MAX_VALUE);
    title.setMinWidth(0);
    Label points = new Label(row.points());
    points.getStyleClass().add("tornado-points");
    points.setMinWidth(Region.USE_PREF_SIZE);
    Bar bar = new Bar(row, point);
    bar.setMaxWidth(Double.MAX_VALUE);
    add(title, 0, line, 2, 1);
    add(points, 0, line + 1);
    add(bar, 1, line + 1);
    Tooltip tip = new Tooltip(row.title() + "\n" + row.value().label() + ": " + row.points()
        + "\nresidual risk " + Decimals.of(row.riskAtLow()) + " at the low end, "
        + Decimals.of(row.riskAtHigh()) + " at the high end"
        + (point == null ? "" : ", " + Decimals.of(point) + " most likely"));
    Tooltip.install(title, tip);
    Tooltip.install(bar, tip);
  }

  /** One bar on the shared axis: two parts split at the point risk, and the point risk's line. */
  private final class Bar extends Region {
    private final TornadoRow row;
    private final Double point;
    private final Rectangle lowPart = new Rectangle();
    private final Rectangle highPart = new Rectangle();
    private final Line centre = new Line();

    Bar(TornadoRow row, Double point) {
      this.row = row;
      this.point = point;
      getStyleClass().add("tornado-bar");
      lowPart.getStyleClass().add("tornado-low");
      highPart.getStyleClass().add("tornado-high");
      centre.getStyleClass().add("tornado-centre");
      getChildren().addAll(lowPart, highPart, centre);
      setMinHeight(24);
      setPrefHeight(24);
    }

    @Override
    protected void layoutChildren() {
      double height = getHeight();
      double middle = point == null ? (row.riskAtLow() + row.riskAtHigh()) / 2 : point;
      double atLow = x(row.riskAtLow());
      double atHigh = x(row.riskAtHigh());
      double at = x(middle);
      place(lowPart, Math.min(atLow, at), Math.abs(at - atLow), height);
      place(highPart, Math.min(atHigh, at), Math.abs(atHigh - at), height);
      centre.setStartX(at);
      centre.setEndX(at);
      centre.setStartY(0);
      centre.setEndY(height);
    }

    private void place(Rectangle part, double x, double width, double height) {
      part.setX(x);
      part.setY(height * 0.1);
      part.setWidth(Math.max(width, 1));
      part.setHeight(height * 0.8);
    }

    /** The bar's x of {@code risk}: the axis's position, the axis being as wide as the bar. */
    private double x(double risk) {
      double lower = axis.getLowerBound();
      double upper = axis.getUpperBound();
      return (risk - lower) / (upper - lower) * getWidth();
    }
  }
}
