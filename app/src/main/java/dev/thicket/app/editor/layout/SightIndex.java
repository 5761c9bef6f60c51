package dev.thicket.app.editor.layout;

import dev.thicket.app.editor.layout.CanvasLayout.Box;
import dev.thicket.app.editor.layout.CanvasLayout.Edge;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Which cards and edges of a layout reach into a part of the world: a uniform grid of square
 * cells, each listing (in ascending order) the cards whose rectangle and the edges whose lines
 * pass through it. Built with the layout, off the UI thread, so that painting and hit-testing a
 * large tree cost what is in sight rather than the tree's size. An edge is listed in the cells
 * its drawn lines cross (the elbow's three segments, or the straight line of a further parent
 * edge), so a long edge costs its length in cells, not its bounding box. Cards and edges lie
 * in the world, from (0, 0) to (width, height).
 */
final class SightIndex {
  /** World units per cell side, doubled until the grid has at most {@link #MAX_CELLS} cells. */
  private static final double FIRST_CELL = 1024;
  private static final long MAX_CELLS = 1L << 22;

  private final double cell;
  private final double width;
  private final double height;
  private final int columns;
  private final int rows;
  private final Cells cards;
  private final Cells lines;

  SightIndex(List<Box> boxes, List<Edge> edges, double width, double height) {
    double side = FIRST_CELL;
    while (Math.ceil(width / side) * Math.ceil(height / side) > MAX_CELLS) {
      side *= 2;
    }
    cell = side;
    this.width = width;
    this.height = height;
    columns = Math.max(1, (int) Math.ceil(width / side));
    rows = Math.max(1, (int) Math.ceil(height / side));
    cards = new Cells(columns * rows, boxes.size(), (item, visit) -> {
      Box box = boxes.get(item);
      cellsOfRectangle(box.x(), box.y(), box.x() + box.width(), box.bottom(), visit);
    });
    lines = new Cells(columns * rows, edges.size(), (item, visit) -> {
      Edge edge = edges.get(item);
      if (edge.from() != null && edge.to() != null) {
        cellsOfEdge(edge, visit);
      }
    });
  }

  /** World units per cell side. */
  double cellSide() {
    return cell;
  }

  /** The indices (ascending, each once) of the cards reaching into the rectangle. */
  int[] cardsIn(double minX, double minY, double maxX, double maxY) {
    return cards.in(cellsOfRectangle(minX, minY, maxX, maxY));
  }

  /** The indices (ascending, each once) of the edges whose lines may cross the rectangle. */
  int[] edgesIn(double minX, double minY, double maxX, double maxY) {
    return lines.in(cellsOfRectangle(minX, minY, maxX, maxY));
  }

  /** The indices (ascending) of the cards listed in the cell holding the point. */
  int[] cardsNear(double x, double y) {
    return cards.of(column(x) + row(y) * columns);
  }

  /** The cells meeting the rectangle; none when it is off the world (cards lie inside it). */
  private int[] cellsOfRectangle(double minX, double minY, double maxX, double maxY) {
    IntBuffer found = new IntBuffer();
    if (maxX >= 0 && minX <= width && maxY >= 0 && minY <= height) {
      cellsOfRectangle(minX, minY, maxX, maxY, found::add);
    }
    return found.toArray();
  }

  /** The cells meeting the rectangle between two corners (in any order). */
  private void cellsOfRectangle(double x0, double y0, double x1, double y1, IntConsumer visit) {
    int lastColumn = column(Math.max(x0, x1));
    int lastRow = row(Math.max(y0, y1));
    for (int r = row(Math.min(y0, y1)); r <= lastRow; r++) {
      for (int c = column(Math.min(x0, x1)); c <= lastColumn; c++) {
        visit.accept(c + r * columns);
      }
    }
  }

