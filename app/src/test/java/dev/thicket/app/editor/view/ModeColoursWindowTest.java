package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.exports.report.HeatScale;
import dev.thicket.model.analysis.Mode;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * The mode switch recolours the cards: the fill of an attack step, read off the painted canvas,
 * is the heat colour of the band of its contribution (the risk removed if it is blocked) in the
 * scored tree of the mode shown, residual and then inherent.
 */
@ExtendWith(ApplicationExtension.class)
class ModeColoursWindowTest {
  @TempDir static Path folder;

  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = MainWindowTest.openKeras(stage, folder);
  }

  @Test
  void inherentSwitchRepaintsTheCardInTheColourOfItsUnmitigatedBand(FxRobot robot)
      throws Exception {
    String step = "crafted-input";
    awaitScores(Mode.RESIDUAL);
    int residual = window.results().scoredProperty().get().node(step).band();
    assertThat(fillOf(robot, step)).isEqualTo(Color.web(HeatScale.COLOURS.get(residual)));

    robot.clickOn("#results-mode-inherent");
    awaitScores(Mode.INHERENT);

    int inherent = window.results().scoredProperty().get().node(step).band();
    assertThat(inherent).as("the two contributions fall in different bands")
        .isNotEqualTo(residual);
    assertThat(fillOf(robot, step)).isEqualTo(Color.web(HeatScale.COLOURS.get(inherent)));
  }

  private void awaitScores(Mode mode) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
        window.results().isCurrent(window.document().tree())
            && !window.results().runningProperty().get()
            && window.results().scoredProperty().get().mode() == mode);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private Color fillOf(FxRobot robot, String id) {
    return CardPixels.fill(robot, window, id);
  }
}
