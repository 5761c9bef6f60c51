package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** F6 and Shift+F6 move the keyboard between the canvas, the node's fields and the side tabs. */
@ExtendWith(ApplicationExtension.class)
class PaneKeysTest {
  @TempDir static Path folder;

  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = MainWindowTest.openKeras(stage, folder);
  }

  @Test
  void f6CyclesThroughThePanesAndTheFieldsEditTheSelectedNode(FxRobot robot) {
    robot.clickOn(window.canvas().localToScreen(window.canvas().centreOf("dep-vulns")));

    robot.type(KeyCode.F6);
    assertThat(focused(robot).getId()).isEqualTo("field-title");
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
        .write("Known CVEs").type(KeyCode.ENTER);
    assertThat(window.document().tree().node("dep-vulns").title()).isEqualTo("Known CVEs");

    robot.type(KeyCode.F6);
    assertThat(inside(focused(robot), "side-tabs")).isTrue();
    robot.type(KeyCode.F6);
    assertThat(window.canvas().canvas().isFocused()).isTrue();
    robot.press(KeyCode.SHIFT).type(KeyCode.F6).release(KeyCode.SHIFT);
    assertThat(inside(focused(robot), "side-tabs")).isTrue();
  }

  private Node focused(FxRobot robot) {
    return window.scene().getFocusOwner();
  }

  private static boolean inside(Node node, String id) {
    for (Node at = node; at != null; at = at.getParent()) {
      if (id.equals(at.getId())) {
        return true;
      }
    }
    return false;
  }
}
