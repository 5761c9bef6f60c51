package dev.thicket.model.score;

import dev.thicket.model.analysis.NodeImportance;

/**
 * What every view shows of one node in one mode.
 *
 * @param importance P, the four measures and the contribution (docs/analysis.md)
 * @param band the {@link RiskBands} band of the contribution: the node's colour
 * @param gateLabel the gate in words for cards and diagrams ("AND", "2 of 3"); empty for a leaf
 */
public record NodeScore(NodeImportance importance, int band, String gateLabel) {

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
