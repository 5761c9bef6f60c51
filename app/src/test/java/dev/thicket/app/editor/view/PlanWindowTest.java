package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.Plan;
import dev.thicket.model.analysis.PlanFront;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
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

/**
 * The Plan tab in the real window, on the Keras tree with its implemented mitigations made
 * proposed (six candidates; sandbox-loading and vuln-scanning stay planned): select a plan, Mark
 * as planned, undo. Snapshots go to {@code target/screenshots/}.
 */
@ExtendWith(ApplicationExtension.class)
class PlanWindowTest {
  @TempDir static Path folder;

  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    AttackTree keras = TreeReader.read(MainWindowTest.KERAS);
    for (Mitigation mitigation : keras.mitigations().values()) {
      if (mitigation.status() == MitigationStatus.IMPLEMENTED) {
        keras = keras.withMitigation(mitigation.withStatus(MitigationStatus.PROPOSED));
      }
    }
    Path file = folder.resolve("keras-proposed.yaml");
    TreeWriter.save(keras, file);
    window = new MainWindow(stage, TreeReader.read(file), file, ScriptedDialogs::new,
        new RecentFiles(folder.resolve("recent.txt")));
    stage.show();
  }

  @Test
  void markAsPlannedPlansTheSelectedPlanAndUndoRestoresEverything(FxRobot robot)
      throws Exception {
    robot.clickOn("#plan-tab");
    awaitPlansAndScores();
    AttackTree before = window.document().tree();
    Map<String, MitigationStatus> statusesBefore = statuses(before);
    double plannedRiskBefore = plannedRisk();
    PlanFront front = window.plans().frontProperty().get();
    Plan plan = front.front().get(2);
    assertThat(plan.mitigations()).hasSize(2);

    robot.interact(() -> robot.lookup("#plans").queryTableView().scrollTo(2));
    robot.clickOn(row(plan));
    assertThat(window.plans().selectedProperty().get()).isEqualTo(plan);
    assertThat(text("#plan-titles")).isEqualTo(String.join(" · ", plan.mitigations().stream()
        .map(id -> before.mitigations().get(id).title()).toList()));
    robot.clickOn("#plan-mark");
    awaitPlansAndScores();

    AttackTree after = window.document().tree();
    for (Mitigation mitigation : after.mitigations().values()) {
      assertThat(mitigation.status()).as(mitigation.id()).isEqualTo(
          plan.mitigations().contains(mitigation.id()) ? MitigationStatus.PLANNED
              : MitigationStatus.PROPOSED);
    }
    assertThat(plannedRisk()).isCloseTo(plan.risk(), within(1e-12));
    assertThat(text("#risk-planned")).isEqualTo(Decimals.of(plan.risk()));
    assertThat(window.plans().plannedPointProperty().get().cost()).isEqualTo(plan.cost());
    assertThat(robot.lookup("#plan-mark").queryButton().isDisabled()).isTrue();
    WindowSnapshots.write(robot, window, "plan-tab-marked-light");

    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    awaitPlansAndScores();

    assertThat(window.document().tree()).isSameAs(before);
    assertThat(statuses(window.document().tree())).isEqualTo(statusesBefore);
    assertThat(plannedRisk()).isEqualTo(plannedRiskBefore);
    assertThat(text("#risk-planned")).isEqualTo(Decimals.of(plannedRiskBefore));
    assertThat(robot.lookup("#plan-mark").queryButton().isDisabled()).isFalse();
  }

  @Test
  void budgetTypedInTheTabRingsTheBestPlanAndAClickOnADotSelectsIt(FxRobot robot)
      throws Exception {
    robot.clickOn("#plan-tab");
    awaitPlansAndScores();

    robot.clickOn("#field-budget").write("4").type(KeyCode.ENTER);
    awaitPlansAndScores();

    assertThat(window.document().tree().settings().budget()).isEqualTo(4.0);
    Plan best = window.plans().frontProperty().get().best(4).orElseThrow();
    assertThat(window.plans().bestProperty().get()).isEqualTo(best);
    Circle ring = robot.lookup(".plan-point.best").queryAs(Circle.class);
    robot.clickOn(ring);
    assertThat(window.plans().selectedProperty().get()).isEqualTo(best);
    assertThat(robot.lookup("#plans").queryTableView().getSelectionModel().getSelectedItem())
        .isEqualTo(best);
    assertThat(robot.lookup("#plan-budget").tryQuery()).isPresent();
    WindowSnapshots.write(robot, window, "plan-tab-light");
    robot.interact(() -> window.setDark(true));
    WindowSnapshots.write(robot, window, "plan-tab-dark");
  }

  @Test
  void planTabShowsChartTableVerbAndTitlesAtTheDefaultSize(FxRobot robot)
      throws Exception {
    robot.clickOn("#plan-tab");
    awaitPlansAndScores();
    PlanFront front = window.plans().frontProperty().get();
    Plan widest = front.front().get(front.front().size() - 1);

    robot.interact(() -> window.plans().selectedProperty().set(widest));

    Node tabs = robot.lookup("#side-tabs").query();
    Bounds shown = tabs.localToScene(tabs.getLayoutBounds());
    for (String id : new String[] {"#plan-chart", "#plans", "#plan-mark", "#plan-titles"}) {
      Node part = robot.lookup(id).query();
      assertThat(part.localToScene(part.getLayoutBounds()).getMaxY()).as(id)
          .isLessThanOrEqualTo(shown.getMaxY());
    }
    assertThat(robot.lookup("#plan-chart").queryAs(javafx.scene.layout.Region.class)
        .getHeight()).isGreaterThanOrEqualTo(150);
    WindowSnapshots.write(robot, window, "plan-tab-widest-light");
  }

  /** With nothing planned, today's point is the planned one: one label, not two overlapping. */
  @Test
  void nothingPlannedShowsOneLabelForTodayAndPlanned(FxRobot robot) throws Exception {
    robot.clickOn("#plan-tab");
    awaitPlansAndScores();
    assertThat(labels(robot)).contains("today", "planned");

    robot.interact(() -> {
      for (Mitigation mitigation : window.document().tree().mitigations().values()) {
        if (mitigation.status() == MitigationStatus.PLANNED) {
          window.document().edit(new dev.thicket.model.edit.PutMitigation(
              mitigation.withStatus(MitigationStatus.PROPOSED)));
        }
      }
    });
    awaitPlansAndScores();

    assertThat(labels(robot)).contains("today = planned").doesNotContain("today", "planned");
  }

  private static List<String> labels(FxRobot robot) {
    return robot.lookup("#plan-chart .plan-label").queryAllAs(Label.class).stream()
        .map(Label::getText).toList();
  }

  private TableRow<?> row(Plan plan) {
    return new FxRobot().lookup("#plans .table-row-cell")
        .match((TableRow<?> shown) -> plan.equals(shown.getItem())).queryAs(TableRow.class);
  }

  private String text(String id) {
    return new FxRobot().lookup(id).queryAs(Label.class).getText();
  }

  private double plannedRisk() {
    return window.results().scoredProperty().get().result().risk().get(Mode.PLANNED);
  }

  private static Map<String, MitigationStatus> statuses(AttackTree tree) {
    Map<String, MitigationStatus> statuses = new LinkedHashMap<>();
    tree.mitigations().values().forEach(m -> statuses.put(m.id(), m.status()));
    return statuses;
  }

  private void awaitPlansAndScores() throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
      AttackTree tree = window.document().tree();
      return window.results().isCurrent(tree) && !window.results().runningProperty().get()
          && window.plans().funding(tree).isPresent() && !window.plans().runningProperty().get();
    });
    WaitForAsyncUtils.waitForFxEvents();
  }
}
