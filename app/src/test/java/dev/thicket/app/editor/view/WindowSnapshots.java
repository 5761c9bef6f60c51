package dev.thicket.app.editor.view;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Writes a window as it is painted to {@code target/screenshots/NAME.png}, to be looked at. */
final class WindowSnapshots {
  private WindowSnapshots() {}

  static void write(FxRobot robot, MainWindow window, String name) throws Exception {
    write(robot, window.scene(), name);
  }

  /** Writes {@code scene} (a dialog's, say) as it is painted. */
  static void write(FxRobot robot, javafx.scene.Scene scene, String name) throws Exception {
    WritableImage[] image = new WritableImage[1];
    robot.interact(() -> image[0] = scene.snapshot(null));
    int width = (int) image[0].getWidth();
    int height = (int) image[0].getHeight();
    BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    PixelReader pixels = image[0].getPixelReader();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        buffered.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    Path out = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(out.getParent());
    ImageIO.write(buffered, "png", out.toFile());
  }
}
