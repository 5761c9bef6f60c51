package dev.thicket.app.editor.view;

import dev.thicket.app.editor.layout.CanvasLayout;
import dev.thicket.app.editor.layout.CanvasLayout.Box;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

/**
 * The overview in a corner of the canvas when the tree is larger than the view: every card as a
 * dot of its colour, and the part in view as a rectangle; pressing or dragging on it moves the
 * view there. The cards are drawn once into an image per layout or colour change, so panning only
 * redraws the image and the rectangle, whatever the tree's size.
 */
final class Minimap extends Canvas {
  static final double MAX_WIDTH = 240;
  static final double MAX_HEIGHT = 170;
  /** A very wide or very tall tree is stretched across at least this many pixels. */
  static final double MIN_SIDE = 48;

  /** Where the view is moved to: a world point to centre. */
  interface Navigator {
    void centreOn(double worldX, double worldY);
  }

  private final Navigator navigator;
  private WritableImage cards;
  private double scaleX;
  private double scaleY;
  private boolean dark;
  private boolean stale = true;

  Minimap(Navigator navigator) {
    this.navigator = navigator;
    setId("minimap");
    addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveView);
    addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveView);
    addEventHandler(MouseEvent.ANY, MouseEvent::consume); // the canvas below must not pan
  }

  /** Minimap pixels per world unit across: minimap x = world x × scaleX. */
  double scaleX() {
    return scaleX;
  }

  /** Minimap pixels per world unit down. */
  double scaleY() {
    return scaleY;
  }

  /**
   * Redraws the cards: {@code colour} gives each card's colour (by node id). Sizes the minimap
   * to the layout's proportions, stretched when one side would be thinner than {@link
   * #MIN_SIDE}.
   */
  void drawCards(CanvasLayout layout, Function<String, Color> colour, boolean darkTheme) {
    dark = darkTheme;
    double scale = Math.min(MAX_WIDTH / layout.width(), MAX_HEIGHT / layout.height());
    int width = (int) Math.ceil(Math.max(MIN_SIDE, layout.width() * scale));
    int height = (int) Math.ceil(Math.max(MIN_SIDE, layout.height() * scale));
    scaleX = width / layout.width();
    scaleY = height / layout.height();
    int[] pixels = new int[width * height];
    java.util.Arrays.fill(pixels, dark ? 0xf02a2c30 : 0xf0ffffff);
    for (Map.Entry<String, Box> entry : layout.boxes().entrySet()) {
      Box box = entry.getValue();
      int x0 = clamp((int) Math.floor(box.x() * scaleX), width);
      int y0 = clamp((int) Math.floor(box.y() * scaleY), height);
      int x1 = clamp(Math.max(x0 + 1, (int) Math.ceil((box.x() + box.width()) * scaleX)), width);
      int y1 = clamp(Math.max(y0 + 1, (int) Math.ceil(box.bottom() * scaleY)), height);
      int argb = argb(colour.apply(entry.getKey()));
      for (int y = y0; y < y1; y++) {
        java.util.Arrays.fill(pixels, y * width + x0, y * width + x1, argb);
      }
    }
    cards = new WritableImage(width, height);
    cards.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(),
        pixels, 0, width);
    setWidth(width);
    setHeight(height);
  }

  /** The cards' places or colours changed: {@link #show} draws them again. */
  void markStale() {
    stale = true;
  }

  /**
   * Shows the overview in the bottom right corner of a view of {@code width} × {@code height}
   * pixels, when {@code wanted} and the tree is larger than the view (hidden otherwise): the
   * cards (drawn again when {@linkplain #markStale stale}; {@code colour} as in {@link
   * #drawCards}), the rectangle of {@code view} (the world in sight) and a ring around {@code
   * selected}.
   */
  void show(boolean wanted, CanvasLayout layout, Function<String, Color> colour,
      boolean darkTheme, Rectangle2D view, Box selected, double width, double height) {
    double zoom = width / view.getWidth();
    setVisible(wanted
        && (layout.width() * zoom > width + 1 || layout.height() * zoom > height + 1));
    if (!isVisible()) {
      return;
    }
    if (stale) {
      drawCards(layout, colour, darkTheme);
      stale = false;
    }
    relocate(width - getWidth() - 12, height - getHeight() - 12);
    drawView(view, selected);
  }

  /**
   * Draws the cards, the rectangle of {@code view} and a ring around {@code selected} (world
   * coordinates; null for none).
   */
  void drawView(Rectangle2D view, Box selected) {
    GraphicsContext gc = getGraphicsContext2D();
    gc.clearRect(0, 0, getWidth(), getHeight());
    if (cards == null) {
      return;
    }
    gc.drawImage(cards, 0, 0);
    double x = Math.max(0, view.getMinX() * scaleX);
    double y = Math.max(0, view.getMinY() * scaleY);
    double right = Math.min(getWidth(), view.getMaxX() * scaleX);
    double bottom = Math.min(getHeight(), view.getMaxY() * scaleY);
    gc.setFill(Color.web(dark ? "#4f8fdd" : "#1565c0", 0.18));
    gc.setStroke(Color.web(dark ? "#90caf9" : "#1565c0"));
    gc.setLineWidth(2);
    if (right > x && bottom > y) {
      gc.fillRect(x, y, right - x, bottom - y);
      gc.strokeRect(x + 1, y + 1, Math.max(1, right - x - 2), Math.max(1, bottom - y - 2));
    }
    if (selected != null) {
      gc.setStroke(CardPainter.SELECTED);
      gc.setLineWidth(2);
      gc.strokeOval(selected.centreX() * scaleX - 5, (selected.y() + selected.height() / 2)
          * scaleY - 5, 10, 10);
    }
    gc.setStroke(Color.web(dark ? "#9e9e9e" : "#616161"));
    gc.setLineWidth(1);
    gc.strokeRect(0.5, 0.5, getWidth() - 1, getHeight() - 1);
  }

  private void moveView(MouseEvent event) {
    if (scaleX > 0) {
      navigator.centreOn(event.getX() / scaleX, event.getY() / scaleY);
    }
  }

  private static int clamp(int value, int limit) {
    return Math.max(0, Math.min(limit, value));
  }

  private static int argb(Color colour) {
    return (int) Math.round(colour.getOpacity() * 255) << 24
        | (int) Math.round(colour.getRed() * 255) << 16
        | (int) Math.round(colour.getGreen() * 255) << 8
        | (int) Math.round(colour.getBlue() * 255);
  }
}
