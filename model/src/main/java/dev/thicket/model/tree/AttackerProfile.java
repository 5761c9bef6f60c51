package dev.thicket.model.tree;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who attacks (docs/format.md, {@code profiles}): a scenario is within a profile's reach when
 * each of its steps is (every rated factor among {@link PotentialFactor#PROFILE_LIMITS} at most
 * the profile's level), its summed cost is at most {@code budget} and its summed time at most
 * {@code time}. A missing limit means "no limit".
 *
 * @param description optional, {@code null} when absent
 * @param budget the most the attacker spends on one scenario, {@code null} for no limit
 * @param time the most hours the attacker spends on one scenario, {@code null} for no limit
 * @param limits the highest level the attacker has, per factor of {@link
 *     PotentialFactor#PROFILE_LIMITS}; a factor left out is unlimited
 */
public record AttackerProfile(String id, String title, String description, Double budget,
    Double time, Map<PotentialFactor, String> limits) {

  public AttackerProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    EnumMap<PotentialFactor, String> copy = new EnumMap<>(PotentialFactor.class);
    copy.putAll(limits);
    limits = Collections.unmodifiableMap(copy);
  }

  /** Whether the profile bounds a whole scenario's cost or time (not only its steps). */
  public boolean boundsScenarios() {
    return budget != null || time != null;
  }

  /** Whether a step of rating {@code potential} is within reach (its cost and time aside). */
  public boolean reaches(Potential potential) {
    for (Map.Entry<PotentialFactor, String> limit : limits.entrySet()) {
      int rank = potential.rank(limit.getKey());
      if (rank > limit.getKey().rank(limit.getValue())) {
        return false;
      }
    }
    return true;
  }
}
