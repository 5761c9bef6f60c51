package dev.thicket.exports.diagram;

import static dev.thicket.exports.diagram.DiagramStyle.BOX_HEIGHT;
import static dev.thicket.exports.diagram.DiagramStyle.BOX_WIDTH;
import static dev.thicket.exports.diagram.DiagramStyle.MARGIN;
import static dev.thicket.exports.diagram.DiagramStyle.PADDING;

import dev.thicket.exports.diagram.Diagram.Box;
import dev.thicket.exports.diagram.Diagram.Link;
import dev.thicket.exports.fonts.ReportFont;
import dev.thicket.exports.fonts.TextWrapper;
import dev.thicket.exports.report.HeatScale;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.ReportText;
import dev.thicket.model.score.Edge;
import dev.thicket.model.score.NodeScore;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays a tree out top-down with the tidy-tree algorithm (Walker's, as improved by Buchheim,
 * Jünger and Leipert, 2002; {@link TidyTree}). The tree is a DAG: the layout is that of its
 * {@link SpanningTree}, each node placed under its first parent in file order; a shared node is
 * drawn once, and its other parent edges are added as non-spanning links. Cost: linear in the
 * nodes and edges drawn.
 */
public final class DiagramLayout {
  private DiagramLayout() {}

  /** The whole tree. */
  public static Diagram of(Report report) {
    return of(report, report.tree().root());
  }

  /** The part of the spanning tree under {@code top} (a branch), with the links inside it. */
  public static Diagram of(Report report, String top) {
    AttackTree tree = report.tree();
    SpanningTree spanning = SpanningTree.of(tree, Set.of());
    TidyTree.Placement placed = spanning.layOut(top, BOX_WIDTH, BOX_HEIGHT,
        DiagramStyle.LEVEL_GAP, DiagramStyle.NODE_GAP);
    Map<String, Box> boxes = new HashMap<>();
    List<Box> ordered = new ArrayList<>();
    for (int node = 0; node < spanning.size(); node++) {
      if (placed.placed(node)) {
        Node drawn = tree.node(spanning.id(node));
        Box box = box(report, drawn, placed.x()[node] + MARGIN,
            placed.y()[node] + MARGIN);
        boxes.put(drawn.id(), box);
        ordered.add(box);
      }
    }
    List<Link> links = links(report, spanning.parents(), boxes);
    double treeWidth = placed.width() + 2 * MARGIN;
    double legendTop = placed.height() + 2 * MARGIN;
    DiagramLegend legend = DiagramLegend.of(report, Math.max(treeWidth, 520), legendTop);
    return new Diagram(Math.max(treeWidth, legend.width()), legend.bottom() + MARGIN, ordered,
        links, legendTop, legend.items());
  }

  /** Each node's first parent: the first node in file order that lists it as a child. */
  public static Map<String, String> firstParents(AttackTree tree) {
    return SpanningTree.of(tree, Set.of()).parents();
  }

  /** A node's title wrapped as in its box: at most three lines, an ellipsis when cut. */
  public static List<String> titleLines(Node node) {
    return TextWrapper.wrap(node.title(), ReportFont.REGULAR, DiagramStyle.TITLE_SIZE,
        (float) ((BOX_WIDTH - 2 * PADDING) / DiagramStyle.FONT_SLACK), DiagramStyle.TITLE_LINES);
  }

  /** The lines under a node's title: "id · gate", then "P 0.03 · if blocked −0.2932". */
  public static List<String> infoLines(NodeScore score) {
    return List.of(score.id() + " · " + ReportText.gate(score),
        ReportText.probabilityAndContribution(score));
  }

  private static Box box(Report report, Node node, double x, double y) {
    NodeScore score = report.scored().node(node.id());
    List<String> infoLines = infoLines(score).stream()
        .map(line -> TextWrapper.wrap(line, ReportFont.REGULAR, DiagramStyle.INFO_SIZE,
            (float) ((BOX_WIDTH - 2 * PADDING) / DiagramStyle.FONT_SLACK), 1).get(0))
        .toList();
    return new Box(node.id(), node.title(), x, y, BOX_WIDTH, BOX_HEIGHT, titleLines(node),
        infoLines, HeatScale.COLOURS.get(score.band()), score.critical());
  }

  private static List<Link> links(
      Report report, Map<String, String> firstParents, Map<String, Box> boxes) {
    List<Link> links = new ArrayList<>();
    for (Node node : report.tree().nodes().values()) {
      Box parent = boxes.get(node.id());
      for (String child : node.children()) {
        Box below = boxes.get(child);
        if (parent != null && below != null) {
          links.add(new Link(node.id(), child, node.id().equals(firstParents.get(child)),
              report.scored().highRiskEdges().contains(new Edge(node.id(), child)),
              parent.x() + parent.width() / 2, parent.y() + parent.height(),
              below.x() + below.width() / 2, below.y()));
        }
      }
    }
    return links;
  }
}
