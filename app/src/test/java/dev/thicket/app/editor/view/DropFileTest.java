package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.tree.AttackTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A file dropped on the window opens as with File → Open. TestFX cannot drag a file in from the
 * desktop, so the tests hand the dropped paths to the window's drop handler.
 */
@ExtendWith(ApplicationExtension.class)
class DropFileTest {
  @TempDir static Path folder;

  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = MainWindowTest.openKeras(stage, folder);
  }

  @Test
  void onlyOneYamlOrXmlFileIsAccepted() {
    assertThat(FileActions.canOpenDropped(List.of(Path.of("a.yaml")))).isTrue();
    assertThat(FileActions.canOpenDropped(List.of(Path.of("a.XML")))).isTrue();
    assertThat(FileActions.canOpenDropped(List.of(Path.of("a.png")))).isFalse();
    assertThat(FileActions.canOpenDropped(List.of(Path.of("a.yaml"), Path.of("b.yaml"))))
        .isFalse();
  }

  @Test
  void droppedFileOpens(FxRobot robot) throws Exception {
    Path other = folder.resolve("dropped.yaml");
    Files.copy(MainWindowTest.KERAS, other, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    robot.interact(() -> window.files().openDropped(List.of(other)));

    assertThat(window.document().fileProperty().get()).isEqualTo(other);
  }

  @Test
  void droppedBadFileShowsItsLinesAndKeepsTheTree(FxRobot robot) throws Exception {
    Path bad = folder.resolve("bad.yaml");
    Files.writeString(bad, "format: attacktree/v1\ntitle: Bad\nroot: goal\nnodes:\n"
        + "  goal:\n    title: Goal\n    gate: or\n    children: [nowhere]\n");
    AttackTree before = window.document().tree();

    robot.interact(() -> javafx.application.Platform.runLater(() ->
        window.files().openDropped(List.of(bad))));

    DialogPane problems = robot.lookup("#problems-dialog").queryAs(DialogPane.class);
    assertThat(((TextArea) problems.lookup("#problem-lines")).getText())
        .isEqualTo(bad + ":8:16: unknown child 'nowhere'");
    robot.clickOn((javafx.scene.Node) problems.lookupButton(ButtonType.OK));
    assertThat(window.document().tree()).isSameAs(before);
  }

  @Test
  void dropWithUnsavedChangesAsksFirst(FxRobot robot) {
    robot.interact(() -> window.document().selectedProperty().set("dependencies"));
    robot.interact(() -> window.canvas().canvas().requestFocus());
    robot.type(KeyCode.TAB).write("Pin old wheels", 0).type(KeyCode.ENTER);
    AttackTree edited = window.document().tree();

    robot.interact(() -> javafx.application.Platform.runLater(() ->
        window.files().openDropped(List.of(MainWindowTest.KERAS))));

    DialogPane prompt = robot.lookup("#unsaved-dialog").queryAs(DialogPane.class);
    robot.clickOn((Button) prompt.lookupButton(ButtonType.CANCEL));
    assertThat(window.document().tree()).isSameAs(edited);
  }
}
