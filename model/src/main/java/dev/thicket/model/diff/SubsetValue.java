package dev.thicket.model.diff;

import java.util.List;

/** v(S) of the attribution: a number for each subset of the change units. */
interface SubsetValue {
  /** v of {@code chosen} (in unit order). */
  double of(List<ChangeUnit> chosen);

  /**
   * Whether choosing {@code unit} or not changes what {@link #of} has to build; the subsets are
   * evaluated grouped by these units, so that each build serves a whole group.
   */
  default boolean rebuilds(ChangeUnit unit) {
    return false;
  }
}
