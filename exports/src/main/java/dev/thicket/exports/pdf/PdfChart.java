package dev.thicket.exports.pdf;

import dev.thicket.exports.diagram.Chart;
import dev.thicket.exports.diagram.Chart.Label;
import dev.thicket.exports.diagram.Chart.Line;
import dev.thicket.exports.diagram.Chart.Mark;
import dev.thicket.exports.fonts.ReportFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** A {@link Chart} drawn at the cursor, as vector graphics, moving the cursor under it. */
final class PdfChart {
  /** Bézier control distance for a quarter circle, as a share of the radius. */
  private static final float KAPPA = 0.5523f;

  private final PdfPages pages;
  private final float left;
  private final float top;

  private PdfChart(PdfPages pages) {
    this.pages = pages;
    this.left = pages.left();
    this.top = pages.y();
  }

  static void draw(PdfPages pages, Chart chart) {
    pages.ensure((float) chart.height());
    PdfChart drawing = new PdfChart(pages);
    try {
      for (Line line : chart.lines()) {
        drawing.line(line);
      }
      for (Mark mark : chart.marks()) {
        drawing.mark(mark);
      }
      for (Label label : chart.labels()) {
        drawing.label(label);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pages.moveDown((float) chart.height());
  }

  private float x(double chartX) {
    return (float) (left + chartX);
  }

  private float y(double chartY) {
    return (float) (top - chartY);
  }

  private void line(Line line) throws IOException {
    PDPageContentStream content = pages.content();
    pages.stroke(line.colour(), (float) line.width());
    content.setLineDashPattern(line.dashed() ? new float[] {6, 4} : new float[0], 0);
    for (int i = 0; i < line.points().size(); i++) {
      Chart.Point point = line.points().get(i);
      if (i == 0) {
        content.moveTo(x(point.x()), y(point.y()));
      } else {
        content.lineTo(x(point.x()), y(point.y()));
      }
    }
    content.stroke();
    content.setLineDashPattern(new float[0], 0);
  }

  private void mark(Mark mark) throws IOException {
    PDPageContentStream content = pages.content();
    float x = x(mark.centre().x());
    float y = y(mark.centre().y());
    float r = (float) mark.radius();
    pages.fill(mark.colour());
    switch (mark.shape()) {
      case DOT -> {
        circle(content, x, y, r);
        content.fill();
      }
      case RING -> {
        pages.stroke(mark.colour(), r / 4);
        circle(content, x, y, r);
        content.stroke();
      }
      case SQUARE -> {
        content.addRect(x - r, y - r, 2 * r, 2 * r);
        content.fill();
      }
      case DIAMOND -> {
        content.moveTo(x, y + r);
        content.lineTo(x + r, y);
        content.lineTo(x, y - r);
        content.lineTo(x - r, y);
        content.closePath();
        content.fill();
      }
      default -> throw new IllegalStateException("unknown shape " + mark.shape());
    }
  }

  private static void circle(PDPageContentStream content, float x, float y, float r)
      throws IOException {
    float k = KAPPA * r;
    content.moveTo(x + r, y);
    content.curveTo(x + r, y + k, x + k, y + r, x, y + r);
    content.curveTo(x - k, y + r, x - r, y + k, x - r, y);
    content.curveTo(x - r, y - k, x - k, y - r, x, y - r);
    content.curveTo(x + k, y - r, x + r, y - k, x + r, y);
    content.closePath();
  }

  private void label(Label label) throws IOException {
    ReportFont font = label.bold() ? ReportFont.BOLD : ReportFont.REGULAR;
    float width = font.width(label.text(), label.size());
    float start = x(label.baseline().x()) - switch (label.anchor()) {
      case START -> 0;
      case MIDDLE -> width / 2;
      case END -> width;
    };
    float baseline = y(label.baseline().y());
    if (label.background()) {
      pages.fill("#ffffff");
      pages.content().addRect(start - 1, baseline - label.size() * 0.3f, width + 2,
          label.size() * 1.3f);
      pages.content().fill();
    }
    pages.fill(label.colour());
    pages.text(label.text(), font, label.size(), start, baseline);
  }
}
