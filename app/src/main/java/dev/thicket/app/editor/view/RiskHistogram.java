package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.Histogram;
import dev.thicket.app.editor.viewmodel.UncertaintyViewModel;
import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.Spread;
import dev.thicket.model.analysis.UncertaintyResult;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;

/**
 * The residual risk's samples as a histogram (x the risk, y the share of samples in each bin),
 * drawn as the steps of an area chart, with P5, P50 and P95 and the high-risk threshold as
 * labelled vertical lines. A threshold far beyond the samples is named at the chart's edge with
 * an arrow instead of squeezing the histogram. The lines and labels are unmanaged chart children
 * placed from the axes at each layout (as {@link PlanChart}'s markers), so that the plot area's
 * clip never cuts them.
 */
final class RiskHistogram extends AreaChart<Number, Number> {
  /** Room above the tallest bin for the markers' labels. */
  private static final double HEADROOM = 1.55;

  private final UncertaintyViewModel model;
  private final XYChart.Series<Number, Number> steps = new XYChart.Series<>();
  private final List<Marker> markers = new ArrayList<>();

  /**
   * A vertical line at risk {@code x} (NaN: none, the label only, at an edge) and its label on
   * text row {@code row} below the top, right of the line unless it would leave the plot.
   */
  private record Marker(Line line, Label label, double x, int row, boolean leftOfLine) {}

  RiskHistogram(UncertaintyViewModel model) {
    super(DecimalAxis.of("residual risk"), DecimalAxis.of("% of samples"));
    this.model = model;
    setId("uncertainty-histogram");
    setAnimated(false);
    setCreateSymbols(false);
    setLegendVisible(false);
    setHorizontalGridLinesVisible(false);
    setVerticalGridLinesVisible(false);
    getData().add(steps);
    // the result is set last, after the histogram it goes with
    model.resultProperty().addListener((observable, before, after) -> show());
    show();
  }

  private void show() {
    for (Marker marker : markers) {
      getChartChildren().removeAll(marker.line(), marker.label());
    }
    markers.clear();
    steps.getData().clear();
    Histogram histogram = model.histogramProperty().get();
    UncertaintyResult result = model.resultProperty().get();
    if (histogram == null || result == null) {
      return;
    }
    double from = histogram.from();
    double to = histogram.to();
    double width = histogram.width();
    if (width == 0) { // every sample the same: one narrow bar
      width = Math.max(Math.abs(from) * 0.02, 1e-9);
      from -= width / 2;
      to = from + width;
    }
    double threshold = result.highRiskThreshold();
    double span = to - from;
    boolean thresholdShown = threshold >= from - span && threshold <= to + span;
    double low = thresholdShown ? Math.min(from, threshold) : from;
    double high = thresholdShown ? Math.max(to, threshold) : to;
    double margin = (high - low) * 0.04;
    range((NumberAxis) getXAxis(), Math.max(0, low - margin), high + margin);
    double total = histogram.total();
    double peak = 100.0 * histogram.peak() / total;
    range((NumberAxis) getYAxis(), 0, peak * HEADROOM);
    steps.getData().setAll(stepPoints(histogram.counts(), from, width, total));
    Spread spread = result.risk().get(Mode.RESIDUAL);
    add(marker("P5 " + Decimals.of(spread.p5()), "uncertainty-p5", spread.p5(), 0, true));
    add(marker("P50 " + Decimals.of(spread.p50()), "uncertainty-p50", spread.p50(), 1, false));
    add(marker("P95 " + Decimals.of(spread.p95()), "uncertainty-p95", spread.p95(), 0, false));
    String named = "high risk " + Decimals.of(threshold);
    if (thresholdShown) {
      add(marker(named, "uncertainty-threshold", threshold, 2, false));
    } else {
      add(new Marker(null, label(threshold > to ? named + " →" : "← " + named,
          "uncertainty-threshold"), threshold > to ? Double.POSITIVE_INFINITY
          : Double.NEGATIVE_INFINITY, 2, threshold > to));
    }
  }

  /** The outline of the bins: up, across and down each bin, as a share of all samples in %. */
  private static List<XYChart.Data<Number, Number>> stepPoints(int[] counts, double from,
      double width, double total) {
    List<XYChart.Data<Number, Number>> points = new ArrayList<>();
    points.add(new XYChart.Data<>(from, 0));
    for (int bin = 0; bin < counts.length; bin++) {
      double share = 100 * counts[bin] / total;
      points.add(new XYChart.Data<>(from + bin * width, share));
      points.add(new XYChart.Data<>(from + (bin + 1) * width, share));
    }
    points.add(new XYChart.Data<>(from + counts.length * width, 0));
    return points;
  }

  private static Marker marker(String text, String id, double x, int row, boolean left) {
    Line line = new Line();
    line.getStyleClass().addAll("uncertainty-line", id);
    return new Marker(line, label(text, id), x, row, left);
  }

  private static Label label(String text, String id) {
    Label label = new Label(text);
    label.setId(id);
    label.getStyleClass().addAll("uncertainty-label", id);
    label.setMouseTransparent(true);
    return label;
  }

  private void add(Marker marker) {
    markers.add(marker);
    if (marker.line() != null) {
      marker.line().setManaged(false);
      getChartChildren().add(marker.line());
    }
    marker.label().setManaged(false);
    getChartChildren().add(marker.label());
    requestChartLayout();
  }

  /** From about {@code lower} to about {@code upper} in about five round ticks (1, 2, 5 × 10^n). */
  static void range(NumberAxis axis, double lower, double upper) {
    double raw = Math.max(upper - lower, 1e-12) / 5;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double unit = raw <= magnitude ? magnitude : raw <= 2 * magnitude ? 2 * magnitude
        : raw <= 5 * magnitude ? 5 * magnitude : 10 * magnitude;
    axis.setLowerBound(Math.floor(lower / unit) * unit);
    axis.setUpperBound(Math.ceil(upper / unit) * unit);
    axis.setTickUnit(unit);
  }

  /** Places the lines and labels, in the coordinates of the chart's children. */
  @Override
  protected void layoutPlotChildren() {
    super.layoutPlotChildren();
    NumberAxis x = (NumberAxis) getXAxis();
    NumberAxis y = (NumberAxis) getYAxis();
    double left = x.getLayoutX();
    double right = left + x.getWidth();
    double top = y.getLayoutY();
    double bottom = y.getLayoutY() + y.getDisplayPosition(0);
    for (Marker marker : markers) {
      Label label = marker.label();
      label.autosize();
      double labelY = top + 2 + marker.row() * (label.getHeight() + 1);
      double px;
      if (Double.isInfinite(marker.x())) {
        px = marker.x() > 0 ? right - label.getWidth() - 4 : left + 4;
        label.relocate(px, labelY);
        continue;
      }
      px = left + x.getDisplayPosition(marker.x());
      Line line = marker.line();
      line.setStartX(px);
      line.setEndX(px);
      line.setStartY(bottom);
      line.setEndY(labelY);
      boolean toLeft = marker.leftOfLine() ? px - label.getWidth() - 4 >= left
          : px + 4 + label.getWidth() > right;
      label.relocate(toLeft ? px - label.getWidth() - 4 : px + 4, labelY);
    }
  }
}
