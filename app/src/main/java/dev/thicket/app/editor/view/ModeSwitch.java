package dev.thicket.app.editor.view;

import dev.thicket.model.analysis.Mode;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.SegmentedButton;

/**
 * Inherent | residual | planned, as one segmented button (ControlsFX) bound to the mode the
 * editor shows; one segment is always down. The same switch as View → Inherent... in the menu.
 */
final class ModeSwitch extends SegmentedButton {
  ModeSwitch(ObjectProperty<Mode> mode, String idPrefix) {
    for (Mode each : Mode.values()) {
      ToggleButton button = new ToggleButton(each.keyword());
      button.setId(idPrefix + "-" + each.keyword());
      button.setUserData(each);
      button.setFocusTraversable(false);
      button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      button.setTooltip(new Tooltip(switch (each) {
        case INHERENT -> "no mitigation counts";
        case RESIDUAL -> "implemented mitigations count";
        case PLANNED -> "implemented and planned mitigations count";
      }));
      getButtons().add(button);
    }
    show(mode.get());
    getToggleGroup().selectedToggleProperty().addListener((observable, before, after) -> {
      if (after == null) {
        before.setSelected(true); // clicking the segment that is down keeps it down
      } else {
        mode.set((Mode) after.getUserData());
      }
    });
    mode.addListener((observable, before, after) -> show(after));
  }

  /**
   * The switch after a label that says what it switches: one row, or two when the panel is too
   * narrow for both (1366×768), never a cut label.
   */
  static javafx.scene.layout.FlowPane row(ObjectProperty<Mode> mode, String idPrefix) {
    javafx.scene.control.Label label = new javafx.scene.control.Label("mitigations that count:");
    label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(8, 4, label,
        new ModeSwitch(mode, idPrefix));
    row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    row.setPrefWrapLength(0);
    return row;
  }

  /**
   * Puts {@code mode}'s segment down. Only by selecting it (the group lets the other one up):
   * putting the current one up first would leave none down for a moment, which the listener
   * above undoes, setting the mode back; two switches would then fight forever.
   */
  private void show(Mode mode) {
    getButtons().stream().filter(button -> button.getUserData() == mode).findFirst()
        .ifPresent(button -> button.setSelected(true));
  }
}
