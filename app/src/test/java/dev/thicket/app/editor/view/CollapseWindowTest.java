package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The - and + keys collapse and expand the selected card's subtree. */
@ExtendWith(ApplicationExtension.class)
class CollapseWindowTest {
  @TempDir static Path folder;

  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = MainWindowTest.openKeras(stage, folder);
  }

  @Test
  void minusCollapsesTheClickedCardAndPlusExpandsIt(FxRobot robot) {
    robot.clickOn(window.canvas().localToScreen(window.canvas().centreOf("model-loading")));

    robot.write('-');

    assertThat(window.canvas().layoutOfTree().boxes()).doesNotContainKey("supply-chain");
    assertThat(window.canvas().layoutOfTree().hidden()).containsEntry("model-loading", 6);
    assertThat(window.canvas().centreOf("model-loading")).isNotNull();

    robot.write('+');

    assertThat(window.canvas().layoutOfTree().boxes()).containsKey("supply-chain");
  }
}
