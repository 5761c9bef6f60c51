package dev.thicket.exports;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers for people: four significant digits, no exponent for everyday magnitudes. */
public final class Decimals {
  private Decimals() {}

  /** {@code 0.0123456} → "0.01235"; {@code null} → "-"; tiny values keep an exponent. */
  public static String of(Double value) {
    if (value == null) {
      return "-";
    }
    if (value.isInfinite() || value.isNaN()) {
      return value.toString();
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros();
    if (Math.abs(value) < 1e-6) {
      return String.format(java.util.Locale.ROOT, "%.3e", value);
    }
    return rounded.toPlainString();
  }
}
