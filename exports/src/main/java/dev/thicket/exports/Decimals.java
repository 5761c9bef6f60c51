package dev.thicket.exports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

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
    if (Math.abs(value) < 1e-6) {
      return scientific(value);
    }
    return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  /**
   * {@code value} as {@code String.format(Locale.ROOT, "%.3e", value)} writes it ("1.235e-07"):
   * the digits of {@link Double#toString}, rounded half up to four, and an exponent of at least
   * two digits; without the formatter, whose first use loads the locale data (decision 46).
   */
  static String scientific(double value) {
    BigDecimal rounded = new BigDecimal(Double.toString(Math.abs(value)))
        .round(new MathContext(4, RoundingMode.HALF_UP));
    int exponent = rounded.precision() - rounded.scale() - 1;
    String mantissa = rounded.movePointLeft(exponent).setScale(3, RoundingMode.UNNECESSARY)
        .toPlainString();
    int digits = Math.abs(exponent);
    return (value < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
        + (digits < 10 ? "0" : "") + digits;
  }
}
