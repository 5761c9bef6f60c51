package dev.thicket.exports.pdf;

import dev.thicket.exports.diagram.FundingChartLayout;
import dev.thicket.exports.fonts.ReportFont;
import dev.thicket.exports.pdf.PdfTable.Column;
import dev.thicket.exports.report.FundingText;
import dev.thicket.exports.report.Report;
import dev.thicket.model.analysis.PlanFront;
import dev.thicket.model.tree.Mitigation;
import java.util.ArrayList;
import java.util.List;

/** The "What to fund" section of {@link PdfReport}: sentences, the front as a table, a chart. */
final class PdfFunding {
  private static final float BODY = 9;
  private static final float CHART_HEIGHT = 300;
  private static final String BEST_FILL = "#dcf0dc";

  private PdfFunding() {}

  static void section(PdfPages pages, Report report) {
    pages.heading(FundingText.HEADING, PdfReport.headingSize(), 60);
    if (report.funding().front().isEmpty()) {
      pages.paragraph(FundingText.unavailable(report.funding()), ReportFont.REGULAR, BODY);
      return;
    }
    PlanFront front = report.funding().front().get();
    if (front.candidates().isEmpty()) {
      pages.paragraph(FundingText.noCandidates(), ReportFont.REGULAR, BODY);
    } else {
      pages.paragraph(FundingText.intro(front), ReportFont.REGULAR, BODY);
      FundingText.budget(report, front)
          .ifPresent(sentence -> pages.paragraph(sentence, ReportFont.BOLD, BODY));
      FundingText.planned(report, front)
          .ifPresent(sentence -> pages.paragraph(sentence, ReportFont.REGULAR, BODY));
      FundingText.rowsNote(report, front)
          .ifPresent(sentence -> pages.paragraph(sentence, ReportFont.REGULAR, BODY));
      table(pages, report);
      FundingChartLayout.of(report, pages.width(), CHART_HEIGHT, BODY)
          .ifPresent(chart -> PdfChart.draw(pages, chart));
      pages.paragraph("Candidates", ReportFont.BOLD, BODY);
      for (Mitigation candidate : FundingText.candidates(report, front)) {
        pages.paragraph("• " + candidate.id() + ": " + FundingText.candidate(candidate),
            ReportFont.REGULAR, BODY);
      }
    }
    FundingText.uncosted(report, front)
        .ifPresent(sentence -> pages.paragraph(sentence, ReportFont.REGULAR, BODY));
  }

  private static void table(PdfPages pages, Report report) {
    List<FundingText.Row> rows = FundingText.rows(report);
    List<List<String>> cells = new ArrayList<>();
    for (FundingText.Row row : rows) {
      cells.add(List.of(row.plan(), row.cost(), row.risk(), row.reduction(),
          row.mitigations().isEmpty() ? "none" : String.join(", ", row.mitigations())));
    }
    List<String> headers = FundingText.COLUMNS;
    new PdfTable(List.of(new Column(headers.get(0), 1.6f, false),
        new Column(headers.get(1), 0.7f, true), new Column(headers.get(2), 0.8f, true),
        new Column(headers.get(3), 0.9f, true), new Column(headers.get(4), 5, false)),
        PdfReport.tableSize()).draw(pages, cells, row -> rows.get(row).best() ? BEST_FILL : null);
  }
}
