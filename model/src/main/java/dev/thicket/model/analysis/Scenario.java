package dev.thicket.model.analysis;

import java.util.List;

/**
 * One attack scenario: a minimal cut set of leaves.
 *
 * @param leaves the leaf ids, in depth-first order from the root
 * @param probability the product of the leaves' probabilities and of the failure probabilities of
 *     every counted mitigation on the scenario's way (each mitigation once)
 * @param risk probability × root impact
 * @param highRisk risk at or above the high-risk threshold
 * @param paths the paths from the root to a leaf of the scenario through nodes it achieves: every
 *     one when there are at most {@link #MAX_PATHS}, else the first {@link #MAX_PATHS} found
 *     (depth-first, in child order) and the first to each leaf they miss
 * @param pathCount how many such paths there are (saturating at {@link Long#MAX_VALUE})
 * @param mitigations the counted mitigations on the way, in file order
 * @param attributes what it takes from the attacker: cost, time, attack potential
 */
public record Scenario(
    List<String> leaves,
    double probability,
    double risk,
    boolean highRisk,
    List<List<String>> paths,
    long pathCount,
    List<String> mitigations,
    ScenarioAttributes attributes) {

  /** Every path is listed while there are at most this many. */
  public static final int MAX_PATHS = 64;

  public Scenario {
    attributes = java.util.Objects.requireNonNullElse(attributes, ScenarioAttributes.NONE);
    leaves = List.copyOf(leaves);
    paths = paths.stream().map(List::copyOf).toList();
    mitigations = List.copyOf(mitigations);
  }
}
