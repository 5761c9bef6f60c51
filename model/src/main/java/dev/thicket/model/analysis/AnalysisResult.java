package dev.thicket.model.analysis;

import java.util.List;
import java.util.Map;

/**
 * Everything the analysis of a tree says, for one chosen mode of the scenarios.
 *
 * @param impact the root's impact (1 when none is given)
 * @param probability exact top-event probability per mode
 * @param risk probability × impact per mode
 * @param mode the mode of the listed scenarios
 * @param nodes importance of every node, in residual mode, in file order
 * @param criticalNodes ids of the critical nodes, in file order
 * @param unestimated leaves without a likelihood, computed with the scale's medium level
 */
public record AnalysisResult(
    String title,
    String root,
    double impact,
    Map<Mode, Double> probability,
    Map<Mode, Double> risk,
    Mode mode,
    CutSetSummary cutSets,
    List<NodeImportance> nodes,
    List<String> criticalNodes,
    List<String> unestimated,
    double criticalThreshold,
    double highRiskThreshold) {

  public AnalysisResult {
    probability = Map.copyOf(probability);
    risk = Map.copyOf(risk);
    nodes = List.copyOf(nodes);
    criticalNodes = List.copyOf(criticalNodes);
    unestimated = List.copyOf(unestimated);
  }
}
