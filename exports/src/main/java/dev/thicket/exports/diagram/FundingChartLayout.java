package dev.thicket.exports.diagram;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.diagram.Chart.Anchor;
import dev.thicket.exports.diagram.Chart.Label;
import dev.thicket.exports.diagram.Chart.Line;
import dev.thicket.exports.diagram.Chart.Mark;
import dev.thicket.exports.diagram.Chart.Point;
import dev.thicket.exports.diagram.Chart.Role;
import dev.thicket.exports.diagram.Chart.Shape;
import dev.thicket.exports.report.Report;
import dev.thicket.model.analysis.Plan;
import dev.thicket.model.analysis.PlanFront;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays out the {@link Chart} of a report: cost across, the goal's risk up (both from 0),
 * one dot per plan of the front joined by steps (the lowest risk each budget buys), today's risk
 * and the planned mode marked and labelled, and the file's budget as a dashed vertical line with
 * the best plan within it ringed. Labels that would overlap are moved; a budget far beyond every
 * plan's cost sits at the right edge instead of squeezing the plans together.
 */
public final class FundingChartLayout {
  private static final String FRONT_COLOUR = "#1f4e8c";
  private static final String TODAY_COLOUR = "#1a1a1a";
  private static final String PLANNED_COLOUR = "#d95f02";
  private static final String BEST_COLOUR = "#1a9850";
  /** A budget beyond this many times the costs drawn stays at the right edge. */
  private static final double FARTHEST_BUDGET = 1.5;

  private final float size;
  private final List<Line> lines = new ArrayList<>();
  private final List<Mark> marks = new ArrayList<>();
  private final List<Label> labels = new ArrayList<>();
  /** Boxes of the marker labels placed so far: left, top, right, bottom. */
  private final List<double[]> taken = new ArrayList<>();
  private double left;
  private double right;
  private double top;
  private double bottom;
  private double costStep;
  private double costMax;
  private double riskStep;
  private double riskMax;
  /** Whether the budget is within the cost axis (else its line is at the right edge). */
  private boolean budgetInside;

  private FundingChartLayout(float size) {
    this.size = size;
  }

  /**
   * The chart of {@code report}'s front, {@code width} × {@code height} points, text at {@code
   * size} points; empty when the report has no front or no candidate.
   */
  public static Optional<Chart> of(Report report, double width, double height,
      float size) {
    Optional<PlanFront> front = report.funding().front();
    if (front.isEmpty() || front.get().candidates().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FundingChartLayout(size).layout(report, front.get(), width, height));
  }

  private Chart layout(Report report, PlanFront front, double width, double height) {
    List<Plan> plans = front.front();
    Optional<Plan> planned = report.planned();
    scales(front, planned, report.budget());
    double pad = size * 0.8;
    double widest = 0;
    for (int i = 0; i * riskStep <= riskMax * (1 + 1e-9); i++) {
      widest = Math.max(widest, width(Decimals.of(i * riskStep)));
    }
    left = widest + size;
    right = width - size;
    top = pad + size * 4.2;
    bottom = height - pad - size * 4.6;
    frame();
    label(Role.TITLE, "Lowest risk for each budget", 0, pad + size * 1.2, size * 1.2f, true,
        Anchor.START);
    label(Role.TITLE, "risk of the goal", 0, top - size * 1.1, size, true, Anchor.START);
    label(Role.TITLE, "cost of the plan", (left + right) / 2, bottom + size * 2.9, size, true,
        Anchor.MIDDLE);
    label(Role.CAPTION, "Dots: every plan that no cheaper or equally cheap plan beats; the line: "
        + "the lowest risk each budget buys.", 0, height - pad, size * 0.9f, false,
        Anchor.START);
    front(plans);
    today(front, planned);
    if (report.budget() != null) {
      budget(front, report.budget());
    }
    planned.filter(plan -> !close(point(plan), point(front.baseline())))
        .ifPresent(plan -> placed(Role.PLANNED, "planned: cost " + Decimals.of(plan.cost())
            + ", risk " + Decimals.of(plan.risk()), point(plan), size * 0.75));
    return new Chart("funding", width, height, lines, marks, labels);
  }

