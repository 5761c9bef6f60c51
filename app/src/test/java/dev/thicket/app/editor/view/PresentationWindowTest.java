package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.Mode;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View → Present (F11): the canvas alone with the risk strip; the editor's keys keep working. */
@ExtendWith(ApplicationExtension.class)
class PresentationWindowTest {
  @TempDir static Path folder;

  private MainWindow window;
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    window = MainWindowTest.openKeras(stage, folder);
  }

  @Test
  void presentsTheCanvasWithTheRiskStripAndGivesEverythingBackOnEscape(FxRobot robot)
      throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
        window.results().isCurrent(window.document().tree()));
    double width = stage.getWidth();
    double height = stage.getHeight();
    robot.clickOn(window.canvas().localToScreen(window.canvas().centreOf(
        window.document().tree().root())));

    robot.push(KeyCode.F11);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(window.isPresenting()).isTrue();
    assertThat(shown(robot, "#side-tabs")).isFalse();
    assertThat(shown(robot, "#menu-bar")).isFalse();
    assertThat(shown(robot, "#presentation-strip")).isTrue();
    assertThat(window.canvas().zoom()).isGreaterThanOrEqualTo(PresentationMode.MIN_ZOOM);
    assertThat(goalText(robot)).contains(Decimals.of(residualRisk(Mode.RESIDUAL)));
    assertThat(robot.lookup(".presentation-scenario").queryAll())
        .hasSize(Math.min(PresentationStrip.SCENARIOS, window.results().scenarios().size()));
    WindowSnapshots.write(robot, window, "presentation-mode");

    // the mode switch, scenario selection, keyboard navigation and find keep working
    robot.clickOn("#presentation-mode-inherent");
    assertThat(window.results().modeProperty().get()).isEqualTo(Mode.INHERENT);
    // the re-score rebuilds the strip's rows: a row looked up before it lands is gone after
    WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () ->
        window.results().isCurrent(window.document().tree())
            && !window.results().runningProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(goalText(robot)).contains(Decimals.of(residualRisk(Mode.INHERENT)))
        .contains("inherent");
    robot.clickOn("#presentation-scenario-1");
    assertThat(window.results().selectedScenarioProperty().get()).isZero();
    robot.clickOn(window.canvas().localToScreen(window.canvas().centreOf(
        window.document().tree().root())));
    robot.push(KeyCode.DOWN);
    assertThat(window.document().selectedProperty().get())
        .isEqualTo(window.document().tree().rootNode().children().get(0));
    robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(shown(robot, "#find-bar")).isTrue();
    robot.push(KeyCode.ESCAPE); // closes the find bar, not the presentation
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.isPresenting()).isTrue();

    robot.clickOn(window.canvas().localToScreen(window.canvas().centreOf(
        window.document().tree().root())));
    robot.push(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(window.isPresenting()).isFalse();
    assertThat(shown(robot, "#side-tabs")).isTrue();
    assertThat(shown(robot, "#menu-bar")).isTrue();
    assertThat(shown(robot, "#presentation-strip")).isFalse();
    assertThat(stage.isFullScreen()).isFalse();
    assertThat(stage.getWidth()).isEqualTo(width);
    assertThat(stage.getHeight()).isEqualTo(height);
    robot.interact(() -> window.results().modeProperty().set(Mode.RESIDUAL));
  }

  private double residualRisk(Mode mode) {
    return window.results().scoredProperty().get().result().risk().get(mode);
  }

  private static String goalText(FxRobot robot) {
    return robot.lookup("#presentation-goal").queryAs(Label.class).getText();
  }

  /** Whether a node with that selector is in the scene and visible with all its parents. */
  private static boolean shown(FxRobot robot, String selector) {
    Node node = robot.lookup(selector).tryQuery().orElse(null);
    if (node == null || node.getScene() == null) {
      return false;
    }
    for (Node at = node; at != null; at = at.getParent()) {
      if (!at.isVisible()) {
        return false;
      }
    }
    return true;
  }
}
