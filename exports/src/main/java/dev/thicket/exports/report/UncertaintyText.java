package dev.thicket.exports.report;

import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.RangedValue;
import dev.thicket.model.analysis.Spread;
import dev.thicket.model.analysis.TornadoBar;
import dev.thicket.model.analysis.UncertaintyResult;
import dev.thicket.model.tree.AttackTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "Uncertainty" section as plain text, the same in the terminal and in every report format:
 * its sentences and the rows of its two tables. Each renderer escapes them for its target.
 */
public final class UncertaintyText {
  public static final String HEADING = "Uncertainty";
  /** Bars a tornado shows at most. */
  public static final int TORNADO_BARS = 15;
  public static final List<String> SPREAD_COLUMNS =
      List.of("", "mean", "std. dev.", "P5", "P50", "P95", "share at or above high risk");
  public static final List<String> TORNADO_COLUMNS =
      List.of("estimate", "low / likely / high", "risk at low", "risk at high", "swing");

  private UncertaintyText() {}

  /** One row of the percentile table: a quantity ("residual risk") and its spread. */
  public record SpreadRow(String quantity, String mean, String deviation, String p5, String p50,
      String p95, String shareAtOrAboveHighRisk) {
    public List<String> cells() {
      return List.of(quantity, mean, deviation, p5, p50, p95, shareAtOrAboveHighRisk);
    }
  }

  /** One row of the tornado table. */
  public record TornadoRow(String estimate, String range, String riskAtLow, String riskAtHigh,
      String swing) {
    public List<String> cells() {
      return List.of(estimate, range, riskAtLow, riskAtHigh, swing);
    }
  }

  /** How the numbers were obtained, in two sentences. */
  public static String intro(UncertaintyResult result) {
    int ranged = result.ranged().size();
    return String.format(Locale.ROOT, "%,d samples (seed %d) of the %d estimate%s given as a "
        + "range (low, likely, high), each drawn from a Beta-PERT distribution; every sample's "
        + "risk is exact. The point analysis uses the most likely values.",
        result.options().samples(), result.options().seed(), ranged, ranged == 1 ? "" : "s");
  }

  /** "In 90 % of the samples the residual risk lies between 0.2 and 0.7 (median 0.4)." */
  public static String summary(UncertaintyResult result) {
    Spread risk = result.risk().get(Mode.RESIDUAL);
    return "In 90 % of the samples the residual risk lies between " + Decimals.of(risk.p5())
        + " and " + Decimals.of(risk.p95()) + " (median " + Decimals.of(risk.p50()) + "); "
        + percent(result.shareAtOrAboveHighRisk().get(Mode.RESIDUAL))
        + " of the samples are at or above the high-risk threshold "
        + Decimals.of(result.highRiskThreshold()) + ".";
  }

  /** Risk, then probability, of every mode. */
  public static List<SpreadRow> spreadRows(UncertaintyResult result) {
    List<SpreadRow> rows = new ArrayList<>();
    for (Mode mode : Mode.values()) {
      rows.add(row(mode.keyword() + " risk", result.risk().get(mode),
          percent(result.shareAtOrAboveHighRisk().get(mode))));
    }
    for (Mode mode : Mode.values()) {
      rows.add(row(mode.keyword() + " probability", result.probability().get(mode), ""));
    }
    return rows;
  }

  private static SpreadRow row(String quantity, Spread spread, String share) {
    return new SpreadRow(quantity, Decimals.of(spread.mean()),
        Decimals.of(spread.standardDeviation()), Decimals.of(spread.p5()),
        Decimals.of(spread.p50()), Decimals.of(spread.p95()), share);
  }

  /** What the tornado shows. */
  public static String tornadoIntro() {
    return "Which estimates matter: the residual risk with one estimate at its low and at its "
        + "high end, every other at its most likely value; the widest swing first.";
  }

  /** The first {@code limit} bars of the tornado, as rows. */
  public static List<TornadoRow> tornadoRows(AttackTree tree, UncertaintyResult result,
      int limit) {
    List<TornadoRow> rows = new ArrayList<>();
    for (TornadoBar bar : result.tornado().subList(0, Math.min(limit, result.tornado().size()))) {
      RangedValue value = bar.value();
      rows.add(new TornadoRow(label(tree, value), Decimals.of(value.low()) + " / "
          + Decimals.of(value.likely()) + " / " + Decimals.of(value.high()),
          Decimals.of(bar.riskAtLow()), Decimals.of(bar.riskAtHigh()), Decimals.of(bar.swing())));
    }
    return rows;
  }

  /** "Exploit a dependency vulnerability (likelihood)": the title of what the estimate is of. */
  public static String label(AttackTree tree, RangedValue value) {
    String title = value.kind() == RangedValue.Kind.EFFECTIVENESS
        ? tree.mitigations().get(value.id()).title() : tree.node(value.id()).title();
    return title + " (" + value.kind().keyword() + ")";
  }

  /**
   * The residual-risk samples in {@code bins} equal bins from the smallest to the largest: the
   * count of each, and the lower edge of each plus the upper edge of the last.
   */
  public record Histogram(int[] counts, double[] edges) {}

  public static Histogram histogram(UncertaintyResult result, int bins) {
    double[] samples = result.residualRiskSamples();
    double min = java.util.Arrays.stream(samples).min().orElse(0);
    double max = java.util.Arrays.stream(samples).max().orElse(0);
    double width = max > min ? (max - min) / bins : 1;
    int[] counts = new int[bins];
    for (double sample : samples) {
      counts[Math.min(bins - 1, (int) ((sample - min) / width))]++;
    }
    double[] edges = new double[bins + 1];
    for (int i = 0; i <= bins; i++) {
      edges[i] = min + i * width;
    }
    return new Histogram(counts, edges);
  }

  private static String percent(double share) {
    return Decimals.of(100 * share) + " %";
  }
}
