package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.PotentialFactor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
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
 * The Profiles tab on the Keras tree: adding, editing each field, a refused value, removing, each
 * change one undoable edit; the profile switch and View → Attacker following the profiles.
 */
@ExtendWith(ApplicationExtension.class)
class ProfilesWindowTest {
  private static final String INSIDER = "repository-insider";

  @TempDir static Path folder;

  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = MainWindowTest.openKeras(stage, folder);
  }

  @Test
  void addedProfileIsListedSelectedAndUndoneInOneStep(FxRobot robot) {
    AttackTree before = window.document().tree();
    openTab(robot);

    type(robot, "#profile-new-id", "state-actor", null);
    type(robot, "#profile-new-title", "State actor", KeyCode.ENTER);

    AttackTree after = window.document().tree();
    assertThat(List.copyOf(after.profiles().values())).last().isEqualTo(
        new AttackerProfile("state-actor", "State actor", null, null, null, Map.of()));
    assertThat(after.profiles()).hasSize(before.profiles().size() + 1);
    assertThat(window.profiles().selectedProperty().get()).isEqualTo("state-actor");
    assertThat(field(robot, "#field-profileTitle").getText()).isEqualTo("State actor");
    assertThat(switchItems(robot)).contains("state-actor");
    undo(robot);
    assertThat(window.document().tree()).isEqualTo(before);
    assertThat(switchItems(robot)).doesNotContain("state-actor");
  }

  @Test
  void everyFieldIsOneUndoableEdit(FxRobot robot) {
    AttackTree before = window.document().tree();
    openTab(robot);
    select(robot, INSIDER);
    AttackerProfile old = before.profiles().get(INSIDER);

    type(robot, "#field-profileTitle", "Rogue maintainer", KeyCode.ENTER);
    type(robot, "#field-profileDescription", "Publishes a poisoned model.", null);
    type(robot, "#field-profileBudget", "12.5", KeyCode.ENTER);
    type(robot, "#field-profileTime", "", KeyCode.ENTER);
    Map<PotentialFactor, String> limits = Map.of(PotentialFactor.EXPERTISE, "expert",
        PotentialFactor.KNOWLEDGE, "strictly-confidential", PotentialFactor.WINDOW, "easy");
    limits.forEach((factor, level) -> choose(robot, factor, level));
    choose(robot, PotentialFactor.EQUIPMENT, "no limit");

    AttackerProfile edited = window.document().tree().profiles().get(INSIDER);
    assertThat(edited).isEqualTo(new AttackerProfile(INSIDER, "Rogue maintainer",
        "Publishes a poisoned model.", 12.5, null, limits));
    assertThat(window.document().undoTextProperty().get()).isEqualTo(
        "Undo Change profile equipment");
    AttackTree after = window.document().tree();
    for (int edit = 0; edit < 8; edit++) {
      assertThat(window.document().tree()).as("edit %d not undone yet", edit)
          .isNotEqualTo(before);
      undo(robot);
    }
    assertThat(window.document().tree()).isEqualTo(before);
    assertThat(field(robot, "#field-profileBudget").getText())
        .isEqualTo(dev.thicket.model.tree.Numbers.format(old.budget()));
    for (int edit = 0; edit < 8; edit++) {
      redo(robot);
    }
    assertThat(window.document().tree()).isEqualTo(after);
  }

  @Test
  void refusedValuesShowTheFileFormatsMessageAndKeepTheOldValue(FxRobot robot)
      throws Exception {
    AttackTree before = window.document().tree();
    openTab(robot);
    select(robot, INSIDER);

    type(robot, "#field-profileBudget", "-5", KeyCode.ENTER);
    assertThat(window.document().tree()).isSameAs(before);
    assertThat(label(robot, "#error-profileBudget")).isEqualTo(
        messageOfFile("    budget: 25000", "    budget: -5"));
    assertThat(field(robot, "#field-profileBudget").getText()).isEqualTo("-5");

    type(robot, "#field-profileId", "organised-crime", KeyCode.ENTER);
    assertThat(window.document().tree()).isSameAs(before);
    // a file says "duplicate key" with the line of the first: the window has no lines
    assertThat(label(robot, "#error-profileId")).contains("duplicate")
        .contains("'organised-crime'");

    type(robot, "#field-profileId", "insider 2", KeyCode.ENTER);
    assertThat(label(robot, "#error-profileId")).isEqualTo(
        messageOfFile("  repository-insider:", "  insider 2:"));
    assertThat(window.document().tree()).isSameAs(before);
    assertThat(window.document().canUndoProperty().get()).isFalse();
  }

  @Test
  void switchFollowsARenamedProfileAndFallsBackToEveryoneWhenItIsRemoved(FxRobot robot)
      throws Exception {
    AttackTree before = window.document().tree();
    robot.interact(() -> window.results().profileProperty().set(INSIDER));
    openTab(robot);
    select(robot, INSIDER);

    type(robot, "#field-profileId", "maintainer", KeyCode.ENTER);
    assertThat(window.document().tree().profiles()).containsKey("maintainer")
        .doesNotContainKey(INSIDER);
    assertThat(window.results().profileProperty().get()).isEqualTo("maintainer");
    assertThat(switchValue(robot)).isEqualTo("maintainer");
    awaitShownFor("maintainer");
    undo(robot);
    assertThat(window.results().profileProperty().get()).isEqualTo(INSIDER);
    assertThat(window.profiles().selectedProperty().get()).isEqualTo(INSIDER);

    robot.clickOn(reveal(robot, "#profile-remove"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.document().tree().profiles()).doesNotContainKey(INSIDER);
    assertThat(window.results().profileProperty().get()).isNull();
    assertThat(switchItems(robot)).doesNotContain(INSIDER);
    assertThat(switchValue(robot)).isEmpty();
    undo(robot);
    assertThat(window.document().tree()).isEqualTo(before);
    assertThat(switchItems(robot)).contains(INSIDER);
  }

  @Test
  void attackerMenuAndSwitchPickTheSameProfile(FxRobot robot) {
    AttackerProfile first = window.document().tree().profiles().values().iterator().next();

    robot.clickOn("View").clickOn("#menu-attacker").clickOn("#menu-attacker-" + INSIDER,
        Motion.HORIZONTAL_FIRST);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.results().profileProperty().get()).isEqualTo(INSIDER);
    assertThat(switchValue(robot)).isEqualTo(INSIDER);

    robot.interact(() -> window.canvas().canvas().requestFocus());
    robot.press(KeyCode.CONTROL, KeyCode.ALT).type(KeyCode.DIGIT1)
        .release(KeyCode.ALT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.results().profileProperty().get()).isEqualTo(first.id());
    assertThat(switchValue(robot)).isEqualTo(first.id());

    robot.interact(() -> window.showSideTab("results"));
    robot.clickOn("#profile-switch").clickOn("whole tree");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.results().profileProperty().get()).isNull();
    robot.clickOn("View").clickOn("#menu-attacker");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#menu-attacker-everyone").tryQuery()).isPresent();
    assertThat(((javafx.scene.control.RadioMenuItem) menuItem("everyone")).isSelected())
        .isTrue();
    assertThat(((javafx.scene.control.RadioMenuItem) menuItem(INSIDER)).isSelected()).isFalse();
    robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
  }

  @Test
  void everySideTabHeaderShowsInsideTheSidePanel(FxRobot robot) {
    javafx.scene.Node tabs = robot.lookup("#side-tabs").query();
    Bounds panel = tabs.localToScene(tabs.getLayoutBounds());

    for (String name : MainWindow.SIDE_TABS) {
      javafx.scene.Node header = robot.lookup("#" + name + "-tab").query();
      Bounds bounds = header.localToScene(header.getLayoutBounds());
      assertThat(header.isVisible()).as(name).isTrue();
      assertThat(bounds.getMinX()).as(name).isGreaterThanOrEqualTo(panel.getMinX());
      assertThat(bounds.getMaxX()).as(name).isLessThanOrEqualTo(panel.getMaxX());
    }
  }

  /** The problem the file reader reports for keras.yaml with {@code line} replaced. */
  private static String messageOfFile(String line, String replacement) throws Exception {
    String text = Files.readString(MainWindowTest.KERAS);
    assertThat(text).contains(line + "\n");
    byte[] changed = text.replace(line + "\n", replacement + "\n")
        .getBytes(StandardCharsets.UTF_8);
    TreeFileException refused = catchThrowableOfType(
        () -> TreeReader.read("keras.yaml", changed), TreeFileException.class);
    assertThat(refused.problems()).hasSize(1);
    return refused.problems().get(0).message();
  }

  private javafx.scene.control.MenuItem menuItem(String name) {
    return window.scene().getRoot().lookupAll("#menu-bar").stream()
        .map(bar -> (javafx.scene.control.MenuBar) bar)
        .flatMap(bar -> bar.getMenus().stream())
        .flatMap(menu -> menu.getItems().stream())
        .filter(item -> "menu-attacker".equals(item.getId()))
        .flatMap(item -> ((javafx.scene.control.Menu) item).getItems().stream())
        .filter(item -> ("menu-attacker-" + name).equals(item.getId()))
        .findFirst().orElseThrow();
  }

  private void openTab(FxRobot robot) {
    robot.clickOn("#profiles-tab");
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void select(FxRobot robot, String id) {
    robot.clickOn(robot.lookup("#profiles .list-cell").match(cell ->
        ((javafx.scene.control.ListCell<?>) cell).getItem() instanceof AttackerProfile profile
            && profile.id().equals(id)).queryAs(javafx.scene.Node.class));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.profiles().selectedProperty().get()).isEqualTo(id);
  }

  /**
   * Replaces the text of {@code query} by {@code text} with the keyboard; then {@code end}
   * (Enter), or for null a click on the profiles list (the field commits on losing focus).
   */
  private void type(FxRobot robot, String query, String text, KeyCode end) {
    robot.clickOn(reveal(robot, query));
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    if (text.isEmpty()) {
      robot.type(KeyCode.DELETE);
    } else {
      robot.write(text);
    }
    if (end != null) {
      robot.type(end);
    } else {
      robot.clickOn(reveal(robot, "#profile-new-title"));
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void choose(FxRobot robot, PotentialFactor factor, String level) {
    robot.clickOn(reveal(robot, "#field-limit-" + factor.keyword()));
    robot.clickOn(robot.lookup(".context-menu .label")
        .match(label -> level.equals(((javafx.scene.control.Labeled) label).getText()))
        .queryAs(javafx.scene.Node.class));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The control {@code query}, its scroll pane scrolled so that it is in sight. */
  private javafx.scene.Node reveal(FxRobot robot, String query) {
    javafx.scene.Node node = robot.lookup(query).query();
    javafx.scene.Node parent = node.getParent();
    while (!(parent instanceof ScrollPane)) {
      parent = parent.getParent();
    }
    ScrollPane pane = (ScrollPane) parent;
    robot.interact(() -> {
      Bounds content = pane.getContent().getLayoutBounds();
      Bounds at = pane.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
      double range = content.getHeight() - pane.getViewportBounds().getHeight();
      if (range > 0) {
        pane.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - 20) / range)));
      }
    });
    WaitForAsyncUtils.waitForFxEvents();
    return node;
  }

  private void undo(FxRobot robot) {
    robot.interact(() -> window.canvas().canvas().requestFocus());
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void redo(FxRobot robot) {
    robot.interact(() -> window.canvas().canvas().requestFocus());
    robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void awaitShownFor(String profile) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
        window.results().isCurrent(window.document().tree())
            && !window.results().runningProperty().get()
            && window.results().shownProperty().get() != window.results().scoredProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.results().profileProperty().get()).isEqualTo(profile);
  }

  private static TextInputControl field(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(TextInputControl.class);
  }

  private static String label(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  @SuppressWarnings("unchecked")
  private static List<String> switchItems(FxRobot robot) {
    return List.copyOf(robot.lookup("#profile-switch").queryAs(ChoiceBox.class).getItems());
  }

  private static String switchValue(FxRobot robot) {
    return (String) robot.lookup("#profile-switch").queryAs(ChoiceBox.class).getValue();
  }
}
