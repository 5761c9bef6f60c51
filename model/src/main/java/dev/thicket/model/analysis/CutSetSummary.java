package dev.thicket.model.analysis;

import java.math.BigInteger;
import java.util.List;

/**
 * The scenarios of a tree.
 *
 * @param count the exact number of minimal cut sets within the limits (order, cut-off)
 * @param total the exact number of minimal cut sets, without limits
 * @param orderDistribution element i is the number of cut sets of i events, for i up to the
 *     limit order (or {@link MinimalCutSets#DISTRIBUTION_CAP} without one)
 * @param distributionComplete false when cut sets larger than the distribution's last order exist
 * @param listed the top scenarios by descending risk, within the limits
 * @param rankingExact whether {@code listed} is certainly the true top K; false only when the
 *     search gave up on a tree whose mitigations or limits reorder a very large number of sets
 * @param countExact false only when a cut-off made the count an enumeration that hit its cap
 *     (the count is then a lower bound)
 * @param limitOrder the order limit applied, 0 for none
 * @param cutOff the probability cut-off applied, 0 for none
 */
public record CutSetSummary(
    BigInteger count,
    BigInteger total,
    List<BigInteger> orderDistribution,
    boolean distributionComplete,
    List<Scenario> listed,
    boolean rankingExact,
    boolean countExact,
    int limitOrder,
    double cutOff) {
  public CutSetSummary {
    orderDistribution = List.copyOf(orderDistribution);
    listed = List.copyOf(listed);
  }
}
