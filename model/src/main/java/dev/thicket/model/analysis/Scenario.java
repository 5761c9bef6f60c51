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
 * @param paths every path from the root to a leaf of the scenario through nodes it achieves
 * @param mitigations the counted mitigations on the way, in file order
 * @param attributes what it takes from the attacker: cost, time, attack potential
 */
public record Scenario(
    List<String> leaves,
    double probability,
    double risk,
    boolean highRisk,
    List<List<String>> paths,
    List<String> mitigations,
    ScenarioAttributes attributes) {

  /** Without the attacker's attributes. */
  public Scenario(List<String> leaves, double probability, double risk, boolean highRisk,
      List<List<String>> paths, List<String> mitigations) {
    this(leaves, probability, risk, highRisk, paths, mitigations, ScenarioAttributes.NONE);
  }

  public Scenario {
    attributes = java.util.Objects.requireNonNullElse(attributes, ScenarioAttributes.NONE);
    leaves = List.copyOf(leaves);
    paths = paths.stream().map(List::copyOf).toList();
    mitigations = List.copyOf(mitigations);
  }
}
