package dev.thicket.exports.report;

import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.MitigationPlans;
import dev.thicket.model.analysis.Plan;
import dev.thicket.model.analysis.PlanFront;
import dev.thicket.model.analysis.PlanTooLargeException;
import dev.thicket.model.tree.AttackTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report's "What to fund" section shows: the cost–risk front of mitigation plans, or why
 * there is none (too many candidates to search exactly), and which of its plans a table lists.
 *
 * @param front the front, when computed
 * @param unavailable why there is no front; empty when there is one
 */
public record Funding(Optional<PlanFront> front, String unavailable) {
  /** Candidates searched by default, as {@code thicket optimize}. */
  public static final int MAX_CANDIDATES = 64;
  /** Plans a report's table lists at most. */
  public static final int MAX_ROWS = 15;

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

  /**
   * The indexes in the front of the plans a table lists, ascending: every plan when there are at
   * most {@link #MAX_ROWS}, otherwise the first, the last, the best within {@code budget} (when
   * given and something is affordable) and others spread evenly between them. Empty without a
   * front.
   */
  public List<Integer> rows(Double budget) {
    if (front.isEmpty()) {
      return List.of();
    }
    List<Plan> plans = front.get().front();
    int best = budget == null ? -1
        : front.get().best(budget).map(plans::indexOf).orElse(-1);
    return spread(plans.size(), MAX_ROWS, best);
  }

  /**
   * {@code max} (at least 3) of the indexes {@code 0..size-1}, or all of them when there are
   * fewer: the first, the last, and the others as evenly spaced as rounding allows; {@code keep}
   * (when 0 or more) replaces the nearer of the picks around it that is not the first or last.
   */
  static List<Integer> spread(int size, int max, int keep) {
    List<Integer> picks = new ArrayList<>();
    if (size <= max) {
      for (int i = 0; i < size; i++) {
        picks.add(i);
      }
      return picks;
    }
    for (int i = 0; i < max; i++) {
      picks.add((int) Math.round((double) i * (size - 1) / (max - 1)));
    }
    if (keep >= 0 && !picks.contains(keep)) {
      int after = 1;
      while (picks.get(after) < keep) {
        after++;
      }
      boolean nearerAfter = picks.get(after) - keep < keep - picks.get(after - 1);
      int replaced = after == max - 1 || (after > 1 && !nearerAfter) ? after - 1 : after;
      picks.set(replaced, keep);
    }
    return picks;
  }
}
