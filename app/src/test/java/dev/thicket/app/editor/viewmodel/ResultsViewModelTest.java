package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.analysis.AnalysisTooLargeException;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.generate.TreeGenerator;
import dev.thicket.model.score.NodeScore;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.formats.TreeFiles;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The live results, with a queue standing in for the UI thread (this test's thread drains it). */
class ResultsViewModelTest {
  private final UiQueue uiThread = new UiQueue();
  private final ResultsViewModel results = new ResultsViewModel(uiThread);

  @AfterEach
  void close() {
    results.close();
  }

  @Test
  void nodeProbabilitiesFollowTheModeShown() throws Exception {
    AttackTree keras = TreeReader.read(DocumentViewModelTest.KERAS);
    Node step = keras.node("deserialization-exploit");
    Mitigation safeFormat = keras.mitigations().get(step.mitigations().get(0));
    assertThat(safeFormat.status()).isEqualTo(MitigationStatus.IMPLEMENTED);
    double likelihood = step.likelihood().value();

    analyseAndWait(keras);
    double residual = results.score(step.id()).probability();
    results.modeProperty().set(Mode.INHERENT);
    uiThread.runUntilScored(results, keras);
    double inherent = results.score(step.id()).probability();

    assertThat(residual).isCloseTo(likelihood * (1 - safeFormat.effectiveness()), within(1e-12));
    assertThat(inherent).isCloseTo(likelihood, within(1e-12));
  }

  /** An analysis out of reach says why and what the goal's probability is, as an estimate. */
  @Test
  void outOfReachFailureCarriesAnEstimateWhoseIntervalHoldsTheExactValue() throws Exception {
    AttackTree keras = TreeReader.read(DocumentViewModelTest.KERAS);
    analyseAndWait(keras);
    double exact = results.scoredProperty().get().result().probability().get(Mode.RESIDUAL);

    String message = ResultsViewModel.withEstimate(
        new AnalysisTooLargeException("too large here"), keras,
        Mode.RESIDUAL).getMessage();

    Matcher estimate = Pattern.compile("^too large here\\. Estimated instead \\(not exact; "
        + "exact but for the sub-tree under model-loading, whose probability is simulated on "
        + "10,000,000 outcomes; residual mode\\): P\\(goal\\) (\\S+), 99\\.9 % interval "
        + "\\[(\\S+), (\\S+)\\]; risk").matcher(message);
    assertThat(estimate.find()).as(message).isTrue();
    assertThat(Double.parseDouble(estimate.group(2))).isLessThanOrEqualTo(exact);
    assertThat(Double.parseDouble(estimate.group(3))).isGreaterThanOrEqualTo(exact);
    assertThat(Double.parseDouble(estimate.group(1))).isCloseTo(exact, within(exact * 0.02));
  }

  @Test
  void scoredTreeIsInTheModeShownAndItsEdgesAreTheSelectedScenarios() throws Exception {
    AttackTree keras = TreeReader.read(DocumentViewModelTest.KERAS);
    results.modeProperty().set(Mode.PLANNED);

    analyseAndWait(keras);
    ScoredTree scored = results.scoredProperty().get();
    results.selectedScenarioProperty().set(1);

    assertThat(scored.mode()).isEqualTo(Mode.PLANNED);
    assertThat(scored.result().importanceMode()).isEqualTo(Mode.PLANNED);
    assertThat(results.scenarios()).isEqualTo(scored.scenarios());
    assertThat(results.highlightedEdgesProperty().get()).isEqualTo(Set.copyOf(scored.edges(1)));
    assertThat(results.criticalNodes()).allMatch(NodeScore::critical)
        .containsAll(scored.nodes().stream().filter(NodeScore::critical).toList());
  }

  @Test
  void scoreIsNullBeforeAResultAndForANodeTheScoredTreeDoesNotHave() throws Exception {
    AttackTree keras = TreeReader.read(DocumentViewModelTest.KERAS);
    assertThat(results.score("rce")).isNull();

    analyseAndWait(keras);

    assertThat(results.score("rce")).isEqualTo(results.scoredProperty().get().node("rce"));
    assertThat(results.score("added-since")).isNull();
  }

  @Test
  void scoredTreeIsCurrentOnlyForItsTreeInTheModeShown() throws Exception {
    AttackTree keras = TreeReader.read(DocumentViewModelTest.KERAS);
    analyseAndWait(keras);
    assertThat(results.isCurrent(keras)).isTrue();

    results.modeProperty().set(Mode.INHERENT);

    assertThat(results.isCurrent(keras)).as("until the inherent scores land").isFalse();
    assertThat(results.isCurrent(TreeReader.read(DocumentViewModelTest.KERAS))).isFalse();
    uiThread.runUntilScored(results, keras);
    assertThat(results.isCurrent(keras)).isTrue();
  }

  @Test
  void progressOfTheRunningAnalysisReachesTheUiBeforeItsResult() throws Exception {
    AttackTree large = TreeGenerator.generate(3_000, 0.1, 7);
    List<String> stagesBeforeResult = new ArrayList<>();
    results.stageProperty().addListener((observable, before, after) -> {
      if (!results.isCurrent(large)) {
        stagesBeforeResult.add(after);
      }
    });

    analyseAndWait(large);

    assertThat(stagesBeforeResult).isNotEmpty().doesNotContain("");
    assertThat(stagesBeforeResult.get(0)).startsWith("diagrams");
    assertThat(results.runningProperty().get()).isFalse();
    assertThat(results.progressProperty().get()).isEqualTo(1.0);
  }

  /**
   * A large fault tree's probability, scenarios and the measures that come at once show while the
   * importance of its other nodes, seconds more, is computed (Aralia's edf9203: its probability
   * takes about a second, its importance several more).
   */
  @Test
  void probabilityAndScenariosShowWhileTheImportanceIsComputed() throws Exception {
    Path edf9203 = Path.of("..", "..", "shared", "benchmarks", "aralia", "edf9203.xml");
    Assumptions.assumeTrue(Files.isRegularFile(edf9203), "the Aralia benchmark is not present: "
        + edf9203.toAbsolutePath().normalize());
    AttackTree tree = TreeFiles.read(List.of(edf9203));

    results.analyse(tree);
    // the first result with the goal's measures: on a loaded machine the result handed over
    // while the dropped functions are restored (every node pending, decision 40) comes first
    uiThread.runUntil(() -> results.shownProperty().get() != null
        && !results.shownProperty().get().node("r1").pending());
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

  private void analyseAndWait(AttackTree tree) throws InterruptedException {
    results.analyse(tree);
    uiThread.runUntilScored(results, tree);
  }
}
