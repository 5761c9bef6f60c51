package dev.thicket.exports.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@link Report}, {@link HeatScale} and {@link ReportText} on the {@linkplain Trees#safe safe}. */
class ReportTest {

  private static Report report(AttackTree tree) {
    return Report.of(ScoredTree.analyse(tree, AnalysisOptions.DEFAULT),
        ReportSource.of("safe.yaml", new byte[0], Trees.DATE));
  }

  @Test
  void highRiskScenarioWithoutAnyMitigationOnItsWayIsAGap() {
    assertThat(report(Trees.safe(List.of("alarm"))).gaps()).isEmpty();
    assertThat(report(Trees.safe(List.of())).gaps())
        .singleElement().satisfies(gap -> assertThat(gap.leaves()).containsExactly("c", "d"));
  }

  @Test
  void riskMatrixPutsScenariosInTheNearestLevels() {
    RiskMatrix matrix = report(Trees.safe(List.of("alarm"))).riskMatrix();

    // residual scenarios {a} 0.25 and {c, d} 0.2: medium covers [0.2, 0.45); impact 10: critical
    assertThat(matrix.likelihood()).extracting(RiskMatrix.Level::name)
        .containsExactly("very-low", "low", "medium", "high", "very-high");
    assertThat(matrix.likelihood().get(2).lower()).isCloseTo(0.2, within(1e-12));
    assertThat(matrix.cells()).containsExactly(new RiskMatrix.Cell(2, 3, List.of(1, 2)));
  }

  @Test
  void heatRangesPutTheBandsAroundTheThresholdInWords() {
    HeatScale heat = new HeatScale(0.3);

    assertThat(List.of(0.029, 0.03, 0.1, 0.3, 0.9)).map(heat::colour)
        .containsExactlyElementsOf(HeatScale.COLOURS);
    assertThat(List.of(0, 1, 2, 3, 4)).map(heat::range).containsExactly("below 0.03",
        "0.03 to 0.1", "0.1 to 0.3", "0.3 to 0.9", "0.9 or more");
  }

  @Test
  void nodeFactsGiveProbabilityAndTheRiskRemovedIfBlocked() {
    Report report = report(Trees.safe(List.of("alarm")));

    // a: P = 0.5 × (1 − 0.5); blocking it leaves {c, d}: (0.4 − 0.2) × 10
    assertThat(ReportText.probabilityAndContribution(report.scored().node("a")))
        .isEqualTo("P 0.25 · if blocked −2");
    assertThat(ReportText.gate(report.scored().node("a"))).isEqualTo("leaf");
    assertThat(ReportText.gate(report.scored().node("both"))).isEqualTo("AND");
  }

  @Test
  void atLeastGateReadsKOfN() {
    AttackTree tree = new AttackTree("Vote", null, "goal",
        List.of(Node.gate("goal", "Two of three", Gate.ATLEAST, 2, List.of("x", "y", "z")),
            Node.leaf("x", "X", Estimate.of(0.5)), Node.leaf("y", "Y", Estimate.of(0.5)),
            Node.leaf("z", "Z", Estimate.of(0.5))),
        List.of(), null, AnalysisSettings.NONE, Map.of());

    assertThat(ReportText.gate(report(tree).scored().node("goal"))).isEqualTo("2 of 3");
  }

  /** The editor shows a result before its importance; a report never prints one. */
  @Test
  void refusesATreeWhoseImportanceIsStillBeingComputed() throws Exception {
    AttackTree tree = TreeReader.read(Path.of("..", "trees", "keras.yaml"));
    AtomicReference<AnalysisResult> early = new AtomicReference<>();
    TreeAnalysis.run(tree, AnalysisOptions.DEFAULT,
        AnalysisMonitor.handingOver(AnalysisMonitor.NONE, early::set));
    ScoredTree pending = ScoredTree.of(tree, early.get());

    assertThatThrownBy(() -> Report.of(pending, ReportSource.of("safe.yaml", new byte[0],
        Trees.DATE))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("importance");
  }

  @Test
  void shortHashIsTheFirstTwelveHexDigitsOfTheSha256() {
    ReportSource source =
        ReportSource.of("a.yaml", "abc".getBytes(StandardCharsets.UTF_8), Trees.DATE);

    assertThat(source.sha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(source.shortHash()).isEqualTo("ba7816bf8f01");
  }
}
