package dev.thicket.model.io.otm;

import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.tree.AttackTree;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tree's risk for other tools: {@code thicket-probability-MODE} (the goal's probability) and
 * {@code thicket-risk-MODE} (times the root's impact) for each mode. Computed on writing, ignored
 * on reading; left out when the analysis refuses the tree (too large).
 */
final class OtmRisk {
  private OtmRisk() {}

  static Map<String, Object> attributes(AttackTree tree) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    try {
      Map<Mode, Double> probabilities = TreeAnalysis.probabilities(tree, AnalysisMonitor.NONE);
      probabilities.forEach((mode, probability) -> {
        attributes.put(OtmVocabulary.PROBABILITY_PREFIX + mode.keyword(), probability);
        attributes.put(OtmVocabulary.RISK_PREFIX + mode.keyword(),
            probability * tree.rootImpact());
      });
    } catch (RuntimeException refused) {
      attributes.clear();
    }
    return attributes;
  }
}
