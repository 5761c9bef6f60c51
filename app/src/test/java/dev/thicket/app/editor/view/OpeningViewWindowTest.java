package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.app.editor.layout.CanvasLayout.Box;
import dev.thicket.model.io.TreeFileProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/**
 * The view a tree opens with: a tree readable as a whole is shown whole; a wider one opens on its
 * goal at the top, at a zoom where titles can be read, and so does a tree opened later.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningViewWindowTest {
  private static final int LEAVES = 80;

  @TempDir static Path folder;

  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = MainWindowTest.openKeras(stage, folder);
  }

  @Test
  void readableTreeShowsWholeAndAWideOneOpensOnItsGoal(FxRobot robot) throws Exception {
    robot.interact(() -> window.canvas().showOpening());
    awaitLaidOut();
    TreeCanvasView canvas = window.canvas();
    assertThat(canvas.zoom()).as("Keras whole").isGreaterThanOrEqualTo(
        CanvasViewport.READABLE_ZOOM);
    for (String id : window.document().tree().nodes().keySet()) {
      assertThat(inView(id)).as("%s in view", id).isTrue();
    }

    Path wide = folder.resolve("wide.yaml");
    Files.writeString(wide, wideTree());
    List<TreeFileProblem> problems = new ArrayList<>();
    robot.interact(() -> problems.addAll(window.document().open(wide)));
    assertThat(problems).isEmpty();
    awaitLaidOut();

    assertThat(canvas.zoom()).isCloseTo(CanvasViewport.READABLE_ZOOM, within(1e-9));
    Box goal = canvas.layoutOfTree().boxes().get("goal");
    Point2D centre = canvas.centreOf("goal");
    assertThat(centre.getX()).isCloseTo(canvas.getWidth() / 2, within(1.0));
    assertThat(centre.getY() - goal.height() * canvas.zoom() / 2).as("goal's top")
        .isBetween(0.0, 40.0);
    assertThat(inView("s0")).as("the first steps are outside: not fitted").isFalse();
    assertThat(inView("s" + (LEAVES - 1))).isFalse();

    robot.interact(() -> window.document().newTree());
    awaitLaidOut();
    assertThat(inView(window.document().tree().root())).as("a new tree is in view").isTrue();
    assertThat(canvas.zoom()).isGreaterThanOrEqualTo(CanvasViewport.READABLE_ZOOM);
  }

  private boolean inView(String id) {
    TreeCanvasView canvas = window.canvas();
    Point2D centre = canvas.centreOf(id);
    return centre != null && centre.getX() >= 0 && centre.getX() <= canvas.getWidth()
        && centre.getY() >= 0 && centre.getY() <= canvas.getHeight();
  }

  private void awaitLaidOut() throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.canvas().layouts().pending()
        && window.canvas().layoutOfTree() != null);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** A goal with {@value #LEAVES} steps side by side: far too wide to read whole. */
  private static String wideTree() {
    StringBuilder yaml = new StringBuilder("format: attacktree/v1\ntitle: Wide\nroot: goal\n"
        + "nodes:\n  goal:\n    title: Reach the goal\n    gate: or\n    children: [");
    for (int i = 0; i < LEAVES; i++) {
      yaml.append(i == 0 ? "" : ", ").append("s").append(i);
    }
    yaml.append("]\n");
    for (int i = 0; i < LEAVES; i++) {
      yaml.append("  s").append(i).append(":\n    title: Step ").append(i)
          .append("\n    likelihood: 0.1\n");
    }
    return yaml.toString();
  }
}
