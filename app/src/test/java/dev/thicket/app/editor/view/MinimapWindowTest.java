package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The overview map: shown only when the tree is larger than the view; a click moves the view. */
@ExtendWith(ApplicationExtension.class)
class MinimapWindowTest {
  @TempDir static Path folder;

  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = MainWindowTest.openKeras(stage, folder);
  }

  @Test
  void overviewShowsWhenZoomedInAndAClickCentresTheViewThere(FxRobot robot) {
    robot.interact(() -> window.canvas().fit());
    Minimap minimap = window.canvas().minimap();
    assertThat(minimap.isVisible()).as("whole tree in view").isFalse();

    robot.clickOn(window.canvas().localToScreen(window.canvas().centreOf("rce")));
    for (int i = 0; i < 4; i++) {
      robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
    }
    assertThat(minimap.isVisible()).as("zoomed in").isTrue();

    Point2D target = new Point2D(minimap.getWidth() * 0.8, minimap.getHeight() * 0.7);
    robot.clickOn(minimap.localToScreen(target));

    Point2D centre = window.canvas().worldCentre();
    assertThat(centre.getX()).isCloseTo(target.getX() / minimap.scaleX(),
        within(2 / minimap.scaleX()));
    assertThat(centre.getY()).isCloseTo(target.getY() / minimap.scaleY(),
        within(2 / minimap.scaleY()));
    assertThat(window.document().selectedProperty().get()).as("a click on the map selects "
        + "nothing below it").isEqualTo("rce");

    robot.clickOn("View").clickOn("#menu-overview");
    assertThat(minimap.isVisible()).as("switched off").isFalse();
  }
}
