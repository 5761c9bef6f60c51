package dev.thicket.exports.markdown;

import static dev.thicket.exports.MarkdownText.escape;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.UncertaintyText;
import dev.thicket.model.analysis.UncertaintyResult;
import java.util.Locale;

/**
 * The "Uncertainty" section of {@link MarkdownReport}, for trees with ranges: the percentile
 * table, the histogram of the residual risk (a Mermaid bar chart) and the tornado as a table.
 */
final class MarkdownUncertainty {
  static final int BINS = 20;

  private MarkdownUncertainty() {}

  static void section(StringBuilder md, Report report) {
    if (report.uncertainty().isEmpty()) {
      return;
    }
    UncertaintyResult result = report.uncertainty().get();
    md.append("## ").append(UncertaintyText.HEADING).append("\n\n");
    md.append(escape(UncertaintyText.intro(result))).append("\n\n");
    md.append("**").append(escape(UncertaintyText.summary(result))).append("**\n\n");
    md.append("| ").append(String.join(" | ", UncertaintyText.SPREAD_COLUMNS))
        .append(" |\n|---|---:|---:|---:|---:|---:|---:|\n");
    for (UncertaintyText.SpreadRow row : UncertaintyText.spreadRows(result)) {
      md.append("| ").append(String.join(" | ", row.cells())).append(" |\n");
    }
    md.append('\n');
    histogram(md, result);
    md.append(escape(UncertaintyText.tornadoIntro())).append("\n\n");
    md.append("| ").append(String.join(" | ", UncertaintyText.TORNADO_COLUMNS))
        .append(" |\n|---|---|---:|---:|---:|\n");
    for (UncertaintyText.TornadoRow row : UncertaintyText.tornadoRows(report.tree(), result,
        UncertaintyText.TORNADO_BARS)) {
      md.append("| ").append(escape(row.estimate())).append(" | ").append(row.range())
          .append(" | ").append(row.riskAtLow()).append(" | ").append(row.riskAtHigh())
          .append(" | ").append(row.swing()).append(" |\n");
    }
    md.append('\n');
  }

  /** The residual risk of the samples in {@link #BINS} bins, as a Mermaid bar chart. */
  private static void histogram(StringBuilder md, UncertaintyResult result) {
    UncertaintyText.Histogram histogram = UncertaintyText.histogram(result, BINS);
    StringBuilder centres = new StringBuilder();
    StringBuilder counts = new StringBuilder();
    for (int i = 0; i < histogram.counts().length; i++) {
      String separator = i == 0 ? "" : ", ";
      centres.append(separator).append('"')
          .append(Decimals.of((histogram.edges()[i] + histogram.edges()[i + 1]) / 2)).append('"');
      counts.append(separator).append(histogram.counts()[i]);
    }
    md.append("```mermaid\nxychart-beta\n")
        .append(String.format(Locale.ROOT, "  title \"Residual risk of %,d samples\"%n",
            result.options().samples()))
        .append("  x-axis \"residual risk (bin centre)\" [").append(centres).append("]\n")
        .append("  y-axis \"samples\"\n")
        .append("  bar [").append(counts).append("]\n```\n\n");
  }
}
