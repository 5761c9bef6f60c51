package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.layout.CanvasLayout;
import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.app.editor.viewmodel.UncertaintyViewModel;
import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.TornadoBar;
import dev.thicket.model.analysis.UncertaintyAnalysis;
import dev.thicket.model.analysis.UncertaintyOptions;
import dev.thicket.model.analysis.UncertaintyResult;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Range;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Uncertainty tab in the real window, on the Keras tree with ranges on four leaves, one
 * mitigation and the goal's impact ({@code trees/keras-ranges.yaml} in the test resources): what
 * the tab shows is what {@link UncertaintyAnalysis} computes for the same tree, and it follows
 * edits made in the node panel and their undo. Snapshots go to {@code target/screenshots/}.
 */
@ExtendWith(ApplicationExtension.class)
class UncertaintyWindowTest {
  static final Path RANGED = Path.of("src/test/resources/trees/keras-ranges.yaml");

  @TempDir static Path folder;

  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    Path file = folder.resolve("keras-ranges.yaml");
    Files.copy(RANGED, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    window = new MainWindow(stage, TreeReader.read(file), file, ScriptedDialogs::new,
        new RecentFiles(folder.resolve("recent.txt")));
    stage.show();
  }

  @Test
  void histogramPercentilesAndTornadoAreThoseOfTheAnalysis(FxRobot robot) throws Exception {
    robot.clickOn("#uncertainty-tab");
    awaitUncertainty();
    UncertaintyResult expected = sample(window.document().tree());

    assertThat(text("#uncertainty-p50"))
        .isEqualTo("P50 " + Decimals.of(expected.risk().get(Mode.RESIDUAL).p50()));
    assertThat(text("#uncertainty-p5"))
        .isEqualTo("P5 " + Decimals.of(expected.risk().get(Mode.RESIDUAL).p5()));
    assertThat(text("#uncertainty-residual-p95"))
        .isEqualTo(Decimals.of(expected.risk().get(Mode.RESIDUAL).p95()));
    assertThat(text("#uncertainty-planned-p50"))
        .isEqualTo(Decimals.of(expected.risk().get(Mode.PLANNED).p50()));
    assertThat(text("#uncertainty-residual-share")).isEqualTo(UncertaintyView.percent(
        expected.shareAtOrAboveHighRisk().get(Mode.RESIDUAL)));
    XYChart<?, ?> histogram = robot.lookup("#uncertainty-histogram").queryAs(XYChart.class);
    assertThat(histogram.getData().get(0).getData())
        .hasSize(2 * UncertaintyViewModel.BINS + 2);
    double shares = 0; // each bin is two points (its left and right edge) at its share in %
    for (int bin = 0; bin < UncertaintyViewModel.BINS; bin++) {
      shares += ((Number) histogram.getData().get(0).getData().get(1 + 2 * bin).getYValue())
          .doubleValue();
    }
    assertThat(shares).isCloseTo(100, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(expected.tornado()).hasSize(6);
    assertThat(titles(robot)).containsExactlyElementsOf(expected.tornado().stream()
        .map(bar -> title(window.document().tree(), bar)).toList());
    assertThat(robot.lookup(".tornado-bar").queryAll()).hasSize(6);
    assertThat(robot.lookup(".tornado-points").queryAllAs(Label.class)).extracting(Label::getText)
        .contains("likelihood 0.5 / 0.8 / 0.95", "effectiveness 0.4 / 0.7 / 0.9",
            "impact 6 / 10 / 10");
    WindowSnapshots.write(robot, window, "uncertainty-tab-light");
    robot.interact(() -> robot.lookup("#uncertainty-scroll")
        .queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
    WindowSnapshots.write(robot, window, "uncertainty-tornado-light");
    robot.interact(() -> window.setDark(true));
    WindowSnapshots.write(robot, window, "uncertainty-tornado-dark");
  }

  @Test
  void rangeTypedInTheNodePanelAddsItsBarAndUndoRemovesIt(FxRobot robot) throws Exception {
    robot.clickOn("#uncertainty-tab");
    awaitUncertainty();
    String depVulns = window.document().tree().node("dep-vulns").title();
    assertThat(titles(robot)).hasSize(6).doesNotContain(depVulns);

    robot.interact(() -> window.document().selectedProperty().set("dep-vulns"));
    TextField likelihood = robot.lookup("#field-likelihood").queryAs(TextField.class);
    AttackTree before = window.document().tree();
    replace(robot, "#field-likelihood", "0.05..0.1..0.3");
    awaitUncertainty(before);

    AttackTree edited = window.document().tree();
    assertThat(edited.node("dep-vulns").likelihood())
        .isEqualTo(Estimate.of(0.1).withRange(Range.of(0.05, 0.3)));
    assertThat(titles(robot)).hasSize(7).contains(depVulns);
    assertThat(robot.lookup(".tornado-bar").queryAll()).hasSize(7);
    assertThat(text("#uncertainty-p50")).isEqualTo(
        "P50 " + Decimals.of(sample(edited).risk().get(Mode.RESIDUAL).p50()));
    WindowSnapshots.write(robot, window, "uncertainty-tab-edited-light");

    assertThat(window.document().undoTextProperty().get())
        .isEqualTo("Undo Change likelihood of '" + depVulns + "'");
    robot.interact(() -> window.canvas().canvas().requestFocus()); // the field has its own undo
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    awaitUncertainty(edited);

    assertThat(window.document().tree()).isSameAs(before);
    assertThat(titles(robot)).hasSize(6).doesNotContain(depVulns);
    assertThat(likelihood.getText()).isEqualTo("0.1");
  }

  @Test
  void renamingARangedLeafKeepsItsRangeAndRetitlesItsBar(FxRobot robot) throws Exception {
    robot.clickOn("#uncertainty-tab");
    awaitUncertainty();
    Estimate before = window.document().tree().node("cdn-compromise").likelihood();
    assertThat(before.isRange()).isTrue();
    robot.interact(() -> window.document().selectedProperty().set("cdn-compromise"));

    AttackTree unchanged = window.document().tree();
    replace(robot, "#field-title", "Breach the model registry");
    awaitUncertainty(unchanged);

    assertThat(window.document().tree().node("cdn-compromise").title())
        .isEqualTo("Breach the model registry");
    assertThat(window.document().tree().node("cdn-compromise").likelihood()).isEqualTo(before);
    assertThat(robot.lookup("#field-likelihood").queryAs(TextField.class).getText())
        .isEqualTo("0.01..0.05..0.15");
    assertThat(titles(robot)).contains("Breach the model registry").hasSize(6);
  }

  @Test
  void treeWithoutRangesSaysHowToTypeOne(FxRobot robot) throws Exception {
    robot.interact(() -> window.document().open(MainWindowTest.KERAS));
    robot.clickOn("#uncertainty-tab");
    awaitUncertainty();

    Label none = robot.lookup("#uncertainty-none").queryAs(Label.class);
    assertThat(none.isVisible()).isTrue();
    assertThat(none.getText()).isEqualTo(UncertaintyViewModel.HOW_TO)
        .contains("likelihood 0.05..0.1..0.3");
    assertThat(robot.lookup("#uncertainty-charts").query().isVisible()).isFalse();
    assertThat(robot.lookup(".tornado-bar").queryAll()).isEmpty();
    WindowSnapshots.write(robot, window, "uncertainty-tab-no-ranges-light");
  }

  @Test
  void fifteenBarsFitTheTallerTabAtTheDefaultSizeAndLeavingItBringsTheNodePanelBack(
      FxRobot robot) throws Exception {
    Path wide = folder.resolve("twenty-ranges.yaml");
    TreeWriter.save(twentyRangedLeaves(), wide);
    robot.interact(() -> window.document().open(wide));
    robot.clickOn("#uncertainty-tab");
    awaitUncertainty();
    javafx.scene.control.SplitPane side = robot.lookup("#side-split")
        .queryAs(javafx.scene.control.SplitPane.class);
    double divider = side.getDividerPositions()[0];
    assertThat(divider).isBetween(0.3, 0.6);

    robot.clickOn("#uncertainty-enlarge");
    robot.interact(() -> robot.lookup("#uncertainty-scroll")
        .queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
    WaitForAsyncUtils.waitForFxEvents();

    List<Node> bars = List.copyOf(robot.lookup(".tornado-bar").queryAll());
    assertThat(bars).hasSize(UncertaintyViewModel.TORNADO_BARS);
    Node viewport = robot.lookup("#uncertainty-scroll").query();
    Bounds visible = viewport.localToScene(viewport.getLayoutBounds());
    for (Node bar : List.of(bars.get(0), bars.get(bars.size() - 1))) {
      Bounds shown = bar.localToScene(bar.getLayoutBounds());
      assertThat(shown.getMinY()).isGreaterThanOrEqualTo(visible.getMinY());
      assertThat(shown.getMaxY()).isLessThanOrEqualTo(visible.getMaxY());
      assertThat(shown.getWidth()).isGreaterThanOrEqualTo(200);
    }
    assertThat(side.getDividerPositions()[0]).isLessThan(0.02);
    assertThat(titles(robot)).first().isEqualTo(
        "Phish a maintainer of the model registry for their token, route 19");
    WindowSnapshots.write(robot, window, "uncertainty-fifteen-bars-taller-light");

    robot.clickOn("#results-tab");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#uncertainty-enlarge")
        .queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isFalse();
    assertThat(side.getDividerPositions()[0]).isCloseTo(divider, org.assertj.core.api.Assertions
        .within(0.01));
  }

  /** An OR of 20 leaves with long titles, leaf i likely 0.01·(i+1) within ±50 %. */
  private static AttackTree twentyRangedLeaves() {
    List<dev.thicket.model.tree.Node> nodes = new java.util.ArrayList<>();
    List<String> leaves = java.util.stream.IntStream.range(0, 20).mapToObj(i -> "route-" + i)
        .toList();
    nodes.add(dev.thicket.model.tree.Node.gate("goal", "Steal the model signing key",
        dev.thicket.model.tree.Gate.OR, 0, leaves).withImpact(Estimate.of(5)));
    for (int i = 0; i < 20; i++) {
      double likely = 0.01 * (i + 1);
      nodes.add(dev.thicket.model.tree.Node.leaf(leaves.get(i),
          "Phish a maintainer of the model registry for their token, route " + i,
          Estimate.of(likely).withRange(Range.of(likely / 2, likely * 1.5))));
    }
    return new AttackTree("Twenty ranges", null, "goal", nodes, List.of(), null,
        dev.thicket.model.tree.AnalysisSettings.NONE, java.util.Map.of());
  }

  @Test
  void everySideTabHeaderFitsTheSidePanelAtTheDefaultSize(FxRobot robot) {
    Node tabs = robot.lookup("#side-tabs").query();
    Bounds panel = tabs.localToScene(tabs.getLayoutBounds());
    for (String name : List.of("results", "plan", "uncertainty", "mitigations", "risk-matrix",
        "tree")) {
      Node header = robot.lookup("#" + name + "-tab").query();
      Bounds shown = header.localToScene(header.getLayoutBounds());
      assertThat(header.isVisible()).as(name).isTrue();
      assertThat(shown.getMaxX()).as(name).isLessThanOrEqualTo(panel.getMaxX());
    }
  }

  @Test
  void rangedLeafCardsShowTheirRangeAndStillFitTheirFigures(FxRobot robot) throws Exception {
    awaitUncertainty();
    AttackTree tree = window.document().tree();
    CardPainter painter = new CardPainter();
    double room = CanvasLayout.BOX_WIDTH - 2 * 8 + 3;
    for (String id : List.of("cdn-compromise", "attacker-hosted", "deserialization-exploit",
        "crafted-input")) {
      String figures = CardPainter.figures(window.results().score(id));
      String[] pill = new String[1];
      double[] width = new double[1];
      robot.interact(() -> {
        pill[0] = painter.pillText(tree.node(id), 0, figures, CanvasLayout.BOX_WIDTH);
        width[0] = painter.infoWidth(pill[0]) + 10 + 8 + painter.infoWidth(figures);
      });
      Estimate likelihood = tree.node(id).likelihood();
      assertThat(pill[0]).as(id).contains("L " + likelihood.likely())
          .containsAnyOf("(" + likelihood.range().low() + "–" + likelihood.range().high() + ")",
              " ±");
      assertThat(width[0]).as(id).isLessThanOrEqualTo(room);
    }
    assertThat(CardPainter.symbols(tree.node("dep-vulns"))).containsExactly("step · L 0.1",
        "L 0.1");
    assertThat(CardPainter.rangedMitigation(tree, tree.node("deserialization-exploit")))
        .isTrue();
    assertThat(CardPainter.rangedMitigation(tree, tree.node("dep-vulns"))).isFalse();
    WindowSnapshots.write(robot, window, "uncertainty-cards-light");
  }

  /** Selects all of field {@code query}'s text, types {@code text} over it and presses Enter. */
  private static void replace(FxRobot robot, String query, String text) {
    robot.clickOn(query).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
        .write(text).type(KeyCode.ENTER);
  }

  private static UncertaintyResult sample(AttackTree tree) {
    return UncertaintyAnalysis.run(tree, UncertaintyOptions.DEFAULT);
  }

  private static String title(AttackTree tree, TornadoBar bar) {
    String id = bar.value().id();
    return tree.mitigations().containsKey(id) && bar.value().kind().name().equals("EFFECTIVENESS")
        ? tree.mitigations().get(id).title() : tree.node(id).title();
  }

  private static List<String> titles(FxRobot robot) {
    return robot.lookup(".tornado-title").queryAllAs(Label.class).stream()
        .map(Label::getText).toList();
  }

  private String text(String id) {
    return new FxRobot().lookup(id).queryAs(Label.class).getText();
  }

  /** Waits for the edit under way to replace {@code before}, then for its samples. */
  private void awaitUncertainty(AttackTree before) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().tree() != before);
    awaitUncertainty();
  }

  private void awaitUncertainty() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
      AttackTree tree = window.document().tree();
      return window.results().isCurrent(tree) && !window.results().runningProperty().get()
          && (!window.uncertainty().activeProperty().get()
              || window.uncertainty().isCurrent(tree));
    });
    WaitForAsyncUtils.waitForFxEvents();
  }
}
