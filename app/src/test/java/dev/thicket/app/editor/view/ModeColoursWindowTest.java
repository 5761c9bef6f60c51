package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.layout.CanvasLayout;
import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.exports.report.HeatScale;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The mode switch recolours the cards: the fill of a mitigated attack step, read off the painted
 * canvas, is the heat colour of its risk with its mitigation (residual) and without (inherent).
 */
@ExtendWith(ApplicationExtension.class)
class ModeColoursWindowTest {
  @TempDir static Path folder;

  private final AttackTree keras = read();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = new MainWindow(stage, keras, MainWindowTest.KERAS, ScriptedDialogs::new,
        new RecentFiles(folder.resolve("recent.txt")));
    stage.show();
  }

  @Test
  void inherentSwitchRepaintsTheCardInTheColourOfItsUnmitigatedRisk(FxRobot robot)
      throws Exception {
    Node step = keras.node("crafted-input");
    Mitigation mitigation = keras.mitigations().get(step.mitigations().get(0));
    double impact = keras.rootNode().impact().value();
    HeatScale heat = new HeatScale(keras.settings().highRiskOrDefault());
    double likelihood = step.likelihood().value();
    Color residual = Color.web(heat.colour(likelihood * (1 - mitigation.effectiveness()) * impact));
    Color inherent = Color.web(heat.colour(likelihood * impact));
    assertThat(inherent).as("the two risks fall in different heat bands").isNotEqualTo(residual);
    awaitScores(Mode.RESIDUAL);
    assertThat(fillOf(robot, step.id())).isEqualTo(residual);

    robot.clickOn("#results-mode-inherent");
    awaitScores(Mode.INHERENT);

    assertThat(fillOf(robot, step.id())).isEqualTo(inherent);
  }

  private void awaitScores(Mode mode) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
        window.results().analysedProperty().get() == window.document().tree()
            && !window.results().runningProperty().get()
            && window.results().resultProperty().get().mode() == mode);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The canvas pixel inside the card's right edge, halfway down (no text or badge there). */
  private Color fillOf(FxRobot robot, String id) {
    Point2D corner = window.canvas().screenPositionOf(id);
    double zoom = window.canvas().zoom();
    int x = (int) (corner.getX() + CanvasLayout.BOX_WIDTH * zoom - 8);
    int y = (int) (corner.getY() + CanvasLayout.BOX_HEIGHT * zoom / 2);
    WritableImage[] image = new WritableImage[1];
    robot.interact(() -> image[0] = window.canvas().canvas().snapshot(null, null));
    Color pixel = image[0].getPixelReader().getColor(x, y);
    return Color.color(round(pixel.getRed()), round(pixel.getGreen()), round(pixel.getBlue()));
  }

  /** To the 8-bit channel the heat colour was given in. */
  private static double round(double channel) {
    return Math.round(channel * 255) / 255.0;
  }

  private static AttackTree read() {
    try {
      return TreeReader.read(MainWindowTest.KERAS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
