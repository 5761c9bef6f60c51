package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.CardChanges;
import dev.thicket.model.tree.AttackTree;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The canvas's side of File → Compare with…: the comparison shown ({@link CardChanges}, applied
 * only while it was made for the open tree, so that an edit never paints a stale one), what the
 * last paint outlined, and the tooltip with the change of the card under the mouse.
 */
final class CanvasComparison {
  private final ObjectProperty<CardChanges> shown = new SimpleObjectProperty<>();
  private final Map<String, CardChanges.State> outlined = new LinkedHashMap<>();
  private final Tooltip tip = new Tooltip();
  private final Canvas canvas;
  private final Supplier<AttackTree> open;
  private boolean tipInstalled;

  CanvasComparison(Canvas canvas, Supplier<AttackTree> open) {
    this.canvas = canvas;
    this.open = open;
    tip.setId("change-tip");
    tip.setShowDelay(Duration.millis(250));
    tip.setWrapText(true);
    tip.setMaxWidth(520);
  }

  ObjectProperty<CardChanges> shownProperty() {
    return shown;
  }

  /** The comparison if it is of the open tree, else null. */
  CardChanges applied() {
    CardChanges changes = shown.get();
    return changes != null && changes.open() == open.get() ? changes : null;
  }

  /** Forgets the outlines before a paint; {@link #outline} records each one painted. */
  void startPaint() {
    outlined.clear();
  }

  void outline(String id, CardChanges.State state) {
    outlined.put(id, state);
  }

  Map<String, CardChanges.State> outlined() {
    return Collections.unmodifiableMap(outlined);
  }

  Tooltip tip() {
    return tip;
  }

  /** Shows the change of the card {@code id} (null: none) in the tooltip, or no tooltip. */
  void tipFor(String id) {
    CardChanges changes = applied();
    CardChanges.Card card = changes == null || id == null ? null : changes.cards().get(id);
    if (card == null) {
      if (tipInstalled) {
        Tooltip.uninstall(canvas, tip);
        tip.hide();
        tipInstalled = false;
      }
      return;
    }
    tip.setText(card.tooltip());
    if (!tipInstalled) {
      Tooltip.install(canvas, tip);
      tipInstalled = true;
    }
  }
}
