package dev.thicket.exports.diagram;

import static dev.thicket.exports.diagram.DiagramStyle.LEGEND_ROW;
import static dev.thicket.exports.diagram.DiagramStyle.LEGEND_SIZE;
import static dev.thicket.exports.diagram.DiagramStyle.LEGEND_SYMBOL;
import static dev.thicket.exports.diagram.DiagramStyle.MARGIN;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.diagram.Diagram.LegendItem;
import dev.thicket.exports.diagram.Diagram.LegendKind;
import dev.thicket.exports.fonts.ReportFont;
import dev.thicket.exports.report.HeatScale;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.ReportText;
import java.util.ArrayList;
import java.util.List;

/** The legend under a diagram, flowed into rows no wider than the diagram. */
record DiagramLegend(List<LegendItem> items, double width, double bottom) {

  static DiagramLegend of(Report report, double maxWidth, double top) {
    HeatScale heat = report.heat();
    List<LegendItem> items = new ArrayList<>();
    double y = top;
    items.add(new LegendItem(LegendKind.NOTE, null, ReportText.colourCaption(report), MARGIN,
        y));
    y += LEGEND_ROW;
    List<LegendItem> row = new ArrayList<>();
    for (int band = 0; band < HeatScale.COLOURS.size(); band++) {
      row.add(new LegendItem(LegendKind.HEAT, HeatScale.COLOURS.get(band),
          HeatScale.NAMES.get(band) + ": " + heat.range(band), 0, 0));
    }
    row.add(new LegendItem(LegendKind.HIGH_RISK_LINK, null, "on a high-risk path", 0, 0));
    row.add(new LegendItem(LegendKind.SHARED_LINK, null, "further parent of a shared node", 0,
        0));
    row.add(new LegendItem(LegendKind.CRITICAL, null, "critical node (Fussell–Vesely ≥ "
        + Decimals.of(report.result().criticalThreshold()) + ")", 0, 0));
    double x = MARGIN;
    double widest = 0;
    for (LegendItem item : row) {
      double width = LEGEND_SYMBOL * 2 + 6 + 14
          + ReportFont.REGULAR.width(item.label(), LEGEND_SIZE) * DiagramStyle.FONT_SLACK;
      if (x > MARGIN && x + width > maxWidth - MARGIN) {
        x = MARGIN;
        y += LEGEND_ROW;
      }
      items.add(new LegendItem(item.kind(), item.fill(), item.label(), x, y));
      x += width;
      widest = Math.max(widest, x);
    }
    return new DiagramLegend(items, Math.max(widest, maxWidth), y + LEGEND_ROW);
  }
}
