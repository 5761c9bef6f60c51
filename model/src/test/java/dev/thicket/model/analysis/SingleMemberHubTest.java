package dev.thicket.model.analysis;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A gate with several parents that dominates a single dependent node is not made a context of
 * its own (decision 23): that node is computed in the context above, through the gate and both
 * of its parents, and its measures stay those of forcing it (enumeration).
 */
class SingleMemberHubTest {
  private static final double EPS = 1e-12;

  /**
   * hub has two parents (p, q) and dominates one dependent gate, d, which shares leaf a with p;
   * the shared mitigation m also makes e a dependent leaf, dominated by d.
   */
  private static final String HUB_OVER_ONE_GATE = """
      format: attacktree/v1
      title: Hub over one gate
      root: goal
      mitigations:
        m: {title: Shared check, effectiveness: 0.4, status: implemented}
      nodes:
        goal: {title: Goal, gate: or, children: [p, q], impact: 10}
        p:    {title: P, gate: and, children: [hub, a]}
        q:    {title: Q, gate: and, children: [hub, b]}
        hub:  {title: Hub, gate: or, children: [d, c]}
        d:    {title: D, gate: and, children: [a, e]}
        a:    {title: A, likelihood: 0.6}
        b:    {title: B, likelihood: 0.3, mitigations: [m]}
        c:    {title: C, likelihood: 0.2}
        e:    {title: E, likelihood: 0.7, mitigations: [m]}
      """;

  @Test
  void theSingleMemberOfAHubIsForcedExactlyInEveryMode() throws Exception {
    AttackTree tree = TreeReader.read("hub.yaml",
        HUB_OVER_ONE_GATE.getBytes(StandardCharsets.UTF_8));
    BruteForce brute = new BruteForce(tree);

    for (Mode mode : Mode.values()) {
      AnalysisResult result =
          TreeAnalysis.run(tree, AnalysisOptions.DEFAULT.withImportanceMode(mode));
      ForcedMeasures.assertExact(brute, mode, "goal", 10, result.nodes(), EPS, "");
    }
  }
}
