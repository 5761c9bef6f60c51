package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.layout.CanvasLayout.Box;
import dev.thicket.app.editor.viewmodel.CardChanges.State;
import dev.thicket.app.editor.viewmodel.CompareViewModel.ChangeRow;
import dev.thicket.app.editor.viewmodel.CompareViewModel.ShareRow;
import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.model.edit.DeleteNode;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Node;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Compare with… in the real window: a file or a git revision as the old version, the
 * canvas's outlines and ghosts, the tooltip, the Changes panel's rows that select, and the end
 * of comparing.
 */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {
  @TempDir static Path folder;

  private MainWindow window;
  private ScriptedDialogs dialogs;

  @Start
  void start(Stage stage) throws Exception {
    window = new MainWindow(stage, TreeReader.read(MainWindowTest.KERAS), MainWindowTest.KERAS,
        owner -> dialogs = new ScriptedDialogs(owner),
        new RecentFiles(folder.resolve("recent.txt")));
    stage.show();
  }

  /**
   * Keras as it was: dep-vulns at 0.3, no attacker-hosted (added since), and a step old-step
   * under dependencies (removed since).
   */
  private static AttackTree older(AttackTree keras) {
    AttackTree changed = keras.withNode(keras.node("dep-vulns").withLikelihood(Estimate.of(0.3)));
    AttackTree without = new DeleteNode("attacker-hosted").apply(changed);
    Node parent = without.node("dependencies");
    List<String> children = new ArrayList<>(parent.children());
    children.add("old-step");
    return without.withNodes(List.of(Node.leaf("old-step", "Old step", Estimate.of(0.2)),
        parent.withGate(parent.gate(), parent.k(), children)));
  }

  private void compareWithFile(FxRobot robot, Path file) {
    dialogs.toOpen.add(file);
    robot.clickOn("File").clickOn("#menu-compare")
        .clickOn("#menu-compare-file", Motion.HORIZONTAL_FIRST);
    awaitCompared(robot);
  }

  private void awaitCompared(FxRobot robot) {
    try {
      WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#compare-summary")
          .tryQueryAs(Label.class).map(l -> l.getText().startsWith("Residual risk")).orElse(false)
          && !outlined().isEmpty());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("no comparison within 60 s", e);
    }
  }

  /**
   * The outlines of the last paint, read on the FX thread: a paint clears and refills them, so a
   * read from the test thread could see half a paint.
   */
  private Map<String, State> outlined() throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> Map.copyOf(window.canvas().outlinedCards())).get();
  }

  private Point2D onScreen(String id) {
    TreeCanvasView canvas = window.canvas();
    return canvas.localToScreen(canvas.centreOf(id));
  }

  @Test
  void cardsAreOutlinedByWhatHappenedSinceTheFile(FxRobot robot) throws Exception {
    AttackTree keras = window.document().tree();
    String before = TreeWriter.toYaml(keras);
    compareWithFile(robot, Files.writeString(folder.resolve("older.yaml"),
        TreeWriter.toYaml(older(keras))));

    Map<String, State> expected = Map.of(
        "attacker-hosted", State.ADDED, "untrusted-source", State.CHANGED,
        "dep-vulns", State.CHANGED, "dependencies", State.CHANGED, "old-step", State.REMOVED);
    assertThat(outlined()).containsExactlyInAnyOrderEntriesOf(expected);
    Map<String, Box> boxes = window.canvas().layoutOfTree().boxes();
    assertThat(boxes.get("old-step").y()).as("the ghost one level under its old parent")
        .isGreaterThan(boxes.get("dependencies").bottom());
    assertThat(boxes.get("old-step").x()).as("right of its old elder sibling")
        .isGreaterThan(boxes.get("dep-vulns").x());
    TableView<ShareRow> shares = robot.lookup("#compare-shares").queryTableView();
    assertThat(shares.getItems()).hasSize(3);
    WindowSnapshots.write(robot, window, "compare-canvas");
    robot.interact(() -> window.setDark(true));
    WindowSnapshots.write(robot, window, "compare-canvas-dark");
    robot.interact(() -> window.setDark(false));

    // the tooltip is installed by the move onto the card, and shows from the next one on
    robot.moveTo(onScreen("dep-vulns")).moveBy(3, 2);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.canvas().changeTip().isShowing());
    assertThat(window.canvas().changeTip().getText()).isEqualTo("Changed since older.yaml:\n"
        + "likelihood: 0.3 → " + keras.node("dep-vulns").likelihood());

    String selected = window.document().selectedProperty().get();
    robot.clickOn(onScreen("old-step"));
    assertThat(window.document().selectedProperty().get()).as("a ghost is not selectable")
        .isEqualTo(selected);
    assertThat(window.document().tree().nodes()).doesNotContainKey("old-step");
    assertThat(TreeWriter.toYaml(window.document().tree())).isEqualTo(before);

    robot.clickOn("#compare-end");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(outlined()).isEmpty();
    assertThat(window.canvas().layoutOfTree().boxes()).doesNotContainKey("old-step");
    assertThat(window.compare().isVisible()).isFalse();
  }

  @Test
  void aRowSelectsItsCardAndEscEndsComparing(FxRobot robot) throws Exception {
    AttackTree keras = window.document().tree();
    compareWithFile(robot, Files.writeString(folder.resolve("older-rows.yaml"),
        TreeWriter.toYaml(older(keras))));
    robot.interact(() -> window.document().selectedProperty().set(keras.root()));
    ListView<ChangeRow> changes = robot.lookup("#compare-changes").queryListView();
    ChangeRow added = changes.getItems().stream()
        .filter(row -> "attacker-hosted".equals(row.nodeId())).findFirst().orElseThrow();

    robot.clickOn(robot.from(changes).lookup(".list-cell")
        .match(cell -> added.text().equals(((javafx.scene.control.ListCell<?>) cell).getText()))
        .queryAs(javafx.scene.control.ListCell.class));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(window.document().selectedProperty().get()).isEqualTo("attacker-hosted");
    Point2D centre = window.canvas().centreOf("attacker-hosted");
    assertThat(window.canvas().getLayoutBounds().contains(centre)).as("revealed").isTrue();

    robot.interact(() -> window.canvas().canvas().requestFocus());
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(outlined()).isEmpty();
    assertThat(window.canvas().comparisonProperty().get()).isNull();
    assertThat(window.compare().isVisible()).isFalse();
  }

  @Test
  void theOutlinesFollowEditsWhileComparing(FxRobot robot) throws Exception {
    AttackTree keras = window.document().tree();
    compareWithFile(robot, Files.writeString(folder.resolve("older-edits.yaml"),
        TreeWriter.toYaml(older(keras))));
    assertThat(outlined()).doesNotContainKey("crafted-input");

    robot.interact(() -> {
      window.document().selectedProperty().set("crafted-input");
      window.document().renameSelected("Crafted input, renamed while comparing");
    });
    // the outlines, the ghost and the layout land in separate paints: wait for the last
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
        () -> outlined().get("crafted-input") == State.CHANGED
            && outlined().get("old-step") == State.REMOVED);
    assertThat(outlined()).containsEntry("old-step", State.REMOVED)
        .containsEntry("dep-vulns", State.CHANGED);

    robot.interact(() -> window.canvas().canvas().requestFocus());
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
        () -> !outlined().containsKey("crafted-input")
            && outlined().get("old-step") == State.REMOVED);
    assertThat(window.document().tree().node("crafted-input").title())
        .isEqualTo(keras.node("crafted-input").title());
    assertThat(outlined()).containsEntry("old-step", State.REMOVED);
    robot.clickOn("#compare-end");
  }

  @Test
  void aGitRevisionOfTheOpenFileIsTheOtherVersion(FxRobot robot) throws Exception {
    Path repository = Files.createDirectories(folder.resolve("repository"));
    AttackTree keras = window.document().tree();
    Path file = repository.resolve("keras.yaml");
    TreeWriter.save(older(keras), file);
    git(repository, "init", "-q");
    git(repository, "add", "keras.yaml");
    git(repository, "-c", "user.name=Test", "-c", "user.email=test@example.org",
        "-c", "commit.gpgsign=false", "commit", "-q", "-m", "older");
    TreeWriter.save(keras, file);
    robot.interact(() -> window.files().open(file));

    dialogs.revisions.add("no-such-branch");
    robot.clickOn("File").clickOn("#menu-compare")
        .clickOn("#menu-compare-revision", Motion.HORIZONTAL_FIRST);
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#compare-summary")
        .tryQueryAs(Label.class).map(l -> l.getText().startsWith("Cannot read")).orElse(false));
    ListView<ChangeRow> problems = robot.lookup("#compare-changes").queryListView();
    assertThat(problems.getItems()).singleElement().extracting(ChangeRow::text).asString()
        .contains("no-such-branch:./keras.yaml:1:1: git show failed: fatal:");
    assertThat(outlined()).isEmpty();

    dialogs.revisions.add("HEAD");
    robot.clickOn("File").clickOn("#menu-compare")
        .clickOn("#menu-compare-revision", Motion.HORIZONTAL_FIRST);
    awaitCompared(robot);
    assertThat(outlined()).containsEntry("dep-vulns", State.CHANGED)
        .containsEntry("attacker-hosted", State.ADDED).containsEntry("old-step", State.REMOVED);
    assertThat(window.compare().model().title()).isEqualTo("Compare HEAD:keras.yaml → keras.yaml");
    assertThat(robot.lookup("#compare-changes").queryAll()).as("one comparison at a time")
        .hasSize(1);
    robot.clickOn("#compare-end");
  }

  private static void git(Path directory, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(directory.toFile())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("git %s: %s", List.of(args), output).isZero();
  }
}
