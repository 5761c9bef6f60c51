package dev.thicket.exports.diagram;

import static dev.thicket.exports.diagram.SvgDiagram.n;

import dev.thicket.exports.diagram.Chart.Label;
import dev.thicket.exports.diagram.Chart.Line;
import dev.thicket.exports.diagram.Chart.Mark;
import dev.thicket.exports.diagram.Chart.Point;
import java.util.Locale;

/**
 * A {@link Chart} as SVG elements in a {@code <g class="NAME">} (the chart's name): each line, mark and
 * label has its {@link Chart.Role} as class, and each mark a {@code <title>} saying what
 * it is (shown on hover).
 */
final class SvgChart {
  private SvgChart() {}

  /** Appends {@code chart} with its top left corner at ({@code x}, {@code y}). */
  static void append(StringBuilder svg, Chart chart, double x, double y) {
    svg.append("<g class=\"").append(chart.name()).append("\" transform=\"translate(")
        .append(n(x)).append(' ')
        .append(n(y)).append(")\">\n");
    chart.lines().forEach(line -> line(svg, line));
    chart.marks().forEach(mark -> mark(svg, mark));
    chart.labels().forEach(label -> label(svg, label));
    svg.append("</g>\n");
  }

  private static void line(StringBuilder svg, Line line) {
    StringBuilder path = new StringBuilder();
    for (Point point : line.points()) {
      path.append(path.length() == 0 ? "M" : "L").append(n(point.x())).append(' ')
          .append(n(point.y()));
    }
    svg.append("<path class=\"").append(line.role().keyword()).append("\" d=\"").append(path)
        .append("\" fill=\"none\" stroke=\"").append(line.colour()).append("\" stroke-width=\"")
        .append(n(line.width())).append(line.dashed() ? "\" stroke-dasharray=\"6 4" : "")
        .append("\"/>\n");
  }

  private static void mark(StringBuilder svg, Mark mark) {
    double x = mark.centre().x();
    double y = mark.centre().y();
    double r = mark.radius();
    String shape = switch (mark.shape()) {
      case DOT -> String.format(Locale.ROOT, "circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\"",
          n(x), n(y), n(r), mark.colour());
      case RING -> String.format(Locale.ROOT, "circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"none\" "
          + "stroke=\"%s\" stroke-width=\"%s\"", n(x), n(y), n(r), mark.colour(), n(r / 4));
      case SQUARE -> String.format(Locale.ROOT, "rect x=\"%s\" y=\"%s\" width=\"%s\" "
          + "height=\"%s\" fill=\"%s\"", n(x - r), n(y - r), n(2 * r), n(2 * r), mark.colour());
      case DIAMOND -> String.format(Locale.ROOT, "path d=\"M%s %sL%s %sL%s %sL%s %sZ\" "
          + "fill=\"%s\"", n(x), n(y - r), n(x + r), n(y), n(x), n(y + r), n(x - r), n(y),
          mark.colour());
    };
    String element = shape.substring(0, shape.indexOf(' '));
    svg.append('<').append(shape).append(" class=\"").append(mark.role().keyword())
        .append("\"><title>").append(SvgText.of(mark.note())).append("</title></")
        .append(element).append(">\n");
  }

  private static void label(StringBuilder svg, Label label) {
    double x = label.baseline().x();
    double y = label.baseline().y();
    if (label.background()) {
      double start = x - switch (label.anchor()) {
        case START -> 0;
        case MIDDLE -> label.width() / 2;
        case END -> label.width();
      };
      svg.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" "
          + "fill=\"#ffffff\" fill-opacity=\"0.85\"/>%n", n(start - 1), n(y - label.size()),
          n(label.width() + 2), n(label.size() * 1.3)));
    }
    svg.append(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%s\" y=\"%s\" font-size=\"%s\""
        + " text-anchor=\"%s\" fill=\"%s\"%s>", label.role().keyword(), n(x), n(y),
        n(label.size()), label.anchor().name().toLowerCase(Locale.ROOT), label.colour(),
        label.bold() ? " font-weight=\"bold\"" : ""))
        .append(SvgText.of(label.text())).append("</text>\n");
  }
}
