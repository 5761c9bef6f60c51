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

/** Ctrl+F, typing, Enter and Shift+Enter, Escape in the real window's find bar. */
@ExtendWith(ApplicationExtension.class)
class FindBarWindowTest {
  @TempDir static Path folder;

  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = MainWindowTest.openKeras(stage, folder);
  }

  @Test
  void findBarJumpsBetweenMatchesAndRevealsCollapsedOnes(FxRobot robot) {
    robot.clickOn(window.canvas().localToScreen(window.canvas().centreOf("model-loading")));
    robot.write('-');
    assertThat(window.canvas().layoutOfTree().boxes()).doesNotContainKey("supply-chain");

    robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
    robot.write("exploit");

    assertThat(selected()).isEqualTo("model-loading");
    assertThat(robot.lookup("#find-status").queryAs(Label.class).getText()).isEqualTo("1 of 5");
    assertThat(window.canvas().markedProperty().get()).hasSize(5);

    robot.type(KeyCode.ENTER);
    assertThat(selected()).isEqualTo("deserialization-exploit");
    assertThat(window.canvas().layoutOfTree().boxes()).containsKey("deserialization-exploit");
    assertThat(window.collapsed().ids()).isEmpty();

    robot.type(KeyCode.ENTER);
    assertThat(selected()).isEqualTo("model-serving");
    robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
    assertThat(selected()).isEqualTo("deserialization-exploit");

    robot.type(KeyCode.ESCAPE);
    assertThat(robot.lookup("#find-bar").query().isVisible()).isFalse();
    assertThat(window.canvas().markedProperty().get()).isEmpty();
    assertThat(window.canvas().canvas().isFocused()).isTrue();
  }

  private String selected() {
    return window.document().selectedProperty().get();
  }
}
