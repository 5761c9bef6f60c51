package dev.thicket.app.editor.view;

import dev.thicket.exports.Decimals;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/** A chart axis whose range the chart sets, ticks written as the reports write numbers. */
final class DecimalAxis {
  private DecimalAxis() {}

  static NumberAxis of(String label) {
    NumberAxis axis = new NumberAxis();
    axis.setLabel(label);
    axis.setAutoRanging(false);
    axis.setAnimated(false);
    axis.setMinorTickVisible(false);
    axis.setTickLabelFormatter(new StringConverter<>() {
      @Override
      public String toString(Number value) {
        return Decimals.of(value.doubleValue());
      }

      @Override
      public Number fromString(String text) {
        return Double.valueOf(text);
      }
    });
    return axis;
  }
}
