package dev.thicket.model.analysis;

import dev.thicket.model.tree.MitigationStatus;

/**
 * What one mitigation does to the risk of the goal in a mode, whatever its status: the risk with
 * it not counted, counted at its effectiveness, and counted as perfect (effectiveness 1), every
 * other mitigation as the mode says (docs/analysis.md, "Mitigations").
 *
 * @param riskWithout the risk with this mitigation not counted
 * @param riskWith the risk with it counted at its effectiveness
 * @param riskIfPerfect the risk with it counted at effectiveness 1
 */
public record MitigationEffect(
    String id, MitigationStatus status, double riskWithout, double riskWith,
    double riskIfPerfect) {

  /** {@code riskWithout − riskWith}: what it buys, or would buy, at its effectiveness. */
  public double reduction() {
    return riskWithout - riskWith;
  }
}
