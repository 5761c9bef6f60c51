package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.RangedValue;
import dev.thicket.model.analysis.UncertaintyAnalysis;
import dev.thicket.model.analysis.UncertaintyOptions;
import dev.thicket.model.analysis.UncertaintyResult;
import dev.thicket.model.edit.ReplaceNode;
import dev.thicket.model.edit.ReplaceTree;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Uncertainty tab's model, with a queue standing in for the UI thread (this test drains it)
 * and the results following the document as in the window.
 */
class UncertaintyViewModelTest {
  private final UiQueue uiThread = new UiQueue();
  private final ResultsViewModel results = new ResultsViewModel(uiThread);
  private DocumentViewModel document;
  private UncertaintyViewModel uncertainty;

  @BeforeEach
  void openKerasWithoutRanges() throws Exception {
    document = new DocumentViewModel(TreeReader.read(DocumentViewModelTest.KERAS),
        DocumentViewModelTest.KERAS);
    uncertainty = new UncertaintyViewModel(document, results, uiThread);
    document.treeProperty().addListener((observable, before, after) -> results.analyse(after));
    results.analyse(document.tree());
  }

  @AfterEach
  void close() {
    uncertainty.close();
    results.close();
  }

  @Test
  void treeWithoutRangesIsNotSampledAndSaysHowToTypeOne() throws Exception {
    uncertainty.activeProperty().set(true);
    awaitSamples();

    assertThat(uncertainty.hasRanges()).isFalse();
    assertThat(uncertainty.unavailableProperty().get()).isEqualTo(UncertaintyViewModel.HOW_TO);
    assertThat(uncertainty.resultProperty().get()).isNull();
    assertThat(uncertainty.histogramProperty().get()).isNull();
    assertThat(uncertainty.tornado()).isEmpty();
    assertThat(uncertainty.statusProperty().get()).isEmpty();
  }

  @Test
  void tornadoKeepsTheFifteenLargestSwingsWithTheirTitles() throws Exception {
    AttackTree wide = twentyRangedLeaves();
    document.edit(new ReplaceTree(wide, "Replace"));
    uncertainty.activeProperty().set(true);
    awaitSamples();

    UncertaintyResult expected = UncertaintyAnalysis.run(wide, UncertaintyOptions.DEFAULT);
    assertThat(expected.tornado()).hasSize(20);
    assertThat(uncertainty.tornado()).hasSize(UncertaintyViewModel.TORNADO_BARS)
        .extracting(TornadoRow::value).containsExactlyElementsOf(expected.tornado().stream()
            .limit(15).map(bar -> bar.value()).toList());
    assertThat(uncertainty.tornado().get(0).title())
        .isEqualTo(wide.node(expected.tornado().get(0).value().id()).title());
    assertThat(uncertainty.tornado()).extracting(TornadoRow::swing).isSortedAccordingTo(
        (a, b) -> Double.compare(b, a));
    assertThat(uncertainty.resultProperty().get().risk()).isEqualTo(expected.risk());
    assertThat(uncertainty.histogramProperty().get())
        .isEqualTo(Histogram.of(expected.residualRiskSamples(), UncertaintyViewModel.BINS));
    assertThat(uncertainty.histogramProperty().get().total())
        .isEqualTo(UncertaintyOptions.DEFAULT_SAMPLES);
    assertThat(uncertainty.likelyRiskProperty().get())
        .isEqualTo(results.scoredProperty().get().result().risk().get(Mode.RESIDUAL));
    assertThat(uncertainty.statusProperty().get()).startsWith("10,000 samples, seed 1 (");
  }

  @Test
  void samplesOnlyWhileShownAndAlwaysTheNewestTree() throws Exception {
    Node depVulns = document.tree().node("dep-vulns");
    document.edit(new ReplaceNode(depVulns.withLikelihood(
        Estimate.of(0.1).withRange(Range.of(0.05, 0.3))), "likelihood"));
    uiThread.runUntilScored(results, document.tree());
    assertThat(uncertainty.isCurrent(document.tree())).isFalse();
    assertThat(uncertainty.resultProperty().get()).isNull();

    uncertainty.activeProperty().set(true);
    document.edit(new ReplaceNode(depVulns.withLikelihood(
        Estimate.of(0.1).withRange(Range.of(0.02, 0.5))), "likelihood"));
    AttackTree newest = document.tree();
    awaitSamples();

    assertThat(uncertainty.isCurrent(newest)).isTrue();
    assertThat(uncertainty.tornado()).extracting(TornadoRow::value).containsExactly(
        new RangedValue(RangedValue.Kind.LIKELIHOOD, "dep-vulns", 0.02, 0.1, 0.5));
    assertThat(uncertainty.resultProperty().get().risk()).isEqualTo(
        UncertaintyAnalysis.run(newest, UncertaintyOptions.DEFAULT).risk());
    assertThat(uncertainty.tornado().get(0).points()).isEqualTo("likelihood 0.02 / 0.1 / 0.5");
  }

  @Test
  void rangeThatCannotMoveTheRiskIsNamedAsSuch() throws Exception {
    Node goal = document.tree().node("model-loading"); // an impact below the goal is not used
    document.edit(new ReplaceNode(goal.withImpact(Estimate.of(5).withRange(Range.of(4, 6))),
        "impact"));
    uncertainty.activeProperty().set(true);
    awaitSamples();

    assertThat(uncertainty.hasRanges()).isTrue();
    assertThat(uncertainty.unavailableProperty().get())
        .isEqualTo(UncertaintyViewModel.NOTHING_MOVES);
    assertThat(uncertainty.tornado()).isEmpty();
  }

  @Test
  void histogramBinsEverySampleOnceAndOneValueMakesOneBin() {
    Histogram histogram = Histogram.of(new double[] {0, 0.25, 0.5, 0.75, 1}, 4);

    assertThat(histogram.counts()).containsExactly(1, 1, 1, 2);
    assertThat(histogram.to()).isEqualTo(1);
    assertThat(Histogram.of(new double[] {0.3, 0.3}, 4).counts()).containsExactly(2);
  }

  /** An OR of 20 leaves, leaf i likely 0.01·(i+1) within ±50 %, under a goal of impact 5. */
  private static AttackTree twentyRangedLeaves() {
    List<Node> nodes = new ArrayList<>();
    List<String> leaves = IntStream.range(0, 20).mapToObj(i -> "step-" + i).toList();
    nodes.add(Node.gate("goal", "Steal the signing key", Gate.OR, 0, leaves)
        .withImpact(Estimate.of(5)));
    for (int i = 0; i < 20; i++) {
      double likely = 0.01 * (i + 1);
      nodes.add(Node.leaf(leaves.get(i), "Attack step number " + i, Estimate.of(likely)
          .withRange(Range.of(likely / 2, Math.min(1, likely * 1.5)))));
    }
    return new AttackTree("Twenty ranges", null, "goal", nodes, List.of(), null,
        AnalysisSettings.NONE, Map.of());
  }

  private void awaitSamples() throws InterruptedException {
    uiThread.runUntil(() -> !results.runningProperty().get() && results.isCurrent(document.tree())
        && uncertainty.isCurrent(document.tree()));
  }
}
