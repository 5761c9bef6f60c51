package dev.thicket.exports.report;

import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.MitigationPlans;
import dev.thicket.model.analysis.PlanFront;
import dev.thicket.model.analysis.PlanTooLargeException;
import dev.thicket.model.tree.AttackTree;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report's "What to fund" section shows: the cost–risk front of mitigation plans, or why
 * there is none (too many candidates to search exactly).
 *
 * @param front the front, when computed
 * @param unavailable why there is no front; empty when there is one
 */
public record Funding(Optional<PlanFront> front, String unavailable) {
  /** Candidates searched by default, as {@code thicket optimize}. */
  public static final int MAX_CANDIDATES = 64;

  public Funding {
    Objects.requireNonNull(front, "front");
    Objects.requireNonNull(unavailable, "unavailable");
    if (front.isPresent() != unavailable.isEmpty()) {
      throw new IllegalArgumentException("a front or a reason, not both");
    }
  }

  public static Funding of(PlanFront front) {
    return new Funding(Optional.of(front), "");
  }

  /** The front of {@code tree}'s plans, computed now, or why it cannot be. */
  public static Funding of(AttackTree tree) {
    try {
      return of(MitigationPlans.front(tree, MAX_CANDIDATES, AnalysisMonitor.NONE));
    } catch (PlanTooLargeException e) {
      return new Funding(Optional.empty(), e.getMessage());
    }
  }
}
