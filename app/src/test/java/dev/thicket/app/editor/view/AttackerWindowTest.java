package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Numbers;
import dev.thicket.model.tree.PotentialFactor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The attacker in the window: a leaf's cost and attack-potential factor entered in the node panel
 * and undone, and the profile switch re-scoring the Results tab and the canvas for an attacker of
 * the Keras tree, as the model's per-profile view ({@link ScoredTree#forProfile}) scores it.
 */
@ExtendWith(ApplicationExtension.class)
class AttackerWindowTest {
  @TempDir static Path folder;

  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = MainWindowTest.openKeras(stage, folder);
  }

  @Test
  void costAndFactorEnteredOnALeafAreUndone(FxRobot robot) throws Exception {
    String step = "dep-vulns";
    robot.interact(() -> window.document().selectedProperty().set(step));
    AttackTree before = window.document().tree();
    Double old = before.node(step).attacker().cost();
    String cost = Numbers.format(old == null ? 1000 : old * 2);
    PotentialFactor factor = PotentialFactor.EQUIPMENT;
    String level = factor.levels().stream()
        .filter(each -> !each.equals(before.node(step).attacker().potential().level(factor)))
        .reduce((first, last) -> last).orElseThrow();

    robot.clickOn("#attacker-toggle");
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> enclosingScroll(robot.lookup("#attacker-fields").query()).setVvalue(1));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(robot.lookup("#field-cost").queryAs(TextField.class)).eraseText(12)
        .write(cost).type(KeyCode.ENTER);
    awaitTreeChange(before);
    AttackTree costed = window.document().tree();
    robot.clickOn("#field-" + factor.keyword()).clickOn(level);
    awaitTreeChange(costed);

    Node edited = window.document().tree().node(step);
    assertThat(edited.attacker().cost()).isEqualTo(Double.parseDouble(cost));
    assertThat(edited.attacker().potential().level(factor)).isEqualTo(level);
    WindowSnapshots.write(robot, window, "attacker-node-panel");
    robot.interact(() -> window.canvas().canvas().requestFocus());
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).type(KeyCode.Z).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () ->
        window.document().tree().equals(before));
    assertThat(robot.lookup("#field-cost").queryAs(TextField.class).getText())
        .isEqualTo(window.nodePanel().textProperty(
            dev.thicket.app.editor.viewmodel.NodeField.COST).get());
  }

  @Test
  void profileSwitchShowsTheModelsNumbersForThatAttackerAndGreysStepsOutOfReach(
      FxRobot robot) throws Exception {
    AttackTree keras = window.document().tree();
    awaitWhole(keras);
    ScoredTree whole = window.results().scoredProperty().get();
    AttackerProfile outsider = keras.profiles().values().stream()
        .filter(profile -> outOfReach(keras, profile).size() > 0).findFirst().orElseThrow();
    String greyed = outOfReach(keras, outsider).get(0);
    String reached = keras.nodes().values().stream()
        .filter(node -> node.isLeaf() && outsider.reaches(node.attacker().potential()))
        .map(Node::id).findFirst().orElseThrow();

    robot.interact(() -> window.showSideTab("results"));
    robot.clickOn("#profile-switch").clickOn(outsider.title());
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
        !window.results().runningProperty().get()
            && window.results().shownProperty().get() != whole);
    WaitForAsyncUtils.waitForFxEvents();

    ScoredTree expected = whole.forProfile(outsider.id(), new AnalysisOptions(Mode.RESIDUAL,
        AnalysisOptions.DEFAULT_TOP, AnalysisSettings.NONE).withImportanceMode(Mode.RESIDUAL));
    for (Mode mode : Mode.values()) {
      assertThat(robot.lookup("#risk-" + mode.keyword()).queryAs(Label.class).getText())
          .as(mode.keyword()).isEqualTo(Decimals.of(expected.result().risk().get(mode)));
    }
    @SuppressWarnings("unchecked")
    List<Scenario> shown = robot.lookup("#scenarios").queryAs(ListView.class).getItems();
    assertThat(shown).isEqualTo(expected.scenarios());
    assertThat(robot.lookup("#reach").queryAs(Label.class).getText())
        .startsWith(outsider.title() + ": " + expected.result().cutSets().count() + " scenario")
        .endsWith(" within reach");
    assertThat(CardPixels.fill(robot, window, reached))
        .isEqualTo(CardPainter.fill(expected.node(reached)));
    Color background = CardPixels.background(robot, window);
    Color dimmed = CardPainter.fill(expected.node(greyed)).interpolate(background, 0.75);
    Color painted = CardPixels.fill(robot, window, greyed);
    assertThat(painted.getRed()).isCloseTo(dimmed.getRed(), within(2 / 255.0));
    assertThat(painted.getGreen()).isCloseTo(dimmed.getGreen(), within(2 / 255.0));
    assertThat(painted.getBlue()).isCloseTo(dimmed.getBlue(), within(2 / 255.0));
    WindowSnapshots.write(robot, window, "attacker-profile");

    robot.clickOn("#profile-switch").clickOn("whole tree");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
        window.results().shownProperty().get() == whole);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(CardPixels.fill(robot, window, greyed))
        .isEqualTo(CardPainter.fill(whole.node(greyed)));
  }

  private static javafx.scene.control.ScrollPane enclosingScroll(javafx.scene.Node node) {
    javafx.scene.Node parent = node.getParent();
    while (!(parent instanceof javafx.scene.control.ScrollPane)) {
      parent = parent.getParent();
    }
    return (javafx.scene.control.ScrollPane) parent;
  }

  private void awaitTreeChange(AttackTree before) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().tree() != before);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void awaitWhole(AttackTree tree) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
        window.results().isCurrent(tree) && !window.results().runningProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static List<String> outOfReach(AttackTree tree, AttackerProfile profile) {
    return tree.nodes().values().stream()
        .filter(node -> node.isLeaf() && !profile.reaches(node.attacker().potential()))
        .map(Node::id).toList();
  }
}
