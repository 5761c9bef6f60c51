package dev.thicket.model.tree;

import java.util.Objects;

/**
 * The low and high ends of a three-point estimate ("between 5 and 30 %, most likely 10"); the
 * most likely value is the estimate or effectiveness the range belongs to. Each end is a number
 * or a level name, never a range itself. Sampled as Beta-PERT (docs/analysis.md, "Uncertainty").
 */
public record Range(Estimate low, Estimate high) {

  public Range {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    if (low.isRange() || high.isRange()) {
      throw new IllegalArgumentException("the ends of a range are single values");
    }
  }

  public static Range of(double low, double high) {
    return new Range(Estimate.of(low), Estimate.of(high));
  }
}
