package dev.thicket.model.analysis;

import java.math.BigInteger;
import java.util.List;

/**
 * The scenarios of a tree.
 *
 * @param count the exact number of minimal cut sets
 * @param listed the top scenarios by descending risk
 * @param rankingExact whether {@code listed} is certainly the true top K; false only when the
 *     search gave up on a tree whose mitigations reorder a very large number of sets
 */
public record CutSetSummary(BigInteger count, List<Scenario> listed, boolean rankingExact) {
  public CutSetSummary {
    listed = List.copyOf(listed);
  }
}
