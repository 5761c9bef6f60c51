package dev.thicket.model.analysis;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A context inside a context inside the module (decision 28): the inner one's Boolean difference
 * is kept as a filter on the swept functions, (B[·] ∧ (A[B:=1] ∧ ¬A[B:=0])) against Δ_A, and its
 * constant comes from B's own blocked value. Every node against enumeration of it forced.
 */
class NestedContextsTest {
  private static final double EPS = 1e-12;

  /**
   * A (two parents, p and q) dominates m1, m2, B, x1 and x2; B (two parents, m1 and m2)
   * dominates x1 and x2, OR gates of shared leaves whose blocked values are their own. Leaves
   * t1 and t3 are seen outside B and A, so neither is a module; the shared mitigation m makes t2
   * and t3 dependents too.
   */
  static final String NESTED = """
      format: attacktree/v1
      title: Nested contexts
      root: goal
      mitigations:
        m: {title: Shared check, effectiveness: 0.3, status: implemented}
      nodes:
        goal: {title: Goal, gate: or, children: [p, q, r], impact: 10}
        p:  {title: P, gate: and, children: [a, s1]}
        q:  {title: Q, gate: and, children: [a, s2]}
        r:  {title: R, gate: and, children: [s1, s2, t3]}
        a:  {title: A, gate: or, children: [m1, m2]}
        m1: {title: M1, gate: and, children: [b, t1]}
        m2: {title: M2, gate: and, children: [b, t4]}
        b:  {title: B, gate: or, children: [x1, x2]}
        x1: {title: X1, gate: or, children: [t1, t2]}
        x2: {title: X2, gate: or, children: [t2, t3]}
        s1: {title: S1, likelihood: 0.7}
        s2: {title: S2, likelihood: 0.6}
        t1: {title: T1, likelihood: 0.2}
        t2: {title: T2, likelihood: 0.3, mitigations: [m]}
        t3: {title: T3, likelihood: 0.25, mitigations: [m]}
        t4: {title: T4, likelihood: 0.5}
      """;

  @Test
  void nodesOfAContextInsideAContextAreForcedExactlyInEveryMode() throws Exception {
    AttackTree tree = TreeReader.read("nested.yaml", NESTED.getBytes(StandardCharsets.UTF_8));
    BruteForce brute = new BruteForce(tree);

    for (Mode mode : Mode.values()) {
      AnalysisResult result =
          TreeAnalysis.run(tree, AnalysisOptions.DEFAULT.withImportanceMode(mode));
      ForcedMeasures.assertExact(brute, mode, "goal", 10, result.nodes(), EPS, "");
    }
  }
}
