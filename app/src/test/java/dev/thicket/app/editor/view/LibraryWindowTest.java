package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.edit.Subtree;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.library.AttackPattern;
import dev.thicket.model.library.Library;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edit → Insert from library… with the keys of the real window: Ctrl+I, filter, Enter, Ctrl+Z. */
@ExtendWith(ApplicationExtension.class)
class LibraryWindowTest {
  @TempDir static Path folder;

  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = MainWindowTest.openKeras(stage, folder);
  }

  private void control(FxRobot robot, KeyCode key) {
    robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
  }

  @Test
  void controlIInsertsTheFilteredPatternAndControlZTakesItOut(FxRobot robot) throws Exception {
    AttackPattern secrets = Library.shipped().find("leaked-repository-secrets").orElseThrow();
    String before = TreeWriter.toYaml(window.document().tree());
    robot.interact(() -> window.document().selectedProperty().set("dependencies"));
    robot.interact(() -> window.canvas().canvas().requestFocus());

    control(robot, KeyCode.I);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
        () -> robot.lookup("#library-filter").tryQuery().isPresent());
    robot.clickOn("#library-filter").write("leaked-repo", 0);
    ListView<AttackPattern> list = robot.lookup("#library-patterns").query();
    assertThat(list.getItems()).containsExactly(secrets);
    WindowSnapshots.write(robot, robot.lookup("#library-dialog").query().getScene(),
        "library-dialog");
    robot.type(KeyCode.ENTER);

    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
        () -> window.document().tree().nodes().containsKey(secrets.id()));
    assertThat(window.document().tree().node("dependencies").children())
        .containsExactly("dep-vulns", secrets.id());
    assertThat(Subtree.of(window.document().tree(), secrets.id()).nodes())
        .isEqualTo(secrets.subtree().nodes());

    robot.interact(() -> window.canvas().canvas().requestFocus());
    control(robot, KeyCode.Z);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
        () -> !window.document().tree().nodes().containsKey(secrets.id()));
    assertThat(TreeWriter.toYaml(window.document().tree())).isEqualTo(before);
  }

  @Test
  void dialogTakesTheWindowsBiggerTextForAProjector(FxRobot robot) throws Exception {
    String before = TreeWriter.toYaml(window.document().tree());
    robot.interact(() -> window.scaleText(1.15 * 1.15 * 1.15));
    robot.interact(() -> window.canvas().canvas().requestFocus());

    control(robot, KeyCode.I);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
        () -> robot.lookup("#library-filter").tryQuery().isPresent());
    Label title = robot.lookup("#library-preview-title").queryAs(Label.class);
    Label bodyText = robot.lookup("#library-preview-references").queryAs(Label.class);
    WindowSnapshots.write(robot, title.getScene(), "library-dialog-bigger-text");

    double windowText = robot.lookup("#message").queryAs(Label.class).getFont().getSize();
    assertThat(bodyText.getFont().getSize()).isCloseTo(windowText, within(0.01))
        .isGreaterThan(Font.getDefault().getSize() * 1.4);
    assertThat(title.getFont().getSize()).isGreaterThan(bodyText.getFont().getSize());
    assertThat(title.getScene().getWindow().getWidth())
        .isLessThanOrEqualTo(Screen.getPrimary().getVisualBounds().getWidth());
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
        () -> robot.lookup("#library-filter").tryQuery().isEmpty());
    assertThat(TreeWriter.toYaml(window.document().tree())).as("cancel inserts nothing")
        .isEqualTo(before);
  }
}
