package dev.thicket.exports;

import dev.thicket.exports.report.Trees;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.tree.AttackTree;
import java.util.List;

/**
 * The hand-computed {@linkplain Trees#safe safe} with the alarm on c.
 *
 * <pre>
 * inherent  P = 1 - (1 - 0.5)(1 - 0.2)   = 0.6
 * residual  P = 1 - (1 - 0.25)(1 - 0.2)  = 0.4     scenarios {a} 0.25, {c,d} 0.2
 * planned   P = 1 - (1 - 0.25)(1 - 0.1)  = 0.325
 * a (residual): P(T[a:=1]) = 1, P(T[a:=0]) = 0.2: Birnbaum 0.8, FV 0.5, RAW 2.5, RRW 2,
 *     contribution (0.4 - 0.2) × 10 = 2
 * </pre>
 */
final class SmallTree {
  private SmallTree() {}

  static AttackTree tree() {
    return Trees.safe(List.of("alarm"));
  }

  static AnalysisResult analysis() {
    return TreeAnalysis.run(tree(), AnalysisOptions.DEFAULT);
  }
}
