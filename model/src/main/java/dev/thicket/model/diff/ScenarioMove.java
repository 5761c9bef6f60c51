package dev.thicket.model.diff;

import java.util.List;

/**
 * A top scenario of both trees (the same leaf set) at another rank in the new one.
 *
 * @param leaves the scenario's leaves as the new tree lists them
 * @param before its rank in the old tree's top scenarios, 1 for the highest risk
 * @param after its rank in the new tree's
 */
public record ScenarioMove(List<String> leaves, int before, int after) {
  public ScenarioMove {
    leaves = List.copyOf(leaves);
    if (before < 1 || after < 1 || before == after) {
      throw new IllegalArgumentException("not a move: rank " + before + " → " + after);
    }
  }
}
