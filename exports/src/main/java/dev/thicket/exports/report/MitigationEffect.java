package dev.thicket.exports.report;

import dev.thicket.model.tree.Mitigation;
import java.util.List;

/**
 * What one mitigation does on its own to the residual risk (the other mitigations as they are).
 *
 * @param covered the nodes it is attached to, in file order
 * @param riskWithout residual risk with this mitigation not in place (status planned)
 * @param riskWith residual risk with it in place (status implemented)
 */
public record MitigationEffect(
    Mitigation mitigation, List<String> covered, double riskWithout, double riskWith) {

  public MitigationEffect {
    covered = List.copyOf(covered);
  }

  /** {@code riskWithout - riskWith}: what implementing it gains, or what it gains today. */
  public double reduction() {
    return riskWithout - riskWith;
  }
}
