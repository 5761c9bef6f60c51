package dev.thicket.exports.pdf;

import dev.thicket.exports.diagram.UncertaintyChartLayout;
import dev.thicket.exports.fonts.ReportFont;
import dev.thicket.exports.pdf.PdfTable.Column;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.UncertaintyText;
import dev.thicket.model.analysis.UncertaintyResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Uncertainty" section of {@link PdfReport}, for trees with ranges: sentences, the
 * percentile table, the histogram of the residual risk, the tornado chart and its numbers.
 */
final class PdfUncertainty {
  private static final float BODY = 9;
  private static final float HISTOGRAM_HEIGHT = 260;

  private PdfUncertainty() {}

  static void section(PdfPages pages, Report report) {
    if (report.uncertainty().isEmpty()) {
      return;
    }
    UncertaintyResult result = report.uncertainty().get();
    pages.heading(UncertaintyText.HEADING, PdfReport.headingSize(), 60);
    pages.paragraph(UncertaintyText.intro(result), ReportFont.REGULAR, BODY);
    pages.paragraph(UncertaintyText.summary(result), ReportFont.BOLD, BODY);
    List<List<String>> spread = new ArrayList<>();
    UncertaintyText.spreadRows(result).forEach(row -> spread.add(row.cells()));
    List<String> headers = UncertaintyText.SPREAD_COLUMNS;
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(headers.get(0), 1.8f, false));
    for (int i = 1; i < headers.size(); i++) {
      columns.add(new Column(headers.get(i), i == headers.size() - 1 ? 1.6f : 0.8f, true));
    }
    new PdfTable(columns, PdfReport.tableSize()).draw(pages, spread, row -> null);
    UncertaintyChartLayout.histogram(report, pages.width(), HISTOGRAM_HEIGHT, BODY)
        .ifPresent(chart -> PdfChart.draw(pages, chart));
    UncertaintyChartLayout.tornado(report, pages.width(), BODY)
        .ifPresent(chart -> PdfChart.draw(pages, chart));
    List<List<String>> tornado = new ArrayList<>();
    UncertaintyText.tornadoRows(report.tree(), result, UncertaintyText.TORNADO_BARS)
        .forEach(row -> tornado.add(row.cells()));
    if (!tornado.isEmpty()) {
      List<String> names = UncertaintyText.TORNADO_COLUMNS;
      new PdfTable(List.of(new Column(names.get(0), 4, false), new Column(names.get(1), 1.4f,
          false), new Column(names.get(2), 0.8f, true), new Column(names.get(3), 0.8f, true),
          new Column(names.get(4), 0.7f, true)), PdfReport.tableSize())
          .draw(pages, tornado, row -> null);
    }
  }
}
