package dev.thicket.exports.report;

import dev.thicket.exports.AttackerText;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AttackerResult;
import dev.thicket.model.analysis.ProfileResult;
import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.score.ScoredTree;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackerProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report's "Attackers" section shows, computed once for every format: the analysis's
 * attacker view (cheapest, fastest, easiest scenario, feasibility, per profile probability, risk
 * and count within reach) and, per profile, the tree scored for that attacker ({@link
 * ScoredTree#forProfile}) for the riskiest scenarios within its reach.
 *
 * @param profiles every profile of the tree, in file order
 */
public record Attackers(AttackerResult result, List<Profile> profiles) {
  /** Scenarios within reach listed per profile. */
  public static final int RISKIEST_PER_PROFILE = 3;

  public Attackers {
    Objects.requireNonNull(result, "result");
    profiles = List.copyOf(profiles);
  }

  /**
   * One attacker profile: its definition, its numbers ({@code result}) and the tree scored for
   * it in the report's mode, listing at most {@link #RISKIEST_PER_PROFILE} scenarios.
   */
  public record Profile(AttackerProfile profile, ProfileResult result, ScoredTree view) {
    /** The riskiest scenarios within reach, riskiest first. */
    public List<Scenario> riskiest() {
      return view.scenarios();
    }
  }

  /**
   * The section of {@code scored}: empty when the tree has neither attributes (cost, time,
   * potential) nor profiles. Scores the tree once per profile (an analysis each).
   */
  public static Optional<Attackers> of(ScoredTree scored) {
    AttackerResult result = scored.result().attackers();
    if (!AttackerText.applies(result)) {
      return Optional.empty();
    }
    AnalysisOptions options =
        new AnalysisOptions(scored.mode(), RISKIEST_PER_PROFILE, AnalysisSettings.NONE);
    List<Profile> profiles = new ArrayList<>();
    for (ProfileResult profile : result.profiles()) {
      profiles.add(new Profile(scored.tree().profiles().get(profile.id()), profile,
          scored.forProfile(profile.id(), options)));
    }
    return Optional.of(new Attackers(result, profiles));
  }
}
