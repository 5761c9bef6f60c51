package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.DocumentViewModel;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The canvas's mouse: click selects, double-click renames, dragging a card onto another moves it
 * there (a dashed line shows the drop while dragging), dragging the background pans, Ctrl+wheel
 * zooms, wheel scrolls. Only the open tree's cards take part (never a comparison's ghosts).
 */
final class CanvasMouse {
  private final TreeCanvasView view;
  private final DocumentViewModel document;
  private Point2D dragFrom;
  private boolean dragged;
  private String dragNode;
  private Point2D dropAt;
  private Runnable onRename = () -> {};

  private CanvasMouse(TreeCanvasView view, DocumentViewModel document) {
    this.view = view;
    this.document = document;
  }

  static CanvasMouse install(TreeCanvasView view, DocumentViewModel document) {
    CanvasMouse mouse = new CanvasMouse(view, document);
    view.canvas().addEventHandler(MouseEvent.MOUSE_PRESSED, mouse::pressed);
    view.canvas().addEventHandler(MouseEvent.MOUSE_DRAGGED, mouse::dragged);
    view.canvas().addEventHandler(MouseEvent.MOUSE_RELEASED, mouse::released);
    view.canvas().addEventHandler(MouseEvent.MOUSE_CLICKED, mouse::clicked);
    view.canvas().addEventHandler(ScrollEvent.SCROLL, mouse::scrolled);
    return mouse;
  }

  void setOnRename(Runnable action) {
    onRename = action;
  }

  /** The dashed line from the dragged card to the mouse, in view coordinates. */
  void paintDrop(GraphicsContext gc) {
    if (dropAt == null) {
      return;
    }
    Point2D from = view.centreOf(dragNode);
    gc.setTransform(1, 0, 0, 1, 0, 0);
    gc.setStroke(CardPainter.SELECTED);
    gc.setLineWidth(3);
    gc.setLineDashes(6, 4);
    gc.strokeLine(from.getX(), from.getY(), dropAt.getX(), dropAt.getY());
    gc.setLineDashes();
  }

  private void pressed(MouseEvent event) {
    view.canvas().requestFocus();
    dragFrom = new Point2D(event.getX(), event.getY());
    dragged = false;
    dragNode = view.nodeAt(event.getX(), event.getY());
    dropAt = null;
  }

  private void released(MouseEvent event) {
    if (dragged && dragNode != null) {
      String target = view.nodeAt(event.getX(), event.getY());
      if (target != null && !target.equals(dragNode)) {
        document.moveUnder(dragNode, target);
      }
    }
    dragNode = null;
    dropAt = null;
    view.paint();
  }

  private void dragged(MouseEvent event) {
    if (dragFrom == null) {
      return;
    }
    double dx = event.getX() - dragFrom.getX();
    double dy = event.getY() - dragFrom.getY();
    if (dragged || Math.abs(dx) + Math.abs(dy) > 4) {
      dragged = true;
      if (dragNode != null && !dragNode.equals(document.tree().root())) {
        dropAt = new Point2D(event.getX(), event.getY());
        view.paint();
      } else {
        dragFrom = new Point2D(event.getX(), event.getY());
        view.panBy(dx, dy);
      }
    }
  }

  private void clicked(MouseEvent event) {
    if (dragged || event.getButton() != MouseButton.PRIMARY) {
      return;
    }
    String id = view.nodeAt(event.getX(), event.getY());
    if (id != null) {
      document.selectedProperty().set(id);
      if (event.getClickCount() == 2) {
        onRename.run();
      }
    }
  }

  private void scrolled(ScrollEvent event) {
    if (event.isControlDown()) {
      view.zoomAround(event.getDeltaY() > 0 ? 1.15 : 1 / 1.15, event.getX(), event.getY());
    } else {
      view.panBy(event.getDeltaX(), event.getDeltaY());
    }
    event.consume();
  }
}
