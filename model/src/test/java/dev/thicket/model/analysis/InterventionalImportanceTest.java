package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Importance by intervention on trees where it differs from conditioning. */
class InterventionalImportanceTest {
  private static final double EPS = 1e-12;

  /** The goal is reached exactly when a is: blocking g changes nothing. */
  private static final String REDUNDANT_GATE = """
      format: attacktree/v1
      title: Redundant gate
      root: goal
      nodes:
        goal: {title: Reach the goal, gate: or, children: [a, g], impact: 10}
        g:    {title: Both steps, gate: and, children: [a, b]}
        a:    {title: Step a, likelihood: 0.5}
        b:    {title: Step b, likelihood: 0.5}
      """;

  @Test
  void aRedundantGateIsNotCriticalAndBlockingItRemovesNoRisk() throws Exception {
    AttackTree tree = TreeReader.read("redundant.yaml", REDUNDANT_GATE.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    NodeImportance g = byId(TreeAnalysis.run(tree, AnalysisOptions.DEFAULT)).get("g");

    assertThat(g.birnbaum()).isCloseTo(0.5, within(EPS));
    assertThat(g.fussellVesely()).isCloseTo(0.0, within(EPS));
    assertThat(g.raw()).isCloseTo(2.0, within(EPS));
    assertThat(g.rrw()).isCloseTo(1.0, within(EPS));
    assertThat(g.contribution()).isCloseTo(0.0, within(EPS));
    assertThat(g.critical()).isFalse();
  }

  @Test
  void theStepThatCarriesTheGoalRemovesAllOfItsRiskWhenBlocked() throws Exception {
    AttackTree tree = TreeReader.read("redundant.yaml", REDUNDANT_GATE.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    NodeImportance a = byId(TreeAnalysis.run(tree, AnalysisOptions.DEFAULT)).get("a");

    assertThat(a.fussellVesely()).isCloseTo(1.0, within(EPS));
    assertThat(a.contribution()).isCloseTo(5.0, within(EPS));
    assertThat(a.rrw()).isNull();
    assertThat(a.critical()).isTrue();
  }

  static Map<String, NodeImportance> byId(AnalysisResult result) {
    return result.nodes().stream()
        .collect(Collectors.toMap(NodeImportance::id, Function.identity()));
  }
}
