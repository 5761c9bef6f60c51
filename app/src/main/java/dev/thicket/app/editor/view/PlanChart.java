package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.PlanViewModel;
import dev.thicket.app.editor.viewmodel.PlannedPoint;
import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.Plan;
import dev.thicket.model.analysis.PlanFront;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

/**
 * The cost–risk front as a step chart: x the cost of a plan, y the goal's risk with it. Each plan
 * is a dot (click to select it); the steps are the lowest risk each budget buys. Today's risk (the
 * plan of no mitigation), the planned mode's point and the budget (a vertical dashed line) are
 * marked and labelled; the best plan within the budget has a ring, the selected plan is filled.
 */
final class PlanChart extends LineChart<Number, Number> {
  /** Room above and right of the furthest point, for its label. */
  private static final double HEADROOM = 1.18;

  private final PlanViewModel model;
  private final XYChart.Series<Number, Number> steps = new XYChart.Series<>();
  private final List<Marker> markers = new ArrayList<>();

  /** A shape and its label, placed at (x, y) in data units at each layout. */
  private record Marker(Node shape, Label label, double x, double y) {}

  PlanChart(PlanViewModel model) {
    super(DecimalAxis.of("cost"), DecimalAxis.of("risk"));
    this.model = model;
    setId("plan-chart");
    setAnimated(false);
    setCreateSymbols(false);
    setLegendVisible(false);
    getData().add(steps);
    model.frontProperty().addListener((observable, before, after) -> show());
    model.bestProperty().addListener((observable, before, after) -> show());
    model.selectedProperty().addListener((observable, before, after) -> show());
    model.plannedPointProperty().addListener((observable, before, after) -> show());
    model.budgetProperty().addListener((observable, before, after) -> show());
    show();
  }

  private void show() {
    for (Marker marker : markers) {
      getChartChildren().removeAll(marker.shape(), marker.label());
    }
    markers.clear();
    steps.getData().clear();
    PlanFront front = model.frontProperty().get();
    if (front == null) {
      return;
    }
    PlannedPoint planned = model.plannedPointProperty().get();
    Double budget = model.budgetProperty().get();
    double right = front.front().isEmpty() ? 0 : last(front).cost();
    double top = front.baseline().risk();
    if (planned != null) {
      right = Math.max(right, planned.cost());
      top = Math.max(top, planned.risk());
    }
    if (budget != null) {
      right = Math.max(right, budget);
    }
    range((NumberAxis) getXAxis(), right > 0 ? right * HEADROOM : 1);
    range((NumberAxis) getYAxis(), top > 0 ? top * HEADROOM : 1);
    right = ((NumberAxis) getXAxis()).getUpperBound();
    top = ((NumberAxis) getYAxis()).getUpperBound();
    showSteps(front, right);
    if (budget != null) {
      Line line = new Line();
      line.getStyleClass().add("plan-budget");
      line.setId("plan-budget");
      add(new Marker(line, label("budget " + Decimals.of(budget), "plan-budget-label"),
          budget, top));
    }
    for (Plan plan : front.front()) {
      add(new Marker(dot(plan), null, plan.cost(), plan.risk()));
    }
    Rectangle today = new Rectangle(9, 9);
    today.getStyleClass().add("plan-today");
    Tooltip.install(today, new Tooltip("today: the implemented mitigations only, risk "
        + Decimals.of(front.baseline().risk())));
    front.front().stream().filter(plan -> plan.mitigations().isEmpty()).findFirst()
        .ifPresent(empty -> today.setOnMouseClicked(event -> // it covers the empty plan's dot
            model.selectedProperty().set(empty)));
    // nothing planned beyond today: one label, not two drawn over each other
    boolean plannedIsToday = planned != null && planned.cost() == 0 && planned.uncosted() == 0
        && Math.abs(planned.risk() - front.baseline().risk()) <= 1e-12 * planned.risk();
    add(new Marker(today, label(plannedIsToday ? "today = planned" : "today", "plan-today-label"),
        0, front.baseline().risk()));
    if (planned != null) {
      Rectangle point = new Rectangle(9, 9);
      point.setRotate(45);
      point.getStyleClass().add("plan-planned");
      point.setId("plan-planned");
      Tooltip.install(point, new Tooltip("planned mode: cost " + Decimals.of(planned.cost())
          + (planned.uncosted() == 0 ? "" : " (+" + planned.uncosted() + " without a cost)")
          + ", risk " + Decimals.of(planned.risk())));
      add(new Marker(point, plannedIsToday ? null : label("planned", "plan-planned-label"),
          planned.cost(), planned.risk()));
    }
  }

