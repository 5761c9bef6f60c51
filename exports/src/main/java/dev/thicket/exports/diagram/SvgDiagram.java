package dev.thicket.exports.diagram;

import static dev.thicket.exports.diagram.DiagramStyle.BOX_WIDTH;
import static dev.thicket.exports.diagram.DiagramStyle.MARGIN;
import static dev.thicket.exports.diagram.DiagramStyle.PADDING;

import dev.thicket.exports.diagram.Diagram.Box;
import dev.thicket.exports.diagram.Diagram.LegendItem;
import dev.thicket.exports.diagram.Diagram.Link;
import dev.thicket.exports.report.Report;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;

/**
 * The tree diagram of a report as a standalone SVG 1.1 document: one {@code <g class="node">}
 * per node, one {@code <path class="link ...">} per parent → child edge, and the legend; under
 * it, when the report has candidates, the chart of what to fund, and for a tree with ranges the
 * histogram and tornado of its uncertainty, and for a tree with attacker profiles the risk per
 * attacker ({@link SvgChart}). Every
 * string from the tree is XML-escaped; the document has no script, no link, no external reference
 * and no style sheet, so viewing it fetches nothing. A pure function of the report.
 */
public final class SvgDiagram {
  private static final String FONTS = "'Liberation Sans', Arial, Helvetica, sans-serif";
  /** The funding chart's size and text size, in points: readable beside the diagram's boxes. */
  private static final double CHART_WIDTH = 640;
  private static final double CHART_HEIGHT = 400;
  private static final float CHART_TEXT = 12;

  private SvgDiagram() {}

  public static String render(Report report) {
    List<Chart> charts = new ArrayList<>();
    FundingChartLayout.of(report, CHART_WIDTH, CHART_HEIGHT, CHART_TEXT).ifPresent(charts::add);
    UncertaintyChartLayout.histogram(report, CHART_WIDTH, CHART_HEIGHT, CHART_TEXT)
        .ifPresent(charts::add);
    UncertaintyChartLayout.tornado(report, CHART_WIDTH * 1.5, CHART_TEXT).ifPresent(charts::add);
    AttackerChartLayout.of(report, CHART_WIDTH, CHART_TEXT).ifPresent(charts::add);
    return render(DiagramLayout.of(report), charts, report.tree().title());
  }

