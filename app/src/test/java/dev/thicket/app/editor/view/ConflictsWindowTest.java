package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.merge.MergeConflict;
import dev.thicket.model.merge.MergeResult;
import dev.thicket.model.merge.RecordedConflict;
import dev.thicket.model.merge.TreeMerge;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A file written by a real {@link TreeMerge} with conflicts, opened in the real window: the
 * conflicts panel resolves them by clicks, undo brings one back, and the saved file says so.
 */
@ExtendWith(ApplicationExtension.class)
class ConflictsWindowTest {
  private static final String CDN = "cdn-compromise";
  private static final String HOSTED = "attacker-hosted";
  private static final String PICKLE = "deserialization-exploit";

  @TempDir static Path folder;

  private MainWindow window;
  private Path file;
  private AttackTree base;
  private AttackTree ours;
  private AttackTree theirs;

  private static AttackTree likelihood(AttackTree tree, String id, double value) {
    return tree.withNode(tree.node(id).withLikelihood(Estimate.of(value)));
  }

  private static AttackTree titled(AttackTree tree, String title) {
    return new AttackTree(title, tree.description(), tree.root(),
        java.util.List.copyOf(tree.nodes().values()),
        java.util.List.copyOf(tree.mitigations().values()),
        tree.scalesGiven() ? tree.scales() : null, tree.settings(),
        java.util.List.copyOf(tree.profiles().values()), tree.extensions());
  }

  @Start
  void start(Stage stage) throws Exception {
    base = TreeReader.read(MainWindowTest.KERAS);
    ours = titled(likelihood(likelihood(likelihood(base, CDN, 0.1), HOSTED, 0.2), PICKLE, 0.7),
        "Keras, reviewed");
    theirs = titled(likelihood(likelihood(likelihood(base, CDN, 0.02), HOSTED, 0.3), PICKLE,
        0.9), "Keras, re-estimated");
    MergeResult merge = TreeMerge.of(base, ours, theirs);
    assertThat(merge.conflicts()).hasSize(4);
    file = folder.resolve("merged.yaml");
    TreeWriter.save(merge.tree(), file);
    window = new MainWindow(stage, TreeReader.read(file), file, ScriptedDialogs::new,
        new RecentFiles(folder.resolve("recent.txt")));
    stage.show();
  }

  @Test
  void resolvesByEachSideUndoesOneAndSavesAFileWithoutTheKeyAtTheEnd(FxRobot robot)
      throws Exception {
    assertThat(robot.lookup("#conflicts-panel").query().isVisible()).isTrue();
    assertThat(heading(robot)).isEqualTo("4 merge conflicts");
    WindowSnapshots.write(robot, window, "conflicts-panel");

    robot.clickOn(row(robot, "node " + CDN + ": likelihood"));
    assertThat(window.document().selectedProperty().get()).isEqualTo(CDN);

    take(robot, "node " + CDN + ": likelihood", "theirs");
    take(robot, "node " + HOSTED + ": likelihood", "base");
    take(robot, "node " + PICKLE + ": likelihood", "ours");
    assertThat(heading(robot)).isEqualTo("1 merge conflict");
    robot.interact(() -> window.canvas().canvas().requestFocus());
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    assertThat(heading(robot)).isEqualTo("2 merge conflicts");
    robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

    AttackTree saved = TreeReader.read(file);
    assertThat(saved.node(CDN).likelihood()).isEqualTo(theirs.node(CDN).likelihood());
    assertThat(saved.node(HOSTED).likelihood()).isEqualTo(base.node(HOSTED).likelihood());
    assertThat(saved.node(PICKLE).likelihood()).isEqualTo(ours.node(PICKLE).likelihood());
    assertThat(saved.title()).isEqualTo(ours.title());
    assertThat(RecordedConflict.of(saved)).extracting(RecordedConflict::subject)
        .containsExactly("tree: title", "node " + PICKLE + ": likelihood");

    take(robot, "node " + PICKLE + ": likelihood", "theirs");
    take(robot, "tree: title", "theirs");
    assertThat(robot.lookup("#conflicts-panel").query().isVisible()).isFalse();
    robot.interact(() -> window.canvas().canvas().requestFocus());
    robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

    AttackTree clean = TreeReader.read(file);
    assertThat(clean.extensions()).doesNotContainKey(MergeConflict.EXTENSION);
    assertThat(TreeWriter.toYaml(clean)).isEqualTo(TreeWriter.toYaml(
        likelihood(theirs, HOSTED, 0.15)));
    assertThat(Files.readString(file)).doesNotContain(MergeConflict.EXTENSION);
  }

  private static String heading(FxRobot robot) {
    return robot.lookup("#conflicts-heading").queryAs(Label.class).getText();
  }

  /** The row of the conflict about {@code subject}, as listed now. */
  private Node row(FxRobot robot, String subject) {
    int index = RecordedConflict.of(window.document().tree()).stream()
        .filter(recorded -> recorded.subject().equals(subject)).findFirst().orElseThrow()
        .index();
    return robot.lookup("#conflict-" + index).query();
  }

  private void take(FxRobot robot, String subject, String side) {
    AttackTree before = window.document().tree();
    robot.clickOn("#" + row(robot, subject).getId() + "-" + side);
    assertThat(window.document().tree()).isNotSameAs(before);
  }
}
