package dev.thicket.app.editor.view;

import dev.thicket.app.editor.layout.CanvasLayout.Box;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;

/**
 * The canvas's zoom and pan: view point = world point × zoom + offset. Fitting a layout, zooming
 * around a point, panning so that a card is in sight.
 */
final class CanvasViewport {
  private static final double MIN_ZOOM = 0.05;
  private static final double MAX_ZOOM = 4;
  /** The smallest zoom at which a card's title can be read on a projector. */
  static final double READABLE_ZOOM = 0.75;
  /** The view's margin above the goal's card in the opening view. */
  private static final double OPENING_MARGIN = 16;

  private double zoom = 1;
  private double offsetX;
  private double offsetY;

  double zoom() {
    return zoom;
  }

  /** The view point of the world point. */
  Point2D toView(double worldX, double worldY) {
    return new Point2D(worldX * zoom + offsetX, worldY * zoom + offsetY);
  }

  /** The world point at the view point. */
  Point2D toWorld(double x, double y) {
    return new Point2D((x - offsetX) / zoom, (y - offsetY) / zoom);
  }

  /** The part of the world a view of {@code width} × {@code height} shows. */
  Rectangle2D inSight(double width, double height) {
    return new Rectangle2D(-offsetX / zoom, -offsetY / zoom, width / zoom, height / zoom);
  }

  /** Draws world coordinates into the view from now on. */
  void applyTo(GraphicsContext gc) {
    gc.setTransform(zoom, 0, 0, zoom, offsetX, offsetY);
  }

  void moveTo(double x, double y) {
    offsetX = x;
    offsetY = y;
  }

  void panBy(double dx, double dy) {
    offsetX += dx;
    offsetY += dy;
  }

  /** Puts the world point at the centre of a view of {@code width} × {@code height}. */
  void centreOn(double worldX, double worldY, double width, double height) {
    offsetX = width / 2 - worldX * zoom;
    offsetY = height / 2 - worldY * zoom;
  }

  /** Shows a world of {@code worldWidth} × {@code worldHeight} whole, at most at 160 %. */
  void fit(double worldWidth, double worldHeight, double width, double height) {
    zoom = clamp(Math.min(1.6, Math.min(width / worldWidth, height / worldHeight)));
    offsetX = (width - worldWidth * zoom) / 2;
    offsetY = Math.max(0, (height - worldHeight * zoom) / 2);
  }

  /**
   * The view a tree opens with: the whole world when its cards can be read so (zoom at least
   * {@link #READABLE_ZOOM}), else {@code goal}'s card at the top centre at that zoom.
   */
  void open(double worldWidth, double worldHeight, Box goal, double width, double height) {
    fit(worldWidth, worldHeight, width, height);
    if (zoom < READABLE_ZOOM && goal != null) {
      zoom = READABLE_ZOOM;
      offsetX = width / 2 - (goal.x() + goal.width() / 2) * zoom;
      offsetY = OPENING_MARGIN - goal.y() * zoom;
    }
  }

  /** Zooms by {@code factor} keeping the view point (x, y) where it is. */
  void zoomAround(double factor, double x, double y) {
    double next = clamp(zoom * factor);
    offsetX = x - (x - offsetX) * next / zoom;
    offsetY = y - (y - offsetY) * next / zoom;
    zoom = next;
  }

  /** Pans (along each axis only if needed) so that the card is in a view of this size. */
  void reveal(Box box, double width, double height) {
    double left = box.x() * zoom + offsetX;
    double top = box.y() * zoom + offsetY;
    double right = left + box.width() * zoom;
    double bottom = top + box.height() * zoom;
    if (left < 0 || right > width) {
      offsetX += width / 2 - (left + right) / 2;
    }
    if (top < 0 || bottom > height) {
      offsetY += height / 2 - (top + bottom) / 2;
    }
  }

  /**
   * Pans so that the cards of {@code ids} are in sight when, together, they fit a view of this
   * size at this zoom, else so that the first placed one is; nothing when none is placed.
   */
  void revealAll(List<String> ids, Map<String, Box> placed, double width, double height) {
    List<Box> boxes = ids.stream().map(placed::get).filter(Objects::nonNull).toList();
    if (boxes.isEmpty() || width <= 0 || height <= 0) { // nothing placed, or no view yet
      return;
    }
    double left = boxes.stream().mapToDouble(Box::x).min().orElseThrow();
    double top = boxes.stream().mapToDouble(Box::y).min().orElseThrow();
    double right = boxes.stream().mapToDouble(box -> box.x() + box.width()).max().orElseThrow();
    double bottom = boxes.stream().mapToDouble(box -> box.y() + box.height()).max().orElseThrow();
    boolean fits = (right - left) * zoom <= width && (bottom - top) * zoom <= height;
    reveal(fits ? new Box(left, top, right - left, bottom - top) : boxes.get(0), width, height);
  }

  private static double clamp(double value) {
    return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
  }
}
