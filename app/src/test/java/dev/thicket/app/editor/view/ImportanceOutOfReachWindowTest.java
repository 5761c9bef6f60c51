package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.NodeImportance;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.score.NodeScore;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AttackTree;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
 * A tree whose importance runs out of reach (a node limit of 0 stops it as memory would): the
 * window keeps the exact probability, scenarios and mitigations it had before the importance,
 * and the measures of the nodes known before it (exact), says that only the importance is out of
 * reach (not an estimate), and exports nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ImportanceOutOfReachWindowTest {
  /**
   * Four gates over shared steps: g1's and g3's values are linked to their own steps' (y and w
   * are seen only through them), so only g2 needs the importance's rebuild.
   */
  private static final Path SHARED = Path.of("src/test/resources/trees/shared-steps.yaml");

  @TempDir static Path folder;

  private MainWindow window;
  private AttackTree tree;

  @Start
  void start(Stage stage) throws Exception {
    System.setProperty(TreeAnalysis.IMPORTANCE_NODE_LIMIT, "0");
    tree = TreeReader.read(SHARED);
    window = new MainWindow(stage, tree, SHARED, ScriptedDialogs::new,
        new RecentFiles(folder.resolve("recent.txt")));
    stage.show();
  }

  @AfterEach
  void noLimit() {
    System.clearProperty(TreeAnalysis.IMPORTANCE_NODE_LIMIT);
  }

  @Test
  void theExactResultStaysAndOnlyTheImportanceIsSaidOutOfReach(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
        () -> !window.results().errorProperty().get().isEmpty()
            && !window.results().runningProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    System.clearProperty(TreeAnalysis.IMPORTANCE_NODE_LIMIT);
    AnalysisResult full = TreeAnalysis.run(tree, AnalysisOptions.DEFAULT);

    String status = robot.lookup("#analysis-status").queryAs(Label.class).getText();
    assertThat(status).startsWith("The importance of every node is out of reach: the decision "
        + "diagram outgrew its limit").contains("shown are exact").doesNotContain("Estimated");
    assertThat(robot.lookup("#risk-residual").queryAs(Label.class).getText())
        .isEqualTo(Decimals.of(full.risk().get(Mode.RESIDUAL)));
    assertThat(window.results().shownProperty().get().scenarios())
        .isEqualTo(full.cutSets().listed());
    ScoredTree shown = window.results().shownProperty().get();
    assertThat(shown.nodes()).filteredOn(NodeScore::pending).extracting(NodeScore::id)
        .containsExactly("g2");
    ListView<?> critical = robot.lookup("#critical").queryAs(ListView.class);
    assertThat(critical.getItems()).isNotEmpty();
    for (Object listed : critical.getItems()) {
      NodeImportance measured = ((NodeScore) listed).importance();
      assertThat(full.nodes()).contains(measured);
      assertThat(measured.critical()).isTrue();
    }
    assertThat(window.results().isCurrent(window.document().tree())).isFalse();
    robot.interact(() -> window.document().selectedProperty().set("g2"));
    assertThat(robot.lookup("#node-score").queryAs(Label.class).getText()).isEqualTo(
        "P " + Decimals.of(shown.node("g2").probability())
            + "\nrisk removed if blocked and importance: not known (out of reach)");
  }
}
