package dev.thicket.exports;

import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import java.util.List;
import java.util.Map;

/**
 * A hand-computed tree: goal = OR(a, AND(c, d)), impact 10, with a = 0.5, c = 0.4, d = 0.5 and a
 * lock (effectiveness 0.5, implemented) on a, and an alarm (0.5, planned) on c.
 *
 * <pre>
 * inherent  P = 1 - (1 - 0.5)(1 - 0.2)   = 0.6
 * residual  P = 1 - (1 - 0.25)(1 - 0.2)  = 0.4     scenarios {a} 0.25, {c,d} 0.2
 * planned   P = 1 - (1 - 0.25)(1 - 0.1)  = 0.325
 * a (residual): P(T | a) = 1, P(T | not a) = 0.2: Birnbaum 0.8, FV 0.5, RAW 2.5, RRW 2
 * </pre>
 */
final class SmallTree {
  private SmallTree() {}

  static AttackTree tree() {
    return new AttackTree("Open the safe", null, "goal",
        List.of(
            Node.gate("goal", "Open the safe", Gate.OR, 0, List.of("a", "both"))
                .withImpact(Estimate.of(10)),
            Node.leaf("a", "Pick the lock", Estimate.of(0.5)).withMitigations(List.of("lock")),
            Node.gate("both", "Learn and use the combination", Gate.AND, 0, List.of("c", "d")),
            Node.leaf("c", "Learn the combination", Estimate.of(0.4))
                .withMitigations(List.of("alarm")),
            Node.leaf("d", "Get to the safe unseen", Estimate.of(0.5))),
        List.of(
            new Mitigation("lock", "Pick-resistant lock", 0.5, MitigationStatus.IMPLEMENTED),
            new Mitigation("alarm", "Alarm on the office", 0.5, MitigationStatus.PLANNED)),
        null, AnalysisSettings.NONE, Map.of());
  }

  static AnalysisResult analysis() {
    return TreeAnalysis.run(tree(), AnalysisOptions.DEFAULT);
  }
}
