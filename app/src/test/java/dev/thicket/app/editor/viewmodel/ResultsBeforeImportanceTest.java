package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.formats.TreeFiles;
import dev.thicket.model.score.NodeScore;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AttackTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A large fault tree's probability and scenarios show while its nodes' importance, seconds more,
 * is computed; with a queue standing in for the UI thread.
 */
class ResultsBeforeImportanceTest {
  /** Aralia's edf9203: its probability takes about a second, its importance several more. */
  private static final Path EDF9203 =
      Path.of("..", "..", "shared", "benchmarks", "aralia", "edf9203.xml");

  private final UiQueue uiThread = new UiQueue();
  private final ResultsViewModel results = new ResultsViewModel(uiThread);

  @AfterEach
  void close() {
    results.close();
  }

  @Test
  void probabilityAndScenariosShowWhileTheImportanceIsComputed() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(EDF9203), "the Aralia benchmark is not present: "
        + EDF9203.toAbsolutePath().normalize());
    AttackTree tree = TreeFiles.read(List.of(EDF9203));

    results.analyse(tree);
    uiThread.runUntil(() -> results.shownProperty().get() != null);
    ScoredTree early = results.shownProperty().get();

    assertThat(early.tree()).isSameAs(tree);
    assertThat(early.importancePending()).isTrue();
    assertThat(results.runningProperty().get()).isTrue();
    assertThat(results.importanceOfLatestPending()).isTrue();
    assertThat(results.isCurrent(tree)).as("not for export yet").isFalse();
    assertThat(results.scenarios()).isNotEmpty();
    assertThat(results.score("r1").pending()).as("the goal's measures come at once").isFalse();
    String pending = early.nodes().stream().filter(NodeScore::pending).findFirst()
        .orElseThrow().id();
    List<NodeScore> earlyCritical = List.copyOf(results.criticalNodes());

    uiThread.runUntilScored(results, tree);
    ScoredTree done = results.shownProperty().get();

    assertThat(done.importancePending()).isFalse();
    assertThat(results.importanceOfLatestPending()).isFalse();
    assertThat(done.result().probability()).isEqualTo(early.result().probability());
    assertThat(done.scenarios()).isEqualTo(early.scenarios());
    assertThat(results.score(pending).pending()).isFalse();
    assertThat(results.criticalNodes()).containsAll(earlyCritical);
  }
}
