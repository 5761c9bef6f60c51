package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Choosing a scenario brings its steps into sight on a tree wider than the window. */
@ExtendWith(ApplicationExtension.class)
class ScenarioRevealWindowTest {
  private static final int STEPS = 40;
  private static final String LIKELIEST = "s" + (STEPS - 1);

  @TempDir static Path folder;

  private MainWindow window;

  /** A goal over 40 steps side by side, the likeliest (the riskiest scenario) last. */
  static AttackTree wide() {
    List<Node> nodes = new ArrayList<>();
    List<String> steps = new ArrayList<>();
    for (int i = 0; i < STEPS; i++) {
      steps.add("s" + i);
      nodes.add(Node.leaf("s" + i, "Step " + i, Estimate.of(i == STEPS - 1 ? 0.5 : 0.01)));
    }
    nodes.add(0, Node.gate("goal", "Reach the goal", Gate.OR, 0, steps)
        .withImpact(Estimate.of(10)));
    return new AttackTree("Wide", null, "goal", nodes, List.of(), null, AnalysisSettings.NONE,
        Map.of());
  }

  @Start
  void start(Stage stage) {
    window = new MainWindow(stage, wide(), folder.resolve("wide.yaml"), ScriptedDialogs::new,
        new RecentFiles(folder.resolve("recent.txt")));
    stage.show();
  }

  private void awaitScores() throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
        window.results().isCurrent(window.document().tree()));
  }

  private boolean inSight(FxRobot robot, String id) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> {
      Point2D centre = window.canvas().centreOf(id);
      return centre != null && centre.getX() >= 0 && centre.getX() <= window.canvas().getWidth()
          && centre.getY() >= 0 && centre.getY() <= window.canvas().getHeight();
    }).get();
  }

  @Test
  void clickingTheRiskiestScenarioBringsItsStepIntoSight(FxRobot robot) throws Exception {
    awaitScores();
    robot.interact(() -> window.canvas().showOpening()); // the goal at a readable zoom
    assertThat(inSight(robot, LIKELIEST)).as("off the opening view").isFalse();

    robot.clickOn(robot.lookup("#scenarios .list-cell").nth(0).queryAs(javafx.scene.Node.class));

    assertThat(window.results().scenarios().get(0).leaves()).containsExactly(LIKELIEST);
    assertThat(inSight(robot, LIKELIEST)).isTrue();
  }

  @Test
  void aRescoreKeepingTheChoiceLeavesTheViewAlone(FxRobot robot) throws Exception {
    awaitScores();
    robot.clickOn(robot.lookup("#scenarios .list-cell").nth(0).queryAs(javafx.scene.Node.class));
    robot.interact(() -> window.canvas().showOpening());
    assertThat(inSight(robot, LIKELIEST)).isFalse();

    robot.interact(() -> {
      window.document().selectedProperty().set("s0");
      window.document().renameSelected("The first step, renamed");
    });
    awaitScores();
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(window.results().selectedScenarioProperty().get()).isZero();
    assertThat(inSight(robot, LIKELIEST)).isFalse();
  }
}
