package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.viewmodel.ResultsViewModel;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A long re-score shows a progress bar and dims the results it will replace. The view model's
 * hand-over to the UI thread is held back here, so the run lasts as long as the test wants.
 */
@ExtendWith(ApplicationExtension.class)
class ResultsViewTest {
  private final BlockingQueue<Runnable> heldBack = new LinkedBlockingQueue<>();
  private ResultsViewModel results;

  @Start
  void start(Stage stage) {
    results = new ResultsViewModel(heldBack::add);
    stage.setScene(new Scene(new ResultsView(results), 420, 700));
    stage.show();
  }

  @Test
  void longRunShowsProgressAndDimsTheOldResultsUntilTheNewOnesLand(FxRobot robot)
      throws Exception {
    AttackTree keras = TreeReader.read(MainWindowTest.KERAS);
    ProgressBar bar = robot.lookup("#analysis-progress").queryAs(ProgressBar.class);
    Node summary = robot.lookup("#summary").query();

    robot.interact(() -> results.analyse(keras));
    assertThat(bar.isVisible()).as("no bar for the first quarter second").isFalse();
    Thread.sleep(600);
    robot.interact(() -> { });

    assertThat(bar.isVisible()).isTrue();
    assertThat(summary.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("stale"));

    long deadline = System.currentTimeMillis() + 60_000;
    while (!results.isCurrent(keras) && System.currentTimeMillis() < deadline) {
      Runnable next = heldBack.poll();
      if (next == null) {
        Thread.sleep(20);
      } else {
        robot.interact(next);
      }
    }

    assertThat(bar.isVisible()).isFalse();
    assertThat(summary.getPseudoClassStates()).doesNotContain(
        PseudoClass.getPseudoClass("stale"));
    assertThat(robot.lookup("#analysis-status").queryAs(Label.class).getText())
        .startsWith("scored in");
  }

  @Test
  void longScenariosAreCutToTheListsWidthAndShownWholeInATooltip(FxRobot robot)
      throws Exception {
    AttackTree keras = TreeReader.read(MainWindowTest.KERAS);
    robot.interact(() -> results.analyse(keras));
    long deadline = System.currentTimeMillis() + 60_000;
    while (!results.isCurrent(keras) && System.currentTimeMillis() < deadline) {
      Runnable next = heldBack.poll();
      if (next == null) {
        Thread.sleep(20);
      } else {
        robot.interact(next);
      }
    }
    ListView<?> list = robot.lookup("#scenarios").queryAs(ListView.class);
    // as narrow as the side panel of a 1366-wide screen leaves the list (the window is shared
    // with the other test classes: it keeps its size)
    robot.interact(() -> list.setMaxWidth(300));
    robot.interact(() -> { });

    assertThat(list.lookupAll(".scroll-bar")).filteredOn(bar -> bar instanceof ScrollBar scroll
        && scroll.getOrientation() == Orientation.HORIZONTAL && scroll.isVisible())
        .as("no sideways scrolling").isEmpty();
    List<ListCell<?>> cells = robot.lookup("#scenarios .list-cell").queryAll().stream()
        .<ListCell<?>>map(node -> (ListCell<?>) node).filter(cell -> cell.getText() != null)
        .toList();
    ListCell<?> longest = cells.stream()
        .max(java.util.Comparator.comparingInt(cell -> cell.getText().length())).orElseThrow();
    assertThat(longest.getTooltip().getText()).isEqualTo(longest.getText())
        .contains(" + ");
    assertThat(longest.getWidth()).isLessThanOrEqualTo(list.getWidth());
    Text shown = (Text) longest.lookup(".text");
    assertThat(shown.getText()).as("cut with an ellipsis").endsWith("...")
        .isNotEqualTo(longest.getText());
  }

  @Test
  void modeSwitchSetsTheModeAndFollowsIt(FxRobot robot) {
    robot.clickOn("#results-mode-inherent");
    assertThat(results.modeProperty().get()).isEqualTo(Mode.INHERENT);

    robot.clickOn("#results-mode-inherent");
    assertThat(robot.lookup("#results-mode-inherent").queryAs(ToggleButton.class).isSelected())
        .as("the segment that is down stays down").isTrue();

    robot.interact(() -> results.modeProperty().set(Mode.PLANNED));
    assertThat(robot.lookup("#results-mode-planned").queryAs(ToggleButton.class).isSelected())
        .isTrue();
    assertThat(robot.lookup("#results-mode-inherent").queryAs(ToggleButton.class).isSelected())
        .isFalse();
  }
}
