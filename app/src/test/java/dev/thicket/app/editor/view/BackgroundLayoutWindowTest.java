package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.layout.CanvasLayout;
import dev.thicket.app.editor.viewmodel.CanvasLayoutViewModel;
import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.model.generate.TreeGenerator;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tree too large to lay out on the UI thread: structural edits are laid out in the background,
 * held back here so that the edit is still pending while the test clicks, undoes and checks.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundLayoutWindowTest {
  private static final int NODES = CanvasLayoutViewModel.SYNCHRONOUS_NODES + 500;

  @TempDir static Path folder;

  private MainWindow window;
  private final CompletableFuture<Void> release = new CompletableFuture<>();

  @Start
  void start(Stage stage) throws Exception {
    AttackTree tree = TreeGenerator.generate(NODES, 0.1, 7);
    Path file = folder.resolve("large.yaml");
    Files.writeString(file, TreeWriter.toYaml(tree));
    window = new MainWindow(stage, tree, file, ScriptedDialogs::new,
        new RecentFiles(folder.resolve("recent.txt")));
    stage.show();
  }

  @AfterEach
  void releaseLayouts() {
    release.complete(null);
  }

  /** A gate well inside the tree, selected (so in sight at 100 %), the canvas focused. */
  private String selectGate(FxRobot robot) throws Exception {
    return select(robot, node -> !node.isLeaf());
  }

  private String select(FxRobot robot, java.util.function.Predicate<Node> test)
      throws Exception {
    awaitLaidOut();
    AttackTree tree = window.document().tree();
    String id = tree.nodes().values().stream()
        .filter(node -> test.test(node) && !node.id().equals(tree.root()))
        .skip(40).findFirst().map(Node::id).orElseThrow();
    robot.interact(() -> {
      window.canvas().zoomBy(1 / window.canvas().zoom());
      window.document().selectedProperty().set(id);
      window.canvas().canvas().requestFocus();
    });
    return id;
  }

  private boolean placed(String id) {
    return window.canvas().layoutOfTree().boxes().containsKey(id);
  }

  private void holdLayouts(FxRobot robot) {
    robot.interact(() -> window.canvas().layouts().holdUntil(release));
  }

  private void awaitLaidOut() throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.canvas().layouts().pending()
        && window.canvas().layoutOfTree() != null);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private boolean inSight(String id) {
    Point2D centre = window.canvas().centreOf(id);
    return centre != null && centre.getX() > 0 && centre.getX() < window.canvas().getWidth()
        && centre.getY() > 0 && centre.getY() < window.canvas().getHeight();
  }

  private void addChildWithTheKeyboard(FxRobot robot, String title) {
    robot.type(KeyCode.TAB).write(title, 0).type(KeyCode.ENTER);
  }

  @Test
  void addedChildIsSelectedAndRevealedOnceItsLayoutLands(FxRobot robot) throws Exception {
    String gate = selectGate(robot);
    robot.interact(() -> { // the gate at the bottom edge: a new child below it is out of sight
      TreeCanvasView canvas = window.canvas();
      canvas.panBy(0, canvas.getHeight() - 50 - canvas.centreOf(gate).getY());
    });
    assertThat(inSight(gate)).isTrue();
    holdLayouts(robot);

    addChildWithTheKeyboard(robot, "Bribe the operator");

    String added = window.document().selectedProperty().get();
    assertThat(window.document().tree().node(gate).children()).endsWith(added);
    assertThat(window.canvas().layouts().pending()).isTrue();
    assertThat(placed(added)).isFalse();

    release.complete(null);
    awaitLaidOut();

    assertThat(placed(added)).isTrue();
    assertThat(window.document().selectedProperty().get()).isEqualTo(added);
    assertThat(inSight(added)).isTrue();
  }

  @Test
  void clickWhileALayoutIsPendingSelectsTheCardShown(FxRobot robot) throws Exception {
    String gate = selectGate(robot);
    String sibling = window.document().tree().node(gate).children().get(0);
    holdLayouts(robot);
    addChildWithTheKeyboard(robot, "Bribe the operator");
    assertThat(window.canvas().layouts().pending()).isTrue();
    assertThat(inSight(gate)).isTrue();

    robot.clickOn(window.canvas().localToScreen(window.canvas().centreOf(gate)));

    assertThat(window.document().selectedProperty().get()).isEqualTo(gate);
    if (inSight(sibling)) {
      robot.clickOn(window.canvas().localToScreen(window.canvas().centreOf(sibling)));
      assertThat(window.document().selectedProperty().get()).isEqualTo(sibling);
    }
  }

  @Test
  void clickWhereADeletedCardStillShowsSelectsNothing(FxRobot robot) throws Exception {
    String leaf = select(robot, Node::isLeaf);
    Point2D where = window.canvas().localToScreen(window.canvas().centreOf(leaf));
    holdLayouts(robot);
    robot.type(KeyCode.DELETE);
    assertThat(window.document().tree().nodes().containsKey(leaf)).isFalse();
    assertThat(window.canvas().layouts().pending()).isTrue();
    String afterDelete = window.document().selectedProperty().get();

    robot.clickOn(where);

    assertThat(window.document().selectedProperty().get()).isEqualTo(afterDelete);
    release.complete(null);
    awaitLaidOut();
    assertThat(placed(leaf)).isFalse();
  }

  @Test
  void undoWhileALayoutIsPendingKeepsTheOldLayoutAndDropsTheNewOne(FxRobot robot)
      throws Exception {
    selectGate(robot);
    CanvasLayout before = window.canvas().layoutOfTree();
    holdLayouts(robot);
    addChildWithTheKeyboard(robot, "Bribe the operator");
    String added = window.document().selectedProperty().get();
    assertThat(window.canvas().layouts().pending()).isTrue();

    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

    assertThat(window.document().tree().nodes().containsKey(added)).isFalse();
    assertThat(window.canvas().layouts().pending()).isFalse();
    assertThat(window.canvas().layoutOfTree()).isSameAs(before);
    release.complete(null);
    addChildWithTheKeyboard(robot, "Phish the admin"); // laid out after the dropped one
    String second = window.document().selectedProperty().get();
    awaitLaidOut();
    assertThat(placed(second)).isTrue();
    assertThat(placed(added)).isFalse();
  }
}
