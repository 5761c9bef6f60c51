package dev.thicket.exports.diagram;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.diagram.Chart.Anchor;
import dev.thicket.exports.diagram.Chart.Label;
import dev.thicket.exports.diagram.Chart.Line;
import dev.thicket.exports.diagram.Chart.Point;
import dev.thicket.exports.diagram.Chart.Role;
import dev.thicket.exports.fonts.ReportFont;
import dev.thicket.exports.fonts.TextWrapper;
import dev.thicket.exports.report.AttackerReportText;
import dev.thicket.exports.report.Attackers;
import dev.thicket.exports.report.Report;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.tree.VisibleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays out the chart of a report's "Attackers" section: one bar per attacker, the goal's risk in
 * the report's mode, the whole tree first and then every profile in file order, with the
 * high-risk threshold dashed. Empty for a tree without profiles.
 */
public final class AttackerChartLayout {
  private static final String TREE_COLOUR = "#757575";

  private final float size;
  private final List<Line> lines = new ArrayList<>();
  private final List<Label> labels = new ArrayList<>();
  private double left;
  private double right;
  private double xMax;

  private AttackerChartLayout(float size) {
    this.size = size;
  }

  /** The chart, {@code width} points wide, text at {@code size} points. */
  public static Optional<Chart> of(Report report, double width, float size) {
    return report.attackers().filter(attackers -> !attackers.profiles().isEmpty())
        .map(attackers -> new AttackerChartLayout(size).chart(report, attackers, width));
  }

  private record Bar(String name, double risk, String colour) {}

  private Chart chart(Report report, Attackers attackers, double width) {
    Mode mode = report.mode();
    List<Bar> bars = new ArrayList<>();
    bars.add(new Bar(AttackerReportText.WHOLE_TREE, report.result().risk().get(mode),
        TREE_COLOUR));
    for (Attackers.Profile profile : attackers.profiles()) {
      bars.add(new Bar(profile.profile().title(), profile.result().risk().get(mode),
          ChartColours.BAR));
    }
    double threshold = report.result().highRiskThreshold();
    double highest = threshold;
    for (Bar bar : bars) {
      highest = Math.max(highest, bar.risk());
    }
    xMax = UncertaintyChartLayout.niceMax(highest);
    double row = size * 2.2;
    double top = size * 4;
    double bottom = top + bars.size() * row;
    left = width * 0.36;
    right = width - size * 4;
    labels.add(new Label(Role.TITLE, "Risk per attacker (" + mode.keyword() + " mode)",
        new Point(0, size * 1.5), size * 1.2f, true, Anchor.START, DiagramStyle.TEXT, false));
    // the threshold's label first: the writers leave the colour of the last label set
    labels.add(new Label(Role.THRESHOLD, "high risk " + Decimals.of(threshold),
        new Point(x(threshold), top - size * 0.9), size, false, Anchor.MIDDLE,
        ChartColours.THRESHOLD, true));
    double step = FundingChartLayout.step(xMax);
    for (int i = 0; i * step <= xMax * (1 + 1e-9); i++) {
      double x = x(i * step);
      if (i > 0) {
        lines.add(new Line(Role.GRID, List.of(new Point(x, top), new Point(x, bottom)),
            ChartColours.GRID, 0.6, false));
      }
      label(Role.TICK, Decimals.of(i * step), x, bottom + size * 1.35, Anchor.MIDDLE);
    }
    labels.add(new Label(Role.TITLE, "risk of the goal", new Point((left + right) / 2,
        bottom + size * 2.9), size, true, Anchor.MIDDLE, DiagramStyle.TEXT, false));
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = top + (i + 0.5) * row;
      String name = TextWrapper.wrap(VisibleText.marks(bar.name()), ReportFont.REGULAR, size,
          (float) (left - size * 1.2), 1).get(0);
      label(Role.TICK, name, left - size * 0.6, y + size * 0.35, Anchor.END);
      lines.add(new Line(Role.BAR, List.of(new Point(left, y), new Point(x(bar.risk()), y)),
          bar.colour(), row * 0.6, false));
      label(Role.CAPTION, Decimals.of(bar.risk()), x(bar.risk()) + size * 0.4,
          y + size * 0.35, Anchor.START);
    }
    lines.add(new Line(Role.AXIS, List.of(new Point(left, top), new Point(left, bottom),
        new Point(right, bottom)), ChartColours.AXIS, 1, false));
    lines.add(new Line(Role.THRESHOLD, List.of(new Point(x(threshold), top - size * 0.6),
        new Point(x(threshold), bottom)), ChartColours.THRESHOLD, size * 0.14, true));
    return new Chart("attackers", width, bottom + size * 4, lines, List.of(), labels);
  }

  private void label(Role role, String text, double x, double baseline, Anchor anchor) {
    labels.add(new Label(role, text, new Point(x, baseline), size, false, anchor,
        DiagramStyle.TEXT, false));
  }

  private double x(double risk) {
    return left + Math.max(0, Math.min(risk, xMax)) / xMax * (right - left);
  }
}
