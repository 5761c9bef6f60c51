package dev.thicket.model.analysis;

import java.util.List;

/**
 * A mitigation plan: candidate mitigations to fund on top of the implemented ones.
 *
 * @param mitigations the chosen candidates, in file order
 * @param cost the sum of their costs
 * @param probability the goal's exact probability with the implemented mitigations and these
 * @param risk probability × root impact
 */
public record Plan(List<String> mitigations, double cost, double probability, double risk) {
  public Plan {
    mitigations = List.copyOf(mitigations);
  }
}
