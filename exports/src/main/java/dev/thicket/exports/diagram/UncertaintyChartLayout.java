package dev.thicket.exports.diagram;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.diagram.Chart.Anchor;
import dev.thicket.exports.diagram.Chart.Label;
import dev.thicket.exports.diagram.Chart.Line;
import dev.thicket.exports.diagram.Chart.Point;
import dev.thicket.exports.diagram.Chart.Role;
import dev.thicket.exports.fonts.ReportFont;
import dev.thicket.exports.fonts.TextWrapper;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.UncertaintyText;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.Spread;
import dev.thicket.model.analysis.TornadoBar;
import dev.thicket.model.analysis.UncertaintyResult;
import dev.thicket.model.tree.VisibleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays out the two charts of a report's "Uncertainty" section: the histogram of the residual
 * risk over the samples, with P5, P50, P95 and the high-risk threshold marked, and the tornado
 * (one bar per estimate from the residual risk at its low end to that at its high end, across
 * the risk at the most likely values). Both empty for a tree without ranges.
 */
public final class UncertaintyChartLayout {
  /** Bins of the histogram. */
  public static final int BINS = 24;
  private static final String PERCENTILE_COLOUR = "#1f4e8c";
  /** As the editor's tornado (thicket.css .tornado-low, .tornado-high). */
  private static final String LOW_COLOUR = "#26a69a";
  private static final String HIGH_COLOUR = "#ef6c00";

  private final float size;
  private final List<Line> lines = new ArrayList<>();
  private final List<Label> labels = new ArrayList<>();
  private double left;
  private double right;
  private double top;
  private double bottom;
  private double xMax;

  private UncertaintyChartLayout(float size) {
    this.size = size;
  }

  /** The histogram, {@code width} × {@code height} points, text at {@code size} points. */
  public static Optional<Chart> histogram(Report report, double width, double height,
      float size) {
    return report.uncertainty().map(result ->
        new UncertaintyChartLayout(size).histogram(result, width, height));
  }

  /** The tornado of the first {@link UncertaintyText#TORNADO_BARS} estimates, {@code width} wide. */
  public static Optional<Chart> tornado(Report report, double width, float size) {
    return report.uncertainty().filter(result -> !result.tornado().isEmpty())
        .map(result -> new UncertaintyChartLayout(size).tornado(report, result, width));
  }

  private Chart histogram(UncertaintyResult result, double width, double height) {
    UncertaintyText.Histogram histogram = UncertaintyText.histogram(result, BINS);
    Spread risk = result.risk().get(Mode.RESIDUAL);
    xMax = niceMax(Math.max(histogram.edges()[BINS], result.highRiskThreshold()));
    int highest = 0;
    for (int count : histogram.counts()) {
      highest = Math.max(highest, count);
    }
    double countStep = FundingChartLayout.step(Math.max(1, highest) * 1.05);
    double countMax = Math.ceil(Math.max(1, highest) * 1.05 / countStep) * countStep;
    left = width(Decimals.of(countMax)) + size * 1.5;
    right = width - size;
    top = size * 7.5;
    bottom = height - size * 4;
    title(String.format(java.util.Locale.ROOT, "Residual risk of %,d samples",
        result.options().samples()));
    xAxis("residual risk of the goal");
    for (int i = 0; i * countStep <= countMax * (1 + 1e-9); i++) {
      double y = bottom - i * countStep / countMax * (bottom - top);
      if (i > 0) {
        lines.add(new Line(Role.GRID, List.of(new Point(left, y), new Point(right, y)),
            ChartColours.GRID, 0.6, false));
      }
      label(Role.TICK, Decimals.of(i * countStep), left - size * 0.5, y + size * 0.35,
          Anchor.END, false);
    }
    for (int bin = 0; bin < BINS; bin++) {
      double x0 = x(histogram.edges()[bin]);
      double x1 = x(histogram.edges()[bin + 1]);
      double y = bottom - histogram.counts()[bin] / countMax * (bottom - top);
      if (histogram.counts()[bin] > 0) {
        lines.add(new Line(Role.BAR, List.of(new Point((x0 + x1) / 2, bottom),
            new Point((x0 + x1) / 2, y)), ChartColours.BAR, Math.max(0.5, (x1 - x0) * 0.92), false));
      }
    }
    axes();
    marker(Role.THRESHOLD, "high risk " + Decimals.of(result.highRiskThreshold()),
        result.highRiskThreshold(), ChartColours.THRESHOLD, 0);
    marker(Role.PERCENTILE, "P5 " + Decimals.of(risk.p5()), risk.p5(), PERCENTILE_COLOUR, 1);
    marker(Role.PERCENTILE, "P50 " + Decimals.of(risk.p50()), risk.p50(), PERCENTILE_COLOUR, 2);
    marker(Role.PERCENTILE, "P95 " + Decimals.of(risk.p95()), risk.p95(), PERCENTILE_COLOUR, 3);
    return new Chart("histogram", width, height, lines, List.of(), labels);
  }

