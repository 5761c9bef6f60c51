package dev.thicket.exports.report;

import dev.thicket.exports.Decimals;
import java.util.List;

/**
 * The colours of risk, in five bands placed around the high-risk threshold t: below t/10, below
 * t/3, below t, below 3t, and 3t or more. A node is coloured by its risk P(X) × root impact
 * (P(X) its residual probability, after its own mitigations); a risk-matrix cell by the product
 * of its two level values. So red always means "at least three times the threshold".
 */
public record HeatScale(double threshold) {
  /** Fill colours, light to dark, as {@code #rrggbb}; black text stays readable on each. */
  public static final List<String> COLOURS =
      List.of("#d9f0d3", "#f7f4b9", "#fdd49e", "#fc8d59", "#e34a33");

  /** Names of the bands, for legends and text-only formats. */
  public static final List<String> NAMES =
      List.of("very low", "low", "medium", "high", "very high");

  private static final double[] FACTORS = {0.1, 1.0 / 3, 1, 3};

  /** The band of {@code risk}: 0 (lowest) to 4. */
  public int band(double risk) {
    for (int band = 0; band < FACTORS.length; band++) {
      if (risk < threshold * FACTORS[band]) {
        return band;
      }
    }
    return FACTORS.length;
  }

  public String colour(double risk) {
    return COLOURS.get(band(risk));
  }

  /** The range of {@code band} in words, e.g. "0.025 ≤ risk < 0.075". */
  public String range(int band) {
    if (band == 0) {
      return "risk < " + Decimals.of(threshold * FACTORS[0]);
    }
    String lower = Decimals.of(threshold * FACTORS[band - 1]) + " ≤ risk";
    return band == FACTORS.length ? lower : lower + " < " + Decimals.of(threshold * FACTORS[band]);
  }
}
