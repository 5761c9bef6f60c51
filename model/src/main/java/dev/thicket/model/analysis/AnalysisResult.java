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
 * @param importanceMode the mode of the nodes' probabilities and importance and of the
 *     mitigations' effects (residual unless the options asked otherwise)
 * @param nodes importance of every node, in file order (empty when not asked for; some nodes
 *     {@linkplain NodeImportance#pending() pending} in the result handed over before the
 *     costly part of it, {@link AnalysisMonitor#beforeImportance})
 * @param criticalNodes ids of the critical nodes, in file order
 * @param mitigations the effect of every mitigation, in file order
 * @param unestimated leaves without a likelihood, computed with the scale's medium level
 * @param attackers the cheapest, fastest and easiest scenarios (in {@code mode}) and the profiles
 */
public record AnalysisResult(
    String title,
    String root,
    double impact,
    Map<Mode, Double> probability,
    Map<Mode, Double> risk,
    Mode mode,
    CutSetSummary cutSets,
    Mode importanceMode,
    List<NodeImportance> nodes,
    List<String> criticalNodes,
    List<MitigationEffect> mitigations,
    List<String> unestimated,
    double criticalThreshold,
    double highRiskThreshold,
    AttackerResult attackers) {

  /** Without the attacker's view. */
  public AnalysisResult(String title, String root, double impact, Map<Mode, Double> probability,
      Map<Mode, Double> risk, Mode mode, CutSetSummary cutSets, Mode importanceMode,
      List<NodeImportance> nodes, List<String> criticalNodes, List<MitigationEffect> mitigations,
      List<String> unestimated, double criticalThreshold, double highRiskThreshold) {
    this(title, root, impact, probability, risk, mode, cutSets, importanceMode, nodes,
        criticalNodes, mitigations, unestimated, criticalThreshold, highRiskThreshold,
        AttackerResult.NONE);
  }

  public AnalysisResult {
    probability = Map.copyOf(probability);
    risk = Map.copyOf(risk);
    nodes = List.copyOf(nodes);
    criticalNodes = List.copyOf(criticalNodes);
    mitigations = List.copyOf(mitigations);
    unestimated = List.copyOf(unestimated);
    attackers = java.util.Objects.requireNonNullElse(attackers, AttackerResult.NONE);
  }

  /** This result with the importance {@code importance} of every node and its critical ones. */
  AnalysisResult withNodes(List<NodeImportance> importance) {
    return new AnalysisResult(title, root, impact, probability, risk, mode, cutSets,
        importanceMode, importance,
        importance.stream().filter(NodeImportance::critical).map(NodeImportance::id).toList(),
        mitigations, unestimated, criticalThreshold, highRiskThreshold, attackers);
  }

  /** This result without node importance, as when it is not asked for. */
  public AnalysisResult withoutNodeImportance() {
    return withNodes(List.of());
  }

  /** Whether some node's importance is still being computed (every probability is known). */
  public boolean importancePending() {
    return nodes.stream().anyMatch(NodeImportance::pending);
  }
}
