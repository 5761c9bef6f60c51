package dev.thicket.app.editor.view;

import dev.thicket.app.editor.layout.CanvasLayout;
import dev.thicket.app.editor.layout.CanvasLayout.Box;
import dev.thicket.model.score.Edge;
import java.util.Set;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

/**
 * Draws the parent → child edges in sight: an edge of the spanning tree as an elbow from the
 * parent's bottom to the child's top, a further parent edge of a shared node as a dashed line;
 * edges on the selected scenario's paths thick and red, the others faded while one is selected;
 * an edge to a removed node's ghost (comparing) faded and dashed.
 */
final class EdgePainter {
  private EdgePainter() {}

  /**
   * Paints in world coordinates the edges between cards that {@code shows}; {@code view} is the
   * part of the world in sight.
   */
  static void paint(GraphicsContext gc, CanvasLayout layout, Predicate<String> shows, boolean dark,
      Set<String> highlighted, Set<Edge> lit, Set<String> ghosts, Bounds view) {
    gc.setLineCap(StrokeLineCap.ROUND);
    Color normal = dark ? Color.web("#9e9e9e") : Color.web("#616161");
    for (CanvasLayout.Edge edge : layout.edgesIn(view.getMinX(), view.getMinY(), view.getMaxX(),
        view.getMaxY())) {
      Box from = edge.from();
      Box to = edge.to();
      if (from == null || to == null || !inSight(from, to, view) || !shows.test(edge.parent())
          || !shows.test(edge.child())) {
        continue;
      }
      boolean on = lit.contains(new Edge(edge.parent(), edge.child()));
      boolean ghost = ghosts.contains(edge.child());
      gc.setGlobalAlpha(ghost ? CardPainter.GHOST_ALPHA : !highlighted.isEmpty() && !on ? 0.25 : 1);
      gc.setStroke(on ? CardPainter.HIGHLIGHT : normal);
      gc.setLineWidth(on ? 5 : 1.6);
      if (edge.spanning()) {
        gc.setLineDashes(ghost ? new double[] {6, 5} : null);
        double middle = from.bottom() + CanvasLayout.LEVEL_GAP / 2;
        gc.strokePolyline(new double[] {from.centreX(), from.centreX(), to.centreX(),
            to.centreX()}, new double[] {from.bottom(), middle, middle, to.y()}, 4);
        gc.setLineDashes();
      } else {
        gc.setLineDashes(8, 6);
        gc.strokeLine(from.centreX(), from.bottom(), to.centreX(), to.y());
        gc.setLineDashes();
      }
    }
    gc.setGlobalAlpha(1);
  }

  private static boolean inSight(Box from, Box to, Bounds view) {
    return Math.max(from.centreX(), to.centreX()) >= view.getMinX()
        && Math.min(from.centreX(), to.centreX()) <= view.getMaxX()
        && Math.max(from.bottom(), to.y()) >= view.getMinY()
        && Math.min(from.bottom(), to.y()) <= view.getMaxY();
  }
}
