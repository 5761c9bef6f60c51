package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The side panels at the window's default size (1440×900): every node field shows without
 * scrolling, and the Tree tab is reachable from the keyboard. Each test also writes the window to
 * {@code target/screenshots/} to be looked at.
 */
@ExtendWith(ApplicationExtension.class)
class SidePanelsTest {
  @TempDir static Path folder;

  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = MainWindowTest.openKeras(stage, folder);
  }

  @Test
  void everyNodeFieldShowsWithoutScrollingAtTheDefaultSize(FxRobot robot) throws Exception {
    robot.interact(() -> window.document().selectedProperty().set("deserialization-exploit"));
    snapshot(robot, "node-panel-light");

    Node references = robot.lookup("#field-references").query();
    ScrollPane scroll = enclosingScroll(references);
    Bounds view = scroll.localToScene(scroll.getLayoutBounds());
    assertThat(references.localToScene(references.getLayoutBounds()).getMaxY())
        .isLessThanOrEqualTo(view.getMaxY());
    assertThat(scroll.getContent().getLayoutBounds().getHeight())
        .isLessThanOrEqualTo(scroll.getViewportBounds().getHeight());
  }

  @Test
  void treeTabOpensFromTheKeyboardWithItsTitleFocused(FxRobot robot) throws Exception {
    robot.interact(() -> window.canvas().canvas().requestFocus());

    robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);

    Node title = robot.lookup("#field-treeTitle").query();
    assertThat(title.isFocused()).isTrue();
    snapshot(robot, "tree-tab-light");
    robot.interact(() -> window.setDark(true));
    snapshot(robot, "tree-tab-dark");
  }

  @Test
  void mitigationsTabShowsTheFormForTheSelectedRow(FxRobot robot) throws Exception {
    robot.clickOn("#mitigations-tab");
    robot.clickOn(robot.lookup("#mitigations .table-row-cell").nth(2).queryAs(Node.class));

    assertThat(robot.lookup("#mitigation-id").queryTextInputControl().getText())
        .isEqualTo("safe-format");
    robot.interact(() -> window.setDark(true));
    snapshot(robot, "mitigations-tab-dark");
  }

  @Test
  void highRiskThresholdTypedInTheTreeTabRescoresTheTree(FxRobot robot) throws Exception {
    waitForAnalysis(robot);
    long before = highRiskScenarios();

    openTreeTab(robot);
    robot.clickOn("#field-highRiskThreshold").press(KeyCode.CONTROL).type(KeyCode.A)
        .release(KeyCode.CONTROL).write("0.01").type(KeyCode.ENTER);
    waitForAnalysis(robot);

    assertThat(window.results().scoredProperty().get().bands().threshold()).isEqualTo(0.01);
    assertThat(highRiskScenarios()).isGreaterThan(before);
  }

  @Test
  void criticalThresholdAboveOneIsMarkedOnTheField(FxRobot robot) {
    var tree = window.document().tree();

    openTreeTab(robot);
    robot.clickOn("#field-criticalThreshold").press(KeyCode.CONTROL).type(KeyCode.A)
        .release(KeyCode.CONTROL).write("1.5").type(KeyCode.ENTER);

    Node field = robot.lookup("#field-criticalThreshold").query();
    assertThat(field.getPseudoClassStates()).extracting(Object::toString).contains("invalid");
    assertThat(robot.lookup("#error-criticalThreshold").queryLabeled().getText())
        .isEqualTo("criticalThreshold must be in [0,1], not 1.5");
    assertThat(window.document().tree()).isSameAs(tree);
  }

  private void openTreeTab(FxRobot robot) {
    robot.interact(() -> window.canvas().canvas().requestFocus());
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);
  }

  private long highRiskScenarios() {
    return window.results().scenarios().stream().filter(scenario -> scenario.highRisk()).count();
  }

  private void waitForAnalysis(FxRobot robot) throws Exception {
    org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () ->
        window.results().isCurrent(window.document().tree())
            && !window.results().runningProperty().get());
    robot.interact(() -> {});
  }

  private static ScrollPane enclosingScroll(Node node) {
    Node parent = node.getParent();
    while (!(parent instanceof ScrollPane)) {
      parent = parent.getParent();
    }
    return (ScrollPane) parent;
  }

  private void snapshot(FxRobot robot, String name) throws Exception {
    WindowSnapshots.write(robot, window, name);
  }
}
