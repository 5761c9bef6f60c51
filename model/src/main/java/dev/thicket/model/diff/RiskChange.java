package dev.thicket.model.diff;

import dev.thicket.model.analysis.Mode;
import java.util.List;
import java.util.Map;

/**
 * How the analysis moved: probability and risk per mode before and after, the critical nodes
 * gained and lost, and the top scenarios (residual mode, compared by their leaf sets) that
 * appeared, disappeared or moved to another rank (in the new tree's rank order).
 */
public record RiskChange(
    Map<Mode, Double> probabilityBefore,
    Map<Mode, Double> probabilityAfter,
    Map<Mode, Double> riskBefore,
    Map<Mode, Double> riskAfter,
    List<String> criticalGained,
    List<String> criticalLost,
    List<List<String>> scenariosAppeared,
    List<List<String>> scenariosDisappeared,
    List<ScenarioMove> scenariosMoved) {

  /** How many top scenarios of each tree are compared. */
  public static final int TOP_SCENARIOS = 10;

  public RiskChange {
    probabilityBefore = Map.copyOf(probabilityBefore);
    probabilityAfter = Map.copyOf(probabilityAfter);
    riskBefore = Map.copyOf(riskBefore);
    riskAfter = Map.copyOf(riskAfter);
    criticalGained = List.copyOf(criticalGained);
    criticalLost = List.copyOf(criticalLost);
    scenariosAppeared = scenariosAppeared.stream().map(List::copyOf).toList();
    scenariosDisappeared = scenariosDisappeared.stream().map(List::copyOf).toList();
    scenariosMoved = List.copyOf(scenariosMoved);
  }
}
