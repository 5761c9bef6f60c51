package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.estimation.RoundSummary;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Vote;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edit → Estimation round… (Ctrl+E): enter hidden estimates, reveal, accept, undo. */
@ExtendWith(ApplicationExtension.class)
class EstimationRoundWindowTest {
  private static final String LEAF = "dep-vulns";

  @TempDir static Path folder;

  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = MainWindowTest.openKeras(stage, folder);
  }

  @Test
  void aRoundKeepsValuesHiddenUntilRevealedAndTakesTheRangeAsOneUndoableEdit(FxRobot robot)
      throws Exception {
    Node before = window.document().tree().node(LEAF);
    openRound(robot);
    assertThat(heading(robot)).contains("Round 1").contains(before.title().substring(0, 20));

    List<String[]> entries = List.of(new String[] {"AB", "low"}, new String[] {"CD", "0.2"},
        new String[] {"EF", "0.15"}, new String[] {"GH", "0.1"}, new String[] {"IJ", "0.9"});
    for (String[] entry : entries) {
      enter(robot, entry[0], entry[1]);
    }
    enter(robot, "ab", "0.3"); // initials estimate once a round

    assertThat(robot.lookup("#round-error").queryAs(Label.class).getText())
        .contains("already");
    List<String> chips = robot.lookup(".round-vote").queryAllAs(Label.class).stream()
        .map(Label::getText).toList();
    assertThat(chips).hasSize(5).allSatisfy(chip -> assertThat(chip).doesNotContainPattern(
        "\\d|low"));

    robot.clickOn("#round-reveal");

    List<Vote> votes = window.rounds().entered();
    RoundSummary expected = RoundSummary.of(votes, window.document().tree().scales()
        .likelihood());
    assertThat(robot.lookup(".round-dot").queryAllAs(Circle.class)).hasSize(5);
    assertThat(robot.lookup(".round-dot.outlier").queryAllAs(Circle.class))
        .hasSize(expected.outliers().size());
    assertThat(robot.lookup("#round-summary").queryAs(Label.class).getText())
        .contains("median " + expected.median().value());
    WindowSnapshots.write(robot, robot.lookup("#round-dots").query().getScene(),
        "estimation-round-revealed");

    robot.clickOn("#round-take-range");

    Node after = window.document().tree().node(LEAF);
    assertThat(after.likelihood()).isEqualTo(expected.range());
    assertThat(after.estimates()).hasSize(5).allSatisfy(vote ->
        assertThat(vote.round()).isEqualTo(1));
    assertThat(after.estimates()).extracting(Vote::by)
        .containsExactly("AB", "CD", "EF", "GH", "IJ");
    assertThat(robot.lookup("#round-dots").tryQuery()).isEmpty(); // the window closed

    robot.clickOn(window.canvas().localToScreen(window.canvas().centreOf(LEAF)));
    robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(window.document().tree().node(LEAF)).isEqualTo(before);
  }

  @Test
  void anotherRoundKeepsTheFirstRoundsVotesAndNumbersTheNext(FxRobot robot) {
    Node before = window.document().tree().node(LEAF);
    openRound(robot);
    enter(robot, "AB", "0.1");
    enter(robot, "CD", "0.6");
    robot.clickOn("#round-reveal");
    robot.clickOn("#round-again");

    assertThat(heading(robot)).contains("Round 2");
    assertThat(robot.lookup(".round-vote").queryAll()).isEmpty();

    enter(robot, "AB", "0.3");
    enter(robot, "CD", "0.3");
    robot.clickOn("#round-reveal");
    robot.clickOn("#round-take-median");

    Node after = window.document().tree().node(LEAF);
    assertThat(after.likelihood()).isEqualTo(Estimate.of(0.3));
    assertThat(after.estimates()).extracting(Vote::round).containsExactly(1, 1, 2, 2);
    robot.interact(() -> window.document().undo());
    assertThat(window.document().tree().node(LEAF)).isEqualTo(before);
  }

  private void openRound(FxRobot robot) {
    robot.clickOn(window.canvas().localToScreen(window.canvas().centreOf(LEAF)));
    robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void enter(FxRobot robot, String initials, String value) {
    robot.clickOn("#round-initials").write(initials);
    robot.clickOn("#round-value").write(value).push(KeyCode.ENTER);
  }

  private static String heading(FxRobot robot) {
    return robot.lookup("#round-heading").queryAs(Label.class).getText();
  }
}
