package dev.thicket.model.tree;

import java.math.BigDecimal;

/** Formatting of numbers the way files and reports write them: shortest exact decimal, no exponent. */
public final class Numbers {
  private Numbers() {}

  /** {@code 0.4} → "0.4", {@code 9.0} → "9", {@code 1e-7} → "0.0000001". */
  public static String format(double value) {
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }
}
