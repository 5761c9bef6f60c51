package dev.thicket.model.score;

import dev.thicket.model.analysis.NodeImportance;

/**
 * What every view shows of one node in one mode.
 *
 * @param importance P, the four measures and the contribution (docs/analysis.md)
 * @param band the {@link RiskBands} band of the contribution: the node's colour; {@link #PENDING}
 *     while the importance is being computed
 * @param gateLabel the gate in words for cards and diagrams ("AND", "2 of 3"); empty for a leaf
 */
public record NodeScore(NodeImportance importance, int band, String gateLabel) {
  /** The band of a node whose importance is still being computed. */
  public static final int PENDING = -1;

  /** Whether only the probability is known yet ({@link NodeImportance#pending()}). */
  public boolean pending() {
    return importance.pending();
  }

  public String id() {
    return importance.id();
  }

  /** P(X): the node's probability after its own mitigations. */
  public double probability() {
    return importance.probability();
  }

  /** The risk removed if the node is blocked: Fussell–Vesely × the goal's risk. */
  public double contribution() {
    return importance.contribution();
  }

  public boolean critical() {
    return importance.critical();
  }
}
