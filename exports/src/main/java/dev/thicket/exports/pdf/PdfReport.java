package dev.thicket.exports.pdf;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.fonts.ReportFont;
import dev.thicket.exports.pdf.PdfTable.Column;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.ReportMethod;
import dev.thicket.exports.report.ReportText;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * A report as a PDF for paper: A4 or Letter, a header and "Page i of n" on every page, tables
 * whose header row repeats across page breaks, the tree diagram and charts as vector graphics,
 * and Liberation Sans embedded (subset) so it prints the same anywhere. Characters the font
 * lacks are drawn as {@code ?}. A pure function of the report (no file, no network).
 */
public final class PdfReport {
  private static final float BODY = 9;
  private static final float TABLE = 7.5f;
  private static final float H1 = 14;

  private PdfReport() {}

  public static byte[] render(Report report, Paper paper) {
    try (PDDocument document = new PDDocument();
        PdfPages pages = new PdfPages(document, paper)) {
      info(document, report);
      firstPage(pages, report);
      PdfDiagram.draw(pages, report);
      pages.newPage(false);
      PdfSections.scenarios(pages, report);
      pages.heading("Critical nodes", H1, 60);
      PdfSections.criticalNodes(pages, report);
      PdfCharts.fussellVesely(pages, report);
      pages.heading("Risk matrix", H1, 120);
      PdfCharts.riskMatrix(pages, report);
      PdfAttackers.section(pages, report);
      PdfSections.mitigations(pages, report);
      PdfFunding.section(pages, report);
      PdfUncertainty.section(pages, report);
      PdfSections.catalogue(pages, report);
      pages.heading("Method", H1, 40);
      for (ReportMethod.Paragraph paragraph : ReportMethod.of(report)) {
        pages.paragraph(paragraph.title(), ReportFont.BOLD, BODY);
        pages.paragraph(paragraph.text(), ReportFont.REGULAR, BODY);
      }
      pages.paragraph("Text is set in Liberation Sans; characters it lacks (Chinese, Japanese, "
          + "Korean and other scripts) in a font of the computer that made the report, when one "
          + "has them, otherwise as their code, e.g. [U+1F333].", ReportFont.REGULAR, BODY);
      pages.finish("Risk report: " + report.tree().title(), report.source().fileName() + " · "
          + report.source().date() + " · SHA-256 " + report.source().shortHash() + " · "
          + report.mode().keyword());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the PDF", e);
    }
  }

  private static void info(PDDocument document, Report report) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle("Risk report: " + report.tree().title());
    info.setCreator("Thicket");
  }

  private static void firstPage(PdfPages pages, Report report) {
    pages.newPage(false);
    pages.paragraph("Risk report", ReportFont.BOLD, 20);
    pages.paragraph(report.tree().title(), ReportFont.BOLD, H1);
    List<List<String>> facts = List.of(
        List.of("File", report.source().fileName()),
        List.of("Date", report.source().date().toString()),
        List.of("SHA-256", report.source().shortHash() + " (first 12 hex digits)"),
        List.of("Mode", ReportText.mode(report.mode())));
    new PdfTable(List.of(new Column("", 1, false), new Column("", 5, false)), BODY)
        .draw(pages, facts, row -> null);
    if (report.tree().description() != null) {
      pages.paragraph(report.tree().description(), ReportFont.REGULAR, BODY);
    }
    pages.heading("Summary", H1, 80);
    List<List<String>> modes = new ArrayList<>();
    for (Mode mode : Mode.values()) {
      modes.add(List.of(mode.keyword(), Decimals.of(report.result().probability().get(mode)),
          Decimals.of(report.result().risk().get(mode))));
    }
    new PdfTable(List.of(new Column("mode", 2, false), new Column("probability", 1, true),
        new Column("risk", 1, true)), BODY).draw(pages, modes,
        row -> Mode.values()[row] == report.mode() ? "#fff3cd" : null);
    pages.paragraph(ReportText.scenarioCounts(report), ReportFont.REGULAR, BODY);
    int top = Math.min(3, report.scenarios().size());
    if (top > 0) {
      pages.paragraph("Top risks (" + report.mode().keyword() + ")", ReportFont.BOLD, BODY);
      for (int rank = 1; rank <= top; rank++) {
        pages.paragraph(rank + ". " + ReportText.topRisk(report, rank), ReportFont.REGULAR,
            BODY);
      }
    }
    if (!report.result().unestimated().isEmpty()) {
      pages.paragraph("Not estimated yet (computed with the medium level): "
          + String.join(", ", report.result().unestimated()) + ".", ReportFont.REGULAR, BODY);
    }
  }

  static float tableSize() {
    return TABLE;
  }

  static float headingSize() {
    return H1;
  }

  static String highRiskFill(Scenario scenario) {
    return scenario.highRisk() ? "#fde0dc" : null;
  }
}
