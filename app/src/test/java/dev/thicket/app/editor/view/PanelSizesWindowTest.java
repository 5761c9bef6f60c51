package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.model.io.TreeReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's dividers move (canvas | side panel, node panel / tabs, scenarios / critical nodes),
 * and the next window opens with them where they were left.
 */
@ExtendWith(ApplicationExtension.class)
class PanelSizesWindowTest {
  @TempDir Path folder;

  private Stage stage;

  @Start
  void start(Stage primary) {
    stage = primary;
  }

  private MainWindow open(Stage on) throws Exception {
    MainWindow window = new MainWindow(on, TreeReader.read(MainWindowTest.KERAS),
        MainWindowTest.KERAS, ScriptedDialogs::new, new RecentFiles(folder.resolve("recent.txt")));
    on.show();
    return window;
  }

  private static double divider(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(SplitPane.class).getDividerPositions()[0];
  }

  @Test
  void dividersMovedInOneWindowAreWhereTheNextOneOpens(FxRobot robot) throws Exception {
    robot.interact(() -> {
      try {
        open(stage);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    WaitForAsyncUtils.waitForFxEvents();
    double centreBefore = divider(robot, "centre-split");
    robot.interact(() -> {
      robot.lookup("#centre-split").queryAs(SplitPane.class).setDividerPositions(0.6);
      robot.lookup("#side-split").queryAs(SplitPane.class).setDividerPositions(0.35);
    });
    WaitForAsyncUtils.waitForFxEvents();
    double resultsBefore = divider(robot, "results-split");
    robot.interact(() -> robot.lookup("#results-split").queryAs(SplitPane.class)
        .setDividerPositions(resultsBefore + 0.08));
    WaitForAsyncUtils.waitForFxEvents();
    double centre = divider(robot, "centre-split");
    double side = divider(robot, "side-split");
    double results = divider(robot, "results-split");
    assertThat(centre).as("moved left").isLessThan(centreBefore - 0.05);
    assertThat(results).as("moved down").isGreaterThan(resultsBefore + 0.03);

    robot.interact(stage::hide);
    assertThat(Files.readString(folder.resolve("panels.txt"))).contains("centre=", "side=", "results=");
    robot.interact(() -> {
      try {
        open(stage);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(divider(robot, "centre-split")).isCloseTo(centre, within(0.01));
    assertThat(divider(robot, "side-split")).isCloseTo(side, within(0.01));
    assertThat(divider(robot, "results-split")).isCloseTo(results, within(0.01));
  }
}