  /** Both axes from 0 to a round value above every point drawn, and their steps. */
  private void scales(PlanFront front, Optional<Plan> planned, Double budget) {
    List<Plan> plans = front.front();
    double costs = Math.max(plans.get(plans.size() - 1).cost(),
        planned.map(Plan::cost).orElse(0.0));
    budgetInside = budget != null && (budget <= costs * FARTHEST_BUDGET || costs == 0);
    double costReach = reach(budgetInside ? Math.max(costs, budget) : costs, 1.05);
    costStep = step(costReach);
    costMax = Math.ceil(costReach / costStep) * costStep;
    double risks = Math.max(front.baseline().risk(), planned.map(Plan::risk).orElse(0.0));
    for (Plan plan : plans) {
      risks = Math.max(risks, plan.risk());
    }
    double riskReach = reach(risks, 1.06);
    riskStep = step(riskReach);
    riskMax = Math.ceil(riskReach / riskStep) * riskStep;
  }

  /** Grid lines, axes and tick labels. */
  private void frame() {
    for (int i = 0; i * costStep <= costMax * (1 + 1e-9); i++) {
      double x = x(i * costStep);
      if (i > 0) {
        lines.add(new Line(Role.GRID, List.of(new Point(x, top), new Point(x, bottom)),
            ChartColours.GRID, 0.6, false));
      }
      label(Role.TICK, Decimals.of(i * costStep), x, bottom + size * 1.35, size, false,
          Anchor.MIDDLE);
    }
    for (int i = 0; i * riskStep <= riskMax * (1 + 1e-9); i++) {
      double y = y(i * riskStep);
      if (i > 0) {
        lines.add(new Line(Role.GRID, List.of(new Point(left, y), new Point(right, y)),
            ChartColours.GRID, 0.6, false));
      }
      label(Role.TICK, Decimals.of(i * riskStep), left - size, y + size * 0.35, size,
          false, Anchor.END);
    }
    lines.add(new Line(Role.AXIS, List.of(new Point(left, top), new Point(left, bottom),
        new Point(right, bottom)), ChartColours.AXIS, 1, false));
  }

