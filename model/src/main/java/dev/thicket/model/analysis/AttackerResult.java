package dev.thicket.model.analysis;

import dev.thicket.model.tree.RiskValues;
import java.util.List;

/**
 * The attacker's view of a tree (docs/analysis.md, "Attackers"), computed once with the rest of
 * the analysis.
 *
 * @param cheapest the scenario of least summed cost among those whose steps all have a cost;
 *     {@code null} when none has
 * @param fastest likewise for time
 * @param easiest the scenario of least attack-potential total among the rated ones
 * @param feasibility the rating of {@code easiest}: the tree's attack feasibility; {@code null}
 *     when no scenario is rated
 * @param profiles every profile of the tree, in file order
 * @param riskMatrix the risk matrix the scenarios' risk values were read from (the tree's {@link
 *     dev.thicket.model.tree.Scales#riskMatrixInUse})
 */
public record AttackerResult(Scenario cheapest, Scenario fastest, Scenario easiest,
    Rating feasibility, List<ProfileResult> profiles, RiskValues riskMatrix) {
  public static final AttackerResult NONE = new AttackerResult(null, null, null, null, List.of());

  public AttackerResult {
    profiles = List.copyOf(profiles);
    riskMatrix = java.util.Objects.requireNonNullElse(riskMatrix, RiskValues.ANNEX_H);
  }

  /** By the Annex H risk matrix. */
  public AttackerResult(Scenario cheapest, Scenario fastest, Scenario easiest,
      Rating feasibility, List<ProfileResult> profiles) {
    this(cheapest, fastest, easiest, feasibility, profiles, RiskValues.ANNEX_H);
  }

  /** The result of profile {@code id}; empty when the tree has no such profile. */
  public java.util.Optional<ProfileResult> profile(String id) {
    return profiles.stream().filter(profile -> profile.id().equals(id)).findFirst();
  }
}