  /** A dashed vertical line at risk {@code value}, labelled in row {@code row} above the plot. */
  private void marker(Role role, String text, double value, String colour, int row) {
    double x = x(value);
    double baseline = top - size * (0.5 + 1.3 * (3 - row));
    lines.add(new Line(role, List.of(new Point(x, baseline + size * 0.3), new Point(x, bottom)),
        colour, size * 0.14, true));
    Anchor anchor = x + width(text) > right ? Anchor.END : Anchor.START;
    labels.add(new Label(role, text, new Point(anchor == Anchor.END ? x - size * 0.3
        : x + size * 0.3, baseline), size, false, anchor, colour, true));
  }

  private Chart tornado(Report report, UncertaintyResult result, double width) {
    List<TornadoBar> bars = result.tornado()
        .subList(0, Math.min(UncertaintyText.TORNADO_BARS, result.tornado().size()));
    double base = report.result().risk().get(Mode.RESIDUAL);
    double row = size * 2.4;
    double height = size * 8.5 + bars.size() * row;
    double maxRisk = base;
    for (TornadoBar bar : bars) {
      maxRisk = Math.max(maxRisk, Math.max(bar.riskAtLow(), bar.riskAtHigh()));
    }
    xMax = niceMax(maxRisk);
    left = width * 0.42;
    right = width - size * 1.5;
    top = size * 5.5;
    bottom = top + bars.size() * row;
    title("Which estimates matter (residual risk)");
    label(Role.CAPTION, "Each bar: the risk with that estimate at its low end (teal) and at its "
        + "high end (orange), every other at its most likely value.", 0, size * 3.1,
        Anchor.START, false);
    xAxis("residual risk of the goal");
    for (int i = 0; i < bars.size(); i++) {
      TornadoBar bar = bars.get(i);
      double y = top + (i + 0.5) * row;
      String text = TextWrapper.wrap(VisibleText.marks(
          UncertaintyText.label(report.tree(), bar.value())), ReportFont.REGULAR, size,
          (float) (left - size * 1.2), 1).get(0);
      label(Role.TICK, text, left - size * 0.6, y + size * 0.35, Anchor.END, false);
      double thickness = row * 0.62;
      lines.add(new Line(Role.SWING, List.of(new Point(x(base), y),
          new Point(x(bar.riskAtLow()), y)), LOW_COLOUR, thickness, false));
      lines.add(new Line(Role.SWING, List.of(new Point(x(base), y),
          new Point(x(bar.riskAtHigh()), y)), HIGH_COLOUR, thickness, false));
    }
    axes();
    lines.add(new Line(Role.PERCENTILE, List.of(new Point(x(base), top - size * 0.4),
        new Point(x(base), bottom)), ChartColours.AXIS, size * 0.12, false));
    label(Role.PERCENTILE, "most likely values: " + Decimals.of(base), x(base),
        top - size * 0.8, Anchor.MIDDLE, false);
    return new Chart("tornado", width, height, lines, List.of(), labels);
  }

  /** The risk axis under the plot: grid, ticks and its name. */
  private void xAxis(String name) {
    double step = FundingChartLayout.step(xMax);
    for (int i = 0; i * step <= xMax * (1 + 1e-9); i++) {
      double x = x(i * step);
      if (i > 0) {
        lines.add(new Line(Role.GRID, List.of(new Point(x, top), new Point(x, bottom)),
            ChartColours.GRID, 0.6, false));
      }
      label(Role.TICK, Decimals.of(i * step), x, bottom + size * 1.35, Anchor.MIDDLE, false);
    }
    label(Role.TITLE, name, (left + right) / 2, bottom + size * 2.9, Anchor.MIDDLE, true);
  }

  private void axes() {
    lines.add(new Line(Role.AXIS, List.of(new Point(left, top), new Point(left, bottom),
        new Point(right, bottom)), ChartColours.AXIS, 1, false));
  }

  private void title(String text) {
    labels.add(new Label(Role.TITLE, text, new Point(0, size * 1.5), size * 1.2f, true,
        Anchor.START, DiagramStyle.TEXT, false));
  }

  private void label(Role role, String text, double x, double baseline, Anchor anchor,
      boolean bold) {
    labels.add(new Label(role, text, new Point(x, baseline), size, bold, anchor,
        DiagramStyle.TEXT, false));
  }

  private double width(String text) {
    return Label.width(text, size, false);
  }

  private double x(double risk) {
    return left + Math.max(0, Math.min(risk, xMax)) / xMax * (right - left);
  }

  /** A round axis end above {@code max} (1 when it is 0). */
  static double niceMax(double max) {
    if (!(max > 0)) {
      return 1;
    }
    double step = FundingChartLayout.step(max * 1.05);
    return Math.ceil(max * 1.05 / step) * step;
  }
}
