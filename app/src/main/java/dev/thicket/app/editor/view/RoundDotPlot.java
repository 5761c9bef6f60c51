package dev.thicket.app.editor.view;

import dev.thicket.exports.Decimals;
import dev.thicket.model.estimation.RoundSummary;
import dev.thicket.model.tree.Vote;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;

/**
 * A revealed round as a dot plot on the 0–1 axis: one dot per vote with its initials, equal
 * values stacked, outliers marked, the median as a vertical line, the scale's levels as ticks.
 */
final class RoundDotPlot extends Pane {
  static final double WIDTH = 560;
  static final double HEIGHT = 200;
  private static final double MARGIN = 24;
  private static final double AXIS_Y = 150;
  private static final double DOT = 7;
  /** The most room one stacked dot with its initials above it takes. */
  private static final double STACK = 34;

  RoundDotPlot(RoundSummary summary, Map<String, Double> scale) {
    setId("round-dots");
    getStyleClass().add("round-dots");
    setPrefSize(WIDTH, HEIGHT);
    setMinSize(WIDTH, HEIGHT);
    Line axis = new Line(x(0), AXIS_Y, x(1), AXIS_Y);
    axis.getStyleClass().add("round-axis");
    getChildren().add(axis);
    int row = 0;
    for (Map.Entry<String, Double> level : scale.entrySet()) {
      tick(level.getValue(), level.getKey(), row++ % 2);
    }
    if (scale.isEmpty()) {
      for (int i = 0; i <= 4; i++) {
        tick(i / 4.0, Decimals.of(i / 4.0), 0);
      }
    }
    double median = summary.median().value().resolve(scale);
    Line medianLine = new Line(x(median), 8, x(median), AXIS_Y);
    medianLine.setId("round-median");
    medianLine.getStyleClass().add("round-median");
    getChildren().add(medianLine);
    Map<Double, Long> counts = summary.sorted().stream().collect(java.util.stream.Collectors
        .groupingBy(vote -> vote.value().resolve(scale), java.util.stream.Collectors.counting()));
    double step = Math.min(STACK, (AXIS_Y - 30) / counts.values().stream()
        .mapToLong(Long::longValue).max().orElse(1));
    Map<Double, Integer> stacked = new HashMap<>();
    for (Vote vote : summary.sorted()) {
      double value = vote.value().resolve(scale);
      int height = stacked.merge(value, 1, Integer::sum) - 1;
      double y = AXIS_Y - 12 - height * step;
      Circle dot = new Circle(x(value), y, DOT);
      dot.setId("round-dot-" + vote.by());
      dot.getStyleClass().add("round-dot");
      // a label with the panel's background, so that the median line passes behind it
      javafx.scene.control.Label initials = new javafx.scene.control.Label(vote.by());
      initials.getStyleClass().add("round-initials");
      double width = new Text(vote.by()).getLayoutBounds().getWidth() + 4;
      initials.setLayoutX(x(value) - width / 2);
      initials.setLayoutY(y - DOT - 20);
      if (summary.outliers().contains(vote)) {
        dot.getStyleClass().add("outlier");
        initials.getStyleClass().add("outlier");
      }
      getChildren().addAll(dot, initials);
    }
  }

  private void tick(double value, String label, int row) {
    Line mark = new Line(x(value), AXIS_Y - 4, x(value), AXIS_Y + 4);
    mark.getStyleClass().add("round-axis");
    Text text = new Text(label);
    text.getStyleClass().add("round-tick");
    text.setX(x(value) - text.getLayoutBounds().getWidth() / 2);
    text.setY(AXIS_Y + 20 + row * 18);
    getChildren().addAll(mark, text);
  }

  private static double x(double value) {
    return MARGIN + value * (WIDTH - 2 * MARGIN);
  }
}
