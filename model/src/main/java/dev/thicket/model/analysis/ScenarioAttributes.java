package dev.thicket.model.analysis;

import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Potential;
import dev.thicket.model.tree.PotentialFactor;
import dev.thicket.model.tree.StepAttributes;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a scenario takes from the attacker (docs/analysis.md, "Attackers"): cost and time are the
 * sums over its steps, each potential factor the highest level among them, the total the sum of
 * the five factors' points and the rating that total's band.
 *
 * @param cost {@code null} when a step has no cost
 * @param time {@code null} when a step has no time
 * @param levels the highest level per factor; a factor some step does not rate is left out
 * @param potential the total points; {@code null} (unrated) unless every step rates every factor
 * @param rating the band of {@code potential}; {@code null} when unrated
 * @param riskValue the ISO/SAE 21434 risk value (1–5) of {@code rating} at the root's impact
 *     by the tree's risk matrix ({@link RiskMatrix}); {@code null} when unrated
 */
public record ScenarioAttributes(Double cost, Double time, Map<PotentialFactor, String> levels,
    Integer potential, Rating rating, Integer riskValue) {
  public static final ScenarioAttributes NONE =
      new ScenarioAttributes(null, null, Map.of(), null, null, null);

  public ScenarioAttributes {
    EnumMap<PotentialFactor, String> copy = new EnumMap<>(PotentialFactor.class);
    copy.putAll(levels);
    levels = java.util.Collections.unmodifiableMap(copy);
  }

  /** The attributes of the scenario of these leaves of {@code tree}. */
  public static ScenarioAttributes of(AttackTree tree, Collection<String> leaves) {
    Double cost = 0.0;
    Double time = 0.0;
    Map<PotentialFactor, Integer> highest = new EnumMap<>(PotentialFactor.class);
    for (PotentialFactor factor : PotentialFactor.values()) {
      highest.put(factor, -1);
    }
    boolean rated = true;
    for (String leaf : leaves) {
      StepAttributes step = tree.node(leaf).attacker();
      cost = cost == null || step.cost() == null ? null : cost + step.cost();
      time = time == null || step.time() == null ? null : time + step.time();
      Potential potential = step.potential();
      rated &= potential.rated();
      for (PotentialFactor factor : PotentialFactor.values()) {
        int rank = potential.rank(factor);
        highest.put(factor, rank < 0 || highest.get(factor) == null ? null
            : Math.max(rank, highest.get(factor)));
      }
    }
    Map<PotentialFactor, String> levels = new EnumMap<>(PotentialFactor.class);
    int total = 0;
    for (Map.Entry<PotentialFactor, Integer> entry : highest.entrySet()) {
      if (entry.getValue() != null && entry.getValue() >= 0) {
        levels.put(entry.getKey(), entry.getKey().levels().get(entry.getValue()));
        total += entry.getKey().pointsOfRank(entry.getValue());
      }
    }
    rated &= !leaves.isEmpty();
    Rating rating = rated ? Rating.of(total) : null;
    return new ScenarioAttributes(cost, time, levels, rated ? total : null, rating,
        rated ? RiskMatrix.value(rating, tree.rootImpact(),
            tree.scales().riskMatrixInUse()) : null);
  }
}