  /** The cells of the lines {@code EdgePainter} draws for the edge. */
  private void cellsOfEdge(Edge edge, IntConsumer visit) {
    Box from = edge.from();
    Box to = edge.to();
    if (edge.spanning()) {
      double middle = from.bottom() + CanvasLayout.LEVEL_GAP / 2;
      cellsOfRectangle(from.centreX(), from.bottom(), from.centreX(), middle, visit);
      cellsOfRectangle(from.centreX(), middle, to.centreX(), middle, visit);
      cellsOfRectangle(to.centreX(), middle, to.centreX(), to.y(), visit);
    } else {
      cellsOfSegment(from.centreX(), from.bottom(), to.centreX(), to.y(), visit);
    }
  }

  /** The cells a straight segment crosses: per column, the rows of its part in that column. */
  private void cellsOfSegment(double x0, double y0, double x1, double y1, IntConsumer visit) {
    if (x1 < x0) {
      cellsOfSegment(x1, y1, x0, y0, visit);
      return;
    }
    int first = column(x0);
    int last = column(x1);
    for (int c = first; c <= last; c++) {
      double left = Math.max(x0, c * cell);
      double right = Math.min(x1, (c + 1) * cell);
      double yLeft = x1 == x0 ? y0 : y0 + (y1 - y0) * (left - x0) / (x1 - x0);
      double yRight = x1 == x0 ? y1 : y0 + (y1 - y0) * (right - x0) / (x1 - x0);
      int top = row(Math.min(yLeft, yRight));
      int bottom = row(Math.max(yLeft, yRight));
      for (int r = top; r <= bottom; r++) {
        visit.accept(c + r * columns);
      }
    }
  }

  private int column(double x) {
    return (int) Math.max(0, Math.min(columns - 1, Math.floor(x / cell)));
  }

  private int row(double y) {
    return (int) Math.max(0, Math.min(rows - 1, Math.floor(y / cell)));
  }

  /** Where an item is listed: calls its visitor with each of its cells. */
  private interface Placement {
    void cellsOf(int item, IntConsumer visit);
  }

  /**
   * Items per cell, compressed: the items of cell {@code c} are {@code items[start[c] ..
   * start[c + 1])}, ascending because they are filled in item order.
   */
  private static final class Cells {
    private final int[] start;
    private final int[] items;

    Cells(int cellCount, int itemCount, Placement placement) {
      int[] counts = new int[cellCount + 1];
      for (int item = 0; item < itemCount; item++) {
        placement.cellsOf(item, c -> counts[c + 1]++);
      }
      for (int c = 0; c < cellCount; c++) {
        counts[c + 1] += counts[c];
      }
      start = counts.clone();
      items = new int[start[cellCount]];
      int[] next = Arrays.copyOf(start, cellCount);
      for (int item = 0; item < itemCount; item++) {
        int listed = item;
        placement.cellsOf(item, c -> {
          if (next[c] == start[c] || items[next[c] - 1] != listed) { // once per cell
            items[next[c]++] = listed;
          }
        });
      }
      for (int c = 0; c < cellCount; c++) { // cells where an item came twice keep a gap
        Arrays.fill(items, next[c], start[c + 1], -1);
      }
    }

    int[] of(int cell) {
      int from = start[cell];
      int to = from;
      while (to < start[cell + 1] && items[to] >= 0) {
        to++;
      }
      return Arrays.copyOfRange(items, from, to);
    }

    /** The items of the cells, ascending, each once. */
    int[] in(int[] cells) {
      IntBuffer found = new IntBuffer();
      for (int c : cells) {
        for (int i = start[c]; i < start[c + 1] && items[i] >= 0; i++) {
          found.add(items[i]);
        }
      }
      int[] all = found.toArray();
      Arrays.sort(all);
      int distinct = 0;
      for (int i = 0; i < all.length; i++) {
        if (i == 0 || all[i] != all[i - 1]) {
          all[distinct++] = all[i];
        }
      }
      return Arrays.copyOf(all, distinct);
    }
  }

  /** A growable list of ints. */
  private static final class IntBuffer {
    private int[] values = new int[64];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
