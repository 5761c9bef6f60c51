package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Cut / copy / paste and link as shared child with the keys of the real window. */
@ExtendWith(ApplicationExtension.class)
class ClipboardWindowTest {
  @TempDir static Path folder;

  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = MainWindowTest.openKeras(stage, folder);
  }

  private void select(FxRobot robot, String id) {
    robot.interact(() -> window.document().selectedProperty().set(id));
    robot.interact(() -> window.canvas().canvas().requestFocus());
  }

  private void control(FxRobot robot, KeyCode key) {
    robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
  }

  @Test
  void copyAndPasteAddsACopyWithFreshIds(FxRobot robot) {
    select(robot, "input-processing");
    control(robot, KeyCode.C);
    select(robot, "dependencies");

    control(robot, KeyCode.V);

    assertThat(window.document().tree().node("dependencies").children())
        .containsExactly("dep-vulns", "input-processing-2");
    assertThat(window.document().selectedProperty().get()).isEqualTo("input-processing-2");
  }

  @Test
  void cutRemovesTheSubtreeAndPasteBringsItBack(FxRobot robot) {
    select(robot, "input-processing");
    control(robot, KeyCode.X);
    assertThat(window.document().tree().nodes()).doesNotContainKey("input-processing");

    select(robot, "dependencies");
    control(robot, KeyCode.V);

    assertThat(window.document().tree().node("dependencies").children())
        .containsExactly("dep-vulns", "input-processing");
  }

  @Test
  void controlLLinksTheChosenNodeAsASharedChild(FxRobot robot) {
    select(robot, "model-serving");

    control(robot, KeyCode.L);
    robot.clickOn("#link-filter").write("dep-vul", 0).type(KeyCode.ENTER);

    assertThat(window.document().tree().node("model-serving").children())
        .containsExactly("input-processing", "dep-vulns");
  }

  @Test
  void linkThatWouldCloseACycleIsRefusedWithTheMessage(FxRobot robot) {
    select(robot, "crafted-input");

    control(robot, KeyCode.L);
    robot.clickOn("#link-filter").write("model-serving", 0).type(KeyCode.ENTER);

    assertThat(window.document().tree().node("crafted-input").isLeaf()).isTrue();
    assertThat(window.document().messageProperty().get()).contains("'model-serving'");
    assertThat(robot.lookup("#message").queryAs(Label.class).getText()).contains("cycle");
  }
}
