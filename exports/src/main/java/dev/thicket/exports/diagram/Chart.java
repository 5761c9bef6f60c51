package dev.thicket.exports.diagram;

import dev.thicket.exports.fonts.ReportFont;
import java.util.List;
import java.util.Locale;

/**
 * A chart of a report in points, y growing downwards, ready to draw: lines (a bar is a thick line
 * with square ends), marked points and labels, each with the {@link Role} it plays. Made by
 * {@link FundingChartLayout} (what to fund), {@link AttackerChartLayout} (risk per attacker) and
 * {@link UncertaintyChartLayout} (histogram, tornado); drawn by {@link SvgDiagram} (under the
 * tree) and by the PDF writer.
 *
 * @param name what the chart is ("funding", "histogram", "tornado", "attackers"): the SVG
 *     group's class
 */
public record Chart(String name, double width, double height, List<Line> lines,
    List<Mark> marks, List<Label> labels) {

  public Chart {
    lines = List.copyOf(lines);
    marks = List.copyOf(marks);
    labels = List.copyOf(labels);
  }

  /** What an element shows; its {@link #keyword} is the SVG element's class. */
  public enum Role {
    GRID, AXIS, FRONT, BUDGET, PLAN, TODAY, PLANNED, BEST, TICK, TITLE, CAPTION,
    /** A histogram bar, a tornado bar, the line of a percentile or of the high-risk threshold. */
    BAR, SWING, PERCENTILE, THRESHOLD;

    public String keyword() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public record Point(double x, double y) {}

  /** A polyline. */
  public record Line(Role role, List<Point> points, String colour, double width, boolean dashed) {
    public Line {
      points = List.copyOf(points);
    }
  }

  /** How a mark is drawn: filled circle, filled square, filled diamond, or a circle's outline. */
  public enum Shape { DOT, SQUARE, DIAMOND, RING }

  /**
   * A marked point.
   *
   * @param radius half the mark's width
   * @param note what the point is, in words (a tooltip in the SVG)
   */
  public record Mark(Role role, Shape shape, Point centre, double radius, String colour,
      String note) {}

  /** Where a label's anchor point is: at the text's start, middle or end. */
  public enum Anchor { START, MIDDLE, END }

  /**
   * A line of text.
   *
   * @param baseline the anchor point on the baseline
   * @param background whether a white box behind the text keeps it readable over lines
   */
  public record Label(Role role, String text, Point baseline, float size, boolean bold,
      Anchor anchor, String colour, boolean background) {
    /** The text's width, with room for a wider fallback font ({@link DiagramStyle#FONT_SLACK}). */
    public double width() {
      return width(text, size, bold);
    }

    static double width(String text, float size, boolean bold) {
      return (bold ? ReportFont.BOLD : ReportFont.REGULAR).width(text, size)
          * DiagramStyle.FONT_SLACK;
    }
  }
}
