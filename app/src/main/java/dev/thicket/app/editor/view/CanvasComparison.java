package dev.thicket.app.editor.view;

import dev.thicket.app.editor.layout.CanvasLayout.Box;
import javafx.scene.canvas.GraphicsContext;

import dev.thicket.app.editor.layout.LayoutCache;
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
 * only while the open tree has the structure it was made for, {@link #applied}), what the last
 * paint outlined, and the tooltip with the change of the card under the mouse.
 */
final class CanvasComparison {
  private final ObjectProperty<CardChanges> shown = new SimpleObjectProperty<>();
  private final Map<String, CardChanges.State> outlined = new LinkedHashMap<>();
  private final Tooltip tip = new Tooltip();
  private final Canvas canvas;
  private final Supplier<AttackTree> open;
  private boolean tipInstalled;
  private CardChanges checkedChanges;
  private AttackTree checkedTree;
  private boolean fits;

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

  /**
   * The comparison to draw over the open tree: the newest one while the open tree has the
   * structure it was made for (root, ids, children: its ghosts' places hold), else null. After an
   * edit of values its outlines lag until the diff of the edit lands (the panel shows it running);
   * after a structural edit there are none until then. Cost: linear once per tree and comparison.
   */
  CardChanges applied() {
    CardChanges changes = shown.get();
    AttackTree tree = open.get();
    if (changes == null) {
      return null;
    }
    if (changes != checkedChanges || tree != checkedTree) {
      checkedChanges = changes;
      checkedTree = tree;
      fits = LayoutCache.sameStructure(changes.open(), tree);
    }
    return fits ? changes : null;
  }

  /** Forgets the outlines before a paint; {@link #outline} records each one painted. */
  void startPaint() {
    outlined.clear();
  }

  /** Outlines {@code id}'s card in {@code changes} (null: not comparing) if it changed. */
  void outline(GraphicsContext gc, CardPainter painter, CardChanges changes, String id, Box box,
      boolean detailed) {
    CardChanges.State state = changes == null ? null : changes.stateOf(id);
    if (state != null) {
      painter.paintOutline(gc, box, state, detailed);
      outlined.put(id, state);
    }
  }

  /** Whether {@code id} is a card of {@code tree} or a ghost of {@code changes} (null: none). */
  static boolean shows(AttackTree tree, CardChanges changes, String id) {
    return tree.nodes().containsKey(id) || changes != null && changes.ghosts().contains(id);
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
