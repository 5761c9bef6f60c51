package dev.thicket.model.tree;

import java.util.Objects;

/**
 * One participant's estimate in an estimation round (the {@code estimates} key of a node or a
 * mitigation): who gave it, the value they gave (a number or a level name, never a range) and the
 * round it was given in, counted from 1.
 */
public record Vote(String by, Estimate value, int round) {

  public Vote {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(value, "value");
    if (value.isRange()) {
      throw new IllegalArgumentException("a vote is a single value, not a range");
    }
    if (round < 1) {
      throw new IllegalArgumentException("rounds are counted from 1");
    }
  }
}
