package dev.thicket.model.analysis;

import java.math.BigInteger;
import java.util.Map;

/**
 * What one attacker profile can do (docs/analysis.md, "Attackers").
 *
 * @param probability per mode, P_profile: the exact probability that some within-reach set of
 *     the succeeding steps achieves the goal on its own
 * @param risk probability × root impact, per mode
 * @param scenarios the exact number of minimal cut sets within the profile's reach
 */
public record ProfileResult(String id, String title, Map<Mode, Double> probability,
    Map<Mode, Double> risk, BigInteger scenarios) {
  public ProfileResult {
    probability = Map.copyOf(probability);
    risk = Map.copyOf(risk);
  }
}
