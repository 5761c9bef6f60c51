package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.exports.report.HeatScale;
import dev.thicket.model.io.formats.TreeFiles;
import dev.thicket.model.score.NodeScore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A large fault tree opened in the window: its probability, scenarios and node probabilities
 * show while the importance of its gates inside modules is computed (their cards neutral, the
 * node panel saying so, the progress bar moving, some gates' scores coming in), then the
 * colours of the final scores.
 */
@ExtendWith(ApplicationExtension.class)
class ResultsBeforeImportanceWindowTest {
  /** Aralia's edf9203: its probability takes about a second, its importance several more. */
  private static final Path EDF9203 =
      Path.of("..", "..", "shared", "benchmarks", "aralia", "edf9203.xml");
  private static final Color NEUTRAL = Color.web("#e0e0e0");

  @TempDir static Path folder;

  private MainWindow window;
  /** Every value of the analysis's progress (its bar's), in order (FX thread). */
  private final List<Double> shownProgress = new ArrayList<>();
  /** How many nodes were pending in every result shown, in order (FX thread). */
  private final List<Long> shownPending = new ArrayList<>();
  /** How many nodes had no probability yet in every result shown, in order (FX thread). */
  private final List<Long> shownUnknown = new ArrayList<>();

  @Start
  void start(Stage stage) throws Exception {
    if (Files.isRegularFile(EDF9203)) {
      window = new MainWindow(stage, TreeFiles.read(List.of(EDF9203)), EDF9203,
          ScriptedDialogs::new, new RecentFiles(folder.resolve("recent.txt")));
      window.results().progressProperty()
          .addListener((property, before, now) -> shownProgress.add(now.doubleValue()));
      window.results().shownProperty().addListener((property, before, now) -> {
        if (now == null) {
          return;
        }
        shownPending.add(now.nodes().stream().filter(NodeScore::pending).count());
        shownUnknown.add(
            now.nodes().stream().filter(node -> Double.isNaN(node.probability())).count());
      });
      stage.show();
    }
  }

  @Test
  void theGoalsProbabilityShowsWhileTheImportanceIsComputed(FxRobot robot) throws Exception {
    Assumptions.assumeTrue(window != null, "the Aralia benchmark is not present: "
        + EDF9203.toAbsolutePath().normalize());
    // the first result with the goal's measures: on a loaded machine the result handed over
    // while the dropped functions are restored (every node pending, the goal too) comes first
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
        () -> window.results().importanceOfLatestPending()
            && window.results().shownProperty().get() != null
            && !window.results().shownProperty().get().node("r1").pending());
    String pending = window.results().shownProperty().get().nodes().stream()
        .filter(NodeScore::pending).findFirst().orElseThrow().id();
    robot.interact(() -> {
      window.canvas().showOpening(); // cards readable
      window.document().selectedProperty().set(pending);
      window.canvas().revealNode(pending);
    });
    WaitForAsyncUtils.waitForFxEvents();
    WindowSnapshots.write(robot, window, "results-before-importance");

    assertThat(robot.lookup("#analysis-status").queryAs(Label.class).getText())
        .isEqualTo("scoring: importance…");
    ProgressBar bar = robot.lookup("#analysis-progress").queryAs(ProgressBar.class);
    assertThat(bar.isVisible() && bar.getHeight() > 0).as("the progress bar shown").isTrue();
    assertThat(((Label) robot.lookup("#critical").queryAs(ListView.class).getPlaceholder())
        .getText()).isEqualTo("The importance of every node is being computed…");
    assertThat(robot.lookup("#scenarios").queryAs(ListView.class).getItems()).isNotEmpty();
    assertThat(robot.lookup("#node-score").queryAs(Label.class).getText())
        .contains("being computed");
    assertThat(CardPixels.fill(robot, window, pending)).isEqualTo(NEUTRAL);

    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
        () -> window.results().isCurrent(window.document().tree())
            && !window.results().runningProperty().get());
    WaitForAsyncUtils.waitForFxEvents();

    int band = window.results().scoredProperty().get().node(pending).band();
    assertThat(CardPixels.fill(robot, window, pending))
        .isEqualTo(Color.web(HeatScale.COLOURS.get(band)));
    assertThat(robot.lookup("#critical").queryAs(ListView.class).getItems()).isNotEmpty();
    assertThat(robot.lookup("#node-score").queryAs(Label.class).getText())
        .contains("risk removed if blocked");
    // The bar moved while the gates' importance ran (one module: it stood still before).
    List<Double> shown = WaitForAsyncUtils.asyncFx(() -> List.copyOf(shownProgress)).get();
    assertThat(shown.stream().filter(value -> value > 0.85 && value < 1).distinct().count())
        .as("progress shown: " + shown).isGreaterThanOrEqualTo(3);
    // A result before the diagrams' dropped functions are built again (their nodes' P not known
    // yet) comes first if that takes over a quarter second (edf9203: 0.1-0.3 s), never after.
    List<Long> unknown = WaitForAsyncUtils.asyncFx(() -> List.copyOf(shownUnknown)).get();
    int restored = unknown.indexOf(0L);
    assertThat(unknown.subList(restored, unknown.size())).as("nodes without P: " + unknown)
        .allMatch(count -> count == 0);
    // Gates' importance came in while the rest still ran: a result with fewer pending nodes
    // than the first early one with every P, but some, was shown (every two seconds, decision
    // 40).
    List<Long> counts = WaitForAsyncUtils.asyncFx(() -> List.copyOf(shownPending)).get();
    long firstEarly = counts.subList(restored, counts.size()).stream().filter(count -> count > 0)
        .findFirst().orElseThrow();
    assertThat(counts).as("pending nodes of each result shown").last().isEqualTo(0L);
    assertThat(counts.subList(restored, counts.size())).as("pending nodes of each result shown")
        .anyMatch(count -> count > 0 && count < firstEarly);
  }
}
