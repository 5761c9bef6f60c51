package dev.thicket.app.editor.view;

import dev.thicket.app.editor.layout.CanvasLayout;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.testfx.api.FxRobot;

/** Colours read off the painted canvas of a window. */
final class CardPixels {
  private CardPixels() {}

  /**
   * The fill of {@code id}'s card: the canvas pixel inside the card's right edge, halfway down
   * (no text or badge there), to the 8-bit channels the heat colours are given in.
   */
  static Color fill(FxRobot robot, MainWindow window, String id) {
    Point2D corner = window.canvas().screenPositionOf(id);
    double zoom = window.canvas().zoom();
    int x = (int) (corner.getX() + CanvasLayout.BOX_WIDTH * zoom - 8);
    int y = (int) (corner.getY() + CanvasLayout.BOX_HEIGHT * zoom / 2);
    WritableImage[] image = new WritableImage[1];
    robot.interact(() -> image[0] = window.canvas().canvas().snapshot(null, null));
    Color pixel = image[0].getPixelReader().getColor(x, y);
    return Color.color(round(pixel.getRed()), round(pixel.getGreen()), round(pixel.getBlue()));
  }

  /** The canvas's background: its top left pixel (the layout's margin, never a card). */
  static Color background(FxRobot robot, MainWindow window) {
    WritableImage[] image = new WritableImage[1];
    robot.interact(() -> image[0] = window.canvas().canvas().snapshot(null, null));
    Color pixel = image[0].getPixelReader().getColor(1, 1);
    return Color.color(round(pixel.getRed()), round(pixel.getGreen()), round(pixel.getBlue()));
  }

  private static double round(double channel) {
    return Math.round(channel * 255) / 255.0;
  }
}
