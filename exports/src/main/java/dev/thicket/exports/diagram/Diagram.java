package dev.thicket.exports.diagram;

import java.util.List;

/**
 * A laid-out tree diagram in points, y growing downwards, ready to draw: boxes, links and a
 * legend. Made by {@link DiagramLayout}; drawn by {@link SvgDiagram} and by the PDF writer.
 *
 * @param width the drawing's width, legend included
 * @param height the drawing's height, legend included
 * @param legendTop where the legend starts
 */
public record Diagram(
    double width, double height, List<Box> boxes, List<Link> links, double legendTop,
    List<LegendItem> legend) {

  public Diagram {
    boxes = List.copyOf(boxes);
    links = List.copyOf(links);
    legend = List.copyOf(legend);
  }

  /**
   * One node, drawn once even when shared.
   *
   * @param titleLines the title wrapped to the box (ellipsis when cut)
   * @param infoLines under the title: id and gate; P and the risk removed if blocked
   * @param fill the colour of the node's band (of the risk removed if it is blocked)
   */
  public record Box(
      String id, String title, double x, double y, double width, double height,
      List<String> titleLines, List<String> infoLines, String fill, boolean critical) {
    public Box {
      titleLines = List.copyOf(titleLines);
      infoLines = List.copyOf(infoLines);
    }

    /** The baseline of info line {@code index}; the last sits just above the bottom edge. */
    public double infoBaseline(int index) {
      return y + height - DiagramStyle.PADDING - 1
          - (infoLines.size() - 1 - index) * DiagramStyle.INFO_LEADING;
    }
  }

  /**
   * A parent → child edge from the bottom middle of the parent to the top middle of the child.
   *
   * @param spanning whether the child is laid out under this parent (its first parent); the
   *     other edges of a shared node are drawn as dashed curves
   * @param highRisk on a path of a listed high-risk scenario
   */
  public record Link(
      String parent, String child, boolean spanning, boolean highRisk,
      double x1, double y1, double x2, double y2) {}

  /** What a legend entry shows. */
  public enum LegendKind { NOTE, HEAT, HIGH_RISK_LINK, SHARED_LINK, CRITICAL }

  /**
   * One legend entry: a symbol at ({@code x}, {@code y}) (top left) and its label beside it.
   *
   * @param fill the colour of a {@link LegendKind#HEAT} swatch, else {@code null}
   */
  public record LegendItem(LegendKind kind, String fill, String label, double x, double y) {}
}
