package dev.thicket.exports.report;

import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The risk reduction of each mitigation on its own, by re-running the analysis on a copy of the
 * tree with only that mitigation's status changed: an implemented one is compared with the tree
 * where it is merely planned, a planned one with the tree where it is implemented. Costs one full
 * analysis per mitigation (built here from {@link TreeAnalysis#run}, the model's public API).
 */
final class MitigationEffects {
  private MitigationEffects() {}

  static List<MitigationEffect> of(AttackTree tree, AnalysisResult result) {
    AnalysisOptions options = new AnalysisOptions(Mode.RESIDUAL, 0,
        new AnalysisSettings(result.criticalThreshold(), result.highRiskThreshold()));
    double residual = result.risk().get(Mode.RESIDUAL);
    List<MitigationEffect> effects = new ArrayList<>();
    for (Mitigation mitigation : tree.mitigations().values()) {
      boolean implemented = mitigation.status() == MitigationStatus.IMPLEMENTED;
      AttackTree flipped = tree.withMitigation(mitigation.withStatus(
          implemented ? MitigationStatus.PLANNED : MitigationStatus.IMPLEMENTED));
      double other = TreeAnalysis.run(flipped, options).risk().get(Mode.RESIDUAL);
      effects.add(new MitigationEffect(mitigation, covered(tree, mitigation.id()),
          implemented ? other : residual, implemented ? residual : other));
    }
    return effects;
  }

  private static List<String> covered(AttackTree tree, String mitigationId) {
    return tree.nodes().values().stream()
        .filter(node -> node.mitigations().contains(mitigationId))
        .map(Node::id)
        .toList();
  }
}