  /** {@code diagram} as SVG, titled {@code title}, with {@code charts} under it, one by one. */
  static String render(Diagram diagram, List<Chart> charts, String title) {
    double width = diagram.width();
    double height = diagram.height();
    for (Chart chart : charts) {
      width = Math.max(width, chart.width() + 2 * MARGIN);
      height += chart.height() + MARGIN;
    }
    StringBuilder svg = new StringBuilder(4096 + diagram.boxes().size() * 700);
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + "version=\"1.1\" width=\"%s\" height=\"%s\" viewBox=\"0 0 %s %s\" "
            + "font-family=\"%s\">%n", n(width), n(height), n(width), n(height), FONTS))
        .append("<title>").append(SvgText.of(title)).append("</title>\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n<g class=\"links\">\n");
    diagram.links().stream().filter(link -> !link.highRisk()).forEach(link -> link(svg, link));
    diagram.links().stream().filter(Link::highRisk).forEach(link -> link(svg, link));
    svg.append("</g>\n");
    diagram.boxes().forEach(box -> box(svg, box));
    svg.append("<g class=\"legend\">\n");
    diagram.legend().forEach(item -> legend(svg, item));
    svg.append("</g>\n");
    double y = diagram.height();
    for (Chart chart : charts) {
      SvgChart.append(svg, chart, MARGIN, y);
      y += chart.height() + MARGIN;
    }
    return svg.append("</svg>\n").toString();
  }

  private static void link(StringBuilder svg, Link link) {
    String path = link.spanning()
        ? String.format(Locale.ROOT, "M%s %sV%sH%sV%s", n(link.x1()), n(link.y1()),
            n(link.y1() + DiagramStyle.LEVEL_GAP / 2), n(link.x2()), n(link.y2()))
        : String.format(Locale.ROOT, "M%s %sC%s %s %s %s %s %s", n(link.x1()), n(link.y1()),
            n(link.x1()), n(link.y1() + 40), n(link.x2()), n(link.y2() - 40), n(link.x2()),
            n(link.y2()));
    svg.append("<path class=\"link").append(link.spanning() ? "" : " shared")
        .append(link.highRisk() ? " high-risk" : "").append("\" data-parent=\"")
        .append(SvgText.of(link.parent())).append("\" data-child=\"")
        .append(SvgText.of(link.child())).append("\" d=\"").append(path)
        .append("\" fill=\"none\" stroke=\"")
        .append(link.highRisk() ? DiagramStyle.HIGH_RISK : DiagramStyle.LINK)
        .append("\" stroke-width=\"")
        .append(n(link.highRisk() ? DiagramStyle.HIGH_RISK_WIDTH : DiagramStyle.LINK_WIDTH))
        .append(link.spanning() ? "" : "\" stroke-dasharray=\"5 3").append("\"/>\n");
  }

  private static void box(StringBuilder svg, Box box) {
    svg.append("<g class=\"node").append(box.critical() ? " critical" : "")
        .append("\" data-id=\"").append(SvgText.of(box.id())).append("\">\n<title>")
        .append(SvgText.of(box.title())).append("</title>\n")
        .append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" "
            + "rx=\"4\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>%n", n(box.x()), n(box.y()),
            n(box.width()), n(box.height()), box.fill(),
            box.critical() ? DiagramStyle.CRITICAL : DiagramStyle.BORDER,
            n(box.critical() ? DiagramStyle.CRITICAL_WIDTH : DiagramStyle.BORDER_WIDTH)));
    if (box.critical()) {
      double right = box.x() + box.width();
      svg.append(String.format(Locale.ROOT, "<path class=\"critical-mark\" d=\"M%s %sH%sV%sZ\" "
          + "fill=\"%s\"/>%n", n(right - DiagramStyle.CRITICAL_MARK), n(box.y()), n(right),
          n(box.y() + DiagramStyle.CRITICAL_MARK), DiagramStyle.CRITICAL));
    }
    double middle = box.x() + BOX_WIDTH / 2;
    double baseline = box.y() + PADDING + DiagramStyle.TITLE_SIZE;
    for (String line : box.titleLines()) {
      text(svg, middle, baseline, DiagramStyle.TITLE_SIZE, "middle", "", line);
      baseline += DiagramStyle.TITLE_LEADING;
    }
    for (int line = 0; line < box.infoLines().size(); line++) {
      text(svg, middle, box.infoBaseline(line), DiagramStyle.INFO_SIZE, "middle",
          " class=\"info\" fill=\"#333333\"", box.infoLines().get(line));
    }
    svg.append("</g>\n");
  }

  private static void legend(StringBuilder svg, LegendItem item) {
    double size = DiagramStyle.LEGEND_SYMBOL;
    double middle = item.y() + size / 2;
    double textX = item.x() + 2 * size + 6;
    switch (item.kind()) {
      case NOTE -> textX = item.x();
      case HEAT -> svg.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" "
          + "height=\"%s\" fill=\"%s\" stroke=\"%s\" stroke-width=\"0.5\"/>%n", n(item.x()),
          n(item.y()), n(2 * size), n(size), item.fill(), DiagramStyle.BORDER));
      case HIGH_RISK_LINK, SHARED_LINK -> svg.append(String.format(Locale.ROOT,
          "<path d=\"M%s %sH%s\" stroke=\"%s\" stroke-width=\"%s\"%s/>%n", n(item.x()), n(middle),
          n(item.x() + 2 * size),
          item.kind() == Diagram.LegendKind.HIGH_RISK_LINK ? DiagramStyle.HIGH_RISK
              : DiagramStyle.LINK,
          n(item.kind() == Diagram.LegendKind.HIGH_RISK_LINK ? DiagramStyle.HIGH_RISK_WIDTH
              : DiagramStyle.LINK_WIDTH),
          item.kind() == Diagram.LegendKind.SHARED_LINK ? " stroke-dasharray=\"5 3\"" : ""));
      case CRITICAL -> svg.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" "
          + "width=\"%s\" height=\"%s\" fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"%s\"/>%n",
          n(item.x() + 1), n(item.y() + 1), n(2 * size - 2), n(size - 2), DiagramStyle.CRITICAL,
          n(DiagramStyle.CRITICAL_WIDTH)));
    }
    text(svg, textX, middle + DiagramStyle.LEGEND_SIZE / 2 - 1, DiagramStyle.LEGEND_SIZE,
        "start", "", item.label());
  }

  private static void text(StringBuilder svg, double x, double y, float size, String anchor,
      String attributes, String text) {
    svg.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" font-size=\"%s\" "
        + "text-anchor=\"%s\"%s>", n(x), n(y), n(size), anchor, attributes))
        .append(SvgText.of(text)).append("</text>\n");
  }

  /** A coordinate with at most two decimals. */
  static String n(double value) {
    String text = String.format(Locale.ROOT, "%.2f", value);
    text = text.replaceAll("0+$", "");
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}
