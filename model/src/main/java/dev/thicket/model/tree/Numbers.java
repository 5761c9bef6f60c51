package dev.thicket.model.tree;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers the way files write them: read as plain finite decimals only, written as the shortest
 * exact decimal without exponent. The file reader and the editor's fields both read through
 * {@link #parse}, so a field accepts exactly what a file does.
 */
public final class Numbers {
  /** Plain decimal numbers only: no hex, octal, underscores, sexagesimal, .inf or .nan. */
  public static final Pattern DECIMAL =
      Pattern.compile("[-+]?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private Numbers() {}

  /**
   * The finite decimal number {@code text} spells ({@code 0.4}, {@code 9}, {@code 1e-3}), or empty
   * for anything else ({@code 0x1p-2}, {@code 1d}, {@code 1_000}, {@code .5}, {@code NaN}, a
   * number too large for a double).
   */
  public static OptionalDouble parse(String text) {
    if (!DECIMAL.matcher(text).matches()) {
      return OptionalDouble.empty();
    }
    double value = Double.parseDouble(text);
    return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  /** {@code 0.4} → "0.4", {@code 9.0} → "9", {@code 1e-7} → "0.0000001". */
  public static String format(double value) {
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }
}
