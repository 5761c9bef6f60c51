package dev.thicket.model.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoredTreeTest {
  private static final Path KERAS = Path.of("..", "trees", "keras.yaml");

  @Test
  void kerasDependenciesAreTheReddestAfterTheGoal() throws Exception {
    ScoredTree scored = keras(Mode.RESIDUAL);

    List<String> byContribution = scored.nodes().stream()
        .sorted(Comparator.comparingDouble(NodeScore::contribution).reversed())
        .map(NodeScore::id).limit(3).toList();

    assertThat(byContribution).containsExactly("rce", "dependencies", "dep-vulns");
    assertThat(scored.node("dep-vulns").band()).isGreaterThan(scored.node("crafted-input").band());
    assertThat(scored.node("malicious-code").probability())
        .isGreaterThan(scored.node("dep-vulns").probability());
    assertThat(scored.node("malicious-code").band()).isLessThan(scored.node("dep-vulns").band());
  }

  @Test
  void contributionIsFussellVeselyTimesTheGoalsRisk() throws Exception {
    ScoredTree scored = keras(Mode.PLANNED);

    for (NodeScore node : scored.nodes()) {
      assertThat(node.contribution()).as(node.id()).isCloseTo(
          node.importance().fussellVesely() * scored.risk(),
          org.assertj.core.api.Assertions.within(1e-12));
      assertThat(node.band()).isEqualTo(scored.bands().band(node.contribution()));
    }
  }

  @Test
  void edgesOfAScenarioFollowItsPaths() throws Exception {
    ScoredTree scored = keras(Mode.RESIDUAL);

    int depVulns = scored.scenarios().stream().map(s -> s.leaves()).toList()
        .indexOf(List.of("dep-vulns"));

    assertThat(scored.edges(depVulns)).containsExactly(new Edge("rce", "dependencies"),
        new Edge("dependencies", "dep-vulns"));
    assertThat(scored.highRiskEdges()).contains(new Edge("dependencies", "dep-vulns"));
  }

  @Test
  void mitigationsKnowTheNodesTheyCover() throws Exception {
    ScoredTree scored = keras(Mode.RESIDUAL);

    MitigationScore updates = scored.mitigations().stream()
        .filter(m -> m.mitigation().id().equals("dependency-updates")).findFirst().orElseThrow();

    assertThat(updates.covered()).containsExactly("crafted-input", "dep-vulns");
    assertThat(updates.effect().reduction()).isPositive();
  }

  @Test
  void gateLabelsSayKOfN() throws Exception {
    AttackTree tree = TreeReader.read("t.yaml", """
        format: attacktree/v1
        title: t
        root: g
        nodes:
          g: {title: G, gate: atleast, k: 2, children: [a, b, c]}
          a: {title: A, likelihood: 0.1}
          b: {title: B, likelihood: 0.1}
          c: {title: C, likelihood: 0.1}
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    ScoredTree scored = ScoredTree.of(tree, TreeAnalysis.run(tree, AnalysisOptions.DEFAULT));

    assertThat(scored.node("g").gateLabel()).isEqualTo("2 of 3");
    assertThat(scored.node("a").gateLabel()).isEmpty();
  }

  @Test
  void refusesAResultWhoseScenariosAndImportanceAreInDifferentModes() throws Exception {
    AttackTree tree = TreeReader.read(KERAS);
    AnalysisResult result = TreeAnalysis.run(tree,
        new AnalysisOptions(Mode.PLANNED, 20, AnalysisOptions.DEFAULT.overrides()));

    assertThatThrownBy(() -> ScoredTree.of(tree, result))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("planned");
  }

  /** Before the interventions: a pending node has its probability only, no band, not critical. */
  @Test
  void aPendingNodeIsScoredByItsProbabilityOnly() throws Exception {
    AttackTree tree = TreeReader.read(KERAS);
    List<AnalysisResult> early = new java.util.ArrayList<>();
    ScoredTree done = ScoredTree.of(tree, TreeAnalysis.run(tree, AnalysisOptions.DEFAULT,
        AnalysisMonitor.handingOver(AnalysisMonitor.NONE, early::add)));

    ScoredTree pending = ScoredTree.of(tree, early.get(0));

    assertThat(pending.importancePending()).isTrue();
    assertThat(done.importancePending()).isFalse();
    assertThat(pending.node("dep-vulns").pending()).as("its mitigation is shared").isTrue();
    for (NodeScore node : pending.nodes()) {
      if (node.pending()) {
        assertThat(node.band()).isEqualTo(NodeScore.PENDING);
        assertThat(node.critical()).isFalse();
        assertThat(node.probability()).isEqualTo(done.node(node.id()).probability());
      } else {
        assertThat(node).isEqualTo(done.node(node.id()));
      }
    }
    assertThat(done.nodes()).noneMatch(NodeScore::pending);
    assertThat(pending.scenarios()).isEqualTo(done.scenarios());
    assertThat(pending.mitigations()).isEqualTo(done.mitigations());
  }

  private static ScoredTree keras(Mode mode) throws Exception {
    AttackTree tree = TreeReader.read(KERAS);
    return ScoredTree.of(tree, TreeAnalysis.run(tree,
        new AnalysisOptions(mode, 20, AnalysisOptions.DEFAULT.overrides()).withImportanceMode(mode)));
  }
}
