package dev.thicket.exports.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.thicket.exports.JsonText;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.RangedValue;
import dev.thicket.model.analysis.Spread;
import dev.thicket.model.analysis.TornadoBar;
import dev.thicket.model.analysis.UncertaintyResult;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.VisibleText;
import java.util.List;
import java.util.Locale;

/** A Monte Carlo run as a terminal table or as JSON ({@code thicket uncertainty}). */
public final class UncertaintyReport {
  private UncertaintyReport() {}

  /** The percentile table and the first {@code tornadoBars} bars of the tornado. */
  public static String text(AttackTree tree, UncertaintyResult result, String fileName,
      int tornadoBars) {
    StringBuilder out = new StringBuilder();
    out.append(VisibleText.of(tree.title())).append("  (").append(VisibleText.of(fileName))
        .append(")\n");
    if (result.ranged().isEmpty()) {
      out.append("No estimate is a range, so every sample is the point value. Give a range as "
          + "likelihood: {low: 0.05, likely: 0.1, high: 0.3} (docs/format.md).\n");
    }
    out.append(UncertaintyText.intro(result)).append('\n');
    out.append(UncertaintyText.summary(result)).append("\n\n");
    String spreadFormat = "  %-22s %10s %10s %10s %10s %10s  %s%n";
    out.append(String.format(Locale.ROOT, spreadFormat,
        UncertaintyText.SPREAD_COLUMNS.toArray()));
    for (UncertaintyText.SpreadRow row : UncertaintyText.spreadRows(result)) {
      out.append(String.format(Locale.ROOT, spreadFormat, row.cells().toArray()));
    }
    List<UncertaintyText.TornadoRow> rows =
        UncertaintyText.tornadoRows(tree, result, tornadoBars);
    if (!rows.isEmpty()) {
      out.append('\n').append(UncertaintyText.tornadoIntro()).append('\n');
      String tornadoFormat = "  %10s %10s %10s  %-24s %s%n";
      out.append(String.format(Locale.ROOT, tornadoFormat, "swing", "risk at low",
          "risk at high", "low / likely / high", "estimate"));
      for (UncertaintyText.TornadoRow row : rows) {
        out.append(String.format(Locale.ROOT, tornadoFormat, row.swing(), row.riskAtLow(),
            row.riskAtHigh(), row.range(), VisibleText.of(row.estimate())));
      }
      if (result.tornado().size() > rows.size()) {
        out.append("  … ").append(result.tornado().size() - rows.size())
            .append(" more (--tornado all)\n");
      }
    }
    return out.toString();
  }

  /**
   * {@code {"samples", "seed", "distribution", "highRiskThreshold", "ranged": [value],
   * "modes": {mode: {"probability": spread, "risk": spread, "shareAtOrAboveHighRisk"}},
   * "tornado": [value + "riskAtLow", "riskAtHigh", "swing"]}}; a value is {@code {"kind", "id",
   * "low", "likely", "high"}}, a spread {@code {"mean", "standardDeviation", "p5", "p50",
   * "p95"}}.
   */
  public static String json(UncertaintyResult result) {
    ObjectNode json = JsonText.object();
    json.put("samples", result.options().samples());
    json.put("seed", result.options().seed());
    json.put("distribution", "beta-pert");
    json.put("highRiskThreshold", result.highRiskThreshold());
    var ranged = json.putArray("ranged");
    result.ranged().forEach(value -> ranged.add(value(value)));
    ObjectNode modes = json.putObject("modes");
    for (Mode mode : Mode.values()) {
      ObjectNode entry = modes.putObject(mode.keyword());
      entry.set("probability", spread(result.probability().get(mode)));
      entry.set("risk", spread(result.risk().get(mode)));
      entry.put("shareAtOrAboveHighRisk", result.shareAtOrAboveHighRisk().get(mode));
    }
    var tornado = json.putArray("tornado");
    for (TornadoBar bar : result.tornado()) {
      ObjectNode entry = value(bar.value());
      entry.put("riskAtLow", bar.riskAtLow());
      entry.put("riskAtHigh", bar.riskAtHigh());
      entry.put("swing", bar.swing());
      tornado.add(entry);
    }
    return JsonText.write(json);
  }

  private static ObjectNode value(RangedValue value) {
    ObjectNode json = JsonText.object();
    json.put("kind", value.kind().keyword());
    json.put("id", value.id());
    json.put("low", value.low());
    json.put("likely", value.likely());
    json.put("high", value.high());
    return json;
  }

  private static ObjectNode spread(Spread spread) {
    ObjectNode json = JsonText.object();
    json.put("mean", spread.mean());
    json.put("standardDeviation", spread.standardDeviation());
    json.put("p5", spread.p5());
    json.put("p50", spread.p50());
    json.put("p95", spread.p95());
    return json;
  }
}
