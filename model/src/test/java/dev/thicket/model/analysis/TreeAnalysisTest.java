package dev.thicket.model.analysis;

import static dev.thicket.model.tree.Gate.AND;
import static dev.thicket.model.tree.Gate.OR;
import static dev.thicket.model.tree.MitigationStatus.IMPLEMENTED;
import static dev.thicket.model.tree.MitigationStatus.PLANNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.tree.AttackTree;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeAnalysisTest {
  private static final double EPS = 1e-12;

  /**
   * T = AND(A, B), A = OR(x, s), B = OR(y, s): s is shared. Mitigation m (0.5, implemented)
   * guards both x and y: one shared event. Hand computation:
   * inherent P = s + (1−s)·x·y = 0.2 + 0.8·0.25 = 0.4;
   * residual P = s + (1−s)·x·y·(1−e) = 0.2 + 0.8·0.125 = 0.3 (bottom-up would say 0.16).
   */
  private static AttackTree sharedNodeAndMitigation() {
    return new TreeBuilder()
        .gate("t", AND, "a", "b")
        .gate("a", OR, "x", "s")
        .gate("b", OR, "y", "s")
        .leaf("x", 0.5)
        .leaf("s", 0.2)
        .leaf("y", 0.5)
        .mitigation("m", 0.5, IMPLEMENTED, "x", "y")
        .mitigation("p", 0.9, PLANNED, "s")
        .impact("t", 10)
        .build();
  }

  @Test
  void topProbabilityIsExactWithSharedNodeAndSharedMitigation() {
    AnalysisResult result = TreeAnalysis.run(sharedNodeAndMitigation(), AnalysisOptions.DEFAULT);

    assertThat(result.probability().get(Mode.INHERENT)).isCloseTo(0.4, within(EPS));
    assertThat(result.probability().get(Mode.RESIDUAL)).isCloseTo(0.3, within(EPS));
    // planned: s guarded too: 0.02 + 0.98 · 0.125
    assertThat(result.probability().get(Mode.PLANNED)).isCloseTo(0.1425, within(EPS));
    assertThat(result.risk().get(Mode.RESIDUAL)).isCloseTo(3.0, within(EPS));
  }

  @Test
  void scenariosAreMinimalCutSetsWithEachSharedMitigationCountedOnce() {
    AnalysisResult result = TreeAnalysis.run(sharedNodeAndMitigation(), AnalysisOptions.DEFAULT);

    assertThat(result.cutSets().count()).isEqualTo(BigInteger.TWO);
    List<Scenario> listed = result.cutSets().listed();
    assertThat(listed).extracting(Scenario::leaves).containsExactly(List.of("s"), List.of("x", "y"));
    assertThat(listed.get(0).probability()).isCloseTo(0.2, within(EPS));
    assertThat(listed.get(1).probability()).isCloseTo(0.125, within(EPS));
    assertThat(listed.get(1).mitigations()).containsExactly("m");
    assertThat(listed.get(1).paths())
        .containsExactly(List.of("t", "a", "x"), List.of("t", "b", "y"));
    assertThat(listed.get(0).paths()).containsExactly(List.of("t", "a", "s"), List.of("t", "b", "s"));
  }

  @Test
  void importanceOfSharedLeafWithoutMitigationsIsItsCofactor() {
    NodeImportance s = importance(sharedNodeAndMitigation(), "s");

    // P(T|s) = 1, P(T|¬s) = 0.125, P(T) = 0.3
    assertThat(s.birnbaum()).isCloseTo(0.875, within(EPS));
    assertThat(s.fussellVesely()).isCloseTo((0.3 - 0.125) / 0.3, within(EPS));
    assertThat(s.raw()).isCloseTo(1 / 0.3, within(EPS));
    assertThat(s.rrw()).isCloseTo(2.4, within(EPS));
    assertThat(s.critical()).isTrue();
  }

  @Test
  void importanceOfGateIsWhatForcingItDoes() {
    NodeImportance a = importance(sharedNodeAndMitigation(), "a");

    // P(A) = 1 − (1 − 0.25)(1 − 0.2) = 0.4. T[a:=1] = b, P = 0.4 (not P(T|A) = 0.75: A and B
    // share s and m); T[a:=0] = false.
    assertThat(a.probability()).isCloseTo(0.4, within(EPS));
    assertThat(a.birnbaum()).isCloseTo(0.4, within(EPS));
    assertThat(a.fussellVesely()).isCloseTo(1.0, within(EPS));
    assertThat(a.raw()).isCloseTo(0.4 / 0.3, within(EPS));
    assertThat(a.rrw()).isNull();
    assertThat(a.contribution()).isCloseTo(3.0, within(EPS));
  }

  @Test
  void unestimatedLeavesUseTheMediumLevelAndAreNamed() {
    AttackTree tree = new TreeBuilder().gate("t", OR, "a", "b").leaf("a", 0.5)
        .unestimatedLeaf("b").build();

    AnalysisResult result = TreeAnalysis.run(tree, AnalysisOptions.DEFAULT);

    assertThat(result.unestimated()).containsExactly("b");
    assertThat(result.probability().get(Mode.INHERENT)).isCloseTo(1 - 0.5 * 0.7, within(EPS));
  }

  @Test
  void atLeastGateNeedsKChildren() {
    AttackTree tree = new TreeBuilder().atLeast("t", 2, "a", "b", "c")
        .leaf("a", 0.5).leaf("b", 0.5).leaf("c", 0.5).build();

    AnalysisResult result = TreeAnalysis.run(tree, AnalysisOptions.DEFAULT);

    assertThat(result.probability().get(Mode.INHERENT)).isCloseTo(0.5, within(EPS));
    assertThat(result.cutSets().count()).isEqualTo(BigInteger.valueOf(3));
  }

  @Test
  void riskUsesImpactOneWhenTheRootHasNone() {
    AttackTree tree = new TreeBuilder().gate("t", OR, "a").leaf("a", 0.25).build();

    AnalysisResult result = TreeAnalysis.run(tree, AnalysisOptions.DEFAULT);

    assertThat(result.impact()).isEqualTo(1.0);
    assertThat(result.risk().get(Mode.INHERENT)).isCloseTo(0.25, within(EPS));
  }

  @Test
  void topKListsOnlyTheRiskiestScenarios() {
    AttackTree tree = new TreeBuilder().gate("t", OR, "a", "b", "c")
        .leaf("a", 0.1).leaf("b", 0.3).leaf("c", 0.2).build();

    AnalysisResult result =
        TreeAnalysis.run(tree, new AnalysisOptions(Mode.RESIDUAL, 2, AnalysisOptions.DEFAULT.overrides()));

    assertThat(result.cutSets().count()).isEqualTo(BigInteger.valueOf(3));
    assertThat(result.cutSets().listed()).extracting(Scenario::leaves)
        .containsExactly(List.of("b"), List.of("c"));
  }

  private static NodeImportance importance(AttackTree tree, String id) {
    return TreeAnalysis.run(tree, AnalysisOptions.DEFAULT).nodes().stream()
        .filter(n -> n.id().equals(id)).findFirst().orElseThrow();
  }
}
