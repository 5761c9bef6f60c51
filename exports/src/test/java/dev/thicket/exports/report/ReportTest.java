package dev.thicket.exports.report;

import dev.thicket.model.score.ScoredTree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Report} on the safe tree: goal = OR(a, AND(c, d)), impact 10, a = 0.5 behind an
 * implemented lock (0.5), c = 0.4 behind a planned alarm (0.5), d = 0.5. Residual P = 0.4.
 */
class ReportTest {

  private static AttackTree safe(List<String> mitigationsOnC) {
    return new AttackTree("Open the safe", null, "goal",
        List.of(
            Node.gate("goal", "Open the safe", Gate.OR, 0, List.of("a", "both"))
                .withImpact(Estimate.of(10)),
            Node.leaf("a", "Pick the lock", Estimate.of(0.5)).withMitigations(List.of("lock")),
            Node.gate("both", "Learn and use the combination", Gate.AND, 0, List.of("c", "d")),
            Node.leaf("c", "Learn the combination", Estimate.of(0.4))
                .withMitigations(mitigationsOnC),
            Node.leaf("d", "Get to the safe unseen", Estimate.of(0.5))),
        List.of(
            new Mitigation("lock", "Pick-resistant lock", 0.5, MitigationStatus.IMPLEMENTED),
            new Mitigation("alarm", "Alarm on the office", 0.5, MitigationStatus.PLANNED)),
        null, AnalysisSettings.NONE, Map.of());
  }

  private static Report report(AttackTree tree) {
    return Report.of(ScoredTree.analyse(tree, AnalysisOptions.DEFAULT),
        ReportSource.of("safe.yaml", new byte[0], Trees.DATE));
  }

  @Test
  void implementedMitigationIsComparedWithTheTreeWhereItIsOnlyPlanned() {
    MitigationEffect lock = report(safe(List.of("alarm"))).mitigations().get(0);

    // without the lock: P = 1 - (1 - 0.5)(1 - 0.2) = 0.6
    assertThat(lock.covered()).containsExactly("a");
    assertThat(lock.riskWithout()).isCloseTo(6, within(1e-9));
    assertThat(lock.riskWith()).isCloseTo(4, within(1e-9));
    assertThat(lock.reduction()).isCloseTo(2, within(1e-9));
  }

  @Test
  void plannedMitigationIsComparedWithTheTreeWhereItIsImplemented() {
    MitigationEffect alarm = report(safe(List.of("alarm"))).mitigations().get(1);

    // with the alarm: P = 1 - (1 - 0.25)(1 - 0.1) = 0.325
    assertThat(alarm.riskWithout()).isCloseTo(4, within(1e-9));
    assertThat(alarm.riskWith()).isCloseTo(3.25, within(1e-9));
  }

  @Test
  void highRiskScenarioWithoutAnyMitigationOnItsWayIsAGap() {
    assertThat(report(safe(List.of("alarm"))).gaps()).isEmpty();
    assertThat(report(safe(List.of())).gaps())
        .singleElement().satisfies(gap -> assertThat(gap.leaves()).containsExactly("c", "d"));
  }

  @Test
  void riskMatrixPutsScenariosInTheNearestLevels() {
    RiskMatrix matrix = report(safe(List.of("alarm"))).riskMatrix();

    // residual scenarios {a} 0.25 and {c, d} 0.2: medium covers [0.2, 0.45); impact 10: critical
    assertThat(matrix.likelihood()).extracting(RiskMatrix.Level::name)
        .containsExactly("very-low", "low", "medium", "high", "very-high");
    assertThat(matrix.likelihood().get(2).lower()).isCloseTo(0.2, within(1e-12));
    assertThat(matrix.cells()).containsExactly(new RiskMatrix.Cell(2, 3, List.of(1, 2)));
  }

  @Test
  void highRiskEdgesFollowTheHighRiskScenariosPaths() {
    Report report = report(safe(List.of("alarm")));

    assertThat(report.highRiskEdges()).containsExactlyInAnyOrder(
        new Report.Edge("goal", "a"), new Report.Edge("goal", "both"),
        new Report.Edge("both", "c"), new Report.Edge("both", "d"));
  }

  @Test
  void heatBandsSitAroundTheHighRiskThreshold() {
    HeatScale heat = new HeatScale(0.3);

    assertThat(List.of(0.029, 0.03, 0.1, 0.3, 0.9)).map(heat::band)
        .containsExactly(0, 1, 2, 3, 4);
    assertThat(heat.range(2)).isEqualTo("0.1 ≤ risk < 0.3");
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
