package dev.thicket.model.diff;

import java.util.List;

/**
 * The residual-risk change split over the change units (docs/analysis.md, "Diff").
 *
 * @param method how the shares were computed
 * @param before residual risk of the old tree
 * @param after residual risk of the new tree
 * @param shares one per unit, in the units' order; they sum to {@code after - before}
 */
public record Attribution(Method method, double before, double after, List<Share> shares) {

  /** Exact Shapley values (at most {@link ChangeUnits#SHAPLEY_LIMIT} units), or sequential. */
  public enum Method {
    SHAPLEY,
    SEQUENTIAL;

    public String keyword() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One unit's share of the change, with the changes it stands for. */
  public record Share(ChangeUnit unit, double value) {}

  public Attribution {
    shares = List.copyOf(shares);
  }

  public double total() {
    return after - before;
  }
}
