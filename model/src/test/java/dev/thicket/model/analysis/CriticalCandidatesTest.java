package dev.thicket.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Gate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which nodes the analysis of the critical nodes alone leaves out, and which it measures. */
class CriticalCandidatesTest {
  /**
   * goal = (x ∧ y) ∨ (x ∧ z) ∨ (w ∧ z): no gate but the goal is a module (x and z are shared).
   * FV(g2) ≈ 0.0007 and FV(g3) ≈ 0.001 (z is rare), FV(g1) ≈ 0.999. g3's values are known
   * without an intervention (w is seen only through g3, and g3 only through the goal's OR), so
   * only g2 is left pending.
   */
  private static AttackTree tree() {
    return new TreeBuilder()
        .gate("goal", Gate.OR, "g1", "g2", "g3")
        .gate("g1", Gate.AND, "x", "y")
        .gate("g2", Gate.AND, "x", "z")
        .gate("g3", Gate.AND, "w", "z")
        .leaf("x", 0.5).leaf("y", 0.9).leaf("z", 0.001).leaf("w", 0.6)
        .build();
  }

  @Test
  void gatesThatCannotBeCriticalArePendingTheOthersMeasured() {
    AnalysisResult all = TreeAnalysis.run(tree(), AnalysisOptions.DEFAULT);
    AnalysisResult only = TreeAnalysis.run(tree(), AnalysisOptions.DEFAULT.withOnlyCriticalNodes());

    assertThat(pending(only)).containsExactly("g2");
    assertThat(pending(all)).isEmpty();
    assertThat(only.criticalNodes()).isEqualTo(all.criticalNodes()).contains("g1");
    for (int i = 0; i < all.nodes().size(); i++) {
      if (!only.nodes().get(i).pending()) {
        assertThat(only.nodes().get(i)).isEqualTo(all.nodes().get(i));
      }
    }
  }

  @Test
  void atAThresholdOfZeroEveryNodeIsMeasured() {
    AnalysisOptions atZero = new AnalysisOptions(Mode.RESIDUAL, AnalysisOptions.DEFAULT_TOP,
        new AnalysisSettings(0.0, null));

    assertThat(pending(TreeAnalysis.run(tree(), atZero.withOnlyCriticalNodes()))).isEmpty();
  }

  /**
   * goal = h ∨ r ∨ (v ∧ u), h = x ∨ y, r = h ∧ w, w = v ∨ z: r implies h, its sibling under the
   * goal, so blocking r (or w, reached only through r) changes nothing: FV 0. The cut bounds do
   * not see it (blocking w's cut {v, z} also blocks v ∧ u; r's bound is then h's, 0.36), the
   * absorption bound does (FV(r) ≤ P(r ∧ ¬h) / P(T) = 0).
   */
  @Test
  void absorbedGatesArePending() {
    AttackTree tree = new TreeBuilder()
        .gate("goal", Gate.OR, "h", "r", "s")
        .gate("h", Gate.OR, "x", "y")
        .gate("r", Gate.AND, "h", "w")
        .gate("w", Gate.OR, "v", "z")
        .gate("s", Gate.AND, "v", "u")
        .leaf("x", 0.1).leaf("y", 0.1).leaf("v", 0.5).leaf("z", 0.5).leaf("u", 0.5)
        .build();
    AnalysisResult all = TreeAnalysis.run(tree, AnalysisOptions.DEFAULT);
    AnalysisResult only = TreeAnalysis.run(tree, AnalysisOptions.DEFAULT.withOnlyCriticalNodes());

    assertThat(fussellVesely(all, "r")).isZero();
    assertThat(fussellVesely(all, "w")).isZero();
    assertThat(pending(only)).containsExactlyInAnyOrder("r", "w");
    assertThat(only.criticalNodes()).isEqualTo(all.criticalNodes());
  }

  /**
   * The tree above with one more branch under the goal, t = q ∧ ¬u: non-coherent, but no path
   * from the goal to r or w passes the NOT gate, so the goal is monotone in them and the
   * absorption bound still leaves them out (decision 50); before, a non-coherent tree had only
   * |D(M)| · P(X) / P(T), 0.31 for r.
   */
  @Test
  void nodesAboveNoNotGateAreBoundedInANonCoherentTree() {
    AttackTree tree = new TreeBuilder()
        .gate("goal", Gate.OR, "h", "r", "s", "t")
        .gate("h", Gate.OR, "x", "y")
        .gate("r", Gate.AND, "h", "w")
        .gate("w", Gate.OR, "v", "z")
        .gate("s", Gate.AND, "v", "u")
        .gate("t", Gate.AND, "q", "n")
        .gate("n", Gate.NOT, "p")
        .leaf("x", 0.1).leaf("y", 0.1).leaf("v", 0.5).leaf("z", 0.5).leaf("u", 0.5)
        .leaf("q", 0.2).leaf("p", 0.5)
        .build();
    AnalysisResult all = TreeAnalysis.run(tree, AnalysisOptions.DEFAULT);
    AnalysisResult only = TreeAnalysis.run(tree, AnalysisOptions.DEFAULT.withOnlyCriticalNodes());

    assertThat(fussellVesely(all, "r")).isZero();
    assertThat(pending(only)).containsExactlyInAnyOrder("r", "w");
    assertThat(only.criticalNodes()).isEqualTo(all.criticalNodes());
  }

  private static double fussellVesely(AnalysisResult result, String id) {
    return result.nodes().stream().filter(node -> node.id().equals(id)).findFirst().orElseThrow()
        .fussellVesely();
  }

  private static List<String> pending(AnalysisResult result) {
    return result.nodes().stream().filter(NodeImportance::pending).map(NodeImportance::id)
        .toList();
  }
}