  /** Steps from each plan right to the next plan's cost, then down to its risk. */
  private void showSteps(PlanFront front, double right) {
    List<XYChart.Data<Number, Number>> points = new ArrayList<>();
    Plan previous = null;
    for (Plan plan : front.front()) {
      if (previous != null) {
        points.add(new XYChart.Data<>(plan.cost(), previous.risk()));
      }
      points.add(new XYChart.Data<>(plan.cost(), plan.risk()));
      previous = plan;
    }
    if (previous != null) {
      points.add(new XYChart.Data<>(right, previous.risk()));
    }
    steps.getData().setAll(points);
  }

  private Shape dot(Plan plan) {
    Circle dot = new Circle(5);
    dot.getStyleClass().add("plan-point");
    if (plan.equals(model.bestProperty().get())) {
      dot.getStyleClass().add("best");
      dot.setRadius(7);
    }
    if (plan.equals(model.selectedProperty().get())) {
      dot.getStyleClass().add("selected");
    }
    Tooltip.install(dot, new Tooltip("cost " + Decimals.of(plan.cost()) + ", risk "
        + Decimals.of(plan.risk()) + "\n" + (plan.mitigations().isEmpty() ? "no mitigation"
            : String.join(", ", plan.mitigations()))));
    dot.setOnMouseClicked(event -> model.selectedProperty().set(plan));
    return dot;
  }

  private static Label label(String text, String styleClass) {
    Label label = new Label(text);
    label.getStyleClass().addAll("plan-label", styleClass);
    label.setMouseTransparent(true);
    return label;
  }

  /**
   * Adds {@code marker} over the plot, not inside it: the plot clips what crosses its edges (half
   * of today's square, at cost 0), the chart does not.
   */
  private void add(Marker marker) {
    markers.add(marker);
    marker.shape().setManaged(false);
    getChartChildren().add(marker.shape());
    if (marker.label() != null) {
      marker.label().setManaged(false);
      getChartChildren().add(marker.label());
    }
  }

  private static Plan last(PlanFront front) {
    return front.front().get(front.front().size() - 1);
  }

  /** From 0 to at least {@code upper}, in about five round ticks (1, 2 or 5 × 10^n). */
  private static void range(NumberAxis axis, double upper) {
    double raw = upper / 5;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double unit = raw <= magnitude ? magnitude : raw <= 2 * magnitude ? 2 * magnitude
        : raw <= 5 * magnitude ? 5 * magnitude : 10 * magnitude;
    axis.setLowerBound(0);
    axis.setUpperBound(Math.ceil(upper / unit) * unit);
    axis.setTickUnit(unit);
  }

  /** Places the markers, in the coordinates of the chart's children (the axes are among them). */
  @Override
  protected void layoutPlotChildren() {
    super.layoutPlotChildren();
    NumberAxis x = (NumberAxis) getXAxis();
    NumberAxis y = (NumberAxis) getYAxis();
    for (Marker marker : markers) {
      double px = x.getLayoutX() + x.getDisplayPosition(marker.x());
      double py = y.getLayoutY() + y.getDisplayPosition(marker.y());
      if (marker.shape() instanceof Line line) {
        line.setStartX(px);
        line.setEndX(px);
        line.setStartY(y.getLayoutY() + y.getDisplayPosition(0));
        line.setEndY(py);
      } else {
        Node shape = marker.shape();
        shape.relocate(px - shape.prefWidth(-1) / 2, py - shape.prefHeight(-1) / 2);
      }
      if (marker.label() != null) {
        Label label = marker.label();
        label.autosize();
        boolean budgetLine = marker.shape() instanceof Line;
        label.relocate(budgetLine ? px + 4 : px + 8,
            budgetLine ? py : py - label.getHeight() - 2);
      }
    }
  }
}
