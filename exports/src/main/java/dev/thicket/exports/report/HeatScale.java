package dev.thicket.exports.report;

import dev.thicket.exports.Decimals;
import dev.thicket.model.score.RiskBands;
import java.util.List;

/**
 * How the five {@link RiskBands} look: a fill colour and a name per band, and each band's range
 * in words. Nodes are coloured by the band of the risk removed if they are blocked ({@link
 * dev.thicket.model.score.NodeScore#band}), risk-matrix cells by the band of likelihood × impact.
 */
public record HeatScale(RiskBands bands) {
  /** Fill colours, light to dark, as {@code #rrggbb}; black text stays readable on each. */
  public static final List<String> COLOURS =
      List.of("#d9f0d3", "#f7f4b9", "#fdd49e", "#fc8d59", "#e34a33");

  /** Names of the bands, for legends and text-only formats. */
  public static final List<String> NAMES =
      List.of("very low", "low", "medium", "high", "very high");

  /** The scale of the bands around the high-risk threshold {@code threshold}. */
  public HeatScale(double threshold) {
    this(new RiskBands(threshold));
  }

  /** The colour of the band {@code risk} falls in. */
  public String colour(double risk) {
    return COLOURS.get(bands.band(risk));
  }

  /** The values of {@code band} in words, lower bound included: "0.025 to 0.08333". */
  public String range(int band) {
    if (band == 0) {
      return "below " + Decimals.of(bands.upper(0));
    }
    String lower = Decimals.of(bands.lower(band));
    return band == RiskBands.COUNT - 1 ? lower + " or more"
        : lower + " to " + Decimals.of(bands.upper(band));
  }

  /** "very low below 0.025, low 0.025 to 0.08333, …": every band with its range. */
  public String ranges() {
    StringBuilder text = new StringBuilder();
    for (int band = 0; band < RiskBands.COUNT; band++) {
      text.append(band == 0 ? "" : ", ").append(NAMES.get(band)).append(' ').append(range(band));
    }
    return text.toString();
  }
}
