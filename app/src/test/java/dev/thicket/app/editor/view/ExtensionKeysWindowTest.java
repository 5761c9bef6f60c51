package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.TreeWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keys of your own in the real window: a node's (Edit → x- keys…, Ctrl+Shift+X; refused text,
 * undo), a mitigation's (Edit → Mitigation x- keys…; its row's menu too, which Monocle does not
 * open) and the tree's (a field of the Tree tab).
 */
@ExtendWith(ApplicationExtension.class)
class ExtensionKeysWindowTest {
  @TempDir static Path folder;

  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = MainWindowTest.openKeras(stage, folder);
  }

  private void openDialog(FxRobot robot) throws Exception {
    robot.interact(() -> window.canvas().canvas().requestFocus());
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.X)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
        () -> robot.lookup("#extension-keys").tryQuery().isPresent());
  }

  private void typeLines(FxRobot robot, String text) {
    TextArea lines = robot.lookup("#extension-keys").query();
    robot.interact(() -> lines.setText(""));
    robot.clickOn(lines).write(text, 0);
  }

  private void press(FxRobot robot, ButtonType button) {
    DialogPane pane = robot.lookup("#extension-keys-dialog").query();
    robot.clickOn(pane.lookupButton(button));
  }

  @Test
  void keysTypedAsYamlLinesAreOneUndoableEdit(FxRobot robot) throws Exception {
    String before = TreeWriter.toYaml(window.document().tree());
    robot.interact(() -> window.document().selectedProperty().set("dep-vulns"));

    openDialog(robot);
    typeLines(robot, "x-owner: Ada\nx-tickets: [KERAS-12, KERAS-14]");
    press(robot, ButtonType.OK);

    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
        () -> !window.document().tree().node("dep-vulns").extensions().isEmpty());
    assertThat(window.document().tree().node("dep-vulns").extensions()).isEqualTo(
        Map.of("x-owner", "Ada", "x-tickets", List.of("KERAS-12", "KERAS-14")));
    assertThat(TreeWriter.toYaml(window.document().tree()))
        .contains("    x-owner: Ada\n    x-tickets: [KERAS-12, KERAS-14]\n");
    assertThat(robot.lookup("#extension-keys").tryQuery()).isEmpty();

    robot.interact(() -> window.document().undo());
    assertThat(TreeWriter.toYaml(window.document().tree())).isEqualTo(before);
  }

  @Test
  void aRefusedTextKeepsTheDialogOpenWithTheReasonAndChangesNothing(FxRobot robot)
      throws Exception {
    String before = TreeWriter.toYaml(window.document().tree());
    robot.interact(() -> window.document().selectedProperty().set("dep-vulns"));

    openDialog(robot);
    typeLines(robot, "owner: Ada");
    press(robot, ButtonType.OK);

    Label error = robot.lookup("#extension-keys-error").query();
    WindowSnapshots.write(robot, error.getScene(), "extension-keys-refused");
    assertThat(error.getText()).isEqualTo(
        "line 1: a key of your own starts with 'x-', not 'owner'");
    assertThat(robot.lookup("#extension-keys").tryQuery()).isPresent();
    press(robot, ButtonType.CANCEL);

    assertThat(robot.lookup("#extension-keys").tryQuery()).isEmpty();
    assertThat(TreeWriter.toYaml(window.document().tree())).isEqualTo(before);
  }

  @Test
  void aMitigationsKeysOpenFromTheEditMenu(FxRobot robot) throws Exception {
    robot.clickOn("#mitigations-tab");
    robot.clickOn(robot.lookup("#mitigations .table-row-cell").nth(2)
        .queryAs(javafx.scene.Node.class));
    robot.clickOn("Edit").clickOn("#menu-mitigation-extensions");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
        () -> robot.lookup("#extension-keys").tryQuery().isPresent());

    DialogPane pane = robot.lookup("#extension-keys-dialog").query();
    assertThat(pane.getHeaderText()).isEqualTo("x- keys of mitigation safe-format");
    typeLines(robot, "x-ticket: SEC-42");
    press(robot, ButtonType.OK);

    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.document().tree()
        .mitigations().get("safe-format").extensions().isEmpty());
    assertThat(window.document().tree().mitigations().get("safe-format").extensions())
        .isEqualTo(Map.of("x-ticket", "SEC-42"));
  }

  @Test
  void theTreesKeysAreAFieldOfTheTreeTab(FxRobot robot) throws Exception {
    robot.interact(() -> window.canvas().canvas().requestFocus());
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);
    TextArea keys = robot.lookup("#field-treeExtensions").query();
    robot.interact(() -> {
      javafx.scene.Node scroll = keys;
      while (!(scroll instanceof javafx.scene.control.ScrollPane)) {
        scroll = scroll.getParent();
      }
      ((javafx.scene.control.ScrollPane) scroll).setVvalue(1); // the field is the tab's last
      keys.requestFocus();
    });

    robot.write("x-owner: security team", 0).press(KeyCode.CONTROL).type(KeyCode.ENTER)
        .release(KeyCode.CONTROL);

    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
        () -> !window.document().tree().extensions().isEmpty());
    assertThat(window.document().tree().extensions())
        .isEqualTo(Map.of("x-owner", "security team"));
    WindowSnapshots.write(robot, keys.getScene(), "tree-tab-x-keys");
  }
}
