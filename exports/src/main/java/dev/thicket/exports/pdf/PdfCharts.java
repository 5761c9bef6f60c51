package dev.thicket.exports.pdf;

import dev.thicket.exports.Decimals;
import dev.thicket.exports.diagram.DiagramStyle;
import dev.thicket.exports.fonts.ReportFont;
import dev.thicket.exports.fonts.TextWrapper;
import dev.thicket.exports.report.HeatScale;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.RiskMatrix;
import dev.thicket.model.analysis.NodeImportance;
import dev.thicket.model.score.NodeScore;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** The Fussell–Vesely bar chart and the risk matrix of a PDF report. */
final class PdfCharts {
  /** Bars shown at most, the most important first. */
  static final int MAX_BARS = 20;
  private static final float SIZE = 7.5f;
  private static final float BAR = 11;
  private static final float LABEL = 150;

  private PdfCharts() {}

  static void fussellVesely(PdfPages pages, Report report) throws IOException {
    List<NodeImportance> nodes = report.scored().nodes().stream().map(NodeScore::importance)
        .filter(node -> node.fussellVesely() != null)
        .sorted(Comparator.comparingDouble((NodeImportance node) -> -node.fussellVesely()))
        .limit(MAX_BARS).toList();
    pages.ensure(nodes.size() * BAR + 60);
    pages.paragraph("Fussell–Vesely importance (" + report.mode().keyword() + "): the share "
        + "of the goal's risk removed if the node is blocked, for the " + nodes.size()
        + " most important nodes; blue bars are critical, the dashed line is the threshold "
        + Decimals.of(report.result().criticalThreshold()) + ".", ReportFont.REGULAR, 8);
    pages.ensure(nodes.size() * BAR + 20);
    PDPageContentStream content = pages.content();
    float axis = pages.left() + LABEL;
    float length = pages.width() - LABEL - 40;
    float top = pages.y();
    for (NodeImportance node : nodes) {
      float baseline = pages.y() - BAR + 3;
      String label = TextWrapper.wrap(node.id() + " " + node.title(), ReportFont.REGULAR, SIZE,
          LABEL - 6, 1).get(0);
      pages.fill(DiagramStyle.TEXT);
      pages.text(label, ReportFont.REGULAR, SIZE, pages.left(), baseline);
      float bar = (float) (Math.min(1, Math.max(0, node.fussellVesely())) * length);
      pages.fill(node.critical() ? DiagramStyle.CRITICAL : "#9e9e9e");
      content.addRect(axis, pages.y() - BAR + 2, Math.max(bar, 0.5f), BAR - 3);
      content.fill();
      pages.fill(DiagramStyle.TEXT);
      pages.text(Decimals.of(node.fussellVesely()), ReportFont.REGULAR, SIZE, axis + bar + 3,
          baseline);
      pages.moveDown(BAR);
    }
    pages.stroke("#555555", 0.5f);
    content.moveTo(axis, top);
    content.lineTo(axis, pages.y());
    content.stroke();
    float threshold = axis + (float) (report.result().criticalThreshold() * length);
    content.setLineDashPattern(new float[] {3, 2}, 0);
    content.moveTo(threshold, top);
    content.lineTo(threshold, pages.y());
    content.stroke();
    content.setLineDashPattern(new float[0], 0);
    for (int tick = 0; tick <= 4; tick++) {
      String value = Decimals.of(tick / 4.0);
      pages.text(value, ReportFont.REGULAR, 6.5f, axis + tick * length / 4
          - ReportFont.REGULAR.width(value, 6.5f) / 2, pages.y() - 9);
    }
    pages.moveDown(20);
  }

  static void riskMatrix(PdfPages pages, Report report) throws IOException {
    RiskMatrix matrix = report.riskMatrix();
    float cell = Math.min(90, (pages.width() - LABEL) / matrix.impact().size());
    float rowHeight = 30;
    pages.ensure((matrix.likelihood().size() + 2) * rowHeight);
    PDPageContentStream content = pages.content();
    float x0 = pages.left() + LABEL;
    pages.fill(DiagramStyle.TEXT);
    pages.text("likelihood / impact", ReportFont.BOLD, SIZE, pages.left(), pages.y() - 12);
    for (int column = 0; column < matrix.impact().size(); column++) {
      RiskMatrix.Level level = matrix.impact().get(column);
      centred(pages, level.name() + " (" + Decimals.of(level.value()) + ")", ReportFont.BOLD,
          x0 + column * cell + cell / 2, pages.y() - 12, cell - 4);
    }
    pages.moveDown(rowHeight * 0.6f);
    for (int row = matrix.likelihood().size() - 1; row >= 0; row--) {
      RiskMatrix.Level level = matrix.likelihood().get(row);
      float top = pages.y();
      pages.fill(DiagramStyle.TEXT);
      pages.text(TextWrapper.wrap(level.name() + " (" + Decimals.of(level.value()) + ")",
          ReportFont.BOLD, SIZE, LABEL - 6, 1).get(0), ReportFont.BOLD, SIZE, pages.left(),
          top - rowHeight / 2 - 3);
      for (int column = 0; column < matrix.impact().size(); column++) {
        double value = level.value() * matrix.impact().get(column).value();
        pages.fill(report.heat().colour(value));
        pages.stroke("#ffffff", 1.5f);
        content.addRect(x0 + column * cell, top - rowHeight, cell, rowHeight);
        content.fillAndStroke();
        List<Integer> ranks = matrix.ranks(row, column);
        if (!ranks.isEmpty()) {
          pages.fill(DiagramStyle.TEXT);
          String text = ranks.stream().map(rank -> "#" + rank).collect(Collectors.joining(" "));
          centred(pages, text, ReportFont.BOLD, x0 + column * cell + cell / 2,
              top - rowHeight / 2 - 3, cell - 4);
        }
      }
      pages.moveDown(rowHeight);
    }
    pages.moveDown(6);
    List<String> bands = new java.util.ArrayList<>();
    for (int band = 0; band < HeatScale.NAMES.size(); band++) {
      bands.add(HeatScale.NAMES.get(band) + ": " + report.heat().range(band));
    }
    pages.paragraph("Cells show the ranks of the listed scenarios; colour bands of likelihood × "
        + "impact: " + String.join("; ", bands) + ".", ReportFont.REGULAR, 7.5f);
  }

  private static void centred(PdfPages pages, String text, ReportFont font, float middle,
      float baseline, float width) {
    String line = TextWrapper.wrap(text, font, SIZE, width, 1).get(0);
    pages.text(line, font, SIZE, middle - font.width(line, SIZE) / 2, baseline);
  }
}
