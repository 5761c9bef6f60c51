package dev.thicket.exports.pdf;

import dev.thicket.exports.diagram.Diagram.Box;
import dev.thicket.exports.diagram.Diagram.LegendItem;
import dev.thicket.exports.diagram.Diagram.LegendKind;
import dev.thicket.exports.diagram.DiagramStyle;
import dev.thicket.exports.fonts.ReportFont;
import dev.thicket.exports.pdf.PdfDiagram.Viewport;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Boxes and legend entries of a diagram, drawn through a {@link Viewport}. */
final class PdfDiagramShapes {
  private PdfDiagramShapes() {}

  static void box(PdfPages pages, Box box, Viewport view) throws IOException {
    PDPageContentStream content = pages.content();
    double scale = view.scale();
    pages.fill(box.fill());
    pages.stroke(box.critical() ? DiagramStyle.CRITICAL : DiagramStyle.BORDER,
        (float) ((box.critical() ? DiagramStyle.CRITICAL_WIDTH : DiagramStyle.BORDER_WIDTH)
            * scale));
    content.addRect(view.x(box.x()), view.y(box.y() + box.height()),
        (float) (box.width() * scale), (float) (box.height() * scale));
    content.fillAndStroke();
    if (box.critical()) {
      double right = box.x() + box.width();
      pages.fill(DiagramStyle.CRITICAL);
      content.moveTo(view.x(right - DiagramStyle.CRITICAL_MARK), view.y(box.y()));
      content.lineTo(view.x(right), view.y(box.y()));
      content.lineTo(view.x(right), view.y(box.y() + DiagramStyle.CRITICAL_MARK));
      content.closePath();
      content.fill();
    }
    pages.fill(DiagramStyle.TEXT);
    double middle = box.x() + box.width() / 2;
    double baseline = box.y() + DiagramStyle.PADDING + DiagramStyle.TITLE_SIZE;
    for (String line : box.titleLines()) {
      centred(pages, line, DiagramStyle.TITLE_SIZE, middle, baseline, view);
      baseline += DiagramStyle.TITLE_LEADING;
    }
    pages.fill("#333333");
    for (int line = 0; line < box.infoLines().size(); line++) {
      centred(pages, box.infoLines().get(line), DiagramStyle.INFO_SIZE, middle,
          box.infoBaseline(line), view);
    }
  }

  static void legend(PdfPages pages, LegendItem item, Viewport view) throws IOException {
    PDPageContentStream content = pages.content();
    double size = DiagramStyle.LEGEND_SYMBOL;
    double middle = item.y() + size / 2;
    double textX = item.x() + 2 * size + 6;
    switch (item.kind()) {
      case NOTE -> textX = item.x();
      case HEAT -> {
        pages.fill(item.fill());
        pages.stroke(DiagramStyle.BORDER, (float) (0.5 * view.scale()));
        content.addRect(view.x(item.x()), view.y(item.y() + size),
            (float) (2 * size * view.scale()), (float) (size * view.scale()));
        content.fillAndStroke();
      }
      case HIGH_RISK_LINK, SHARED_LINK -> {
        boolean highRisk = item.kind() == LegendKind.HIGH_RISK_LINK;
        pages.stroke(highRisk ? DiagramStyle.HIGH_RISK : DiagramStyle.LINK,
            (float) ((highRisk ? DiagramStyle.HIGH_RISK_WIDTH : DiagramStyle.LINK_WIDTH)
                * view.scale()));
        content.setLineDashPattern(highRisk ? new float[0]
            : new float[] {(float) (5 * view.scale()), (float) (3 * view.scale())}, 0);
        content.moveTo(view.x(item.x()), view.y(middle));
        content.lineTo(view.x(item.x() + 2 * size), view.y(middle));
        content.stroke();
        content.setLineDashPattern(new float[0], 0);
      }
      case CRITICAL -> {
        pages.fill("#ffffff");
        pages.stroke(DiagramStyle.CRITICAL, (float) (DiagramStyle.CRITICAL_WIDTH * view.scale()));
        content.addRect(view.x(item.x() + 1), view.y(item.y() + size - 1),
            (float) ((2 * size - 2) * view.scale()), (float) ((size - 2) * view.scale()));
        content.fillAndStroke();
      }
      default -> throw new IllegalStateException("unknown legend kind " + item.kind());
    }
    pages.fill(DiagramStyle.TEXT);
    pages.text(item.label(), ReportFont.REGULAR, (float) (DiagramStyle.LEGEND_SIZE * view.scale()),
        view.x(textX), view.y(middle + DiagramStyle.LEGEND_SIZE / 2 - 1));
  }

  private static void centred(PdfPages pages, String line, float size, double middle,
      double baseline, Viewport view) {
    float scaled = (float) (size * view.scale());
    float width = ReportFont.REGULAR.width(line, scaled);
    pages.text(line, ReportFont.REGULAR, scaled, view.x(middle) - width / 2, view.y(baseline));
  }
}
