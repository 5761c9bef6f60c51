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
    if (!isUnsignedDecimal(text) && !DECIMAL.matcher(text).matches()) {
      return OptionalDouble.empty();
    }
    double value = Double.parseDouble(text);
    return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  /**
   * Whether {@code text} is {@code 0}, {@code 12} or {@code 0.25}: digits with at most one inner
   * dot and no leading zero, the common case of {@link #DECIMAL}, checked without a regex.
   */
  public static boolean isUnsignedDecimal(String text) {
    int dot = text.indexOf('.');
    int wholeEnd = dot < 0 ? text.length() : dot;
    return allDigits(text, 0, wholeEnd) && (wholeEnd == 1 || text.charAt(0) != '0')
        && (dot < 0 || allDigits(text, dot + 1, text.length()));
  }

  private static boolean allDigits(String text, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code 0.4} → "0.4", {@code 9.0} → "9", {@code 1e-7} → "0.0000001". */
  public static String format(double value) {
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }
}
