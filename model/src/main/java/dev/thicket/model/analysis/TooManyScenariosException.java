package dev.thicket.model.analysis;

import java.math.BigInteger;

/** More scenarios asked to be listed than can be: the count is known, the list is not made. */
public final class TooManyScenariosException extends RuntimeException {
  private final BigInteger count;

  TooManyScenariosException(BigInteger count, int most) {
    super(readable(count) + " scenarios are too many to list (at most " + String.format(
        java.util.Locale.ROOT, "%,d", most) + "); list the top ones with --top K, or only small"
        + " ones with --limit-order N");
    this.count = count;
  }

  private static String readable(BigInteger count) {
    return count.bitLength() < 30 ? String.format(java.util.Locale.ROOT, "%,d", count)
        : String.format(java.util.Locale.ROOT, "%.3e", count.doubleValue());
  }

  /** How many scenarios (minimal cut sets) were asked for. */
  public BigInteger count() {
    return count;
  }
}
