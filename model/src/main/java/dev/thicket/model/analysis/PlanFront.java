package dev.thicket.model.analysis;

import java.util.List;
import java.util.Optional;

/**
 * The exact cost–risk front of mitigation plans (docs/analysis.md, "What to fund").
 *
 * @param baseline the empty plan: today's residual risk at cost 0
 * @param candidates the mitigations a plan may add (not implemented, with a cost), in file order
 * @param uncosted the mitigations not implemented and without a cost, never chosen
 * @param front every plan no other plan beats, by ascending cost (so strictly descending risk)
 */
public record PlanFront(Plan baseline, List<String> candidates, List<String> uncosted,
    List<Plan> front) {

  public PlanFront {
    candidates = List.copyOf(candidates);
    uncosted = List.copyOf(uncosted);
    front = List.copyOf(front);
  }

  /** The plan of lowest risk that costs at most {@code budget} (the cheapest among equals). */
  public Optional<Plan> best(double budget) {
    Plan best = null;
    for (Plan plan : front) {
      if (plan.cost() <= budget) {
        best = plan;
      }
    }
    return Optional.ofNullable(best);
  }
}
