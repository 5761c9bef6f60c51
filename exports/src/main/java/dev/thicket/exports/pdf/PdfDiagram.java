package dev.thicket.exports.pdf;

import dev.thicket.exports.diagram.Diagram;
import dev.thicket.exports.diagram.Diagram.Box;
import dev.thicket.exports.diagram.Diagram.LegendItem;
import dev.thicket.exports.diagram.Diagram.Link;
import dev.thicket.exports.diagram.DiagramLayout;
import dev.thicket.exports.diagram.DiagramStyle;
import dev.thicket.exports.fonts.ReportFont;
import dev.thicket.exports.Decimals;
import dev.thicket.exports.report.HeatScale;
import dev.thicket.exports.report.Report;
import dev.thicket.exports.report.ReportText;
import dev.thicket.model.score.NodeScore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The tree diagram on pages of its own, as vector graphics. A diagram is scaled to the page
 * (landscape when wider than tall), never below {@link #MIN_SCALE} so that text stays readable.
 * A tree too wide for that is drawn one top-level branch at a time, after a table of the branches
 * shaded by their colours (the map), and a branch still too large
 * is cut into page-sized tiles, each saying which part it shows; the tiles of a diagram that is
 * only too wide are strips stacked on the page, read top to bottom.
 */
final class PdfDiagram {
  /** 7.5 pt titles stay at least 4.5 pt. */
  static final double MIN_SCALE = 0.6;
  private static final float TITLE = 11;
  /** A link's curve has its control points this far beyond its ends. */
  private static final double REACH = 40;
  /** Above this many branches under the root, a diagram too wide is tiled whole. */
  static final int MAX_BRANCH_DIAGRAMS = 12;

  private final PdfPages pages;

  private PdfDiagram(PdfPages pages) {
    this.pages = pages;
  }

  static void draw(PdfPages pages, Report report) {
    new PdfDiagram(pages).drawAll(report);
  }

  private void drawAll(Report report) {
    Diagram whole = DiagramLayout.of(report);
    if (fits(whole)) {
      drawTiled(whole, "Tree diagram");
      return;
    }
    List<String> branches = new ArrayList<>();
    String root = report.tree().root();
    java.util.Map<String, String> firstParents = DiagramLayout.firstParents(report.tree());
    for (String child : report.tree().rootNode().children()) {
      if (root.equals(firstParents.get(child))) {
        branches.add(child);
      }
    }
    if (branches.size() > MAX_BRANCH_DIAGRAMS) {
      // a root with many children: one tiled diagram, not a page or more per child
      drawTiled(whole, "Tree diagram");
      return;
    }
    branchTable(report, branches);
    int number = 1;
    for (String branch : branches) {
      drawTiled(DiagramLayout.of(report, branch), "Tree diagram, branch " + number++ + " of "
          + branches.size() + ": " + report.tree().node(branch).title() + " (" + branch + ") under "
          + root);
    }
  }

  /**
   * The map of a tree drawn branch by branch: its goal's branches in the order of their pages,
   * each row shaded with the diagram's colour of its risk removed if blocked.
   */
  private void branchTable(Report report, List<String> branches) {
    pages.newPage(false);
    pages.heading("Tree diagram", TITLE + 3, 60);
    NodeScore goal = report.scored().node(report.tree().root());
    pages.paragraph("Too wide for a page, the tree is drawn one branch of its goal \""
        + report.tree().rootNode().title() + "\" (" + goal.id() + ", "
        + ReportText.gate(goal) + ", " + ReportText.probabilityAndContribution(goal)
        + ") at a time, on the pages after, in this order; each row is shaded as its branch's"
        + " box. " + ReportText.colourCaption(report) + ".", ReportFont.REGULAR, 9);
    List<List<String>> rows = new ArrayList<>();
    List<String> fills = new ArrayList<>();
    for (int i = 0; i < branches.size(); i++) {
      NodeScore score = report.scored().node(branches.get(i));
      rows.add(List.of(String.valueOf(i + 1), report.tree().node(score.id()).title() + " ("
          + score.id() + ")", ReportText.gate(score), Decimals.of(score.probability()),
          Decimals.of(score.contribution()), HeatScale.NAMES.get(score.band())));
      fills.add(HeatScale.COLOURS.get(score.band()));
    }
    new PdfTable(List.of(new PdfTable.Column("branch", 0.6f, true),
        new PdfTable.Column("title", 4, false), new PdfTable.Column("gate", 0.9f, false),
        new PdfTable.Column("probability", 1.1f, true),
        new PdfTable.Column(ReportText.CONTRIBUTION, 1.3f, true),
        new PdfTable.Column("colour", 1, false)), PdfReport.tableSize())
        .draw(pages, rows, fills::get);
  }

  private boolean fits(Diagram diagram) {
    boolean landscape = diagram.width() > diagram.height();
    double width = landscape ? pagesLong() : pagesShort();
    return width / diagram.width() >= MIN_SCALE;
  }

  private double pagesShort() {
    return pages.paperWidth(false) - 2 * PdfPages.MARGIN;
  }

  private double pagesLong() {
    return pages.paperWidth(true) - 2 * PdfPages.MARGIN;
  }

  private void drawTiled(Diagram diagram, String title) {
    boolean landscape = diagram.width() > diagram.height();
    pages.newPage(landscape);
    double width = pages.width();
    double height = pages.y() - pages.bottom() - TITLE * 2;
    double scale = Math.max(MIN_SCALE, Math.min(1, Math.min(width / diagram.width(),
        height / diagram.height())));
    if (height / diagram.height() < MIN_SCALE && width / diagram.width() >= MIN_SCALE) {
      scale = Math.min(1, width / diagram.width());
    }
    int columns = (int) Math.ceil(diagram.width() * scale / width - 1e-9);
    int rows = (int) Math.ceil(diagram.height() * scale / height - 1e-9);
    double strip = diagram.height() * scale + TITLE * 2;
    int stripsPerPage = rows == 1 ? Math.max(1, (int) ((height + TITLE * 2) / strip)) : 1;
    int parts = columns * rows;
    Tiles tiles = new Tiles(diagram, columns, rows, width / scale, height / scale);
    for (int part = 0; part < parts; part++) {
      int row = part / columns;
      int column = part % columns;
      int onPage = part % stripsPerPage;
      if (part > 0 && onPage == 0) {
        pages.newPage(landscape);
      }
      float top = (float) (pages.y() - onPage * strip);
      pages.text(parts > 1 ? title + " (part " + (part + 1) + " of " + parts
          + (rows > 1 ? ", row " + (row + 1) + ", column " + (column + 1) : "") + ")" : title,
          ReportFont.BOLD, TITLE, pages.left(), top - TITLE);
      double partHeight = rows == 1 ? diagram.height() * scale : height;
      drawPart(diagram, tiles, column, row, new Viewport(scale, column * width / scale,
          row * height / scale, pages.left(), top - TITLE * 2, width, partHeight));
    }
  }

  /**
   * A diagram's items sorted into its tiles once: the spanning links as buses (ordinary, then
   * high-risk), the other links, and the boxes.
   */
  private static final class Tiles {
    final List<PdfLinkBuses.Bus> ordinary;
    final List<PdfLinkBuses.Bus> highRisk;
    final TileBuckets ordinaryBuses;
    final TileBuckets highRiskBuses;
    final TileBuckets links;
    final TileBuckets boxes;

    Tiles(Diagram diagram, int columns, int rows, double tileWidth, double tileHeight) {
      ordinary = PdfLinkBuses.of(diagram.links(), false);
      highRisk = PdfLinkBuses.of(diagram.links(), true);
      ordinaryBuses = buses(ordinary, columns, rows, tileWidth, tileHeight);
      highRiskBuses = buses(highRisk, columns, rows, tileWidth, tileHeight);
      links = new TileBuckets(columns, rows, tileWidth, tileHeight);
      for (int i = 0; i < diagram.links().size(); i++) {
        Link link = diagram.links().get(i);
        if (!link.spanning()) {
          links.add(i, Math.min(link.x1(), link.x2()), Math.min(link.y1(), link.y2()) - REACH,
              Math.abs(link.x2() - link.x1()), Math.abs(link.y2() - link.y1()) + 2 * REACH);
        }
      }
      boxes = new TileBuckets(columns, rows, tileWidth, tileHeight);
      for (int i = 0; i < diagram.boxes().size(); i++) {
        Box box = diagram.boxes().get(i);
        boxes.add(i, box.x(), box.y(), box.width(), box.height());
      }
    }

    private static TileBuckets buses(List<PdfLinkBuses.Bus> buses, int columns, int rows,
        double tileWidth, double tileHeight) {
      TileBuckets buckets = new TileBuckets(columns, rows, tileWidth, tileHeight);
      for (int i = 0; i < buses.size(); i++) {
        PdfLinkBuses.Bus bus = buses.get(i);
        buckets.add(i, bus.minX(), bus.y(), bus.maxX() - bus.minX(), bus.maxY() - bus.y());
      }
      return buckets;
    }
  }

  /** One tile: the items {@code tiles} put in it that its {@code view} shows. */
  private void drawPart(Diagram diagram, Tiles tiles, int column, int row, Viewport view) {
    PDPageContentStream content = pages.content();
    try {
      content.saveGraphicsState();
      content.addRect((float) view.left, (float) (view.top - view.height), (float) view.width,
          (float) view.height);
      content.clip();
      int[] links = tiles.links.items(column, row);
      buses(tiles.ordinary, tiles.ordinaryBuses.items(column, row), false, view);
      for (int i : links) {
        if (!diagram.links().get(i).highRisk()) {
          link(diagram.links().get(i), view);
        }
      }
      buses(tiles.highRisk, tiles.highRiskBuses.items(column, row), true, view);
      for (int i : links) {
        if (diagram.links().get(i).highRisk()) {
          link(diagram.links().get(i), view);
        }
      }
      content.setLineDashPattern(new float[0], 0);
      for (int i : tiles.boxes.items(column, row)) {
        Box box = diagram.boxes().get(i);
        if (view.shows(box.x(), box.y(), box.width(), box.height())) {
          PdfDiagramShapes.box(pages, box, view);
        }
      }
      for (LegendItem item : diagram.legend()) {
        PdfDiagramShapes.legend(pages, item, view);
      }
      content.restoreGraphicsState();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of the buses numbered {@code shown} that this tile shows, as one path. */
  private void buses(List<PdfLinkBuses.Bus> buses, int[] shown, boolean highRisk, Viewport view)
      throws IOException {
    PDPageContentStream content = pages.content();
    pages.stroke(highRisk ? DiagramStyle.HIGH_RISK : DiagramStyle.LINK,
        (float) ((highRisk ? DiagramStyle.HIGH_RISK_WIDTH : DiagramStyle.LINK_WIDTH)
            * view.scale));
    content.setLineDashPattern(new float[0], 0);
    boolean any = false;
    for (int b : shown) {
      PdfLinkBuses.Bus bus = buses.get(b);
      if (!view.shows(bus.minX(), bus.y(), bus.maxX() - bus.minX(), bus.maxY() - bus.y())) {
        continue;
      }
      any |= segment(bus.x(), bus.y(), bus.x(), bus.middle(), view);
      any |= segment(bus.minX(), bus.middle(), bus.maxX(), bus.middle(), view);
      // the drops are sorted by x: start at the first one the tile may show
      double[] dropX = bus.dropX();
      int i = firstAtLeast(dropX, view.originX - 1);
      for (; i < dropX.length && dropX[i] <= view.originX + view.width / view.scale + 1; i++) {
        any |= segment(dropX[i], bus.middle(), dropX[i], bus.dropY()[i], view);
      }
    }
    if (any) {
      content.stroke();
    }
  }

  /** The first index of the ascending {@code values} whose value is at least {@code bound}. */
  private static int firstAtLeast(double[] values, double bound) {
    int low = 0;
    int high = values.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (values[middle] < bound) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** Adds the line to the path when the tile shows it (a bus of one child has no width). */
  private boolean segment(double x1, double y1, double x2, double y2, Viewport view)
      throws IOException {
    if ((x1 == x2 && y1 == y2) || !view.shows(Math.min(x1, x2), Math.min(y1, y2),
        Math.abs(x2 - x1), Math.abs(y2 - y1))) {
      return false;
    }
    pages.content().moveTo(view.x(x1), view.y(y1));
    pages.content().lineTo(view.x(x2), view.y(y2));
    return true;
  }

  private void link(Link link, Viewport view) throws IOException {
    // only the links in this part: a long diagram has many parts, each clipped to its own
    if (!view.shows(Math.min(link.x1(), link.x2()), Math.min(link.y1(), link.y2()) - REACH,
        Math.abs(link.x2() - link.x1()), Math.abs(link.y2() - link.y1()) + 2 * REACH)) {
      return;
    }
    PDPageContentStream content = pages.content();
    pages.stroke(link.highRisk() ? DiagramStyle.HIGH_RISK : DiagramStyle.LINK,
        (float) ((link.highRisk() ? DiagramStyle.HIGH_RISK_WIDTH : DiagramStyle.LINK_WIDTH)
            * view.scale));
    content.setLineDashPattern(link.spanning() ? new float[0]
        : new float[] {(float) (5 * view.scale), (float) (3 * view.scale)}, 0);
    content.moveTo(view.x(link.x1()), view.y(link.y1()));
    if (link.spanning()) {
      double middle = link.y1() + DiagramStyle.LEVEL_GAP / 2;
      content.lineTo(view.x(link.x1()), view.y(middle));
      content.lineTo(view.x(link.x2()), view.y(middle));
      content.lineTo(view.x(link.x2()), view.y(link.y2()));
    } else {
      content.curveTo(view.x(link.x1()), view.y(link.y1() + REACH), view.x(link.x2()),
          view.y(link.y2() - REACH), view.x(link.x2()), view.y(link.y2()));
    }
    content.stroke();
  }

  /**
   * Maps diagram points (y down) from ({@code originX}, {@code originY}) on to the page area
   * whose top left corner is ({@code left}, {@code top}) (PDF points, y up).
   */
  record Viewport(double scale, double originX, double originY, double left, double top,
      double width, double height) {
    float x(double diagramX) {
      return (float) (left + (diagramX - originX) * scale);
    }

    float y(double diagramY) {
      return (float) (top - (diagramY - originY) * scale);
    }

    boolean shows(double x, double y, double w, double h) {
      return (x + w - originX) * scale >= 0 && (x - originX) * scale <= width
          && (y + h - originY) * scale >= 0 && (y - originY) * scale <= height;
    }
  }
}
