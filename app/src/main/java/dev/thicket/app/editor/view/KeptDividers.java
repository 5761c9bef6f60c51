package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.PanelSizes;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The window's dividers that the next window opens with: each restored from {@link PanelSizes}
 * when built and kept there when the window closes.
 */
final class KeptDividers {
  private final Stage stage;
  private final PanelSizes sizes;
  private final Map<String, SplitPane> kept = new LinkedHashMap<>();

  KeptDividers(Stage stage, PanelSizes sizes) {
    this.stage = stage;
    this.sizes = sizes;
  }

  /**
   * Puts {@code split}'s divider where it was left ({@code fallback} the first time), now and
   * once the window has been shown and laid out: a position set before the first layout is
   * clamped against a size the split does not keep.
   */
  void restore(String name, SplitPane split, double fallback) {
    double position = sizes.get(name, fallback);
    split.setDividerPositions(position);
    stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown ->
        Platform.runLater(() -> split.setDividerPositions(position)));
    kept.put(name, split);
  }

  /**
   * {@link #restore} for a split inside another one (the results' scenarios / critical nodes),
   * whose size settles only after the outer dividers have: the position is put back whenever its
   * size changes, until someone presses on the split to move the divider.
   */
  void restoreNested(String name, SplitPane split, double fallback) {
    restore(name, split, fallback);
    double position = sizes.get(name, fallback);
    javafx.beans.value.ChangeListener<Number> settle = (observable, before, after) ->
        split.setDividerPositions(position);
    javafx.beans.property.ReadOnlyDoubleProperty size =
        split.getOrientation() == javafx.geometry.Orientation.VERTICAL
            ? split.heightProperty() : split.widthProperty();
    size.addListener(settle);
    split.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED,
        pressed -> size.removeListener(settle));
  }

  /** Writes where the dividers are; a divider folded to 0 (the Uncertainty tab's Taller) is not. */
  void save() {
    kept.forEach((name, split) -> {
      double[] positions = split.getDividerPositions();
      if (positions.length > 0 && positions[0] > 0) {
        sizes.put(name, positions[0]);
      }
    });
    sizes.save();
  }
}