  /** The steps from plan to plan, on to the right edge, and a dot per plan. */
  private void front(List<Plan> plans) {
    List<Point> steps = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      if (i > 0) {
        steps.add(new Point(x(plan.cost()), y(plans.get(i - 1).risk())));
      }
      steps.add(new Point(x(plan.cost()), y(plan.risk())));
    }
    steps.add(new Point(right, y(plans.get(plans.size() - 1).risk())));
    lines.add(new Line(Role.FRONT, steps, FRONT_COLOUR, size * 0.22, false));
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      marks.add(new Mark(Role.PLAN, Shape.DOT, point(plan), size * 0.4, FRONT_COLOUR,
          "plan " + (i + 1) + ": cost " + Decimals.of(plan.cost()) + ", risk "
              + Decimals.of(plan.risk()) + ": " + (plan.mitigations().isEmpty() ? "nothing funded"
                  : String.join(", ", plan.mitigations()))));
    }
  }

  /** Today's risk, and the planned mode's mark (its label comes last, being the movable one). */
  private void today(PlanFront front, Optional<Plan> planned) {
    Point today = point(front.baseline());
    planned.ifPresent(plan -> marks.add(new Mark(Role.PLANNED, Shape.DIAMOND, point(plan),
        size * 0.75, PLANNED_COLOUR, "planned mode: cost " + Decimals.of(plan.cost())
            + ", risk " + Decimals.of(plan.risk()) + (plan.mitigations().isEmpty() ? ""
                : ": " + String.join(", ", plan.mitigations())))));
    marks.add(new Mark(Role.TODAY, Shape.SQUARE, today, size * 0.5, TODAY_COLOUR,
        "today: residual risk " + Decimals.of(front.baseline().risk())));
    boolean together = planned.isPresent() && close(today, point(planned.get()));
    String words = !together ? "today: risk "
        : planned.get().mitigations().isEmpty() ? "today, nothing planned: risk "
        : "today = planned: risk ";
    placed(Role.TODAY, words + Decimals.of(front.baseline().risk()), today, size * 0.75);
  }

  /** The budget's line and the best plan within it, ringed. */
  private void budget(PlanFront front, double budget) {
    double x = budgetInside ? x(budget) : right;
    lines.add(new Line(Role.BUDGET, List.of(new Point(x, top), new Point(x, bottom)),
        BEST_COLOUR, size * 0.17, true));
    placed(Role.BUDGET, "budget " + Decimals.of(budget) + (budgetInside ? "" : " →"),
        new Point(x, top + size * 0.6), 0);
    front.best(budget).ifPresent(best -> {
      marks.add(new Mark(Role.BEST, Shape.RING, point(best), size * 0.95, BEST_COLOUR,
          "best within budget: cost " + Decimals.of(best.cost()) + ", risk "
              + Decimals.of(best.risk())));
      placed(Role.BEST, "best within budget: risk " + Decimals.of(best.risk()), point(best),
          size * 0.95);
    });
  }

  /**
   * A label beside the mark at {@code at}: above right, below right, above left or below left,
   * the first that overlaps no label placed before and stays in the chart, else further down.
   */
  private void placed(Role role, String text, Point at, double radius) {
    double width = width(text);
    double gap = radius + size * 0.3;
    double[][] tries = {{1, -1}, {1, 1}, {-1, -1}, {-1, 1}};
    for (int shift = 0; ; shift++) {
      for (double[] side : tries) {
        double x = side[0] > 0 ? at.x() + gap : at.x() - gap - width;
        double baseline = side[1] < 0 ? at.y() - gap + shift * size * 1.3
            : at.y() + gap + size * 0.8 + shift * size * 1.3;
        double[] box = {x - 1, baseline - size, x + width + 1, baseline + size * 0.3};
        boolean inside = box[0] >= left && box[2] <= right + size && box[1] >= top - size * 0.5;
        if ((inside && taken.stream().noneMatch(other -> overlap(box, other))) || shift > 12) {
          taken.add(box);
          labels.add(new Label(role, text, new Point(x, baseline), size, false, Anchor.START,
              DiagramStyle.TEXT, true));
          return;
        }
      }
    }
  }

  private static boolean overlap(double[] a, double[] b) {
    return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  }

  private boolean close(Point a, Point b) {
    return Math.abs(a.x() - b.x()) < 1 && Math.abs(a.y() - b.y()) < 1;
  }

  private void label(Role role, String text, double x, double baseline, float textSize,
      boolean bold, Anchor anchor) {
    labels.add(new Label(role, text, new Point(x, baseline), textSize, bold, anchor,
        DiagramStyle.TEXT, false));
  }

  private double width(String text) {
    return Label.width(text, size, false);
  }

  private Point point(Plan plan) {
    return new Point(x(plan.cost()), y(plan.risk()));
  }

  private double x(double cost) {
    return left + cost / costMax * (right - left);
  }

  private double y(double risk) {
    return bottom - risk / riskMax * (bottom - top);
  }

  /**
   * {@code max} with room above it, or 1 when it is 0 (every cost or risk 0) or so small that a
   * sixth of it is subnormal: {@link #step} of such a reach was 0 and every point NaN.
   */
  private static double reach(double max, double room) {
    return max * room / 6 >= Double.MIN_NORMAL ? max * room : 1;
  }

  /** A round step (1, 2 or 5 × a power of ten) giving four to ten ticks up to {@code max}. */
  static double step(double max) {
    double raw = max / 6;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double fraction = raw / power;
    double nice = fraction <= 1.5 ? 1 : fraction <= 3 ? 2 : fraction <= 7 ? 5 : 10;
    return nice * power;
  }
}
