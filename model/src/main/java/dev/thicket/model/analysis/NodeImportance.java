package dev.thicket.model.analysis;

import dev.thicket.model.tree.Gate;

/**
 * How much the top event T depends on one node X, in the options' importance mode (residual
 * unless asked otherwise), by intervention: from P(T[X:=1]) and P(T[X:=0]), T with X's outcome
 * (after its own mitigations) made certain or impossible wherever X occurs (docs/analysis.md). A
 * measure is {@code null} where its definition divides by zero. While the importance is still
 * being computed ({@link AnalysisMonitor#beforeImportance}) a node is {@linkplain #pending()
 * pending}: its probability is known, its measures are {@code null} and its contribution NaN.
 * A node the analysis rules out as not critical stays pending when only the critical nodes were
 * asked for ({@link AnalysisOptions#onlyCriticalNodes}).
 *
 * @param probability P(X): the node's probability after its own mitigations
 * @param birnbaum P(T[X:=1]) − P(T[X:=0])
 * @param fussellVesely (P(T) − P(T[X:=0])) / P(T): the share of the risk that blocking X removes
 * @param raw risk achievement worth, P(T[X:=1]) / P(T)
 * @param rrw risk reduction worth, P(T) / P(T[X:=0])
 * @param critical Fussell–Vesely at or above the critical threshold
 * @param contribution (P(T) − P(T[X:=0])) × root impact: the risk that blocking X removes
 */
public record NodeImportance(
    String id,
    String title,
    Gate gate,
    double probability,
    Double birnbaum,
    Double fussellVesely,
    Double raw,
    Double rrw,
    boolean critical,
    double contribution) {

  /**
   * Node {@code id} with its probability only, while its measures are being computed; the
   * probability is NaN while it is not known either ({@link RestoreHandOver}).
   */
  static NodeImportance pending(String id, String title, Gate gate, double probability) {
    return new NodeImportance(id, title, gate, probability, null, null, null, null, false,
        Double.NaN);
  }

  /**
   * Whether only the probability is known (the measures are being computed, or were not asked
   * for: {@link AnalysisOptions#onlyCriticalNodes}).
   */
  public boolean pending() {
    return Double.isNaN(contribution);
  }
}
